/**
 * Electron's side of the IPC bridge: one `ipcMain.handle` per contract
 * channel (exactly those, nothing generic), each turning the Electron event
 * into a {@link SenderInfo} for the dispatcher, and event delivery to trusted
 * windows only.
 */
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import type { EventChannel } from '../../preload/contract';
import { INVOKE_CHANNELS } from '../../preload/contract';
import type { Dispatch } from './dispatcher';
import type { SenderInfo } from './sender';
import type { TrustedSenders } from './trusted-senders';

/**
 * What the dispatcher needs to know about an Electron IPC event. A missing
 * `senderFrame` (navigated away or destroyed) yields an empty URL, which no
 * origin check accepts. The main frame is recognised by its frame token, not
 * by object identity, and a detached frame or one with a parent never counts.
 */
export function senderInfoOf(event: IpcMainInvokeEvent, trusted: TrustedSenders): SenderInfo {
  const frame = event.senderFrame;
  const isMainFrame = !!frame && !frame.detached && frame.parent === null && frame.frameToken === event.sender.mainFrame.frameToken;
  return {
    url: frame?.url ?? '',
    isMainFrame,
    trustedWindow: trusted.has(event.sender.id),
    webContentsId: event.sender.id,
  };
}

/** Registers a handler for every contract channel; returns a function that removes them. */
export function registerIpcHandlers(
  ipcMain: IpcMain,
  dispatch: Dispatch,
  trusted: TrustedSenders,
): () => void {
  for (const channel of INVOKE_CHANNELS) {
    ipcMain.handle(channel, (event, payload: unknown) => dispatch(channel, payload, senderInfoOf(event, trusted)));
  }
  return () => {
    for (const channel of INVOKE_CHANNELS) ipcMain.removeHandler(channel);
  };
}

/** Sends an event to every trusted, live window, and to nothing else. */
export function sendToTrusted(
  fromId: (id: number) => WebContents | undefined,
  trusted: TrustedSenders,
  channel: EventChannel,
  payload: unknown,
): void {
  for (const id of trusted.list()) {
    const contents = fromId(id);
    if (contents && !contents.isDestroyed()) contents.send(channel, payload);
  }
}
