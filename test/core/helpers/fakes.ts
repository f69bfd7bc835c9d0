/**
 * Test doubles for the core: a scripted fetch that records every request, and
 * a clock whose sleeps return at once while advancing time.
 */
import type { Clock } from '../../../main/core/http/clock';
import { cancelled } from '../../../main/core/failures';

/** A request as the fake fetch saw it. */
export interface SeenRequest {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body: string | null;
}

/** Answers one request; may return a never-settling promise to simulate a hang. */
export type Handler = (request: SeenRequest, index: number) => Response | Promise<Response>;

/** A fetch that runs `handler` and records requests; honours abort signals like the real one. */
export function fakeFetch(handler: Handler) {
  const requests: SeenRequest[] = [];
  const fetchImpl = (async (input: string | URL | Request, init: RequestInit = {}) => {
    const headers: Record<string, string> = {};
    new Headers(init.headers).forEach((value, key) => {
      headers[key] = value;
    });
    const request: SeenRequest = {
      method: init.method ?? 'GET',
      url: new URL(String(input)),
      headers,
      body: typeof init.body === 'string' ? init.body : null,
    };
    requests.push(request);
    const signal = init.signal;
    if (signal?.aborted) throw new DOMException('aborted', 'AbortError');
    const answer = Promise.resolve(handler(request, requests.length - 1));
    if (!signal) return answer;
    return new Promise<Response>((resolve, reject) => {
      signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')), { once: true });
      answer.then(resolve, reject);
    });
  }) as typeof fetch;
  return {
    fetch: fetchImpl,
    requests,
    /** Requests to API paths only (not the token endpoint). */
    apiRequests: () => requests.filter((request) => request.url.pathname.startsWith('/v2')),
    tokenRequests: () => requests.filter((request) => request.url.pathname === '/auth-broker/request-token'),
  };
}

/** A JSON response. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

/** A promise that never settles: the server accepted the request and went silent. */
export function hang(): Promise<Response> {
  return new Promise<Response>(() => undefined);
}

/** A clock at `start` whose sleeps advance it instantly; `sleeps` records each wait. */
export function fakeClock(start = Date.UTC(2026, 0, 1)): Clock & { sleeps: number[]; advance(ms: number): void } {
  let now = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    advance(ms: number) {
      now += ms;
    },
    async sleep(ms: number, signal?: AbortSignal) {
      if (signal?.aborted) throw cancelled();
      sleeps.push(ms);
      now += ms;
    },
  };
}

/** A documented predict response. */
export function predictionBody(overrides: Record<string, unknown> = {}) {
  return {
    success: true,
    prediction: {
      id: 'a2955915-9611-40ef-8b98-b827dad76ff4',
      vehicle_id: '5804870883868672',
      kms: 57306,
      price: 20622,
      score: 0.9239,
      retail_price: 20622,
      trade_price: 17122,
      adjustment: null,
      ...overrides,
    },
  };
}

/** A documented vehicle object (NZ example). */
export const POLO = {
  id: '5233518187642880',
  region: 'nz',
  title: '2010 Volkswagen Polo Comfortline Automatic',
  year: '2010',
  make: 'Volkswagen',
  model: 'Polo',
  badge: 'Comfortline',
  series: '6R',
  model_year: 'MY10',
  release_month: 1,
  release_year: 2010,
  body_type: 'Hatchback',
  body_config: null,
  transmission: 'Dual Clutch Automatic (DCT)',
  transmission_type: 'Automatic',
  wheelbase: null,
  fuel: 'Petrol',
  engine: 'Piston',
  drive: 'FWD',
  num_doors: 5,
  num_seats: 5,
  num_gears: 7,
  num_cylinders: 4,
  capacity_cc: 1390,
  power_kw: 63,
  torque_nm: 132,
  range: null,
  options: [],
};
