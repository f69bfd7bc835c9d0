/**
 * Cancelling a request the user no longer wants: any request started with a
 * `requestId` (a search, facet counts), whatever its feature.
 */
import { z } from 'zod';
import type { RouteTable } from './route';
import { requestIdSchema } from './route';

/** Request routes. */
export const requestRoutes = {
  'requests:cancel': {
    schema: z.object({ requestId: requestIdSchema }).strict(),
    handle: async ({ requestId }, { services }) => ({ cancelled: services.requests.cancel(requestId) }),
  },
} satisfies RouteTable;
