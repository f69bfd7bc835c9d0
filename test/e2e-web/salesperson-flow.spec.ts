/**
 * The salesperson's flow at a showroom laptop's 1366×768: from launch, plate
 * to a full valuation with the keyboard alone, counting every keystroke, and
 * the prices in view once the valuation lands.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/test';
import { chooseDemoData, searchBox } from './fixtures/ui';

test.use({ viewport: { width: 1366, height: 768 } });

/** The keyboard, counting every key a person presses. */
function countingKeyboard(page: Page) {
  let count = 0;
  return {
    get count() {
      return count;
    },
    async type(text: string) {
      count += text.length;
      await page.keyboard.type(text);
    },
    async press(key: string) {
      count += 1;
      await page.keyboard.press(key);
    },
  };
}

/** Whether the element is fully inside the 1366×768 window as it is scrolled now. */
async function inView(page: Page, testId: string): Promise<boolean> {
  const box = await page.getByTestId(testId).boundingBox();
  return box !== null && box.y >= 0 && box.y + box.height <= 768;
}

test('keyboard only: from launch, plate to a full valuation in at most 12 keystrokes, prices in view', async ({ app }) => {
  const { page } = app;
  await chooseDemoData(page);
  await page.reload(); // launch: the app opens on the search box
  await expect(searchBox(page)).toBeFocused();
  const keys = countingKeyboard(page);
  await keys.type('JHB77');
  await keys.press('Enter');
  await expect(page.getByTestId('vehicle-title')).toContainText('Hilux');
  // One vehicle identity: the header names the plate it was found by; the search box above starts empty.
  await expect(page.getByTestId('found-by')).toHaveText('Number plate: JHB 77');
  await expect(searchBox(page)).toHaveValue('');
  const odometer = page.getByLabel('Odometer (km)');
  // Focus must land in the odometer; count every Tab it takes to get there (each one is a wasted keystroke).
  for (let tabs = 0; tabs < 15 && !(await odometer.evaluate((element) => element === document.activeElement)); tabs++) await keys.press('Tab');
  await expect(odometer).toBeFocused();
  // The form and its button sit above the fold.
  const button = await page.getByRole('button', { name: 'Value this vehicle' }).boundingBox();
  expect.soft(button!.y + button!.height).toBeLessThanOrEqual(768);
  await keys.type('48000');
  await keys.press('Enter');
  await expect(page.getByTestId('retail-price')).toHaveText(/RM\s?[\d,]+/);
  test.info().annotations.push({ type: 'keystrokes', description: String(keys.count) });
  // Before this change the same route took 17 keystrokes (5 of them Tabs, because focus dropped to the page).
  expect(keys.count).toBeLessThanOrEqual(12);
  expect(await inView(page, 'retail-price')).toBe(true);
  expect(await inView(page, 'trade-price')).toBe(true);
  await expect(page.getByTestId('price-bar').getByRole('button', { name: 'Print offer' })).toBeVisible();
});

test('keys 1–5 pick the condition, from the page or from the condition choices, and Enter values', async ({ app }) => {
  const { page } = app;
  await chooseDemoData(page);
  await searchBox(page).fill('JHB77');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Odometer (km)')).toBeFocused();
  await page.keyboard.type('48000');
  await page.keyboard.press('Tab');
  await page.keyboard.press('4');
  await expect(page.getByRole('radio', { name: '4 · Good' })).toBeChecked();
  await expect(page.getByLabel('Odometer (km)')).toHaveValue('48000');
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('2');
  await expect(page.getByRole('radio', { name: '2 · Fair' })).toBeChecked();
  await page.getByRole('radio', { name: '2 · Fair' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('retail-price')).toHaveText(/RM\s?[\d,]+/);
});
