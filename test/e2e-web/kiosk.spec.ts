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
/** The policy's idle limit; the test moves the page's clock past it instead of waiting. */
const IDLE_RESET_SECONDS = 60;
test.use({ policy: { ...NO_POLICY, kiosk: { enabled: true, idleResetSeconds: IDLE_RESET_SECONDS, exitPinHash: null, allowDeepLinks: false } }, services: { kiosk } });

test('an idle kiosk resets the screen and clears the saved history', async ({ app }) => {
  const { page } = app;
  await expect(page.getByText('Kiosk', { exact: true }).first()).toBeVisible();
  // A customer at the kiosk cannot reach Settings (credentials, addresses).
  await expect(page.getByRole('navigation').getByRole('button', { name: 'History' })).toBeVisible();
  await expect(page.getByRole('navigation').getByRole('button', { name: 'Settings' })).toHaveCount(0);
  const demo = page.getByRole('button', { name: 'Use demo data' });
  if (await demo.isVisible()) await demo.click();
  await valueVehicle(page, 'REG4SUCCESS', '30000');
  // The page's clock is taken over only now, so a loaded machine can never reach
  // the limit while the customer is still typing; the next activity arms the
  // idle timer on it.
  await page.clock.install();
  await page.mouse.move(5, 5);
  await page.clock.runFor((IDLE_RESET_SECONDS - 1) * 1000);
  await expect(page.getByText('The screen was cleared after a period of inactivity.')).toHaveCount(0);
  await page.clock.runFor(2000);
  await expect(page.getByText('The screen was cleared after a period of inactivity.')).toBeVisible();
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
