// @vitest-environment happy-dom
/**
 * A button busy with its action keeps the keyboard focus (a disabled one
 * would drop it to the page), says it is busy, and ignores a second click
 * until the action ends: checked on the component, on Settings' connection
 * test, and on the valuation form, the price check, the kiosk PIN form and the
 * update banner, each with its answer held until the test releases it.
 */
import { afterEach, expect, test, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ConnectionTestResult, InvokeChannel, Result } from '../../../preload/contract';
import { BusyButton } from '../../../renderer/src/features/common/BusyButton';
import { PriceCheckPanel } from '../../../renderer/src/features/market/PriceCheckPanel';
import { SettingsScreen } from '../../../renderer/src/features/settings/SettingsScreen';
import { KioskPinForm } from '../../../renderer/src/features/shell/Kiosk';
import { UpdateBanner } from '../../../renderer/src/features/shell/UpdateBanner';
import { ValuationForm } from '../../../renderer/src/features/valuation/ValuationForm';
import { useAppStore } from '../../../renderer/src/stores/app';
import { useValuationStore } from '../../../renderer/src/stores/valuation';
import { deferred, fail, MYVI, ok, VALUATION } from '../fake-bridge';
import type { FakeBridge } from '../fake-bridge';
import { freshApp } from '../setup';

afterEach(cleanup);

test('while busy the button stays enabled and focused, is marked busy, and clicks do nothing', () => {
  const onClick = vi.fn();
  const { rerender } = render(
    <BusyButton busy={false} onClick={onClick}>
      Save
    </BusyButton>,
  );
  const button = screen.getByRole('button', { name: 'Save' });
  button.focus();
  fireEvent.click(button);
  expect(onClick).toHaveBeenCalledTimes(1);

  rerender(
    <BusyButton busy onClick={onClick}>
      Save
    </BusyButton>,
  );
  expect(button.getAttribute('aria-busy')).toBe('true');
  expect(button.getAttribute('aria-disabled')).toBe('true');
  expect((button as HTMLButtonElement).disabled).toBe(false);
  expect(document.activeElement).toBe(button);
  fireEvent.click(button);
  expect(onClick).toHaveBeenCalledTimes(1);
});

test('a busy submit button does not submit its form again', () => {
  const onSubmit = vi.fn((event: { preventDefault(): void }) => event.preventDefault());
  render(
    <form onSubmit={onSubmit}>
      <BusyButton type="submit" busy>
        Save
      </BusyButton>
    </form>,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Save' }));
  expect(onSubmit).not.toHaveBeenCalled();
});

test('Test connection keeps the focus while testing and a second click sends no second test', async () => {
  const fake = await freshApp();
  let answer: (result: Result<ConnectionTestResult>) => void = () => undefined;
  fake.mock('credentials:test').mockImplementation(() => new Promise((resolve) => (answer = resolve)));
  render(<SettingsScreen />);
  const button = screen.getByRole('button', { name: 'Test connection' });
  button.focus();
  fireEvent.click(button);
  await screen.findByRole('button', { name: 'Testing…' });
  expect(document.activeElement).toBe(button);
  expect(button.getAttribute('aria-busy')).toBe('true');
  fireEvent.click(button);
  expect(fake.mock('credentials:test')).toHaveBeenCalledTimes(1);
  await act(async () => answer(ok({ ok: true, mode: 'demo', error: null, checks: [], usage: null })));
  expect(await screen.findByRole('button', { name: 'Test connection' })).toBe(document.activeElement);
});

/**
 * Holds `channel`'s answer, clicks the button named `name` twice while it is
 * pending and checks that it stayed enabled, focused and busy, and that one
 * request went out; then lets `answer` through and returns the button.
 */
async function clickTwiceWhileHeld(fake: FakeBridge, channel: InvokeChannel, name: string, answer: Result<unknown>): Promise<HTMLButtonElement> {
  const held = deferred<Result<unknown>>();
  fake.mock(channel).mockImplementationOnce(() => held.promise);
  const button = screen.getByRole<HTMLButtonElement>('button', { name });
  button.focus();
  fireEvent.click(button);
  await waitFor(() => expect(button.getAttribute('aria-busy')).toBe('true'));
  expect(button.disabled).toBe(false);
  expect(document.activeElement).toBe(button);
  fireEvent.click(button);
  expect(fake.mock(channel)).toHaveBeenCalledTimes(1);
  await act(async () => held.resolve(answer));
  return button;
}

test('Value this vehicle stays focused while valuing; a second click or Enter on a condition values once', async () => {
  const fake = await freshApp();
  useValuationStore.getState().openVehicle(MYVI);
  render(<ValuationForm />);
  const held = deferred<Result<unknown>>();
  fake.mock('valuation:predict').mockImplementationOnce(() => held.promise);
  const button = screen.getByRole<HTMLButtonElement>('button', { name: 'Value this vehicle' });
  button.focus();
  fireEvent.click(button);
  expect(await screen.findByRole('button', { name: 'Valuing…' })).toBe(button);
  expect(button.getAttribute('aria-busy')).toBe('true');
  expect(button.disabled).toBe(false);
  expect(document.activeElement).toBe(button);
  fireEvent.click(button);
  // Enter on a condition submits the form without the button.
  fireEvent.keyDown(screen.getByRole('radio', { name: /3 · Average/ }), { key: 'Enter' });
  expect(fake.mock('valuation:predict')).toHaveBeenCalledTimes(1);
  await act(async () => held.resolve(ok(VALUATION)));
  expect(await screen.findByRole('button', { name: 'Value this vehicle' })).toBe(button);
  expect(button.getAttribute('aria-busy')).toBeNull();
});

test('Check price stays focused while checking and a second click sends one check', async () => {
  const fake = await freshApp();
  useValuationStore.getState().openVehicle(MYVI);
  render(<PriceCheckPanel />);
  fireEvent.change(screen.getByTestId('price-check-price'), { target: { value: '45000' } });
  fireEvent.change(screen.getByTestId('price-check-kms'), { target: { value: '52000' } });
  await clickTwiceWhileHeld(fake, 'market:gauge', 'Check price', ok({ usage: null, id: 'g', fill: 0.5, listingPrice: 45_000, marketRangeMin: 40_000, marketRangeMax: 50_000, confidence: 'high', sampleSize: 30, vehicleTitle: MYVI.title }));
  expect(await screen.findByTestId('price-check-result')).toBeTruthy();
});

test('Exit kiosk mode stays focused while the PIN is checked and a second click sends one check; an empty PIN sends nothing', async () => {
  const fake = await freshApp();
  render(<KioskPinForm />);
  const pin = screen.getByLabelText('Administrator PIN');
  fireEvent.click(screen.getByRole('button', { name: 'Exit kiosk mode' }));
  expect(fake.mock('kiosk:exit')).not.toHaveBeenCalled();
  expect(document.activeElement).toBe(pin);
  fireEvent.change(pin, { target: { value: '2468' } });
  await clickTwiceWhileHeld(fake, 'kiosk:exit', 'Exit kiosk mode', ok({ exiting: false }));
  expect(await screen.findByText('That PIN did not work.')).toBeTruthy();
});

test('Restart to update stays focused while installing and a second click installs once', async () => {
  const fake = await freshApp();
  useAppStore.setState({ updateStatus: { state: 'downloaded', version: '0.2.0', installAt: 'now' } });
  render(<UpdateBanner />);
  const button = await clickTwiceWhileHeld(fake, 'updates:install', 'Restart to update', fail('INTERNAL'));
  // A failed install gives the button back.
  await waitFor(() => expect(button.getAttribute('aria-busy')).toBeNull());
});
