/**
 * What each error code means to a salesperson and what to do next. Screens
 * render this through `ErrorPanel`; the mapping lives here so it is tested once.
 */
import type { AppError, ErrorCode } from '../../preload/contract';

/** A button the error panel offers besides "Try again". */
export type ErrorAction = 'settings' | 'guided' | 'history' | 'retry';

/** The translated meaning and next step of an error. */
export interface ErrorAdvice {
  /** i18n key of the headline. */
  titleKey: string;
  /** i18n key of the next step. */
  nextKey: string;
  /** Buttons to offer, most useful first. */
  actions: ErrorAction[];
  /** For RATE_LIMITED: seconds to wait before retrying. */
  waitSeconds: number | null;
  /** Whether saved results are worth pointing at (AutoGrab unreachable). */
  savedResultsAvailable: boolean;
  /** Whether the error's own (English, technical) message adds anything under the translated advice. */
  showDetails: boolean;
}

const AUTH_CODES: ReadonlySet<ErrorCode> = new Set(['AUTH_INVALID_CLIENT', 'AUTH_INVALID_KEY', 'AUTH_NOT_CONFIGURED']);

/** Default wait when AutoGrab sends 429 without Retry-After. */
const DEFAULT_RATE_LIMIT_SECONDS = 30;

/** Maps an {@link AppError} to its advice. Unknown or internal codes get the generic advice. */
export function adviceFor(error: AppError): ErrorAdvice {
  const code = error.code;
  const base = { waitSeconds: null, savedResultsAvailable: false, showDetails: code !== 'INTERNAL' };
  if (AUTH_CODES.has(code)) {
    return {
      ...base,
      titleKey: code === 'AUTH_NOT_CONFIGURED' ? 'errors.title.AUTH_NOT_CONFIGURED' : 'errors.title.AUTH',
      nextKey: 'errors.next.AUTH',
      actions: ['settings'],
    };
  }
  switch (code) {
    case 'AUTH_UNAVAILABLE':
      return { ...base, titleKey: 'errors.title.AUTH_UNAVAILABLE', nextKey: 'errors.next.AUTH_UNAVAILABLE', actions: ['retry', 'settings'] };
    case 'RATE_LIMITED':
      return {
        ...base,
        titleKey: 'errors.title.RATE_LIMITED',
        nextKey: 'errors.next.RATE_LIMITED',
        actions: ['retry'],
        waitSeconds: Math.max(1, Math.ceil((error.retryAfterMs ?? DEFAULT_RATE_LIMIT_SECONDS * 1000) / 1000)),
        // The live countdown is the whole story; main's "wait a few seconds" would only contradict it.
        showDetails: false,
      };
    case 'QUOTA':
      return { ...base, titleKey: 'errors.title.QUOTA', nextKey: 'errors.next.QUOTA', actions: ['history'], savedResultsAvailable: true };
    case 'NETWORK':
    case 'TIMEOUT':
      return {
        ...base,
        titleKey: `errors.title.${code}`,
        nextKey: 'errors.next.NETWORK',
        actions: ['retry', 'history'],
        savedResultsAvailable: true,
        // The title already says AutoGrab cannot be reached (or was too slow): main's detail would say it a second time.
        showDetails: false,
      };
    case 'SERVER':
    case 'BAD_RESPONSE':
      return {
        ...base,
        titleKey: `errors.title.${code}`,
        nextKey: 'errors.next.SERVER',
        actions: ['retry', 'history'],
        savedResultsAvailable: true,
      };
    case 'NOT_FOUND':
      return { ...base, titleKey: 'errors.title.NOT_FOUND', nextKey: 'errors.next.NOT_FOUND', actions: ['guided'] };
    case 'TOO_MANY_RESULTS':
      return { ...base, titleKey: 'errors.title.TOO_MANY_RESULTS', nextKey: 'errors.next.TOO_MANY_RESULTS', actions: ['guided'] };
    case 'VALIDATION':
      // An Australian plate needs the state first: the fix is in Settings, so take them there (in their language).
      return error.field === 'state'
        ? { ...base, titleKey: 'errors.title.STATE_NEEDED', nextKey: 'errors.next.STATE_NEEDED', actions: ['settings'], showDetails: false }
        : { ...base, titleKey: 'errors.title.VALIDATION', nextKey: 'errors.next.VALIDATION', actions: [] };
    case 'SECURE_STORAGE_UNAVAILABLE':
      return {
        ...base,
        titleKey: 'errors.title.SECURE_STORAGE_UNAVAILABLE',
        nextKey: 'errors.next.SECURE_STORAGE_UNAVAILABLE',
        actions: ['settings'],
      };
    case 'REDIRECTED':
      // The fix is an address in Settings (or the network in front of it), never a retry.
      return { ...base, titleKey: 'errors.title.REDIRECTED', nextKey: 'errors.next.REDIRECTED', actions: ['settings'] };
    case 'POLICY_LOCKED':
      return { ...base, titleKey: 'errors.title.POLICY_LOCKED', nextKey: 'errors.next.POLICY_LOCKED', actions: [] };
    default:
      return { ...base, titleKey: 'errors.title.GENERIC', nextKey: 'errors.next.GENERIC', actions: ['retry'] };
  }
}
