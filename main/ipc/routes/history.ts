/** Local history: searches and valuations kept on this workstation, viewable offline. */
import type { RouteTable } from './route';
import { noPayload } from './route';

/** Local history routes. */
export const historyRoutes = {
  'history:list-local': { schema: noPayload, handle: async (_request, { services }) => services.history.list() },
  'history:clear-local': {
    schema: noPayload,
    // The kiosk reset and "Clear history": the session's reusable answers carry the same plates, so they go too.
    handle: async (_request, { services }) => {
      services.forgetAnswers();
      return { cleared: services.history.clear() };
    },
  },
} satisfies RouteTable;
