/**
 * The one error type of Dealer Desk. Errors are values with stable codes: they
 * cross IPC as plain objects (`AppError`) with a stable `code` and, for the
 * detail, a stable `reason` the renderer translates; `message` is English for
 * logs. No message ever carries a secret, an API key, a token or Basic
 * credentials: callers build messages from fixed text, never from request data.
 */

/** Stable error codes, shared by the core, the IPC layer and the renderer. */
export const ERROR_CODES = [
  /** OAuth client id or secret rejected by the token endpoint. */
  'AUTH_INVALID_CLIENT',
  /** The token endpoint could not be reached or answered unexpectedly. */
  'AUTH_UNAVAILABLE',
  /** The API key was rejected (or a Bearer token was rejected twice). */
  'AUTH_INVALID_KEY',
  /** No credentials are configured for live mode. */
  'AUTH_NOT_CONFIGURED',
  /** Input failed validation before any request was sent. */
  'VALIDATION',
  /** AutoGrab has no such vehicle, plate or record. */
  'NOT_FOUND',
  /** Facet search filters match too many vehicles; narrow them. */
  'TOO_MANY_RESULTS',
  /** HTTP 429: wait `retryAfterMs`. */
  'RATE_LIMITED',
  /** The monthly contract quota is used up. */
  'QUOTA',
  /** AutoGrab answered 5xx. */
  'SERVER',
  /** AutoGrab could not be reached (offline, DNS, refused). */
  'NETWORK',
  /** AutoGrab did not answer in time. */
  'TIMEOUT',
  /** AutoGrab answered with a shape the app cannot use, or a body over the size cap. */
  'BAD_RESPONSE',
  /** The AutoGrab or sign-in address answered with a redirect (3xx); nothing is sent to the new address. */
  'REDIRECTED',
  /** The request was cancelled by the app (e.g. a newer keystroke superseded it). */
  'CANCELLED',
  /** IPC sender is not this app's own window. */
  'FORBIDDEN',
  /** The OS offers no real secret storage (Linux `basic_text`). */
  'SECURE_STORAGE_UNAVAILABLE',
  /** A setting is locked by the administrator's policy. */
  'POLICY_LOCKED',
  /** Anything unexpected; details go to the log, never to the renderer. */
  'INTERNAL',
] as const;

/** One of {@link ERROR_CODES}. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The serialisable form of an error: what crosses IPC and what logs record. */
export interface AppError {
  code: ErrorCode;
  /** English sentence for logs; the UI shows the translated text of `code` and `reason` instead. */
  message: string;
  /** Whether trying again later may succeed. */
  retryable: boolean;
  /** HTTP status from AutoGrab, when there was one. */
  status?: number;
  /** How long to wait before retrying (rate limits), in milliseconds. */
  retryAfterMs?: number;
  /** For VALIDATION: the input field at fault (e.g. `plate`, `kms`). */
  field?: string;
  /**
   * Stable code of the detail (e.g. `autograb.invalidKey`, `plate.no-number`).
   * The renderer turns it into a sentence in the user's language; `message`
   * stays English for logs only.
   */
  reason?: string;
  /** Primitive values the renderer's sentence for `reason` fills in. */
  params?: Record<string, string | number>;
}

/** Options for {@link DealerDeskError}. */
export interface DealerDeskErrorOptions {
  retryable?: boolean;
  status?: number;
  retryAfterMs?: number;
  field?: string;
  reason?: string;
  params?: Record<string, string | number>;
}

/**
 * A thrown {@link AppError}. `toJSON()` yields exactly the serialisable fields,
 * so `JSON.stringify(error)` never leaks a cause, a request or a header.
 */
export class DealerDeskError extends Error {
  readonly code: ErrorCode;
  readonly retryable: boolean;
  readonly status?: number;
  readonly retryAfterMs?: number;
  readonly field?: string;
  readonly reason?: string;
  readonly params?: Record<string, string | number>;

  constructor(code: ErrorCode, message: string, options: DealerDeskErrorOptions = {}) {
    super(message);
    this.name = 'DealerDeskError';
    this.code = code;
    this.retryable = options.retryable ?? false;
    if (options.status !== undefined) this.status = options.status;
    if (options.retryAfterMs !== undefined) this.retryAfterMs = options.retryAfterMs;
    if (options.field !== undefined) this.field = options.field;
    if (options.reason !== undefined) this.reason = options.reason;
    if (options.params !== undefined) this.params = { ...options.params };
  }

  /** The plain {@link AppError} value of this error. */
  toAppError(): AppError {
    const value: AppError = { code: this.code, message: this.message, retryable: this.retryable };
    if (this.status !== undefined) value.status = this.status;
    if (this.retryAfterMs !== undefined) value.retryAfterMs = this.retryAfterMs;
    if (this.field !== undefined) value.field = this.field;
    if (this.reason !== undefined) value.reason = this.reason;
    if (this.params !== undefined) value.params = { ...this.params };
    return value;
  }

  toJSON(): AppError {
    return this.toAppError();
  }
}

/** Whether `value` is a {@link DealerDeskError}. */
export function isDealerDeskError(value: unknown): value is DealerDeskError {
  return value instanceof DealerDeskError;
}

/**
 * Turns anything thrown into an {@link AppError} that is safe to show and send.
 * Unknown errors become `INTERNAL` with a fixed message: their text may hold
 * request details, so it is never passed on.
 */
export function toAppError(error: unknown): AppError {
  if (isDealerDeskError(error)) return error.toAppError();
  return {
    code: 'INTERNAL',
    message: 'Something went wrong inside Dealer Desk. Try again; if it keeps happening, restart the app.',
    retryable: true,
  };
}
