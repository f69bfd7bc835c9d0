/**
 * Fail closed: a machine meant to be a kiosk never falls back to an ordinary,
 * unlocked window. Each failure path leads to the locked attention screen
 * naming the file and the rule; the last good exit PIN still works there.
 */
import { NO_POLICY } from '../../../main/core/policy/effective-policy';
import type { EffectivePolicy } from '../../../main/core/policy/effective-policy';
import { KioskMemory, decideKioskStartup } from '../../../main/core/policy/kiosk-intent';
import type { KioskStartupInputs } from '../../../main/core/policy/kiosk-intent';
import type { KeyValueStore } from '../../../main/core/storage/key-value-store';

const POLICY_PATH = '/etc/dealer-desk/policy.json';
const PIN_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';
const kioskPolicy: EffectivePolicy = { ...NO_POLICY, source: 'file', kiosk: { enabled: true, idleResetSeconds: null, exitPinHash: PIN_HASH, allowDeepLinks: false } };

function memoryStore(): KeyValueStore {
  const values = new Map<string, unknown>();
  return { get: (key) => values.get(key), set: (key, value) => void values.set(key, value), delete: (key) => void values.delete(key), resetWithBackup: () => '' };
}

let memory: KioskMemory;
beforeEach(() => {
  memory = new KioskMemory(memoryStore());
});

function decide(loaded: KioskStartupInputs['loaded'], provisioningFailure: KioskStartupInputs['provisioningFailure'] = null) {
  return decideKioskStartup({ policyPath: POLICY_PATH, loaded, provisioningFailure, memory });
}
const applied = (policy: EffectivePolicy) => ({ status: 'applied' as const, problems: [], policy });
const absent = { status: 'absent' as const, problems: [], policy: NO_POLICY };
const rejected = (rule: string) => ({ status: 'rejected' as const, problems: [{ rule: rule as never, trust: true, message: `broke ${rule}` }], policy: NO_POLICY });

test('no policy, never a kiosk: an ordinary workstation', () => {
  expect(decide(absent)).toEqual({ mode: 'workstation', policyMissingSinceLastStart: false });
});

test('a good kiosk policy: kiosk', () => {
  expect(decide(applied(kioskPolicy))).toEqual({ mode: 'kiosk' });
});

test.each(['writable', 'owner', 'folder-writable', 'schema', 'duplicate-key', 'acl-unchecked', 'not-regular'])(
  'a policy rejected for %s on first start: attention, naming file and rule (nothing was ever good, so no PIN)',
  (rule) => {
    expect(decide(rejected(rule))).toEqual({ mode: 'attention', failure: { file: POLICY_PATH, rule, detail: `broke ${rule}` }, exitPinHash: null });
  },
);

test('a policy that becomes invalid later: attention, and the last good exit PIN still works', () => {
  decide(applied(kioskPolicy));
  expect(decide(rejected('schema'))).toMatchObject({ mode: 'attention', exitPinHash: PIN_HASH });
});

test('a kiosk whose policy was deleted: attention (this profile ran as a kiosk), not a workstation', () => {
  decide(applied(kioskPolicy));
  expect(decide(absent)).toEqual({
    mode: 'attention',
    failure: { file: POLICY_PATH, rule: 'missing', detail: 'this computer ran as a kiosk, but its policy file is gone' },
    exitPinHash: PIN_HASH,
  });
});

test('a provisioning file that could not be imported on a kiosk: attention naming that file', () => {
  const failure = { file: '/etc/dealer-desk/provisioning.json', rule: 'provisioning-rejected', detail: 'AutoGrab did not accept it' };
  expect(decide(applied(kioskPolicy), failure)).toEqual({ mode: 'attention', failure, exitPinHash: PIN_HASH });
});

test('a valid policy that turns kiosk mode off makes a workstation again (the administrator decided)', () => {
  decide(applied(kioskPolicy));
  expect(decide(applied({ ...NO_POLICY, source: 'file' }))).toEqual({ mode: 'workstation', policyMissingSinceLastStart: false });
  expect(decide(absent).mode).toBe('workstation');
});

test('a workstation policy that applied last time and is now missing is reported once', () => {
  decide(applied({ ...NO_POLICY, source: 'file', lockedSettings: ['region'] }));
  expect(decide(absent)).toEqual({ mode: 'workstation', policyMissingSinceLastStart: true });
  expect(decide(absent)).toEqual({ mode: 'workstation', policyMissingSinceLastStart: false });
});

test('an ordinary workstation start (no policy now or before) leaves no kiosk record behind', () => {
  const store = memoryStore();
  expect(decideKioskStartup({ policyPath: POLICY_PATH, loaded: absent, provisioningFailure: null, memory: new KioskMemory(store) })).toEqual({
    mode: 'workstation',
    policyMissingSinceLastStart: false,
  });
  expect(store.get('kioskIntent')).toBeUndefined();
});

test('a workstation policy that went missing keeps the PIN it carried for a later attention screen', () => {
  decide(applied({ ...NO_POLICY, source: 'file', kiosk: { ...NO_POLICY.kiosk, exitPinHash: PIN_HASH } }));
  expect(decide(absent)).toEqual({ mode: 'workstation', policyMissingSinceLastStart: true });
  expect(memory.read()).toEqual({ wasKiosk: false, policyApplied: false, exitPinHash: PIN_HASH });
  expect(decide(rejected('syntax'))).toMatchObject({ mode: 'attention', exitPinHash: PIN_HASH });
});

test('an unreadable memory record starts as a first start', () => {
  const store = memoryStore();
  store.set('kioskIntent', 'garbage');
  expect(new KioskMemory(store).read()).toEqual({ wasKiosk: false, policyApplied: false, exitPinHash: null });
});

test('a kiosk policy without a PIN keeps the last good PIN; a workstation policy forgets it', () => {
  decide(applied(kioskPolicy));
  const noPin = { ...kioskPolicy, kiosk: { ...kioskPolicy.kiosk, exitPinHash: null } };
  const failure = { file: '/etc/dealer-desk/provisioning.json', rule: 'provisioning-rejected', detail: 'AutoGrab did not accept it' };
  expect(decide(applied(noPin), failure)).toEqual({ mode: 'attention', failure, exitPinHash: PIN_HASH });
  expect(memory.read()).toEqual({ wasKiosk: true, policyApplied: true, exitPinHash: PIN_HASH });
  decide(applied({ ...NO_POLICY, source: 'file' }));
  expect(memory.read()).toEqual({ wasKiosk: false, policyApplied: true, exitPinHash: null });
  expect(decide(rejected('schema'))).toMatchObject({ mode: 'attention', exitPinHash: null });
});

test('a rejected policy with no problem listed still names the file and a rule', () => {
  expect(decide({ status: 'rejected', problems: [], policy: NO_POLICY })).toEqual({
    mode: 'attention',
    failure: { file: POLICY_PATH, rule: 'invalid', detail: 'the policy was rejected' },
    exitPinHash: null,
  });
  expect(memory.read().wasKiosk).toBe(true);
});

test('a memory record with values of the wrong type reads as a first start, field by field', () => {
  const store = memoryStore();
  store.set('kioskIntent', { wasKiosk: 'yes', policyApplied: 1, exitPinHash: 42 });
  expect(new KioskMemory(store).read()).toEqual({ wasKiosk: false, policyApplied: false, exitPinHash: null });
  store.set('kioskIntent', { wasKiosk: true, policyApplied: true, exitPinHash: PIN_HASH });
  expect(new KioskMemory(store).read()).toEqual({ wasKiosk: true, policyApplied: true, exitPinHash: PIN_HASH });
});
