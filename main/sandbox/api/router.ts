/**
 * The `/v2` route table of the sandbox. Paths are matched after trimming a
 * trailing slash (AutoGrab documents both `/v2/vehicles/` and
 * `/v2/vehicles`, and `/v2/valuations/gauge/`).
 */
import { SandboxHttpError } from '../server/http.ts';
import type { JsonReply } from '../server/http.ts';
import { marketOverlayRoute, vehicleHistoryRoute } from './sourcing.ts';
import { defaultMaxOfferConfiguration } from './state.ts';
import type { ApiOptions, ApiRequest, RouteContext, SandboxState } from './state.ts';
import { gauge, getMaxOfferConfiguration, predict, predictConditions, putMaxOfferConfiguration, residual, valuationById, valuationHistory } from './valuations.ts';
import { facetCounts, facetSearch, plainTextSearch, registrationLookup, vehicleById, vinLookup } from './vehicles.ts';

type Handler = (context: RouteContext) => JsonReply;

/** Method, path pattern (named groups become params) and handler; first match wins, so specific paths come first. */
const ROUTES: ReadonlyArray<readonly [string, RegExp, Handler]> = [
  ['GET', /^\/v2\/vehicles$/, plainTextSearch],
  ['GET', /^\/v2\/vehicles\/facets$/, facetCounts],
  ['GET', /^\/v2\/vehicles\/facets\/search$/, facetSearch],
  ['GET', /^\/v2\/vehicles\/registrations\/(?<plate>[^/]+)$/, registrationLookup],
  ['GET', /^\/v2\/vehicles\/vins\/(?<vin>[^/]+)$/, vinLookup],
  ['GET', /^\/v2\/vehicles\/(?<id>[^/]+)$/, vehicleById],
  ['POST', /^\/v2\/valuations\/predict$/, predict],
  ['POST', /^\/v2\/valuations\/predict\/conditions$/, predictConditions],
  ['GET', /^\/v2\/valuations\/history$/, valuationHistory],
  ['GET', /^\/v2\/valuations\/history\/(?<id>[^/]+)$/, valuationById],
  ['POST', /^\/v2\/valuations\/residual$/, residual],
  ['GET', /^\/v2\/valuations\/max_offer_configuration$/, getMaxOfferConfiguration],
  ['PUT', /^\/v2\/valuations\/max_offer_configuration$/, putMaxOfferConfiguration],
  ['POST', /^\/v2\/valuations\/gauge$/, gauge],
  ['GET', /^\/v2\/sourcing\/market_overlay\/(?<id>[^/]+)$/, marketOverlayRoute],
  ['GET', /^\/v2\/sourcing\/history$/, vehicleHistoryRoute],
];

function decodeParams(groups: Record<string, string> | undefined): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(groups ?? {})) {
    try {
      params[name] = decodeURIComponent(value);
    } catch {
      throw new SandboxHttpError(400, 'The address contains an invalid character.');
    }
  }
  return params;
}

/** Builds the router for one sandbox instance (its own valuation history and max-offer configuration). */
export function createApiRouter(options: ApiOptions): (request: ApiRequest) => JsonReply {
  const state: SandboxState = { ...options, valuations: [], maxOffer: defaultMaxOfferConfiguration() };
  return (request) => {
    const path = request.pathname.length > 1 ? request.pathname.replace(/\/+$/, '') : request.pathname;
    let pathKnown = false;
    for (const [method, pattern, handler] of ROUTES) {
      const match = pattern.exec(path);
      if (!match) continue;
      pathKnown = true;
      if (method !== request.method) continue;
      return handler({ request, params: decodeParams(match.groups), state });
    }
    if (pathKnown) throw new SandboxHttpError(405, 'That method is not allowed on this endpoint.');
    throw new SandboxHttpError(404, 'No such endpoint.');
  };
}
