/**
 * Finding a vehicle: plate (normalised as you type, with warnings and
 * errors), free-text typeahead (one request in flight, stale answers never
 * win), and the guided make → model → year cascade.
 */
import { expect, test } from './fixtures/test';
import { chooseDemoData, saveScreenshot, search, searchBox } from './fixtures/ui';

test.beforeEach(async ({ app }) => {
  await chooseDemoData(app.page);
});

test('a plate is normalised as it is typed', async ({ app }) => {
  const { page } = app;
  await searchBox(page).pressSequentially('wxy1234');
  await expect(page.getByText('Number plate: WXY 1234')).toBeVisible();
});

test('a real plate looks the vehicle up', async ({ app }) => {
  const { page } = app;
  await search(page, 'wxy1234');
  await expect(searchBox(page)).toHaveValue('WXY 1234');
  await expect(page.getByTestId('vehicle-title')).toContainText(/Perodua Myvi/);
});

test('a VIN is recognised and looked up', async ({ app }) => {
  const { page } = app;
  await searchBox(page).pressSequentially('mrhgn2650mp010417');
  await expect(page.getByTestId('search-kind')).toHaveAttribute('data-kind', 'vin');
  await searchBox(page).press('Enter');
  await expect(page.getByTestId('vehicle-title')).toContainText(/Honda City/);
});

test('an impossible plate is refused before anything is sent, with the reason', async ({ app }) => {
  const { page } = app;
  app.sandbox.stats.reset();
  await search(page, 'WXY 0123');
  await expect(page.getByText('Plate numbers never start with 0.')).toBeVisible();
  expect(app.sandbox.stats.apiRequests).toBe(0);
});

test('an unusual plate gets a warning', async ({ app }) => {
  const { page } = app;
  await searchBox(page).pressSequentially('EAA 1234');
  await expect(page.getByText(/retired series|Check the plate|looks unusual/).first()).toBeVisible();
});

test('free-text typeahead: one request in flight, the latest answer wins', async ({ app }, testInfo) => {
  const { page } = app;
  app.sandbox.faults.setLatency(250);
  app.http.reset();
  const box = searchBox(page);
  await box.pressSequentially('2019 myvi', { delay: 40 });
  await box.fill('');
  await box.pressSequentially('vios', { delay: 40 });
  const options = page.getByRole('option');
  await expect(options.first()).toBeVisible();
  await expect(options.filter({ hasText: /Vios/i }).first()).toBeVisible();
  // Stale "myvi" answers (slower, earlier) must never replace the "vios" list.
  await page.waitForTimeout(600);
  expect(await options.filter({ hasText: /Myvi/i }).count()).toBe(0);
  expect(app.http.maxInFlight('/v2/vehicles')).toBeLessThanOrEqual(1);
  app.sandbox.faults.setLatency(0);
  await saveScreenshot(page, 'search-results', testInfo.outputPath());
});

test('guided search: make, then model, then year, then the matching vehicles with counts', async ({ app }, testInfo) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Guided search' }).click();
  await expect(page.getByRole('heading', { name: 'Guided search', level: 1 })).toBeVisible();
  await expect(page.getByText('Choose make, model and year to see vehicles.')).toBeVisible();
  for (const facet of ['Make', 'Model', 'Year']) {
    const select = page.getByLabel(facet, { exact: true });
    // Options read "Perodua (12)": a value and how many vehicles it leaves.
    await expect(select.locator('option').nth(1)).toHaveText(/.+ \(\d+\)$/);
    await select.selectOption({ index: 1 });
  }
  const list = page.getByTestId('guided-list');
  await expect(list.getByRole('option').first()).toBeVisible();
  await saveScreenshot(page, 'guided-search', testInfo.outputPath());
  await list.getByRole('option').first().click();
  await expect(page.getByTestId('vehicle-specs')).toBeVisible();
});
