/**
 * axe-core on the main screens: no serious or critical violations (WCAG 2.1
 * A/AA rules); Settings also in Bahasa Malaysia.
 */
import { expectNoSeriousViolations } from './fixtures/axe';
import { expect, test } from './fixtures/test';
import { chooseDemoData, openScreen, search } from './fixtures/ui';

test('welcome, search, valuation, summary, guided search, history and settings (EN and BM) have no serious accessibility violations', async ({ app }) => {
  // Eight axe runs, Settings now with the appraisal sections, on a machine shared with other work.
  test.setTimeout(150_000);
  const { page } = app;
  await expectNoSeriousViolations(page, 'welcome');
  await chooseDemoData(page);
  await page.getByLabel('Plate, VIN or description').pressSequentially('2019 myvi');
  await expect(page.getByRole('option').first()).toBeVisible();
  await expectNoSeriousViolations(page, 'search with suggestions');
  await search(page, 'REG4SUCCESS');
  await page.getByLabel('Odometer (km)').fill('30000');
  await page.getByRole('button', { name: 'Value this vehicle' }).click();
  await expect(page.getByText(/Retail range/)).toBeVisible();
  await expectNoSeriousViolations(page, 'valuation');
  await page.getByRole('button', { name: 'Printable summary' }).click();
  await expect(page.getByRole('heading', { name: 'Valuation summary' })).toBeVisible();
  await expectNoSeriousViolations(page, 'printable summary');
  await search(page, 'REG4NOMATCH');
  await expect(page.getByRole('heading', { name: 'Guided search', level: 1 })).toBeVisible();
  await expectNoSeriousViolations(page, 'guided search');
  await openScreen(page, 'History');
  await expectNoSeriousViolations(page, 'history');
  await openScreen(page, 'Settings');
  await page.getByText('Advanced', { exact: true }).click();
  await expectNoSeriousViolations(page, 'settings');
  await page.getByRole('button', { name: 'Bahasa Malaysia' }).click();
  await expect(page.getByRole('heading', { name: 'Tetapan', level: 1 })).toBeVisible();
  await expectNoSeriousViolations(page, 'settings in Bahasa Malaysia');
});
