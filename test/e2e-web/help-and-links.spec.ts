/**
 * Links from other programs and Help, in real Chromium against the real
 * backend: a link fills the search box in EN and BM and sends nothing to
 * AutoGrab until Enter; menu commands open About (with the versions, the
 * policy, the licences) and the user guide; Copy diagnostics reaches the
 * clipboard without customer details.
 */
import { parseDeepLink } from '../../main/core/deep-link/deep-link';
import type { HelpHost } from '../../main/help-host';
import type { AppBackend } from '../../main/app-backend';
import { expect, test } from './fixtures/test';
import { chooseDemoData, saveScreenshot, searchBox } from './fixtures/ui';

const copied: string[] = [];
const host: HelpHost = {
  versions: { electron: '45.5.0', chromium: '140.0.7339.0', node: '22.20.0' },
  os: { platform: 'win32', release: '10.0.26100', arch: 'x64' },
  policyPath: 'C:\\ProgramData\\Dealer Desk\\policy.json',
  dataFolder: '~\\AppData\\Roaming\\Dealer Desk',
  copyText: (text) => {
    copied.push(text);
    return true;
  },
  openDataFolder: async () => true,
};
test.use({ services: { host } });

/** What main does with a link: parse and validate it by the market's rules, then fill the box. */
function openLink(backend: AppBackend, link: string): void {
  const parsed = parseDeepLink(link, { region: backend.settings().region });
  if (!parsed.ok) throw new Error(`test link refused: ${parsed.reason}`);
  backend.prefillSearch(parsed.target);
}

for (const language of ['en', 'ms'] as const) {
  test(`${language.toUpperCase()}: a link fills the search box and sends nothing to AutoGrab until Enter`, async ({ app }) => {
    const { page, backend, sandbox } = app;
    await chooseDemoData(page);
    if (language === 'ms') await page.getByRole('button', { name: 'Bahasa Malaysia' }).click();
    const hint = language === 'en' ? 'Filled in from a link: check it, then press Enter to look it up.' : 'Diisi daripada pautan: semak dahulu, kemudian tekan Enter untuk mencari.';
    // Away from search, as a salesperson would be when the DMS hands over a plate.
    await page.getByRole('navigation').getByRole('button', { name: language === 'en' ? 'History' : 'Sejarah' }).click();
    await expect(page.locator('[data-screen="history"]')).toBeVisible();
    sandbox.stats.reset();
    app.http.reset();
    // A fake clock, so every timer the page may have set (the typeahead waits 250 ms) can be run out without waiting.
    await page.clock.install();

    openLink(backend, 'dealer-desk://plate/REG4SUCCESS');
    await expect(searchBox(page)).toHaveValue('REG4SUCCESS');
    await expect(page.getByTestId('search-prefilled')).toHaveText(hint);
    await expect(page.getByTestId('search-kind')).toHaveAttribute('data-kind', 'plate');
    await page.clock.runFor(10_000);
    await expect(searchBox(page)).toBeFocused();
    expect(app.http.requests).toEqual([]);
    expect(sandbox.stats.apiRequests).toBe(0);
    expect(sandbox.stats.tokenRequests).toBe(0);

    await searchBox(page).press('Enter');
    await expect.poll(() => sandbox.stats.apiRequests).toBe(1);
    await expect(page.getByTestId('search-prefilled')).toHaveCount(0);
  });
}

test('the link that started the app is waiting for the window when it opens', async ({ app }) => {
  const { page, backend, sandbox } = app;
  await chooseDemoData(page);
  sandbox.stats.reset();
  // No window is listening yet, as when the OS starts Dealer Desk for a clicked link.
  await page.goto('about:blank');
  openLink(backend, 'dealer-desk://vin/KL3TA48E9CB053071');
  await page.goto(app.server.entryUrl);
  await expect(searchBox(page)).toHaveValue('KL3TA48E9CB053071');
  await expect(page.getByTestId('search-kind')).toHaveAttribute('data-kind', 'vin');
  expect(sandbox.stats.apiRequests).toBe(0);
});

test('Help → About shows the versions, updates, data mode, policy and the open-source licences; Copy diagnostics works', async ({ app }, testInfo) => {
  const { page, backend } = app;
  await chooseDemoData(page);
  backend.menuCommand('show-about');
  await expect(page.getByRole('heading', { level: 1, name: 'About Dealer Desk' })).toBeVisible();
  const versions = page.getByTestId('about-versions');
  await expect(versions).toContainText('0.0.0-e2e');
  await expect(versions).toContainText('45.5.0');
  await expect(versions).toContainText('140.0.7339.0');
  await expect(versions).toContainText('22.20.0');
  const setup = page.getByTestId('about-setup');
  await expect(setup).toContainText('latest');
  await expect(setup).toContainText('Demo data (built-in sample vehicles)');
  await expect(setup).toContainText('None: this computer is not managed by a policy file');
  await expect(page.getByTestId('licence-list').getByText(/^react 19\.3\.1 · MIT$/)).toBeVisible();
  await expect(page.getByTestId('licence-list').getByText(/^zod /)).toBeVisible();
  await saveScreenshot(page, 'about', testInfo.outputPath());

  copied.length = 0;
  await page.getByRole('button', { name: 'Copy diagnostics' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Diagnostics copied' })).toBeVisible();
  expect(copied).toHaveLength(1);
  expect(copied[0]).toContain('Electron: 45.5.0  Chromium: 140.0.7339.0  Node: 22.20.0');

  // BM follows the UI language.
  await page.getByRole('button', { name: 'Bahasa Malaysia' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Perihal Dealer Desk' })).toBeVisible();
  await expect(page.getByText('Lesen sumber terbuka')).toBeVisible();
});

test('menu commands: user guide, new search, settings', async ({ app }) => {
  const { page, backend } = app;
  await chooseDemoData(page);
  backend.menuCommand('open-user-guide');
  await expect(page.getByRole('heading', { level: 1, name: 'User guide' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'File → Print offer' })).toBeVisible();
  backend.menuCommand('open-settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  backend.menuCommand('new-search');
  await expect(searchBox(page)).toBeFocused();
  await expect(searchBox(page)).toHaveValue('');
});
