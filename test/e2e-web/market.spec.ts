/**
 * Market evidence beside the valuation, in Chromium on the real backend and
 * sandbox: the market panel with both charts and the leads table (controls
 * change the request AutoGrab gets), the car's own history with the
 * odometer-rollback warning, the price check by vehicle and by pasted link,
 * and a saved appraisal reopened with the sandbox gone.
 */
import type { Page } from '@playwright/test';
import { expectNoSeriousViolations } from './fixtures/axe';
import { expect, test } from './fixtures/test';
import type { DealerDeskApp } from './fixtures/test';
import { chooseDemoData, openScreen, saveScreenshot, valueVehicle } from './fixtures/ui';

function overlayRequests(app: DealerDeskApp) {
  return app.sandbox.stats.requests.filter((request) => request.path.startsWith('/v2/sourcing/market_overlay/'));
}

async function marketReady(page: Page): Promise<void> {
  await expect(page.getByTestId('market-sample')).toBeVisible();
  await expect(page.getByTestId('lead-row').first()).toBeVisible();
}

test.beforeEach(async ({ app }) => {
  await chooseDemoData(app.page);
});

test('a valuation shows the market: sample, both charts with text alternatives, days to sell and a sortable leads table', async ({ app }, testInfo) => {
  // A valuation, two sorts, an axe scan and a screenshot: more than one test's default budget on a loaded machine.
  test.slow();
  const { page } = app;
  await valueVehicle(page, 'REG4SUCCESS', '48000');
  await marketReady(page);
  const panel = page.getByTestId('market-panel');
  await expect(page.getByTestId('market-sample')).toHaveText(/^\d+ comparable listings over the last \d+ days\.$/);
  await expect(panel.getByTestId('price-histogram')).toBeVisible();
  await expect(panel.getByTestId('price-scatter')).toBeVisible();
  await expect(panel.locator('canvas')).toHaveCount(2);
  await expect(panel.getByTestId('histogram-summary')).toContainText(/listings from RM\s?[\d,]+ to RM\s?[\d,]+; the middle half between/);
  await expect(panel.getByTestId('histogram-summary')).toContainText(/Marked: retail RM/);
  await expect(panel.getByTestId('scatter-summary')).toContainText(/This car: 48,000 km at retail RM/);
  await expect(page.getByTestId('days-to-sell')).toContainText('A delisting is not proof of a sale');
  // The market was asked for with every documented feature, and at the same time as the price (not after it).
  const [first] = overlayRequests(app);
  expect(first?.query).toContain('features=lead_starting_price%2Clead_price_drops%2Clisting_urls%2Ccover_image');
  const order = app.sandbox.stats.requests.map((request) => request.path);
  expect(order.findIndex((path) => path.startsWith('/v2/sourcing/market_overlay/'))).toBeLessThan(order.indexOf('/v2/valuations/predict/conditions'));
  // Sorting by price, both ways.
  const prices = async () =>
    (await page.getByTestId('lead-row').locator('td:nth-child(4)').allTextContents()).map((text) => Number(text.replace(/\(.*\)/, '').replace(/[^\d]/g, '')));
  const ascending = await prices();
  expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
  await page.getByRole('button', { name: 'Sort by Price' }).click();
  const descending = await prices();
  expect(descending).toEqual([...ascending].sort((a, b) => b - a));
  // Listing links go to the listing sites only.
  const hrefs = await page.getByTestId('listing-link').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(0);
  expect(hrefs.every((href) => /^https:\/\/www\.(mudah\.my|carlist\.my|carsome\.my|motortrader\.com\.my)\//.test(href))).toBe(true);
  await expectNoSeriousViolations(page, 'market panel');
  await saveScreenshot(page, 'market-overlay', testInfo.outputPath(), panel);
});

test('each control changes the request AutoGrab gets', async ({ app }) => {
  const { page } = app;
  await valueVehicle(page, 'REG4SUCCESS', '48000');
  await marketReady(page);
  const before = overlayRequests(app).length;
  const cases: Array<[string, string]> = [
    ['market-includeAdjacentYears', 'include_adjacent_years=true'],
    ['market-excludeOutliers', 'exclude_outliers=true'],
    ['market-excludeAllDelisted', 'exclude_all_delisted=true'],
    ['market-includeAllActive', 'include_all_active=true'],
  ];
  for (const [testId, parameter] of cases) {
    await page.getByTestId(testId).check();
    await expect.poll(() => overlayRequests(app).at(-1)?.query ?? '').toContain(parameter);
  }
  await page.getByTestId('market-window').selectOption('180');
  await expect.poll(() => overlayRequests(app).at(-1)?.query ?? '').toContain('minimum_days=180');
  expect(overlayRequests(app).length).toBe(before + cases.length + 1);
  await expect(page.getByTestId('lead-row').first()).toBeVisible();
});

test('the car\'s own history for REG4SUCCESS: a calm timeline looked up with every identifier, no warning', async ({ app }) => {
  const { page } = app;
  await valueVehicle(page, 'REG4SUCCESS', '48000');
  const timeline = page.getByTestId('car-history-timeline');
  await expect(timeline.getByRole('listitem')).toHaveCount(6);
  await expect(timeline).toContainText('Price changed');
  await expect(page.getByTestId('rollback-warning')).toHaveCount(0);
  const history = app.sandbox.stats.requests.filter((request) => request.path === '/v2/sourcing/history').at(-1);
  expect(history?.query).toMatch(/vin=PM2M800S000111111.*registration_plate=REG4SUCCESS.*year=2020.*make=Perodua.*model=Myvi.*features=price_changes/);
});

test('REG4WARNING\'s car was advertised with a higher odometer: a prominent warning with both readings and dates', async ({ app }, testInfo) => {
  const { page } = app;
  await valueVehicle(page, 'REG4WARNING', '61800');
  const warning = page.getByTestId('rollback-warning');
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('61,800 km');
  await expect(warning).toContainText('112,400 km');
  await expect(warning).toContainText('10/09/2024');
  await expectNoSeriousViolations(page, 'vehicle history');
  await saveScreenshot(page, 'vehicle-history', testInfo.outputPath(), page.getByTestId('car-history'));
});

test('check a price by the vehicle on screen and by a pasted listing link; an unknown listing offers the manual check', async ({ app }, testInfo) => {
  // Five checks after a valuation: more steps than one test's default budget on a loaded machine.
  test.slow();
  const { page } = app;
  await valueVehicle(page, 'REG4SUCCESS', '48000');
  await marketReady(page);
  const check = page.getByTestId('price-check');
  await check.getByLabel('Asking price (RM)').fill('RM 30,000');
  await check.getByLabel('Odometer at that price (km)').fill('48000');
  await check.getByRole('button', { name: 'Check price' }).click();
  await expect(page.getByTestId('price-check-result')).toContainText('Below the market');
  await expect(page.getByTestId('price-check-result')).toContainText(/Market range RM\s?[\d,]+ – RM\s?[\d,]+ from \d+ listings\./);
  expect(app.sandbox.stats.requests.filter((request) => request.path.startsWith('/v2/valuations/gauge'))).toHaveLength(1);

  // A link the market panel itself shows, pasted back: read locally, the page is never fetched.
  const href = (await page.getByTestId('listing-link').first().getAttribute('href')) ?? '';
  await check.getByLabel('Listing link (optional)').fill(href);
  await check.getByLabel('Asking price (RM)').fill('45000');
  await check.getByRole('button', { name: 'Check price' }).click();
  await expect(page.getByTestId('price-check-result')).toContainText('Checked for the pasted listing');
  // Main only ever called AutoGrab: nothing went to the listing page.
  expect(app.http.requests.every((request) => request.path.startsWith('/v2/') || request.path.startsWith('/auth-broker/'))).toBe(true);
  const lastGauge = app.sandbox.stats.requests.filter((request) => request.path.startsWith('/v2/valuations/gauge')).at(-1);
  expect(lastGauge?.status).toBe(200);

  await check.getByLabel('Listing link (optional)').fill('https://www.mudah.my/some-car-99999999.htm');
  await check.getByRole('button', { name: 'Check price' }).click();
  await expect(page.getByTestId('price-check-problem')).toHaveText(/AutoGrab does not know this listing/);
  await check.getByLabel('Listing link (optional)').fill('https://evil.example/x');
  await check.getByRole('button', { name: 'Check price' }).click();
  await expect(page.getByTestId('price-check-problem')).toContainText('Dealer Desk reads links from');
  await check.getByLabel('Listing link (optional)').fill('');
  await check.getByLabel('Asking price (RM)').fill('45000');
  await check.getByRole('button', { name: 'Check price' }).click();
  await expect(page.getByTestId('price-check-result')).toContainText('Checked for this vehicle.');
  await expectNoSeriousViolations(page, 'price check');
  await saveScreenshot(page, 'price-check', testInfo.outputPath(), check);
});

test('a saved appraisal reopened with the sandbox gone still shows its market evidence, stamped with when it was fetched', async ({ app }) => {
  const { page } = app;
  await valueVehicle(page, 'REG4WARNING', '61800');
  await marketReady(page);
  const leadCount = await page.getByTestId('lead-row').count();
  // Evidence is attached once the market and the history are in.
  await expect(page.getByTestId('car-history-timeline')).toBeVisible();
  await app.sandbox.close();
  await openScreen(page, 'History');
  await page.getByRole('region', { name: 'Saved on this workstation' }).getByRole('button', { name: /^Open/ }).first().click();
  await expect(page.getByTestId('market-saved-stamp')).toHaveText(/Market as fetched \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
  await expect(page.getByTestId('lead-row')).toHaveCount(leadCount);
  await expect(page.getByTestId('price-histogram')).toBeVisible();
  await expect(page.getByTestId('rollback-warning')).toContainText('112,400 km');
});

test('the market panels in Bahasa Malaysia have no serious accessibility issue', async ({ app }) => {
  const { page } = app;
  await valueVehicle(page, 'REG4WARNING', '61800');
  await marketReady(page);
  await page.getByRole('button', { name: 'Bahasa Malaysia' }).click();
  await expect(page.getByRole('heading', { name: 'Pasaran' })).toBeVisible();
  await expect(page.getByTestId('rollback-warning')).toContainText('Odometer lebih rendah');
  await expectNoSeriousViolations(page, 'market panels (BM)');
});
