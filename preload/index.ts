/**
 * The preload: the only code that can reach both the page and IPC. It exposes
 * exactly one global, `window.dealerDesk`, built from the contract tables: one
 * named method per channel and one subscribe function per event. There is no
 * generic invoke/send/on, so the page can reach nothing the contract does not
 * list (Electron security checklist 3, context-isolation.md).
 *
 * Built as one CommonJS file (`vite build --mode preload`): sandboxed preloads
 * cannot load ES modules or anything from disk.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { BRIDGE_EVENTS, BRIDGE_GLOBAL, BRIDGE_METHODS } from './contract';
import type { DealerDeskBridge, Result } from './contract';
import { isPlainBoundedData } from './payload-bounds';

type Invoke = (channel: string, request?: unknown) => Promise<unknown>;
type Subscribe = (channel: string, listener: (payload: unknown) => void) => () => void;

/**
 * The answer to a request too big or too odd to send (see payload-bounds.ts):
 * refused here, in the page's own process, so main never has to receive and
 * walk it. Main checks again on arrival.
 */
const OVERSIZED: Result<never> = Object.freeze({
  ok: false,
  error: Object.freeze({ code: 'VALIDATION', message: 'Dealer Desk could not use that request. Check what you entered and try again.', retryable: false }),
}) as Result<never>;

/** Builds the bridge object over an invoke and a subscribe function (pure; tested without Electron). */
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

contextBridge.exposeInMainWorld(
  BRIDGE_GLOBAL,
  buildBridge(
    (channel, request) => ipcRenderer.invoke(channel, request),
    (channel, listener) => {
      // The IPC event object (with `sender`) never reaches the page: only the payload.
      const wrapped = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
      ipcRenderer.on(channel, wrapped);
      return () => void ipcRenderer.removeListener(channel, wrapped);
    },
  ),
);
