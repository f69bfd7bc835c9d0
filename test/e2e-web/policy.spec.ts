/**
 * Settings the administrator's policy locks, as the salesperson sees them:
 * read-only, saying who set them, while the rest of Settings stays usable.
 * The policy goes through the real backend's settings store.
 */
import { NO_POLICY } from '../../main/core/policy/effective-policy';
import { expect, test } from './fixtures/test';
import { chooseDemoData, openScreen } from './fixtures/ui';

test.use({ policy: { ...NO_POLICY, source: 'file', lockedSettings: ['maxOffer'], autograb: { region: 'my' } } });

test('locked settings are read-only and say the administrator set them; the others still change', async ({ app }) => {
  const { page } = app;
  await chooseDemoData(page);
  await openScreen(page, 'Settings');
  await expect(page.getByLabel('Market', { exact: true })).toBeDisabled();
  await expect(page.getByRole('checkbox', { name: 'Show the maximum-offer breakdown with each valuation' })).toBeDisabled();
  await expect(page.getByText('Set by your administrator.')).toHaveCount(2);
  const language = page.getByLabel('Language', { exact: true });
  await expect(language).toBeEnabled();
  await language.selectOption('ms');
  await expect(page.getByRole('heading', { name: 'Tetapan', level: 1 })).toBeVisible();
});
