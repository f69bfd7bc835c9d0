/**
 * The appraisal: the record a dealership keeps for each car it is offered
 * (vehicle, valuation, customer, reconditioning, offer and what happened),
 * and the dealership profile printed on the customer offer.
 *
 * Types only, so the contract and the renderer can `import type` them.
 */
import type { ConditionScore, ValuationResult } from '../domain';
import type { MarketEvidence } from '../market/evidence';

/** What happened to an appraisal, in the order it usually moves. */
export const APPRAISAL_STATUSES = ['open', 'offered', 'accepted', 'declined', 'bought'] as const;

/** One of {@link APPRAISAL_STATUSES}. */
export type AppraisalStatus = (typeof APPRAISAL_STATUSES)[number];

/** Where the valuation came from (same meaning as the contract's `DataMode`). */
export type AppraisalMode = 'demo' | 'live';

/** The preset reconditioning items (labels live in the renderer's i18n files). */
export const RECON_PRESET_KINDS = ['tyres', 'brakes', 'panelPaint', 'windscreen', 'service', 'detailing', 'puspakom', 'jpjTransfer'] as const;

/** One of {@link RECON_PRESET_KINDS}. */
export type ReconPresetKind = (typeof RECON_PRESET_KINDS)[number];

/** A preset the salesperson adds with one click: its default amount in whole ringgit. */
export interface ReconPreset {
  kind: ReconPresetKind;
  amount: number;
}

/** One reconditioning line: a preset or a free-form line the salesperson typed. */
export interface ReconLine {
  /** The preset it came from; null for a free-form line. */
  kind: ReconPresetKind | null;
  /** Free-form lines carry their own label; preset lines may leave it empty. */
  label: string;
  /** Whole ringgit, 0 or more. */
  amount: number;
  note: string;
}

/** The customer who brought the car: personal data under PDPA 2010, stored only encrypted. */
export interface CustomerDetails {
  name: string;
  phone: string;
}

/** The vehicle as it was found: the plate or VIN it was searched by, and the catalogue variant. */
export interface AppraisalVehicle {
  /** AutoGrab vehicle id. */
  id: string;
  /** The catalogue title (year, make, model, variant). */
  title: string;
  plate: string | null;
  vin: string | null;
}

/** What the salesperson fills in; main adds the id, reference, dates and valuation snapshot. */
export interface AppraisalInput {
  vehicle: AppraisalVehicle;
  /** The kms entered; null when left blank (AutoGrab's average was priced). */
  kms: number | null;
  conditionScore: ConditionScore | null;
  customer: CustomerDetails;
  salesperson: string;
  notes: string;
  recon: ReconLine[];
  /** The offer in whole ringgit; null until one is worked out. */
  offer: number | null;
  status: AppraisalStatus;
}

/** An appraisal as the renderer sees it (customer details decrypted for this window only). */
export interface Appraisal extends AppraisalInput {
  /** Internal id (UUID). */
  id: string;
  /** The short reference printed on paper, e.g. `DD-2026-000123`. */
  reference: string;
  createdAt: string;
  updatedAt: string;
  /** `YYYY-MM-DD`: the last day the offer stands. */
  validUntil: string;
  mode: AppraisalMode;
  valuation: ValuationResult;
  /** Market evidence, when the valuation came with it. */
  market?: MarketEvidence;
  /** True when customer details are stored but this computer cannot decrypt them (keyring locked or changed). */
  customerUnavailable: boolean;
}

/** The largest amount accepted anywhere on an appraisal, in ringgit (no used car costs more). */
export const MAX_AMOUNT = 10_000_000;

/** Offer validity bounds, in days. */
export const OFFER_VALIDITY_BOUNDS = Object.freeze({ min: 1, max: 90 });

/** The longest text of each dealership profile field: main's schema enforces them, the Settings form stops typing there. */
export const DEALERSHIP_TEXT_LIMITS = Object.freeze({ name: 120, ssm: 40, address: 300, phone: 30, salesperson: 80 });

/** A phone number as people write it: digits, spaces, +, -, brackets (at least 6). */
export const PHONE_PATTERN = /^\+?[\d\s()-]{6,}$/;

/** The dealership printed on the customer offer. */
export interface DealershipProfile {
  name: string;
  /** SSM company registration number, e.g. `202301012345 (1234567-X)`. */
  ssm: string;
  address: string;
  phone: string;
  /** The salesperson for this workstation. */
  salesperson: string;
  /** How many days an offer stands (default 7). */
  offerValidityDays: number;
}

/** A validated logo, ready to show as a data URL. */
export interface DealershipLogo {
  mimeType: 'image/png' | 'image/jpeg';
  width: number;
  height: number;
  /** base64 of the file bytes. */
  base64: string;
}
