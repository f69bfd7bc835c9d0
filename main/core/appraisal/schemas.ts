/**
 * zod schemas for what the salesperson enters on an appraisal and in the
 * dealership profile. Used at the IPC boundary, by the policy file (profile
 * and presets) and when reading the store back, so all three agree.
 * Every string has a length cap and every amount a range.
 */
import { z } from 'zod';
import { APPRAISAL_STATUSES, DEALERSHIP_TEXT_LIMITS, MAX_AMOUNT, OFFER_VALIDITY_BOUNDS, PHONE_PATTERN, RECON_PRESET_KINDS } from './types';
import type { AppraisalInput, DealershipProfile, ReconPreset } from './types';

export { MAX_AMOUNT, OFFER_VALIDITY_BOUNDS };
/** How many reconditioning lines one appraisal may carry. */
export const MAX_RECON_LINES = 40;

/** A whole-ringgit amount. */
export const ringgit = z
  .number({ error: 'Enter the amount in ringgit, for example 350.' })
  .int({ error: 'Enter whole ringgit, without sen.' })
  .min(0, { error: 'An amount cannot be negative.' })
  .max(MAX_AMOUNT, { error: 'That amount is too large.' });

/** Control characters other than tab and line breaks (a hidden character pasted from a chat app). */
function hasControlCharacter(text: string): boolean {
  return [...text].some((char) => {
    const code = char.charCodeAt(0);
    return (code < 0x20 && char !== '\t' && char !== '\n' && char !== '\r') || code === 0x7f;
  });
}

/** Plain text of at most `max` characters, trimmed, without control characters (they break PDFs and CSV). */
export const plainText = (max: number, what: string) =>
  z
    .string({ error: `${what} must be text.` })
    .trim()
    .max(max, { error: `${what} is too long (at most ${max} characters).` })
    .refine((text) => !hasControlCharacter(text), { error: `${what} contains characters that cannot be printed.` });

/** A Malaysian or international phone number as people write it: digits, spaces, +, -, brackets. */
const phone = plainText(DEALERSHIP_TEXT_LIMITS.phone, 'The phone number').refine((text) => text === '' || PHONE_PATTERN.test(text), {
  error: 'Enter the phone number with digits only, for example 012-345 6789.',
});

export const conditionScoreSchema = z.literal([1, 2, 3, 4, 5], { error: 'Choose a condition from 1 (poor) to 5 (excellent).' });

const reconKind = z.enum(RECON_PRESET_KINDS, { error: 'That reconditioning item is not one Dealer Desk knows.' });

export const reconLineSchema = z
  .object({ kind: reconKind.nullable(), label: plainText(60, 'The item name'), amount: ringgit, note: plainText(200, 'The note') })
  .strict()
  .refine((line) => line.kind !== null || line.label !== '', { error: 'Give the reconditioning item a name.', path: ['label'] });

/** The appraisal form as an object schema (the store reuses its fields). */
export const appraisalInputObject = z
  .object({
    vehicle: z
      .object({
        id: z.string().min(1).max(64),
        title: plainText(200, 'The vehicle name'),
        plate: plainText(20, 'The number plate').nullable(),
        vin: plainText(32, 'The VIN').nullable(),
      })
      .strict(),
    kms: z.number().int().min(0).max(2_000_000).nullable(),
    conditionScore: conditionScoreSchema.nullable(),
    customer: z.object({ name: plainText(100, "The customer's name"), phone }).strict(),
    salesperson: plainText(80, "The salesperson's name"),
    notes: plainText(2000, 'The notes'),
    recon: z.array(reconLineSchema).max(MAX_RECON_LINES, { error: `At most ${MAX_RECON_LINES} reconditioning items.` }),
    offer: ringgit.nullable(),
    status: z.enum(APPRAISAL_STATUSES, { error: 'Choose a status: open, offered, accepted, declined or bought.' }),
  })
  .strict();

/** What the salesperson enters on an appraisal. */
export const appraisalInputSchema: z.ZodType<AppraisalInput> = appraisalInputObject;

export const dealershipProfileShape = {
  name: plainText(DEALERSHIP_TEXT_LIMITS.name, 'The dealership name'),
  ssm: plainText(DEALERSHIP_TEXT_LIMITS.ssm, 'The SSM registration number'),
  address: plainText(DEALERSHIP_TEXT_LIMITS.address, 'The address'),
  phone,
  salesperson: plainText(DEALERSHIP_TEXT_LIMITS.salesperson, "The salesperson's name"),
  offerValidityDays: z
    .number({ error: 'Enter the offer validity in days.' })
    .int({ error: 'Enter whole days.' })
    .min(OFFER_VALIDITY_BOUNDS.min, { error: `An offer stands for at least ${OFFER_VALIDITY_BOUNDS.min} day.` })
    .max(OFFER_VALIDITY_BOUNDS.max, { error: `An offer stands for at most ${OFFER_VALIDITY_BOUNDS.max} days.` }),
};

export const dealershipProfileSchema: z.ZodType<DealershipProfile> = z.object(dealershipProfileShape).strict();

/** The presets: each kind at most once. */
export const reconPresetsSchema: z.ZodType<ReconPreset[]> = z
  .array(z.object({ kind: reconKind, amount: ringgit }).strict())
  .max(RECON_PRESET_KINDS.length)
  .refine((presets) => new Set(presets.map((preset) => preset.kind)).size === presets.length, { error: 'Each preset may appear only once.' });

/** Out of the box: no dealership yet, offers stand 7 days. */
export const DEFAULT_DEALERSHIP: Readonly<DealershipProfile> = Object.freeze({
  name: '',
  ssm: '',
  address: '',
  phone: '',
  salesperson: '',
  offerValidityDays: 7,
});

/**
 * Default preset amounts in ringgit: starting points a dealership edits.
 * PUSPAKOM's B5 fee differs between public sources, so it is only a default.
 */
export const DEFAULT_RECON_PRESETS: readonly ReconPreset[] = Object.freeze([
  { kind: 'tyres', amount: 800 },
  { kind: 'brakes', amount: 300 },
  { kind: 'panelPaint', amount: 600 },
  { kind: 'windscreen', amount: 500 },
  { kind: 'service', amount: 350 },
  { kind: 'detailing', amount: 200 },
  { kind: 'puspakom', amount: 60 },
  { kind: 'jpjTransfer', amount: 150 },
]);
