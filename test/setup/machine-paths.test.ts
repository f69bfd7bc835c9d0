/**
 * The guard that keeps tests off the machine's own Dealer Desk folders, and
 * the default that points the app's policy path at a temp folder.
 */
import fs, { existsSync, readFileSync } from 'node:fs';
import { open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { policyPathFor, provisioningPathFor } from '../../main/core/policy/policy-path';
import { assertNoMachinePathUsed, isMachinePath, machineFolders, takeMachinePathViolations } from './machine-paths';

afterEach(() => {
  // What these tests touch on purpose must not fail them.
  takeMachinePathViolations();
});

test('the three machine-wide folders and everything inside them are recognised; look-alikes are not', () => {
  const folders = machineFolders({ ProgramData: 'C:\\ProgramData' });
  for (const target of [
    '/etc/dealer-desk',
    '/etc/dealer-desk/policy.json',
    '/etc/dealer-desk/../dealer-desk/provisioning.json',
    new URL('file:///etc/dealer-desk/provisioning.json'),
    Buffer.from('/etc/dealer-desk/policy.json'),
    '/Library/Application Support/Dealer Desk/policy.json',
    'C:\\ProgramData\\Dealer Desk\\policy.json',
    'c:/programdata/dealer desk/provisioning.json',
  ]) {
    expect(isMachinePath(target, folders), String(target)).toBe(true);
  }
  for (const target of ['/etc/dealer-desk-old/policy.json', '/etc/passwd', `${tmpdir()}/dealer-desk/policy.json`, 'C:\\ProgramData\\Dealer Desktop\\x', 42]) {
    expect(isMachinePath(target, folders), String(target)).toBe(false);
  }
});

test('opening, reading or deleting the real policy or provisioning file is refused and recorded', async () => {
  await expect(open('/etc/dealer-desk/policy.json', 'r')).rejects.toMatchObject({ code: 'EACCES' });
  expect(() => readFileSync('/etc/dealer-desk/policy.json')).toThrow(/machine's own Dealer Desk folder/);
  await expect(rm('/etc/dealer-desk/provisioning.json', { force: true })).rejects.toMatchObject({ code: 'EACCES' });
  expect(existsSync('/Library/Application Support/Dealer Desk/policy.json')).toBe(false);
  await new Promise<void>((resolve) => {
    fs.stat('/etc/dealer-desk/policy.json', (error) => {
      expect(error).toMatchObject({ code: 'EACCES' });
      resolve();
    });
  });
  expect(takeMachinePathViolations()).toEqual([
    'open(/etc/dealer-desk/policy.json)',
    'readFileSync(/etc/dealer-desk/policy.json)',
    'rm(/etc/dealer-desk/provisioning.json)',
    'existsSync(/Library/Application Support/Dealer Desk/policy.json)',
    'stat(/etc/dealer-desk/policy.json)',
  ]);
});

test('a test that touched a machine path fails, naming the path', () => {
  expect(existsSync('/etc/dealer-desk/policy.json')).toBe(false);
  expect(() => assertNoMachinePathUsed()).toThrow(/machine's own Dealer Desk folders[^]*existsSync\(\/etc\/dealer-desk\/policy\.json\)/);
  expect(() => assertNoMachinePathUsed()).not.toThrow();
});

test('by default every test sees a policy (and provisioning) path in a temp folder, never the machine one', () => {
  const policyPath = policyPathFor(process.platform, process.env, false);
  expect(policyPath.startsWith(tmpdir())).toBe(true);
  expect(isMachinePath(policyPath)).toBe(false);
  expect(isMachinePath(provisioningPathFor(policyPath, process.platform))).toBe(false);
});

test('the guard keeps what hangs off the wrapped functions (realpath.native), and guards it too', () => {
  expect(typeof fs.realpath.native).toBe('function');
  expect(typeof fs.realpathSync.native).toBe('function');
  expect(fs.realpathSync.native(tmpdir())).toBeTruthy();
  expect(() => fs.realpathSync.native('/etc/dealer-desk/policy.json')).toThrow(/machine's own Dealer Desk folder/);
  expect(takeMachinePathViolations()).toEqual(['native(/etc/dealer-desk/policy.json)']);
});
