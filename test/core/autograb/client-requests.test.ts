import { POLO, json, predictionBody } from '../helpers/fakes';
import { ACCESS_TOKEN, API_KEY, BASIC, makeClient, oauthHandler } from '../helpers/client';

const searchReply = () => json(200, { success: true, vehicles: [POLO], total: 1, confidence: 'standard' });

describe('auth as AutoGrab documents it', () => {
  test('API key: `ApiKey: <key>` header and no Authorization header', async () => {
    const { client, requests } = makeClient(searchReply);
    await client.searchVehicles({ search: '2019 myvi 1.5 av' });
    expect(requests[0]?.headers.apikey).toBe(API_KEY);
    expect(requests[0]?.headers.authorization).toBeUndefined();
  });

  test('OAuth: form-encoded client-credentials request with Basic auth, then Bearer on the API call', async () => {
    const { client, requests } = makeClient(oauthHandler(searchReply), { oauth: true });
    await client.searchVehicles({ search: 'myvi' });
    const [tokenRequest, apiRequest] = requests;
    expect(tokenRequest?.method).toBe('POST');
    expect(tokenRequest?.url.href).toBe('https://api.test/auth-broker/request-token');
    expect(tokenRequest?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(tokenRequest?.headers.authorization).toBe(`Basic ${BASIC}`);
    expect(tokenRequest?.body).toBe('grant_type=client_credentials');
    expect(apiRequest?.headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
    expect(apiRequest?.headers.apikey).toBeUndefined();
  });

  test('tokenUrl can point elsewhere', async () => {
    const { client, requests } = makeClient(
      (request) => (request.url.pathname === '/oauth/token' ? json(200, { access_token: 't0ken-value', expires_in: 3599, token_type: 'bearer' }) : searchReply()),
      { oauth: true, tokenUrl: 'https://auth.test/oauth/token' },
    );
    await client.searchVehicles({ search: 'myvi' });
    expect(requests[0]?.url.href).toBe('https://auth.test/oauth/token');
  });
});

describe('paths and parameters as in the endpoint table (§19)', () => {
  test('plain-text search: GET /v2/vehicles with search, count, prefer_more_results and region', async () => {
    const { client, requests } = makeClient(searchReply);
    const result = await client.searchVehicles({ search: ' 2019 myvi 1.5 av ', count: 20, preferMoreResults: true });
    const url = requests[0]!.url;
    expect(url.pathname).toBe('/v2/vehicles');
    expect(Object.fromEntries(url.searchParams)).toEqual({ search: '2019 myvi 1.5 av', count: '20', prefer_more_results: 'true', region: 'my' });
    expect(result.vehicles[0]).toMatchObject({ id: '5233518187642880', title: '2010 Volkswagen Polo Comfortline Automatic', year: 2010, modelYear: 'MY10' });
    expect(result).toMatchObject({ total: 1, confidence: 'standard' });
  });

  test('plate lookup sends the plate trimmed, upper-cased and compact', async () => {
    const { client, requests } = makeClient(() => json(200, { success: true, vehicle: POLO, upstream_vehicle: 'x', confidence: 'standard' }));
    await client.lookupPlate({ plate: ' wxy 1234 ' });
    expect(requests[0]!.url.pathname).toBe('/v2/vehicles/registrations/WXY1234');
    expect(requests[0]!.url.searchParams.get('region')).toBe('my');
    expect(requests[0]!.url.searchParams.has('state')).toBe(false);
  });

  test('AU plate lookups carry the state (from the call or the client default)', async () => {
    const { client, requests } = makeClient(() => json(200, { success: true, vehicle: null, upstream_vehicle: 'x' }), { region: 'au', state: 'NSW' });
    await client.lookupPlate({ plate: '698xcu', state: 'VIC' });
    await client.lookupPlate({ plate: '698xcu' });
    expect(requests.map((request) => request.url.search)).toEqual(['?state=VIC&region=au', '?state=NSW&region=au']);
  });

  test('VIN, vehicle id, facets, facet search, history and overlay are GETs with region in the query', async () => {
    const { client, requests } = makeClient((request) => {
      const path = request.url.pathname;
      if (path.startsWith('/v2/vehicles/vins/')) return json(200, { success: true, vehicle: POLO, vin: 'KL3TA48E9CB053071' });
      if (path === '/v2/vehicles/facets') return json(200, { success: true, model: [{ value: 'Myvi', count: 12 }] });
      if (path === '/v2/vehicles/facets/search') return json(200, { success: true, vehicles: [POLO] });
      if (path === '/v2/sourcing/history') return json(200, { success: true, vehicle_history: { id: 'h1', events: [] } });
      if (path.startsWith('/v2/sourcing/market_overlay/')) return json(200, { success: true, sample_size: 0, days_checked: 60, leads: [] });
      if (path === '/v2/valuations/history') return json(200, { success: true, predictions: [] });
      if (path.startsWith('/v2/valuations/history/')) return json(200, predictionBody());
      if (path === '/v2/valuations/max_offer_configuration') return json(200, { success: true, reconditioning: 1250, profit_margin: 10, lot: 1000, transport: 300, admin: 150 });
      return json(200, { success: true, vehicle: POLO });
    });
    await client.lookupVin({ vin: 'kl3ta48e9cb053071' });
    await client.getVehicle({ vehicleId: '5233518187642880' });
    await client.facets({ facet: 'model', make: 'Perodua', bodyType: 'Hatchback' });
    await client.facetSearch({ year: 2019, make: 'Perodua', model: 'Myvi', badge: 'AV' });
    await client.vehicleHistory({ vin: 'KL3TA48E9CB053071', registrationPlate: 'wxy 1234' });
    await client.marketOverlay('1111111111111111', { minimumDays: 90, includeAdjacentYears: true });
    await client.valuationHistory();
    await client.valuationHistoryItem({ pricingId: 'a2955915-9611-40ef-8b98-b827dad76ff4' });
    await client.getMaxOfferConfiguration();
    expect(requests.map((request) => `${request.method} ${request.url.pathname}${request.url.search}`)).toEqual([
      'GET /v2/vehicles/vins/KL3TA48E9CB053071?region=my',
      'GET /v2/vehicles/5233518187642880?region=my',
      'GET /v2/vehicles/facets?facet=model&make=Perodua&body_type=Hatchback&region=my',
      'GET /v2/vehicles/facets/search?year=2019&make=Perodua&model=Myvi&badge=AV&region=my',
      'GET /v2/sourcing/history?vin=KL3TA48E9CB053071&registration_plate=WXY1234&region=my',
      'GET /v2/sourcing/market_overlay/1111111111111111?minimum_days=90&include_adjacent_years=true&region=my',
      'GET /v2/valuations/history?region=my',
      'GET /v2/valuations/history/a2955915-9611-40ef-8b98-b827dad76ff4?region=my',
      'GET /v2/valuations/max_offer_configuration?region=my',
    ]);
  });

  test('POSTs put region in the JSON body (the max-offer PUT in the query); predict features go in the query', async () => {
    const { client, requests } = makeClient((request) => {
      const path = request.url.pathname;
      if (path === '/v2/valuations/predict') return json(200, predictionBody());
      if (path === '/v2/valuations/predict/conditions') return json(200, { success: true, conditions: [{ condition_score: 3, trade_price: 15000 }] });
      if (path === '/v2/valuations/residual') return json(200, { success: true, predictions: [{ year: 0, kms: 30000, valuation: 23103, score: 0.8 }] });
      if (path === '/v2/valuations/gauge/') return json(200, { gauge: { id: 'g1', fill: 0.4 } });
      return json(200, { success: true, max_offer_configuration: JSON.parse(request.body ?? '{}') as unknown });
    });
    await client.predictValuation({ vehicleId: '5804870883868672', kms: 30000, conditionScore: 2, features: ['bounds', 'max_offer'] });
    await client.predictAllConditions({ vehicleId: '5804870883868672' });
    await client.residual({ vehicleId: '5804870883868672', initialKms: 30000, yearlyKms: 20000 });
    await client.gauge({ vehicleId: '5804870883868672', odometer: 10000, listingPrice: 30000 });
    const fixed = (value: number) => ({ type: 'fixed' as const, value });
    const saved = await client.setMaxOfferConfiguration({ reconditioning: fixed(1), profitMargin: { type: 'percentage', value: 12 }, lot: fixed(3), transport: fixed(4), admin: fixed(5) });
    expect(saved.configuration.profitMargin).toEqual({ type: 'percentage', value: 12 });
    expect(requests.map((request) => [`${request.method} ${request.url.pathname}${request.url.search}`, JSON.parse(request.body ?? 'null')])).toEqual([
      ['POST /v2/valuations/predict?features=bounds%2Cmax_offer', { vehicle_id: '5804870883868672', kms: 30000, condition_score: 2, region: 'my' }],
      ['POST /v2/valuations/predict/conditions', { vehicle_id: '5804870883868672', region: 'my' }],
      ['POST /v2/valuations/residual', { vehicle_id: '5804870883868672', initial_kms: 30000, yearly_kms: 20000, region: 'my' }],
      ['POST /v2/valuations/gauge/', { odometer: 10000, listing_price: 30000, vehicle_id: '5804870883868672', region: 'my' }],
      [
        'PUT /v2/valuations/max_offer_configuration?region=my',
        { reconditioning: fixed(1), profit_margin: { type: 'percentage', value: 12 }, lot: fixed(3), transport: fixed(4), admin: fixed(5) },
      ],
    ]);
    expect(requests.every((request) => request.method === 'GET' || request.headers['content-type'] === 'application/json')).toBe(true);
  });
});

describe('usage headers', () => {
  test('rate-limit and quota headers reach the result and onUsage', async () => {
    const seen: unknown[] = [];
    const { client } = makeClient(
      () =>
        json(200, predictionBody(), {
          'Rate-Limit-Remaining': '59',
          'Rate-Limit-Total': '60',
          'Rate-Limit-Reset': '1609459200',
          'Monthly-Base-Request-Quota': '100',
          'Monthly-Max-Request-Quota': '100000',
          'Monthly-Request-Total': '100',
        }),
      { onUsage: (usage) => seen.push(usage) },
    );
    const result = await client.predictValuation({ vehicleId: '1111111111111111' });
    const expected = { rateLimit: { remaining: 59, total: 60, resetAt: 1_609_459_200_000 }, quota: { base: 100, max: 100000, used: 100 } };
    expect(result.usage).toEqual(expected);
    expect(seen).toEqual([expected]);
  });

  test('a throwing onUsage listener does not fail the call', async () => {
    const { client } = makeClient(() => json(200, predictionBody(), { 'Rate-Limit-Remaining': '1' }), {
      onUsage: () => {
        throw new Error('listener bug');
      },
    });
    expect((await client.predictValuation({ vehicleId: '1111111111111111' })).usage?.rateLimit?.remaining).toBe(1);
  });

  test('a response without usage headers has usage null', async () => {
    const { client } = makeClient(() => json(200, predictionBody()));
    expect((await client.predictValuation({ vehicleId: '1111111111111111' })).usage).toBeNull();
  });
});

test('testConnection: one authenticated call, on the free MY test plate where there is one', async () => {
  const my = makeClient(oauthHandler(() => json(200, { vehicle: null }, { 'Rate-Limit-Remaining': '5' })), { oauth: true });
  expect((await my.client.testConnection()).usage?.rateLimit?.remaining).toBe(5);
  expect(my.requests.map((request) => request.url.pathname)).toEqual(['/auth-broker/request-token', '/v2/vehicles/registrations/REG4SUCCESS']);

  const nz = makeClient(() => json(200, { vehicles: [] }), { region: 'nz' });
  await nz.client.testConnection();
  expect(nz.requests.map((request) => request.url.pathname + request.url.search)).toEqual(['/v2/vehicles?search=toyota&count=1&region=nz']);
});
