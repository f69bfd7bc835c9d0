/**
 * AutoGrab's Malaysian test plates, each through to what the salesperson
 * sees next: a match, an EV match, a match to confirm, guided search filled
 * in from the registry, or a VIN lookup that carries on.
 */
import { expect, test } from './fixtures/test';
import { chooseDemoData, search, searchBox } from './fixtures/ui';

test.beforeEach(async ({ app }) => {
  await chooseDemoData(app.page);
});

test('REG4SUCCESS opens the matched vehicle, ready to value', async ({ app }) => {
  const { page } = app;
  await search(page, 'REG4SUCCESS');
  await expect(page.getByRole('heading', { name: 'Key specifications' })).toBeVisible();
  // The plate match's confidence is on screen, not just acted on.
  await expect(page.getByTestId('match-confidence')).toHaveText('Good match');
  await expect(page.getByRole('button', { name: 'Value this vehicle' })).toBeVisible();
});

test('REG4SUCCESSEV opens an electric vehicle with its range', async ({ app }) => {
  const { page } = app;
  await search(page, 'REG4SUCCESSEV');
  await expect(page.getByRole('heading', { name: 'Key specifications' })).toBeVisible();
  await expect(page.getByText('EV range')).toBeVisible();
});

test('REG4WARNING asks "Is this the right vehicle?" and values only after confirming', async ({ app }) => {
  const { page } = app;
  await search(page, 'REG4WARNING');
  await expect(page.getByRole('heading', { name: 'Is this the right vehicle?' })).toBeVisible();
  await expect(page.getByTestId('confirm-match').getByText('Possible match')).toBeVisible();
  await expect(page.getByText('Registry description')).toBeVisible();
  await page.getByRole('button', { name: 'Yes, value this vehicle' }).click();
  await expect(page.getByRole('heading', { name: 'Key specifications' })).toBeVisible();
});

test('REG4NOMATCH goes to guided search, pre-filled from the registry description', async ({ app }) => {
  const { page } = app;
  await search(page, 'REG4NOMATCH');
  await expect(page.getByRole('heading', { name: 'Guided search' })).toBeVisible();
  await expect(page.getByText(/Filled in from the registry/)).toBeVisible();
  await expect(page.getByLabel('Make')).not.toHaveValue('');
  // Variant, gearbox and fuel come from the description too ("… 1.5 AV HATCHBACK AUTO PETROL …").
  await expect(page.getByLabel('Variant')).toHaveValue('1.5 AV');
  await expect(page.getByLabel('Transmission')).toHaveValue('Automatic');
  await expect(page.getByLabel('Fuel')).toHaveValue('Petrol');
  // None of the listed cars is known to be this one, so none is highlighted for Enter.
  const list = page.getByTestId('guided-list');
  await expect(list.getByRole('option').first()).toBeVisible();
  await expect(list.getByRole('option', { selected: true })).toHaveCount(0);
  // The variant chosen is still the car with this plate: the header says so, and the search box holds no stale text.
  await list.getByRole('option').first().click();
  await expect(page.getByTestId('found-by')).toHaveText('Number plate: REG4NOMATCH');
  await expect(page.getByTestId('registry-description')).toContainText('PERODUA MYVI');
  await expect(searchBox(page)).toHaveValue('');
});

test('REG4VINONLY carries on with the VIN it returned', async ({ app }) => {
  const { page } = app;
  app.http.reset();
  await search(page, 'REG4VINONLY');
  // The registry gave only a VIN: the app looks that VIN up by itself and
  // lands on the vehicle it identifies, ready to value.
  await expect(page.getByRole('button', { name: /value this vehicle/i })).toBeVisible();
  const vinLookups = app.http.requests.filter((request) => `${request.path}${request.search}`.includes('PM2M800S000555555'));
  expect(vinLookups.length).toBeGreaterThanOrEqual(1);
  // Found by the plate typed (its VIN did the matching), and the box is ready for the next car.
  await expect(page.getByTestId('found-by')).toHaveText('Number plate: REG4VINONLY');
  await expect(searchBox(page)).toHaveValue('');
});
