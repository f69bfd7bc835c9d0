import { describe, expect, test } from 'vitest';
import { freshSandboxes } from './helpers.ts';
import type { TestSandbox } from './helpers.ts';

const open = freshSandboxes();
const SEARCH = '/v2/vehicles?region=my&search=myvi';

/** Resolves once the sandbox has recorded `count` requests (hung ones are recorded on arrival). */
async function untilRecorded(t: TestSandbox, count: number): Promise<void> {
  while (t.sandbox.stats.requests.length < count) await new Promise((resolve) => setImmediate(resolve));
}

describe('fault injection', () => {
  test('failNext forces a status for the next N matching requests, then behaves again', async () => {
    const t = await open();
    t.sandbox.faults.failNext({ path: '/v2/vehicles', status: 503, times: 2 });
    expect((await t.get('/v2/valuations/max_offer_configuration')).status).toBe(200);
    const first = await t.get(SEARCH);
    expect(first.status).toBe(503);
    expect(first.body.error).toBe(true);
    expect((await t.get(SEARCH)).status).toBe(503);
    expect((await t.get(SEARCH)).status).toBe(200);
  });

  test('failNext 429 carries Retry-After; RegExp paths match', async () => {
    const t = await open();
    t.sandbox.faults.failNext({ path: /predict/, status: 429, retryAfterSeconds: 7 });
    const reply = await t.send('POST', '/v2/valuations/predict', { region: 'my', vehicle_id: '1111111111111111' });
    expect(reply.status).toBe(429);
    expect(reply.headers.get('retry-after')).toBe('7');
  });

  test('failNext 401 on the token endpoint makes a token request fail once', async () => {
    const t = await open();
    t.sandbox.faults.failNext({ path: '/auth-broker', status: 401 });
    const rejected = await t.requestToken();
    expect(rejected.status).toBe(401);
    expect(rejected.body.error_code).toBe('invalid_client');
    expect((await t.requestToken()).status).toBe(200);
  });

  test('hangNext accepts a request and never answers; close() releases it', async () => {
    const t = await open();
    t.sandbox.faults.hangNext({ path: '/v2/vehicles' });
    const controller = new AbortController();
    const hung = fetch(`${t.sandbox.url}${SEARCH}`, { headers: { ApiKey: t.sandbox.credentials.apiKey }, signal: controller.signal }).then(
      () => 'answered',
      () => 'failed',
    );
    await untilRecorded(t, 1);
    expect(t.sandbox.stats.requests[0]).toMatchObject({ method: 'GET', path: '/v2/vehicles', status: 0 });
    expect((await t.get(SEARCH)).status).toBe(200);
    await t.sandbox.close();
    expect(await hung).toBe('failed');
  });

  test('tokenEndpoint failWith and hang affect only the token endpoint, until reset', async () => {
    const t = await open();
    t.sandbox.faults.tokenEndpoint({ failWith: 500 });
    expect((await t.requestToken()).status).toBe(500);
    expect((await t.requestToken()).status).toBe(500);
    expect((await t.get(SEARCH)).status).toBe(200);
    t.sandbox.faults.tokenEndpoint({ hang: true });
    const hung = t.requestToken().then(() => 'answered', () => 'failed');
    await untilRecorded(t, 4);
    expect(t.sandbox.stats.requests.at(-1)?.status).toBe(0);
    t.sandbox.faults.reset();
    expect((await t.requestToken()).status).toBe(200);
    await t.sandbox.close();
    expect(await hung).toBe('failed');
  });

  test('latency and a slow token endpoint still answer correctly (timing lives in benchmarks)', async () => {
    const t = await open();
    t.sandbox.faults.setLatency(20);
    t.sandbox.faults.tokenEndpoint({ latencyMs: 20 });
    expect((await t.requestToken()).status).toBe(200);
    expect((await t.get(SEARCH)).status).toBe(200);
  });

  test('close() ends keep-alive connections while a delayed reply is pending', async () => {
    const t = await open();
    t.sandbox.faults.setLatency(60_000);
    const pending = t.get(SEARCH).then(() => 'answered', () => 'failed');
    while (t.sandbox.stats.apiRequests < 1) await new Promise((resolve) => setImmediate(resolve));
    await t.sandbox.close();
    expect(await pending).toBe('failed');
  });
});

describe('stats', () => {
  test('counts token and API requests and records method, path and status', async () => {
    const t = await open();
    await t.requestToken();
    await t.get(SEARCH);
    await t.get('/v2/vehicles/9999999999999999?region=my');
    expect(t.sandbox.stats.tokenRequests).toBe(1);
    expect(t.sandbox.stats.apiRequests).toBe(2);
    expect(t.sandbox.stats.requests).toEqual([
      { method: 'POST', path: '/auth-broker/request-token', query: '', status: 200 },
      { method: 'GET', path: '/v2/vehicles', query: SEARCH.slice(SEARCH.indexOf('?')), status: 200 },
      { method: 'GET', path: '/v2/vehicles/9999999999999999', query: '?region=my', status: 404 },
    ]);
    t.sandbox.stats.reset();
    expect(t.sandbox.stats).toMatchObject({ tokenRequests: 0, apiRequests: 0, requests: [] });
  });

  test('the request log keeps only the newest entries, so a demo sandbox running all day stays small; counters keep counting', async () => {
    const t = await open({ requestLogLimit: 2 });
    for (const id of ['9999999999999991', '9999999999999992', '9999999999999993']) await t.get(`/v2/vehicles/${id}?region=my`);
    expect(t.sandbox.stats.apiRequests).toBe(3);
    expect(t.sandbox.stats.requests.map((request) => request.path)).toEqual(['/v2/vehicles/9999999999999992', '/v2/vehicles/9999999999999993']);
  });
});
