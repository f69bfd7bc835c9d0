/**
 * The IPC pipeline, the same in Electron and in the Chromium harness:
 * sender check → strict schema → handler → `Result` envelope.
 *
 * Nothing thrown crosses IPC: Electron would strip a thrown error down to
 * `Error invoking remote method …` (electron/electron#24427), so every outcome
 * is a value, and unknown failures become `INTERNAL` with a fixed message
 * (details only in the redacted log).
 */
import type { InvokeChannel, Result } from '../../preload/contract';
import { INVOKE_CHANNELS } from '../../preload/contract';
import { DealerDeskError, toAppError } from '../core/errors';
import type { Logger } from '../core/ports';
import { parseRequest } from './parse-request';
import type { Route, Routes } from './routes/index';
import type { SenderInfo } from './sender';
import { isTrustedSender } from './sender';
import type { BackendServices } from './services';

/** Routes one message; never throws. */
export type Dispatch = (channel: string, payload: unknown, sender: SenderInfo) => Promise<Result<unknown>>;

const KNOWN_CHANNELS = new Set<string>(INVOKE_CHANNELS);

const FORBIDDEN_MESSAGE = 'This request did not come from the Dealer Desk window, so it was refused.';

/** Builds the dispatcher over `routes`; handlers run with `services`. */
export function createDispatcher(routes: Routes, options: { appOrigin: string; logger: Logger; services: BackendServices }): Dispatch {
  const { appOrigin, logger, services } = options;
  return async (channel, payload, sender) => {
    try {
      if (!isTrustedSender(sender, appOrigin)) {
        logger.warn('ipc: refused message from an untrusted sender', { channel: KNOWN_CHANNELS.has(channel) ? channel : 'unknown' });
        throw new DealerDeskError('FORBIDDEN', FORBIDDEN_MESSAGE, { reason: 'request.forbidden' });
      }
      if (!KNOWN_CHANNELS.has(channel)) throw new DealerDeskError('VALIDATION', 'Dealer Desk does not know that request.', { reason: 'request.unknown' });
      const route = routes[channel as InvokeChannel] as Route<InvokeChannel>;
      const request = parseRequest(route.schema, payload);
      return { ok: true, data: await route.handle(request, { services, sender }) };
    } catch (error) {
      const appError = toAppError(error);
      if (appError.code === 'INTERNAL') {
        logger.error('ipc: unexpected failure', { channel, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
      } else if (appError.code !== 'FORBIDDEN' && appError.code !== 'CANCELLED') {
        logger.info('ipc: request failed', { channel, code: appError.code });
      }
      return { ok: false, error: appError };
    }
  };
}
