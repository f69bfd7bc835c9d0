/**
 * Auto-update as the salesperson sees it, driven through the real
 * `event:update-status` path (updater → backend → bridge event → banner):
 * progress while downloading, then "Restart to update", which asks main to
 * install.
 */
import { expect, test } from './fixtures/test';
import { createFakeUpdates } from './fixtures/fake-services';

const updates = createFakeUpdates();
test.use({ services: { updates } });

test('a downloading update shows progress, then offers a restart that installs it', async ({ app }) => {
  const { page } = app;
  updates.set({ state: 'downloading', version: '0.2.0', percent: 40 });
  const banner = page.getByTestId('update-banner');
  await expect(banner).toContainText('Downloading update 0.2.0: 40%');
  updates.set({ state: 'downloaded', version: '0.2.0', installAt: 'now' });
  await expect(banner).toContainText('Update 0.2.0 is ready.');
  await banner.getByRole('button', { name: 'Restart to update' }).click();
  await expect.poll(() => updates.installCalls).toBe(1);
});
