/**
 * Every error the AutoGrab client raises, with fixed salesperson-facing text.
 * Messages never include request data, response bodies or credentials, so an
 * error can be logged, serialised or shown without leaking anything.
 */
import { DealerDeskError } from './errors';
import type { ErrorCode } from './errors';

/** Which credential kind a call was signed with; decides the wording of auth errors. */
export type AuthKind = 'apiKey' | 'oauth';

/** The fixed failure messages, keyed by situation. */
const TEXT = {
  invalidKey: 'AutoGrab rejected the API key. Check the key in Settings, or ask your AutoGrab account manager for a new one.',
  tokenRejected:
    'AutoGrab issued an access token but then rejected it. Check that your OAuth client is enabled for this product with your AutoGrab account manager.',
  forbidden: 'Your AutoGrab plan does not include this feature. Ask your AutoGrab account manager to enable it.',
  invalidClient:
    'AutoGrab rejected the OAuth sign-in. Check the client ID and client secret in Settings. (For IT: the token request must use Basic auth with base64 of "client_id:client_secret", Content-Type application/x-www-form-urlencoded and the body grant_type=client_credentials.)',
  authUnavailable: 'AutoGrab sign-in is not reachable right now. Check the internet connection and try again in a moment.',
  validation: 'AutoGrab did not accept the request. Check the details you entered and try again.',
  notFound: 'AutoGrab has no record of this. Check what you entered, or try a text search.',
  tooMany: 'Too many vehicles match. Choose a badge, series or another detail to narrow the list.',
  rateLimited: 'AutoGrab is busy with too many requests from your account. Wait a few seconds and try again.',
  quota: "Your AutoGrab monthly request quota is used up. Ask your AutoGrab account manager to raise it.",
  server: 'AutoGrab had a problem answering. Try again in a moment.',
  refused: 'AutoGrab refused the request. Try again; if it keeps happening, contact support.',
  network: 'AutoGrab could not be reached. Check the internet connection and try again.',
  timeout: 'AutoGrab did not answer in time. Try again in a moment.',
  badResponse: 'AutoGrab sent an answer Dealer Desk cannot read. Try again later; if it keeps happening, contact support.',
  cancelled: 'The request was cancelled.',
} as const;

function fail(code: ErrorCode, message: string, options: ConstructorParameters<typeof DealerDeskError>[2] = {}): DealerDeskError {
  return new DealerDeskError(code, message, options);
}

/** Input rejected before any request was sent. */
export function validationFailure(field: string, message: string): DealerDeskError {
  return fail('VALIDATION', message, { field });
}

/** HTTP 401 after the one permitted re-authentication (or on an API key). */
export function unauthorised(kind: AuthKind): DealerDeskError {
  return fail('AUTH_INVALID_KEY', kind === 'apiKey' ? TEXT.invalidKey : TEXT.tokenRejected, { status: 401 });
}

/** HTTP 403: the key works but the product or feature is not licensed. */
export function forbidden(): DealerDeskError {
  return fail('AUTH_INVALID_KEY', TEXT.forbidden, { status: 403 });
}

/** Token endpoint answered 400/401. */
export function invalidClient(status: number): DealerDeskError {
  return fail('AUTH_INVALID_CLIENT', TEXT.invalidClient, { status });
}

/** Token endpoint unreachable, slow, 5xx or unreadable. */
export function authUnavailable(status?: number): DealerDeskError {
  return fail('AUTH_UNAVAILABLE', TEXT.authUnavailable, status === undefined ? { retryable: true } : { retryable: true, status });
}

/** HTTP 400 from the API. */
export function rejectedRequest(status: number): DealerDeskError {
  return fail('VALIDATION', TEXT.validation, { status });
}

/** HTTP 404. */
export function notFound(): DealerDeskError {
  return fail('NOT_FOUND', TEXT.notFound, { status: 404 });
}

/** Facet search "Too many vehicles…". */
export function tooManyResults(status: number): DealerDeskError {
  return fail('TOO_MANY_RESULTS', TEXT.tooMany, { status });
}

/** HTTP 429 that could not be waited out within the budget. */
export function rateLimited(retryAfterMs: number): DealerDeskError {
  return fail('RATE_LIMITED', TEXT.rateLimited, { status: 429, retryable: true, retryAfterMs });
}

/** HTTP 429 with the monthly quota used up. */
export function quotaExhausted(): DealerDeskError {
  return fail('QUOTA', TEXT.quota, { status: 429 });
}

/** HTTP 5xx after retries. */
export function serverFailure(status: number): DealerDeskError {
  return fail('SERVER', TEXT.server, { status, retryable: true });
}

/** Any other unexpected status (e.g. 405, 409). */
export function refused(status: number): DealerDeskError {
  return fail('SERVER', TEXT.refused, { status });
}

/** fetch rejected: offline, DNS, connection refused or reset. */
export function networkFailure(): DealerDeskError {
  return fail('NETWORK', TEXT.network, { retryable: true });
}

/** No answer within the timeout. */
export function timedOut(): DealerDeskError {
  return fail('TIMEOUT', TEXT.timeout, { retryable: true });
}

/** The body was not JSON, or not the shape the app needs; `field` names the wire field. */
export function badResponse(field: string, status?: number): DealerDeskError {
  return fail('BAD_RESPONSE', TEXT.badResponse, status === undefined ? { field } : { field, status });
}

/** The caller aborted the call. */
export function cancelled(): DealerDeskError {
  return fail('CANCELLED', TEXT.cancelled);
}
