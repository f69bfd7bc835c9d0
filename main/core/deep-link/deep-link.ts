/**
 * Deep links from a dealer's other programs (DMS, browser bookmarks, scripts):
 * `dealer-desk://plate/WXY1234`, `dealer-desk://plate/ABC123?state=VIC`,
 * `dealer-desk://vin/<17 characters>`, or the command-line form
 * `--plate WXY1234 [--state VIC]` / `--vin …`.
 *
 * A link is untrusted input from outside the app. It is parsed here, in plain
 * Node, with the same plate and VIN rules and the same invisible-character
 * cleaning as the search box. A parsed link only fills the search box: nothing
 * is looked up (a lookup is billable) until the salesperson presses Enter.
 * Anything in a link beyond the plate or VIN (extra path segments, unknown
 * query parameters, a fragment, a user name, a port) is ignored and reported
 * in `ignored`, so the caller can log it. The values themselves are never
 * reported: they are someone else's text and may hold customer details.
 */
import { AU_STATES } from '../domain';
import type { AuState, Region } from '../domain';
import { checkPlate } from '../validation/plate';
import { checkVin } from '../validation/vin';
import { removeInvisibleCharacters } from '../validation/invisible';

/** The URL scheme Dealer Desk registers with the OS (without the colon). */
export const DEEP_LINK_SCHEME = 'dealer-desk';

/** Longest link or argument accepted. A plate or VIN link is far shorter; anything longer is not ours. */
export const MAX_DEEP_LINK_LENGTH = 512;

/** What a valid link asks for: fill the search box with this plate or VIN. */
export type DeepLinkTarget = { kind: 'plate'; plate: string; state?: AuState } | { kind: 'vin'; vin: string };

/** Why a link was refused (for the log line; the user sees nothing happen). */
export type DeepLinkRejection =
  | 'too-long'
  | 'not-a-link'
  | 'wrong-scheme'
  | 'unknown-action'
  | 'missing-value'
  | 'invalid-plate'
  | 'invalid-vin'
  | 'invalid-state';

/** Parts of a link that were ignored (names only, never values). */
export type IgnoredPart = 'extra-path' | 'query' | 'fragment' | 'credentials' | 'port' | 'state-outside-australia';

/** The outcome of parsing a link or a command line. */
export type DeepLinkParse = { ok: true; target: DeepLinkTarget; ignored: IgnoredPart[] } | { ok: false; reason: DeepLinkRejection };

/** What the parser needs to know about the workstation. */
export interface DeepLinkContext {
  /** The market in Settings: plates are checked by its rules. */
  region: Region;
}

const SCHEME_PREFIX = `${DEEP_LINK_SCHEME}:`;

/** Whether `value` is meant as one of our links (the OS hands these over as command-line arguments too). */
export function isDeepLinkUrl(value: string): boolean {
  return value.slice(0, SCHEME_PREFIX.length).toLowerCase() === SCHEME_PREFIX;
}

/** Parses a `dealer-desk://…` link. Never throws. */
export function parseDeepLink(link: string, context: DeepLinkContext): DeepLinkParse {
  if (link.length > MAX_DEEP_LINK_LENGTH) return { ok: false, reason: 'too-long' };
  let url: URL;
  try {
    url = new URL(removeInvisibleCharacters(link).trim());
  } catch {
    return { ok: false, reason: 'not-a-link' };
  }
  if (url.protocol !== SCHEME_PREFIX) return { ok: false, reason: 'wrong-scheme' };

  // `dealer-desk://plate/X` has the action as host; `dealer-desk:plate/X` (some DMSs drop the slashes) has it in the path.
  const segments = [url.hostname, ...url.pathname.split('/')].filter((segment) => segment !== '');
  const [action, rawValue, ...extra] = segments;
  const ignored: IgnoredPart[] = [];
  if (extra.length > 0) ignored.push('extra-path');
  if (url.hash !== '') ignored.push('fragment');
  if (url.username !== '' || url.password !== '') ignored.push('credentials');
  if (url.port !== '') ignored.push('port');
  const stateParam = url.searchParams.get('state');
  if ([...url.searchParams.keys()].some((key) => key !== 'state')) ignored.push('query');

  const value = rawValue === undefined ? undefined : decodeSegment(rawValue);
  if (value === null) return { ok: false, reason: 'not-a-link' };
  return targetFor(action?.toLowerCase(), value, stateParam, context, ignored);
}

/**
 * Finds a link in a command line: a `dealer-desk:` URL (how the OS starts the
 * app for a clicked link), or `--plate X [--state S]` / `--vin X` (how a DMS
 * starts it). Accepts `--plate X` and `--plate=X`. Returns null when the
 * command line holds no link at all.
 */
export function deepLinkFromArgv(argv: readonly string[], context: DeepLinkContext): DeepLinkParse | null {
  const url = argv.find(isDeepLinkUrl);
  if (url !== undefined) return parseDeepLink(url, context);
  const plate = optionValue(argv, 'plate');
  const vin = optionValue(argv, 'vin');
  if (plate === undefined && vin === undefined) return null;
  const tooLong = [plate, vin, optionValue(argv, 'state')].some((value) => (value?.length ?? 0) > MAX_DEEP_LINK_LENGTH);
  if (tooLong) return { ok: false, reason: 'too-long' };
  const ignored: IgnoredPart[] = plate !== undefined && vin !== undefined ? ['extra-path'] : [];
  return plate !== undefined
    ? targetFor('plate', plate, optionValue(argv, 'state') ?? null, context, ignored)
    : targetFor('vin', vin, null, context, ignored);
}

function targetFor(
  action: string | undefined,
  value: string | undefined,
  stateParam: string | null,
  context: DeepLinkContext,
  ignored: IgnoredPart[],
): DeepLinkParse {
  if (action !== 'plate' && action !== 'vin') return { ok: false, reason: 'unknown-action' };
  const cleaned = value === undefined ? '' : removeInvisibleCharacters(value).trim();
  if (cleaned === '') return { ok: false, reason: 'missing-value' };

  if (action === 'vin') {
    if (stateParam !== null) ignored.push('query');
    const vin = checkVin(cleaned);
    return vin.ok ? { ok: true, target: { kind: 'vin', vin: vin.normalized }, ignored } : { ok: false, reason: 'invalid-vin' };
  }

  let state: AuState | undefined;
  if (stateParam !== null) {
    if (context.region !== 'au') ignored.push('state-outside-australia');
    else {
      const upper = removeInvisibleCharacters(stateParam).trim().toUpperCase();
      state = AU_STATES.find((candidate) => candidate === upper);
      if (state === undefined) return { ok: false, reason: 'invalid-state' };
    }
  }
  // The state for an AU lookup may still come from Settings, so a link without one is not refused for that.
  const check = checkPlate(cleaned, { region: context.region, state: context.region === 'au' ? (state ?? 'VIC') : undefined });
  if (!check.ok) return { ok: false, reason: 'invalid-plate' };
  return { ok: true, target: state ? { kind: 'plate', plate: check.display, state } : { kind: 'plate', plate: check.display }, ignored };
}

/** A percent-decoded path segment, or null when its encoding is broken. */
function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** The value of `--name value` or `--name=value`; undefined when absent or when no value follows. */
function optionValue(argv: readonly string[], name: string): string | undefined {
  const flag = `--${name}`;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    if (arg.startsWith(`${flag}=`)) return arg.slice(flag.length + 1);
    if (arg === flag) {
      const next = argv[index + 1];
      return next === undefined || next.startsWith('--') ? undefined : next;
    }
  }
  return undefined;
}
