/**
 * Checking one IPC request against its route's schema: the renderer is
 * untrusted input. Each route's schema (main/ipc/routes) is strict; this adds
 * a structural pre-check for what zod does not look at (non-plain objects,
 * deep nesting, huge payloads) and turns the first problem into a
 * `VALIDATION` error a salesperson can act on.
 */
import type { z } from 'zod';
import { DealerDeskError } from '../core/errors';

/** Answer for anything that is not the shape the screen sends (the renderer never sends these). */
const GENERIC_MESSAGE = 'Dealer Desk could not use that request. Check what you entered and try again.';

/** Limits of the structural pre-check. */
const MAX_DEPTH = 6;
const MAX_NODES = 500;
const MAX_TOTAL_STRING_LENGTH = 20_000;
const POLLUTION_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Whether `payload` is plain data of a sane size: only primitives, arrays and
 * plain objects (so no getters or prototype tricks reach zod), no
 * prototype-pollution keys, bounded depth, node count and text size.
 */
export function isPlainBoundedData(payload: unknown): boolean {
  let nodes = 0;
  let text = 0;
  const seen = new Set<object>();
  const visit = (value: unknown, depth: number): boolean => {
    nodes += 1;
    if (nodes > MAX_NODES) return false;
    if (typeof value === 'string') {
      text += value.length;
      return text <= MAX_TOTAL_STRING_LENGTH;
    }
    if (value === null || typeof value !== 'object') return typeof value !== 'function' && typeof value !== 'symbol';
    if (depth >= MAX_DEPTH || seen.has(value)) return false;
    seen.add(value);
    if (Array.isArray(value)) return value.every((item) => visit(item, depth + 1));
    const prototype = Object.getPrototypeOf(value) as unknown;
    if (prototype !== Object.prototype && prototype !== null) return false;
    return Reflect.ownKeys(value).every(
      (key) =>
        typeof key === 'string' &&
        !POLLUTION_KEYS.has(key) &&
        Object.getOwnPropertyDescriptor(value, key)?.get === undefined &&
        visit((value as Record<string, unknown>)[key], depth + 1),
    );
  };
  return visit(payload, 0);
}

/**
 * Validates a request against its route's `schema`. Throws `VALIDATION` with a message a
 * salesperson can act on and the field at fault; the message never echoes
 * the input.
 */
export function parseRequest<T>(schema: z.ZodType<T>, payload: unknown): T {
  if (!isPlainBoundedData(payload)) throw new DealerDeskError('VALIDATION', GENERIC_MESSAGE);
  const result = schema.safeParse(payload, { error: () => GENERIC_MESSAGE });
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue?.path.filter((part): part is string => typeof part === 'string') ?? [];
  const field = issue?.code === 'unrecognized_keys' || path.length === 0 ? undefined : path.join('.');
  const message = issue && issue.code !== 'unrecognized_keys' ? issue.message : GENERIC_MESSAGE;
  throw new DealerDeskError('VALIDATION', message, field === undefined ? {} : { field });
}
