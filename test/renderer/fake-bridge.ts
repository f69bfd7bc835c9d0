/**
 * A scripted `window.dealerDesk` for renderer tests: every method is a vitest
 * mock built from the contract's BRIDGE_METHODS table (so it cannot drift from
 * the real bridge), answering with sensible demo defaults that a test can
 * override per call. Events can be emitted by hand.
 */
import { vi } from 'vitest';
import type { Mock } from 'vitest';
import { BRIDGE_EVENTS, BRIDGE_METHODS } from '../../preload/contract';
import type {
  AppError,
  AppStatus,
  DealershipSettings,
  DealerDeskBridge,
  EventContract,
  InvokeChannel,
  MaxOfferConfiguration,
  ResponseOf,
  Result,
  Vehicle,
  ValuationResult,
} from '../../preload/contract';

/** A catalogue vehicle for tests. */
export const MYVI: Vehicle = {
  id: '1111111111111111',
  title: '2019 Perodua Myvi 1.5 AV',
  year: 2019,
  make: 'Perodua',
  model: 'Myvi',
  badge: '1.5 AV',
  bodyType: 'Hatchback',
  transmission: '4-speed automatic',
  fuel: 'Petrol',
  capacityCc: 1496,
  powerKw: 76,
  numDoors: 5,
  numSeats: 5,
  releaseMonth: 11,
  releaseYear: 2017,
};

/** A valuation with bounds and a max-offer breakdown. */
export const VALUATION: ValuationResult = {
  usage: null,
  prediction: {
    id: 'a2955915-9611-40ef-8b98-b827dad76ff4',
    vehicleId: MYVI.id,
    createdAt: '2026-11-28T02:30:00.000Z',
    kms: 52_000,
    retailPrice: 45_000,
    tradePrice: 38_500,
    score: 0.86,
  },
  bounds: { retail: { lower: 43_000, upper: 47_500 }, trade: { lower: 36_500, upper: 40_000 } },
  maxOffer: { reconditioning: 1250, profitMargin: 3600, lot: 500, transport: 300, admin: 150, price: 39_200 },
};

/** Default status: demo data, Malaysia, English. */
export function demoStatus(overrides: Partial<AppStatus> = {}): AppStatus {
  return {
    version: '0.1.0',
    mode: 'demo',
    settings: { region: 'my', auState: null, baseUrl: 'https://api.autograb.com.my', tokenUrl: null, maxOffer: true, requireOdometer: false, language: 'en' },
    locks: [],
    kiosk: { enabled: false, idleResetSeconds: null, attention: null },
    secureStorageAvailable: true,
    notices: [],
    usage: null,
    ...overrides,
  };
}

/** An empty dealership profile with the default presets, nothing locked. */
const DEALERSHIP: DealershipSettings = {
  profile: { name: '', ssm: '', address: '', phone: '', salesperson: '', offerValidityDays: 7 },
  reconPresets: [{ kind: 'tyres', amount: 800 }],
  logo: null,
  locks: { fields: [], logo: false, reconPresets: false, maxOfferConfiguration: false },
};

const MAX_OFFER_CONFIG: MaxOfferConfiguration = {
  reconditioning: { type: 'fixed', value: 1500 },
  profitMargin: { type: 'percentage', value: 12 },
  lot: { type: 'fixed', value: 300 },
  transport: { type: 'fixed', value: 200 },
  admin: { type: 'fixed', value: 150 },
};

const DEFAULTS: { [C in InvokeChannel]: () => ResponseOf<C> } = {
  'app:get-status': () => demoStatus(),
  'settings:update': () => demoStatus().settings,
  'credentials:get-status': () => ({ configured: false, kind: null, hint: null, updatedAt: null }),
  'credentials:set': () => ({ configured: true, kind: 'apiKey', hint: '••••1a2b', updatedAt: '2026-11-28T02:30:00.000Z' }),
  'credentials:delete': () => ({ configured: false, kind: null, hint: null, updatedAt: null }),
  'credentials:test': () => ({ ok: true, mode: 'live', error: null, checks: [], usage: null }),
  'vehicles:search': () => ({ usage: null, vehicles: [MYVI], total: 1, confidence: 'standard' }),
  'vehicles:lookup-plate': () => ({ usage: null, vehicle: MYVI, upstreamVehicle: '2019 PERODUA MYVI', confidence: 'standard', colour: 'White', vin: null, additionalVehicles: [] }),
  'vehicles:lookup-vin': () => ({ usage: null, vehicle: MYVI, upstreamVehicle: null, confidence: 'standard', colour: null, vin: 'PM2M602S001234567', additionalVehicles: [] }),
  'vehicles:get': () => ({ usage: null, vehicle: MYVI }),
  'vehicles:facets': () => ({ usage: null, facet: 'make', values: [] }),
  'vehicles:facet-search': () => ({ usage: null, vehicles: [MYVI] }),
  'requests:cancel': () => ({ cancelled: true }),
  'valuation:predict': () => VALUATION,
  'valuation:all-conditions': () => ({
    usage: null,
    prediction: null,
    conditions: ([1, 2, 3, 4, 5] as const).map((conditionScore) => ({ conditionScore, tradePrice: 30_000 + conditionScore * 2000, tradeBounds: null })),
  }),
  'valuation:residual': () => ({
    usage: null,
    points: [0, 1, 2, 3, 4, 5].map((year) => ({ year, kms: 52_000 + year * 17_000, valuation: 45_000 - year * 3000, score: 0.8 })),
  }),
  'valuation:history-list': () => ({ usage: null, predictions: [] }),
  'valuation:history-get': () => VALUATION,
  'market:overlay': () => ({ usage: null, sampleSize: 0, daysChecked: 60, leads: [] }),
  'market:vehicle-history': () => ({ usage: null, id: null, events: [] }),
  'market:gauge': () => ({ usage: null, id: 'g', fill: 0.5, listingPrice: 45_000, marketRangeMin: 40_000, marketRangeMax: 50_000, confidence: 'high', sampleSize: 30, vehicleTitle: MYVI.title }),
  'market:save-evidence': () => ({ saved: true }),
  'history:list-local': () => [],
  'history:clear-local': () => ({ cleared: 0 }),
  'report:save-pdf': () => ({ saved: true, path: '/tmp/valuation.pdf' }),
  'appraisals:list': () => [],
  'appraisals:save': () => {
    throw new Error('appraisals:save needs a scripted answer in this test');
  },
  'appraisals:delete': () => ({ deleted: true }),
  'appraisals:forget-customers': () => ({ cleared: 0 }),
  'appraisals:export-csv': () => ({ saved: true, path: '/tmp/appraisals.csv' }),
  'dealership:get': () => DEALERSHIP,
  'dealership:update': () => DEALERSHIP,
  'dealership:choose-logo': () => DEALERSHIP,
  'dealership:remove-logo': () => DEALERSHIP,
  'max-offer:get-config': () => ({ usage: null, configuration: MAX_OFFER_CONFIG }),
  'max-offer:set-config': () => ({ usage: null, configuration: MAX_OFFER_CONFIG }),
  'updates:get-status': () => ({ state: 'idle', lastCheckedAt: null }),
  'updates:check': () => ({ state: 'idle', lastCheckedAt: null }),
  'updates:install': () => ({ state: 'idle', lastCheckedAt: null }),
  'kiosk:exit': () => ({ exiting: true }),
  'help:get-about': () => ({
    versions: { app: '0.1.0', electron: '45.5.0', chromium: '140.0.7339.0', node: '22.20.0' },
    os: { platform: 'win32', release: '10.0.26100', arch: 'x64' },
    dataMode: 'demo',
    region: 'my',
    language: 'en',
    policy: { source: 'none', path: 'C:\\ProgramData\\Dealer Desk\\policy.json', kiosk: false, lockedSettings: [] },
    updates: { channel: 'latest', state: 'idle', lastCheckedAt: null },
    secretStorage: 'dpapi',
    dataFolder: '~\\AppData\\Roaming\\Dealer Desk',
    recentErrors: [],
  }),
  'help:copy-diagnostics': () => ({ copied: true }),
  'help:open-data-folder': () => ({ opened: true }),
  'search:take-prefill': () => null,
};

type Listener = (payload: never) => void;

/** The fake bridge plus handles to drive it. */
export interface FakeBridge {
  bridge: DealerDeskBridge;
  /** The mock behind a channel: `mock('vehicles:search').mockImplementationOnce(...)`. */
  mock(channel: InvokeChannel): Mock;
  /** Pushes an event to the renderer's listeners. */
  emit<E extends keyof EventContract>(event: E, payload: EventContract[E]): void;
}

/** An `{ ok: true }` result. */
export function ok<T>(data: T): Result<T> {
  return { ok: true, data };
}

/** An `{ ok: false }` result. */
export function fail(code: AppError['code'], extra: Partial<AppError> = {}): Result<never> {
  return { ok: false, error: { code, message: `${code} happened`, retryable: false, ...extra } };
}

/** A promise and the functions that settle it, for ordering tests. */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}

/** Builds a fresh fake bridge. */
export function createFakeBridge(): FakeBridge {
  const mocks = new Map<InvokeChannel, Mock>();
  const listeners = new Map<string, Set<Listener>>();
  const bridge: Record<string, Record<string, unknown>> = {};
  for (const [namespace, methods] of Object.entries(BRIDGE_METHODS)) {
    bridge[namespace] = {};
    for (const [method, channel] of Object.entries(methods) as Array<[string, InvokeChannel]>) {
      const mock = vi.fn(async () => ok(DEFAULTS[channel]()));
      mocks.set(channel, mock);
      bridge[namespace][method] = mock;
    }
  }
  bridge.events = {};
  for (const [method, event] of Object.entries(BRIDGE_EVENTS)) {
    bridge.events[method] = (listener: Listener) => {
      const set = listeners.get(event) ?? new Set<Listener>();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    };
  }
  return {
    bridge: bridge as unknown as DealerDeskBridge,
    mock: (channel) => mocks.get(channel)!,
    emit: (event, payload) => listeners.get(event)?.forEach((listener) => (listener as (value: typeof payload) => void)(payload)),
  };
}
