import { describe, expect, test } from 'vitest';
import { manualClock, freshSandboxes, sharedSandbox } from './helpers.ts';

const TEST_ID = '1111111111111111';
const t = sharedSandbox({ now: manualClock().now });
const fresh = freshSandboxes();

async function idFor(region: string, query: string): Promise<string> {
  return (await t.get(`/v2/vehicles?region=${region}&search=${encodeURIComponent(query)}`)).body.vehicles[0].id;
}
async function predict(body: Record<string, unknown>, features = '') {
  return t.send('POST', `/v2/valuations/predict${features ? `?features=${features}` : ''}`, { region: 'my', ...body });
}

describe('predict', () => {
  test('returns the documented prediction shape, with the model average kms when kms is omitted', async () => {
    const reply = await predict({ vehicle_id: TEST_ID });
    expect(reply.status).toBe(200);
    expect(reply.body.success).toBe(true);
    const prediction = reply.body.prediction;
    expect(prediction).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/),
      vehicle_id: TEST_ID,
      created_at: expect.any(String),
      kms: expect.any(Number),
      price: prediction.retail_price,
      score: expect.any(Number),
      retail_price: expect.any(Number),
      trade_price: expect.any(Number),
      adjustment: null,
    });
    expect(prediction.kms).toBeGreaterThan(50_000);
    expect(prediction.score).toBeGreaterThan(0);
    expect(prediction.score).toBeLessThanOrEqual(1);
    expect(prediction.trade_price).toBeLessThan(prediction.retail_price);
    expect(reply.body.bounds).toBeUndefined();
  });

  test('the same inputs give the same prices (new pricing ID each time)', async () => {
    const first = await predict({ vehicle_id: TEST_ID, kms: 42_000, condition_score: 3 });
    const second = await predict({ vehicle_id: TEST_ID, kms: 42_000, condition_score: 3 });
    const strip = ({ id: _id, created_at: _at, ...rest }: Record<string, unknown>) => rest;
    expect(strip(second.body.prediction)).toEqual(strip(first.body.prediction));
    expect(second.body.prediction.id).not.toBe(first.body.prediction.id);
  });

  test('more kilometres → lower price', async () => {
    const prices = [];
    for (const kms of [10_000, 60_000, 120_000, 250_000]) prices.push((await predict({ vehicle_id: TEST_ID, kms })).body.prediction.retail_price);
    expect(prices).toEqual([...prices].sort((a, b) => b - a));
    expect(new Set(prices).size).toBe(prices.length);
  });

  test('better condition → higher trade price, retail unchanged; out-of-range scores give the default (excellent)', async () => {
    const replies = [];
    for (const condition_score of [1, 2, 3, 4, 5]) replies.push((await predict({ vehicle_id: TEST_ID, kms: 60_000, condition_score })).body.prediction);
    const trades = replies.map((prediction) => prediction.trade_price);
    expect(trades).toEqual([...trades].sort((a, b) => a - b));
    expect(new Set(trades).size).toBe(5);
    expect(new Set(replies.map((prediction) => prediction.retail_price)).size).toBe(1);
    expect((await predict({ vehicle_id: TEST_ID, kms: 60_000, condition_score: 9 })).body.prediction.trade_price).toBe(trades[4]);
    expect((await predict({ vehicle_id: TEST_ID, kms: 60_000 })).body.prediction.trade_price).toBe(trades[4]);
  });

  test('older → cheaper, at the same odometer', async () => {
    const prices = [];
    for (const year of [2022, 2020, 2018]) {
      const id = await idFor('my', `${year} myvi 1.5 av`);
      prices.push((await predict({ vehicle_id: id, kms: 60_000 })).body.prediction.retail_price);
    }
    expect(prices).toEqual([...prices].sort((a, b) => b - a));
  });

  test('MYR prices are plausible: a 2019 Myvi 1.5 AV at average kms is roughly half its new price or more', async () => {
    const id = await idFor('my', '2019 myvi 1.5 av');
    const { retail_price: retail, trade_price: trade } = (await predict({ vehicle_id: id })).body.prediction;
    expect(retail).toBeGreaterThan(20_000);
    expect(retail).toBeLessThan(45_000);
    expect(trade / retail).toBeGreaterThan(0.8);
  });

  test('features=bounds and max_offer add the documented blocks', async () => {
    const reply = await predict({ vehicle_id: TEST_ID, kms: 50_000 }, 'bounds,max_offer');
    const { prediction, bounds, max_offer: offer } = reply.body;
    expect(bounds.retail.lower).toBeLessThan(prediction.retail_price);
    expect(bounds.retail.upper).toBeGreaterThan(prediction.retail_price);
    expect(bounds.trade.lower).toBeLessThan(prediction.trade_price);
    const costs = offer.reconditioning + offer.profit_margin + offer.lot + offer.transport + offer.admin;
    expect(offer.price).toBeCloseTo(prediction.retail_price - costs, 2);
    const trade = await predict({ vehicle_id: TEST_ID, kms: 50_000 }, 'max_offer_trade,max_offer');
    expect(trade.body.max_offer.price).toBeLessThan(offer.price);
  });

  test('unknown vehicle → 404; bad bodies → 400 with a message', async () => {
    expect((await predict({ vehicle_id: '9999999999999999' })).status).toBe(404);
    for (const body of [{ vehicle_id: '123' }, { vehicle_id: TEST_ID, kms: -5 }, { vehicle_id: TEST_ID, kms: 'many' }, { vehicle_id: TEST_ID, condition_score: 'good' }, {}]) {
      const reply = await predict(body);
      expect(reply.status).toBe(400);
      expect(reply.body).toEqual({ error: true, message: expect.any(String) });
    }
    expect((await t.send('POST', '/v2/valuations/predict', { region: 'zz', vehicle_id: TEST_ID })).body.message).toBe('Invalid Region');
    expect((await t.send('POST', '/v2/valuations/predict', '{"region":')).status).toBe(400);
    expect((await t.send('POST', '/v2/valuations/predict', '[1,2]')).status).toBe(400);
  });

  test('works in every region', async () => {
    for (const [region, id] of [['au', '4568590518845440'], ['nz', '5233518187642880'], ['uk', '5655899674771456']]) {
      const reply = await t.send('POST', '/v2/valuations/predict', { region, vehicle_id: id });
      expect(reply.status).toBe(200);
      expect(reply.body.prediction.retail_price).toBeGreaterThan(0);
    }
  });
});

describe('conditions', () => {
  test('one trade price with bounds per condition 1..5, rising with condition', async () => {
    const reply = await t.send('POST', '/v2/valuations/predict/conditions', { region: 'my', vehicle_id: TEST_ID, kms: 40_000 });
    expect(reply.body.prediction.vehicle_id).toBe(TEST_ID);
    const conditions = reply.body.conditions;
    expect(conditions.map((entry: { condition_score: number }) => entry.condition_score)).toEqual([1, 2, 3, 4, 5]);
    for (let i = 1; i < conditions.length; i += 1) expect(conditions[i].trade_price).toBeGreaterThan(conditions[i - 1].trade_price);
    for (const entry of conditions) expect(entry.bounds.trade.lower).toBeLessThan(entry.trade_price);
    expect(conditions[4].trade_price).toBe(reply.body.prediction.trade_price);
  });
});

describe('valuation history', () => {
  test('lists this account\'s predictions newest first, paginated, and returns one by ID', async () => {
    const other = await fresh();
    const ids = [];
    for (const kms of [10_000, 20_000, 30_000]) ids.push((await other.send('POST', '/v2/valuations/predict?features=bounds', { region: 'my', vehicle_id: TEST_ID, kms })).body.prediction.id);
    const page = await other.get('/v2/valuations/history?page=1&per_page=2');
    expect(page.body.predictions.map((entry: { id: string }) => entry.id)).toEqual([ids[2], ids[1]]);
    expect(page.body.pagination).toEqual({ page: 1, per_page: 2, total: 3, total_pages: 2 });
    expect((await other.get('/v2/valuations/history?page=2&per_page=2')).body.predictions[0].id).toBe(ids[0]);
    const one = await other.get(`/v2/valuations/history/${ids[1]}`);
    expect(one.body.prediction).toMatchObject({ id: ids[1], kms: 20_000 });
    expect(one.body.bounds).toBeDefined();
    expect((await other.get('/v2/valuations/history/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await other.get('/v2/valuations/history?per_page=1000')).status).toBe(400);
  });
});

describe('residual', () => {
  test('years 0..5 with kms = initial + year × yearly and falling valuations', async () => {
    const reply = await t.send('POST', '/v2/valuations/residual', { region: 'my', vehicle_id: TEST_ID, initial_kms: 30_000, yearly_kms: 20_000 });
    const predictions = reply.body.predictions;
    expect(predictions.map((entry: { year: number }) => entry.year)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(predictions.map((entry: { kms: number }) => entry.kms)).toEqual([30_000, 50_000, 70_000, 90_000, 110_000, 130_000]);
    for (let i = 1; i < predictions.length; i += 1) expect(predictions[i].valuation).toBeLessThan(predictions[i - 1].valuation);
    expect(predictions[0].score).toBeGreaterThan(0);
  });

  test('defaults initial and yearly kms; validates the body', async () => {
    const reply = await t.send('POST', '/v2/valuations/residual', { region: 'my', vehicle_id: TEST_ID });
    expect(reply.body.predictions[1].kms - reply.body.predictions[0].kms).toBe(17_000);
    expect((await t.send('POST', '/v2/valuations/residual', { region: 'my', vehicle_id: TEST_ID, yearly_kms: -1 })).status).toBe(400);
  });
});

describe('RRP adjustments (rrp_overwrite, rrp_adjustment)', () => {
  test('predict and residual start from the changed new-car price instead of dropping the fields', async () => {
    const body = { region: 'my', vehicle_id: TEST_ID, kms: 60_000 };
    const base = (await t.send('POST', '/v2/valuations/predict', body)).body.prediction.retail_price;
    const raised = (await t.send('POST', '/v2/valuations/predict', { ...body, rrp_adjustment: 5_000 })).body.prediction.retail_price;
    const replaced = (await t.send('POST', '/v2/valuations/predict', { ...body, rrp_overwrite: 120_000 })).body.prediction.retail_price;
    expect(raised).toBeGreaterThan(base);
    expect(replaced).toBeGreaterThan(raised);
    const residual = (extra: object) => t.send('POST', '/v2/valuations/residual', { region: 'my', vehicle_id: TEST_ID, initial_kms: 60_000, yearly_kms: 17_000, ...extra });
    expect((await residual({ rrp_adjustment: -5_000 })).body.predictions[0].valuation).toBeLessThan((await residual({})).body.predictions[0].valuation);
    expect((await t.send('POST', '/v2/valuations/predict', { ...body, rrp_overwrite: 0 })).status).toBe(400);
    expect((await t.send('POST', '/v2/valuations/predict', { ...body, rrp_adjustment: 'lots' })).status).toBe(400);
  });
});

describe('max offer configuration', () => {
  test('GET returns the configuration; PUT changes it and later max offers use it', async () => {
    const other = await fresh();
    const initial = await other.get('/v2/valuations/max_offer_configuration');
    expect(initial.body.max_offer_configuration.profit_margin).toEqual({ type: 'percentage', value: 12 });
    const put = await other.send('PUT', '/v2/valuations/max_offer_configuration', { reconditioning: { type: 'fixed', value: 2000 }, profit_margin: { type: 'percentage', value: 5 } });
    expect(put.body.max_offer_configuration.reconditioning.value).toBe(2000);
    const offer = (await other.send('POST', '/v2/valuations/predict?features=max_offer', { region: 'my', vehicle_id: TEST_ID, kms: 50_000 })).body;
    expect(offer.max_offer.reconditioning).toBe(2000);
    expect(offer.max_offer.profit_margin).toBeCloseTo(offer.prediction.retail_price * 0.05, 1);
    expect((await other.send('PUT', '/v2/valuations/max_offer_configuration', { lot: { type: 'percentage', value: 300 } })).status).toBe(400);
    expect((await other.send('PUT', '/v2/valuations/max_offer_configuration', { colour: 1 })).status).toBe(400);
  });
});

describe('gauge', () => {
  test('places a listing price within the market range', async () => {
    const cheap = await t.send('POST', '/v2/valuations/gauge/', { region: 'my', odometer: 60_000, listing_price: 1_000, vehicle_id: TEST_ID });
    expect(cheap.body.gauge).toMatchObject({ fill: 0, listing_price: 1_000, vehicle_title: '2020 Perodua Myvi 1.5 AV Automatic', sample_size: expect.any(Number), confidence: expect.stringMatching(/^(high|medium|low)$/) });
    const { market_range_min: min, market_range_max: max } = cheap.body.gauge;
    const middle = await t.send('POST', '/v2/valuations/gauge/', { region: 'my', odometer: 60_000, listing_price: (min + max) / 2, rego: 'REG4SUCCESS' });
    expect(middle.body.gauge.fill).toBeCloseTo(0.5, 1);
    expect((await t.send('POST', '/v2/valuations/gauge/', { region: 'my', odometer: 60_000, listing_price: 30_000 })).status).toBe(400);
    expect((await t.send('POST', '/v2/valuations/gauge/', { region: 'my', odometer: 60_000, listing_price: 30_000, rego: 'REG4NOMATCH' })).status).toBe(404);
  });
});
