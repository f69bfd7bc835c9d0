/**
 * History and the printable summary: appraisals form a working list that is
 * searched, filtered and exported as CSV; valuations are saved on this
 * workstation (AutoGrab's list one row per valuation), can be reopened and
 * compared side by side, and the summary saves as a real PDF.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expectNoSeriousViolations } from './fixtures/axe';
import { pdfText } from './fixtures/pdf-text';
import { expect, test } from './fixtures/test';
import { chooseDemoData, enableMaxOffer, openScreen, saveScreenshot, valueVehicle } from './fixtures/ui';

test.beforeEach(async ({ app }) => {
  await chooseDemoData(app.page);
});

test('a valuation is saved on this workstation and reopens from History', async ({ app }) => {
  const { page } = app;
  await valueVehicle(page, 'REG4SUCCESS', '30000');
  await openScreen(page, 'History');
  const local = page.getByRole('region', { name: 'Saved on this workstation' });
  await expect(local.getByTestId('history-row')).toHaveCount(1);
  await expect(local.getByTestId('history-row')).toContainText(/Saved \d{2}\/\d{2}\/\d{4}/);
  // AutoGrab's own history list (the sandbox keeps the valuation just made) is shown next to it.
  const remote = page.getByRole('region', { name: 'Valuations on your AutoGrab account' });
  // One row for the one valuation, although valuing it priced it twice (predict and predict/conditions).
  await expect(remote.getByTestId('history-row')).toHaveCount(1);
  const remoteRow = remote.locator('[data-testid="history-row"][data-source="api"]').first();
  await expect(remoteRow).toContainText('30,000 km');
  // Named like the local row, not "Vehicle <id>".
  await expect(remoteRow).toContainText('Perodua Myvi');
  await local.getByRole('button', { name: /^Open/ }).click();
  await expect(page.getByText('Valued at 30,000 km.')).toBeVisible();
  await expect(page.getByText(/Saved \d|Valued \d/).first()).toBeVisible();
});

test('two valuations compare side by side', async ({ app }, testInfo) => {
  const { page } = app;
  await valueVehicle(page, 'REG4SUCCESS', '30000');
  await valueVehicle(page, 'REG4SUCCESSEV', '12000');
  await openScreen(page, 'History');
  const boxes = page.getByRole('region', { name: 'Saved on this workstation' }).getByRole('checkbox', { name: /Select .* for comparison/ });
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await page.getByRole('button', { name: 'Compare selected' }).click();
  const comparison = page.getByTestId('compare-view');
  await expect(comparison.getByRole('heading', { name: 'Side-by-side comparison' })).toBeVisible();
  await expect(comparison.getByText(/30,000 km/)).toBeVisible();
  await expect(comparison.getByText(/12,000 km/)).toBeVisible();
  // Both ranges, each named for what it is, in both columns.
  for (const range of ['Retail range', 'Trade range']) {
    await expect(comparison.getByRole('row', { name: new RegExp(`^${range}`) }).getByRole('cell', { name: /^RM\s?[\d,]+ – RM\s?[\d,]+$/ })).toHaveCount(2);
  }
  await expectNoSeriousViolations(page, 'history comparison');
  await saveScreenshot(page, 'history-compare', testInfo.outputPath());
});

test('the printable summary holds every figure but never the max-offer breakdown, and saves as a one-page PDF', async ({ app }, testInfo) => {
  const { page } = app;
  await enableMaxOffer(page);
  await valueVehicle(page, 'REG4SUCCESS', '30000', /Good/);
  await expect(page.getByTestId('offer-breakdown')).toBeVisible();
  const valuationId = (await page.getByTestId('valuation-id').textContent())?.trim() ?? '';
  expect(valuationId).not.toBe('');
  await page.getByRole('button', { name: 'Printable summary' }).click();
  const sheet = page.getByTestId('print-summary');
  await expect(sheet.getByRole('heading', { name: 'Valuation summary' })).toBeVisible();
  await expect(sheet.getByText('DEMO DATA: not a real valuation.')).toBeVisible();
  await expect(sheet.getByRole('heading', { name: /Perodua Myvi/ })).toBeVisible();
  await expect(sheet.getByText('30,000 km')).toBeVisible();
  await expect(sheet.getByText('4 · Good')).toBeVisible();
  await expect(sheet.getByText(/^(High|Medium|Low) \(\d\.\d\d\)$/)).toBeVisible();
  await expect(sheet.getByText(valuationId)).toBeVisible();
  await expect(sheet.getByText(/Date: \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/)).toBeVisible();
  await expect(sheet.getByText(/Retail range RM\s?[\d,]+ to RM\s?[\d,]+/)).toBeVisible();
  await expect(sheet.getByText(/Trade range RM\s?[\d,]+ to RM\s?[\d,]+/)).toBeVisible();
  // Margin and costs belong on the internal appraisal sheet only, never on a page that may be handed over.
  await expect(sheet.getByTestId('offer-breakdown')).toHaveCount(0);
  await saveScreenshot(page, 'summary', testInfo.outputPath(), undefined, true);
  await page.emulateMedia({ media: 'print' });
  await expect(sheet.getByRole('heading', { name: 'Valuation summary' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save as PDF' })).toBeHidden();
  await expect(page.getByRole('navigation')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: 'Save as PDF' }).click();
  await expect(page.getByText(/Saved to .*\.pdf/)).toBeVisible();
  const files = await readdir(app.pdfDir);
  expect(files.filter((name) => name.endsWith('.pdf'))).toHaveLength(1);
  const pdf = (await readFile(join(app.pdfDir, files.find((name) => name.endsWith('.pdf'))!))).toString('latin1');
  expect(pdf.startsWith('%PDF-')).toBe(true);
  // One page: Chromium writes one "/Type /Page" object per page (the "/Pages" tree node does not match).
  expect(pdf.match(/\/Type\s*\/Page\b(?!s)/g)).toHaveLength(1);
  const { text } = await pdfText(join(app.pdfDir, files.find((name) => name.endsWith('.pdf'))!));
  expect(text).toContain('Valuation summary');
  for (const forbidden of [/margin/i, /reconditioning/i, /\blot\b/i, /transport/i, /\badmin/i, /max(imum)? offer/i]) expect(text).not.toMatch(forbidden);
});

/** Values `plate` from demo data and saves it as an appraisal with this status and salesperson; returns its reference. */
async function appraise(page: Page, plate: string, kms: string, status: string, salesperson: string): Promise<string> {
  await valueVehicle(page, plate, kms);
  await page.getByTestId('price-bar').getByRole('button', { name: 'Print offer' }).click();
  await page.getByRole('heading', { level: 1, name: 'Appraisal' }).waitFor();
  await page.getByLabel('Salesperson').fill(salesperson);
  await page.getByLabel('Status', { exact: true }).selectOption({ label: status });
  await page.getByRole('button', { name: 'Save appraisal' }).click();
  await expect(page.getByTestId('appraisal-reference')).toHaveText(/^Reference DD-\d{4}-\d{6}$/);
  return ((await page.getByTestId('appraisal-reference').textContent()) ?? '').replace('Reference ', '');
}

/** The cells of a CSV file, quotes undone (none of these rows holds a line break inside a cell). */
function parseCsv(text: string): string[][] {
  const cell = /(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g;
  return text
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => [...line.matchAll(cell)].map(([, quoted, plain]) => (quoted !== undefined ? quoted.replace(/""/g, '"') : (plain ?? ''))));
}

test('appraisals form a working list: search by plate and reference, filter by status, export the filtered CSV', async ({ app }, testInfo) => {
  test.setTimeout(180_000);
  const { page } = app;
  const myvi = await appraise(page, 'WXY1234', '48000', 'Open', 'Ahmad');
  const city = await appraise(page, 'JHB77', '60000', 'Bought', 'Mei Ling');
  // A salesperson name a spreadsheet would run as a formula.
  const third = await appraise(page, 'REG4SUCCESS', '30000', 'Open', '=HYPERLINK("http://evil.example","click")');
  await openScreen(page, 'History');
  const list = page.getByTestId('appraisal-list');
  const rows = list.getByTestId('appraisal-row');
  await expect(rows).toHaveCount(3);
  await expect(rows.first()).toContainText(third);
  await expect(list.getByRole('row', { name: new RegExp(myvi) })).toContainText(/RM\s?[\d,]+/);
  await expectNoSeriousViolations(page, 'history list (EN)');
  await saveScreenshot(page, 'history-list', testInfo.outputPath());

  const search = list.getByLabel('Search by plate, customer or reference');
  await search.fill('wxy 1234');
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText(myvi);
  await search.fill(city);
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText('Bought');
  await search.fill('');
  await list.getByLabel('Status', { exact: true }).selectOption({ label: 'Open' });
  await expect(rows).toHaveCount(2);
  await expect(list.getByText('Showing 2 of 3')).toBeVisible();

  await list.getByRole('button', { name: 'Export CSV' }).click();
  const saved = list.getByRole('status').filter({ hasText: 'CSV file saved to' });
  await expect(saved).toBeVisible();
  // The button was busy, not disabled, while exporting: the keyboard focus stays on it rather than falling to the page.
  await expect(list.getByRole('button', { name: 'Export CSV' })).toBeFocused();
  const path = ((await saved.textContent()) ?? '').replace('CSV file saved to ', '').trim();
  const csv = await readFile(path, 'utf8');
  const [header, ...records] = parseCsv(csv.replace(/^\uFEFF/, ''));
  expect(header?.slice(0, 3)).toEqual(['reference', 'date', 'plate']);
  expect(records.map((record) => record[0]).sort()).toEqual([myvi, third].sort());
  expect(records.every((record) => record[header!.indexOf('status')] === 'open')).toBe(true);
  // No cell a spreadsheet would run: the formula salesperson is kept as text behind an apostrophe.
  for (const cell of records.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  expect(records.flat()).toContain(`'=HYPERLINK("http://evil.example","click")`);

  await list.getByLabel('Search by plate, customer or reference').fill('no such car');
  await expect(list.getByText('No appraisals match this search.')).toBeVisible();
  await list.getByRole('button', { name: 'Clear filters' }).click();
  await expect(rows).toHaveCount(3);

  await page.getByRole('button', { name: 'Bahasa Malaysia' }).first().click();
  await expect(list.getByRole('heading', { name: 'Rekod penilaian' })).toBeVisible();
  await expectNoSeriousViolations(page, 'history list (BM)');
  await list.getByRole('button', { name: `Buka ${myvi}` }).click();
  await expect(page.getByTestId('appraisal-reference')).toHaveText(`Rujukan ${myvi}`);
});
