import { describe, expect, test } from 'vitest';
import { manualClock, freshSandboxes, sharedSandbox } from './helpers.ts';

const TEST_ID = '1111111111111111';
const t = sharedSandbox({ now: manualClock().now });
const fresh = freshSandboxes();

describe('market overlay', () => {
  test('returns leads with the documented fields for the test vehicle, the same every time', async () => {
    const reply = await t.get(`/v2/sourcing/market_overlay/${TEST_ID}?region=my`);
    expect(reply.body).toMatchObject({ success: true, days_checked: 60 });
    expect(reply.body.sample_size).toBe(reply.body.leads.length);
    expect(reply.body.leads.length).toBeGreaterThanOrEqual(4);
    for (const lead of reply.body.leads) {
      expect(lead).toEqual({
        id: expect.stringMatching(/^my_[a-z]+_\d+$/),
        vehicle_id: TEST_ID,
        year: 2020,
        release_year: expect.any(Number),
        release_month: expect.any(Number),
        listed_at: expect.any(String),
        removed_at: lead.removed_at === null ? null : expect.any(String),
        seller_type: expect.stringMatching(/^(dealer|private)$/),
        color: expect.any(String),
        state: expect.any(String),
        tag_ids: expect.any(Array),
        price: expect.any(Number),
        kms: expect.any(Number),
      });
    }
    expect((await t.get(`/v2/sourcing/market_overlay/${TEST_ID}?region=my`)).body).toEqual(reply.body);
  });

  test('exclude_all_delisted keeps only active listings; adjacent years add neighbours', async () => {
    const all = await t.get(`/v2/sourcing/market_overlay/${TEST_ID}?region=my&minimum_days=180`);
    const active = await t.get(`/v2/sourcing/market_overlay/${TEST_ID}?region=my&minimum_days=180&exclude_all_delisted=true`);
    expect(active.body.leads.every((lead: { removed_at: string | null }) => lead.removed_at === null)).toBe(true);
    expect(active.body.leads.length).toBeLessThan(all.body.leads.length);
    const adjacent = await t.get(`/v2/sourcing/market_overlay/${TEST_ID}?region=my&minimum_days=180&include_adjacent_years=true`);
    expect(new Set(adjacent.body.leads.map((lead: { year: number }) => lead.year)).size).toBeGreaterThan(1);
  });

  test('a shorter minimum_days checks fewer days (widened by 10 until 4 leads)', async () => {
    const reply = await t.get(`/v2/sourcing/market_overlay/${TEST_ID}?region=my&minimum_days=5`);
    expect(reply.body.days_checked).toBeGreaterThanOrEqual(5);
    expect((reply.body.days_checked - 5) % 10).toBe(0);
    expect(reply.body.leads.length >= 4 || reply.body.days_checked >= 180).toBe(true);
  });

  test('unknown vehicle → 404; bad region → 400', async () => {
    expect((await t.get('/v2/sourcing/market_overlay/9999999999999999?region=my')).status).toBe(404);
    expect((await t.get(`/v2/sourcing/market_overlay/${TEST_ID}?region=mars`)).status).toBe(400);
  });
});

describe('vehicle history', () => {
  test('wrapped shape by default: listing, price changes and delistings in time order', async () => {
    const reply = await t.get('/v2/sourcing/history?region=my&registration_plate=REG4SUCCESS');
    const history = reply.body.vehicle_history;
    expect(history.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(history.events[0].type).toBe('listing');
    for (const event of history.events) {
      expect(event).toEqual({
        type: expect.stringMatching(/^(listing|delisting|price_change)$/),
        odometer: expect.any(Number),
        price: expect.any(Number),
        marketplace: expect.any(String),
        seller_type: expect.stringMatching(/^(dealer|private)$/),
        timestamp: expect.any(String),
      });
    }
    const times = history.events.map((event: { timestamp: string }) => Date.parse(event.timestamp));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  test('finds history by VIN, by year + make + model, and by test vehicle ID', async () => {
    expect((await t.get('/v2/sourcing/history?region=my&vin=00000000000000000')).status).toBe(200);
    expect((await t.get('/v2/sourcing/history?region=my&year=2019&make=Perodua&model=Myvi')).status).toBe(200);
    expect((await t.get(`/v2/sourcing/history?region=my&vehicle_id=${TEST_ID}`)).status).toBe(200);
  });

  test('flat shape when started with historyShape "flat"', async () => {
    const other = await fresh({ historyShape: 'flat' });
    const reply = await other.get('/v2/sourcing/history?region=my&registration_plate=WXY1234');
    expect(reply.body).toMatchObject({ success: true, id: expect.any(String), events: expect.any(Array) });
    expect(reply.body.vehicle_history).toBeUndefined();
  });

  test('no identifiers → 400; nothing known → 404', async () => {
    expect((await t.get('/v2/sourcing/history?region=my')).status).toBe(400);
    expect((await t.get('/v2/sourcing/history?region=my&year=2019&make=Ferrari&model=F40')).status).toBe(404);
  });
});
