/**
 * The appraisal: the vehicle and its valuation, the customer (PDPA: kept
 * encrypted), the itemised reconditioning from presets or free lines, the
 * offer worked out in the open, status and notes; then the two documents.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { workOutOffer } from '../../../../main/core/appraisal/offer';
import type { AppraisalStatus, ReconLine, ReconPreset } from '../../../../preload/contract';
import { formatMoney } from '../../format';
import { useAppraisalStore } from '../../stores/appraisal';
import { DemoBadge } from '../common/DemoBadge';
import { ErrorPanel } from '../common/ErrorPanel';
import { Progress } from '../common/Progress';
import { WorkedOffer, useReconLabel } from './WorkedOffer';
import { BusyButton } from '../common/BusyButton';
import { StatusOptions } from './StatusOptions';

const NO_LINES: readonly ReconLine[] = [];
const NO_PRESETS: readonly ReconPreset[] = [];

/** Whole ringgit typed into a box: digits only, blank is 0. */
function ringgitOf(text: string): number {
  const digits = text.replace(/[^\d]/g, '').slice(0, 8);
  return digits === '' ? 0 : Number(digits);
}

function ReconEditor() {
  const { t } = useTranslation();
  const lines = useAppraisalStore((state) => state.draft?.input.recon) ?? NO_LINES;
  const presets = useAppraisalStore((state) => state.dealership?.reconPresets) ?? NO_PRESETS;
  const { addPreset, addLine, updateLine, removeLine } = useAppraisalStore.getState();
  const label = useReconLabel();
  return (
    <section className="panel" aria-labelledby="recon-heading">
      <h2 id="recon-heading" className="section-heading">
        {t('appraisal.recon')}
      </h2>
      <p className="muted">{t('appraisal.reconHint')}</p>
      <div className="button-row preset-buttons">
        {presets.map((preset) => (
          <button key={preset.kind} type="button" onClick={() => addPreset(preset.kind)}>
            {t('appraisal.addPreset', { item: t(`appraisal.presets.${preset.kind}`), amount: formatMoney(preset.amount, 'my') })}
          </button>
        ))}
        <button type="button" onClick={addLine}>
          {t('appraisal.addLine')}
        </button>
      </div>
      {lines.length > 0 ? (
        <table className="data-table recon-table" data-testid="recon-lines">
          <thead>
            <tr>
              <th scope="col">{t('appraisal.lineLabel')}</th>
              <th scope="col">{t('appraisal.lineAmount')}</th>
              <th scope="col">{t('appraisal.lineNote')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('common.close')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line, index) => {
              const name = label(line) || t('appraisal.lineLabel');
              return (
                <tr key={index}>
                  <td>
                    {line.kind ? (
                      name
                    ) : (
                      <input aria-label={t('appraisal.lineLabel')} value={line.label} maxLength={60} onChange={(event) => updateLine(index, { label: event.target.value })} />
                    )}
                  </td>
                  <td>
                    <input
                      aria-label={`${t('appraisal.lineAmount')}: ${name}`}
                      inputMode="numeric"
                      value={String(line.amount)}
                      onChange={(event) => updateLine(index, { amount: ringgitOf(event.target.value) })}
                    />
                  </td>
                  <td>
                    <input aria-label={`${t('appraisal.lineNote')}: ${name}`} value={line.note} maxLength={200} onChange={(event) => updateLine(index, { note: event.target.value })} />
                  </td>
                  <td>
                    <button type="button" className="link-button" onClick={() => removeLine(index)}>
                      {t('appraisal.removeLine', { item: name })}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

/** The appraisal screen. */
export function AppraisalScreen() {
  const { t } = useTranslation();
  const draft = useAppraisalStore((state) => state.draft);
  const saved = useAppraisalStore((state) => state.saved);
  const saving = useAppraisalStore((state) => state.saving);
  const error = useAppraisalStore((state) => state.error);
  // Worked out here from the draft, not in a selector: a selector must return the same object until the state changes.
  const breakdown = useMemo(() => (draft ? workOutOffer(draft.valuation, draft.input.recon) : null), [draft]);
  const { setInput, save, showDocument } = useAppraisalStore.getState();
  if (!draft || !breakdown) return <p>{t('appraisal.needValuation')}</p>;
  const { input } = draft;
  const identity = input.vehicle.plate ?? input.vehicle.vin;

  return (
    <div className="screen appraisal-screen">
      <header className="vehicle-header">
        <h1>{t('appraisal.heading')}</h1>
        <span className="badge badge-identity" data-testid="appraisal-reference">
          {saved ? t('appraisal.reference', { reference: saved.reference }) : t('appraisal.unsaved')}
        </span>
        <DemoBadge />
      </header>
      <p className="appraisal-vehicle">
        <strong>{input.vehicle.title}</strong>
        {identity ? ` · ${identity}` : ''}
      </p>
      <div className="appraisal-layout">
        <div>
          <section className="panel" aria-labelledby="customer-heading">
            <h2 id="customer-heading" className="section-heading">
              {t('appraisal.customer')}
            </h2>
            <div className="field">
              <label htmlFor="customer-name">{t('appraisal.customerName')}</label>
              <input id="customer-name" autoComplete="off" maxLength={100} value={input.customer.name} onChange={(event) => setInput({ customer: { ...input.customer, name: event.target.value } })} />
            </div>
            <div className="field">
              <label htmlFor="customer-phone">{t('appraisal.customerPhone')}</label>
              <input id="customer-phone" autoComplete="off" inputMode="tel" maxLength={30} value={input.customer.phone} onChange={(event) => setInput({ customer: { ...input.customer, phone: event.target.value } })} />
            </div>
            <p className="muted small">{t('appraisal.customerNote')}</p>
            {saved?.customerUnavailable ? <p className="issue issue-warning">{t('appraisal.customerUnavailable')}</p> : null}
            <div className="field">
              <label htmlFor="salesperson">{t('appraisal.salesperson')}</label>
              <input id="salesperson" maxLength={80} value={input.salesperson} onChange={(event) => setInput({ salesperson: event.target.value })} />
            </div>
          </section>
          <ReconEditor />
        </div>
        <section className="panel" aria-labelledby="offer-heading-appraisal">
          <h2 id="offer-heading-appraisal" className="section-heading">
            {t('appraisal.worked.heading')}
          </h2>
          <WorkedOffer breakdown={breakdown} recon={input.recon} offer={input.offer} />
          <div className="field">
            <label htmlFor="offer-input">{t('appraisal.offer')}</label>
            <input id="offer-input" inputMode="numeric" value={input.offer === null ? '' : String(input.offer)} onChange={(event) => setInput({ offer: event.target.value.trim() === '' ? null : ringgitOf(event.target.value) })} />
            <button type="button" className="link-button" onClick={() => setInput({ offer: breakdown.offer })}>
              {t('appraisal.useWorked')}
            </button>
          </div>
          <div className="field">
            <label htmlFor="status-select">{t('appraisal.statusLabel')}</label>
            <select id="status-select" value={input.status} onChange={(event) => setInput({ status: event.target.value as AppraisalStatus })}>
              <StatusOptions />
            </select>
          </div>
          <div className="field">
            <label htmlFor="notes">{t('appraisal.notes')}</label>
            <textarea id="notes" rows={3} maxLength={2000} value={input.notes} onChange={(event) => setInput({ notes: event.target.value })} />
          </div>
        </section>
      </div>
      {saving ? <Progress>{t('appraisal.saving')}</Progress> : null}
      {error ? <ErrorPanel error={error} /> : null}
      {saved && !saving ? <p role="status">{t('appraisal.saved', { reference: saved.reference })}</p> : null}
      <div className="button-row">
        <BusyButton busy={saving} onClick={() => void save()}>
          {t('appraisal.save')}
        </BusyButton>
        <BusyButton busy={saving} className="primary" onClick={() => void showDocument('customer-offer')}>
          {t('appraisal.printOffer')}
        </BusyButton>
        <BusyButton busy={saving} onClick={() => void showDocument('appraisal-internal')}>
          {t('appraisal.printInternal')}
        </BusyButton>
      </div>
    </div>
  );
}
