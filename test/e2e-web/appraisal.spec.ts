/**
 * The full appraisal as a salesperson does it: plate → kms → condition →
 * reconditioning items → offer → customer offer PDF and internal sheet PDF.
 * The PDFs are read back with poppler's pdftotext: the customer offer names
 * the plate, the dealership and "valid until" and has no margin or cost line;
 * the internal sheet has them. Samples go to docs/samples/ (with the README
 * screenshots, when DEALER_DESK_SCREENSHOTS=1).
 */
import { copyFile, mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expectNoSeriousViolations } from './fixtures/axe';
import { pdfText } from './fixtures/pdf-text';
import { expect, test } from './fixtures/test';
import type { DealerDeskApp } from './fixtures/test';
import { chooseDemoData, enableMaxOffer, saveScreenshot, searchBox } from './fixtures/ui';

// A long walk through every step, two PDFs and axe four times, on a machine shared with other work.
test.describe.configure({ timeout: 180_000 });

const SAMPLES_DIR = resolve(import.meta.dirname, '../../docs/samples');
const CUSTOMER = { name: 'Siti Nurhaliza binti Tarudin', phone: '012-345 6789' };

/** The dealership, set through the same channel Settings uses. */
async function setDealership(app: DealerDeskApp): Promise<void> {
  const sender = { url: `${app.server.origin}/`, isMainFrame: true, trustedWindow: true };
  const result = await app.backend.dispatch(
    'dealership:update',
    { profile: { name: 'Kereta Jaya Sdn Bhd', ssm: '202301012345 (1234567-X)', address: 'No. 12, Jalan Klang Lama, 58000 Kuala Lumpur', phone: '03-7981 2345', salesperson: 'Ahmad' } },
    sender,
  );
  expect(result.ok).toBe(true);
}

/** Saves the document on screen as a PDF and returns its text. */
async function savePdf(page: Page): Promise<{ path: string; pages: number; text: string }> {
  await page.getByRole('button', { name: 'Save as PDF' }).click();
  const status = page.getByRole('status').filter({ hasText: 'Saved to' });
  await expect(status.or(page.getByRole('alert'))).toBeVisible({ timeout: 30_000 });
  await expect(status).toBeVisible();
  // The button looked busy while saving but kept the keyboard focus: Tab carries on from it, not from the top of the page.
  await expect(page.getByRole('button', { name: 'Save as PDF' })).toBeFocused();
  const path = ((await status.textContent()) ?? '').replace(/^Saved to /, '').trim();
  return { path, ...(await pdfText(path)) };
}

/** Keeps a sample PDF for the README when screenshots are being refreshed. */
async function keepSample(path: string, name: string, fallbackDir: string): Promise<void> {
  const dir = process.env.DEALER_DESK_SCREENSHOTS === '1' ? SAMPLES_DIR : fallbackDir;
  await mkdir(dir, { recursive: true });
  await copyFile(path, resolve(dir, name));
}

test('plate → kms → condition → recon items → offer → customer offer and internal sheet PDFs', async ({ app }, testInfo) => {
  const { page } = app;
  await chooseDemoData(page);
  await enableMaxOffer(page);
  await setDealership(app);
  await page.keyboard.press('Control+K');
  await searchBox(page).pressSequentially('WXY1234');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Odometer (km)')).toBeFocused();
  await page.keyboard.type('48000');
  await page.keyboard.press('Tab');
  await page.keyboard.press('4');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('retail-price')).toHaveText(/RM\s?[\d,]+/);
  await page.getByTestId('price-bar').getByRole('button', { name: 'Print offer' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Appraisal' })).toBeVisible();
  await page.getByLabel('Customer name (optional)').fill(CUSTOMER.name);
  await page.getByLabel('Customer phone (optional)').fill(CUSTOMER.phone);
  await page.getByRole('button', { name: /^Add Tyres/ }).click();
  await page.getByRole('button', { name: /^Add PUSPAKOM inspection/ }).click();
  await page.getByRole('button', { name: 'Add another item' }).click();
  await page.getByRole('textbox', { name: 'Item', exact: true }).fill('Aircond gas');
  await page.getByRole('textbox', { name: 'Amount (RM): Aircond gas' }).fill('180');
  await page.getByRole('button', { name: 'Use the worked offer' }).click();
  const worked = ((await page.getByTestId('worked-offer-total').textContent()) ?? '').replace(/\s/g, ' ');
  await expect(page.getByLabel('Offer (RM)')).toHaveValue(worked.replace(/[^\d]/g, ''));
  await expect(page.getByTestId('autograb-comparison')).toContainText('AutoGrab’s max offer');
  await expectNoSeriousViolations(page, 'appraisal (EN)');
  await saveScreenshot(page, 'appraisal', testInfo.outputPath());

  await page.getByRole('button', { name: 'Customer offer (PDF)' }).click();
  await expect(page.getByTestId('customer-offer')).toBeVisible();
  const reference = ((await page.getByTestId('document-reference').textContent()) ?? '').replace('Reference: ', '');
  expect(reference).toMatch(/^DD-\d{4}-000001$/);
  await expectNoSeriousViolations(page, 'customer offer (EN)');
  await saveScreenshot(page, 'customer-offer', testInfo.outputPath(), page.getByTestId('customer-offer'), true);
  const offer = await savePdf(page);
  expect(offer.path).toContain(`customer-offer-WXY1234-${reference}`);
  expect(offer.pages).toBe(1);
  for (const expected of ['WXY 1234', 'Kereta Jaya Sdn Bhd', '202301012345 (1234567-X)', 'Valid until', CUSTOMER.name, worked, 'Ringgit Malaysia', 'DEMO DATA', reference]) {
    expect(offer.text).toContain(expected);
  }
  for (const forbidden of [/margin/i, /reconditioning/i, /\blot\b/i, /transport/i, /\badmin/i, /confidence/i, /retail/i, /trade/i, /tyres/i, /aircond/i, /max(imum)? offer/i]) {
    expect(offer.text).not.toMatch(forbidden);
  }
  await keepSample(offer.path, 'customer-offer.pdf', testInfo.outputPath());

  await page.getByRole('button', { name: 'Back to the appraisal' }).click();
  await page.getByRole('button', { name: 'Internal sheet (PDF)' }).click();
  await expect(page.getByTestId('internal-sheet')).toBeVisible();
  await expectNoSeriousViolations(page, 'internal sheet (EN)');
  const internal = await savePdf(page);
  expect(internal.path).toContain(`appraisal-internal-WXY1234-${reference}`);
  expect(internal.pages).toBe(1);
  for (const expected of ['Internal appraisal sheet', 'WXY 1234', 'Margin', 'Lot', 'Transport', 'Admin', 'Tyres', 'PUSPAKOM inspection', 'Aircond gas', 'Confidence', 'Retail range', 'AutoGrab’s max offer', 'Status: Open', 'DEMO DATA', worked]) {
    expect(internal.text).toContain(expected);
  }
  await keepSample(internal.path, 'appraisal-internal.pdf', testInfo.outputPath());
});

test('the appraisal and the customer offer in Bahasa Malaysia pass axe', async ({ app }) => {
  const { page } = app;
  await chooseDemoData(page);
  await setDealership(app);
  await page.getByRole('button', { name: 'Bahasa Malaysia' }).first().click();
  await searchBox(page).fill('JHB77');
  await page.keyboard.press('Enter');
  await page.keyboard.type('60000');
  await page.keyboard.press('Enter');
  await page.getByTestId('price-bar').getByRole('button', { name: 'Cetak tawaran' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rekod penilaian' })).toBeVisible();
  await expectNoSeriousViolations(page, 'appraisal (BM)');
  await page.getByRole('button', { name: 'Surat tawaran pelanggan (PDF)' }).click();
  await expect(page.getByTestId('valid-until')).toContainText('Sah sehingga');
  await expectNoSeriousViolations(page, 'customer offer (BM)');
});
