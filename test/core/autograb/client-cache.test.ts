/**
 * The client with the session's response cache: the same question is sent
 * once, a reused valuation says when it was fetched, identical calls in
 * flight are merged, and what must always reach AutoGrab does.
 */
import { CACHE_LIFETIMES_MS, ResponseCache } from '../../../main/core/autograb/response-cache';
import { cacheKindOf } from '../../../main/core/autograb/cache-kinds';
import { POLO, fakeClock, json, predictionBody } from '../helpers/fakes';
import type { SeenRequest } from '../helpers/fakes';
import { makeClient } from '../helpers/client';

const VEHICLE = '5804870883868672';

function reply(request: SeenRequest): Response {
  const path = request.url.pathname;
  if (path.startsWith('/v2/vehicles/registrations/')) return json(200, { success: true, vehicle: POLO, confidence: 'standard' });
  if (path === '/v2/valuations/predict') return json(200, predictionBody());
  if (path === '/v2/valuations/history') return json(200, { success: true, predictions: [] });
  return json(200, { success: true, vehicles: [POLO], total: 1, confidence: 'standard' });
}

function setup() {
  const clock = fakeClock();
  const cache = new ResponseCache({ clock });
  // The cache's clock is the one the tests move.
  return { ...makeClient(reply, { cache }), clock, cache };
}

test('looking the same plate up twice sends one request', async () => {
  const { client, requests } = setup();
  const first = await client.lookupPlate({ plate: 'WXY 1234' });
  const second = await client.lookupPlate({ plate: 'wxy1234' });
  expect(second.vehicle).toEqual(first.vehicle);
  expect(requests).toHaveLength(1);
});

test('revaluing with the same inputs reuses the answer and says when it was fetched; other inputs are a new request', async () => {
  const { client, requests, clock } = setup();
  const fresh = await client.predictValuation({ vehicleId: VEHICLE, kms: 45_000, conditionScore: 3 });
  expect(fresh.fetchedAt).toBeUndefined();
  const fetchedAt = new Date(clock.now()).toISOString();
  clock.advance(60_000);
  const reused = await client.predictValuation({ vehicleId: VEHICLE, kms: 45_000, conditionScore: 3 });
  expect(reused.prediction).toEqual(fresh.prediction);
  expect(reused.fetchedAt).toBe(fetchedAt);
  await client.predictValuation({ vehicleId: VEHICLE, kms: 46_000, conditionScore: 3 });
  expect(requests).toHaveLength(2);
});

test('a valuation older than its lifetime is asked again, and shown as fresh', async () => {
  const { client, requests, clock } = setup();
  await client.predictValuation({ vehicleId: VEHICLE, kms: 45_000 });
  clock.advance(CACHE_LIFETIMES_MS.valuation);
  const again = await client.predictValuation({ vehicleId: VEHICLE, kms: 45_000 });
  expect(again.fetchedAt).toBeUndefined();
  expect(requests).toHaveLength(2);
});

test('two identical lookups at once (double Enter) are one HTTP request', async () => {
  const { client, requests } = setup();
  const [a, b] = await Promise.all([client.lookupPlate({ plate: 'WXY1234' }), client.lookupPlate({ plate: 'WXY1234' })]);
  expect(a.vehicle).toEqual(b.vehicle);
  expect(requests).toHaveLength(1);
});

test('the connection test and the valuation history always reach AutoGrab', async () => {
  const { client, requests } = setup();
  await client.testConnection();
  await client.testConnection();
  await client.valuationHistory();
  await client.valuationHistory();
  expect(requests).toHaveLength(4);
});

test('what is cached, by kind: identity, catalogue, valuations and market; never history, max-offer settings or price checks', () => {
  expect(cacheKindOf({ method: 'GET', path: '/v2/vehicles/registrations/WXY1234' })).toBe('identity');
  expect(cacheKindOf({ method: 'GET', path: '/v2/vehicles/vins/PM2M800S002190342' })).toBe('identity');
  expect(cacheKindOf({ method: 'GET', path: `/v2/vehicles/${VEHICLE}` })).toBe('identity');
  expect(cacheKindOf({ method: 'GET', path: '/v2/vehicles' })).toBe('catalogue');
  expect(cacheKindOf({ method: 'GET', path: '/v2/vehicles/facets' })).toBe('catalogue');
  expect(cacheKindOf({ method: 'GET', path: '/v2/vehicles/facets/search' })).toBe('catalogue');
  for (const path of ['/v2/valuations/predict', '/v2/valuations/predict/conditions', '/v2/valuations/residual']) expect(cacheKindOf({ method: 'POST', path })).toBe('valuation');
  expect(cacheKindOf({ method: 'GET', path: `/v2/sourcing/market_overlay/${VEHICLE}` })).toBe('market');
  expect(cacheKindOf({ method: 'GET', path: '/v2/sourcing/history' })).toBe('market');
  expect(cacheKindOf({ method: 'GET', path: '/v2/valuations/history' })).toBeNull();
  expect(cacheKindOf({ method: 'GET', path: '/v2/valuations/max_offer_configuration' })).toBeNull();
  expect(cacheKindOf({ method: 'PUT', path: '/v2/valuations/max_offer_configuration' })).toBeNull();
  expect(cacheKindOf({ method: 'POST', path: '/v2/valuations/gauge/' })).toBeNull();
});

test('without a cache every call is sent, as before', async () => {
  const { client, requests } = makeClient(reply);
  await client.lookupPlate({ plate: 'WXY1234' });
  await client.lookupPlate({ plate: 'WXY1234' });
  expect(requests).toHaveLength(2);
});
