/**
 * First run and Settings: demo data or the dealer's own AutoGrab account (API
 * key or OAuth), the connection test with its checks, and the promise that a
 * secret is never shown back nor written anywhere in plain text.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { startSandbox } from '../../main/sandbox/index';
import type { Sandbox } from '../../main/sandbox/index';
import { expect, test } from './fixtures/test';
import { chooseDemoData, saveScreenshot, searchBox } from './fixtures/ui';

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

async function openAccountSettings(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Connect my AutoGrab account' }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 }).or(page.getByRole('heading', { name: 'Settings' })).first()).toBeVisible();
  await page.getByRole('radio', { name: /^My AutoGrab account/ }).check();
  const advanced = page.getByText('Advanced', { exact: true });
  await advanced.click();
  await page.getByLabel('AutoGrab API address').fill(account.url);
  await page.getByRole('button', { name: 'Save addresses' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
}

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

test('account with an API key: saved, tested against AutoGrab, never shown back', async ({ app }, testInfo) => {
  const { page } = app;
  await openAccountSettings(page);
  await page.getByRole('radio', { name: 'API key', exact: true }).check();
  await page.locator('#api-key').fill(secrets.apiKey);
  await page.getByRole('button', { name: 'Save credentials' }).click();
  await expect(page.getByText('Credentials saved securely.')).toBeVisible();
  await expect(page.getByTestId('credential-status')).toContainText(secrets.apiKey.slice(-4));
  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByText('Connection works.')).toBeVisible();
  expect(account.stats.apiRequests).toBeGreaterThan(0);
  // AutoGrab reports its rate limit and monthly quota on each answer: both are shown.
  await expect(page.getByTestId('usage')).toContainText(/Requests left this window: [\d,]+ of [\d,]+/);
  await expect(page.getByTestId('usage')).toContainText(/Monthly lookups used: [\d,]+ of [\d,]+/);
  await saveScreenshot(page, 'settings', testInfo.outputPath());
  await expectSecretsNowhere(page, app.dataDir, [secrets.apiKey]);
});

test('account with OAuth client id and secret: the connection test passes', async ({ app }) => {
  const { page } = app;
  await openAccountSettings(page);
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
  await openAccountSettings(page);
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
    await openAccountSettings(page);
    await page.getByRole('radio', { name: 'API key', exact: true }).check();
    await page.locator('#api-key').fill(secrets.apiKey);
    await page.getByRole('button', { name: 'Save credentials' }).click();
    await expect(page.getByText('Credentials saved securely.')).toBeVisible();

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
