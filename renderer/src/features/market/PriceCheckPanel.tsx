/**
 * "Check a price": an asking price with kms, for the vehicle on screen or a
 * listing pasted as a link (read locally; the page is never fetched). Shows
 * where the price sits in the market (below, within, above) with the range
 * and sample size. An unknown listing says so and points to the manual check.
 */
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { GaugeResult, Region } from '../../../../preload/contract';
import { formatMoney } from '../../format';
import { useRegion } from '../../stores/app';
import { useMarketStore } from '../../stores/market';
import { parseKms, useValuationStore } from '../../stores/valuation';
import { BusyButton } from '../common/BusyButton';
import { ErrorPanel } from '../common/ErrorPanel';

/** Where the asking price sits against the market range. */
export function pricePosition(result: Pick<GaugeResult, 'listingPrice' | 'marketRangeMin' | 'marketRangeMax'>): 'below' | 'within' | 'above' | null {
  const { listingPrice, marketRangeMin, marketRangeMax } = result;
  if (listingPrice === null || marketRangeMin === null || marketRangeMax === null) return null;
  return listingPrice < marketRangeMin ? 'below' : listingPrice > marketRangeMax ? 'above' : 'within';
}

function Outcome({ result, region, byLink }: { result: GaugeResult; region: Region; byLink: boolean }) {
  const { t } = useTranslation();
  const position = pricePosition(result);
  const money = (value: number | null) => formatMoney(value, region);
  const fill = Math.min(1, Math.max(0, result.fill ?? 0.5));
  return (
    <div className={`price-outcome price-${position ?? 'unknown'}`} data-testid="price-check-result" role="status">
      {position ? <p className="price-position">{t(`priceCheck.position.${position}`)}</p> : null}
      {result.marketRangeMin !== null && result.marketRangeMax !== null ? (
        <>
          <div className="gauge-track" role="img" aria-label={t('priceCheck.gaugeLabel', { price: money(result.listingPrice) })}>
            <span className="gauge-marker" style={{ left: `${fill * 100}%` }} />
          </div>
          <p>
            {result.sampleSize !== null
              ? t('priceCheck.range', { min: money(result.marketRangeMin), max: money(result.marketRangeMax), count: result.sampleSize })
              : t('priceCheck.rangeNoCount', { min: money(result.marketRangeMin), max: money(result.marketRangeMax) })}
          </p>
        </>
      ) : null}
      <p className="muted small">{byLink ? t('priceCheck.byLink', { title: result.vehicleTitle ?? '—' }) : t('priceCheck.byVehicle')}</p>
    </div>
  );
}

/** The price-check panel of the vehicle screen. */
export function PriceCheckPanel() {
  const { t } = useTranslation();
  const vehicle = useValuationStore((state) => state.vehicle);
  const valuedKms = useValuationStore((state) => state.kmsText);
  const check = useMarketStore((state) => state.priceCheck);
  const checkPrice = useMarketStore((state) => state.checkPrice);
  const region = useRegion();
  const [price, setPrice] = useState('');
  const [kms, setKms] = useState(valuedKms);
  const [link, setLink] = useState('');
  if (!vehicle) return null;
  const checking = check.status === 'loading';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (checking) return;
    void checkPrice({ vehicleId: vehicle.id, price, kms: parseKms(kms), link });
  };
  const problem =
    check.inputProblem === 'price'
      ? t('priceCheck.priceInvalid')
      : check.inputProblem === 'kms'
        ? t('priceCheck.kmsInvalid')
        : check.linkProblem
          ? (t('priceCheck.linkProblems', { returnObjects: true }) as Record<string, string>)[check.linkProblem]
          : check.listingUnknown
            ? t('priceCheck.unknownListing')
            : null;

  return (
    <section className="price-check" aria-labelledby="price-check-heading" data-testid="price-check">
      <h2 id="price-check-heading">{t('priceCheck.heading')}</h2>
      <p className="muted">{t('priceCheck.intro')}</p>
      <form className="price-check-form" onSubmit={submit} noValidate>
        <label>
          {t('priceCheck.price')}
          <input inputMode="numeric" value={price} onChange={(event) => setPrice(event.target.value)} data-testid="price-check-price" aria-invalid={check.inputProblem === 'price'} />
        </label>
        <label>
          {t('priceCheck.kms')}
          <input inputMode="numeric" value={kms} onChange={(event) => setKms(event.target.value)} data-testid="price-check-kms" aria-invalid={check.inputProblem === 'kms'} />
        </label>
        <label className="wide">
          {t('priceCheck.link')}
          <input type="url" value={link} onChange={(event) => setLink(event.target.value)} data-testid="price-check-link" aria-describedby="price-check-link-hint" aria-invalid={check.linkProblem !== null} />
          <span id="price-check-link-hint" className="muted small">
            {t('priceCheck.linkHint')}
          </span>
        </label>
        <BusyButton type="submit" className="primary" busy={checking}>
          {checking ? t('priceCheck.checking') : t('priceCheck.submit')}
        </BusyButton>
      </form>
      {problem ? (
        <p role="alert" className="issue issue-error" data-testid="price-check-problem">
          {problem}
        </p>
      ) : null}
      {check.status === 'error' && check.error && !check.listingUnknown ? <ErrorPanel error={check.error} /> : null}
      {check.status === 'done' && check.result ? <Outcome result={check.result} region={region} byLink={check.source === 'link'} /> : null}
    </section>
  );
}
