/**
 * VIN checks. Pure (imports only the pure text cleaner) so the renderer can use it as-you-type.
 *
 * A VIN is 17 letters and digits without I, O or Q (ISO 3779). The check digit
 * is not verified: it is only mandatory in North America, and Malaysian,
 * Australian and UK VINs routinely fail it.
 */
import { cleanText } from './clean-text';

/** Why a VIN was rejected. */
export const VIN_ISSUE_CODES = ['empty', 'length', 'illegal-character', 'forbidden-letter'] as const;

/** One of {@link VIN_ISSUE_CODES}; the renderer's i18n files hold the sentence for each. */
export type VinIssueCode = (typeof VIN_ISSUE_CODES)[number];

/** The outcome of {@link checkVin}. */
export interface VinCheck {
  /** No issue: the VIN may be sent to AutoGrab. */
  ok: boolean;
  /** Upper case, spaces and dashes removed. */
  normalized: string;
  issues: Array<{ code: VinIssueCode; severity: 'error' }>;
}

/** Checks and normalises a VIN. Never throws. */
export function checkVin(input: string): VinCheck {
  const normalized = cleanText(input).normalize('NFKC').toUpperCase().replace(/[\s-]/g, '');
  const codes: VinIssueCode[] = [];
  if (normalized === '') codes.push('empty');
  else {
    if (/[^A-Z0-9]/.test(normalized)) codes.push('illegal-character');
    if (/[IOQ]/.test(normalized)) codes.push('forbidden-letter');
    if (normalized.length !== 17) codes.push('length');
  }
  return { ok: codes.length === 0, normalized, issues: codes.map((code) => ({ code, severity: 'error' as const })) };
}
