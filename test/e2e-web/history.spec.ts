/**
 * History and the printable summary: valuations are saved on this
 * workstation, can be reopened and compared side by side, and the summary
 * saves as a real PDF.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
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
