import { buildMarketEvidence, DEFAULT_MARKET_CONTROLS, MAX_EVIDENCE_ITEMS } from '../../../main/core/market/index';
import { marketEvidenceSchema } from '../../../main/core/market/evidence-schema';
import type { MarketLead } from '../../../main/core/domain';

const lead = (n: number, removedAt: string | null): MarketLead => ({
  id: `my_mudahmy_${n}`, vehicleId: '1111111111111111', year: 2020, listedAt: '2026-04-01T00:00:00Z', removedAt, sellerType: 'dealer', color: 'Red', state: 'Selangor',
  tagIds: [], price: 40_000 + n * 1_000, kms: 60_000, badge: '1.5 AV', startingPrice: null, priceDropCount: null,
  listingUrls: [{ source: 'mudah.my', url: `https://www.mudah.my/x-${10_000_000 + n}.htm` }], coverImage: 'https://www.mudah.my/images/1/cover.jpg',
});

function evidence(leads: MarketLead[]) {
  return buildMarketEvidence({
    vehicleId: '1111111111111111',
    controls: DEFAULT_MARKET_CONTROLS,
    overlay: { sampleSize: leads.length, daysChecked: 60, leads },
    fetchedAt: new Date('2026-06-15T00:00:00Z'),
    history: { fetchedAt: new Date('2026-06-15T00:00:01Z'), events: [{ type: 'listing', odometer: 41_800, price: 45_900, marketplace: 'mudah.my', sellerType: 'private', timestamp: '2024-10-02T11:22:47.000Z' }] },
  });
}

test('keeps sample, quartiles, days to sell, leads without images and history events, stamped with when they were fetched', () => {
  const saved = evidence([lead(0, '2026-04-21T00:00:00Z'), lead(1, null), lead(2, '2026-05-01T00:00:00Z')]);
  expect(saved).toMatchObject({ fetchedAt: '2026-06-15T00:00:00.000Z', sampleSize: 3, daysChecked: 60, priceQuartiles: { min: 40_000, median: 41_000, max: 42_000 } });
  expect(saved.daysToSell.delisted).toMatchObject({ count: 2, days: { median: 25 } });
  expect(saved.leads.every((entry) => !('coverImage' in entry))).toBe(true);
  expect(saved.history?.events).toHaveLength(1);
  expect(marketEvidenceSchema.parse(JSON.parse(JSON.stringify(saved)))).toEqual(saved);
});

test('an empty market is valid evidence; oversized or tampered evidence is refused', () => {
  expect(marketEvidenceSchema.safeParse(evidence([])).success).toBe(true);
  const tooMany = { ...evidence([]), leads: Array.from({ length: MAX_EVIDENCE_ITEMS + 1 }, (_, n) => ({ ...evidence([lead(n, null)]).leads[0] })) };
  expect(marketEvidenceSchema.safeParse(tooMany).success).toBe(false);
  expect(marketEvidenceSchema.safeParse({ ...evidence([]), extra: 'x' }).success).toBe(false);
  expect(marketEvidenceSchema.safeParse({ ...evidence([]), fetchedAt: 'yesterday' }).success).toBe(false);
  expect(marketEvidenceSchema.safeParse({ ...evidence([lead(1, null)]), leads: [{ ...lead(1, null) }] }).success).toBe(false);
});
