import { hang, json, predictionBody } from '../helpers/fakes';
import { ACCESS_TOKEN, makeClient, oauthHandler, SHORT_TIMEOUT_MS, tokenReply } from '../helpers/client';

const VEHICLE = '1111111111111111';
const searchOk = () => json(200, { success: true, vehicles: [] });

async function failure(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error as { code: string; status?: number; retryAfterMs?: number; field?: string; retryable: boolean; message: string };
  }
  throw new Error('expected the call to fail');
}

describe('error mapping', () => {
  test('API key rejected (401) → AUTH_INVALID_KEY after one request, no retry', async () => {
    const { client, requests } = makeClient(() => json(401, { error: true, message: 'Unauthorized' }));
    expect(await failure(client.searchVehicles({ search: 'myvi' }))).toMatchObject({ code: 'AUTH_INVALID_KEY', status: 401, retryable: false });
    expect(requests).toHaveLength(1);
  });

  test('400 → VALIDATION', async () => {
    const { client } = makeClient(() => json(400, { error: true, message: 'Invalid region' }));
    expect(await failure(client.searchVehicles({ search: 'myvi' }))).toMatchObject({ code: 'VALIDATION', status: 400 });
  });

  test('facet search "Too many vehicles…" → TOO_MANY_RESULTS (as 400 or as a 200 error body)', async () => {
    const first = makeClient(() => json(400, { error: true, message: 'Too many vehicles, you need to narrow the search' }));
    expect(await failure(first.client.facetSearch({ year: 2019, make: 'Perodua', model: 'Myvi' }))).toMatchObject({ code: 'TOO_MANY_RESULTS' });
    const second = makeClient(() => json(200, { error: true, message: 'Too many vehicles, you…' }));
    expect(await failure(second.client.facetSearch({ year: 2019, make: 'Perodua', model: 'Myvi' }))).toMatchObject({ code: 'TOO_MANY_RESULTS' });
  });

  test('404 → NOT_FOUND; 403 → AUTH_INVALID_KEY (feature not licensed); 409 → SERVER, not retried', async () => {
    expect(await failure(makeClient(() => json(404, { error: true })).client.getVehicle({ vehicleId: VEHICLE }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await failure(makeClient(() => json(403, { error: true })).client.getVehicle({ vehicleId: VEHICLE }))).toMatchObject({ code: 'AUTH_INVALID_KEY', status: 403 });
    const conflict = makeClient(() => json(409, {}));
    expect(await failure(conflict.client.getVehicle({ vehicleId: VEHICLE }))).toMatchObject({ code: 'SERVER', status: 409, retryable: false });
    expect(conflict.requests).toHaveLength(1);
  });

  test('non-JSON body → BAD_RESPONSE on `body`', async () => {
    const { client } = makeClient(() => new Response('<html>gateway</html>', { status: 200 }));
    expect(await failure(client.searchVehicles({ search: 'myvi' }))).toMatchObject({ code: 'BAD_RESPONSE', field: 'body' });
  });

  test('a prediction without retail_price → BAD_RESPONSE naming prediction.retail_price', async () => {
    const { client } = makeClient(() => json(200, predictionBody({ retail_price: undefined })));
    expect(await failure(client.predictValuation({ vehicleId: VEHICLE }))).toMatchObject({ code: 'BAD_RESPONSE', field: 'prediction.retail_price' });
  });
});

describe('429 rate limits', () => {
  test('waits Retry-After (seconds) and retries, also for a POST', async () => {
    const { client, clock, requests } = makeClient((_request, index) =>
      index === 0 ? json(429, { error: true }, { 'Retry-After': '2' }) : json(200, predictionBody()),
    );
    await client.predictValuation({ vehicleId: VEHICLE });
    expect(clock.sleeps).toEqual([2000]);
    expect(requests).toHaveLength(2);
  });

  test('Retry-After as an HTTP date, and Rate-Limit-Reset (epoch seconds) when Retry-After is absent', async () => {
    const dated = makeClient((_request, index) =>
      index === 0 ? json(429, {}, { 'Retry-After': new Date(Date.UTC(2026, 0, 1, 0, 0, 3)).toUTCString() }) : searchOk(),
    );
    await dated.client.searchVehicles({ search: 'myvi' });
    expect(dated.clock.sleeps).toEqual([3000]);

    const reset = makeClient((_request, index) => (index === 0 ? json(429, {}, { 'Rate-Limit-Reset': String(Date.UTC(2026, 0, 1) / 1000 + 4) }) : searchOk()));
    await reset.client.searchVehicles({ search: 'myvi' });
    expect(reset.clock.sleeps).toEqual([4000]);
  });

  test('beyond the wait budget → RATE_LIMITED with retryAfterMs, without waiting', async () => {
    const { client, clock, requests } = makeClient(() => json(429, {}, { 'Retry-After': '30' }));
    expect(await failure(client.searchVehicles({ search: 'myvi' }))).toMatchObject({ code: 'RATE_LIMITED', retryAfterMs: 30_000, retryable: true });
    expect(clock.sleeps).toEqual([]);
    expect(requests).toHaveLength(1);
  });

  test('the budget is per call and cumulative: 4 s waits stop after 8 s of a 10 s budget', async () => {
    const { client, clock, requests } = makeClient(() => json(429, {}, { 'Retry-After': '4' }));
    expect(await failure(client.searchVehicles({ search: 'myvi' }))).toMatchObject({ code: 'RATE_LIMITED', retryAfterMs: 4000 });
    expect(clock.sleeps).toEqual([4000, 4000]);
    expect(requests).toHaveLength(3);
  });

  test('Retry-After: 0 cannot spin forever', async () => {
    const { client, requests } = makeClient(() => json(429, {}, { 'Retry-After': '0' }));
    expect(await failure(client.searchVehicles({ search: 'myvi' }))).toMatchObject({ code: 'RATE_LIMITED' });
    expect(requests.length).toBeLessThanOrEqual(6);
  });

  test('monthly quota used up → QUOTA, not retried', async () => {
    const { client, requests } = makeClient(() =>
      json(429, {}, { 'Retry-After': '1', 'Monthly-Max-Request-Quota': '1000', 'Monthly-Request-Total': '1000' }),
    );
    expect(await failure(client.searchVehicles({ search: 'myvi' }))).toMatchObject({ code: 'QUOTA', retryable: false });
    expect(requests).toHaveLength(1);
  });
});

describe('5xx, network errors and timeouts', () => {
  test('GET retries 5xx with growing backoff, then succeeds', async () => {
    const { client, clock, requests } = makeClient((_request, index) => (index < 2 ? json(503, {}) : searchOk()), {
      retry: { baseDelayMs: 100 },
    });
    await client.searchVehicles({ search: 'myvi' });
    expect(requests).toHaveLength(3);
    expect(clock.sleeps).toHaveLength(2);
    expect(clock.sleeps[0]).toBeGreaterThanOrEqual(50);
    expect(clock.sleeps[0]).toBeLessThanOrEqual(100);
    expect(clock.sleeps[1]).toBeGreaterThanOrEqual(100);
    expect(clock.sleeps[1]).toBeLessThanOrEqual(200);
  });

  test('the backoff is jittered: half of it fixed, half random, so many desks do not retry in step', async () => {
    const random = vi.spyOn(Math, 'random');
    try {
      const firstWait = async (draw: number) => {
        random.mockReturnValue(draw);
        const { client, clock } = makeClient((_request, index) => (index < 1 ? json(503, {}) : searchOk()), { retry: { baseDelayMs: 100 } });
        await client.searchVehicles({ search: 'myvi' });
        return clock.sleeps[0];
      };
      expect([await firstWait(0), await firstWait(0.5), await firstWait(0.999)]).toEqual([50, 75, 100]);
    } finally {
      random.mockRestore();
    }
  });

  test('GET gives up after maxAttempts → SERVER', async () => {
    const { client, requests } = makeClient(() => json(500, {}), { retry: { maxAttempts: 4 } });
    expect(await failure(client.searchVehicles({ search: 'myvi' }))).toMatchObject({ code: 'SERVER', status: 500, retryable: true });
    expect(requests).toHaveLength(4);
  });

  test('POST is not retried blindly on 5xx', async () => {
    const { client, requests } = makeClient(() => json(502, {}));
    expect(await failure(client.predictValuation({ vehicleId: VEHICLE }))).toMatchObject({ code: 'SERVER', status: 502 });
    expect(requests).toHaveLength(1);
  });

  test('network failure: GET retried then NETWORK; POST not retried', async () => {
    const get = makeClient(() => Promise.reject(new TypeError('fetch failed')));
    expect(await failure(get.client.searchVehicles({ search: 'myvi' }))).toMatchObject({ code: 'NETWORK', retryable: true });
    expect(get.requests).toHaveLength(3);
    const post = makeClient(() => Promise.reject(new TypeError('fetch failed')));
    expect(await failure(post.client.predictValuation({ vehicleId: VEHICLE }))).toMatchObject({ code: 'NETWORK' });
    expect(post.requests).toHaveLength(1);
  });

  test('a server that never answers → TIMEOUT (GET retried within the budget, POST once)', async () => {
    const get = makeClient(() => hang(), { retry: { maxAttempts: 2 }, timeoutMs: SHORT_TIMEOUT_MS });
    expect(await failure(get.client.searchVehicles({ search: 'myvi' }))).toMatchObject({ code: 'TIMEOUT', retryable: true });
    expect(get.requests).toHaveLength(2);
    const post = makeClient(() => hang(), { timeoutMs: SHORT_TIMEOUT_MS });
    expect(await failure(post.client.predictValuation({ vehicleId: VEHICLE }))).toMatchObject({ code: 'TIMEOUT' });
    expect(post.requests).toHaveLength(1);
  });

  test('a body that stalls after the headers also times out', async () => {
    const { client } = makeClient(() => new Response(new ReadableStream({ start: () => undefined }), { status: 200 }), { timeoutMs: SHORT_TIMEOUT_MS });
    expect(await failure(client.searchVehicles({ search: 'myvi' }))).toMatchObject({ code: 'TIMEOUT' });
  });

  test('aborting a call → CANCELLED, and nothing is retried', async () => {
    const controller = new AbortController();
    const { client, requests } = makeClient(() => hang(), { timeoutMs: 60_000 });
    const pending = client.searchVehicles({ search: 'myvi' }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 5);
    expect(await failure(pending)).toMatchObject({ code: 'CANCELLED' });
    expect(requests).toHaveLength(1);
  });

  test('an already-aborted signal sends nothing', async () => {
    const { client, requests } = makeClient(searchOk);
    expect(await failure(client.searchVehicles({ search: 'myvi' }, { signal: AbortSignal.abort() }))).toMatchObject({ code: 'CANCELLED' });
    expect(requests).toHaveLength(0);
  });
});

describe('OAuth token lifecycle through the client', () => {
  test('N concurrent calls on a cold client → exactly one token request', async () => {
    const { client, tokenRequests, apiRequests } = makeClient(oauthHandler(() => json(200, predictionBody())), { oauth: true });
    await Promise.all(Array.from({ length: 25 }, () => client.predictValuation({ vehicleId: VEHICLE })));
    expect(tokenRequests()).toHaveLength(1);
    expect(apiRequests()).toHaveLength(25);
  });

  test('a short-lived token is reused until its margin, then refreshed once', async () => {
    const { client, clock, tokenRequests } = makeClient(oauthHandler(searchOk, (index) => tokenReply(index, 10)), { oauth: true });
    await client.searchVehicles({ search: 'a' });
    clock.advance(8_000);
    await client.searchVehicles({ search: 'b' });
    expect(tokenRequests()).toHaveLength(1);
    clock.advance(1_000);
    await client.searchVehicles({ search: 'c' });
    expect(tokenRequests()).toHaveLength(2);
  });

  test('401 on a Bearer call: new token, one retry, success', async () => {
    const { client, tokenRequests, apiRequests } = makeClient(
      oauthHandler((request) => (request.headers.authorization?.endsWith('-2') ? searchOk() : json(401, { error: true }))),
      { oauth: true },
    );
    await client.searchVehicles({ search: 'myvi' });
    expect(tokenRequests()).toHaveLength(2);
    expect(apiRequests()).toHaveLength(2);
  });

  test('a token that expires under a burst: only the requests already on the wire see a 401; queued ones take the new token', async () => {
    let expired = false;
    const { client, tokenRequests, apiRequests } = makeClient(
      oauthHandler((request) => {
        const old = request.headers.authorization === `Bearer ${ACCESS_TOKEN}`;
        if (old && expired) return json(401, {});
        return json(200, predictionBody());
      }),
      { oauth: true, maxConcurrentRequests: 4 },
    );
    await client.predictValuation({ vehicleId: VEHICLE });
    expired = true;
    await Promise.all(Array.from({ length: 30 }, () => client.predictValuation({ vehicleId: VEHICLE })));
    expect(tokenRequests()).toHaveLength(2);
    // The first call, 30 calls, and one retry for each of the 4 that were on the wire with the old token.
    expect(apiRequests()).toHaveLength(1 + 30 + 4);
  });

  test('a burst of 100 concurrent valuations across the token expiry: all succeed, with exactly two token requests', async () => {
    let serverExpired = false;
    let apiCalls = 0;
    const { client, clock, tokenRequests } = makeClient(
      oauthHandler((request) => {
        apiCalls += 1;
        if (apiCalls === 50) {
          // Halfway through the burst the token's lifetime runs out, on the server and on the client's clock.
          serverExpired = true;
          clock.advance(3_599_000);
        }
        if (serverExpired && request.headers.authorization === `Bearer ${ACCESS_TOKEN}`) return json(401, {});
        return json(200, predictionBody());
      }),
      { oauth: true, maxConcurrentRequests: 8 },
    );
    await client.predictValuation({ vehicleId: VEHICLE });
    const outcomes = await Promise.allSettled(Array.from({ length: 100 }, () => client.predictValuation({ vehicleId: VEHICLE })));
    expect(outcomes.filter((outcome) => outcome.status === 'rejected')).toEqual([]);
    expect(tokenRequests()).toHaveLength(2);
  });

  test('a persistent 401 is surfaced as AUTH_INVALID_KEY after exactly one refresh, never a loop', async () => {
    const { client, tokenRequests, apiRequests } = makeClient(oauthHandler(() => json(401, { error: true })), { oauth: true });
    expect(await failure(client.predictValuation({ vehicleId: VEHICLE }))).toMatchObject({ code: 'AUTH_INVALID_KEY', status: 401 });
    expect(tokenRequests()).toHaveLength(2);
    expect(apiRequests()).toHaveLength(2);
  });

  test('token endpoint 400/401 → AUTH_INVALID_CLIENT pointing at the fix; nothing reaches the API', async () => {
    for (const status of [400, 401]) {
      const { client, apiRequests, tokenRequests } = makeClient(oauthHandler(searchOk, () => json(status, { error: 'invalid_client' })), { oauth: true });
      const error = await failure(client.searchVehicles({ search: 'myvi' }));
      expect(error).toMatchObject({ code: 'AUTH_INVALID_CLIENT', status, retryable: false });
      expect(error.message).toMatch(/client ID and client secret/);
      expect(error.message).toMatch(/x-www-form-urlencoded/);
      expect(apiRequests()).toHaveLength(0);
      expect(tokenRequests()).toHaveLength(1);
    }
  });

  test('token endpoint 5xx, hang or garbage → AUTH_UNAVAILABLE (retryable), retried within the attempt budget even for POST', async () => {
    for (const tokens of [() => json(503, {}), () => hang(), () => json(200, { token: 'nope' })]) {
      const { client, apiRequests, tokenRequests } = makeClient(oauthHandler(searchOk, tokens), { oauth: true, timeoutMs: SHORT_TIMEOUT_MS });
      expect(await failure(client.predictValuation({ vehicleId: VEHICLE }))).toMatchObject({ code: 'AUTH_UNAVAILABLE', retryable: true });
      expect(apiRequests()).toHaveLength(0);
      expect(tokenRequests()).toHaveLength(3);
    }
  });

  test('a token endpoint that recovers: the call succeeds on the next attempt', async () => {
    const { client, tokenRequests } = makeClient(oauthHandler(searchOk, (index) => (index === 0 ? json(502, {}) : tokenReply(index))), { oauth: true });
    await client.searchVehicles({ search: 'myvi' });
    expect(tokenRequests()).toHaveLength(2);
  });
});
