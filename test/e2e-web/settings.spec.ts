/**
 * First run and Settings: demo data or the dealer's own AutoGrab account (API
 * key or OAuth), the connection test with its checks, and the promise that a
 * secret is never shown back nor written anywhere in plain text. Then the
 * appraisal settings: the dealership profile and logo (reaching the customer
 * offer), the reconditioning presets (offered on the appraisal) and
 * AutoGrab's max-offer costs; and honest account checks (nothing saved, a
 * refused account).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { startSandbox } from '../../main/sandbox/index';
import type { Sandbox } from '../../main/sandbox/index';
import type { MaxOfferConfigurationResult, Result } from '../../preload/contract';
import { makePng, SVG_LOGO } from '../fixtures/images';
import { openAccountSettings, saveApiKeyInSettings } from './fixtures/account';
import { expectNoSeriousViolations } from './fixtures/axe';
import { expect, test } from './fixtures/test';
import { chooseDemoData, openScreen, saveScreenshot, search, searchBox, valueVehicle } from './fixtures/ui';

/** The dealer's "own" AutoGrab: a second sandbox with secrets nobody else uses. */
let account: Sandbox;
const secrets = {
  apiKey: `sec_e2e_${Math.random().toString(36).slice(2)}_key`,
  clientId: `e2e-client-${Math.random().toString(36).slice(2)}`,
  clientSecret: `e2e-secret-${Math.random().toString(36).slice(2)}`,
};
test.beforeAll(async () => {
  account = await startSandbox({ credentials: secrets });
});
test.afterAll(async () => {
  await account.close();
});

/** Every file under `dir`, as text. */
async function filesUnder(dir: string): Promise<Array<{ path: string; text: string }>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return Promise.all(
    entries.filter((entry) => entry.isFile()).map(async (entry) => {
      const path = join(entry.parentPath, entry.name);
      return { path, text: await readFile(path, 'latin1') };
    }),
  );
}

async function expectSecretsNowhere(page: Page, dataDir: string, values: string[]): Promise<void> {
  const dom = await page.evaluate(() => {
    const inputs = [...document.querySelectorAll('input, textarea')].map((element) => (element as HTMLInputElement).value);
    return `${document.documentElement.outerHTML}\n${inputs.join('\n')}`;
  });
  const files = await filesUnder(dataDir);
  expect(files.length, 'the backend wrote its store').toBeGreaterThan(0);
  for (const secret of values) {
    expect(dom, 'secret shown back in the page').not.toContain(secret);
    for (const file of files) expect(file.text, `secret in plain text in ${file.path}`).not.toContain(secret);
  }
}

test('first run offers demo data; demo mode is labelled', async ({ app }) => {
  const { page } = app;
  await expect(page.getByRole('heading', { name: 'Welcome to Dealer Desk' })).toBeVisible();
  await chooseDemoData(page);
  await expect(page.getByText('Demo data').first()).toBeVisible();
  await expect(searchBox(page)).toBeFocused();
});

test('account with an API key: saved, tested against AutoGrab, never shown back', async ({ app }) => {
  const { page } = app;
  await saveApiKeyInSettings(page, account.url, secrets.apiKey);
  await expect(page.getByTestId('credential-status')).toContainText(secrets.apiKey.slice(-4));
  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByText('Connection works.')).toBeVisible();
  expect(account.stats.apiRequests).toBeGreaterThan(0);
  // AutoGrab reports its rate limit and monthly quota on each answer: both are shown.
  await expect(page.getByTestId('usage')).toContainText(/Requests left this window: [\d,]+ of [\d,]+/);
  await expect(page.getByTestId('usage')).toContainText(/Monthly lookups used: [\d,]+ of [\d,]+/);
  await expectSecretsNowhere(page, app.dataDir, [secrets.apiKey]);
});

test('account with OAuth client id and secret: the connection test passes', async ({ app }) => {
  const { page } = app;
  await openAccountSettings(page, account.url);
  await page.getByRole('radio', { name: /Client ID and secret/ }).check();
  await page.locator('#client-id').fill(secrets.clientId);
  await page.locator('#client-secret').fill(secrets.clientSecret);
  await page.getByRole('button', { name: 'Save credentials' }).click();
  await expect(page.getByText('Credentials saved securely.')).toBeVisible();
  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByText('Connection works.')).toBeVisible();
  expect(account.stats.tokenRequests).toBeGreaterThan(0);
  await expectSecretsNowhere(page, app.dataDir, [secrets.clientSecret]);
});

test('a wrong API key: the connection test fails and says what to check', async ({ app }) => {
  const { page } = app;
  await openAccountSettings(page, account.url);
  await page.getByRole('radio', { name: 'API key', exact: true }).check();
  const wrongKey = 'sec_e2e_this_key_is_wrong_0000';
  await page.locator('#api-key').fill(wrongKey);
  await page.getByRole('button', { name: 'Save credentials' }).click();
  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByText('Connection failed.')).toBeVisible();
  await expect(page.getByText('Things to check')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: /\w/ }).first()).toBeVisible();
  await expectSecretsNowhere(page, app.dataDir, [wrongKey]);
});

test('with a credential saved, pointing the API address elsewhere is refused on screen, and the other server never gets the key', async ({ app }) => {
  const { page } = app;
  const other = await startSandbox({ credentials: { apiKey: 'sec_e2e_other_server_key_0000' } });
  try {
    await saveApiKeyInSettings(page, account.url, secrets.apiKey);

    const address = page.getByLabel('AutoGrab API address');
    if (!(await address.isVisible())) await page.getByText('Advanced', { exact: true }).click();
    await address.fill(other.url);
    await page.getByRole('button', { name: 'Save addresses' }).click();
    await expect(page.getByText('Please check what you entered')).toBeVisible();
    await expect(page.getByText(/only sent to the address they were entered for/)).toBeVisible();

    await page.getByRole('button', { name: 'Test connection' }).click();
    await expect(page.getByText('Connection works.')).toBeVisible();
    expect(other.stats.apiRequests + other.stats.tokenRequests).toBe(0);
  } finally {
    await other.close();
  }
});

test('Test connection with My AutoGrab account picked and nothing saved says so, and never tests demo data', async ({ app }) => {
  const { page, sandbox } = app;
  await page.getByRole('button', { name: 'Connect my AutoGrab account' }).click();
  await expect(page.getByRole('radio', { name: /^My AutoGrab account/ })).toBeChecked();
  await expect(page.getByLabel('Margin: amount or percentage', { exact: true })).toBeVisible();
  const before = sandbox.stats.apiRequests;
  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByText(/^No account saved yet\./)).toBeVisible();
  await expect(page.getByText('Connection works.')).toHaveCount(0);
  expect(sandbox.stats.apiRequests).toBe(before);
});

test('an account AutoGrab stops accepting turns the badge amber "Not connected" and the salesperson is told to ask their manager', async ({ app }) => {
  const { page } = app;
  await saveApiKeyInSettings(page, account.url, secrets.apiKey);
  await expect(page.getByText('AutoGrab live')).toBeVisible();
  account.faults.revokeCredentials();
  try {
    await search(page, 'WXY 1234');
    await expect(page.getByText('Ask your manager to check the AutoGrab account in Settings.', { exact: false })).toBeVisible();
    const badge = page.getByTestId('connection-badge');
    await expect(badge).toContainText('Not connected');
    await expect(badge).toHaveClass(/badge-warning/);
  } finally {
    account.faults.reset();
  }
});

test('the dealership profile, logo and reconditioning presets set in Settings reach the appraisal and the customer offer; an SVG logo is refused', async ({ app }, testInfo) => {
  test.setTimeout(180_000);
  const { page } = app;
  await chooseDemoData(page);
  await openScreen(page, 'Settings');
  await page.getByLabel('Dealership name', { exact: true }).fill('Kereta Jaya Sdn Bhd');
  await page.getByLabel('SSM registration number', { exact: true }).fill('202301012345 (1234567-X)');
  await page.getByLabel('Address', { exact: true }).fill('No. 12, Jalan Klang Lama, 58000 Kuala Lumpur');
  await page.getByLabel('Phone', { exact: true }).fill('03-7981 2345');
  await page.getByLabel('Salesperson on this computer', { exact: true }).fill('Ahmad');
  await page.getByLabel('Offers stand for (days)', { exact: true }).fill('100');
  await page.getByRole('button', { name: 'Save dealership' }).click();
  await expect(page.getByText('Enter whole days from 1 to 90, for example 7.')).toBeVisible();
  // The keyboard lands on the entry to fix, which is above the summary that points at it.
  await expect(page.getByLabel('Offers stand for (days)', { exact: true })).toBeFocused();
  await expect(page.getByText('Check the entries marked above.')).toBeVisible();
  await page.getByLabel('Offers stand for (days)', { exact: true }).fill('14');
  await page.getByRole('button', { name: 'Save dealership' }).click();
  await expect(page.getByText('Dealership saved.')).toBeVisible();
  // Busy while saving, never disabled: the focus stays on the button instead of falling to the page.
  await expect(page.getByRole('button', { name: 'Save dealership' })).toBeFocused();

  // The file dialog is main's; the harness hands it these files in turn.
  app.logoFiles.push(SVG_LOGO, makePng(160, 48));
  await page.getByRole('button', { name: 'Choose logo…' }).click();
  await expect(page.getByTestId('logo-error')).toHaveText('SVG logos are not accepted. Export the logo as PNG or JPEG.');
  await page.getByRole('button', { name: 'Choose logo…' }).click();
  await expect(page.getByText('Logo saved.')).toBeVisible();
  const preview = page.getByRole('img', { name: 'Logo of Kereta Jaya Sdn Bhd' });
  await expect(preview).toBeVisible();
  expect(await preview.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(160);

  await page.getByLabel('Tyres (RM)', { exact: true }).fill('950');
  await page.getByLabel('Detailing (RM)', { exact: true }).fill('');
  await page.getByRole('button', { name: 'Save presets' }).click();
  await expect(page.getByText('Presets saved.')).toBeVisible();
  await saveScreenshot(page, 'settings', testInfo.outputPath(), page.locator('section[aria-labelledby="dealership-heading"]'));
  await expectNoSeriousViolations(page, 'settings with the appraisal sections (EN)');
  await page.getByRole('button', { name: 'Bahasa Malaysia' }).click();
  await expect(page.getByRole('heading', { name: 'Syarikat anda' })).toBeVisible();
  await expect(page.getByLabel('Margin keuntungan: jumlah atau peratus', { exact: true })).toBeVisible();
  await expectNoSeriousViolations(page, 'settings with the appraisal sections (BM)');
  await page.getByRole('button', { name: 'English' }).click();

  await valueVehicle(page, 'WXY1234', '48000');
  await page.getByTestId('price-bar').getByRole('button', { name: 'Print offer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Appraisal' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Add Tyres \(RM\s?950\)$/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Add Detailing/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Add PUSPAKOM inspection/ })).toBeVisible();
  await page.getByRole('button', { name: 'Customer offer (PDF)' }).click();
  const offer = page.getByTestId('customer-offer');
  for (const expected of ['Kereta Jaya Sdn Bhd', '202301012345 (1234567-X)', 'No. 12, Jalan Klang Lama', '03-7981 2345', 'Ahmad']) await expect(offer).toContainText(expected);
  expect(await offer.locator('img.letterhead-logo').evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(160);
});

test('max-offer costs are saved to AutoGrab (demo sandbox); an account without the feature is told so', async ({ app }) => {
  const { page, sandbox } = app;
  await chooseDemoData(page);
  await openScreen(page, 'Settings');
  await expect(page.getByText(/^Demo data: these are the sample account’s figures/)).toBeVisible();
  const margin = page.getByLabel('Margin: amount or percentage', { exact: true });
  await margin.fill('150');
  await page.getByLabel('Margin: worked out as', { exact: true }).selectOption('percentage');
  await page.getByRole('button', { name: 'Save max-offer costs' }).click();
  await expect(page.getByText('Enter a percentage from 0 to 100, for example 12.')).toBeVisible();
  await margin.fill('10');
  await page.getByRole('button', { name: 'Save max-offer costs' }).click();
  await expect(page.getByText('Max-offer costs saved in AutoGrab.')).toBeVisible();
  const sender = { url: `${app.server.origin}/`, isMainFrame: true, trustedWindow: true };
  const stored = (await app.backend.dispatch('max-offer:get-config', undefined, sender)) as Result<MaxOfferConfigurationResult>;
  expect(stored.ok && stored.data.configuration.profitMargin).toEqual({ type: 'percentage', value: 10 });

  // AutoGrab answers 403 when the plan does not include the feature.
  sandbox.faults.failNext({ path: '/v2/valuations/max_offer_configuration', status: 403 });
  await page.getByRole('button', { name: 'Save max-offer costs' }).click();
  await expect(page.getByTestId('max-offer-unavailable')).toHaveText(
    'Your AutoGrab plan does not include the max-offer configuration. Ask your AutoGrab account manager to enable it.',
  );
  await expect(page.getByText('AutoGrab did not accept your credentials')).toHaveCount(0);
  await openScreen(page, 'Search');
  sandbox.faults.failNext({ path: '/v2/valuations/max_offer_configuration', status: 403 });
  await openScreen(page, 'Settings');
  await expect(page.getByTestId('max-offer-unavailable')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save max-offer costs' })).toHaveCount(0);
});
