/**
 * Valuing a vehicle: its specs, the price with and without an odometer
 * reading (the screen says when AutoGrab's average was used), condition,
 * ringgit formatting, range, confidence, the max-offer breakdown, the
 * all-conditions table and the residual chart.
 */
import type { Page } from '@playwright/test';
import { holdChannel } from './fixtures/backend';
import { expect, test } from './fixtures/test';
import { chooseDemoData, enableMaxOffer, saveScreenshot, search, switchOnSetting, valueVehicle } from './fixtures/ui';

const RINGGIT = /RM\s?\d{1,3}(,\d{3})+/;

async function openVehicle(page: Page): Promise<void> {
  await chooseDemoData(page);
  await search(page, 'REG4SUCCESS');
  await expect(page.getByRole('heading', { name: 'Key specifications' })).toBeVisible();
}

test('the vehicle screen lists the key specifications', async ({ app }) => {
  const { page } = app;
  await openVehicle(page);
  const specs = page.getByTestId('vehicle-specs');
  // Everything the issue lists, labelled and filled (REG4SUCCESS's vehicle has all of them).
  const expected: Array<[string, string, RegExp]> = [
    ['year', 'Year', /^\d{4}$/],
    ['make', 'Make', /Perodua/],
    ['model', 'Model', /Myvi/],
    ['badge', 'Variant', /\S/],
    ['series', 'Series', /\S/],
    ['body', 'Body', /\S/],
    ['transmission', 'Transmission', /^Auto$/],
    ['fuel', 'Fuel', /\S/],
    ['engine', 'Engine', /^\d\.\d L$/],
    ['power', 'Power', /^\d+ kW$/],
    ['drive', 'Drive', /\S/],
    ['doors', 'Doors', /^\d$/],
    ['seats', 'Seats', /^\d$/],
    ['release', 'Released', /^\d{2}\/\d{4}$/],
  ];
  for (const [key, label, value] of expected) {
    const item = specs.locator(`[data-spec="${key}"]`);
    await expect(item.locator('dt')).toHaveText(label);
    await expect(item.locator('dd')).toHaveText(value);
  }
});

test('valuing without an odometer reading uses the average and says so', async ({ app }) => {
  const { page } = app;
  await openVehicle(page);
  await page.getByLabel('Odometer (km)').fill('');
  await page.getByRole('button', { name: 'Value this vehicle' }).click();
  await expect(page.getByText(/No odometer entered: valued at the average of [\d,]+ km/)).toBeVisible();
  await expect(page.getByText('Retail', { exact: true }).first()).toBeVisible();
  await expect(page.getByText(RINGGIT).first()).toBeVisible();
  // The result usually lands below the fold: focus (and so the view) moves to it.
  await expect(page.getByTestId('valuation-result').getByRole('heading', { name: 'Valuation' })).toBeFocused();
});

test('valuing with kms and a condition: prices in ringgit, range, confidence, max offer, every condition, residual chart', async ({ app }, testInfo) => {
  const { page } = app;
  await chooseDemoData(page);
  await enableMaxOffer(page);
  await valueVehicle(page, 'REG4SUCCESS', '48000', /Good/);
  await expect(page.getByText('Valued at 48,000 km.')).toBeVisible();
  await expect(page.getByText(/Retail range RM\s?[\d,]+ to RM\s?[\d,]+/)).toBeVisible();
  await expect(page.getByText(/Trade range RM\s?[\d,]+ to RM\s?[\d,]+/)).toBeVisible();
  await expect(page.getByText('Confidence').first()).toBeVisible();
  await expect(page.getByText(/^(High|Medium|Low)/).first()).toBeVisible();
  const offer = page.getByTestId('offer-breakdown');
  await expect(offer.getByRole('heading', { name: 'Maximum offer' })).toBeVisible();
  for (const cost of ['Reconditioning', 'Margin']) await expect(offer.getByRole('rowheader', { name: cost })).toBeVisible();
  await expect(offer.getByTestId('max-offer')).toHaveText(RINGGIT);
  const conditions = page.getByRole('table', { name: 'Trade value at each condition' });
  await expect(conditions.getByRole('row')).toHaveCount(6);
  await expect(conditions.getByText(RINGGIT).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Retail value over the next 5 years' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Chart of projected retail value by year' }).or(page.getByLabel('Chart of projected retail value by year')).first()).toBeVisible();
  await saveScreenshot(page, 'valuation', testInfo.outputPath(), page.getByTestId('valuation-result'));
  // The chart says which price it plots; its figures wait behind one button.
  await expect(page.getByTestId('residual-legend')).toHaveText('Retail price');
  const figures = page.getByRole('button', { name: 'Show figures' });
  await expect(figures).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByTestId('residual-table')).toBeHidden();
  await figures.click();
  await expect(page.getByRole('button', { name: 'Hide figures' })).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByTestId('residual-table').getByRole('row')).toHaveCount(7);
});

test('a reused valuation says when AutoGrab sent it, and in BM the note still leaves Print offer on the sticky bar\'s one line (1366 wide)', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  await chooseDemoData(page);
  await valueVehicle(page, 'REG4SUCCESS', '30000');
  await valueVehicle(page, 'REG4SUCCESS', '30000');
  const bar = page.getByTestId('price-bar');
  await page.getByRole('button', { name: 'Bahasa Malaysia' }).first().click();
  await expect(bar.getByTestId('fetched-at')).toHaveText(/^Diambil pada \d{2}:\d{2} \(input sama, tidak diminta semula\)$/);
  const heading = await bar.getByRole('heading', { name: 'Penilaian' }).boundingBox();
  const button = await bar.getByRole('button', { name: 'Cetak tawaran' }).boundingBox();
  // Same row: the button's box straddles the heading's middle, rather than sitting on a second line over the figures.
  expect(heading && button && button.y < heading.y + heading.height / 2 && button.y + button.height > heading.y + heading.height / 2).toBe(true);
});

/** The middles of every item of the price bar, and the top and bottom of its Print offer button, in page pixels. */
async function priceBarRow(page: Page): Promise<{ middles: Record<string, number>; top: number; bottom: number; clipped: string[] }> {
  return page.getByTestId('price-bar').evaluate((bar) => {
    const items = [...bar.children] as HTMLElement[];
    const button = bar.querySelector('button')?.getBoundingClientRect();
    if (!button) throw new Error('no Print offer button in the price bar');
    return {
      middles: Object.fromEntries(items.map((item) => [item.textContent ?? '', item.getBoundingClientRect().top + item.getBoundingClientRect().height / 2])),
      top: button.top,
      bottom: button.bottom,
      // An item cut short (text hidden past its edge) would keep one row by losing words.
      clipped: items.filter((item) => item.scrollWidth > item.clientWidth + 1).map((item) => item.textContent ?? ''),
    };
  });
}

test('at 1024×768 in BM the sticky price bar keeps one row, with and without the "fetched at" note, and cuts no word', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1024, height: 768 });
  await chooseDemoData(page);
  await page.getByRole('button', { name: 'Bahasa Malaysia' }).first().click();
  await search(page, 'REG4SUCCESS');
  const value = page.getByRole('button', { name: 'Nilai kenderaan ini' });
  for (const note of [false, true]) {
    // Valued a second time with the same inputs, the answer is reused and the bar says when AutoGrab sent it.
    await value.click();
    await expect(page.getByTestId('price-bar').getByRole('button', { name: 'Cetak tawaran' })).toBeVisible();
    await expect(page.getByTestId('price-bar').getByTestId('fetched-at')).toHaveCount(note ? 1 : 0);
    const row = await priceBarRow(page);
    expect(Object.keys(row.middles)).toEqual(expect.arrayContaining(['Penilaian', 'Cetak tawaran']));
    for (const [item, middle] of Object.entries(row.middles)) {
      expect(middle, `"${item}" sits beside Print offer, not on a second line`).toBeGreaterThan(row.top);
      expect(middle, `"${item}" sits beside Print offer, not on a second line`).toBeLessThan(row.bottom);
    }
    expect(row.clipped).toEqual([]);
  }
});

test('Value this vehicle keeps the keyboard focus while valuing, and a double click or a second Enter values once', async ({ app }) => {
  const { page } = app;
  await openVehicle(page);
  const predict = holdChannel(app.backend, 'valuation:predict');
  await page.getByRole('button', { name: 'Value this vehicle' }).dblclick();
  const busy = page.getByRole('button', { name: 'Valuing…' });
  await expect(busy).toHaveAttribute('aria-busy', 'true');
  // A disabled button would have dropped the focus to the page.
  await expect(busy).toBeFocused();
  await page.keyboard.press('Enter');
  predict.release();
  await expect(page.getByTestId('valuation-result').getByRole('heading', { name: 'Valuation' })).toBeFocused();
  expect(predict.calls).toBe(1);
});

test('a mistyped odometer reading is explained, and nothing is sent', async ({ app }) => {
  const { page } = app;
  await openVehicle(page);
  app.sandbox.stats.reset();
  await page.getByLabel('Odometer (km)').fill('48k km?');
  await expect(page.getByText('Enter the odometer as a whole number of kilometres, or leave it blank.')).toBeVisible();
  await page.getByRole('button', { name: 'Value this vehicle' }).click();
  // Nothing is sent; the salesperson is taken back to the field that needs fixing.
  await expect(page.getByLabel('Odometer (km)')).toBeFocused();
  expect(app.sandbox.stats.requests.filter((request) => request.path.includes('predict'))).toHaveLength(0);
});

test('when the dealership requires an odometer reading, a blank one is asked for and nothing is sent', async ({ app }) => {
  const { page } = app;
  await chooseDemoData(page);
  await switchOnSetting(page, 'Require an odometer reading for every valuation (no averages)');
  await search(page, 'REG4SUCCESS');
  app.sandbox.stats.reset();
  await page.getByLabel('Odometer (km)').fill('');
  await expect(page.getByText('Enter the odometer reading: your dealership values every car at its actual kilometres.')).toBeVisible();
  await page.getByRole('button', { name: 'Value this vehicle' }).click();
  await expect(page.getByLabel('Odometer (km)')).toBeFocused();
  expect(app.sandbox.stats.requests.filter((request) => request.path.includes('predict'))).toHaveLength(0);
  await page.getByLabel('Odometer (km)').fill('48000');
  await page.getByRole('button', { name: 'Value this vehicle' }).click();
  await expect(page.getByText('Valued at 48,000 km.')).toBeVisible();
});
