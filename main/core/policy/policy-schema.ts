/**
 * The policy file format, strictly: an unknown key or a bad value rejects the
 * whole file (never half-applied), with a message naming the key. See
 * docs/kiosk.md for an example file.
 */
import { z } from 'zod';
import { dealershipProfileShape, reconPresetsSchema } from '../appraisal/schemas';
import { AU_STATES, REGIONS } from '../domain';
import type { EffectivePolicy, LockableAppraisalSetting, LockableSetting } from './effective-policy';
import { NO_POLICY } from './effective-policy';
import { parsePinHash } from './exit-pin';

const LOCKABLE_SETTINGS = ['region', 'auState', 'baseUrl', 'tokenUrl', 'maxOffer', 'requireOdometer', 'language'] as const satisfies readonly LockableSetting[];
const LOCKABLE_APPRAISAL = ['dealership', 'reconPresets', 'maxOfferConfiguration'] as const satisfies readonly LockableAppraisalSetting[];
const LOCKABLE = [...LOCKABLE_SETTINGS, ...LOCKABLE_APPRAISAL] as const;

/** Shortest and longest idle reset the policy accepts, in seconds. */
export const IDLE_RESET_BOUNDS = Object.freeze({ min: 30, max: 86_400 });

function isHttpsWithoutCredentials(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

const httpsUrl = z
  .string('must be an https:// address')
  .refine(isHttpsWithoutCredentials, 'must be an https:// address without a user name or password');

const wholeSeconds = `must be a whole number of seconds between ${IDLE_RESET_BOUNDS.min} and ${IDLE_RESET_BOUNDS.max}`;
const hhmm = z.string('must be a time like "02:30"').regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a 24-hour time like "02:30"');
const flag = z.boolean('must be true or false');

const kioskSchema = z.strictObject({
  enabled: flag.optional(),
  idleResetSeconds: z.int(wholeSeconds).min(IDLE_RESET_BOUNDS.min, wholeSeconds).max(IDLE_RESET_BOUNDS.max, wholeSeconds).nullable().optional(),
  exitPinHash: z
    .string('must be the text printed by the PIN hashing tool')
    .check((ctx) => {
      const parsed = parsePinHash(ctx.value);
      if (typeof parsed === 'string') ctx.issues.push({ code: 'custom', message: parsed, input: ctx.value });
    })
    .optional(),
  allowDeepLinks: flag.optional(),
});

const updatesSchema = z.strictObject({
  enabled: flag.optional(),
  url: httpsUrl.optional(),
  channel: z.string('must be text').regex(/^[a-z0-9][a-z0-9-]{0,31}$/, 'must be a channel name like "latest" or "beta"').optional(),
  maintenanceWindow: z.strictObject({ start: hhmm, end: hhmm }).refine((w) => w.start !== w.end, 'start and end must differ').optional(),
});

const autograbSchema = z.strictObject({
  baseUrl: httpsUrl.optional(),
  tokenUrl: httpsUrl.optional(),
  region: z.enum(REGIONS, `must be one of ${REGIONS.join(', ')}`).optional(),
  state: z.enum(AU_STATES, `must be one of ${AU_STATES.join(', ')}`).optional(),
});

/** The dealership printed on customer offers; every field optional (a kiosk may fix the company and leave the salesperson free). */
const dealershipSchema = z.strictObject(dealershipProfileShape).partial();

/** The policy file, exactly. */
export const policyFileSchema = z.strictObject(
  {
    kiosk: kioskSchema.optional(),
    autograb: autograbSchema.optional(),
    lockedSettings: z.array(z.enum(LOCKABLE, `must be one of ${LOCKABLE.join(', ')}`), 'must be a list of setting names').optional(),
    updates: updatesSchema.optional(),
    dealership: dealershipSchema.optional(),
    reconPresets: reconPresetsSchema.optional(),
    allowInsecureSecretStorage: flag.optional(),
  },
  'must be a JSON object like { "kiosk": { … } }',
);

/** A parsed policy file. */
export type PolicyFile = z.infer<typeof policyFileSchema>;

/** Settings that a forced `autograb` value implies are locked (a forced value must not look editable). */
const FORCED_TO_LOCK = { baseUrl: 'baseUrl', tokenUrl: 'tokenUrl', region: 'region', state: 'auState' } as const satisfies Record<
  keyof NonNullable<PolicyFile['autograb']>,
  LockableSetting
>;

/** The {@link EffectivePolicy} of a valid file: defaults filled in, forced AutoGrab values also locked. */
export function toEffectivePolicy(file: PolicyFile): EffectivePolicy {
  const autograb = { ...file.autograb };
  const forced = (Object.keys(autograb) as Array<keyof typeof FORCED_TO_LOCK>).map((key) => FORCED_TO_LOCK[key]);
  const updates: EffectivePolicy['updates'] = { enabled: file.updates?.enabled ?? NO_POLICY.updates.enabled };
  if (file.updates?.url) updates.url = file.updates.url;
  if (file.updates?.channel) updates.channel = file.updates.channel;
  if (file.updates?.maintenanceWindow) updates.maintenanceWindow = { ...file.updates.maintenanceWindow };
  const locked = file.lockedSettings ?? [];
  const isSetting = (key: (typeof LOCKABLE)[number]): key is LockableSetting => (LOCKABLE_SETTINGS as readonly string[]).includes(key);
  const appraisalLocks = new Set(locked.filter((key): key is LockableAppraisalSetting => !isSetting(key)));
  // A value the policy fixes must not look editable (dealership fields it fixes are locked one by one).
  if (file.reconPresets) appraisalLocks.add('reconPresets');
  return {
    source: 'file',
    kiosk: {
      enabled: file.kiosk?.enabled ?? false,
      idleResetSeconds: file.kiosk?.idleResetSeconds ?? null,
      exitPinHash: file.kiosk?.exitPinHash ?? null,
      allowDeepLinks: file.kiosk?.allowDeepLinks ?? false,
    },
    autograb,
    lockedSettings: [...new Set([...locked.filter(isSetting), ...forced])],
    appraisal: { dealership: { ...file.dealership }, reconPresets: file.reconPresets ?? null, locked: [...appraisalLocks] },
    updates,
    allowInsecureSecretStorage: file.allowInsecureSecretStorage ?? false,
  };
}
