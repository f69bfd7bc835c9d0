/**
 * Boundary parsing for the sandbox routes: region, numeric and boolean query
 * parameters, and zod-validated JSON bodies, each failing with a 400 whose
 * message a salesperson (or the developer behind them) understands.
 */
import type { z } from 'zod';
import { isRegion } from '../catalogue/catalogue.ts';
import type { RegionCode } from '../data/vehicle.ts';
import { parseJsonObject, SandboxHttpError } from '../server/http.ts';

/** The region, or 400 "Invalid Region" (AutoGrab's documented message). */
export function requireRegion(value: unknown): RegionCode {
  if (!isRegion(value)) throw new SandboxHttpError(400, 'Invalid Region');
  return value;
}

/** A whole-number query parameter within bounds, or its default when absent. */
export function intParam(query: URLSearchParams, name: string, bounds: { min: number; max: number; fallback: number }): number {
  const raw = query.get(name);
  if (raw === null || raw === '') return bounds.fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < bounds.min || value > bounds.max) {
    throw new SandboxHttpError(400, `${name} must be a whole number from ${bounds.min} to ${bounds.max}.`);
  }
  return value;
}

/** A boolean query parameter: "true"/"1" are true, anything else false. */
export function boolParam(query: URLSearchParams, name: string): boolean {
  const raw = query.get(name)?.toLowerCase();
  return raw === 'true' || raw === '1';
}

/** The comma-separated `features` query parameter as a set. */
export function featureSet(query: URLSearchParams): Set<string> {
  return new Set((query.get('features') ?? '').split(',').map((feature) => feature.trim()).filter(Boolean));
}

/** Parses and validates a JSON body; the first problem becomes the 400 message. */
export function parseBody<T extends z.ZodType>(schema: T, bodyText: string): z.infer<T> {
  const result = schema.safeParse(parseJsonObject(bodyText));
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue?.path.join('.') ?? '';
    throw new SandboxHttpError(400, field ? `${field}: ${issue?.message ?? 'invalid'}` : (issue?.message ?? 'The request body is not valid.'));
  }
  return result.data;
}
