// @vitest-environment happy-dom
/**
 * Honest settings: "Test connection" never tests demo data for an account
 * that is not saved; "Connect my AutoGrab account" opens Settings with the
 * account picked; an account AutoGrab refuses turns the badge amber and a
 * salesperson is told to ask their manager; no button opens the screen
 * already showing.
 */
import { afterEach, beforeEach, expect, test } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { ErrorPanel } from '../../../renderer/src/features/common/ErrorPanel';
import { WelcomeCard } from '../../../renderer/src/features/search/WelcomeCard';
import { SettingsScreen } from '../../../renderer/src/features/settings/SettingsScreen';
import { Header } from '../../../renderer/src/features/shell/Header';
import { useAppStore } from '../../../renderer/src/stores/app';
import type { AppError } from '../../../preload/contract';
import { demoStatus, ok } from '../fake-bridge';
import type { FakeBridge } from '../fake-bridge';
import { freshApp } from '../setup';

let fake: FakeBridge;
beforeEach(async () => {
  window.localStorage.clear();
  fake = await freshApp();
});
afterEach(cleanup);

const REVOKED: AppError = { code: 'AUTH_INVALID_KEY', message: 'AutoGrab: API key rejected (401)', retryable: false, status: 401, reason: 'autograb.invalidKey' };
const NOT_LICENSED: AppError = { code: 'AUTH_INVALID_KEY', message: 'AutoGrab: feature not licensed for this account (403)', retryable: false, status: 403, reason: 'autograb.forbidden' };

test('Test connection with My AutoGrab account picked and nothing saved says so, and tests nothing', async () => {
  render(<SettingsScreen />);
  fireEvent.click(screen.getByRole('radio', { name: /^My AutoGrab account/ }));
  fireEvent.click(screen.getByRole('button', { name: 'Test connection' }));
  expect(await screen.findByText(/^No account saved yet\./)).toBeTruthy();
  expect(screen.queryByText('Connection works.')).toBeNull();
  expect(fake.mock('credentials:test')).not.toHaveBeenCalled();
});

test('Test connection with demo data picked tests demo data', async () => {
  fake.mock('credentials:test').mockResolvedValueOnce(ok({ ok: true, mode: 'demo', error: null, checks: [], usage: null }));
  render(<SettingsScreen />);
  fireEvent.click(screen.getByRole('button', { name: 'Test connection' }));
  await screen.findByText('Connection works.');
  expect(screen.queryByText(/^No account saved yet\./)).toBeNull();
});

test('"Connect my AutoGrab account" opens Settings with the account picked', async () => {
  render(<WelcomeCard />);
  fireEvent.click(screen.getByRole('button', { name: 'Connect my AutoGrab account' }));
  expect(useAppStore.getState().screen).toBe('settings');
  cleanup();
  render(<SettingsScreen />);
  expect((screen.getByRole('radio', { name: /^My AutoGrab account/ }) as HTMLInputElement).checked).toBe(true);
  expect(screen.getByLabelText('Paste your API key')).toBeTruthy();
});

test('inside Settings, an error offers no "Open Settings" button; elsewhere it does', () => {
  useAppStore.setState({ screen: 'settings' });
  render(<ErrorPanel error={REVOKED} />);
  expect(screen.queryByRole('button', { name: 'Open Settings' })).toBeNull();
  cleanup();
  useAppStore.setState({ screen: 'search' });
  render(<ErrorPanel error={REVOKED} />);
  expect(screen.getByRole('button', { name: 'Open Settings' })).toBeTruthy();
});

test('a refused account turns the live badge amber "Not connected"; a feature the plan lacks does not', () => {
  useAppStore.setState({ status: demoStatus({ mode: 'live' }) });
  render(<Header />);
  expect(screen.getByText('AutoGrab live')).toBeTruthy();
  act(() => useAppStore.getState().noteReachability(NOT_LICENSED));
  expect(screen.getByText('AutoGrab live')).toBeTruthy();
  act(() => useAppStore.getState().noteReachability(REVOKED));
  const badge = screen.getByTestId('connection-badge');
  expect(badge.className).toContain('badge-warning');
  expect(badge.textContent).toContain('Not connected');
  // Unreachable says nothing about the account; the next answer does.
  act(() => useAppStore.getState().noteReachability({ code: 'NETWORK', message: 'offline', retryable: true }));
  expect(screen.getByTestId('connection-badge')).toBeTruthy();
  act(() => useAppStore.getState().noteReachability(null));
  expect(screen.getByText('AutoGrab live')).toBeTruthy();
});

test('a failed connection test marks the account refused too', async () => {
  useAppStore.setState({ status: demoStatus({ mode: 'live' }), credentials: { configured: true, kind: 'apiKey', hint: '••••1a2b', updatedAt: null } });
  fake.mock('credentials:test').mockResolvedValueOnce(ok({ ok: false, mode: 'live', error: REVOKED, checks: ['apiKey.paste'], usage: null }));
  await act(() => useAppStore.getState().testConnection());
  expect(useAppStore.getState().accountRejected).toBe(true);
});

test('away from Settings, a refused account tells the salesperson to ask their manager', () => {
  useAppStore.setState({ status: demoStatus({ mode: 'live' }), screen: 'vehicle' });
  render(<ErrorPanel error={REVOKED} />);
  expect(screen.getByText('AutoGrab no longer accepts the account saved on this computer. Ask your manager to check the AutoGrab account in Settings.')).toBeTruthy();
  cleanup();
  useAppStore.setState({ screen: 'settings' });
  render(<ErrorPanel error={REVOKED} />);
  expect(screen.getByText('Re-enter your API key or client ID and secret in Settings.')).toBeTruthy();
});
