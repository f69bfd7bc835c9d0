/**
 * The size and shape an IPC request may have before anything walks it deeply.
 * Pure, shared by the preload (which refuses an oversized request before it is
 * serialised, so main never receives it) and by main's dispatcher (defence in
 * depth, in case something reaches IPC without the preload).
 *
 * Requests from the screen are a handful of fields. An object with a million
 * keys used to block main for about a second while its keys were listed and
 * walked; here each object's key count is checked first, with the cheapest
 * listing V8 offers (`Object.keys`), and the walk stops at the first limit.
 */

/** Limits of a request: depth, values in total, keys per object, and text. */
export const PAYLOAD_LIMITS = Object.freeze({
  maxDepth: 6,
  maxNodes: 500,
  maxKeysPerObject: 64,
  maxArrayLength: 500,
  maxTotalStringLength: 20_000,
});

const POLLUTION_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Whether `payload` is plain data of a sane size: only primitives, arrays and
 * plain objects (so no getters or prototype tricks reach zod), no
 * prototype-pollution keys, bounded depth, node count, keys and text size.
 */
export function isPlainBoundedData(payload: unknown): boolean {
  let nodes = 0;
  let text = 0;
  const seen = new Set<object>();
  const visit = (value: unknown, depth: number): boolean => {
    nodes += 1;
    if (nodes > PAYLOAD_LIMITS.maxNodes) return false;
    if (typeof value === 'string') {
      text += value.length;
      return text <= PAYLOAD_LIMITS.maxTotalStringLength;
    }
    if (value === null || typeof value !== 'object') return typeof value !== 'function' && typeof value !== 'symbol';
    if (depth >= PAYLOAD_LIMITS.maxDepth || seen.has(value)) return false;
    seen.add(value);
    if (Array.isArray(value)) return value.length <= PAYLOAD_LIMITS.maxArrayLength && value.every((item) => visit(item, depth + 1));
    const prototype = Object.getPrototypeOf(value) as unknown;
    if (prototype !== Object.prototype && prototype !== null) return false;
    // Count first: `Object.keys` is the cheapest full listing, and a huge object stops here.
    const keys = Object.keys(value);
    if (keys.length > PAYLOAD_LIMITS.maxKeysPerObject) return false;
    // Symbols and non-enumerable keys never come from the screen; `ownKeys` is safe to list now the count is small.
    const allKeys = Reflect.ownKeys(value);
    if (allKeys.length !== keys.length) return false;
    return keys.every(
      (key) =>
        !POLLUTION_KEYS.has(key) &&
        Object.getOwnPropertyDescriptor(value, key)?.get === undefined &&
        visit((value as Record<string, unknown>)[key], depth + 1),
    );
  };
  return visit(payload, 0);
}
