/**
 * Market calls from the client to the real sandbox: every listing link the
 * sandbox hands out reads back through the app's one marketplace table and
 * finds its car again; history arrives in both documented shapes; the
 * overlay window limit is the same on both sides.
 */
import { startSandbox } from '../../../main/sandbox/index';
import type { Sandbox, SandboxOptions } from '../../../main/sandbox/index';
import { createAutoGrabClient, MAX_OVERLAY_DAYS } from '../../../main/core/index';
import { parseListingLink } from '../../../main/core/market/index';

const TEST_VEHICLE = '1111111111111111';
const open: Sandbox[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((sandbox) => sandbox.close()));
});

async function setup(options: SandboxOptions = {}) {
  const sandbox = await startSandbox({ rateLimit: null, ...options });
  open.push(sandbox);
  const client = createAutoGrabClient({ baseUrl: sandbox.url, region: 'my', credentials: { kind: 'apiKey', apiKey: sandbox.credentials.apiKey }, timeoutMs: 5_000 });
  return { sandbox, client };
}

test('every listing URL in the overlay parses locally, and its ID finds the car for the gauge', async () => {
  const { client } = await setup();
  const overlay = await client.marketOverlay(TEST_VEHICLE, { minimumDays: 180, features: ['listing_urls', 'lead_price_drops', 'lead_starting_price'] });
  const links = overlay.leads.flatMap((lead) => lead.listingUrls.map((entry) => parseListingLink(entry.url, 'my')));
  expect(links.length).toBe(overlay.leads.length);
  expect(links.every((link) => link.ok)).toBe(true);
  const sites = new Set(links.map((link) => (link.ok ? link.marketplace : '')));
  expect(sites.size).toBe(4);
  for (const site of sites) {
    const link = links.find((candidate) => candidate.ok && candidate.marketplace === site);
    if (!link?.ok) throw new Error('unreachable');
    const gauge = await client.gauge({ marketplace: link.marketplace, marketplaceId: link.marketplaceId, odometer: 60_000, listingPrice: 45_000 });
    expect(gauge.vehicleTitle).toBe('2020 Perodua Myvi 1.5 AV Automatic');
  }
});

test('an unknown listing is NOT_FOUND-like, not a crash', async () => {
  const { client } = await setup();
  await expect(client.gauge({ marketplace: 'mudah.my', marketplaceId: '99999', odometer: 60_000, listingPrice: 45_000 })).rejects.toMatchObject({ status: 404 });
});

test.each(['wrapped', 'flat'] as const)('history in the %s shape, with price changes only when asked', async (historyShape) => {
  const { client } = await setup({ historyShape });
  const plain = await client.vehicleHistory({ registrationPlate: 'REG4SUCCESS' });
  const full = await client.vehicleHistory({ registrationPlate: 'REG4SUCCESS', features: ['price_changes'] });
  expect(plain.events.some((event) => event.type === 'price_change')).toBe(false);
  expect(full.events.some((event) => event.type === 'price_change')).toBe(true);
});

test(`the overlay window limit (${MAX_OVERLAY_DAYS} days) is the sandbox's too`, async () => {
  const { client, sandbox } = await setup();
  expect((await client.marketOverlay(TEST_VEHICLE, { minimumDays: MAX_OVERLAY_DAYS })).daysChecked).toBe(MAX_OVERLAY_DAYS);
  const beyond = await fetch(`${sandbox.url}/v2/sourcing/market_overlay/${TEST_VEHICLE}?region=my&minimum_days=${MAX_OVERLAY_DAYS + 1}`, { headers: { ApiKey: sandbox.credentials.apiKey } });
  expect(beyond.status).toBe(400);
});
