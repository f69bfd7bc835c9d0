// @vitest-environment happy-dom
/**
 * Fail closed in the renderer: a kiosk whose set-up failed shows only the
 * locked "This kiosk needs attention from IT" screen, in EN and BM, naming the
 * file and the rule; the last good exit PIN still works there.
 */
import { afterEach, beforeEach, expect, test } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { App } from '../../../renderer/src/features/shell/App';
import { resetAppStore } from '../../../renderer/src/stores/app';
import { demoStatus, ok } from '../fake-bridge';
import type { FakeBridge } from '../fake-bridge';
import { freshApp } from '../setup';

let fake: FakeBridge;

beforeEach(async () => {
  fake = await freshApp();
  resetAppStore();
});
afterEach(() => cleanup());

test('a kiosk whose set-up failed shows only the locked attention screen, naming file and rule; the last good PIN still exits', async () => {
  const attention = { file: '/etc/dealer-desk/policy.json', rule: 'writable', canExit: true };
  fake.mock('app:get-status').mockResolvedValue(ok(demoStatus({ kiosk: { enabled: true, idleResetSeconds: null, attention } })));
  await act(async () => {
    render(<App />);
  });
  expect(await screen.findByRole('heading', { name: 'This kiosk needs attention from IT' })).toBeTruthy();
  expect(screen.getByText('/etc/dealer-desk/policy.json')).toBeTruthy();
  expect(screen.getByText(/Someone other than an administrator can change it\./)).toBeTruthy();
  expect(screen.queryByRole('heading', { name: 'Find a vehicle' })).toBeNull();
  expect(screen.queryByRole('navigation')).toBeNull();
  fireEvent.change(screen.getByLabelText('Administrator PIN'), { target: { value: '48291375' } });
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Exit kiosk mode' }));
  });
  expect(fake.mock('kiosk:exit')).toHaveBeenCalledWith({ pin: '48291375' });
});

test('the attention screen in Bahasa Malaysia, and without a known PIN it says how to leave', async () => {
  const attention = { file: 'C:\\ProgramData\\Dealer Desk\\policy.json', rule: 'acl-unchecked', canExit: false };
  fake.mock('app:get-status').mockResolvedValue(ok(demoStatus({ settings: { ...demoStatus().settings, language: 'ms' }, kiosk: { enabled: true, idleResetSeconds: null, attention } })));
  await act(async () => {
    render(<App />);
  });
  expect(await screen.findByRole('heading', { name: 'Kiosk ini perlu perhatian daripada IT' })).toBeTruthy();
  expect(screen.getByText(/PowerShell tidak dapat berjalan/)).toBeTruthy();
  expect(screen.getByText(/Log keluar atau matikan komputer/)).toBeTruthy();
  expect(screen.queryByLabelText('PIN pentadbir')).toBeNull();
});
