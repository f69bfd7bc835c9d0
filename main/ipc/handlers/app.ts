/**
 * The frame of the app: status, settings, credentials (write-only from the
 * renderer's side), local history, PDF reports, updates and kiosk exit.
 */
import type { ConnectionTestResult } from '../../../preload/contract';
import type { TroubleshootingCheck } from '../../core/message-codes';
import type { AppError } from '../../core/errors';
import { toAppError } from '../../core/errors';
import type { Handlers } from '../dispatcher';
import type { BackendServices } from './services';

type AppChannels =
  | 'app:get-status'
  | 'settings:update'
  | 'credentials:get-status'
  | 'credentials:set'
  | 'credentials:delete'
  | 'credentials:test'
  | 'history:list-local'
  | 'history:clear-local'
  | 'report:save-pdf'
  | 'updates:get-status'
  | 'updates:check'
  | 'updates:install'
  | 'kiosk:exit';

/** Settings that change which server the client talks to, and how. */
const CONNECTION_KEYS = new Set(['region', 'auState', 'baseUrl', 'tokenUrl']);

/**
 * What to check after a failed connection test, by error (AutoGrab's
 * troubleshooting list), as codes: the renderer holds the sentences in EN and BM.
 */
export function troubleshootingChecks(error: AppError): TroubleshootingCheck[] {
  switch (error.code) {
    case 'AUTH_INVALID_KEY':
      return ['apiKey.paste', 'apiKey.active'];
    case 'AUTH_INVALID_CLIENT':
      return ['oauth.credentials', 'oauth.enabled', 'oauth.tokenRequest'];
    case 'AUTH_UNAVAILABLE':
    case 'NETWORK':
    case 'TIMEOUT':
      return ['network.connection', 'network.firewall', 'network.addresses'];
    case 'QUOTA':
    case 'RATE_LIMITED':
      return ['limits.wait', 'limits.plan'];
    default:
      return ['other.retry', 'other.support'];
  }
}

/** Handlers for the app-level channels. */
export function appHandlers(services: BackendServices): Pick<Handlers, AppChannels> {
  const afterCredentialChange = async () => {
    await services.reconnect();
    await services.publishStatus();
    return services.vault.status();
  };
  return {
    'app:get-status': async () => services.status(),
    'settings:update': async (patch) => {
      const settings = services.settings.update(patch);
      if (Object.keys(patch).some((key) => CONNECTION_KEYS.has(key))) await services.reconnect();
      await services.publishStatus();
      return settings;
    },
    'credentials:get-status': async () => services.vault.status(),
    'credentials:set': async (input) => {
      await services.vault.save(input);
      return afterCredentialChange();
    },
    'credentials:delete': async () => {
      services.vault.remove();
      return afterCredentialChange();
    },
    'credentials:test': async (): Promise<ConnectionTestResult> => {
      const mode = services.mode();
      try {
        const outcome = await services.client().testConnection();
        return { ok: true, mode, error: null, checks: [], usage: outcome.usage ?? null };
      } catch (error) {
        const appError = toAppError(error);
        return { ok: false, mode, error: appError, checks: troubleshootingChecks(appError), usage: null };
      }
    },
    'history:list-local': async () => services.history.list(),
    'history:clear-local': async () => ({ cleared: services.history.clear() }),
    'report:save-pdf': async (request, sender) => services.savePdf(request, sender),
    'updates:get-status': async () => services.updates.status(),
    'updates:check': async () => services.updates.check(),
    'updates:install': async () => services.updates.install(),
    'kiosk:exit': async ({ pin }) => ({ exiting: await services.kiosk.exit(pin) }),
  };
}
