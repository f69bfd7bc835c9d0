/**
 * AutoGrab's max-offer costs (reconditioning, margin, lot, transport, admin),
 * each a fixed amount or a percentage of the price, read from and saved to
 * the AutoGrab account. Checked before sending. Says plainly when the plan
 * lacks the feature (AutoGrab answers 403), when AutoGrab cannot be reached,
 * and that demo data changes only the sample account. Read-only with the lock
 * note when the administrator's policy fixes it.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError, MaxOfferConfiguration } from '../../../../preload/contract';
import { useAppStore } from '../../stores/app';
import { useAppraisalStore } from '../../stores/appraisal';
import { ErrorPanel } from '../common/ErrorPanel';
import { Progress } from '../common/Progress';
import { describedBy, FieldProblem, focusFirstProblem, LockNote } from './fields';
import { checkMaxOffer, MAX_OFFER_COSTS, maxOfferDraft } from './settings-checks';
import type { MaxOfferDraft, Problem } from './settings-checks';
import { SaveFooter } from './SaveFooter';
import { useSettingsSave } from './use-settings-save';

type Loaded = { state: 'loading' } | { state: 'error'; error: AppError } | { state: 'ready'; configuration: MaxOfferConfiguration };

const isError = (value: MaxOfferConfiguration | AppError): value is AppError => 'code' in value;

/** A failure in the salesperson's words: the plan lacks the feature, AutoGrab is unreachable, or the usual error panel. */
function MaxOfferError({ error, onRetry }: { error: AppError; onRetry: () => void }) {
  const { t } = useTranslation();
  if (error.reason === 'autograb.forbidden') {
    return (
      <p className="issue issue-warning" role="alert" data-testid="max-offer-unavailable">
        {t('settingsSections.maxOffer.notAvailable')}
      </p>
    );
  }
  if (error.code === 'NETWORK' || error.code === 'TIMEOUT') {
    return (
      <div role="alert" data-testid="max-offer-offline">
        <p className="issue issue-warning">{t('settingsSections.maxOffer.offline')}</p>
        <button type="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      </div>
    );
  }
  return <ErrorPanel error={error} onRetry={onRetry} />;
}

function MaxOfferForm({ configuration, locked }: { configuration: MaxOfferConfiguration; locked: boolean }) {
  const { t } = useTranslation();
  const setConfiguration = useAppraisalStore((state) => state.setMaxOfferConfiguration);
  const [draft, setDraft] = useState<MaxOfferDraft>(() => maxOfferDraft(configuration));
  const [problems, setProblems] = useState<Partial<Record<keyof MaxOfferConfiguration, Problem>>>({});
  const { busy, message, error, submit } = useSettingsSave(t('settingsSections.maxOffer.saved'));

  const check = () => {
    const checked = checkMaxOffer(draft);
    setProblems(checked.ok ? {} : checked.problems);
    if (!checked.ok) {
      focusFirstProblem(MAX_OFFER_COSTS, checked.problems, (cost) => `max-offer-${cost}`);
      return null;
    }
    return async () => {
      const outcome = await setConfiguration(checked.value);
      if (isError(outcome)) return outcome;
      // AutoGrab's answer is what it stored: show that, not what was typed.
      setDraft(maxOfferDraft(outcome));
      return null;
    };
  };

  return (
    <form onSubmit={(event) => void submit(event, check)} noValidate aria-busy={busy}>
      <table className="data-table max-offer-table">
        <tbody>
          {MAX_OFFER_COSTS.map((cost) => {
            const name = t(`settingsSections.maxOffer.costs.${cost}`);
            const id = `max-offer-${cost}`;
            return (
              <tr key={cost}>
                <th scope="row">{name}</th>
                <td>
                  <select
                    aria-label={t('settingsSections.maxOffer.type', { cost: name })}
                    value={draft[cost].type}
                    disabled={locked}
                    onChange={(event) => setDraft((current) => ({ ...current, [cost]: { ...current[cost], type: event.target.value as 'fixed' | 'percentage' } }))}
                  >
                    <option value="fixed">{t('settingsSections.maxOffer.fixed')}</option>
                    <option value="percentage">{t('settingsSections.maxOffer.percentage')}</option>
                  </select>
                </td>
                <td>
                  <input
                    id={id}
                    type="text"
                    inputMode="decimal"
                    autoComplete="off"
                    maxLength={14}
                    aria-label={t('settingsSections.maxOffer.value', { cost: name })}
                    value={draft[cost].value}
                    readOnly={locked}
                    aria-invalid={problems[cost] ? true : undefined}
                    aria-describedby={describedBy(problems[cost] && `${id}-problem`, locked && 'max-offer-lock')}
                    onChange={(event) => setDraft((current) => ({ ...current, [cost]: { ...current[cost], value: event.target.value } }))}
                  />
                  <FieldProblem id={`${id}-problem`} problem={problems[cost]} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <SaveFooter
        message={message}
        problem={error ? <MaxOfferError error={error} onRetry={() => void submit(undefined, check)} /> : null}
        locked={locked}
        busy={busy}
        label={t('settingsSections.maxOffer.save')}
      />
    </form>
  );
}

/** The max-offer configuration section of Settings. */
export function MaxOfferSection({ locked }: { locked: boolean }) {
  const { t } = useTranslation();
  const getConfiguration = useAppraisalStore((state) => state.getMaxOfferConfiguration);
  const demo = useAppStore((state) => state.status?.mode !== 'live');
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });

  const load = useCallback(async () => {
    setLoaded({ state: 'loading' });
    const outcome = await getConfiguration();
    setLoaded(isError(outcome) ? { state: 'error', error: outcome } : { state: 'ready', configuration: outcome });
  }, [getConfiguration]);
  useEffect(() => void load(), [load, demo]);

  return (
    <section className="panel" aria-labelledby="max-offer-heading" aria-busy={loaded.state === 'loading'}>
      <h2 id="max-offer-heading" className="section-heading">
        {t('settingsSections.maxOffer.heading')}
      </h2>
      <p className="muted">{t('settingsSections.maxOffer.hint')}</p>
      {demo ? <p className="notice-inline">{t('settingsSections.maxOffer.demo')}</p> : null}
      {locked ? <LockNote id="max-offer-lock" /> : null}
      {loaded.state === 'loading' ? <Progress>{t('settingsSections.maxOffer.loading')}</Progress> : null}
      {loaded.state === 'error' ? <MaxOfferError error={loaded.error} onRetry={() => void load()} /> : null}
      {loaded.state === 'ready' ? <MaxOfferForm configuration={loaded.configuration} locked={locked} /> : null}
    </section>
  );
}
