/**
 * `--hash-pin` and `--check-policy` as the packaged app runs them: the PIN is
 * read from a terminal without echo (never from an argument), asked twice,
 * and held to the one PIN rule.
 */
import { EventEmitter } from 'node:events';
import { isAdminCommand, runAdminCommand } from '../../../main/core/admin/admin-commands';
import type { AdminIo } from '../../../main/core/admin/admin-commands';
import { verifyExitPin } from '../../../main/core/policy/exit-pin';
import { terminalIo } from '../../../main/core/admin/terminal-io';

class FakeTty extends EventEmitter {
  isTTY = true;
  raw: boolean[] = [];
  setRawMode(mode: boolean) {
    this.raw.push(mode);
  }
  setEncoding() {}
  resume() {}
  pause() {}
}

function recorder() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, output: { write: (text: string) => out.push(text) }, errors: { write: (text: string) => err.push(text) } };
}

const context = { platform: 'linux' as const, env: {} };

test('the PIN is typed at a prompt in raw mode and never echoed; Backspace edits', async () => {
  const tty = new FakeTty();
  const streams = recorder();
  const io = terminalIo(tty, streams.output, streams.errors);
  const running = runAdminCommand(['/opt/Dealer Desk/dealer-desk', '--hash-pin'], io, context);
  await Promise.resolve();
  tty.emit('data', '482913755\u007f\r');
  await new Promise((resolve) => setImmediate(resolve));
  tty.emit('data', '48291375\n');
  expect(await running).toBe(0);
  expect(tty.raw).toEqual([true, false, true, false]);
  expect(streams.err.join('')).not.toContain('4829');
  const hash = streams.out.join('').trim();
  expect(await verifyExitPin('48291375', hash)).toBe(true);
});

test('Ctrl+C cancels without printing anything', async () => {
  const tty = new FakeTty();
  const streams = recorder();
  const running = runAdminCommand(['--hash-pin'], terminalIo(tty, streams.output, streams.errors), context);
  await Promise.resolve();
  tty.emit('data', '1234\u0003');
  expect(await running).toBe(1);
  expect(streams.out).toEqual([]);
  expect(streams.err.join('')).toContain('Cancelled');
});

test.each([
  [['123456', '123456'], 'at least 8 digits'],
  [['', ''], 'digits only'],
  [['48291375', '48291376'], 'The two PINs differ'],
])('the PIN rule and the confirmation hold: %j', async (answers, message) => {
  const err: string[] = [];
  const out: string[] = [];
  const io: AdminIo = { out: (text) => out.push(text), err: (text) => err.push(text), readSecret: async () => answers.shift() ?? '' };
  expect(await runAdminCommand(['--hash-pin'], io, context)).toBe(1);
  expect(err.join('')).toContain(message);
  expect(out).toEqual([]);
});

test('only the administrator flags make an administrator command', () => {
  expect(isAdminCommand(['/usr/bin/dealer-desk', '--check-policy'])).toBe(true);
  expect(isAdminCommand(['/usr/bin/dealer-desk', '--hash-pin'])).toBe(true);
  expect(isAdminCommand(['/usr/bin/dealer-desk', '--password-store=gnome-libsecret'])).toBe(false);
});

test('--check-policy rejects an unknown option with the usage', async () => {
  const err: string[] = [];
  const io: AdminIo = { out: () => undefined, err: (text) => err.push(text), readSecret: async () => '' };
  expect(await runAdminCommand(['--check-policy', '--kiosk-usr', 'kiosk'], io, context)).toBe(2);
  expect(err.join('')).toContain('Usage');
});
