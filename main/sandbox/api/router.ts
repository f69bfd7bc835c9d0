/**
 * The `/v2` route table of the sandbox. (Stub: filled in by the catalogue,
 * valuation and sourcing modules.)
 */
import { SandboxHttpError } from '../server/http.ts';
import type { JsonReply } from '../server/http.ts';

/** One authenticated `/v2` request, already read. */
export interface ApiRequest {
  method: string;
  pathname: string;
  query: URLSearchParams;
  bodyText: string;
}

/** Behaviour switches the routes need. */
export interface ApiOptions {
  now: () => number;
  facetShape: 'values' | 'facets';
  historyShape: 'wrapped' | 'flat';
}

/** Builds the router for one sandbox instance (its own history and max-offer configuration). */
export function createApiRouter(_options: ApiOptions): (request: ApiRequest) => JsonReply {
  return () => {
    throw new SandboxHttpError(404, 'No such endpoint.');
  };
}
