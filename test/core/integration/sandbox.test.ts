/**
 * The client against the real sandbox on loopback: every method, both auth
 * kinds, the documented MY test values, and the fault cases the sandbox can
 * inject. Time is shared: the sandbox and the client read the same fake
 * clock, and the client's waits advance it, so token expiry and rate windows
 * are exercised without waiting.
 */
import { startSandbox } from '../../../main/sandbox/index';
import type { Sandbox, SandboxOptions } from '../../../main/sandbox/index';
import { createAutoGrabClient } from '../../../main/core/index';
import type { AutoGrabClientOptions } from '../../../main/core/index';
import { fakeClock } from '../helpers/fakes';

const TEST_VEHICLE = '1111111111111111';
const open: Sandbox[] = [];

afterEach(async () => {
  await Promise.all(open.splice(0).map((sandbox) => sandbox.close()));
});

async function setup(kind: 'apiKey' | 'oauth', sandboxOptions: SandboxOptions = {}, clientOptions: Partial<AutoGrabClientOptions> = {}) {
  const clock = fakeClock(Date.now());
  const sandbox = await startSandbox({ rateLimit: null, now: () => clock.now(), ...sandboxOptions });
  open.push(sandbox);
  const { apiKey, clientId, clientSecret } = sandbox.credentials;
  const client = createAutoGrabClient({
    baseUrl: sandbox.url,
    region: 'my',
    credentials: kind === 'apiKey' ? { kind, apiKey } : { kind, clientId, clientSecret },
    clock,
    timeoutMs: 2_000,
    ...clientOptions,
  });
  return { sandbox, client, clock };
}

async function failure(promise: Promise<unknown>) {
  return promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (error: unknown) => error as { code: string; status?: number; retryAfterMs?: number },
  );
}

describe.each(['apiKey', 'oauth'] as const)('every method with %s credentials', (kind) => {
  test('search, lookups, facets, valuations, sourcing', async () => {
    const { client, sandbox } = await setup(kind);
    const search = await client.searchVehicles({ search: '2019 myvi 1.5 av' });
    expect(search.vehicles.length).toBeGreaterThan(0);
    expect(search.vehicles[0]?.title).toMatch(/Myvi/);
    expect(search.usage?.rateLimit?.total).toBeGreaterThan(0);

    const vehicle = await client.getVehicle({ vehicleId: TEST_VEHICLE });
    expect(vehicle.vehicle.id).toBe(TEST_VEHICLE);

    const plate = await client.lookupPlate({ plate: 'REG4SUCCESS' });
    const vin = plate.vin;
    expect(vin).toMatch(/^[A-HJ-NPR-Z0-9]{17}$/);
    expect((await client.lookupVin({ vin: vin! })).vehicle?.id).toBe(plate.vehicle?.id);

    const makes = await client.facets({ facet: 'make' });
    expect(makes.values.map((value) => value.value)).toContain('Perodua');
    const models = await client.facets({ facet: 'model', make: 'Perodua' });
    expect(models.values.map((value) => value.value)).toContain('Myvi');
    const found = await client.facetSearch({ year: 2019, make: 'Perodua', model: 'Myvi' });
    expect(found.vehicles.every((candidate) => candidate.model === 'Myvi')).toBe(true);

    const valuation = await client.predictValuation({ vehicleId: TEST_VEHICLE, kms: 30000, conditionScore: 4, features: ['bounds', 'max_offer'] });
    expect(valuation.prediction.retailPrice).toBeGreaterThan(valuation.prediction.tradePrice);
    expect(valuation.bounds?.retail?.lower).toBeLessThanOrEqual(valuation.prediction.retailPrice);
    expect(valuation.maxOffer?.price).toBeLessThan(valuation.prediction.retailPrice);

    const conditions = await client.predictAllConditions({ vehicleId: TEST_VEHICLE, kms: 30000 });
    expect(conditions.conditions.map((condition) => condition.conditionScore)).toEqual([1, 2, 3, 4, 5]);

    const history = await client.valuationHistory();
    expect(history.predictions.map((prediction) => prediction.id)).toContain(valuation.prediction.id);
    const reopened = await client.valuationHistoryItem({ pricingId: valuation.prediction.id });
    expect(reopened.prediction.retailPrice).toBe(valuation.prediction.retailPrice);

    const residual = await client.residual({ vehicleId: TEST_VEHICLE, initialKms: 30000, yearlyKms: 20000 });
    expect(residual.points.map((point) => point.year)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(residual.points[5]!.valuation).toBeLessThan(residual.points[0]!.valuation);

    const config = await client.getMaxOfferConfiguration();
    const updated = await client.setMaxOfferConfiguration({ ...config.configuration, lot: { type: 'fixed', value: 500 } });
    expect(updated.configuration.lot).toEqual({ type: 'fixed', value: 500 });

    const gauge = await client.gauge({ vehicleId: TEST_VEHICLE, odometer: 30000, listingPrice: 40000 });
    expect(gauge.fill).toBeGreaterThanOrEqual(0);

    const overlay = await client.marketOverlay(TEST_VEHICLE);
    expect(overlay.leads.length).toBeGreaterThanOrEqual(4);
    const vehicleHistory = await client.vehicleHistory({ vin: vin! });
    expect(vehicleHistory.events.length).toBeGreaterThan(0);

    expect(await client.testConnection()).toHaveProperty('usage');
    expect(sandbox.stats.tokenRequests).toBe(kind === 'oauth' ? 1 : 0);
  });
});

describe('AutoGrab MY test values', () => {
  test.each([
    ['REG4SUCCESS', { confidence: 'standard', hasVehicle: true }],
    ['REG4SUCCESSEV', { confidence: 'standard', hasVehicle: true }],
    ['REG4WARNING', { confidence: 'reduced', hasVehicle: true }],
    ['REG4NOMATCH', { hasVehicle: false, hasUpstream: true }],
    ['REG4VINONLY', { hasVehicle: false, hasUpstream: false }],
  ] as const)('%s', async (plate, expected) => {
    const { client } = await setup('apiKey');
    const result = await client.lookupPlate({ plate });
    expect(result.vehicle !== null).toBe(expected.hasVehicle);
    expect(result.vin).toMatch(/^[A-HJ-NPR-Z0-9]{17}$/);
    if ('confidence' in expected) expect(result.confidence).toBe(expected.confidence);
    if ('hasUpstream' in expected) expect(result.upstreamVehicle !== null).toBe(expected.hasUpstream);
  });

  test('REG4SUCCESSEV is an EV', async () => {
    const { client } = await setup('apiKey');
    expect((await client.lookupPlate({ plate: 'REG4SUCCESSEV' })).vehicle?.fuel).toMatch(/electric/i);
  });
});

describe('documented response shapes the sandbox can switch between', () => {
  test('facets as `{facets:{…}}`', async () => {
    const { client } = await setup('apiKey', { facetShape: 'facets' });
    expect((await client.facets({ facet: 'make' })).values.map((value) => value.value)).toContain('Perodua');
  });

  test('history as flat `{id, events}`', async () => {
    const { client } = await setup('apiKey', { historyShape: 'flat' });
    const plate = await client.lookupPlate({ plate: 'REG4SUCCESS' });
    expect((await client.vehicleHistory({ vin: plate.vin! })).events.length).toBeGreaterThan(0);
  });
});

describe('OAuth token lifecycle', () => {
  test('cold start: 30 concurrent calls → exactly one token request', async () => {
    const { client, sandbox } = await setup('oauth');
    await Promise.all(Array.from({ length: 30 }, () => client.predictValuation({ vehicleId: TEST_VEHICLE })));
    expect(sandbox.stats.tokenRequests).toBe(1);
    expect(sandbox.stats.apiRequests).toBe(30);
  });

  test('10-second tokens: reused for 9 s, refreshed before expiry, no 401 along the way', async () => {
    const { client, sandbox, clock } = await setup('oauth', { tokenLifetimeSeconds: 10 });
    for (let second = 0; second < 30; second += 1) {
      await client.searchVehicles({ search: 'myvi' });
      clock.advance(1000);
    }
    expect(sandbox.stats.tokenRequests).toBeGreaterThanOrEqual(3);
    expect(sandbox.stats.tokenRequests).toBeLessThanOrEqual(4);
    expect(sandbox.stats.requests.filter((request) => request.status === 401)).toEqual([]);
  });

  test('revoked tokens: one 401, one new token, the call succeeds', async () => {
    const { client, sandbox } = await setup('oauth');
    await client.searchVehicles({ search: 'myvi' });
    sandbox.faults.revokeTokens();
    await client.searchVehicles({ search: 'myvi' });
    expect(sandbox.stats.tokenRequests).toBe(2);
    expect(sandbox.stats.requests.filter((request) => request.status === 401)).toHaveLength(1);
  });

  test('persistent 401 on API calls → AUTH_INVALID_KEY after one refresh', async () => {
    const { client, sandbox } = await setup('oauth');
    sandbox.faults.failNext({ path: '/v2/', status: 401, times: 5 });
    expect(await failure(client.searchVehicles({ search: 'myvi' }))).toMatchObject({ code: 'AUTH_INVALID_KEY' });
    expect(sandbox.stats.apiRequests).toBe(2);
    expect(sandbox.stats.tokenRequests).toBe(2);
  });

  test('revoked client credentials → AUTH_INVALID_CLIENT once the token is gone', async () => {
    const { client, sandbox } = await setup('oauth');
    await client.searchVehicles({ search: 'myvi' });
    sandbox.faults.revokeCredentials();
    sandbox.faults.revokeTokens();
    expect(await failure(client.searchVehicles({ search: 'myvi' }))).toMatchObject({ code: 'AUTH_INVALID_CLIENT' });
  });

  test('wrong client secret → AUTH_INVALID_CLIENT, no API call', async () => {
    const { client, sandbox } = await setup('oauth', {}, { credentials: { kind: 'oauth', clientId: 'dealerdesk-demo-client', clientSecret: 'wrong' } });
    expect(await failure(client.predictValuation({ vehicleId: TEST_VEHICLE }))).toMatchObject({ code: 'AUTH_INVALID_CLIENT', status: 401 });
    expect(sandbox.stats.apiRequests).toBe(0);
  });

  test('token endpoint down or hanging → AUTH_UNAVAILABLE', async () => {
    const down = await setup('oauth', {}, { retry: { maxAttempts: 2 } });
    down.sandbox.faults.tokenEndpoint({ failWith: 503 });
    expect(await failure(down.client.searchVehicles({ search: 'myvi' }))).toMatchObject({ code: 'AUTH_UNAVAILABLE' });
    const hung = await setup('oauth', {}, { timeoutMs: 200, retry: { maxAttempts: 1 } });
    hung.sandbox.faults.tokenEndpoint({ hang: true });
    expect(await failure(hung.client.searchVehicles({ search: 'myvi' }))).toMatchObject({ code: 'AUTH_UNAVAILABLE' });
  });
});

describe('API key faults', () => {
  test('revoked key → AUTH_INVALID_KEY, one request', async () => {
    const { client, sandbox } = await setup('apiKey');
    sandbox.faults.revokeCredentials();
    expect(await failure(client.searchVehicles({ search: 'myvi' }))).toMatchObject({ code: 'AUTH_INVALID_KEY' });
    expect(sandbox.stats.apiRequests).toBe(1);
  });

  test('429 with Retry-After: waited out, then the call succeeds', async () => {
    const { client, sandbox, clock } = await setup('apiKey');
    sandbox.faults.failNext({ path: '/v2/valuations/predict', status: 429, retryAfterSeconds: 2 });
    await client.predictValuation({ vehicleId: TEST_VEHICLE });
    expect(clock.sleeps).toEqual([2000]);
    expect(sandbox.stats.apiRequests).toBe(2);
  });

  test('429 beyond the wait budget → RATE_LIMITED with retryAfterMs', async () => {
    const { client, sandbox } = await setup('apiKey');
    sandbox.faults.failNext({ status: 429, retryAfterSeconds: 60 });
    expect(await failure(client.searchVehicles({ search: 'myvi' }))).toMatchObject({ code: 'RATE_LIMITED', retryAfterMs: 60_000 });
  });

  test("the sandbox's own rate limiter: a burst past the window is waited out, nothing fails", async () => {
    const { client, sandbox } = await setup('apiKey', { rateLimit: { total: 3, windowMs: 1000 } });
    for (let index = 0; index < 8; index += 1) await client.searchVehicles({ search: 'myvi' });
    expect(sandbox.stats.requests.filter((request) => request.status === 429).length).toBeGreaterThan(0);
    expect(sandbox.stats.requests.filter((request) => request.status === 200)).toHaveLength(8);
  });

  test('5xx: a GET is retried to success; a POST is not retried', async () => {
    const { client, sandbox } = await setup('apiKey');
    sandbox.faults.failNext({ path: '/v2/vehicles', status: 503, times: 2 });
    await client.searchVehicles({ search: 'myvi' });
    expect(sandbox.stats.apiRequests).toBe(3);
    sandbox.stats.reset();
    sandbox.faults.failNext({ path: '/v2/valuations/predict', status: 500 });
    expect(await failure(client.predictValuation({ vehicleId: TEST_VEHICLE }))).toMatchObject({ code: 'SERVER', status: 500 });
    expect(sandbox.stats.apiRequests).toBe(1);
  });

  test('a hung request → TIMEOUT', async () => {
    const { client, sandbox } = await setup('apiKey', {}, { timeoutMs: 200, retry: { maxAttempts: 1 } });
    sandbox.faults.hangNext({ path: '/v2/vehicles' });
    expect(await failure(client.searchVehicles({ search: 'myvi' }))).toMatchObject({ code: 'TIMEOUT' });
  });

  test('a hung GET is retried and the retry succeeds', async () => {
    // The retry must answer within the deadline: as long as every other sandbox call gets, not 200 ms.
    const { client, sandbox } = await setup('apiKey', {}, { timeoutMs: 2_000 });
    sandbox.faults.hangNext({ path: '/v2/vehicles' });
    expect((await client.searchVehicles({ search: 'myvi' })).vehicles.length).toBeGreaterThan(0);
    expect(sandbox.stats.apiRequests).toBe(2);
  });

  test('unknown vehicle → NOT_FOUND', async () => {
    const { client } = await setup('apiKey');
    expect(await failure(client.getVehicle({ vehicleId: '9999999999999999' }))).toMatchObject({ code: 'NOT_FOUND' });
  });
});
