/**
 * Kiosk mode from the administrator's policy: labelled as a kiosk, and after
 * a period of inactivity the screen resets and this workstation's history is
 * cleared, so the next customer sees nothing of the last one.
 */
import { NO_POLICY } from '../../main/core/policy/effective-policy';
import { expect, test } from './fixtures/test';
import { search, searchBox } from './fixtures/ui';

test.use({ policy: { ...NO_POLICY, kiosk: { enabled: true, idleResetSeconds: 2, exitPinHash: null } } });

test('an idle kiosk resets the screen and clears the saved history', async ({ app }) => {
  const { page } = app;
  await expect(page.getByText('Kiosk', { exact: true }).first()).toBeVisible();
  const demo = page.getByRole('button', { name: 'Use demo data' });
  if (await demo.isVisible()) await demo.click();
  await search(page, 'REG4SUCCESS');
  await page.getByLabel('Odometer (km)').fill('30000');
  await page.getByRole('button', { name: 'Value this vehicle' }).click();
  await expect(page.getByText(/Retail range/)).toBeVisible();
  // No input for 2 s: the kiosk resets itself.
  await expect(page.getByText('The screen was cleared after a period of inactivity.')).toBeVisible({ timeout: 10_000 });
  await expect(searchBox(page)).toHaveValue('');
  const sender = { url: `${app.server.origin}/`, isMainFrame: true, trustedWindow: true };
  const history = await app.backend.dispatch('history:list-local', undefined, sender);
  expect(history).toEqual({ ok: true, data: [] });
});
