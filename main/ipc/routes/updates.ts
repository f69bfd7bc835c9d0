/** Auto-update: the state, a check the user asked for, and restart-to-install. */
import type { RouteTable } from './route';
import { noPayload } from './route';

/** Update routes. */
export const updateRoutes = {
  'updates:get-status': { schema: noPayload, handle: async (_request, { services }) => services.updates.status() },
  'updates:check': { schema: noPayload, handle: async (_request, { services }) => services.updates.check() },
  'updates:install': { schema: noPayload, handle: async (_request, { services }) => services.updates.install() },
} satisfies RouteTable;
