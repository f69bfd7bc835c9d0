/**
 * Main sends codes, the renderer owns the sentences: in Bahasa Malaysia, the
 * settings screen (a failed connection test with its checklist, the update
 * state), the error panel and the kiosk screen show no English sentence that
 * main produces, driven through the real main-process backend. "Main's
 * English" is every sentence of the EN tables for main's codes (error details,
 * plate and VIN rules, checks, update states, notices): main used to send
 * exactly these, and still logs them.
 */
import type { Page } from '@playwright/test';
import { NO_POLICY } from '../../main/core/policy/effective-policy';
import { startSandbox } from '../../main/sandbox/index';
import type { Sandbox } from '../../main/sandbox/index';
import { en } from '../../renderer/src/i18n/en';
import { createFakeKiosk } from './fixtures/fake-services';
import { expect, test } from './fixtures/test';
import { searchBox } from './fixtures/ui';

function sentences(table: unknown): string[] {
  if (typeof table === 'string') return table.length > 20 ? [table] : [];
  return table && typeof table === 'object' ? Object.values(table).flatMap(sentences) : [];
}

const MAIN_ENGLISH = [
  ...sentences(en.errors.reasons),
  ...sentences(en.plate.issue),
  ...sentences(en.vin.issue),
  ...sentences(en.settings.checkItems),
  ...sentences(en.updates.disabled),
  ...sentences(en.updates.errors),
  ...sentences(en.notices.kinds),
];

async function expectNoMainEnglish(page: Page): Promise<void> {
  const text = await page.locator('body').innerText();
  expect(MAIN_ENGLISH.filter((sentence) => text.includes(sentence))).toEqual([]);
  // The issue's own examples, whatever the tables say.
  expect(text).not.toMatch(/AutoGrab rejected the API key|Updates are managed by your IT team|Things to check/);
}

test.describe('settings, update state and error panel', () => {
  let account: Sandbox;
  test.beforeAll(async () => {
    account = await startSandbox({ credentials: { apiKey: 'sec_e2e_bm_right_key_0000' } });
  });
  test.afterAll(async () => {
    await account.close();
  });

  test('a wrong API key in BM: the checklist, the update line and the error details are all Malay', async ({ app }) => {
    const { page } = app;
    await page.getByRole('button', { name: 'Connect my AutoGrab account' }).click();
    await page.getByLabel('Language', { exact: true }).selectOption('ms');
    await expect(page.getByRole('heading', { name: 'Tetapan', level: 1 })).toBeVisible();
    await page.getByRole('radio', { name: /^Akaun AutoGrab saya/ }).check();
    await page.getByText('Lanjutan', { exact: true }).click();
    await page.getByLabel('Alamat API AutoGrab').fill(account.url);
    await page.getByRole('button', { name: 'Simpan alamat' }).click();
    await expect(page.getByText('Tetapan disimpan.')).toBeVisible();
    await page.getByRole('radio', { name: 'Kunci API', exact: true }).check();
    await page.locator('#api-key').fill('sec_e2e_bm_wrong_key_0000');
    await page.getByRole('button', { name: 'Simpan kelayakan' }).click();
    await expect(page.getByText('Kelayakan disimpan dengan selamat.')).toBeVisible();

    await page.getByRole('button', { name: 'Uji sambungan' }).click();
    await expect(page.getByText('Sambungan gagal.')).toBeVisible();
    await expect(page.getByText('Perkara untuk disemak')).toBeVisible();
    await expect(page.getByText(/^Butiran: AutoGrab menolak kunci API/).first()).toBeVisible();
    await expect(page.getByText('Tanya pengurus akaun AutoGrab anda sama ada kunci itu masih aktif.')).toBeVisible();
    await expect(page.getByText('Kemas kini diuruskan oleh pasukan IT anda.')).toBeVisible();
    await expectNoMainEnglish(page);

    await page.getByRole('navigation').getByRole('button', { name: 'Carian' }).click();
    await searchBox(page).fill('WXY 1234');
    await searchBox(page).press('Enter');
    const panel = page.getByTestId('error-panel');
    await expect(panel).toHaveAttribute('data-error-code', 'AUTH_INVALID_KEY');
    await expect(panel.getByText(/^Butiran: AutoGrab menolak kunci API/)).toBeVisible();
    await expectNoMainEnglish(page);
  });
});

test.describe('kiosk', () => {
  const kiosk = createFakeKiosk('2468');
  test.use({ policy: { ...NO_POLICY, kiosk: { enabled: true, idleResetSeconds: 60, exitPinHash: null, allowDeepLinks: false } }, services: { kiosk } });

  test('the kiosk in BM: the reset notice and the exit dialog are Malay', async ({ app }) => {
    const { page } = app;
    await page.getByRole('button', { name: 'Bahasa Malaysia' }).first().click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ms');
    // A minute without input, on the page's own clock (no waiting): the kiosk resets itself and says so.
    await page.clock.install();
    await page.mouse.move(5, 5);
    await page.clock.runFor(61_000);
    await expect(page.getByText('Skrin telah dikosongkan selepas tiada aktiviti.')).toBeVisible();
    await page.getByRole('button', { name: 'Keluar kiosk' }).click();
    const dialog = page.getByRole('dialog', { name: 'Keluar mod kiosk' });
    await dialog.getByLabel('PIN pentadbir').fill('1111');
    await dialog.getByRole('button', { name: 'Keluar mod kiosk' }).click();
    await expect(dialog.getByText('PIN itu tidak berfungsi.')).toBeVisible();
    await expectNoMainEnglish(page);
  });
});
