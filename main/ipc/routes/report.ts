/** The printable valuation summary, saved as a PDF where the user chooses. */
import { z } from 'zod';
import type { RouteTable } from './route';

/** Report routes. */
export const reportRoutes = {
  'report:save-pdf': {
    schema: z
      .object({
        suggestedName: z
          .string()
          .max(120, 'That file name is too long.')
          .regex(/^[\p{L}\p{N}][\p{L}\p{N} ._-]*$/u, 'Use letters, numbers, spaces, dots and dashes in the file name.'),
      })
      .strict(),
    handle: async (request, { services, sender }) => services.savePdf(request, sender),
  },
} satisfies RouteTable;
