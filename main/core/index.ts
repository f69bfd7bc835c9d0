/**
 * The AutoGrab core: a plain-Node client (no Electron) that the main process
 * hosts. It owns auth (API key or OAuth token manager), timeouts, retries,
 * wire validation and error mapping; callers get domain types or a
 * `DealerDeskError` with a stable code.
 */
export { createAutoGrabClient } from './autograb/client';
export type {
  AutoGrabClient,
  AutoGrabClientOptions,
  CallOptions,
  FacetsInput,
  GaugeInput,
  LookupPlateInput,
  MarketOverlayOptions,
  PredictValuationInput,
  ResidualInput,
  SearchVehiclesInput,
  VehicleHistoryQuery,
} from './autograb/client';
export type { RetryOptions } from './autograb/transport';
export type { Clock } from './http/clock';
export { systemClock } from './http/clock';
export { CACHE_LIFETIMES_MS, MAX_CACHE_ENTRIES, ResponseCache } from './autograb/response-cache';
export type { CacheAnswer, CacheKind } from './autograb/response-cache';
export type { ApiKeyCredentials, Credentials, OAuthCredentials } from './auth/credentials';
export { secretsOf } from './auth/credentials';
export type * from './domain';
export { DealerDeskError, ERROR_CODES, isDealerDeskError, toAppError } from './errors';
export type { AppError, ErrorCode } from './errors';
export { checkPlate, PLATE_ISSUE_CODES } from './validation/plate';
export type { PlateCheck, PlateCheckOptions, PlateIssue, PlateIssueCode } from './validation/plate';
export { checkVin, VIN_ISSUE_CODES } from './validation/vin';
export type { VinCheck, VinIssueCode } from './validation/vin';
export { classifySearchInput } from './validation/search-input';
export type { SearchInputClass, SearchInputKind } from './validation/search-input';
export { redactSecrets, REDACTED } from './redact';
export { MAX_OVERLAY_DAYS } from './validation/inputs';
