/**
 * The boundary check for market evidence arriving over IPC (to be saved) or
 * read back from the history file: strict shapes, bounded lists and strings,
 * so a tampered file or a misbehaving renderer cannot bloat or break the
 * saved history. Kept apart from `evidence.ts` so the renderer's bundle does
 * not carry zod.
 */
import { z } from 'zod';
import type { MarketEvidence } from './evidence';
import { MAX_EVIDENCE_ITEMS } from './evidence';

const text = z.string().max(300);
const optionalText = text.nullable();
const amount = z.number().finite().nullable();
const isoTime = z.string().max(40).refine((value) => Number.isFinite(Date.parse(value)), 'not a date');
const quartiles = z.object({ min: z.number(), q1: z.number(), median: z.number(), q3: z.number(), max: z.number() }).strict().nullable();

const lead = z
  .object({
    id: text,
    vehicleId: optionalText,
    year: amount,
    listedAt: optionalText,
    removedAt: optionalText,
    sellerType: optionalText,
    color: optionalText,
    state: optionalText,
    tagIds: z.array(text).max(20),
    price: amount,
    kms: amount,
    badge: optionalText,
    startingPrice: amount,
    priceDropCount: amount,
    listingUrls: z.array(z.object({ source: optionalText, url: z.string().max(2000) }).strict()).max(10),
  })
  .strict();

const historyEvent = z
  .object({ type: text, odometer: amount, price: amount, marketplace: optionalText, sellerType: optionalText, timestamp: optionalText })
  .strict();

/** Market evidence as a saved appraisal may hold it. */
export const marketEvidenceSchema: z.ZodType<MarketEvidence> = z
  .object({
    fetchedAt: isoTime,
    vehicleId: z.string().regex(/^\d{16}$/),
    controls: z
      .object({
        minimumDays: z.number().int().min(1).max(365),
        includeAdjacentYears: z.boolean(),
        excludeOutliers: z.boolean(),
        excludeAllDelisted: z.boolean(),
        includeAllActive: z.boolean(),
      })
      .strict(),
    sampleSize: amount,
    daysChecked: amount,
    priceQuartiles: quartiles,
    daysToSell: z
      .object({
        delisted: z.object({ count: z.number().int().min(0), days: quartiles }).strict(),
        active: z.object({ count: z.number().int().min(0), ageDays: quartiles }).strict(),
      })
      .strict(),
    leads: z.array(lead).max(MAX_EVIDENCE_ITEMS),
    history: z.object({ fetchedAt: isoTime, events: z.array(historyEvent).max(MAX_EVIDENCE_ITEMS) }).strict().nullable(),
  })
  .strict();
