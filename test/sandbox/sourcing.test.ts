/* eslint-disable @typescript-eslint/no-explicit-any -- wire JSON under test */
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
        badge: '1.5 AV',
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

  test('each documented feature adds its field only when asked for', async () => {
    const plain = await t.get(`/v2/sourcing/market_overlay/${TEST_ID}?region=my`);
    const rich = await t.get(`/v2/sourcing/market_overlay/${TEST_ID}?region=my&features=lead_starting_price,lead_price_drops,listing_urls,cover_image`);
    expect(Object.keys(plain.body.leads[0])).not.toEqual(expect.arrayContaining(['starting_price']));
    for (const lead of rich.body.leads) {
      expect(lead.starting_price).toBeGreaterThanOrEqual(lead.price);
      expect(lead.price_drop_count).toBeGreaterThanOrEqual(0);
      expect(lead.listing_urls).toEqual([{ source: expect.stringMatching(/\.my$/), url: expect.stringMatching(/^https:\/\/www\./) }]);
      expect(lead.cover_image).toMatch(/^https:\/\//);
    }
    const only = await t.get(`/v2/sourcing/market_overlay/${TEST_ID}?region=my&features=lead_price_drops`);
    expect(only.body.leads[0]).toHaveProperty('price_drop_count');
    expect(only.body.leads[0]).not.toHaveProperty('listing_urls');
  });

  test('looks like a Malaysian market: MY sites and states, dealers and private sellers, delisted leads, price drops, a write-off', async () => {
    const reply = await t.get(`/v2/sourcing/market_overlay/${TEST_ID}?region=my&minimum_days=180&include_adjacent_years=true&features=lead_price_drops,listing_urls`);
    const leads: Array<Record<string, any>> = reply.body.leads;
    expect(new Set(leads.map((lead) => lead.seller_type))).toEqual(new Set(['dealer', 'private']));
    expect(new Set(leads.map((lead) => lead.listing_urls[0].source)).size).toBeGreaterThanOrEqual(3);
    expect(leads.every((lead) => ['Selangor', 'WP Kuala Lumpur', 'Johor', 'Pulau Pinang', 'Perak', 'Sarawak', 'Sabah', 'Melaka', 'Negeri Sembilan', 'Kedah'].includes(lead.state))).toBe(true);
    const delisted = leads.filter((lead) => lead.removed_at !== null);
    expect(delisted.length).toBeGreaterThan(5);
    const days = delisted.map((lead) => (Date.parse(lead.removed_at) - Date.parse(lead.listed_at)) / 86_400_000);
    expect(Math.min(...days)).toBeGreaterThanOrEqual(6);
    expect(leads.some((lead) => lead.price_drop_count > 0)).toBe(true);
    expect(leads.some((lead) => lead.tag_ids.includes('writeoff'))).toBe(true);
  });

  test('minimum_days accepts 1..365 (the limit the app sends) and refuses beyond', async () => {
    expect((await t.get(`/v2/sourcing/market_overlay/${TEST_ID}?region=my&minimum_days=365`)).status).toBe(200);
    expect((await t.get(`/v2/sourcing/market_overlay/${TEST_ID}?region=my&minimum_days=366`)).status).toBe(400);
    expect((await t.get(`/v2/sourcing/market_overlay/${TEST_ID}?region=my&minimum_days=0`)).status).toBe(400);
  });

  test('unknown vehicle → 404; bad region → 400', async () => {
    expect((await t.get('/v2/sourcing/market_overlay/9999999999999999?region=my')).status).toBe(404);
    expect((await t.get(`/v2/sourcing/market_overlay/${TEST_ID}?region=mars`)).status).toBe(400);
  });
});

describe('vehicle history', () => {
  test('wrapped shape by default: listing, price changes and delistings in time order', async () => {
    const reply = await t.get('/v2/sourcing/history?region=my&registration_plate=REG4SUCCESS&features=price_changes');
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

  test('price-change events only with features=price_changes', async () => {
    const without = await t.get('/v2/sourcing/history?region=my&registration_plate=REG4SUCCESS');
    const types = (reply: { body: { vehicle_history: { events: Array<{ type: string }> } } }) => reply.body.vehicle_history.events.map((event) => event.type);
    expect(types(without)).not.toContain('price_change');
    expect(types(await t.get('/v2/sourcing/history?region=my&registration_plate=REG4SUCCESS&features=price_changes'))).toContain('price_change');
  });

  test('the plate, its VIN and the test vehicle ID tell the same story; REG4WARNING\'s car was once listed with a higher odometer than now', async () => {
    const byPlate = await t.get('/v2/sourcing/history?region=my&registration_plate=REG4SUCCESS');
    expect((await t.get('/v2/sourcing/history?region=my&vin=PM2M800S000111111')).body).toEqual(byPlate.body);
    expect((await t.get(`/v2/sourcing/history?region=my&vehicle_id=${TEST_ID}`)).body).toEqual(byPlate.body);
    const odometers = (await t.get('/v2/sourcing/history?region=my&registration_plate=REG4WARNING')).body.vehicle_history.events.map((event: { odometer: number }) => event.odometer);
    expect(Math.max(...odometers)).toBeGreaterThan(odometers.at(-1));
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
    expect((await t.get('/v2/sourcing/history?region=my&marketplace=mudah.my')).status).toBe(400);
    expect((await t.get('/v2/sourcing/history?region=my&year=2019&make=Ferrari&model=F40')).status).toBe(404);
  });
});

describe('marketplace listings', () => {
  test('a lead\'s own listing ID finds its car for the gauge and the history', async () => {
    const overlay = await t.get(`/v2/sourcing/market_overlay/${TEST_ID}?region=my&features=listing_urls`);
    const lead = overlay.body.leads.find((candidate: any) => candidate.listing_urls[0].source === 'mudah.my');
    const marketplaceId = /-(\d+)\.htm$/.exec(lead.listing_urls[0].url)?.[1];
    const gauge = await t.send('POST', '/v2/valuations/gauge/', { region: 'my', odometer: 60_000, listing_price: 45_000, marketplace: 'mudah.my', marketplace_id: marketplaceId });
    expect(gauge.status).toBe(200);
    expect(gauge.body.gauge.vehicle_title).toBe('2020 Perodua Myvi 1.5 AV Automatic');
    expect((await t.get(`/v2/sourcing/history?region=my&marketplace=mudah.my&marketplace_id=${marketplaceId}`)).status).toBe(200);
  });

  test('an unknown listing gets AutoGrab\'s documented "not found in database" message', async () => {
    const gauge = await t.send('POST', '/v2/valuations/gauge/', { region: 'my', odometer: 60_000, listing_price: 45_000, marketplace: 'mudah.my', marketplace_id: '1' });
    expect(gauge).toMatchObject({ status: 404, body: { error: true, message: 'Vehicle via marketplace mudah.my/1 not found in database' } });
  });
});
