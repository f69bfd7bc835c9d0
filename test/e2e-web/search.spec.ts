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
  await expect(page.getByTestId('vehicle-title')).toContainText(/Perodua Myvi/);
  // The vehicle header carries the plate it was found by; the search box is ready for the next car.
  await expect(page.getByTestId('found-by')).toHaveText('Number plate: WXY 1234');
  await expect(searchBox(page)).toHaveValue('');
});

test('a description search: the vehicle chosen (not the first suggestion) is the one shown, valued, appraised and kept in history', async ({ app }) => {
  const { page } = app;
  await searchBox(page).pressSequentially('2019 myvi');
  const options = page.getByTestId('suggestions-list').getByRole('option');
  await expect(options.nth(1)).toBeVisible();
  const first = ((await options.nth(0).locator('.result-title').textContent()) ?? '').trim();
  const chosen = ((await options.nth(1).locator('.result-title').textContent()) ?? '').trim();
  expect(chosen).not.toBe(first);
  await options.nth(1).click();
  await expect(page.getByTestId('vehicle-title')).toHaveText(chosen);
  // Found by a description, not a plate or VIN; the box no longer shows what was typed for it.
  await expect(page.getByTestId('found-by')).toHaveCount(0);
  await expect(searchBox(page)).toHaveValue('');
  await page.getByLabel('Odometer (km)').fill('40000');
  await page.getByRole('button', { name: 'Value this vehicle' }).click();
  await page.getByTestId('price-bar').getByRole('button', { name: 'Print offer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Appraisal' })).toBeVisible();
  await expect(page.getByText(chosen, { exact: true }).first()).toBeVisible();
  await expect(page.getByText(first, { exact: true })).toHaveCount(0);
  const sender = { url: `${app.server.origin}/`, isMainFrame: true, trustedWindow: true };
  const history = await app.backend.dispatch('history:list-local', undefined, sender);
  if (!history.ok) throw new Error(history.error.code);
  const titles = (history.data as Array<{ vehicle: { title: string } | null }>).map((entry) => entry.vehicle?.title ?? null);
  expect(titles).toContain(chosen);
  expect(titles).not.toContain(first);
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
  // One message: no "Description search" label beside the plate error.
  await expect(page.getByRole('search').getByRole('listitem')).toHaveCount(1);
  await expect(page.getByText('Description search')).toHaveCount(0);
  expect(app.sandbox.stats.apiRequests).toBe(0);
});

test('a plate AutoGrab has no record of offers one way into guided search, not two', async ({ app }) => {
  const { page } = app;
  app.sandbox.faults.failNext({ path: '/v2/vehicles/registrations', status: 404, times: 1 });
  await search(page, 'WXY 1234');
  await expect(page.getByText('AutoGrab has no record of that')).toBeVisible();
  const guided = page.getByRole('button', { name: /guided search/i });
  await expect(guided).toHaveCount(1);
  await guided.click();
  await expect(page.getByRole('heading', { name: 'Guided search', level: 1 })).toBeVisible();
});

test('an unusual plate gets a warning but can still be looked up; a retired one is refused', async ({ app }) => {
  const { page } = app;
  const box = searchBox(page);
  await box.pressSequentially('vce4521a');
  await expect(page.getByText('JPJ has not issued this series yet as far as we know. Check the plate.')).toBeVisible();
  await expect(page.getByRole('search').getByRole('button', { name: 'Search', exact: true })).toBeEnabled();
  await box.fill('');
  await box.pressSequentially('EAA 1234');
  await expect(page.getByText('This area code is no longer issued. Check the plate.')).toBeVisible();
  await expect(page.getByRole('search').getByRole('button', { name: 'Search', exact: true })).toBeDisabled();
});

test('a plate-shaped entry that breaks the rules shows its problem right under the box, with no blank line between', async ({ app }) => {
  const { page } = app;
  const box = searchBox(page);
  await box.pressSequentially('WXY 0123');
  const problem = page.locator('#search-issues li').first();
  await expect(problem).toBeVisible();
  const boxBottom = await page.locator('.search-row').evaluate((row) => row.getBoundingClientRect().bottom);
  const problemTop = await problem.evaluate((item) => item.getBoundingClientRect().top);
  // Less than one text line: before, an empty status line (about 24 px plus margins) sat between them.
  expect(problemTop - boxBottom).toBeLessThan(16);
});

test('free-text typeahead: one request in flight, a superseded request is aborted, the latest answer wins', async ({ app }, testInfo) => {
  const { page } = app;
  // The "myvi" answer is held for a minute, so however slow this machine is, it is still on the wire when the
  // question changes; the "vios" search that replaces it is answered at once.
  app.sandbox.faults.setLatency(60_000);
  app.http.reset();
  const box = searchBox(page);
  await box.pressSequentially('2019 myvi', { delay: 30 });
  await expect.poll(() => app.http.requests.some((request) => request.search.includes('myvi') && request.outcome === 'pending'), { timeout: 30_000 }).toBe(true);
  app.sandbox.faults.setLatency(0);
  await box.fill('vios');
  const list = page.getByTestId('suggestions-list');
  await expect(list.getByRole('option').first()).toContainText(/Vios/);
  await expect(page.getByText(/\d+ matching vehicles?/)).toBeVisible();
  expect(await list.getByRole('option').filter({ hasText: /Myvi/ }).count()).toBe(0);
  expect(app.http.maxInFlight('/v2/vehicles')).toBe(1);
  expect(app.http.aborted('/v2/vehicles')).toBeGreaterThanOrEqual(1);
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
    const labels = await select.locator('option').allTextContents();
    const perodua = labels.findIndex((label) => label.startsWith('Perodua'));
    await select.selectOption({ index: perodua > 0 ? perodua : 1 });
  }
  const list = page.getByTestId('guided-list');
  await expect(list.getByRole('option').first()).toBeVisible();
  // A handful of results: the list is as tall as its rows, with no empty box below them.
  const rows = Number(await list.getAttribute('data-count'));
  expect(rows).toBeLessThan(7);
  const rowHeight = (await list.getByRole('option').first().boundingBox())!.height;
  expect((await list.boundingBox())!.height).toBeLessThanOrEqual(rows * rowHeight + 2);
  await saveScreenshot(page, 'guided-search', testInfo.outputPath());
  // The optional facets narrow further, and their counts are what the list then holds.
  for (const facet of ['Variant', 'Transmission', 'Body', 'Fuel']) await expect(page.getByLabel(facet, { exact: true }).locator('option').nth(1)).toHaveText(/.+ \(\d+\)$/);
  const variant = page.getByLabel('Variant', { exact: true });
  const [, expected] = /\((\d+)\)$/.exec((await variant.locator('option').nth(1).textContent()) ?? '') ?? [];
  await variant.selectOption({ index: 1 });
  await expect(list).toHaveAttribute('data-count', expected ?? 'a count');
  await list.getByRole('option').first().click();
  await expect(page.getByTestId('vehicle-specs')).toBeVisible();
});
