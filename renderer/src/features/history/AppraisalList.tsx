/**
 * The working list of appraisals on this computer: one row per appraisal,
 * searched by plate, customer or reference and filtered by status and date
 * (the rules of core's `filterAppraisals`, which main applies again to the
 * CSV export, so the file holds exactly the rows on screen). A row reopens
 * its appraisal; its status changes in place.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { filterAppraisals, NO_FILTER } from '../../../../main/core/appraisal/filter';
import type { AppraisalFilter } from '../../../../main/core/appraisal/filter';
import type { AppError, Appraisal, AppraisalStatus, SaveFileResult } from '../../../../preload/contract';
import { formatDate, formatMoney } from '../../format';
import { useAppraisalStore } from '../../stores/appraisal';
import { DemoBadge } from '../common/DemoBadge';
import { ErrorPanel } from '../common/ErrorPanel';
import { Progress } from '../common/Progress';
import { BusyButton } from '../common/BusyButton';
import { StatusOptions } from '../appraisal/StatusOptions';

function FilterBar() {
  const { t } = useTranslation();
  const filter = useAppraisalStore((state) => state.filter);
  const setFilter = useAppraisalStore((state) => state.setFilter);
  return (
    <div className="field-grid appraisal-filters" role="search">
      <div className="field">
        <label htmlFor="appraisal-search">{t('historyList.search')}</label>
        <input id="appraisal-search" type="search" maxLength={100} value={filter.text} placeholder={t('historyList.searchExample')} onChange={(event) => setFilter({ text: event.target.value })} />
      </div>
      <div className="field">
        <label htmlFor="appraisal-status">{t('historyList.status')}</label>
        <select id="appraisal-status" value={filter.status} onChange={(event) => setFilter({ status: event.target.value as AppraisalFilter['status'] })}>
          <option value="all">{t('historyList.allStatuses')}</option>
          <StatusOptions />
        </select>
      </div>
      <div className="field">
        <label htmlFor="appraisal-from">{t('historyList.from')}</label>
        <input id="appraisal-from" type="date" value={filter.from ?? ''} max={filter.to ?? undefined} onChange={(event) => setFilter({ from: event.target.value || null })} />
      </div>
      <div className="field">
        <label htmlFor="appraisal-to">{t('historyList.to')}</label>
        <input id="appraisal-to" type="date" value={filter.to ?? ''} min={filter.from ?? undefined} onChange={(event) => setFilter({ to: event.target.value || null })} />
      </div>
    </div>
  );
}

function AppraisalRow({ appraisal }: { appraisal: Appraisal }) {
  const { t } = useTranslation();
  const { open, setStatus } = useAppraisalStore.getState();
  const { vehicle, reference, conditionScore } = appraisal;
  return (
    <tr data-testid="appraisal-row">
      <th scope="row">{vehicle.plate ?? vehicle.vin ?? '—'}</th>
      <td className="mono small nowrap">{reference}</td>
      <td>
        {vehicle.title} <DemoBadge demo={appraisal.mode === 'demo'} />
      </td>
      <td className="nowrap">{formatDate(appraisal.createdAt)}</td>
      <td className="nowrap">{conditionScore ? `${conditionScore} · ${t(`valuation.conditionNames.${conditionScore}`)}` : '—'}</td>
      <td className="nowrap">{formatMoney(appraisal.offer, 'my')}</td>
      <td>
        {/* Saving a status sends the whole record; details this computer cannot decrypt would be saved blank, so the row stays read-only. */}
        <select
          aria-label={t('historyList.statusOf', { reference })}
          value={appraisal.status}
          disabled={appraisal.customerUnavailable}
          onChange={(event) => void setStatus(appraisal, event.target.value as AppraisalStatus)}
        >
          <StatusOptions />
        </select>
      </td>
      <td>
        <button type="button" onClick={() => open(appraisal)} aria-label={t('historyList.openLabel', { reference })}>
          {t('historyList.open')}
        </button>
      </td>
    </tr>
  );
}

function AppraisalTable({ rows }: { rows: Appraisal[] }) {
  const { t } = useTranslation();
  const columns = ['plate', 'reference', 'vehicle', 'date', 'condition', 'offer', 'status'] as const;
  return (
    <table className="data-table history-table appraisal-table">
      <caption className="visually-hidden">{t('historyList.heading')}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th scope="col" key={column}>
              {t(`historyList.${column}`)}
            </th>
          ))}
          <th scope="col">
            <span className="visually-hidden">{t('historyList.open')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((appraisal) => (
          <AppraisalRow key={appraisal.id} appraisal={appraisal} />
        ))}
      </tbody>
    </table>
  );
}

/** What the last export did, in words. */
function ExportOutcome({ outcome }: { outcome: SaveFileResult | AppError }) {
  const { t } = useTranslation();
  if ('code' in outcome) return <p role="alert" className="issue issue-error">{t('historyList.exportFailed')}</p>;
  if (!outcome.saved || !outcome.path) return <p role="status">{t('historyList.exportCancelled')}</p>;
  return <p role="status">{t('historyList.exported', { path: outcome.path })}</p>;
}

/** The appraisal list with its search, filters and CSV export. */
export function AppraisalList() {
  const { t } = useTranslation();
  const list = useAppraisalStore((state) => state.list);
  const listStatus = useAppraisalStore((state) => state.listStatus);
  const listError = useAppraisalStore((state) => state.listError);
  const filter = useAppraisalStore((state) => state.filter);
  const { loadList, setFilter, exportCsv } = useAppraisalStore.getState();
  const [exporting, setExporting] = useState(false);
  const [outcome, setOutcome] = useState<SaveFileResult | AppError | null>(null);
  const rows = useMemo(() => filterAppraisals(list, filter), [list, filter]);

  useEffect(() => {
    void loadList();
  }, [loadList]);

  const exportRows = async () => {
    setExporting(true);
    setOutcome(null);
    setOutcome(await exportCsv());
    setExporting(false);
  };

  return (
    <section aria-labelledby="appraisal-list-heading" data-testid="appraisal-list">
      <h2 id="appraisal-list-heading" className="section-heading">
        {t('historyList.heading')}
      </h2>
      {listStatus === 'loading' ? <Progress>{t('common.loading')}</Progress> : null}
      {listError ? <ErrorPanel error={listError} onRetry={() => void loadList()} /> : null}
      {listStatus === 'done' && list.length === 0 ? <p className="muted">{t('historyList.empty')}</p> : null}
      {list.length > 0 ? (
        <>
          <FilterBar />
          <div className="button-row list-tools">
            <p className="muted" aria-live="polite">
              {t('historyList.shown', { shown: rows.length, total: list.length })}
            </p>
            <BusyButton busy={exporting} onClick={() => void exportRows()} disabled={rows.length === 0} aria-describedby="export-hint">
              {exporting ? t('historyList.exporting') : t('historyList.exportCsv')}
            </BusyButton>
            <span id="export-hint" className="muted small">
              {t('historyList.exportHint')}
            </span>
          </div>
          {outcome ? <ExportOutcome outcome={outcome} /> : null}
          {rows.length > 0 ? (
            <AppraisalTable rows={rows} />
          ) : (
            <div>
              <p>{t('historyList.noMatch')}</p>
              {/* Every appraisal passes no filter, so an empty result always has one to clear. */}
              <button
                type="button"
                onClick={() => {
                  setFilter(NO_FILTER);
                  // This button leaves with the empty result; the search box is where the next try starts.
                  document.getElementById('appraisal-search')?.focus();
                }}
              >
                {t('historyList.clearFilters')}
              </button>
            </div>
          )}
        </>
      ) : null}
    </section>
  );
}
