/**
 * The offer worked out in the open: retail, each reconditioning item, then
 * AutoGrab's margin, lot, transport and admin, equals the offer; AutoGrab's
 * own max offer beside it with the difference, and a warning when the offer
 * would pay more than the trade-in value. Internal only: never on the
 * customer offer.
 */
import { useTranslation } from 'react-i18next';
import type { OfferBreakdown } from '../../../../main/core/appraisal/offer';
import { wholeRinggit } from '../../../../main/core/appraisal/offer';
import type { ReconLine } from '../../../../main/core/appraisal/types';
import { formatMoney } from '../../format';

/** The label of a reconditioning line: the preset's name or the salesperson's own. */
export function useReconLabel(): (line: Pick<ReconLine, 'kind' | 'label'>) => string {
  const { t } = useTranslation();
  return (line) => (line.kind ? t(`appraisal.presets.${line.kind}`) + (line.label ? ` (${line.label})` : '') : line.label);
}

/** Props of {@link WorkedOffer}. */
export interface WorkedOfferProps {
  breakdown: OfferBreakdown;
  recon: readonly ReconLine[];
  /** The offer actually made (may differ from the worked one); flagged when above trade. */
  offer: number | null;
}

const COSTS = ['profitMargin', 'lot', 'transport', 'admin'] as const;

/** The worked-offer table. */
export function WorkedOffer({ breakdown, recon, offer }: WorkedOfferProps) {
  const { t } = useTranslation();
  const reconLabel = useReconLabel();
  const money = (amount: number) => formatMoney(amount, 'my');
  const aboveTrade = offer !== null && offer > breakdown.trade;
  return (
    <div className="worked-offer" data-testid="worked-offer">
      <table className="offer-table">
        <caption>{t('appraisal.worked.heading')}</caption>
        <tbody>
          <tr>
            <th scope="row">{t('valuation.retail')}</th>
            <td>{money(breakdown.retail)}</td>
          </tr>
          {recon.map((line, index) => (
            <tr key={index} data-line="recon">
              <th scope="row">
                {reconLabel(line)}
                {line.note ? <span className="muted small"> · {line.note}</span> : null}
              </th>
              <td>− {money(wholeRinggit(line.amount))}</td>
            </tr>
          ))}
          {breakdown.hasBreakdown
            ? COSTS.map((cost) => (
                <tr key={cost} data-cost={cost}>
                  <th scope="row">{t(`valuation.offer.${cost}`)}</th>
                  <td>− {money(breakdown[cost])}</td>
                </tr>
              ))
            : null}
          <tr className="offer-total">
            <th scope="row">{t('appraisal.worked.offer')}</th>
            <td data-testid="worked-offer-total">{money(breakdown.offer)}</td>
          </tr>
        </tbody>
      </table>
      {!breakdown.hasBreakdown ? <p className="muted small">{t('appraisal.worked.noBreakdown')}</p> : null}
      {breakdown.autograbMaxOffer !== null && breakdown.differenceFromAutograb !== null ? (
        <p data-testid="autograb-comparison">
          {t('appraisal.worked.autograb', { amount: money(breakdown.autograbMaxOffer) })}{' '}
          <strong>
            {breakdown.differenceFromAutograb === 0
              ? t('appraisal.worked.same')
              : t(breakdown.differenceFromAutograb > 0 ? 'appraisal.worked.above' : 'appraisal.worked.below', { amount: money(Math.abs(breakdown.differenceFromAutograb)) })}
          </strong>
          {breakdown.differenceFromAutograb !== 0 && breakdown.autograbReconditioning > 0 ? (
            <span data-testid="autograb-recon-note"> {t('appraisal.worked.autograbRecon', { amount: money(breakdown.autograbReconditioning) })}</span>
          ) : null}
        </p>
      ) : null}
      {aboveTrade ? (
        <p className="issue issue-warning" role="alert" data-testid="above-trade">
          {t('appraisal.worked.aboveTrade', { offer: money(offer), trade: money(breakdown.trade) })}
        </p>
      ) : null}
    </div>
  );
}
