/**
 * Which AutoGrab requests the response cache may answer, by kind (the kinds'
 * lifetimes and reasons are in response-cache.ts), and the key that makes two
 * requests identical. Everything not listed always goes to AutoGrab: the
 * valuation history (it grows with every predict), the max-offer
 * configuration (the dealer edits it), and the price check (each asking price
 * is a new question).
 */
import type { CacheKind } from './response-cache';
import type { CallSpec } from './transport';

const RULES: ReadonlyArray<{ method: CallSpec['method']; path: RegExp; kind: CacheKind }> = [
  { method: 'GET', path: /^\/v2\/vehicles\/(registrations|vins)\/[^/]+$/, kind: 'identity' },
  { method: 'GET', path: /^\/v2\/vehicles\/facets(\/search)?$/, kind: 'catalogue' },
  { method: 'GET', path: /^\/v2\/vehicles\/[^/]+$/, kind: 'identity' },
  { method: 'GET', path: /^\/v2\/vehicles$/, kind: 'catalogue' },
  { method: 'POST', path: /^\/v2\/valuations\/(predict|predict\/conditions|residual)$/, kind: 'valuation' },
  { method: 'GET', path: /^\/v2\/sourcing\/(market_overlay\/[^/]+|history)$/, kind: 'market' },
];

/** The cache kind of `spec`, or null when it must always be sent. */
export function cacheKindOf(spec: CallSpec): CacheKind | null {
  return RULES.find((rule) => rule.method === spec.method && rule.path.test(spec.path))?.kind ?? null;
}

/** Two calls with the same key ask AutoGrab the same question (the client's region and account are fixed). */
export function requestKey(spec: CallSpec): string {
  return JSON.stringify([spec.method, spec.path, spec.query ?? null, spec.body ?? null]);
}
