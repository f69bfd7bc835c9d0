/**
 * What a route is: the strict schema of one channel's request and the handler
 * that answers it, side by side. Each feature file in this folder exports a
 * table of routes keyed by channel; `satisfies RouteTable` checks every entry
 * against the contract, so a schema or handler that does not follow the
 * channel's request and response types fails `tsc`.
 */
import { z } from 'zod';
import type { InvokeChannel, RequestOf, ResponseOf } from '../../../preload/contract';
import type { SenderInfo } from '../sender';
import type { BackendServices } from '../services';

/** What a handler is given besides its (validated) request. */
export interface RouteContext {
  services: BackendServices;
  sender: SenderInfo;
}

/** One channel: its request schema and its handler, which only ever sees requests the schema accepted. */
export interface Route<C extends InvokeChannel> {
  /**
   * Strict: objects reject unknown keys (which also rejects `__proto__` and
   * `constructor` smuggled in as own keys), strings have length caps, numbers
   * have ranges. Field rules are the core's own (main/core/validation), so the
   * boundary and the client agree.
   */
  schema: z.ZodType<RequestOf<C>>;
  handle: (request: RequestOf<C>, context: RouteContext) => Promise<ResponseOf<C>>;
}

/** A feature's routes: some channels of the contract, each with its own types. */
export type RouteTable = { readonly [C in InvokeChannel]?: Route<C> };

/** Every channel's route. */
export type Routes = { readonly [C in InvokeChannel]: Route<C> };

/** The schema of channels whose request is `void`: nothing (undefined; null is tolerated). */
export const noPayload = z.union([z.undefined(), z.null().transform(() => undefined)]);

/** `requestId` lets a newer keystroke or a Cancel button stop an older request. */
export const requestIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'That request id is not valid.');
