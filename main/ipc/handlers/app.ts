/**
 * The frame of the app: status, settings, credentials (write-only from the
 * renderer's side), local history, PDF reports, updates and kiosk exit.
 */
import type { ConnectionTestResult } from '../../../preload/contract';
import type { AppError } from '../../core/errors';
import { toAppError } from '../../core/errors';
import { credentialTarget } from '../../core/storage/credential-binding';
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

/** What to check after a failed connection test, by error (AutoGrab's troubleshooting list, in a dealer's words). */
export function troubleshootingChecks(error: AppError): string[] {
  switch (error.code) {
    case 'AUTH_INVALID_KEY':
      return [
        'Check the API key in Settings: paste the whole secret key, with nothing before or after it.',
        'Ask your AutoGrab account manager whether the key is still active.',
      ];
    case 'AUTH_INVALID_CLIENT':
      return [
        'Check the client ID and client secret in Settings.',
        'Ask your AutoGrab account manager whether the OAuth client is enabled for the API.',
        'For IT: the token request uses Basic auth (base64 of client_id:client_secret), Content-Type application/x-www-form-urlencoded and the body grant_type=client_credentials.',
      ];
    case 'AUTH_UNAVAILABLE':
    case 'NETWORK':
    case 'TIMEOUT':
      return [
        "Check this computer's internet connection.",
        'Check that the firewall or proxy allows the AutoGrab address shown in Settings.',
        'Check the AutoGrab address and sign-in address in Settings.',
      ];
    case 'QUOTA':
    case 'RATE_LIMITED':
      return ['Wait a moment and test again.', 'Ask your AutoGrab account manager about your plan limits.'];
    default:
      return ['Try the test again in a moment.', 'If it keeps failing, contact AutoGrab support and mention the time of the test.'];
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
      // A stored credential stays with the address it was entered for: a change elsewhere is refused (docs/security.md).
      const settings = services.settings.update(patch, (next) => services.vault.assertUsableAt(credentialTarget(next)));
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
