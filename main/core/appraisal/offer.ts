/**
 * The offer, worked out in the open: AutoGrab's retail price, minus the
 * itemised reconditioning, minus AutoGrab's margin, lot, transport and admin
 * figures from the max-offer breakdown, equals the offer. Appraisals are in
 * whole ringgit, so every figure is rounded first and the printed lines add
 * up exactly to the printed offer.
 *
 * Pure: the renderer shows it live as the salesperson types, main prints it.
 */
import type { MaxOffer, ValuationResult } from '../domain';
import type { ReconLine } from './types';

/** Whole ringgit, half away from zero (RM 1,234.50 → RM 1,235). */
export function wholeRinggit(amount: number): number {
  if (!Number.isFinite(amount)) return 0;
  return Math.sign(amount) * Math.round(Math.abs(amount));
}

/** Every figure of the worked offer, in whole ringgit. */
export interface OfferBreakdown {
  retail: number;
  /** Sum of the itemised reconditioning lines. */
  reconditioning: number;
  profitMargin: number;
  lot: number;
  transport: number;
  admin: number;
  /** retail − reconditioning − margin − lot − transport − admin, never below 0. */
  offer: number;
  /** AutoGrab's trade price, for the "above trade-in" flag. */
  trade: number;
  /** AutoGrab's own max offer; null when the account did not return one. */
  autograbMaxOffer: number | null;
  /** The reconditioning estimate inside AutoGrab's max offer (0 without one): the worked offer takes off the itemised lines instead, which explains most of the difference. */
  autograbReconditioning: number;
  /** offer − AutoGrab's max offer (negative: ours is lower); null without AutoGrab's figure. */
  differenceFromAutograb: number | null;
  /** Whether the max-offer breakdown was available (without it, no margin or costs are taken off). */
  hasBreakdown: boolean;
}

/** Sum of the reconditioning lines, each rounded to whole ringgit. */
export function reconTotal(lines: readonly Pick<ReconLine, 'amount'>[]): number {
  return lines.reduce((total, line) => total + Math.max(0, wholeRinggit(line.amount)), 0);
}

const cost = (maxOffer: MaxOffer | null, key: 'profitMargin' | 'lot' | 'transport' | 'admin'): number =>
  Math.max(0, wholeRinggit(maxOffer?.[key] ?? 0));

/** Works out the offer for a valuation and the itemised reconditioning. */
export function workOutOffer(valuation: Pick<ValuationResult, 'prediction' | 'maxOffer'>, recon: readonly Pick<ReconLine, 'amount'>[]): OfferBreakdown {
  const { maxOffer } = valuation;
  const retail = wholeRinggit(valuation.prediction.retailPrice);
  const figures = {
    reconditioning: reconTotal(recon),
    profitMargin: cost(maxOffer, 'profitMargin'),
    lot: cost(maxOffer, 'lot'),
    transport: cost(maxOffer, 'transport'),
    admin: cost(maxOffer, 'admin'),
  };
  const offer = Math.max(0, retail - Object.values(figures).reduce((a, b) => a + b, 0));
  const autograbMaxOffer = maxOffer ? wholeRinggit(maxOffer.price) : null;
  return {
    retail,
    ...figures,
    offer,
    trade: wholeRinggit(valuation.prediction.tradePrice),
    autograbMaxOffer,
    autograbReconditioning: maxOffer ? Math.max(0, wholeRinggit(maxOffer.reconditioning ?? 0)) : 0,
    differenceFromAutograb: autograbMaxOffer === null ? null : offer - autograbMaxOffer,
    hasBreakdown: maxOffer !== null,
  };
}

/** Whether an offer would pay more than AutoGrab's trade-in value: shown as a warning, never blocked. */
export function isAboveTrade(offer: number | null, trade: number): boolean {
  return offer !== null && offer > wholeRinggit(trade);
}
