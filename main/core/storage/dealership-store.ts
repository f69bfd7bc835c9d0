/**
 * The dealership profile, reconditioning presets and logo of this computer,
 * with the administrator's policy on top: fields the policy fixes win and are
 * locked, and `lockedSettings` can lock the whole profile, the presets or the
 * max-offer configuration. Stored next to the other settings; a hand-edited
 * value that no longer fits the schema falls back to the default.
 */
import { DealerDeskError } from '../errors';
import type { EffectivePolicy } from '../policy/effective-policy';
import type { KeyValueStore } from './key-value-store';
import { checkLogo } from '../appraisal/logo';
import type { LogoProblem } from '../appraisal/logo';
import { DEFAULT_DEALERSHIP, DEFAULT_RECON_PRESETS, dealershipProfileSchema, reconPresetsSchema } from '../appraisal/schemas';
import type { DealershipLogo, DealershipProfile, ReconPreset } from '../appraisal/types';

const KEYS = { profile: 'dealership', presets: 'reconPresets', logo: 'dealershipLogo' } as const;

/** What the administrator's policy locks. */
export interface DealershipLocks {
  /** Profile fields shown read-only. */
  fields: (keyof DealershipProfile)[];
  logo: boolean;
  reconPresets: boolean;
  maxOfferConfiguration: boolean;
}

/** Everything Settings shows about the dealership. */
export interface DealershipSettings {
  profile: DealershipProfile;
  reconPresets: ReconPreset[];
  logo: DealershipLogo | null;
  locks: DealershipLocks;
}

/** Thrown for a refused logo: `VALIDATION` on `logo` with the problem as the reason (`logo.<problem>`), which the renderer words. */
function logoError(problem: LogoProblem): DealerDeskError {
  const messages: Record<LogoProblem, string> = {
    'too-large': 'That logo file is too large. Use a PNG or JPEG under 512 KB.',
    svg: 'SVG logos are not accepted. Export the logo as PNG or JPEG.',
    'not-png-or-jpeg': 'That file is not a PNG or JPEG image.',
    damaged: 'That image file is damaged or incomplete.',
    'bad-dimensions': 'The logo must be between 16 and 2000 pixels wide and high.',
  };
  return new DealerDeskError('VALIDATION', messages[problem], { field: 'logo', reason: `logo.${problem}` });
}

const PROFILE_KEYS = Object.keys(DEFAULT_DEALERSHIP) as (keyof DealershipProfile)[];

/** See the file comment. */
export class DealershipStore {
  constructor(
    private readonly store: KeyValueStore,
    private readonly policy: EffectivePolicy,
  ) {}

  /** The profile, presets, logo and locks in force. */
  current(): DealershipSettings {
    const fixed = this.policy.appraisal.dealership;
    return {
      profile: { ...DEFAULT_DEALERSHIP, ...this.storedProfile(), ...fixed },
      reconPresets: this.policy.appraisal.reconPresets ?? this.storedPresets() ?? [...DEFAULT_RECON_PRESETS],
      logo: this.storedLogo(),
      locks: this.locks(),
    };
  }

  /** Applies a profile change; `POLICY_LOCKED` when it touches a locked field. */
  updateProfile(patch: Partial<DealershipProfile>): DealershipSettings {
    const locked = new Set(this.locks().fields);
    const blocked = (Object.keys(patch) as (keyof DealershipProfile)[]).find((key) => locked.has(key));
    if (blocked) throw lockedError(blocked);
    const next = dealershipProfileSchema.parse({ ...DEFAULT_DEALERSHIP, ...this.storedProfile(), ...patch });
    this.store.set(KEYS.profile, next);
    return this.current();
  }

  /** Replaces the presets; `POLICY_LOCKED` when the policy fixes them. */
  updatePresets(presets: ReconPreset[]): DealershipSettings {
    if (this.locks().reconPresets) throw lockedError('reconPresets');
    this.store.set(KEYS.presets, reconPresetsSchema.parse(presets));
    return this.current();
  }

  /** Checks and stores a logo from the file's bytes (never trusting its name). */
  setLogo(bytes: Uint8Array): DealershipSettings {
    if (this.locks().logo) throw lockedError('logo');
    const checked = checkLogo(bytes);
    if (!checked.ok) throw logoError(checked.problem);
    this.store.set(KEYS.logo, checked.logo);
    return this.current();
  }

  /** Removes the logo. */
  removeLogo(): DealershipSettings {
    if (this.locks().logo) throw lockedError('logo');
    this.store.delete(KEYS.logo);
    return this.current();
  }

  private locks(): DealershipLocks {
    const { dealership, locked } = this.policy.appraisal;
    const wholeProfile = locked.includes('dealership');
    return {
      fields: wholeProfile ? [...PROFILE_KEYS] : PROFILE_KEYS.filter((key) => dealership[key] !== undefined),
      logo: wholeProfile,
      reconPresets: locked.includes('reconPresets'),
      maxOfferConfiguration: locked.includes('maxOfferConfiguration'),
    };
  }

  private storedProfile(): Partial<DealershipProfile> {
    const parsed = dealershipProfileSchema.safeParse({ ...DEFAULT_DEALERSHIP, ...(this.store.get(KEYS.profile) as object | undefined) });
    return parsed.success ? parsed.data : {};
  }

  private storedPresets(): ReconPreset[] | null {
    const parsed = reconPresetsSchema.safeParse(this.store.get(KEYS.presets));
    return parsed.success ? parsed.data : null;
  }

  private storedLogo(): DealershipLogo | null {
    const value = this.store.get(KEYS.logo) as Partial<DealershipLogo> | undefined;
    if (typeof value?.base64 !== 'string') return null;
    // Checked again on the way out: the file could have been edited by hand.
    const checked = checkLogo(Buffer.from(value.base64, 'base64'));
    return checked.ok ? checked.logo : null;
  }
}

function lockedError(field: string): DealerDeskError {
  return new DealerDeskError('POLICY_LOCKED', 'change refused: locked by policy', { field, reason: 'settings.locked' });
}
