/**
 * What a plate or VIN lookup found, when it needs the user: a reduced-
 * confidence match to confirm (with the registry description and the other
 * candidates), the VIN-only hand-over, progress, or an error.
 */
import { useTranslation } from 'react-i18next';
import type { Vehicle } from '../../../../preload/contract';
import { vehicleTitle } from '../../format';
import { originOf, useSearchStore } from '../../stores/search';
import { ErrorPanel } from '../common/ErrorPanel';
import { MatchFacts } from '../common/MatchFacts';
import { Progress } from '../common/Progress';

/** The lookup outcome panel of the search screen. */
export function LookupOutcome() {
  const { t } = useTranslation();
  const lookup = useSearchStore((state) => state.lookup);
  const confirm = useSearchStore((state) => state.confirm);
  const toGuided = useSearchStore((state) => state.toGuided);
  const submit = useSearchStore((state) => state.submit);

  switch (lookup.status) {
    case 'idle':
      return null;
    case 'loading':
      return <Progress>{t('search.lookingUp', { query: lookup.query })}</Progress>;
    case 'vin-only':
      return (
        <section className="panel" aria-labelledby="vin-only-heading" aria-busy="true">
          <h2 id="vin-only-heading">{t('outcome.vinOnlyHeading')}</h2>
          <p>
            {t('outcome.vin')}: <strong className="mono">{lookup.vin}</strong>
          </p>
          <Progress>{t('outcome.vinOnlyBody')}</Progress>
        </section>
      );
    case 'error':
      return (
        <ErrorPanel
          error={lookup.error}
          onRetry={() => void submit()}
          onGuided={() => toGuided(null)}
        />
      );
    case 'confirm': {
      const { result } = lookup;
      const candidates: Vehicle[] = result.vehicle ? [result.vehicle, ...result.additionalVehicles] : result.additionalVehicles;
      const [matched, ...others] = candidates;
      return (
        <section className="panel panel-warning" aria-labelledby="confirm-heading" data-testid="confirm-match">
          <h2 id="confirm-heading">{t('outcome.confirmHeading')}</h2>
          <p>
            <span className="badge badge-warning">{t('outcome.confidence.reduced')}</span> {t('outcome.confirmBody')}
          </p>
          <MatchFacts upstreamVehicle={result.upstreamVehicle} matchedTitle={matched ? vehicleTitle(matched) : null} colour={result.colour} vin={result.vin} />
          <div className="button-row">
            {matched ? (
              <button type="button" className="primary" onClick={() => confirm(matched)}>
                {t('outcome.confirm')}
              </button>
            ) : null}
            <button type="button" onClick={() => toGuided(result.upstreamVehicle, originOf(lookup))}>
              {t('outcome.notIt')}
            </button>
          </div>
          {others.length > 0 ? (
            <>
              <h3>{t('outcome.other')}</h3>
              <ul className="plain-list">
                {others.map((vehicle) => (
                  <li key={vehicle.id}>
                    <button type="button" className="link-button" onClick={() => confirm(vehicle)}>
                      {vehicleTitle(vehicle)}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      );
    }
  }
}
