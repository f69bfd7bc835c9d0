import {
  allConditionsResponseSchema,
  facetResponseSchema,
  gaugeResponseSchema,
  lookupResponseSchema,
  marketOverlayResponseSchema,
  maxOfferConfigurationResponseSchema,
  parseWire,
  residualResponseSchema,
  searchResponseSchema,
  valuationResponseSchema,
  vehicleHistoryResponseSchema,
} from '../../../main/core/autograb/wire';
import { POLO, predictionBody } from '../helpers/fakes';

function badField(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    expect(error).toMatchObject({ code: 'BAD_RESPONSE' });
    return (error as { field?: string }).field;
  }
  throw new Error('expected BAD_RESPONSE');
}

describe('vehicles', () => {
  test('year arrives as a string or a number and becomes a number; unknown keys are ignored', () => {
    const asString = parseWire(searchResponseSchema, { vehicles: [{ ...POLO, year: '2010', legacy_id: 'x' }] });
    const asNumber = parseWire(searchResponseSchema, { vehicles: [{ ...POLO, year: 2010 }] });
    expect(asString.vehicles[0]?.year).toBe(2010);
    expect(asNumber.vehicles[0]?.year).toBe(2010);
    expect(asString.vehicles[0]).not.toHaveProperty('legacy_id');
  });

  test('only id and title are required; odd optional fields become null instead of failing', () => {
    const parsed = parseWire(searchResponseSchema, { vehicles: [{ id: '5233518187642880', title: 'Polo', num_doors: 'five', make: { nested: true } }] });
    expect(parsed.vehicles[0]).toMatchObject({ id: '5233518187642880', title: 'Polo', numDoors: null, make: null, options: [] });
    expect(parsed).toMatchObject({ total: null, confidence: null });
  });

  test('a vehicle without a title → BAD_RESPONSE naming vehicles[0].title', () => {
    expect(badField(() => parseWire(searchResponseSchema, { vehicles: [{ id: '1' }] }))).toBe('vehicles[0].title');
    expect(badField(() => parseWire(searchResponseSchema, { total: 3 }))).toBe('vehicles');
  });

  test('plate lookups: REG4NOMATCH shape (vehicle null, upstream only) and REG4VINONLY shape (vin only)', () => {
    expect(parseWire(lookupResponseSchema, { success: true, vehicle: null, upstream_vehicle: '2019 PERODUA MYVI', vin: 'PM2M602S001234567' })).toEqual({
      vehicle: null,
      upstreamVehicle: '2019 PERODUA MYVI',
      confidence: null,
      colour: null,
      vin: 'PM2M602S001234567',
      additionalVehicles: [],
    });
    expect(parseWire(lookupResponseSchema, { success: true, vin: 'PM2M602S001234567' }).vehicle).toBeNull();
  });

  test('broken additional vehicles are dropped, the main match kept', () => {
    const parsed = parseWire(lookupResponseSchema, { vehicle: POLO, confidence: 'reduced', additional_vehicles: [POLO, { id: 'no-title' }] });
    expect(parsed.confidence).toBe('reduced');
    expect(parsed.additionalVehicles).toHaveLength(1);
  });
});

describe('facets: both documented shapes (§16.4)', () => {
  test('worked example `{make:[{value,count}]}`', () => {
    expect(parseWire(facetResponseSchema('make'), { success: true, make: [{ value: 'Abarth', count: 47 }] })).toEqual([{ value: 'Abarth', count: 47 }]);
  });

  test('OpenAPI sample `{facets:{year:[{year,make,model,count}]}}`', () => {
    const body = { success: true, facets: { year: [{ year: 2019, make: 'Perodua', model: 'Myvi', count: 3 }], make: [] } };
    expect(parseWire(facetResponseSchema('year'), body)).toEqual([{ value: '2019', count: 3 }]);
  });

  test('missing list or count → BAD_RESPONSE naming the wire field', () => {
    expect(badField(() => parseWire(facetResponseSchema('model'), { success: true }))).toBe('model');
    expect(badField(() => parseWire(facetResponseSchema('make'), { facets: { make: [{ value: 'A' }] } }))).toBe('facets.make[0].count');
  });
});

describe('vehicle history: both documented shapes (§16.5)', () => {
  const event = { type: 'listing', odometer: 14646, price: 26890, marketplace: 'carsales.com.au', seller_type: 'dealer', timestamp: '2021-12-03T00:51:35.801Z' };
  const expected = { id: 'h1', events: [{ type: 'listing', odometer: 14646, price: 26890, marketplace: 'carsales.com.au', sellerType: 'dealer', timestamp: '2021-12-03T00:51:35.801Z' }] };

  test('wrapped `{vehicle_history:{id,events}}`', () => {
    expect(parseWire(vehicleHistoryResponseSchema, { success: true, vehicle_history: { id: 'h1', events: [event] } })).toEqual(expected);
  });

  test('flat `{id,events}`', () => {
    expect(parseWire(vehicleHistoryResponseSchema, { success: true, id: 'h1', events: [event] })).toEqual(expected);
  });

  test('no events list → BAD_RESPONSE on events', () => {
    expect(badField(() => parseWire(vehicleHistoryResponseSchema, { success: true, vehicle_history: { id: 'h1' } }))).toBe('events');
  });
});

describe('valuations', () => {
  test('predict with bounds and max offer', () => {
    const body = {
      ...predictionBody(),
      bounds: { retail: { lower: 19622, upper: 21872 }, trade: { lower: 16122, upper: 18372 } },
      max_offer: { reconditioning: 1250, profit_margin: 6729.96, lot: 1000, transport: 300, admin: 150, price: 46653.04 },
    };
    expect(parseWire(valuationResponseSchema, body)).toEqual({
      prediction: { id: 'a2955915-9611-40ef-8b98-b827dad76ff4', vehicleId: '5804870883868672', createdAt: null, kms: 57306, retailPrice: 20622, tradePrice: 17122, score: 0.9239 },
      bounds: { retail: { lower: 19622, upper: 21872 }, trade: { lower: 16122, upper: 18372 } },
      maxOffer: { reconditioning: 1250, profitMargin: 6729.96, lot: 1000, transport: 300, admin: 150, price: 46653.04 },
    });
  });

  test('features not licensed: bounds and max offer are null', () => {
    expect(parseWire(valuationResponseSchema, predictionBody())).toMatchObject({ bounds: null, maxOffer: null });
  });

  test('prices as numeric strings are accepted; a missing trade price is not', () => {
    expect(parseWire(valuationResponseSchema, predictionBody({ trade_price: '17122' })).prediction.tradePrice).toBe(17122);
    expect(badField(() => parseWire(valuationResponseSchema, predictionBody({ trade_price: null })))).toBe('prediction.trade_price');
    expect(badField(() => parseWire(valuationResponseSchema, { success: true }))).toBe('prediction');
  });

  test('all conditions, residual, max-offer configuration (top level or nested) and gauge (wrapped or flat)', () => {
    expect(parseWire(allConditionsResponseSchema, { conditions: [{ condition_score: 5, trade_price: 18000, bounds: { trade: { lower: 17000, upper: 19000 } } }] })).toEqual({
      prediction: null,
      conditions: [{ conditionScore: 5, tradePrice: 18000, tradeBounds: { lower: 17000, upper: 19000 } }],
    });
    expect(badField(() => parseWire(allConditionsResponseSchema, { conditions: [{ condition_score: 7, trade_price: 1 }] }))).toBe('conditions[0].condition_score');
    expect(parseWire(residualResponseSchema, { predictions: [{ year: 0, kms: 30000, valuation: 23103, score: 0.818 }] }).predictions[0]).toEqual({ year: 0, kms: 30000, valuation: 23103, score: 0.818 });
    const fixed = (value: number) => ({ type: 'fixed', value });
    const config = { reconditioning: 1250, profit_margin: { type: 'percentage', value: 12 }, lot: 1000, transport: 300, admin: fixed(150) };
    const expectedConfig = { reconditioning: fixed(1250), profitMargin: { type: 'percentage', value: 12 }, lot: fixed(1000), transport: fixed(300), admin: fixed(150) };
    expect(parseWire(maxOfferConfigurationResponseSchema, { success: true, ...config })).toEqual(expectedConfig);
    expect(parseWire(maxOfferConfigurationResponseSchema, { success: true, max_offer_configuration: config })).toEqual(expectedConfig);
    expect(badField(() => parseWire(maxOfferConfigurationResponseSchema, { success: true, ...config, lot: 'lots' }))).toBe('lot');
    expect(parseWire(gaugeResponseSchema, { gauge: { id: 'g', fill: 0.5, sample_size: 12 } })).toMatchObject({ id: 'g', fill: 0.5, sampleSize: 12, listingPrice: null });
    expect(parseWire(gaugeResponseSchema, { id: 'g', fill: 0.5 })).toMatchObject({ id: 'g', fill: 0.5 });
  });
});

test('market overlay leads: the documented example, with every feature field empty when not licensed', () => {
  const body = {
    success: true,
    sample_size: 56,
    days_checked: 60,
    leads: [{ id: 'nz_autotraderconz_442876', vehicle_id: '4926722097020928', year: 2012, listed_at: '2022-08-11T10:22:07.072Z', seller_type: 'dealer', tag_ids: ['writeoff', 3], price: 15000 }],
  };
  expect(parseWire(marketOverlayResponseSchema, body)).toEqual({
    sampleSize: 56,
    daysChecked: 60,
    leads: [
      { id: 'nz_autotraderconz_442876', vehicleId: '4926722097020928', year: 2012, listedAt: '2022-08-11T10:22:07.072Z', removedAt: null, sellerType: 'dealer', color: null, state: null, tagIds: ['writeoff'], price: 15000, kms: null,
        badge: null, startingPrice: null, priceDropCount: null, listingUrls: [], coverImage: null },
    ],
  });
  expect(badField(() => parseWire(marketOverlayResponseSchema, { leads: [{ price: 1 }] }))).toBe('leads[0].id');
});
