// @vitest-environment happy-dom
/**
 * Settings: secrets go straight to main and are never kept or shown back;
 * policy locks make settings read-only with the reason; the connection test
 * lists what to check when it fails.
 */
import { afterEach, beforeEach, expect, test } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { SettingsScreen } from '../../../renderer/src/features/settings/SettingsScreen';
import { useAppStore } from '../../../renderer/src/stores/app';
import { demoStatus, ok } from '../fake-bridge';
import type { FakeBridge } from '../fake-bridge';
import { freshApp } from '../setup';

let fake: FakeBridge;
const SECRET = 'sec_live_abcdef0123456789_1a2b';

beforeEach(async () => {
  fake = await freshApp();
});
afterEach(cleanup);

function pageText(): string {
  const values = [...document.querySelectorAll('input')].map((input) => input.value);
  return `${document.body.innerHTML}\n${values.join('\n')}\n${JSON.stringify(useAppStore.getState())}`;
}

test('an API key goes to credentials.set once, is cleared at once, and only the masked hint is shown', async () => {
  render(<SettingsScreen />);
  fireEvent.click(screen.getByRole('radio', { name: /^My AutoGrab account/ }));
  fireEvent.change(screen.getByLabelText('Paste your API key'), { target: { value: SECRET } });
  fireEvent.click(screen.getByRole('button', { name: 'Save credentials' }));
  await screen.findByText('Credentials saved securely.');
  expect(fake.mock('credentials:set')).toHaveBeenCalledWith({ kind: 'apiKey', apiKey: SECRET });
  expect(screen.getByTestId('credential-status').textContent).toContain('••••1a2b');
  expect(pageText()).not.toContain(SECRET);
});

test('OAuth client id and secret are cleared even when saving fails', async () => {
  fake.mock('credentials:set').mockResolvedValueOnce({ ok: false, error: { code: 'SECURE_STORAGE_UNAVAILABLE', message: 'No keyring', retryable: false } });
  render(<SettingsScreen />);
  fireEvent.click(screen.getByRole('radio', { name: /^My AutoGrab account/ }));
  fireEvent.click(screen.getByRole('radio', { name: /Client ID and secret/ }));
  fireEvent.change(screen.getByLabelText('Client ID'), { target: { value: 'client-42' } });
  fireEvent.change(screen.getByLabelText('Client secret'), { target: { value: SECRET } });
  fireEvent.click(screen.getByRole('button', { name: 'Save credentials' }));
  await screen.findByText('Credentials cannot be stored securely');
  expect(screen.getByText(/Install and unlock a system keyring/)).toBeTruthy();
  expect(pageText()).not.toContain(SECRET);
  expect(pageText()).not.toContain('client-42');
});

test('a failed connection test shows the meaning, the next step and what to check', async () => {
  fake.mock('credentials:test').mockResolvedValueOnce(
    ok({
      ok: false,
      mode: 'live',
      error: { code: 'AUTH_INVALID_KEY', message: 'AutoGrab rejected the API key.', retryable: false, reason: 'autograb.invalidKey' },
      checks: ['apiKey.paste', 'apiKey.active'],
      usage: null,
    }),
  );
  render(<SettingsScreen />);
  fireEvent.click(screen.getByRole('button', { name: 'Test connection' }));
  await screen.findByText('Connection failed.');
  expect(screen.getByText('AutoGrab did not accept your credentials')).toBeTruthy();
  expect(screen.getByText('Things to check')).toBeTruthy();
  expect(screen.getByText('Ask your AutoGrab account manager whether the key is still active.')).toBeTruthy();
});

test('a setting locked by policy is read-only and says why, in the UI language', () => {
  useAppStore.setState({ status: demoStatus({ locks: [{ key: 'region', reason: 'policy' }] }) });
  render(<SettingsScreen />);
  expect((screen.getByLabelText('Market') as HTMLSelectElement).disabled).toBe(true);
  expect(screen.getByText('Set by your administrator.')).toBeTruthy();
  expect((screen.getByLabelText('Language') as HTMLSelectElement).disabled).toBe(false);
});

test('Australia asks for the state', async () => {
  fake.mock('settings:update').mockImplementation(async (patch: object) => ok({ ...demoStatus().settings, ...patch }));
  render(<SettingsScreen />);
  expect(screen.queryByLabelText('State (for Australian plates)')).toBeNull();
  await act(async () => {
    fireEvent.change(screen.getByLabelText('Market'), { target: { value: 'au' } });
  });
  await waitFor(() => expect(screen.getByLabelText('State (for Australian plates)')).toBeTruthy());
  expect(fake.mock('settings:update')).toHaveBeenCalledWith({ region: 'au' });
});

test('usage reported by AutoGrab is shown', () => {
  useAppStore.setState({ usage: { rateLimit: { remaining: 95, total: 100, resetAt: null }, quota: { base: 5000, max: 5000, used: 1200 } } });
  render(<SettingsScreen />);
  expect(screen.getByText('Requests left this window: 95 of 100')).toBeTruthy();
  expect(screen.getByText('Monthly lookups used: 1,200 of 5,000')).toBeTruthy();
});
