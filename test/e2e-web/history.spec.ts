/**
 * History and the printable summary: valuations are saved on this
 * workstation, can be reopened and compared side by side, and the summary
 * saves as a real PDF.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/test';
import { chooseDemoData, openScreen, saveScreenshot, search } from './fixtures/ui';

/** Looks `query` up and values it at `kms`; returns when the price is on screen. */
async function valueVehicle(page: Page, query: string, kms: string): Promise<void> {
  await search(page, query);
  const confirm = page.getByRole('button', { name: 'Yes, value this vehicle' });
  const specs = page.getByRole('heading', { name: 'Key specifications' });
  await expect(specs.or(confirm).first()).toBeVisible();
  if (await confirm.isVisible()) await confirm.click();
  await page.getByLabel('Odometer (km)').fill(kms);
  await page.getByRole('button', { name: 'Value this vehicle' }).click();
  await expect(page.getByText(/Retail range/)).toBeVisible();
}

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
  await saveScreenshot(page, 'history-compare', testInfo.outputPath());
});

test('the printable summary renders for print and saves as a PDF', async ({ app }, testInfo) => {
  const { page } = app;
  await valueVehicle(page, 'REG4SUCCESS', '30000');
  await page.getByRole('button', { name: 'Printable summary' }).click();
  await expect(page.getByRole('heading', { name: 'Valuation summary' })).toBeVisible();
  await expect(page.getByText('DEMO DATA: not a real valuation.')).toBeVisible();
  await saveScreenshot(page, 'summary', testInfo.outputPath());
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { name: 'Valuation summary' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save as PDF' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: 'Save as PDF' }).click();
  await expect(page.getByText(/Saved to .*\.pdf/)).toBeVisible();
  const files = await readdir(app.pdfDir);
  expect(files.filter((name) => name.endsWith('.pdf'))).toHaveLength(1);
  const pdf = await readFile(join(app.pdfDir, files.find((name) => name.endsWith('.pdf'))!));
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(5_000);
});
