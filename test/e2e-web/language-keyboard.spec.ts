/**
 * Switching the UI between English and Bahasa Malaysia, and working from the
 * keyboard alone: Ctrl+K to the search box, arrows through results, Enter to
 * choose, Esc to go back.
 */
import { expect, test } from './fixtures/test';
import { chooseDemoData, openScreen, searchBox } from './fixtures/ui';

test('the language switches EN → BM → EN, and BM is remembered after a reload', async ({ app }) => {
  const { page } = app;
  await chooseDemoData(page);
  await expect(page.getByRole('heading', { name: 'Find a vehicle' })).toBeVisible();
  await page.getByRole('button', { name: 'Bahasa Malaysia' }).or(page.getByRole('link', { name: 'Bahasa Malaysia' })).first().click();
  await expect(page.getByRole('heading', { name: 'Cari kenderaan' })).toBeVisible();
  await expect(page.getByLabel('Nombor plat, VIN atau keterangan')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ms');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Cari kenderaan' })).toBeVisible();
  await page.getByRole('button', { name: 'English' }).or(page.getByRole('link', { name: 'English' })).first().click();
  await expect(page.getByRole('heading', { name: 'Find a vehicle' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('keyboard only: Ctrl+K, arrows, Enter to choose, Enter to value, Esc to go back', async ({ app }) => {
  const { page } = app;
  await chooseDemoData(page);
  await openScreen(page, 'Settings');
  await page.keyboard.press('Control+K');
  const box = searchBox(page);
  await expect(box).toBeFocused();
  await page.keyboard.type('toyota vios');
  const options = page.getByRole('option');
  await expect(options.nth(1)).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const chosen = (await page.getByRole('option', { selected: true }).textContent()) ?? '';
  expect(chosen).toMatch(/vios/i);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Key specifications' })).toBeVisible();
  // Enter again values the vehicle on screen (blank kms: AutoGrab's average).
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('retail-price')).toHaveText(/RM\s?[\d,]+/);
  await page.keyboard.press('Escape');
  await expect(box).toBeVisible();
});
