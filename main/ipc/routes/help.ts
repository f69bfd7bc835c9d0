/**
 * Help: About facts, "Copy diagnostics", opening the data folder, and the
 * search prefill a link from another program left for the window.
 */
import { formatDiagnostics } from '../../core/diagnostics/diagnostics';
import type { RouteTable } from './route';
import { noPayload } from './route';

/** Help routes. */
export const helpRoutes = {
  'help:get-about': { schema: noPayload, handle: async (_request, { services }) => services.about() },
  'help:copy-diagnostics': {
    schema: noPayload,
    handle: async (_request, { services }) => ({ copied: services.host.copyText(formatDiagnostics(await services.about(), new Date())) }),
  },
  // A kiosk must never open a file manager: it is a way out of the locked screen.
  'help:open-data-folder': {
    schema: noPayload,
    handle: async (_request, { services }) => ({ opened: services.kioskEnabled ? false : await services.host.openDataFolder() }),
  },
  'search:take-prefill': { schema: noPayload, handle: async (_request, { services }) => services.takePrefill() },
} satisfies RouteTable;
