/**
 * The AutoGrab credential: the renderer can write it, test it and delete it,
 * never read it back (only its status: kind, a 4-character hint, the date).
 * Saving or deleting switches between demo data and the dealer's account at once.
 */
import { z } from 'zod';
import type { ConnectionTestResult } from '../../../preload/contract';
import { CREDENTIAL_LENGTHS as LENGTHS } from '../../core/auth/credentials';
import type { TroubleshootingCheck } from '../../core/message-codes';
import type { AppError } from '../../core/errors';
import { toAppError } from '../../core/errors';
import type { BackendServices } from '../services';
import type { RouteTable } from './route';
import { noPayload } from './route';

const credentialsSchema = z.discriminatedUnion(
  'kind',
  [
    z
      .object({
        kind: z.literal('apiKey'),
        apiKey: z.string().trim().min(LENGTHS.apiKey.min, 'That API key looks too short. Paste the whole key.').max(LENGTHS.apiKey.max, 'That API key is too long.'),
      })
      .strict(),
    z
      .object({
        kind: z.literal('oauth'),
        clientId: z.string().trim().min(LENGTHS.clientId.min, 'Enter the client ID.').max(LENGTHS.clientId.max, 'That client ID is too long.'),
        clientSecret: z
          .string()
          .trim()
          .min(LENGTHS.clientSecret.min, 'That client secret looks too short. Paste the whole secret.')
          .max(LENGTHS.clientSecret.max, 'That client secret is too long.'),
      })
      .strict(),
  ],
  { error: 'Choose API key or OAuth client credentials.' },
);

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

/** After a save or delete: connect with what is stored now (demo or live), tell every window, answer with the new status. */
async function afterCredentialChange(services: BackendServices) {
  await services.reconnect();
  await services.publishStatus();
  return services.vault.status();
}

/** Credential routes. */
export const credentialRoutes = {
  'credentials:get-status': { schema: noPayload, handle: async (_request, { services }) => services.vault.status() },
  'credentials:set': {
    schema: credentialsSchema,
    handle: async (credentials, { services }) => {
      await services.vault.save(credentials);
      return afterCredentialChange(services);
    },
  },
  'credentials:delete': {
    schema: noPayload,
    handle: async (_request, { services }) => {
      services.vault.remove();
      return afterCredentialChange(services);
    },
  },
  'credentials:test': {
    schema: noPayload,
    handle: async (_request, { services }): Promise<ConnectionTestResult> => {
      const mode = services.mode();
      try {
        const outcome = await services.client().testConnection();
        return { ok: true, mode, error: null, checks: [], usage: outcome.usage ?? null };
      } catch (error) {
        const appError = toAppError(error);
        return { ok: false, mode, error: appError, checks: troubleshootingChecks(appError), usage: null };
      }
    },
  },
} satisfies RouteTable;
