/**
 * From a valid policy file to the policy the app runs with: only what the
 * file sets is forced, forced values are also locked (once each), and fixed
 * presets lock the presets.
 */
import { NO_POLICY } from '../../../main/core/policy/effective-policy';
import { policyFileSchema, toEffectivePolicy } from '../../../main/core/policy/policy-schema';

const effective = (file: unknown) => toEffectivePolicy(policyFileSchema.parse(file));

test('updates: only the values the file sets are carried over', () => {
  expect(effective({ updates: { enabled: false } }).updates).toEqual({ enabled: false });
  expect(effective({ updates: { channel: 'beta' } }).updates).toEqual({ enabled: true, channel: 'beta' });
  expect(effective({ updates: { url: 'https://updates.dealer.example/desk' } }).updates).toEqual({ enabled: true, url: 'https://updates.dealer.example/desk' });
  expect(effective({ updates: { maintenanceWindow: { start: '23:30', end: '01:00' } } }).updates).toEqual({ enabled: true, maintenanceWindow: { start: '23:30', end: '01:00' } });
});

test('a setting both listed as locked and forced is locked once; a forced state locks the AU state setting', () => {
  const policy = effective({ autograb: { region: 'au', state: 'NSW' }, lockedSettings: ['region', 'language'] });
  expect(policy.lockedSettings).toEqual(['region', 'language', 'auState']);
  expect(policy.autograb).toEqual({ region: 'au', state: 'NSW' });
});

test('fixed presets are locked even when not listed; a listed appraisal setting is not a settings lock', () => {
  const policy = effective({ reconPresets: [{ kind: 'tyres', amount: 700 }], lockedSettings: ['dealership'] });
  expect(policy.appraisal).toEqual({ dealership: {}, reconPresets: [{ kind: 'tyres', amount: 700 }], locked: ['dealership', 'reconPresets'] });
  expect(policy.lockedSettings).toEqual([]);
});

test('kiosk values the file leaves out keep the no-policy defaults', () => {
  expect(effective({ kiosk: { enabled: true } }).kiosk).toEqual({ ...NO_POLICY.kiosk, enabled: true });
  expect(effective({ kiosk: { idleResetSeconds: null } }).kiosk.idleResetSeconds).toBeNull();
});

test('idle reset: 30 seconds to a day are accepted, outside is refused', () => {
  expect(effective({ kiosk: { idleResetSeconds: 30 } }).kiosk.idleResetSeconds).toBe(30);
  expect(effective({ kiosk: { idleResetSeconds: 86_400 } }).kiosk.idleResetSeconds).toBe(86_400);
  expect(policyFileSchema.safeParse({ kiosk: { idleResetSeconds: 29 } }).success).toBe(false);
  expect(policyFileSchema.safeParse({ kiosk: { idleResetSeconds: 86_401 } }).success).toBe(false);
});

test('an address with a user name or a password, or plain http, is refused; a channel name starts with a letter or digit and has at most 32 characters', () => {
  expect(policyFileSchema.safeParse({ autograb: { tokenUrl: 'https://:pw@login.example' } }).success).toBe(false);
  expect(policyFileSchema.safeParse({ autograb: { baseUrl: 'https://dealer@api.autograb.example' } }).success).toBe(false);
  expect(policyFileSchema.safeParse({ updates: { url: 'http://updates.example' } }).success).toBe(false);
  expect(policyFileSchema.safeParse({ updates: { channel: `a${'b'.repeat(31)}` } }).success).toBe(true);
  expect(policyFileSchema.safeParse({ updates: { channel: `a${'b'.repeat(32)}` } }).success).toBe(false);
  expect(policyFileSchema.safeParse({ updates: { channel: '-beta' } }).success).toBe(false);
});
