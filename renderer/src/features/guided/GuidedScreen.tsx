/**
 * Guided search: one select per facet with counts, cascading make → model →
 * year, then optional variant, transmission, body and fuel; the matching
 * vehicles appear in the keyboard-driven results list.
 */
import { useTranslation } from 'react-i18next';
import type { FacetName, Vehicle } from '../../../../preload/contract';
import { shortTransmission } from '../../format';
import { useAppStore } from '../../stores/app';
import { GUIDED_FACETS, filterKey, guidedMatch, useGuidedStore } from '../../stores/guided';
import { useValuationStore } from '../../stores/valuation';
import { ErrorPanel } from '../common/ErrorPanel';
import { SearchPanel } from '../search/SearchScreen';
import { Progress } from '../common/Progress';
import { ResultsList } from '../search/ResultsList';

/** How a facet value reads in its select: gearboxes by their short name, as everywhere else; other values as AutoGrab sends them. */
function facetLabel(facet: FacetName, value: string): string {
  return facet === 'transmission' ? (shortTransmission(value) ?? value) : value;
}

function FacetSelect({ facet }: { facet: FacetName }) {
  const { t } = useTranslation();
  const options = useGuidedStore((state) => state.options[facet]);
  const value = useGuidedStore((state) => state.filters[filterKey(facet)]);
  const choose = useGuidedStore((state) => state.choose);
  const retry = useGuidedStore((state) => state.retry);
  if (!options) return null;
  const id = `facet-${facet}`;
  const current = value === undefined ? '' : String(value);
  const values = options.values;
  // Keep the chosen value selectable even if the latest counts no longer list it.
  const listed = current === '' || values.some((option) => option.value === current);
  return (
    <div className="field">
      <label htmlFor={id}>{t(`guided.facet.${facet}`)}</label>
      <select
        id={id}
        value={current}
        aria-busy={options.status === 'loading'}
        onChange={(event) => void choose(facet, event.target.value === '' ? null : event.target.value)}
      >
        <option value="">{facet === 'make' || facet === 'model' || facet === 'year' ? t('guided.choose') : t('guided.any')}</option>
        {listed ? null : <option value={current}>{facetLabel(facet, current)}</option>}
        {values.map((option) => (
          <option key={option.value} value={option.value}>
            {t('guided.option', { value: facetLabel(facet, option.value), count: option.count })}
          </option>
        ))}
      </select>
      {options.status === 'error' && options.error ? <ErrorPanel error={options.error} onRetry={() => void retry()} /> : null}
    </div>
  );
}

/** The guided-search screen. */
export function GuidedScreen() {
  const { t } = useTranslation();
  const options = useGuidedStore((state) => state.options);
  const vehicles = useGuidedStore((state) => state.vehicles);
  const prefilledFrom = useGuidedStore((state) => state.prefilledFrom);
  const start = useGuidedStore((state) => state.start);
  const retry = useGuidedStore((state) => state.retry);
  const openVehicle = useValuationStore((state) => state.openVehicle);
  const go = useAppStore((state) => state.go);
  const loading = Object.values(options).some((option) => option?.status === 'loading') || vehicles.status === 'loading';

  const select = (vehicle: Vehicle) => {
    openVehicle(vehicle, guidedMatch(useGuidedStore.getState()));
    go('vehicle');
  };

  return (
    <div className="screen guided-screen" aria-busy={loading}>
      <SearchPanel compact />
      <h1>{t('guided.heading')}</h1>
      <p className="muted">{t('guided.intro')}</p>
      {prefilledFrom ? (
        <p className="notice-inline" data-testid="guided-prefilled">
          {t('guided.prefilled', { description: prefilledFrom })}
        </p>
      ) : null}
      <div className="facet-grid" role="group" aria-label={t('guided.heading')}>
        {GUIDED_FACETS.map((facet) => (
          <FacetSelect key={facet} facet={facet} />
        ))}
      </div>
      <div className="button-row">
        <button type="button" onClick={() => void start()}>
          {t('guided.clear')}
        </button>
      </div>
      {loading ? <Progress>{t('common.loading')}</Progress> : null}
      <section aria-labelledby="guided-results-heading" className="guided-results">
        <h2 id="guided-results-heading" className="section-heading">
          {t('guided.results')}
        </h2>
        {vehicles.status === 'idle' ? <p className="muted">{t('guided.needMore')}</p> : null}
        {vehicles.status === 'too-many' ? (
          <p className="notice-inline" role="status" data-testid="guided-too-many">
            {t('guided.tooMany')}
          </p>
        ) : null}
        {vehicles.status === 'error' && vehicles.error ? (
          <ErrorPanel error={vehicles.error} onRetry={() => void retry()} />
        ) : null}
        {vehicles.status === 'done' && vehicles.list.length === 0 ? <p>{t('guided.none')}</p> : null}
        {vehicles.status === 'done' && vehicles.list.length > 0 ? (
          <ResultsList vehicles={vehicles.list} label={t('guided.results')} onSelect={select} testId="guided-list" preselect={prefilledFrom === null} />
        ) : null}
      </section>
    </div>
  );
}
