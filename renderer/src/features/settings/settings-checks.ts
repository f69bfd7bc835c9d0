/**
 * What the Settings forms check before anything is sent: the dealership
 * profile, the reconditioning presets and AutoGrab's max-offer costs. Each
 * problem is an i18n key (with its values), so the salesperson reads it in
 * their language next to the field; main checks everything again.
 */
import { MAX_AMOUNT, OFFER_VALIDITY_BOUNDS, PHONE_PATTERN, RECON_PRESET_KINDS } from '../../../../main/core/appraisal/types';
import type { DealershipProfile, MaxOfferConfiguration, MaxOfferCost, ReconPreset, ReconPresetKind } from '../../../../preload/contract';

/** A message to show: its i18n key and the values it fills in. */
export interface Problem {
  key: string;
  values?: Record<string, number>;
}

/** The outcome of a check: the value to send, or a problem per field. */
export type Checked<T, F extends string> = { ok: true; value: T } | { ok: false; problems: Partial<Record<F, Problem>> };

/** The profile as typed: every field a string. */
export type ProfileDraft = Record<keyof DealershipProfile, string>;

/** Control characters other than tab and line breaks: pasted from chat apps, they break PDFs, so they are dropped. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point.
const HIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const clean = (text: string) => text.replace(HIDDEN, '').trim();

/** The profile as the form starts with it. */
export function profileDraft(profile: DealershipProfile): ProfileDraft {
  return { ...profile, offerValidityDays: String(profile.offerValidityDays) };
}

/** Checks the typed profile: whole days within bounds, a phone number people can dial. */
export function checkProfile(draft: ProfileDraft): Checked<DealershipProfile, keyof DealershipProfile> {
  const problems: Partial<Record<keyof DealershipProfile, Problem>> = {};
  const days = draft.offerValidityDays.trim();
  const dayCount = /^\d{1,3}$/.test(days) ? Number(days) : NaN;
  if (!(dayCount >= OFFER_VALIDITY_BOUNDS.min && dayCount <= OFFER_VALIDITY_BOUNDS.max)) {
    problems.offerValidityDays = { key: 'settingsSections.dealership.days', values: { ...OFFER_VALIDITY_BOUNDS } };
  }
  const phone = clean(draft.phone);
  if (phone !== '' && !PHONE_PATTERN.test(phone)) problems.phone = { key: 'settingsSections.dealership.phoneProblem' };
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return {
    ok: true,
    value: { name: clean(draft.name), ssm: clean(draft.ssm), address: clean(draft.address), phone, salesperson: clean(draft.salesperson), offerValidityDays: dayCount },
  };
}

/** The presets as typed: an amount per kind, blank when the kind is not offered. */
export type PresetsDraft = Record<ReconPresetKind, string>;

/** Every kind, with the amount of its preset or blank. */
export function presetsDraft(presets: readonly ReconPreset[]): PresetsDraft {
  const amounts = new Map(presets.map((preset) => [preset.kind, String(preset.amount)]));
  return Object.fromEntries(RECON_PRESET_KINDS.map((kind) => [kind, amounts.get(kind) ?? ''])) as PresetsDraft;
}

/** Whole ringgit as typed: digits, with thousands separators allowed; null when it is not that. */
function wholeRinggit(text: string): number | null {
  const digits = text.replace(/[\s,]/g, '').replace(/^RM/i, '');
  if (!/^\d{1,9}$/.test(digits)) return null;
  const amount = Number(digits);
  return amount <= MAX_AMOUNT ? amount : null;
}

/** Checks the typed presets; blank kinds are left out. */
export function checkPresets(draft: PresetsDraft): Checked<ReconPreset[], ReconPresetKind> {
  const problems: Partial<Record<ReconPresetKind, Problem>> = {};
  const presets: ReconPreset[] = [];
  for (const kind of RECON_PRESET_KINDS) {
    const text = draft[kind].trim();
    if (text === '') continue;
    const amount = wholeRinggit(text);
    if (amount === null) problems[kind] = { key: 'settingsSections.presets.amountProblem' };
    else presets.push({ kind, amount });
  }
  return Object.keys(problems).length > 0 ? { ok: false, problems } : { ok: true, value: presets };
}

/** The max-offer costs, in the order AutoGrab's breakdown lists them. */
export const MAX_OFFER_COSTS = ['reconditioning', 'profitMargin', 'lot', 'transport', 'admin'] as const satisfies readonly (keyof MaxOfferConfiguration)[];

/** One cost as typed. */
export interface CostDraft {
  type: MaxOfferCost['type'];
  value: string;
}

/** The max-offer costs as typed. */
export type MaxOfferDraft = Record<keyof MaxOfferConfiguration, CostDraft>;

/** The configuration as the form starts with it. */
export function maxOfferDraft(configuration: MaxOfferConfiguration): MaxOfferDraft {
  return Object.fromEntries(MAX_OFFER_COSTS.map((cost) => [cost, { type: configuration[cost].type, value: String(configuration[cost].value) }])) as MaxOfferDraft;
}

/** Checks the typed costs: amounts of 0 or more (sen allowed), percentages from 0 to 100. */
export function checkMaxOffer(draft: MaxOfferDraft): Checked<MaxOfferConfiguration, keyof MaxOfferConfiguration> {
  const problems: Partial<Record<keyof MaxOfferConfiguration, Problem>> = {};
  const configuration = {} as MaxOfferConfiguration;
  for (const cost of MAX_OFFER_COSTS) {
    const { type, value } = draft[cost];
    const text = value.replace(/[\s,]/g, '').replace(/%$/, '');
    const number = /^\d{1,9}(\.\d{1,2})?$/.test(text) ? Number(text) : NaN;
    const limit = type === 'percentage' ? 100 : MAX_AMOUNT;
    if (!(number >= 0 && number <= limit)) {
      problems[cost] = { key: type === 'percentage' ? 'settingsSections.maxOffer.percentProblem' : 'settingsSections.maxOffer.valueProblem' };
    } else configuration[cost] = { type, value: number };
  }
  return Object.keys(problems).length > 0 ? { ok: false, problems } : { ok: true, value: configuration };
}
