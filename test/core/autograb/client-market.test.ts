/**
 * The market calls as AutoGrab documents them: overlay options and features,
 * vehicle history by every identifier (including a marketplace listing) with
 * price changes, the gauge by vehicle ID and by marketplace ID, and the RRP
 * fields on predict and residual. Bad input never reaches the wire.
 */
import { json, predictionBody } from '../helpers/fakes';
import { makeClient } from '../helpers/client';

const VEHICLE = '1111111111111111';

async function failure(promise: Promise<unknown>): Promise<{ code: string; field?: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { code: string; field?: string; message: string };
  }
  throw new Error('expected the call to fail');
}

function sent(requests: ReadonlyArray<{ method: string; url: URL; body?: string | null }>) {
  return requests.map((request) => ({ call: `${request.method} ${request.url.pathname}${request.url.search}`, body: request.body ? (JSON.parse(request.body) as unknown) : undefined }));
}

describe('market overlay', () => {
  test('every control becomes its documented parameter, and the features go as one comma list', async () => {
    const { client, requests } = makeClient(() => json(200, { success: true, sample_size: 0, days_checked: 30, leads: [] }));
    await client.marketOverlay(VEHICLE, {
      minimumDays: 30,
      includeAdjacentYears: true,
      excludeOutliers: true,
      excludeAllDelisted: false,
      includeAllActive: true,
      features: ['lead_starting_price', 'lead_price_drops', 'listing_urls', 'cover_image'],
    });
    expect(sent(requests)[0]?.call).toBe(
      `GET /v2/sourcing/market_overlay/${VEHICLE}?minimum_days=30&include_adjacent_years=true&exclude_outliers=true&exclude_all_delisted=false&include_all_active=true&features=lead_starting_price%2Clead_price_drops%2Clisting_urls%2Ccover_image&region=my`,
    );
  });

  test('leads carry the licensed features and read as empty when a feature is not licensed', async () => {
    const lead = { id: 'my_mudahmy_12345678', price: 45000, listed_at: '2026-05-01T00:00:00Z', removed_at: null };
    const licensed = { ...lead, starting_price: 47000, price_drop_count: 2, listing_urls: [{ source: 'mudah.my', url: 'https://www.mudah.my/x-12345678.htm' }, { source: 'x' }], cover_image: 'https://www.mudah.my/c.jpg' };
    const { client } = makeClient(() => json(200, { success: true, sample_size: 2, days_checked: 60, leads: [licensed, lead] }));
    const result = await client.marketOverlay(VEHICLE, { features: ['lead_starting_price', 'lead_price_drops', 'listing_urls'] });
    expect(result.leads[0]).toMatchObject({ startingPrice: 47000, priceDropCount: 2, listingUrls: [{ source: 'mudah.my', url: 'https://www.mudah.my/x-12345678.htm' }], coverImage: 'https://www.mudah.my/c.jpg' });
    expect(result.leads[1]).toMatchObject({ startingPrice: null, priceDropCount: null, listingUrls: [], coverImage: null });
  });

  test('a window beyond 365 days, an unknown feature or a bad vehicle ID is VALIDATION naming the field; nothing is sent', async () => {
    const { client, requests } = makeClient(() => json(200, {}));
    expect(await failure(client.marketOverlay(VEHICLE, { minimumDays: 366 }))).toMatchObject({ code: 'VALIDATION', field: 'minimumDays' });
    expect(await failure(client.marketOverlay(VEHICLE, { minimumDays: 0 }))).toMatchObject({ code: 'VALIDATION', field: 'minimumDays' });
    expect(await failure(client.marketOverlay(VEHICLE, { features: ['all_images' as never] }))).toMatchObject({ code: 'VALIDATION', field: 'features.0' });
    expect(await failure(client.marketOverlay('12345'))).toMatchObject({ code: 'VALIDATION', field: 'vehicleId' });
    expect(requests).toHaveLength(0);
  });
});

describe('vehicle history', () => {
  test('every identifier we have, make and model as given, and features=price_changes', async () => {
    const { client, requests } = makeClient(() => json(200, { success: true, vehicle_history: { id: 'h', events: [] } }));
    await client.vehicleHistory({ vin: 'PM2M800S000111111', registrationPlate: 'REG4SUCCESS', year: 2020, make: 'Perodua', model: 'Myvi', features: ['price_changes'] });
    await client.vehicleHistory({ marketplace: 'mudah.my', marketplaceId: '12345678', features: ['price_changes'] });
    expect(sent(requests).map(({ call }) => call)).toEqual([
      'GET /v2/sourcing/history?vin=PM2M800S000111111&registration_plate=REG4SUCCESS&year=2020&make=Perodua&model=Myvi&features=price_changes&region=my',
      'GET /v2/sourcing/history?marketplace=mudah.my&marketplace_id=12345678&features=price_changes&region=my',
    ]);
  });

  test('both documented shapes parse to the same events; no events is an empty list, not an error', async () => {
    const event = { type: 'price_change', odometer: 41800, price: 44500, marketplace: 'mudah.my', seller_type: 'private', timestamp: '2024-10-23T03:10:12.000Z' };
    const wrapped = makeClient(() => json(200, { success: true, vehicle_history: { id: 'h', events: [event] } }));
    const flat = makeClient(() => json(200, { success: true, id: 'h', events: [event] }));
    const empty = makeClient(() => json(200, { success: true, vehicle_history: { id: 'h', events: [] } }));
    const a = await wrapped.client.vehicleHistory({ vin: 'PM2M800S000111111' });
    const b = await flat.client.vehicleHistory({ vin: 'PM2M800S000111111' });
    expect(a.events).toEqual(b.events);
    expect(a.events[0]).toEqual({ type: 'price_change', odometer: 41800, price: 44500, marketplace: 'mudah.my', sellerType: 'private', timestamp: '2024-10-23T03:10:12.000Z' });
    expect((await empty.client.vehicleHistory({ vin: 'PM2M800S000111111' })).events).toEqual([]);
  });

  test('a marketplace without its listing ID, or a hostile listing ID, is VALIDATION; nothing is sent', async () => {
    const { client, requests } = makeClient(() => json(200, {}));
    expect(await failure(client.vehicleHistory({ vin: 'PM2M800S000111111', marketplace: 'mudah.my' }))).toMatchObject({ code: 'VALIDATION', field: 'marketplaceId' });
    expect(await failure(client.vehicleHistory({ marketplace: 'mudah.my', marketplaceId: '1&region=au' }))).toMatchObject({ code: 'VALIDATION', field: 'marketplaceId' });
    expect(await failure(client.vehicleHistory({}))).toMatchObject({ code: 'VALIDATION', field: 'vin' });
    expect(requests).toHaveLength(0);
  });
});

describe('gauge', () => {
  test('by vehicle ID and by marketplace + marketplace_id', async () => {
    const { client, requests } = makeClient(() => json(200, { success: true, gauge: { id: 'g', fill: 0.4, market_range_min: 40000, market_range_max: 48000, sample_size: 31 } }));
    const byVehicle = await client.gauge({ vehicleId: VEHICLE, odometer: 60000, listingPrice: 45000 });
    await client.gauge({ marketplace: 'carlist.my', marketplaceId: '12345678', odometer: 60000, listingPrice: 45000 });
    expect(byVehicle).toMatchObject({ fill: 0.4, marketRangeMin: 40000, marketRangeMax: 48000, sampleSize: 31 });
    expect(sent(requests).map(({ body }) => body)).toEqual([
      { odometer: 60000, listing_price: 45000, vehicle_id: VEHICLE, region: 'my' },
      { odometer: 60000, listing_price: 45000, marketplace: 'carlist.my', marketplace_id: '12345678', region: 'my' },
    ]);
  });

  test('no identifier, a negative price or half a marketplace pair is VALIDATION naming the field; nothing is sent', async () => {
    const { client, requests } = makeClient(() => json(200, {}));
    expect(await failure(client.gauge({ odometer: 60000, listingPrice: 45000 }))).toMatchObject({ code: 'VALIDATION', field: 'vehicleId' });
    expect(await failure(client.gauge({ vehicleId: VEHICLE, odometer: 60000, listingPrice: -1 }))).toMatchObject({ code: 'VALIDATION', field: 'listingPrice' });
    expect(await failure(client.gauge({ vehicleId: VEHICLE, marketplace: 'mudah.my', odometer: 60000, listingPrice: 45000 }))).toMatchObject({ code: 'VALIDATION', field: 'marketplaceId' });
    expect(requests).toHaveLength(0);
  });
});

describe('RRP fields', () => {
  test('rrp_overwrite and rrp_adjustment are sent on predict and residual, not dropped', async () => {
    const { client, requests } = makeClient((request) =>
      request.url.pathname === '/v2/valuations/residual' ? json(200, { success: true, predictions: [{ year: 0, kms: 30000, valuation: 23103 }] }) : json(200, predictionBody()),
    );
    await client.predictValuation({ vehicleId: VEHICLE, kms: 30000, rrpOverwrite: 61000 });
    await client.residual({ vehicleId: VEHICLE, initialKms: 30000, yearlyKms: 17000, rrpAdjustment: -2500 });
    expect(sent(requests).map(({ body }) => body)).toEqual([
      { vehicle_id: VEHICLE, kms: 30000, rrp_overwrite: 61000, region: 'my' },
      { vehicle_id: VEHICLE, initial_kms: 30000, yearly_kms: 17000, rrp_adjustment: -2500, region: 'my' },
    ]);
    expect(await failure(client.predictValuation({ vehicleId: VEHICLE, rrpOverwrite: 0 }))).toMatchObject({ code: 'VALIDATION', field: 'rrpOverwrite' });
    expect(requests).toHaveLength(2);
  });
});

test('the wheelbase facet can be counted', async () => {
  const { client, requests } = makeClient(() => json(200, { success: true, wheelbase: [{ value: 'LWB', count: 3 }] }));
  expect((await client.facets({ facet: 'wheelbase', make: 'Toyota' })).values).toEqual([{ value: 'LWB', count: 3 }]);
  expect(requests[0]?.url.search).toBe('?facet=wheelbase&make=Toyota&region=my');
});
