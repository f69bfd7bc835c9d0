/**
 * Non-secret settings, validated on the way in and on the way out, with the
 * administrator's policy applied on top: policy values override the user's,
 * and locked keys cannot be changed (`POLICY_LOCKED`). A hand-edited file that
 * no longer fits the schema is backed up and reset, never half-used.
 */
import { z } from 'zod';
import type { SettingKey, SettingLock, Settings } from '../app-types';
import { AU_STATES, REGIONS } from '../domain';
import { DealerDeskError } from '../errors';
import { POLICY_LOCK_REASON } from '../message-codes';
import type { EffectivePolicy } from '../policy/effective-policy';
import type { KeyValueStore } from './key-value-store';

/** Out-of-the-box settings: Malaysia, production AutoGrab. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  region: 'my',
  auState: null,
  baseUrl: 'https://api.autograb.com.au',
  tokenUrl: null,
  maxOffer: false,
  requireOdometer: false,
  language: 'en',
});

/** https anywhere; plain http only to this machine (the local sandbox and test servers). */
function isAllowedServiceUrl(value: string): boolean {
  try {
    const url = new URL(value);
    if (url.username || url.password || url.search || url.hash) return false;
    if (url.protocol === 'https:') return true;
    return url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  } catch {
    return false;
  }
}

const serviceUrl = (label: string) =>
  z
    .string()
    .max(300, { error: `The ${label} is too long.` })
    .refine(isAllowedServiceUrl, { error: `The ${label} must be an https:// address, for example https://api.autograb.com.au.` });

/** One schema for every settings key; used by the store and by the IPC `settings:update` schema. */
export const settingsShape = {
  region: z.enum(REGIONS, { error: 'Choose a market: Malaysia, Australia, New Zealand or the United Kingdom.' }),
  auState: z.enum(AU_STATES, { error: 'Choose an Australian state.' }).nullable(),
  baseUrl: serviceUrl('AutoGrab address'),
  tokenUrl: serviceUrl('sign-in (token) address').nullable(),
  maxOffer: z.boolean({ error: 'Max offer must be switched on or off.' }),
  requireOdometer: z.boolean({ error: 'Choose whether an odometer reading is required.' }),
  language: z.enum(['en', 'ms'], { error: 'Choose English or Bahasa Melayu.' }),
};

const storedSettingsSchema = z.object(settingsShape).partial().strict();

/** Main sends a code; the renderer words it ("Set by your administrator."). */
const LOCK_REASON = POLICY_LOCK_REASON;

/** Settings with the policy on top; see the file comment. */
export class SettingsStore {
  /** Path of the backup when the stored settings were unusable and have been reset; null otherwise. */
  readonly resetBackupPath: string | null;
  private stored: Partial<Settings>;

  constructor(
    private readonly store: KeyValueStore,
    private readonly policy: EffectivePolicy,
  ) {
    const parsed = storedSettingsSchema.safeParse(store.get('settings') ?? {});
    if (parsed.success) {
      this.stored = parsed.data;
      this.resetBackupPath = null;
    } else {
      this.resetBackupPath = store.resetWithBackup();
      this.stored = {};
    }
  }

  /** The settings the app runs with. */
  current(): Settings {
    return { ...DEFAULT_SETTINGS, ...this.stored, ...this.policyOverrides() };
  }

  /** Keys the user cannot change, with the reason. */
  locks(): SettingLock[] {
    const keys = new Set<SettingKey>([...this.policy.lockedSettings, ...(Object.keys(this.policyOverrides()) as SettingKey[])]);
    return [...keys].map((key) => ({ key, reason: LOCK_REASON }));
  }

  /**
   * Applies a validated patch. Throws `POLICY_LOCKED` when it touches a locked
   * key; `check` sees the resulting settings before anything is saved and may
   * refuse them by throwing.
   */
  update(patch: Partial<Settings>, check?: (next: Settings) => void): Settings {
    const locked = new Set(this.locks().map((lock) => lock.key));
    const blocked = (Object.keys(patch) as SettingKey[]).find((key) => locked.has(key));
    if (blocked) {
      throw new DealerDeskError('POLICY_LOCKED', 'Your administrator has locked this setting, so it cannot be changed here.', {
        field: blocked,
        reason: 'settings.locked',
      });
    }
    const next = storedSettingsSchema.parse({ ...this.stored, ...patch });
    check?.({ ...DEFAULT_SETTINGS, ...next, ...this.policyOverrides() });
    this.store.set('settings', next);
    this.stored = next;
    return this.current();
  }

  private policyOverrides(): Partial<Settings> {
    const { baseUrl, tokenUrl, region, state } = this.policy.autograb;
    const overrides: Partial<Settings> = {};
    if (baseUrl !== undefined) overrides.baseUrl = baseUrl;
    if (tokenUrl !== undefined) overrides.tokenUrl = tokenUrl;
    if (region !== undefined) overrides.region = region;
    if (state !== undefined) overrides.auState = state;
    return overrides;
  }
}
