/**
 * The home screen: the search box, what a lookup found, typeahead results,
 * the way into guided search, and (when AutoGrab is unreachable) the recent
 * results saved on this workstation.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Vehicle } from '../../../../preload/contract';
import { adviceFor } from '../../error-advice';
import { formatDateTime } from '../../format';
import { useAppStore } from '../../stores/app';
import { useGuidedStore } from '../../stores/guided';
import { fromLocal, useHistoryStore } from '../../stores/history';
import { shownError, useSearchStore } from '../../stores/search';
import { useValuationStore } from '../../stores/valuation';
import { ErrorPanel } from '../common/ErrorPanel';
import { Progress } from '../common/Progress';
import { LookupOutcome } from './LookupOutcome';
import { ResultsList } from './ResultsList';
import { SearchBox } from './SearchBox';
import { WelcomeCard } from './WelcomeCard';

function Suggestions() {
  const { t } = useTranslation();
  const suggestions = useSearchStore((state) => state.suggestions);
  const submit = useSearchStore((state) => state.submit);
  const go = useAppStore((state) => state.go);
  const openVehicle = useValuationStore((state) => state.openVehicle);

  const choose = (vehicle: Vehicle) => {
    openVehicle(vehicle, { confidence: suggestions.confidence, upstreamVehicle: null, colour: null, vin: null });
    go('vehicle');
  };

  if (suggestions.status === 'idle') return null;
  if (suggestions.status === 'error' && suggestions.error) {
    return <ErrorPanel error={suggestions.error} onRetry={() => void submit()} />;
  }
  const loading = suggestions.status === 'loading';
  return (
    <section className="suggestions" aria-labelledby="suggestions-heading" aria-busy={loading}>
      <h2 id="suggestions-heading" className="section-heading">
        {t('search.suggestions')}
      </h2>
      {loading ? <Progress>{t('search.searching')}</Progress> : null}
      {!loading && suggestions.vehicles.length === 0 ? <p>{t('search.noSuggestions')}</p> : null}
      {suggestions.vehicles.length > 0 ? (
        <>
          <p className="muted" aria-live="polite">
            {t('search.suggestionsCount', { count: suggestions.total ?? suggestions.vehicles.length })}
          </p>
          {suggestions.confidence === 'reduced' ? <p className="notice-inline">{t('search.reducedMatch')}</p> : null}
          <ResultsList vehicles={suggestions.vehicles} label={t('search.suggestions')} onSelect={choose} testId="suggestions-list" />
        </>
      ) : null}
    </section>
  );
}

/** The recent results saved here, while AutoGrab is unreachable; says so only when no error above has said it already. */
function SavedRecently() {
  const { t } = useTranslation();
  const offline = useAppStore((state) => state.offline);
  const saidAbove = useSearchStore((state) => {
    const code = shownError(state)?.code;
    return code === 'NETWORK' || code === 'TIMEOUT';
  });
  const local = useHistoryStore((state) => state.local);
  const load = useHistoryStore((state) => state.load);
  const reopen = useHistoryStore((state) => state.reopen);
  const [requested, setRequested] = useState(false);

  useEffect(() => {
    if (offline && !requested) {
      setRequested(true);
      void load();
    }
  }, [offline, requested, load]);

  if (!offline) return null;
  const recent = local.items.slice(0, 8);
  return (
    <section className="panel" aria-labelledby="recent-heading">
      <h2 id="recent-heading" className="section-heading">
        {t('search.recent')}
      </h2>
      {saidAbove ? null : <p className="muted">{t('search.offlineRecent')}</p>}
      <ul className="plain-list">
        {recent.map((entry) => (
          <li key={entry.id}>
            {entry.kind === 'valuation' ? (
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  const item = fromLocal(entry);
                  if (item) void reopen(item);
                }}
              >
                {entry.vehicle.title}
              </button>
            ) : (
              <span>{t('history.lookedUp', { query: entry.query })}</span>
            )}{' '}
            {/* A lookup was made at this time, not "saved" (only a valuation is a record kept). */}
            {entry.kind === 'valuation' ? (
              <span className="saved-stamp">{t('common.saved', { when: formatDateTime(entry.savedAt) })}</span>
            ) : (
              <time className="saved-stamp" dateTime={entry.savedAt}>
                {formatDateTime(entry.savedAt)}
              </time>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Props of {@link SearchPanel}. */
export interface SearchPanelProps {
  compact?: boolean;
}

/**
 * The search box with what it found (lookup outcome, typeahead results). The
 * compact panel above the vehicle and guided screens shows results only once
 * the user starts a new search there, so it never repeats the previous list.
 */
export function SearchPanel({ compact = false }: SearchPanelProps) {
  const [active, setActive] = useState(!compact);
  return (
    <div className={compact ? 'search-panel compact' : 'search-panel'}>
      <SearchBox compact={compact} onActivity={() => setActive(true)} />
      {active ? (
        <>
          <LookupOutcome />
          <Suggestions />
        </>
      ) : null}
    </div>
  );
}

/** The search screen. */
export function SearchScreen() {
  const { t } = useTranslation();
  const go = useAppStore((state) => state.go);
  const startGuided = useGuidedStore((state) => state.start);
  // One way into guided search at a time: a match to confirm or an error that offers it has its own button.
  const outcomeOffersGuided = useSearchStore((state) => {
    const error = shownError(state);
    return state.lookup.status === 'confirm' || (error !== null && adviceFor(error).actions.includes('guided'));
  });

  return (
    <div className="screen search-screen">
      <h1>{t('search.heading')}</h1>
      <WelcomeCard />
      <SearchPanel />
      {outcomeOffersGuided ? null : (
        <p className="guided-entry">
          <button
            type="button"
            onClick={() => {
              void startGuided();
              go('guided');
            }}
          >
            {t('search.guided')}
          </button>{' '}
          <span className="muted">{t('search.guidedHint')}</span>
        </p>
      )}
      <SavedRecently />
    </div>
  );
}
