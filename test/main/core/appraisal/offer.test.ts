import { isAboveTrade, reconTotal, wholeRinggit, workOutOffer } from '../../../../main/core/appraisal/offer';
import type { ValuationResult } from '../../../../main/core/domain';

function valuation(retail: number, trade: number, maxOffer: ValuationResult['maxOffer']): Pick<ValuationResult, 'prediction' | 'maxOffer'> {
  return { prediction: { id: 'p', vehicleId: 'v', createdAt: null, kms: 48_000, retailPrice: retail, tradePrice: trade, score: 0.9 }, maxOffer };
}

const BREAKDOWN = { reconditioning: 1500, profitMargin: 6729.96, lot: 350.5, transport: 200.49, admin: 150, price: 47_152.05 };

describe('the worked offer', () => {
  test('retail minus itemised recon, margin, lot, transport and admin equals the offer; every line in whole ringgit', () => {
    const result = workOutOffer(valuation(56_083.4, 45_000, BREAKDOWN), [{ amount: 800 }, { amount: 349.5 }, { amount: 60 }]);
    expect(result).toMatchObject({ retail: 56_083, reconditioning: 1210, profitMargin: 6730, lot: 351, transport: 200, admin: 150 });
    // The printed lines add up exactly to the printed offer.
    expect(result.offer).toBe(56_083 - 1210 - 6730 - 351 - 200 - 150);
    expect(Number.isInteger(result.offer)).toBe(true);
  });

  test("AutoGrab's own max offer sits beside ours with the difference (our itemised recon replaces AutoGrab's flat figure)", () => {
    const result = workOutOffer(valuation(56_083, 45_000, BREAKDOWN), [{ amount: 1000 }]);
    expect(result.autograbMaxOffer).toBe(47_152);
    expect(result.offer).toBe(56_083 - 1000 - 6730 - 351 - 200 - 150);
    expect(result.differenceFromAutograb).toBe(47_652 - 47_152);
    // The screen explains the gap: AutoGrab took off its own RM 1,500 estimate, ours the items listed.
    expect(result.autograbReconditioning).toBe(1500);
  });

  test('without the max-offer breakdown no margin or costs are taken off, and there is no AutoGrab figure to compare', () => {
    const result = workOutOffer(valuation(40_000, 33_000, null), [{ amount: 500 }]);
    expect(result).toMatchObject({ hasBreakdown: false, profitMargin: 0, lot: 0, offer: 39_500, autograbMaxOffer: null, differenceFromAutograb: null, autograbReconditioning: 0 });
  });

  test('recon larger than retail gives an offer of RM 0, never a negative one', () => {
    expect(workOutOffer(valuation(3000, 2000, null), [{ amount: 5000 }]).offer).toBe(0);
  });

  test('rounding is half away from zero; negative or non-numeric recon amounts count as nothing', () => {
    expect(wholeRinggit(1234.5)).toBe(1235);
    expect(wholeRinggit(1234.49)).toBe(1234);
    expect(wholeRinggit(Number.NaN)).toBe(0);
    expect(reconTotal([{ amount: -50 }, { amount: 100.5 }])).toBe(101);
  });

  test('an offer above the trade-in value is flagged; equal to it is not', () => {
    expect(isAboveTrade(45_001, 45_000)).toBe(true);
    expect(isAboveTrade(45_000, 45_000.4)).toBe(false);
    expect(isAboveTrade(null, 45_000)).toBe(false);
  });
});
