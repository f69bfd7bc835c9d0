/**
 * Kiosk mode from the administrator's policy: labelled as a kiosk, and after
 * a period of inactivity the screen resets and this workstation's history is
 * cleared, so the next customer sees nothing of the last one.
 */
import { NO_POLICY } from '../../main/core/policy/effective-policy';
import { createFakeKiosk } from './fixtures/fake-services';
import { expect, test } from './fixtures/test';
import { searchBox, valueVehicle } from './fixtures/ui';

const kiosk = createFakeKiosk('2468');
test.use({ policy: { ...NO_POLICY, kiosk: { enabled: true, idleResetSeconds: 2, exitPinHash: null, allowDeepLinks: false } }, services: { kiosk } });

test('an idle kiosk resets the screen and clears the saved history', async ({ app }) => {
  const { page } = app;
  await expect(page.getByText('Kiosk', { exact: true }).first()).toBeVisible();
  // A customer at the kiosk cannot reach Settings (credentials, addresses).
  await expect(page.getByRole('navigation').getByRole('button', { name: 'History' })).toBeVisible();
  await expect(page.getByRole('navigation').getByRole('button', { name: 'Settings' })).toHaveCount(0);
  const demo = page.getByRole('button', { name: 'Use demo data' });
  if (await demo.isVisible()) await demo.click();
  await valueVehicle(page, 'REG4SUCCESS', '30000');
  // No input for 2 s: the kiosk resets itself.
  await expect(page.getByText('The screen was cleared after a period of inactivity.')).toBeVisible({ timeout: 10_000 });
  await expect(searchBox(page)).toHaveValue('');
  const sender = { url: `${app.server.origin}/`, isMainFrame: true, trustedWindow: true };
  const history = await app.backend.dispatch('history:list-local', undefined, sender);
  expect(history).toEqual({ ok: true, data: [] });
});

test('leaving the kiosk needs the administrator PIN', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Exit kiosk' }).click();
  const dialog = page.getByRole('dialog', { name: 'Exit kiosk mode' });
  await dialog.getByLabel('Administrator PIN').fill('1111');
  await dialog.getByRole('button', { name: 'Exit kiosk mode' }).click();
  await expect(dialog.getByText('That PIN did not work.')).toBeVisible();
  await dialog.getByLabel('Administrator PIN').fill('2468');
  await dialog.getByRole('button', { name: 'Exit kiosk mode' }).click();
  await expect(dialog).toBeHidden();
  expect(kiosk.attempts).toEqual(['1111', '2468']);
});
