// @vitest-environment happy-dom
/**
 * The app frame: ready state for tests, the language switch, errors with
 * their next step (live rate-limit countdown, AUTH → Settings), notices,
 * update status and the kiosk idle reset.
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { ErrorPanel } from '../../../renderer/src/features/common/ErrorPanel';
import { App } from '../../../renderer/src/features/shell/App';
import { resetAppStore, useAppStore } from '../../../renderer/src/stores/app';
import { useSearchStore } from '../../../renderer/src/stores/search';
import { applyLanguage } from '../../../renderer/src/i18n';
import { demoStatus, ok } from '../fake-bridge';
import type { FakeBridge } from '../fake-bridge';
import { freshApp } from '../setup';

let fake: FakeBridge;

beforeEach(async () => {
  fake = await freshApp();
  resetAppStore();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

async function renderApp(): Promise<void> {
  render(<App />);
  await screen.findByRole('heading', { name: 'Find a vehicle' });
  await act(async () => {});
}

test('the root says ready once status has loaded, and demo data is labelled', async () => {
  await renderApp();
  expect(document.querySelector('[data-app-state="ready"]')).not.toBeNull();
  expect(screen.getAllByText('Demo data').length).toBeGreaterThan(0);
});

test('the language switch persists through settings.update and turns the UI into Bahasa Malaysia', async () => {
  fake.mock('settings:update').mockResolvedValueOnce(ok({ ...demoStatus().settings, language: 'ms' }));
  await renderApp();
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Bahasa Malaysia' }));
  });
  expect(fake.mock('settings:update')).toHaveBeenCalledWith({ language: 'ms' });
  expect(await screen.findByRole('heading', { name: 'Cari kenderaan' })).toBeTruthy();
  expect(document.documentElement.lang).toBe('ms');
});

test('a rate limit counts down live and only then allows a retry', async () => {
  vi.useFakeTimers();
  render(<ErrorPanel error={{ code: 'RATE_LIMITED', message: 'Too many', retryable: true, retryAfterMs: 3000 }} onRetry={() => undefined} />);
  expect(screen.getByText('Wait 3 seconds, then try again.')).toBeTruthy();
  expect((screen.getByRole('button', { name: 'Try again' }) as HTMLButtonElement).disabled).toBe(true);
  await act(() => vi.advanceTimersByTimeAsync(1000));
  expect(screen.getByText('Wait 2 seconds, then try again.')).toBeTruthy();
  await act(() => vi.advanceTimersByTimeAsync(2500));
  expect(screen.getByText('You can try again now.')).toBeTruthy();
  expect((screen.getByRole('button', { name: 'Try again' }) as HTMLButtonElement).disabled).toBe(false);
});

test('rejected credentials lead to Settings', async () => {
  render(<ErrorPanel error={{ code: 'AUTH_INVALID_KEY', message: 'Rejected', retryable: false }} />);
  expect(screen.getByText('Re-enter your API key or client ID and secret in Settings.')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Open Settings' }));
  expect(useAppStore.getState().screen).toBe('settings');
});

test('notices from main are shown and can be dismissed', async () => {
  fake.mock('app:get-status').mockResolvedValueOnce(
    ok(demoStatus({ notices: [{ id: 'n1', level: 'warning', kind: 'settings-reset', message: 'Your settings were reset.' }] })),
  );
  await renderApp();
  const reset = /Your saved settings could not be read/;
  expect(screen.getByText(reset)).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: /Dismiss/ }));
  expect(screen.queryByText(reset)).toBeNull();
  act(() => fake.emit('event:notice', { id: 'n2', level: 'info', kind: 'policy-invalid', message: 'Policy ignored.' }));
  expect(screen.getByText(/The administrator policy file was ignored because it is not valid/)).toBeTruthy();
  // Main's English is for its log: never on screen.
  expect(screen.queryByText('Policy ignored.')).toBeNull();
});

test('a valuation that could not be kept on this computer is announced in the user\'s language (EN and BM), not in main\'s English', async () => {
  await renderApp();
  const fromMain = { level: 'warning', kind: 'history-not-saved', message: 'main log text' } as const;
  act(() => fake.emit('event:notice', { id: 'n-en', ...fromMain }));
  expect(screen.getByText(/could not be saved in History on this computer/)).toBeTruthy();
  expect(screen.queryByText('main log text')).toBeNull();
  await act(async () => {
    await applyLanguage('ms');
  });
  expect(screen.getByText(/tidak dapat disimpan dalam Sejarah di komputer ini/)).toBeTruthy();
});

test('a downloaded update offers "Restart to update"', async () => {
  await renderApp();
  act(() => fake.emit('event:update-status', { state: 'downloading', version: '0.2.0', percent: 42 }));
  expect(screen.getByText('Downloading update 0.2.0: 42%')).toBeTruthy();
  act(() => fake.emit('event:update-status', { state: 'downloaded', version: '0.2.0', installAt: 'now' }));
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Restart to update' }));
  });
  expect(fake.mock('updates:install')).toHaveBeenCalledTimes(1);
});

test('kiosk: after the idle time the screen is clean and local history is cleared, credentials untouched', async () => {
  fake.mock('app:get-status').mockResolvedValueOnce(ok(demoStatus({ kiosk: { enabled: true, idleResetSeconds: 5 } })));
  // Fake clocks from the start (the idle timer is armed on render), still moving so findBy* can poll.
  vi.useFakeTimers({ shouldAdvanceTime: true });
  await renderApp();
  act(() => useSearchStore.getState().setInput('2019 myvi'));
  act(() => useAppStore.getState().go('history'));
  await act(() => vi.advanceTimersByTimeAsync(5_000));
  expect(useAppStore.getState().screen).toBe('search');
  expect(useSearchStore.getState().input).toBe('');
  expect(fake.mock('history:clear-local')).toHaveBeenCalled();
  expect(fake.mock('credentials:delete')).not.toHaveBeenCalled();
  expect(screen.getByText('The screen was cleared after a period of inactivity.')).toBeTruthy();
});

test('kiosk exit asks for the PIN and sends it to main', async () => {
  fake.mock('app:get-status').mockResolvedValueOnce(ok(demoStatus({ kiosk: { enabled: true, idleResetSeconds: null } })));
  fake.mock('kiosk:exit').mockResolvedValueOnce({ ok: false, error: { code: 'VALIDATION', message: 'Wrong PIN', retryable: false } });
  await renderApp();
  fireEvent.click(screen.getByRole('button', { name: 'Exit kiosk' }));
  fireEvent.change(screen.getByLabelText('Administrator PIN'), { target: { value: '1234' } });
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Exit kiosk mode' }));
  });
  expect(fake.mock('kiosk:exit')).toHaveBeenCalledWith({ pin: '1234' });
  expect(screen.getByText('That PIN did not work.')).toBeTruthy();
  expect((screen.getByLabelText('Administrator PIN') as HTMLInputElement).value).toBe('');
});

test('Ctrl+K from another screen returns to search; Esc goes back', async () => {
  await renderApp();
  act(() => useAppStore.getState().go('history'));
  act(() => {
    fireEvent.keyDown(window, { key: 'Escape' });
  });
  expect(useAppStore.getState().screen).toBe('search');
  act(() => useAppStore.getState().go('settings'));
  act(() => {
    fireEvent.keyDown(window, { key: 'k', ctrlKey: true });
  });
  expect(useAppStore.getState().screen).toBe('search');
});

test('kiosk: a slow answer holds off the idle reset until it is on screen', async () => {
  fake.mock('app:get-status').mockResolvedValueOnce(ok(demoStatus({ kiosk: { enabled: true, idleResetSeconds: 2 } })));
  let answer!: () => void;
  fake.mock('vehicles:lookup-plate').mockImplementationOnce(
    () =>
      new Promise((resolve) => {
        answer = () =>
          resolve(ok({ usage: null, vehicle: { id: '1', title: '2020 Perodua Myvi' }, upstreamVehicle: null, confidence: 'standard', colour: null, vin: null, additionalVehicles: [] }));
      }),
  );
  vi.useFakeTimers({ shouldAdvanceTime: true });
  await renderApp();
  act(() => useSearchStore.getState().setInput('WXY 1234'));
  void act(() => useSearchStore.getState().submit());
  await act(() => vi.advanceTimersByTimeAsync(3_000));
  expect(fake.mock('history:clear-local')).not.toHaveBeenCalled();
  await act(async () => answer());
  expect(useAppStore.getState().screen).toBe('vehicle');
  await act(() => vi.advanceTimersByTimeAsync(2_500));
  expect(useAppStore.getState().screen).toBe('search');
  expect(fake.mock('history:clear-local')).toHaveBeenCalled();
});

