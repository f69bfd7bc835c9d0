/**
 * What every endpoint table is given by the client: one validated call
 * (transport + wire schema) and the client's region and default AU state.
 */
import type { z } from 'zod';
import type { ApiUsage, AuState, Region } from '../../domain';
import type { CallSpec } from '../transport';

/** Per-call options. */
export interface CallOptions {
  /** Aborting rejects the call with `CANCELLED`. */
  signal?: AbortSignal;
}

/** The client's side of an endpoint. */
export interface EndpointContext {
  region: Region;
  /** Default state for AU plate lookups (the client's option). */
  defaultState: AuState | undefined;
  /**
   * Sends `spec` and validates the body with `schema`. `reusedFrom` is set
   * (ISO time it was fetched) when the answer came from the response cache
   * and nothing was sent.
   */
  call<T>(spec: CallSpec, schema: z.ZodType<T>, callOptions?: CallOptions): Promise<{ data: T; usage: ApiUsage | null; reusedFrom: string | null }>;
}

/** AutoGrab's comma-separated `features` value, each name once; undefined (not sent) when empty. */
export function featureList(features: readonly string[] | undefined): string | undefined {
  return features && features.length > 0 ? [...new Set(features)].join(',') : undefined;
}

/** One path segment, encoded. */
export const segment = encodeURIComponent;
