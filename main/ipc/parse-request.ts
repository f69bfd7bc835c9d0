/**
 * Checking one IPC request against its route's schema: the renderer is
 * untrusted input. Each route's schema (main/ipc/routes) is strict; this adds
 * the structural pre-check of preload/payload-bounds.ts for what zod does
 * not look at (non-plain objects, deep nesting, huge payloads: a million keys
 * is refused after one key listing, never walked) and turns the first problem into a
 * `VALIDATION` error a salesperson can act on.
 */
import type { z } from 'zod';
import { isPlainBoundedData } from '../../preload/payload-bounds';
import { DealerDeskError } from '../core/errors';
import { inputReason } from '../core/validation/inputs';

/** Answer for anything that is not the shape the screen sends (the renderer never sends these). */
const GENERIC_MESSAGE = 'Dealer Desk could not use that request. Check what you entered and try again.';

/**
 * Validates a request against its route's `schema`. Throws `VALIDATION` with a message a
 * salesperson can act on and the field at fault; the message never echoes
 * the input.
 */
export function parseRequest<T>(schema: z.ZodType<T>, payload: unknown): T {
  if (!isPlainBoundedData(payload)) throw new DealerDeskError('VALIDATION', GENERIC_MESSAGE, { reason: inputReason(undefined) });
  const result = schema.safeParse(payload, { error: () => GENERIC_MESSAGE });
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue?.path.filter((part): part is string => typeof part === 'string') ?? [];
  const field = issue?.code === 'unrecognized_keys' || path.length === 0 ? undefined : path.join('.');
  const message = issue && issue.code !== 'unrecognized_keys' ? issue.message : GENERIC_MESSAGE;
  throw new DealerDeskError('VALIDATION', message, field === undefined ? { reason: inputReason(field) } : { field, reason: inputReason(field) });
}
