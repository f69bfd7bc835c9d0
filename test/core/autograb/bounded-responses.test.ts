/**
 * What a server sends is bounded: bodies by a cap enforced while streaming,
 * server-given waits by a clamp, token answers by a strict shape.
 */
import { MAX_RESPONSE_BYTES } from '../../../main/core/http/exchange';
import { MAX_SERVER_WAIT_MS } from '../../../main/core/autograb/usage';
import { json } from '../helpers/fakes';
import { makeClient, oauthHandler } from '../helpers/client';

const NINES = '9'.repeat(400);

async function failure(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error as { code: string; field?: string; retryAfterMs?: number; retryable: boolean };
  }
  throw new Error('expected the call to fail');
}

/** A 200 whose body is `totalBytes` of JSON-ish filler made on demand; `pulled()` says how much was read. */
function hugeBody(totalBytes: number, headers: Record<string, string> = {}) {
  const chunk = new Uint8Array(64 * 1024).fill(0x20);
  let produced = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (produced >= totalBytes) {
        controller.close();
        return;
      }
      produced += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { response: new Response(stream, { status: 200, headers: { 'Content-Type': 'application/json', ...headers } }), pulled: () => produced };
}

describe('response size cap', () => {
  test('a 100 MB answer is abandoned once it passes the cap: BAD_RESPONSE, and not much more than the cap is read', async () => {
    const body = hugeBody(100 * 1024 * 1024);
    const { client } = makeClient(() => body.response, { timeoutMs: 60_000 });
    expect(await failure(client.searchVehicles({ search: 'myvi' }))).toMatchObject({ code: 'BAD_RESPONSE', field: 'body-size' });
    expect(body.pulled()).toBeLessThanOrEqual(MAX_RESPONSE_BYTES + 2 * 64 * 1024);
  });

  test('a Content-Length over the cap is refused before any of the body is read', async () => {
    const body = hugeBody(100 * 1024 * 1024, { 'Content-Length': String(100 * 1024 * 1024) });
    const { client } = makeClient(() => body.response, { timeoutMs: 60_000 });
    expect(await failure(client.searchVehicles({ search: 'myvi' }))).toMatchObject({ code: 'BAD_RESPONSE', field: 'body-size' });
    expect(body.pulled()).toBeLessThanOrEqual(64 * 1024);
  });

  test('the token endpoint has the same cap: AUTH_UNAVAILABLE, nothing reaches the API', async () => {
    const body = hugeBody(100 * 1024 * 1024);
    const { client, apiRequests } = makeClient(oauthHandler(() => json(200, { success: true, vehicles: [] }), () => body.response), {
      oauth: true,
      timeoutMs: 60_000,
      retry: { maxAttempts: 1 },
    });
    expect(await failure(client.searchVehicles({ search: 'myvi' }))).toMatchObject({ code: 'AUTH_UNAVAILABLE' });
    expect(apiRequests()).toHaveLength(0);
    expect(body.pulled()).toBeLessThanOrEqual(MAX_RESPONSE_BYTES + 2 * 64 * 1024);
  });

  test('an answer just under the cap is still read', async () => {
    const padding = ' '.repeat(MAX_RESPONSE_BYTES - 100);
    const { client } = makeClient(() => new Response(`{"success":true,"vehicles":[]}${padding}`, { status: 200 }));
    await expect(client.searchVehicles({ search: 'myvi' })).resolves.toMatchObject({ vehicles: [] });
  });
});

describe('server-given waits are finite and clamped', () => {
  test('Retry-After of 400 nines → RATE_LIMITED with a finite wait of at most an hour, without waiting', async () => {
    const { client, clock, requests } = makeClient(() => json(429, {}, { 'Retry-After': NINES }));
    const error = await failure(client.searchVehicles({ search: 'myvi' }));
    expect(error).toMatchObject({ code: 'RATE_LIMITED', retryAfterMs: MAX_SERVER_WAIT_MS });
    expect(JSON.parse(JSON.stringify(error)).retryAfterMs).toBe(MAX_SERVER_WAIT_MS);
    expect(clock.sleeps).toEqual([]);
    expect(requests).toHaveLength(1);
  });

  test('a far-future HTTP date and a huge Rate-Limit-Reset are clamped too', async () => {
    const date = makeClient(() => json(429, {}, { 'Retry-After': 'Fri, 31 Dec 9999 23:59:59 GMT' }));
    expect(await failure(date.client.searchVehicles({ search: 'myvi' }))).toMatchObject({ retryAfterMs: MAX_SERVER_WAIT_MS });
    const reset = makeClient(() => json(429, {}, { 'Rate-Limit-Reset': NINES }));
    expect(await failure(reset.client.searchVehicles({ search: 'myvi' }))).toMatchObject({ retryAfterMs: MAX_SERVER_WAIT_MS });
  });

  test('usage with a Rate-Limit-Reset of 400 nines reports a finite reset time, at most an hour ahead', async () => {
    const { client, clock } = makeClient(() => json(200, { success: true, vehicles: [] }, { 'Rate-Limit-Remaining': '5', 'Rate-Limit-Reset': NINES }));
    const result = await client.searchVehicles({ search: 'myvi' });
    expect(result.usage?.rateLimit?.resetAt).toBe(clock.now() + MAX_SERVER_WAIT_MS);
  });
});

describe('token answers are checked', () => {
  const tokenAnswer = (fields: Record<string, unknown>) => () =>
    new Response(`{"access_token":"TOKEN-abc","expires_in":${String(fields.expires_in ?? 3599)}${fields.token_type === undefined ? '' : `,"token_type":${JSON.stringify(fields.token_type)}`}}`, {
      status: 200,
    });

  test.each([
    ['token_type mac', { token_type: 'mac' }, 'token_type'],
    ['no token_type', {}, 'token_type'],
    ['expires_in 0', { token_type: 'bearer', expires_in: 0 }, 'expires_in'],
    ['expires_in -5', { token_type: 'bearer', expires_in: -5 }, 'expires_in'],
    ['expires_in 1e400 (Infinity)', { token_type: 'bearer', expires_in: '1e400' }, 'expires_in'],
    ['expires_in "soon"', { token_type: 'bearer', expires_in: '"soon"' }, 'expires_in'],
  ])('%s → AUTH_UNAVAILABLE naming the field; the token is never sent as Bearer', async (_label, fields, field) => {
    const { client, apiRequests } = makeClient(oauthHandler(() => json(200, { success: true, vehicles: [] }), tokenAnswer(fields)), { oauth: true });
    expect(await failure(client.searchVehicles({ search: 'myvi' }))).toMatchObject({ code: 'AUTH_UNAVAILABLE', field });
    expect(apiRequests()).toHaveLength(0);
  });

  test.each(['bearer', 'Bearer', 'BEARER'])('token_type %s is accepted', async (tokenType) => {
    const { client, apiRequests } = makeClient(oauthHandler(() => json(200, { success: true, vehicles: [] }), tokenAnswer({ token_type: tokenType })), {
      oauth: true,
    });
    await client.searchVehicles({ search: 'myvi' });
    expect(apiRequests()[0]?.headers.authorization).toBe('Bearer TOKEN-abc');
  });
});
