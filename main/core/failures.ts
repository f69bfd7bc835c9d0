/**
 * Every error the AutoGrab client raises: a stable `reason` (`autograb.<key>`)
 * the renderer translates, and fixed English text for logs.
 * Messages never include request data, response bodies or credentials, so an
 * error can be logged, serialised or shown without leaking anything.
 */
import { DealerDeskError } from './errors';
import type { ErrorCode } from './errors';

/** Which credential kind a call was signed with; decides the wording of auth errors. */
export type AuthKind = 'apiKey' | 'oauth';

/** Fixed English for logs, keyed by situation; the key is also the `reason` the renderer words for the user. */
const TEXT = {
  invalidKey: 'AutoGrab: API key rejected (401)',
  tokenRejected: 'AutoGrab: Bearer token rejected right after a fresh sign-in (401); OAuth client not enabled for this product?',
  forbidden: 'AutoGrab: feature not licensed for this account (403)',
  invalidClient:
    'AutoGrab token endpoint: client ID and client secret rejected (expects Basic auth of client_id:client_secret, application/x-www-form-urlencoded, grant_type=client_credentials)',
  authUnavailable: 'AutoGrab token endpoint unreachable, slow or unreadable',
  validation: 'AutoGrab: request rejected (400)',
  notFound: 'AutoGrab: no such record (404)',
  tooMany: 'AutoGrab: facet search matches too many vehicles',
  rateLimited: 'AutoGrab: rate limited (429) beyond the wait budget',
  quota: 'AutoGrab: monthly request quota used up (429)',
  server: 'AutoGrab: server error (5xx) after retries',
  refused: 'AutoGrab: unexpected HTTP status',
  network: 'AutoGrab unreachable (offline, DNS, refused or reset)',
  timeout: 'AutoGrab: no answer within the timeout',
  badResponse: 'AutoGrab: answer not readable (the wire field is in `field`)',
  cancelled: 'request cancelled by the app',
  tooLarge: 'AutoGrab: answer larger than MAX_RESPONSE_BYTES, abandoned while reading',
  badToken: 'AutoGrab token endpoint: answer is not a Bearer token with a finite positive lifetime (the field is in `field`)',
  redirected: 'AutoGrab or its token endpoint answered with a redirect (3xx); nothing was sent to the new address (the configured origin is in `params.origin`)',
} as const;

/** The detail codes of AutoGrab failures, as the renderer receives them in `AppError.reason`. */
export const AUTOGRAB_FAILURE_REASONS = Object.keys(TEXT).map((key) => `autograb.${key}`);

function fail(code: ErrorCode, key: keyof typeof TEXT, options: ConstructorParameters<typeof DealerDeskError>[2] = {}): DealerDeskError {
  return new DealerDeskError(code, TEXT[key], { ...options, reason: `autograb.${key}` });
}

/**
 * Input rejected before any request was sent. `reason` is the stable detail
 * code the renderer translates (e.g. `plate.no-number`); `message` is English for logs.
 */
export function validationFailure(field: string, message: string, reason?: string): DealerDeskError {
  return new DealerDeskError('VALIDATION', message, reason === undefined ? { field } : { field, reason });
}

/** HTTP 401 after the one permitted re-authentication (or on an API key). */
export function unauthorised(kind: AuthKind): DealerDeskError {
  return fail('AUTH_INVALID_KEY', kind === 'apiKey' ? 'invalidKey' : 'tokenRejected', { status: 401 });
}

/** HTTP 403: the key works but the product or feature is not licensed. */
export function forbidden(): DealerDeskError {
  return fail('AUTH_INVALID_KEY', 'forbidden', { status: 403 });
}

/** Token endpoint answered 400/401. */
export function invalidClient(status: number): DealerDeskError {
  return fail('AUTH_INVALID_CLIENT', 'invalidClient', { status });
}

/** Token endpoint unreachable, slow, 5xx or unreadable. */
export function authUnavailable(status?: number): DealerDeskError {
  return fail('AUTH_UNAVAILABLE', 'authUnavailable', status === undefined ? { retryable: true } : { retryable: true, status });
}

/** HTTP 400 from the API. */
export function rejectedRequest(status: number): DealerDeskError {
  return fail('VALIDATION', 'validation', { status });
}

/** HTTP 404. */
export function notFound(): DealerDeskError {
  return fail('NOT_FOUND', 'notFound', { status: 404 });
}

/** Facet search "Too many vehicles…". */
export function tooManyResults(status: number): DealerDeskError {
  return fail('TOO_MANY_RESULTS', 'tooMany', { status });
}

/** HTTP 429 that could not be waited out within the budget. */
export function rateLimited(retryAfterMs: number): DealerDeskError {
  return fail('RATE_LIMITED', 'rateLimited', { status: 429, retryable: true, retryAfterMs });
}

/** HTTP 429 with the monthly quota used up. */
export function quotaExhausted(): DealerDeskError {
  return fail('QUOTA', 'quota', { status: 429 });
}

/** HTTP 5xx after retries. */
export function serverFailure(status: number): DealerDeskError {
  return fail('SERVER', 'server', { status, retryable: true });
}

/** Any other unexpected status (e.g. 405, 409). */
export function refused(status: number): DealerDeskError {
  return fail('SERVER', 'refused', { status });
}

/** fetch rejected: offline, DNS, connection refused or reset. */
export function networkFailure(): DealerDeskError {
  return fail('NETWORK', 'network', { retryable: true });
}

/** No answer within the timeout. */
export function timedOut(): DealerDeskError {
  return fail('TIMEOUT', 'timeout', { retryable: true });
}

/** The body was not JSON, or not the shape the app needs; `field` names the wire field. */
export function badResponse(field: string, status?: number): DealerDeskError {
  return fail('BAD_RESPONSE', 'badResponse', status === undefined ? { field } : { field, status });
}

/** The body passed the size cap (see `MAX_RESPONSE_BYTES`) and was abandoned. */
export function responseTooLarge(): DealerDeskError {
  return fail('BAD_RESPONSE', 'tooLarge', { field: 'body-size' });
}

/** Which setting holds an address: the API address or the sign-in (token) address. */
export type AddressSetting = 'baseUrl' | 'tokenUrl';

/**
 * A 3xx answer. `params.origin` names the address the user configured
 * (origin only: the path and query can hold search text), never the
 * `Location` the server chose; `field` names the setting to check.
 */
export function redirectRefused(url: string, setting: AddressSetting = 'baseUrl'): DealerDeskError {
  return fail('REDIRECTED', 'redirected', { field: setting, params: { origin: originOf(url) } });
}

/**
 * The token endpoint answered 2xx with something that is not a Bearer token
 * with a usable lifetime. Retryable like any sign-in trouble (a proxy's
 * error page is often passing), but the token is never used.
 */
export function badTokenResponse(field: string, status: number): DealerDeskError {
  return fail('AUTH_UNAVAILABLE', 'badToken', { field, status, retryable: true });
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return 'the server';
  }
}

/** The caller aborted the call. */
export function cancelled(): DealerDeskError {
  return fail('CANCELLED', 'cancelled');
}
