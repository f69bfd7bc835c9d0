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
    // Not every fetch ties the body stream to the signal, so the deadline races the body read too.
    const text = await untilAborted(response.text(), controller.signal, () => void response.body?.cancel().catch(() => undefined));
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

/** Resolves like `promise`, or rejects once `signal` aborts (running `onAbort` to release resources). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal, onAbort: () => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const abort = () => {
      onAbort();
      reject(new Error('aborted'));
    };
    if (signal.aborted) abort();
    signal.addEventListener('abort', abort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', abort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', abort);
        reject(error as Error);
      },
    );
  });
}

/** Parses a JSON body; null when it is not JSON. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
