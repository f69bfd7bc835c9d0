/**
 * One HTTP exchange with a hard deadline. The timeout covers the whole
 * exchange, body included, because a server can send headers and then stall.
 * Failures become typed errors: CANCELLED (the caller aborted), TIMEOUT or
 * NETWORK. Nothing from the underlying error is kept: undici messages can
 * contain request details.
 */
import { cancelled, networkFailure, timedOut } from '../failures';

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
  // Set while the body is being read: not every fetch ties the body stream to
  // the signal, so the deadline also interrupts the read directly. (A plain
  // callback, not an 'abort' listener: listeners on AbortSignal cost ~10 µs.)
  let interruptBody: (() => void) | null = null;
  const stop = () => {
    controller.abort();
    interruptBody?.();
  };
  const timer = setTimeout(() => {
    expired = true;
    stop();
  }, timeoutMs);
  signal?.addEventListener('abort', stop, { once: true });
  try {
    const response = await fetchImpl(url, { ...init, signal: controller.signal });
    const text = await new Promise<string>((resolve, reject) => {
      interruptBody = () => {
        response.body?.cancel().catch(() => undefined);
        reject(new Error('interrupted'));
      };
      if (controller.signal.aborted) interruptBody();
      response.text().then(resolve, reject);
    });
    return { status: response.status, headers: response.headers, text };
  } catch {
    if (signal?.aborted) throw cancelled();
    if (expired) throw timedOut();
    throw networkFailure();
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', stop);
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
