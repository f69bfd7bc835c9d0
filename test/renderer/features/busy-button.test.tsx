// @vitest-environment happy-dom
/**
 * A button busy with its action keeps the keyboard focus (a disabled one
 * would drop it to the page), says it is busy, and ignores a second click
 * until the action ends: checked on the component and on Settings' connection
 * test, whose answer is held until the test releases it.
 */
import { afterEach, expect, test, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { ConnectionTestResult, Result } from '../../../preload/contract';
import { BusyButton } from '../../../renderer/src/features/common/BusyButton';
import { SettingsScreen } from '../../../renderer/src/features/settings/SettingsScreen';
import { ok } from '../fake-bridge';
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
