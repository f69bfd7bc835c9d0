/**
 * The bridge object `window.dealerDesk`, built from the contract tables: one
 * named method per channel and one subscribe function per event, nothing
 * generic (Electron security checklist 3, context-isolation.md).
 *
 * Pure: no Electron import. The preload (index.ts) builds it over
 * `ipcRenderer`; the Chromium harness builds the page's bridge with this same
 * code (bundled into the preload build and loaded in the page), so what the
 * browser tests see is what the preload exposes.
 */
import { BRIDGE_EVENTS, BRIDGE_METHODS } from './contract';
import type { DealerDeskBridge, Result } from './contract';
import { isPlainBoundedData } from './payload-bounds';

/** Sends one request on `channel`; resolves with main's answer. */
export type Invoke = (channel: string, request?: unknown) => Promise<unknown>;
/** Listens on `channel`, passing only the payload; returns the unsubscribe. */
export type Subscribe = (channel: string, listener: (payload: unknown) => void) => () => void;

/**
 * The answer to a request too big or too odd to send (see payload-bounds.ts):
 * refused here, in the page's own process, so main never has to receive and
 * walk it. Main checks again on arrival.
 */
const OVERSIZED: Result<never> = Object.freeze({
  ok: false,
  error: Object.freeze({ code: 'VALIDATION', message: 'Dealer Desk could not use that request. Check what you entered and try again.', retryable: false }),
}) as Result<never>;

/** Builds the frozen bridge object over an invoke and a subscribe function. */
export function buildBridge(invoke: Invoke, subscribe: Subscribe): DealerDeskBridge {
  const bridge: Record<string, Record<string, unknown>> = {};
  for (const [namespace, methods] of Object.entries(BRIDGE_METHODS)) {
    const api: Record<string, unknown> = {};
    for (const [name, channel] of Object.entries(methods)) {
      // Only the first argument is forwarded: nothing else can ride along.
      api[name] = (request?: unknown) => (isPlainBoundedData(request) ? invoke(channel, request) : Promise.resolve(OVERSIZED));
    }
    bridge[namespace] = Object.freeze(api);
  }
  const events: Record<string, unknown> = {};
  for (const [name, channel] of Object.entries(BRIDGE_EVENTS)) {
    events[name] = (listener: (payload: unknown) => void) => {
      if (typeof listener !== 'function') throw new TypeError('Pass a function to listen to events.');
      return subscribe(channel, listener);
    };
  }
  bridge.events = Object.freeze(events);
  return Object.freeze(bridge) as unknown as DealerDeskBridge;
}
