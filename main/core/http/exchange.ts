/**
 * One HTTP exchange with a hard deadline. The timeout covers the whole
 * exchange, body included, because a server can send headers and then stall.
 * Failures become typed errors: CANCELLED (the caller aborted), TIMEOUT,
 * NETWORK, REDIRECTED (see below) or BAD_RESPONSE (body over the cap).
 * Nothing from the underlying error is kept: undici messages can contain
 * request details.
 *
 * - **No redirects.** `fetch` would follow a 3xx to any origin and forward
 *   the `ApiKey` header, re-send a POST body on 307/308, and let a redirected
 *   token endpoint issue the token. Every request goes out with
 *   `redirect: 'manual'` and a 3xx answer becomes `REDIRECTED` naming the
 *   address the user asked for (never the `Location`, which the server chose).
 * - **Bounded bodies.** The body is read as a stream and abandoned as soon as
 *   it passes {@link MAX_RESPONSE_BYTES} (or when `Content-Length` says it
 *   will), so a hostile or broken server cannot make the app buffer hundreds
 *   of megabytes.
 */
import { isDealerDeskError } from '../errors';
import { cancelled, networkFailure, redirectRefused, responseTooLarge, timedOut } from '../failures';

/**
 * Largest response body read, in bytes (4 MiB). AutoGrab's biggest answers
 * (100 search results with full specs, a valuation history page) are a few
 * hundred KB; anything beyond this is a fault or an attack, not data.
 */
export const MAX_RESPONSE_BYTES = 4 * 1024 * 1024;

/** A complete response: status, headers and the body as text. */
export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
}

/** Limits of one exchange. */
export interface ExchangeLimits {
  timeoutMs: number;
  /** Body cap in bytes; {@link MAX_RESPONSE_BYTES} by default. */
  maxBytes?: number;
}

/** Performs `fetch(url, init)` and reads the body, all within `timeoutMs`. */
export async function exchange(
  fetchImpl: typeof fetch,
  url: string,
  init: RequestInit,
  limits: ExchangeLimits,
  signal?: AbortSignal,
): Promise<RawResponse> {
  if (signal?.aborted) throw cancelled();
  const maxBytes = limits.maxBytes ?? MAX_RESPONSE_BYTES;
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
  }, limits.timeoutMs);
  signal?.addEventListener('abort', stop, { once: true });
  let reader: ReadableStreamDefaultReader<Uint8Array> | null = null;
  try {
    const response = await fetchImpl(url, { ...init, redirect: 'manual', signal: controller.signal });
    if (isRedirect(response.status)) throw redirectRefused(url);
    if (declaredLength(response.headers) > maxBytes) throw responseTooLarge();
    const stream = response.body?.getReader() ?? null;
    reader = stream;
    const text = await new Promise<string>((resolve, reject) => {
      interruptBody = () => reject(new Error('interrupted'));
      if (controller.signal.aborted) interruptBody();
      readCapped(stream, maxBytes).then(resolve, reject);
    });
    return { status: response.status, headers: response.headers, text };
  } catch (error) {
    reader?.cancel().catch(() => undefined);
    if (signal?.aborted) throw cancelled();
    if (expired) throw timedOut();
    // REDIRECTED and the size cap are raised above on purpose; anything else from fetch is a network failure.
    if (isDealerDeskError(error) && (error.code === 'REDIRECTED' || error.code === 'BAD_RESPONSE')) throw error;
    throw networkFailure();
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', stop);
  }
}

/** 3xx, including 304 (a conditional request was never sent, so it is as unexpected as any redirect). */
function isRedirect(status: number): boolean {
  return status >= 300 && status < 400;
}

/** `Content-Length` as a number; 0 when absent or unreadable (the stream cap still applies). */
function declaredLength(headers: Headers): number {
  const value = headers.get('Content-Length');
  if (value === null || !/^\d+$/.test(value.trim())) return 0;
  return Number(value);
}

/** Reads the body as UTF-8 text, rejecting with `BAD_RESPONSE` once more than `maxBytes` have arrived. */
async function readCapped(reader: ReadableStreamDefaultReader<Uint8Array> | null, maxBytes: number): Promise<string> {
  if (!reader) return '';
  const decoder = new TextDecoder();
  let received = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    received += value.byteLength;
    if (received > maxBytes) throw responseTooLarge();
    text += decoder.decode(value, { stream: true });
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
