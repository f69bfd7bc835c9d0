/**
 * The comparable listings as a sortable table: year, variant, kms, price,
 * seller, state, listed date, days listed, status and notes (write-off,
 * price drops). Listing links open in the system browser through the app's
 * allowlist, only for listing sites, and never in kiosk mode.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MarketLead, Region } from '../../../../preload/contract';
import { daysListed, isListingSiteUrl } from '../../../../main/core/market/index';
import { formatDate, formatKms, formatMoney } from '../../format';

type Column = 'year' | 'variant' | 'kms' | 'price' | 'seller' | 'state' | 'listed' | 'days' | 'status';

const COLUMNS: readonly Column[] = ['year', 'variant', 'kms', 'price', 'seller', 'state', 'listed', 'days', 'status'];

/** Props of {@link LeadsTable}. */
export interface LeadsTableProps {
  leads: readonly Omit<MarketLead, 'coverImage'>[];
  region: Region;
  /** The vehicle's own variant, for leads that do not name theirs. */
  ownBadge: string | null;
  ownVehicleId: string | null;
  /** "Today" for days listed: now, or when saved evidence was fetched. */
  asOf: Date;
  /** Kiosk mode: links are shown as text only. */
  linksEnabled: boolean;
}

type Row = LeadsTableProps['leads'][number] & { days: number | null; variant: string | null };

function sortValue(row: Row, column: Column): string | number {
  switch (column) {
    case 'year':
      return row.year ?? -1;
    case 'variant':
      return row.variant ?? '';
    case 'kms':
      return row.kms ?? -1;
    case 'price':
      return row.price ?? -1;
    case 'seller':
      return row.sellerType ?? '';
    case 'state':
      return row.state ?? '';
    case 'listed':
      return row.listedAt ?? '';
    case 'days':
      return row.days ?? -1;
    case 'status':
      return row.removedAt ? 1 : 0;
  }
}

/** The sortable leads table. */
export function LeadsTable({ leads, region, ownBadge, ownVehicleId, asOf, linksEnabled }: LeadsTableProps) {
  const { t } = useTranslation();
  const [sort, setSort] = useState<{ column: Column; ascending: boolean }>({ column: 'price', ascending: true });
  const rows = useMemo(() => {
    const withDays: Row[] = leads.map((lead) => ({
      ...lead,
      days: daysListed(lead, asOf),
      variant: lead.badge ?? (lead.vehicleId !== null && lead.vehicleId === ownVehicleId ? ownBadge : null),
    }));
    const direction = sort.ascending ? 1 : -1;
    return withDays.sort((a, b) => {
      const left = sortValue(a, sort.column);
      const right = sortValue(b, sort.column);
      return (typeof left === 'number' && typeof right === 'number' ? left - right : String(left).localeCompare(String(right))) * direction;
    });
  }, [leads, asOf, ownBadge, ownVehicleId, sort]);

  const toggle = (column: Column) => setSort((current) => ({ column, ascending: current.column === column ? !current.ascending : true }));

  return (
    <div className="table-scroll">
      <table className="data-table leads-table" data-testid="leads-table">
        <caption>{t('market.table.caption')}</caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th key={column} scope="col" aria-sort={sort.column === column ? (sort.ascending ? 'ascending' : 'descending') : 'none'}>
                <button type="button" className="link-button" onClick={() => toggle(column)} aria-label={t('market.table.sortBy', { column: t(`market.table.${column}`) })}>
                  {t(`market.table.${column}`)}
                  <span aria-hidden="true">{sort.column === column ? (sort.ascending ? ' ▲' : ' ▼') : ''}</span>
                </button>
              </th>
            ))}
            <th scope="col">{t('market.table.tags')}</th>
            <th scope="col">{t('market.table.link')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-testid="lead-row">
              <td>{row.year ?? '—'}</td>
              <td>{row.variant ?? '—'}</td>
              <td>{formatKms(row.kms, region)}</td>
              <td>
                {formatMoney(row.price, region)}
                {row.startingPrice !== null && row.price !== null && row.startingPrice > row.price ? (
                  <span className="muted small"> ({t('market.table.startedAt', { price: formatMoney(row.startingPrice, region) })})</span>
                ) : null}
              </td>
              <td>{row.sellerType ? (t('market.table.sellers', { returnObjects: true }) as Record<string, string>)[row.sellerType] ?? row.sellerType : '—'}</td>
              <td>{row.state ?? '—'}</td>
              <td>{formatDate(row.listedAt)}</td>
              <td>{row.days ?? '—'}</td>
              <td>{row.removedAt ? t('market.table.delisted') : t('market.table.active')}</td>
              <td>
                <Notes tags={row.tagIds} drops={row.priceDropCount} />
              </td>
              <td>
                <ListingLinks urls={row.listingUrls} enabled={linksEnabled} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Notes({ tags, drops }: { tags: readonly string[]; drops: number | null }) {
  const { t } = useTranslation();
  const names = t('market.table.tagNames', { returnObjects: true }) as Record<string, string>;
  const parts = tags.map((tag) => names[tag] ?? tag);
  if (drops !== null && drops > 0) parts.push(drops === 1 ? t('market.table.dropsOne') : t('market.table.drops', { count: drops }));
  return parts.length > 0 ? <>{parts.join(', ')}</> : <>—</>;
}

/** Links to listing sites only (checked against the one marketplace table); plain text in kiosk mode. */
function ListingLinks({ urls, enabled }: { urls: readonly { source: string | null; url: string }[]; enabled: boolean }) {
  const { t } = useTranslation();
  const safe = urls.filter((entry) => isListingSiteUrl(entry.url));
  if (safe.length === 0) return <>—</>;
  return (
    <>
      {safe.map((entry) => {
        const site = new URL(entry.url).hostname.replace(/^(www|m)\./, '');
        return enabled ? (
          <a key={entry.url} href={entry.url} target="_blank" rel="noopener noreferrer" data-testid="listing-link">
            {t('market.table.open', { site })}
          </a>
        ) : (
          <span key={entry.url}>{site}</span>
        );
      })}
    </>
  );
}
