/**
 * The preload: the only code that can reach both the page and IPC. It exposes
 * exactly one global, `window.dealerDesk`, built by `buildBridge` from the
 * contract tables over `ipcRenderer`. There is no generic invoke/send/on, so
 * the page can reach nothing the contract does not list (Electron security
 * checklist 3, context-isolation.md).
 *
 * Built as one CommonJS file (`vite build --mode preload`): sandboxed preloads
 * cannot load ES modules or anything from disk.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { buildBridge } from './bridge';
import { BRIDGE_GLOBAL } from './contract';

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
