import { describe, expect, test } from 'vitest';
import { freshSandboxes, manualClock } from './helpers.ts';

const open = freshSandboxes();
const SEARCH = '/v2/vehicles?region=my&search=myvi';
const HEADERS = ['rate-limit-remaining', 'rate-limit-total', 'rate-limit-reset', 'monthly-base-request-quota', 'monthly-max-request-quota', 'monthly-request-total'];

describe('rate limits', () => {
  test('every response carries the rate-limit and quota headers, errors included', async () => {
    const current = await open({ rateLimit: { total: 100, windowMs: 1000 } });
    for (const reply of [await current.get(SEARCH), await current.get('/v2/nowhere'), await current.requestToken()]) {
      for (const header of HEADERS) expect(reply.headers.get(header), header).toMatch(/^\d+$/);
    }
  });

  test('counts down, then 429 with Retry-After; the next window allows requests again', async () => {
    const clock = manualClock(Date.UTC(2026, 10, 15, 9, 0, 0, 0));
    const current = await open({ rateLimit: { total: 3, windowMs: 1000 }, now: clock.now });
    const remaining = [];
    for (let i = 0; i < 3; i += 1) remaining.push((await current.get(SEARCH)).headers.get('rate-limit-remaining'));
    expect(remaining).toEqual(['2', '1', '0']);
    const limited = await current.get(SEARCH);
    expect(limited.status).toBe(429);
    expect(limited.body).toEqual({ error: true, message: expect.any(String) });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(limited.headers.get('rate-limit-reset'))).toBe(Math.ceil((clock.now() + 1000) / 1000));
    expect(limited.headers.get('rate-limit-total')).toBe('3');
    clock.advance(1000);
    expect((await current.get(SEARCH)).status).toBe(200);
    expect((await current.get(SEARCH)).headers.get('monthly-request-total')).toBe('5');
  });

  test('the token endpoint does not use up the /v2 budget', async () => {
    const current = await open({ rateLimit: { total: 1, windowMs: 60_000 }, now: manualClock().now });
    await current.requestToken();
    await current.requestToken();
    expect((await current.get(SEARCH)).status).toBe(200);
  });

  test('rateLimit null turns limiting off (benchmarks)', async () => {
    const current = await open({ rateLimit: null, now: manualClock().now });
    const statuses = new Set<number>();
    for (let i = 0; i < 150; i += 1) statuses.add((await current.get('/v2/valuations/max_offer_configuration')).status);
    expect([...statuses]).toEqual([200]);
  });

  test('the default limit is generous enough for normal use', async () => {
    const sandbox = await open({ rateLimit: undefined, now: manualClock().now });
    const replies = await Promise.all(Array.from({ length: 20 }, () => sandbox.get(SEARCH)));
    expect(replies.every((reply) => reply.status === 200)).toBe(true);
  });
});
