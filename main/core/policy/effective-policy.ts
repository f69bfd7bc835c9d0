/**
 * The policy the app runs under, after the administrator's policy file (if any)
 * has been found, trusted and validated. The shell (window, settings, secret
 * storage, updater) reads only this shape; the loader in this folder produces it.
 */
import type { DealershipProfile, ReconPreset } from '../appraisal/types';
import type { AuState, Region } from '../domain';

/** Settings an administrator can lock (same keys as the contract's `Settings`). */
export type LockableSetting = 'region' | 'auState' | 'baseUrl' | 'tokenUrl' | 'maxOffer' | 'requireOdometer' | 'language';

/** Appraisal settings an administrator can lock: the dealership profile, the reconditioning presets, AutoGrab's max-offer configuration. */
export type LockableAppraisalSetting = 'dealership' | 'reconPresets' | 'maxOfferConfiguration';

/** A daily window, local time, in which a kiosk may restart to install an update. */
export interface MaintenanceWindow {
  /** `HH:MM`, 24-hour. */
  start: string;
  /** `HH:MM`, 24-hour; may be earlier than `start` for a window across midnight. */
  end: string;
}

/** Everything the policy decides, with defaults filled in. */
export interface EffectivePolicy {
  /** Where it came from: `none` when no file was found or it was rejected. */
  source: 'none' | 'file';
  kiosk: {
    enabled: boolean;
    /** Seconds of inactivity before the screen resets; null = never. */
    idleResetSeconds: number | null;
    /** scrypt hash of the admin exit PIN (`scrypt$N$r$p$salt$hash`, base64 parts); null = no PIN exit. */
    exitPinHash: string | null;
    /** Whether `dealer-desk:` links and `--plate`/`--vin` arguments may fill the kiosk's search box. */
    allowDeepLinks: boolean;
  };
  /** AutoGrab connection values that override the user's settings. */
  autograb: {
    baseUrl?: string;
    tokenUrl?: string;
    region?: Region;
    state?: AuState;
  };
  /** Settings shown read-only, with the reason. */
  lockedSettings: LockableSetting[];
  /** Appraisal settings: values the policy fixes (each fixed field or list is also locked) and whole settings locked. */
  appraisal: {
    dealership: Partial<DealershipProfile>;
    reconPresets: ReconPreset[] | null;
    locked: LockableAppraisalSetting[];
  };
  updates: {
    enabled: boolean;
    /** Overrides the build's generic provider URL. */
    url?: string;
    channel?: string;
    maintenanceWindow?: MaintenanceWindow;
  };
  /** Allow storing credentials when Linux offers only `basic_text` secret storage. */
  allowInsecureSecretStorage: boolean;
}

/** The policy when there is no (trusted, valid) policy file: nothing locked, nothing forced. */
export const NO_POLICY: EffectivePolicy = Object.freeze({
  source: 'none',
  kiosk: { enabled: false, idleResetSeconds: null, exitPinHash: null, allowDeepLinks: false },
  autograb: {},
  lockedSettings: [],
  appraisal: { dealership: {}, reconPresets: null, locked: [] },
  updates: { enabled: true },
  allowInsecureSecretStorage: false,
}) as EffectivePolicy;
