/**
 * One HTTP exchange with a hard deadline. The timeout covers the whole
 * exchange, body included, because a server can send headers and then stall.
 * Failures become typed errors: CANCELLED (the caller aborted), TIMEOUT or
 * NETWORK. Nothing from the underlying error is kept: undici messages can
 * contain request details.
 */
import { cancelled, networkFailure, timedOut } from './failures';

/** A complete response: status, headers and the body as text. */
export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
}

/** Performs `fetch(url, init)` and reads the body, all within `timeoutMs`. */
export async function exchange(
  fetchImpl: typeof fetch,
  url: string,
  init: RequestInit,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<RawResponse> {
  if (signal?.aborted) throw cancelled();
  const controller = new AbortController();
  let expired = false;
  const timer = setTimeout(() => {
    expired = true;
    controller.abort();
  }, timeoutMs);
  const onCallerAbort = () => controller.abort();
  signal?.addEventListener('abort', onCallerAbort, { once: true });
  try {
    const response = await fetchImpl(url, { ...init, signal: controller.signal });
    const text = await response.text();
    return { status: response.status, headers: response.headers, text };
  } catch {
    if (signal?.aborted) throw cancelled();
    if (expired) throw timedOut();
    throw networkFailure();
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onCallerAbort);
  }
}

/** Parses a JSON body; null when it is not JSON. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
