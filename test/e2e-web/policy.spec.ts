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

test.describe('appraisal settings fixed by the policy', () => {
  test.use({
    policy: {
      ...NO_POLICY,
      source: 'file',
      appraisal: { dealership: { name: 'Kereta Jaya Sdn Bhd', offerValidityDays: 10 }, reconPresets: [{ kind: 'tyres', amount: 700 }], locked: ['reconPresets', 'maxOfferConfiguration'] },
    },
  });

  test('the fixed dealership fields, the presets and the max-offer costs are read-only; the rest of the profile still saves', async ({ app }) => {
    const { page } = app;
    await chooseDemoData(page);
    await openScreen(page, 'Settings');
    const name = page.getByLabel('Dealership name', { exact: true });
    await expect(name).toHaveValue('Kereta Jaya Sdn Bhd');
    await expect(name).toHaveAttribute('readonly', '');
    await expect(page.getByLabel('Offers stand for (days)', { exact: true })).toHaveAttribute('readonly', '');
    await expect(page.getByLabel('Tyres (RM)', { exact: true })).toHaveValue('700');
    await expect(page.getByLabel('Tyres (RM)', { exact: true })).toHaveAttribute('readonly', '');
    await expect(page.getByRole('button', { name: 'Save presets' })).toHaveCount(0);
    await expect(page.getByLabel('Margin: worked out as', { exact: true })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Save max-offer costs' })).toHaveCount(0);
    // Name, validity, presets and max-offer costs.
    await expect(page.getByText('Set by your administrator.')).toHaveCount(4);

    await page.getByLabel('Salesperson on this computer', { exact: true }).fill('Mei Ling');
    await page.getByRole('button', { name: 'Save dealership' }).click();
    await expect(page.getByText('Dealership saved.')).toBeVisible();
  });
});
