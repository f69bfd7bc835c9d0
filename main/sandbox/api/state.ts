/**
 * Per-sandbox mutable state and the shared route types: the request a route
 * receives, the behaviour switches, the valuation history of the (single)
 * sandbox account and its max-offer configuration. It imports no route, so the
 * router and the endpoint files depend on it and never on each other.
 */

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

/** One stored valuation, exactly as the predict response carried it. */
export interface StoredValuation {
  id: string;
  createdAt: number;
  region: string;
  title: string;
  payload: { prediction: Record<string, unknown> } & Record<string, unknown>;
}

/** A max-offer cost: a fixed amount (local currency) or a percentage of the base price. */
export interface MaxOfferComponent {
  type: 'fixed' | 'percentage';
  value: number;
}

/** The five documented max-offer costs. */
export type MaxOfferConfiguration = Record<'reconditioning' | 'profit_margin' | 'lot' | 'transport' | 'admin', MaxOfferComponent>;

/**
 * Defaults modelled on AutoGrab's example (RM1,250 reconditioning, 12%
 * margin, lot 1,000, transport 300, admin 150), which reproduces its
 * documented `max_offer` arithmetic exactly.
 */
export function defaultMaxOfferConfiguration(): MaxOfferConfiguration {
  return {
    reconditioning: { type: 'fixed', value: 1250 },
    profit_margin: { type: 'percentage', value: 12 },
    lot: { type: 'fixed', value: 1000 },
    transport: { type: 'fixed', value: 300 },
    admin: { type: 'fixed', value: 150 },
  };
}

/** Everything the routes share for one sandbox instance. */
export interface SandboxState extends ApiOptions {
  /** Newest last; the sandbox has one account, so every credential sees the same history. */
  valuations: StoredValuation[];
  maxOffer: MaxOfferConfiguration;
}

/** A route handler's input: the request, path parameters and the instance state. */
export interface RouteContext {
  request: ApiRequest;
  params: Record<string, string>;
  state: SandboxState;
}
