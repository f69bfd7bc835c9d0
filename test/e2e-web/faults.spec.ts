/**
 * When AutoGrab misbehaves: a rate limit says how long to wait, revoked
 * credentials turn the badge amber and send the salesperson to their manager, and when AutoGrab goes away mid-session
 * the valuations already saved on this workstation are still shown, marked
 * as saved with their date and time.
 */
import { startSandbox } from '../../main/sandbox/index';
import { connectAccount } from './fixtures/account';
import { expectNoSeriousViolations } from './fixtures/axe';
import { expect, test } from './fixtures/test';
import { chooseDemoData, search, searchBox, valueVehicle } from './fixtures/ui';

test('a rate-limited search says how many seconds to wait', async ({ app }) => {
  const { page } = app;
  await chooseDemoData(page);
  app.sandbox.faults.failNext({ path: '/v2/vehicles', status: 429, retryAfterSeconds: 30, times: 5 });
  await search(page, '2019 myvi');
  await expect(page.getByText('Too many requests for a moment')).toBeVisible();
  await expect(page.getByText(/Wait \d+ seconds, then try again\./)).toBeVisible();
  await expect(page.getByTestId('error-panel').getByRole('button', { name: 'Try again' })).toBeDisabled();
  // One instruction, not a countdown plus "wait a few seconds".
  await expect(page.getByTestId('error-panel').getByText(/^Details:/)).toHaveCount(0);
  await expectNoSeriousViolations(page, 'rate-limit error');
});

test('revoked credentials: the badge turns amber "Not connected" and the salesperson is told to ask their manager', async ({ app }) => {
  const { page } = app;
  const account = await startSandbox({ credentials: { apiKey: 'sec_e2e_revocable_key_1234' } });
  try {
    await connectAccount(page, app.backend, app.server.origin, account);
    await expect(page.getByText('AutoGrab live').first()).toBeVisible();
    account.faults.revokeCredentials();
    account.faults.revokeTokens();
    await search(page, 'REG4SUCCESS');
    await expect(page.getByText('AutoGrab did not accept your credentials')).toBeVisible();
    await expect(page.getByText('AutoGrab no longer accepts the account saved on this computer. Ask your manager to check the AutoGrab account in Settings.')).toBeVisible();
    await expect(page.getByTestId('connection-badge')).toHaveText(/^Not connected/);
    await page.getByRole('button', { name: 'Open Settings' }).click();
    await expect(page.getByRole('heading', { name: 'Settings' }).first()).toBeVisible();
  } finally {
    await account.close();
  }
});

test('AutoGrab goes away mid-session: saved valuations are still shown, marked saved with date and time', async ({ app }) => {
  const { page } = app;
  await chooseDemoData(page);
  await valueVehicle(page, 'REG4SUCCESS', '30000');
  await app.sandbox.close();
  await searchBox(page).focus().catch(() => undefined);
  await page.keyboard.press('Control+K');
  await search(page, 'REG4SUCCESSEV');
  await expect(page.getByText('AutoGrab cannot be reached').first()).toBeVisible();
  // Said once, by the error: not again in its details nor above the saved results.
  await expect(page.getByText(/(cannot|could not) be reached/)).toHaveCount(1);
  // Right on the search screen: what this workstation saved, each stamped with its date and time.
  const recent = page.getByRole('region', { name: 'Recent searches on this workstation' });
  await expect(recent.getByRole('button', { name: /Perodua Myvi/ })).toBeVisible();
  await expect(recent.getByText(/Saved \d{2}\/\d{2}\/\d{4},? \d{1,2}:\d{2}/).first()).toBeVisible();
  // The plate lookup is listed as a lookup with its time, not as something "saved".
  await expect(recent.getByText('Looked up “REG4SUCCESS”')).toBeVisible();
  await expect(recent.getByRole('listitem').filter({ hasText: 'Looked up' }).first()).not.toContainText('Saved');
  await page.getByRole('button', { name: 'Open History' }).first().click();
  await expect(page.getByText(/Saved \d{2}\/\d{2}\/\d{4},? \d{1,2}:\d{2}/).first()).toBeVisible();
  await page.getByRole('button', { name: 'Open' }).first().click();
  await expect(page.getByText('Valued at 30,000 km.')).toBeVisible();
  await expect(page.getByText(/Saved \d{2}\/\d{2}\/\d{4}/).first()).toBeVisible();
});

test('a slow AutoGrab: typeahead, plate lookup, valuation and the guided choices each show progress, then their answer', async ({ app }) => {
  const { page } = app;
  await chooseDemoData(page);
  app.sandbox.faults.setLatency(700);
  try {
    await searchBox(page).pressSequentially('vios');
    await expect(page.getByRole('status').filter({ hasText: 'Searching…' })).toBeVisible();
    await expect(page.getByTestId('suggestions-list')).toBeVisible();
    await search(page, 'REG4SUCCESS');
    await expect(page.getByRole('status').filter({ hasText: 'Looking up REG4SUCCESS…' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Key specifications' })).toBeVisible();
    await page.getByRole('button', { name: 'Value this vehicle' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Valuing…' })).toBeVisible();
    await expect(page.getByTestId('retail-price')).toBeVisible();
    await page.keyboard.press('Control+K');
    await page.getByRole('button', { name: 'Guided search' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Loading…' })).toBeVisible();
    await expect(page.getByLabel('Make', { exact: true }).locator('option').nth(1)).toBeAttached();
  } finally {
    app.sandbox.faults.setLatency(0);
  }
});
