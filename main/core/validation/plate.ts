/**
 * Number-plate checks for every AutoGrab market, Malaysia (JPJ rules) first.
 *
 * Pure on purpose: the renderer imports this file for as-you-type feedback and
 * the core uses the same function at its boundary, so both always agree. No
 * imports except types, no zod, no node built-ins.
 *
 * Malaysian rules follow malaysia-market.md §3: a letter prefix (area code plus
 * serial letters), a number 1–9999 without a leading zero, and an optional
 * one-letter suffix; word series (MALAYSIA 1), letter–number–letter specials
 * (M1M, G12G) and diplomatic plates (12-34-DC). JPJ keeps adding series, so a
 * well-formed plate from an unfamiliar series is a warning, never a block.
 */
import { cleanText } from './clean-text';
import type { AuState, Region } from '../domain';

/**
 * Why a plate was rejected (severity `error`) or flagged (severity `warning`).
 * Only codes live here: the renderer's i18n files hold the one sentence for
 * each (EN and BM), for as-you-type hints and for VALIDATION details alike.
 */
export const PLATE_ISSUE_CODES = [
  'empty',
  'illegal-character',
  'no-number',
  'leading-zero',
  'too-many-digits',
  'digits-first',
  'letter-in-number',
  'forbidden-serial-letter',
  'bad-suffix',
  'unknown-state-code',
  'retired-code',
  'unknown-series',
  'not-yet-issued',
  'test-plate-not-allowed',
  'state-required',
  'bad-format',
] as const;

/** One of {@link PLATE_ISSUE_CODES}. */
export type PlateIssueCode = (typeof PLATE_ISSUE_CODES)[number];

/** One finding about a plate. Only `error` findings block a lookup. */
export interface PlateIssue {
  code: PlateIssueCode;
  severity: 'error' | 'warning';
}

/** The outcome of {@link checkPlate}. */
export interface PlateCheck {
  /** No error-severity issue: the plate may be sent to AutoGrab. */
  ok: boolean;
  /** What AutoGrab receives: upper case, no spaces or separators (`WXY1234`). */
  compact: string;
  /** How people write it (`WXY 1234`, `W 1234 A`, `12-34-DC`). */
  display: string;
  /** Plate class, e.g. `standard`, `kl-suffix`, `langkawi`, `sabah`, `sarawak`, `taxi`, `military`, `diplomatic`, `special`, `test`. */
  kind: string | null;
  /** Registration area when the plate shows one, e.g. `Kuala Lumpur`. */
  area: string | null;
  issues: PlateIssue[];
}

/** Options for {@link checkPlate}. */
export interface PlateCheckOptions {
  region: Region;
  /** Australian state; AutoGrab needs one with every AU plate lookup. */
  state?: AuState;
  /** AutoGrab's free `REG4…` test plates work on production, so they are allowed unless switched off. */
  allowTestPlates?: boolean;
}

/** Areas by first letter (peninsular states and federal territories). */
const STATE_AREAS: Record<string, string> = {
  A: 'Perak',
  B: 'Selangor',
  C: 'Pahang',
  D: 'Kelantan',
  F: 'Putrajaya',
  J: 'Johor',
  K: 'Kedah',
  L: 'Labuan',
  M: 'Melaka',
  N: 'Negeri Sembilan',
  P: 'Penang',
  R: 'Perlis',
  T: 'Terengganu',
  V: 'Kuala Lumpur',
  W: 'Kuala Lumpur',
};

/** Sabah divisions, longest codes first so `SAB` wins over `SA`. */
const SABAH_DIVISIONS: Array<[string, string]> = [
  ['SAA', 'Kota Kinabalu'],
  ['SAB', 'Kota Kinabalu'],
  ['SAC', 'Kota Kinabalu'],
  ['SSA', 'Sandakan'],
  ['STA', 'Tawau'],
  ['SA', 'Kota Kinabalu'],
  ['SY', 'Kota Kinabalu'],
  ['SB', 'Beaufort'],
  ['SD', 'Lahad Datu'],
  ['SK', 'Kudat'],
  ['SS', 'Sandakan'],
  ['SM', 'Sandakan'],
  ['ST', 'Tawau'],
  ['SW', 'Tawau'],
  ['SU', 'Keningau'],
];

/** Sarawak divisions by the letter after Q. */
const SARAWAK_DIVISIONS: Record<string, string> = {
  A: 'Kuching',
  K: 'Kuching',
  B: 'Sri Aman / Betong',
  C: 'Samarahan',
  L: 'Limbang',
  M: 'Miri',
  P: 'Kapit',
  R: 'Sarikei',
  S: 'Sibu / Mukah',
  T: 'Bintulu',
};

/** JPJ word series: the word, then 1–9999. Longest first so `PUTRAJAYA` wins over shorter words. */
const WORD_SERIES = ['PUTRAJAYA', 'MALAYSIA', 'PATRIOT', 'PERFECT', 'NBOS', 'NAAM', 'IM4U', 'GOLD', 'K1M', 'T1M', 'A1M', 'VIP'];

/** Tendered short prefixes whose first letter is not an area code. */
const SPECIAL_PREFIXES = new Set(['X', 'XX', 'YY', 'UU', 'UP', 'UA', 'GTR', 'GG', 'US', 'G', 'GT', 'U', 'Y', 'SAM', 'SMS', 'FB']);

/** First letters that are never issued: I and O look like 1 and 0. */
const NEVER_FIRST = new Set(['I', 'O']);

/** Serial letters JPJ never uses after the area letter (Z is reserved for the military). */
const FORBIDDEN_SERIAL = /[IOZ]/;

const TEST_PLATE = /^REG4[A-Z0-9]*$/;
const DIPLOMATIC = /^(\d{2})-?(\d{2})-?(DC|CC|UN)$/;

/**
 * Checks and normalises a number plate for `options.region`. Never throws:
 * problems come back as `issues`, and `ok` is false when any is an error.
 */
export function checkPlate(input: string, options: PlateCheckOptions): PlateCheck {
  const upper = cleanText(input).normalize('NFKC').trim().toUpperCase();
  const spaced = upper.replace(/\s+/g, ' ');
  const compact = upper.replace(/[\s\-._]/g, '');
  const base: PlateCheck = { ok: false, compact, display: spaced, kind: null, area: null, issues: [] };
  if (compact === '') return withIssues(base, [error('empty')]);
  if (/[^A-Z0-9]/.test(compact)) return withIssues(base, [error('illegal-character')]);

  if (TEST_PLATE.test(compact)) {
    const issues = options.allowTestPlates === false ? [error('test-plate-not-allowed')] : [];
    if (options.region === 'au' && !options.state) issues.push(error('state-required'));
    return withIssues({ ...base, display: compact, kind: 'test' }, issues);
  }

  switch (options.region) {
    case 'my':
      return checkMalaysianPlate(upper.replace(/\s+/g, ''), base);
    case 'au':
      return checkPlainPlate(base, 9, options.state ? [] : [error('state-required')], options.state ?? null);
    case 'nz':
      return checkPlainPlate(base, 6, [], null);
    case 'uk':
      return checkUkPlate(base);
  }
}

/** AU and NZ plates: letters and digits, with personalised plates allowed, so only length is checked. */
function checkPlainPlate(base: PlateCheck, maxLength: number, issues: PlateIssue[], area: string | null): PlateCheck {
  const lengthIssues = base.compact.length > maxLength ? [error('bad-format')] : [];
  return withIssues({ ...base, display: base.compact, kind: 'standard', area }, [...lengthIssues, ...issues]);
}

/** UK VRMs: up to 7 characters; the current format `KW73NKE` displays as `KW73 NKE`. */
function checkUkPlate(base: PlateCheck): PlateCheck {
  const current = /^([A-Z]{2}\d{2})([A-Z]{3})$/.exec(base.compact);
  const display = current ? `${current[1]} ${current[2]}` : base.compact;
  const issues = base.compact.length > 7 ? [error('bad-format')] : [];
  return withIssues({ ...base, display, kind: 'standard' }, issues);
}

function checkMalaysianPlate(withSeparators: string, base: PlateCheck): PlateCheck {
  const diplomatic = DIPLOMATIC.exec(withSeparators);
  if (diplomatic) {
    const display = `${diplomatic[1]}-${diplomatic[2]}-${diplomatic[3]}`;
    return withIssues({ ...base, display, kind: 'diplomatic' }, []);
  }
  const compact = base.compact;

  // A bare `K1M` also reads as an ordinary plate, so word series with a digit need their number.
  const word = WORD_SERIES.find((candidate) => compact.startsWith(candidate) && (compact !== candidate || !/\d/.test(candidate)));
  if (word) {
    const numberIssue = checkNumber(compact.slice(word.length));
    const display = `${word} ${compact.slice(word.length)}`.trim();
    return withIssues({ ...base, display, kind: 'special' }, numberIssue ? [error(numberIssue)] : []);
  }

  if (/^\d/.test(compact)) return withIssues(base, [error(/[A-Z]/.test(compact) ? 'digits-first' : 'bad-format')]);
  const parts = /^([A-Z]+)(\d*)(.*)$/.exec(compact);
  const prefix = parts?.[1] ?? '';
  const digits = parts?.[2] ?? '';
  const rest = parts?.[3] ?? '';
  if (digits === '') return withIssues(base, [error(prefix.length > 3 ? 'bad-format' : 'no-number')]);
  if (/\d/.test(rest)) return withIssues(base, [error('letter-in-number')]);
  if (prefix.length > 3) return withIssues(base, [error('bad-format')]);
  const numberIssue = checkNumber(digits);
  if (numberIssue) return withIssues(base, [error(numberIssue)]);
  if (rest.length > 1) return withIssues(base, [error('bad-suffix')]);

  const suffix = rest;
  const display = [prefix, digits, suffix].filter((part) => part !== '').join(' ');
  const shaped: PlateCheck = { ...base, display };
  return classifyMalaysian(shaped, prefix, suffix);
}

/** Number part of a plate: 1–9999, no leading zero. Returns the issue, or null when fine. */
function checkNumber(digits: string): PlateIssueCode | null {
  if (digits === '') return 'no-number';
  if (!/^\d+$/.test(digits)) return 'letter-in-number';
  if (digits.startsWith('0')) return 'leading-zero';
  if (digits.length > 4) return 'too-many-digits';
  return null;
}

/** Area, class and series warnings for a well-formed `prefix number [suffix]` plate. */
function classifyMalaysian(plate: PlateCheck, prefix: string, suffix: string): PlateCheck {
  const first = prefix.charAt(0);
  if (NEVER_FIRST.has(first)) return withIssues(plate, [error('unknown-state-code')]);
  if (first === 'E') return withIssues(plate, [error('retired-code')]);

  // Letter–number–letter tender series: G1G–G999G and M…M.
  if ((prefix === 'G' || prefix === 'M') && suffix === prefix) {
    return withIssues({ ...plate, display: plate.compact, kind: 'special' }, []);
  }
  if (FORBIDDEN_SERIAL.test(prefix.slice(1)) || FORBIDDEN_SERIAL.test(suffix)) {
    return withIssues(plate, [error('forbidden-serial-letter')]);
  }
  if (SPECIAL_PREFIXES.has(prefix) && !(first in STATE_AREAS)) {
    return withIssues({ ...plate, kind: 'special' }, []);
  }

  switch (first) {
    case 'S': {
      const division = SABAH_DIVISIONS.find(([code]) => prefix.startsWith(code));
      const sabahSuffixIssue = suffix === 'Q' || suffix === 'S' ? [error('forbidden-serial-letter')] : [];
      return withIssues({ ...plate, kind: 'sabah', area: division ? division[1] : 'Sabah' }, sabahSuffixIssue);
    }
    case 'Q':
      return withIssues({ ...plate, kind: 'sarawak', area: SARAWAK_DIVISIONS[prefix.charAt(1)] ?? 'Sarawak' }, []);
    case 'H':
      return withIssues({ ...plate, kind: 'taxi', area: STATE_AREAS[prefix.charAt(1)] ?? null }, suffix ? [warning('not-yet-issued')] : []);
    case 'Z':
      return withIssues({ ...plate, kind: 'military' }, []);
    case 'W':
      return withIssues({ ...plate, kind: suffix ? 'kl-suffix' : 'standard', area: 'Kuala Lumpur' }, []);
    case 'K':
      if (prefix === 'KV') return withIssues({ ...plate, kind: 'langkawi', area: 'Langkawi' }, []);
      break;
  }
  const area = STATE_AREAS[first];
  if (!area) return withIssues({ ...plate, kind: 'standard' }, [warning('unknown-series')]);
  // Outside KL's W series, Langkawi, Sabah and Sarawak no suffix series has been issued yet (e.g. VCE 4521 A).
  return withIssues({ ...plate, kind: 'standard', area }, suffix ? [warning('not-yet-issued')] : []);
}

function withIssues(plate: PlateCheck, issues: PlateIssue[]): PlateCheck {
  return { ...plate, issues, ok: !issues.some((issue) => issue.severity === 'error') };
}

function error(code: PlateIssueCode): PlateIssue {
  return { code, severity: 'error' };
}

function warning(code: PlateIssueCode): PlateIssue {
  return { code, severity: 'warning' };
}
