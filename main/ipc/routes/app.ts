/**
 * The frame of the app: its status, and the settings the user (or policy)
 * controls. Changing where or how the client connects reconnects at once.
 */
import { z } from 'zod';
import { credentialTarget } from '../../core/storage/credential-binding';
import { settingsShape } from '../../core/storage/settings-store';
import type { RouteTable } from './route';
import { noPayload } from './route';

/** Settings that change which server the client talks to, and how. */
const CONNECTION_KEYS = new Set(['region', 'auState', 'baseUrl', 'tokenUrl']);

/** Status and settings routes. */
export const appRoutes = {
  'app:get-status': { schema: noPayload, handle: async (_request, { services }) => services.status() },
  'settings:update': {
    schema: z.object(settingsShape).partial().strict(),
    handle: async (patch, { services }) => {
      // A stored credential stays with the address it was entered for: a change elsewhere is refused (docs/security.md).
      const settings = services.settings.update(patch, (next) => services.vault.assertUsableAt(credentialTarget(next)));
      if (Object.keys(patch).some((key) => CONNECTION_KEYS.has(key))) await services.reconnect();
      await services.publishStatus();
      return settings;
    },
  },
} satisfies RouteTable;
