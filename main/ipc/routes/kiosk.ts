/** Leaving kiosk mode with the administrator's PIN (checked in main against the policy's scrypt hash). */
import { z } from 'zod';
import type { RouteTable } from './route';

/** Kiosk routes. */
export const kioskRoutes = {
  'kiosk:exit': {
    schema: z.object({ pin: z.string().min(1, 'Enter the PIN.').max(64, 'That PIN is too long.') }).strict(),
    handle: async ({ pin }, { services }) => ({ exiting: await services.kiosk.exit(pin) }),
  },
} satisfies RouteTable;
