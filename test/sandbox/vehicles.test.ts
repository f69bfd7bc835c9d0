import { describe, expect, test } from 'vitest';
import { freshSandboxes, sharedSandbox } from './helpers.ts';

const t = sharedSandbox();
const fresh = freshSandboxes();

describe('plain-text search', () => {
  test('"2019 myvi 1.5 av" finds the 2019 Myvi 1.5 AV first, with standard confidence', async () => {
    const reply = await t.get('/v2/vehicles?region=my&search=2019%20myvi%201.5%20av');
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ success: true, confidence: 'standard' });
    expect(reply.body.total).toBeGreaterThanOrEqual(1);
    expect(reply.body.vehicles[0].title).toBe('2019 Perodua Myvi 1.5 AV Automatic');
  });

  test.each([
    ['honda city 2021 rs', '2021 Honda City RS e:HEV Automatic'],
    ['vios 1.5g 2013', '2013 Toyota Vios 1.5 G Automatic'],
    ['saga manual 2016', '2016 Proton Saga 1.3 Standard Manual'],
    ['2024 atto 3 extended', '2024 BYD Atto 3 Extended Range Automatic'],
  ])('"%s" ranks %s first', async (query, title) => {
    const reply = await t.get(`/v2/vehicles?region=my&search=${encodeURIComponent(query)}`);
    expect(reply.body.vehicles[0].title).toBe(title);
  });

  test('a query that does not fully match gives reduced confidence', async () => {
    const reply = await t.get('/v2/vehicles?region=my&search=myvi%20turbo%20diesel');
    expect(reply.body.confidence).toBe('reduced');
  });

  test('count limits the page; prefer_more_results widens the candidates', async () => {
    const narrow = await t.get('/v2/vehicles?region=my&search=myvi&count=3');
    expect(narrow.body.vehicles).toHaveLength(3);
    const focused = await t.get('/v2/vehicles?region=my&search=2019%20myvi%201.5%20av&count=100');
    const wide = await t.get('/v2/vehicles?region=my&search=2019%20myvi%201.5%20av&count=100&prefer_more_results=true');
    expect(wide.body.total).toBeGreaterThan(focused.body.total);
  });

  test('nothing matching → empty list, not an error', async () => {
    const reply = await t.get('/v2/vehicles?region=my&search=lamborghini');
    expect(reply.status).toBe(200);
    expect(reply.body.vehicles).toEqual([]);
  });

  test('missing search, bad count and bad region are 400s', async () => {
    expect((await t.get('/v2/vehicles?region=my')).status).toBe(400);
    expect((await t.get('/v2/vehicles?region=my&search=myvi&count=500')).status).toBe(400);
    const region = await t.get('/v2/vehicles?region=xx&search=myvi');
    expect(region.status).toBe(400);
    expect(region.body).toEqual({ error: true, message: 'Invalid Region' });
    expect((await t.get('/v2/vehicles?search=myvi')).body.message).toBe('Invalid Region');
  });

  test('every region has a searchable catalogue', async () => {
    for (const [region, query, title] of [
      ['nz', '2019 polo tsi manual', '2019 Volkswagen Polo TSI Manual'],
      ['au', '2021 tesla model 3 rwd', '2021 Tesla Model 3 RWD Automatic'],
      ['uk', '2017 hilux sr5 auto', '2017 Toyota Hilux SR5 Automatic'],
    ]) {
      const reply = await t.get(`/v2/vehicles?region=${region}&search=${encodeURIComponent(query as string)}`);
      expect(reply.body.vehicles[0]?.title).toBe(title);
    }
  });
});

describe('MY test plates', () => {
  test('REG4SUCCESS: high-quality ICE match on the test vehicle', async () => {
    const reply = await t.get('/v2/vehicles/registrations/REG4SUCCESS?region=my');
    expect(reply.body).toMatchObject({ success: true, confidence: 'standard', vin: expect.any(String), upstream_vehicle: expect.any(String), additional_vehicles: [] });
    expect(reply.body.vehicle).toMatchObject({ id: '1111111111111111', fuel: 'Petrol', engine: 'Piston' });
  });

  test('REG4SUCCESSEV: an electric test vehicle', async () => {
    const reply = await t.get('/v2/vehicles/registrations/REG4SUCCESSEV?region=my');
    expect(reply.body.confidence).toBe('standard');
    expect(reply.body.vehicle).toMatchObject({ fuel: 'Electric', transmission: 'Reduction Gear', capacity_cc: null });
  });

  test('REG4WARNING: the test vehicle with reduced confidence', async () => {
    const reply = await t.get('/v2/vehicles/registrations/REG4WARNING?region=my');
    expect(reply.body.confidence).toBe('reduced');
    expect(reply.body.vehicle.id).toBe('1111111111111111');
  });

  test('REG4NOMATCH: no vehicle, but VIN and a registry description', async () => {
    const reply = await t.get('/v2/vehicles/registrations/REG4NOMATCH?region=my');
    expect(reply.body.vehicle).toBeNull();
    expect(reply.body.vin).toMatch(/^[A-HJ-NPR-Z0-9]{17}$/);
    expect(reply.body.upstream_vehicle).toBe('2019 PERODUA MYVI 1.5 AV HATCHBACK AUTO PETROL 1,496cc');
  });

  test('REG4VINONLY: only the VIN', async () => {
    const reply = await t.get('/v2/vehicles/registrations/REG4VINONLY?region=my');
    expect(reply.body).toMatchObject({ vehicle: null, upstream_vehicle: null, vin: expect.any(String) });
  });

  test('the VIN REG4VINONLY returns identifies the test vehicle, so "continue with the VIN" works', async () => {
    const plate = await t.get('/v2/vehicles/registrations/REG4VINONLY?region=my');
    const byVin = await t.get(`/v2/vehicles/vins/${plate.body.vin}?region=my`);
    expect(byVin.body.vehicle).toMatchObject({ id: '1111111111111111' });
  });

  test('test plates accept and ignore state, and need none in AU', async () => {
    expect((await t.get('/v2/vehicles/registrations/REG4SUCCESS?region=my&state=14')).status).toBe(200);
    expect((await t.get('/v2/vehicles/registrations/REG4SUCCESS?region=au')).status).toBe(200);
  });
});

describe('plates, VINs and IDs', () => {
  test('ordinary MY plates resolve in any spacing or case', async () => {
    const reply = await t.get('/v2/vehicles/registrations/wxy%201234?region=my');
    expect(reply.body.vehicle.title).toBe('2019 Perodua Myvi 1.5 AV Automatic');
    expect(reply.body.upstream_vehicle).toContain('MYVI');
    for (const plate of ['VBX2020', 'JHB77', 'BMT3821', 'QAA4567C']) {
      expect((await t.get(`/v2/vehicles/registrations/${plate}?region=my`)).body.vehicle).not.toBeNull();
    }
  });

  test('AU plates need a valid state', async () => {
    expect((await t.get('/v2/vehicles/registrations/BMT038?region=au')).status).toBe(400);
    expect((await t.get('/v2/vehicles/registrations/BMT038?region=au&state=XX')).status).toBe(400);
    expect((await t.get('/v2/vehicles/registrations/BMT038?region=au&state=NSW')).status).toBe(404);
    const reply = await t.get('/v2/vehicles/registrations/BMT038?region=au&state=VIC');
    expect(reply.body.vehicle.id).toBe('5804870883868672');
  });

  test('unknown plate → 404 envelope; nonsense plate → 400', async () => {
    const unknown = await t.get('/v2/vehicles/registrations/ZZZ9999?region=my');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ error: true, message: expect.any(String) });
    expect((await t.get('/v2/vehicles/registrations/W%401234?region=my')).status).toBe(400);
  });

  test('VIN lookup: plate VINs, the zeros test VIN, validation and 404', async () => {
    const plate = await t.get('/v2/vehicles/registrations/WXY1234?region=my');
    const byVin = await t.get(`/v2/vehicles/vins/${plate.body.vin}?region=my`);
    expect(byVin.body.vehicle.id).toBe(plate.body.vehicle.id);
    expect((await t.get('/v2/vehicles/vins/00000000000000000?region=my')).body.vehicle.id).toBe('1111111111111111');
    expect((await t.get('/v2/vehicles/vins/SHORT?region=my')).status).toBe(400);
    expect((await t.get('/v2/vehicles/vins/PM2M800S009999999?region=my')).status).toBe(404);
  });

  test('vehicle by ID returns a full Vehicle object; unknown → 404', async () => {
    const reply = await t.get('/v2/vehicles/5233518187642880?region=nz');
    expect(reply.body.success).toBe(true);
    expect(reply.body.vehicle).toMatchObject({ title: '2010 Volkswagen Polo Comfortline Automatic', year: '2010', num_gears: 7, capacity_cc: 1390 });
    const keys = Object.keys((await t.get('/v2/vehicles/1111111111111111?region=my')).body.vehicle);
    for (const field of ['id', 'title', 'year', 'make', 'model', 'badge', 'series', 'body_type', 'transmission', 'transmission_type', 'fuel', 'engine', 'drive', 'num_doors', 'num_seats', 'capacity_cc', 'power_kw', 'torque_nm', 'release_month', 'release_year']) {
      expect(keys).toContain(field);
    }
    expect((await t.get('/v2/vehicles/9999999999999999?region=my')).status).toBe(404);
    expect((await t.get('/v2/vehicles/abc?region=my')).status).toBe(400);
  });
});

describe('facets', () => {
  test('values shape: {make:[{value,count}]} with counts that add up', async () => {
    const makes = await t.get('/v2/vehicles/facets?region=my&facet=make');
    expect(makes.body.success).toBe(true);
    const perodua = makes.body.make.find((pair: { value: string }) => pair.value === 'Perodua');
    const models = await t.get('/v2/vehicles/facets?region=my&facet=model&make=Perodua');
    const sum = models.body.model.reduce((total: number, pair: { count: number }) => total + pair.count, 0);
    expect(sum).toBe(perodua.count);
  });

  test('filters narrow the counts, case-insensitively; limit caps the list', async () => {
    const badges = await t.get('/v2/vehicles/facets?region=my&facet=badge&year=2019&make=perodua&model=MYVI');
    expect(badges.body.badge.map((pair: { value: string }) => pair.value)).toEqual(['1.3 G', '1.3 X', '1.5 AV', '1.5 H']);
    expect((await t.get('/v2/vehicles/facets?region=my&facet=year&limit=2')).body.year).toHaveLength(2);
    const several = await t.get('/v2/vehicles/facets?region=my&facets=transmission,fuel&make=Toyota');
    expect(Object.keys(several.body).sort()).toEqual(['fuel', 'success', 'transmission']);
  });

  test('facets shape (OpenAPI sample) when started with facetShape "facets"', async () => {
    const other = await fresh({ facetShape: 'facets' });
    const reply = await other.get('/v2/vehicles/facets?region=my&facet=make');
    expect(reply.body.facets.make).toContainEqual({ make: 'Perodua', count: expect.any(Number) });
  });

  test('the documented wheelbase facet is answered (the catalogue carries no wheelbase, as AutoGrab\'s MY example shows null)', async () => {
    const reply = await t.get('/v2/vehicles/facets?region=my&facet=wheelbase&make=Perodua');
    expect(reply).toMatchObject({ status: 200, body: { success: true, wheelbase: [] } });
  });

  test('unknown facet or none → 400', async () => {
    expect((await t.get('/v2/vehicles/facets?region=my')).status).toBe(400);
    expect((await t.get('/v2/vehicles/facets?region=my&facet=colour')).status).toBe(400);
  });

  test('facet search lists vehicles for year + make + model, and refuses broader searches', async () => {
    const reply = await t.get('/v2/vehicles/facets/search?region=my&year=2019&make=Perodua&model=Myvi&badge=1.5%20AV');
    expect(reply.body.vehicles.map((vehicle: { title: string }) => vehicle.title)).toEqual(['2019 Perodua Myvi 1.5 AV Automatic']);
    const broad = await t.get('/v2/vehicles/facets/search?region=my&make=Perodua&model=Myvi');
    expect(broad.status).toBe(400);
    expect(broad.body.message).toMatch(/^Too many vehicles, you should narrow your search/);
  });
});
