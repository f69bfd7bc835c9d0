/**
 * A vehicle and its valuation: title, how it was matched, key specs, the
 * valuation form and the result, then the car's own listing history, the
 * market beside it and the asking-price check.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { vehicleTitle } from '../../format';
import { useRegion } from '../../stores/app';
import { useSearchStore } from '../../stores/search';
import { useValuationStore } from '../../stores/valuation';
import { DemoBadge } from '../common/DemoBadge';
import { ErrorPanel } from '../common/ErrorPanel';
import { MatchFacts } from '../common/MatchFacts';
import { SearchPanel } from '../search/SearchScreen';
import { Progress } from '../common/Progress';
import { ValuationForm } from '../valuation/ValuationForm';
import { ValuationView } from '../valuation/ValuationView';
import { CarHistoryPanel } from '../market/CarHistoryPanel';
import { MarketPanel } from '../market/MarketPanel';
import { PriceCheckPanel } from '../market/PriceCheckPanel';
import { VehicleSpecs } from './VehicleSpecs';

/** The vehicle screen. */
export function VehicleScreen() {
  const { t } = useTranslation();
  const vehicle = useValuationStore((state) => state.vehicle);
  const vehicleStatus = useValuationStore((state) => state.vehicleStatus);
  const vehicleError = useValuationStore((state) => state.vehicleError);
  const match = useValuationStore((state) => state.match);
  const region = useRegion();
  const vehicleId = vehicle?.id ?? null;

  useEffect(() => {
    // One vehicle identity: the header says how this vehicle was found, so the search box above it
    // starts empty instead of showing a query that may belong to another vehicle.
    if (vehicleId !== null) useSearchStore.getState().reset();
  }, [vehicleId]);

  if (vehicleStatus === 'loading') return <Progress>{t('common.loading')}</Progress>;
  if (vehicleStatus === 'error' && vehicleError) return <ErrorPanel error={vehicleError} />;
  if (!vehicle) return null;

  return (
    <div className="screen vehicle-screen">
      <SearchPanel key={vehicle.id} compact />
      <header className="vehicle-header">
        <h1 data-testid="vehicle-title">{vehicleTitle(vehicle)}</h1>
        <div className="badges">
          {match?.foundBy ? (
            <span className="badge badge-identity" data-testid="found-by">
              {match.foundBy.kind === 'plate' ? t('search.kind.plate', { display: match.foundBy.value }) : t('search.kind.vin', { vin: match.foundBy.value })}
            </span>
          ) : null}
          <DemoBadge />
          {match?.confidence ? (
            <span className={match.confidence === 'reduced' ? 'badge badge-warning' : 'badge badge-ok'} data-testid="match-confidence">
              {t(`outcome.confidence.${match.confidence}`)}
            </span>
          ) : null}
        </div>
      </header>
      {match ? <MatchFacts upstreamVehicle={match.upstreamVehicle} colour={match.colour} vin={match.vin} /> : null}
      <div className="vehicle-layout">
        <VehicleSpecs vehicle={vehicle} region={region} />
        <ValuationForm />
      </div>
      <ValuationView />
      <CarHistoryPanel />
      <MarketPanel />
      <PriceCheckPanel key={vehicle.id} />
    </div>
  );
}
