/**
 * Odometer and condition, then "Value this vehicle". A blank odometer is
 * allowed unless the dealership's settings require a reading: AutoGrab then
 * uses its average and the result says so. Condition
 * choices carry plain-language descriptions so "Good" means the same to
 * every salesperson.
 */
import { useEffect, useRef } from 'react';
import type { FormEvent, KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConditionScore } from '../../../../preload/contract';
import { useAppStore } from '../../stores/app';
import { parseKms, useValuationStore } from '../../stores/valuation';
import { BusyButton } from '../common/BusyButton';

/** The condition scores, worst to best. */
const CONDITIONS: readonly ConditionScore[] = [1, 2, 3, 4, 5];

/** The condition a key picks (keys 1–5), or null. */
export function conditionForKey(key: string): ConditionScore | null {
  const score = Number(key);
  return CONDITIONS.includes(score as ConditionScore) ? (score as ConditionScore) : null;
}

/** The valuation form. */
export function ValuationForm() {
  const { t } = useTranslation();
  const kmsText = useValuationStore((state) => state.kmsText);
  const condition = useValuationStore((state) => state.condition);
  const loading = useValuationStore((state) => state.status === 'loading');
  const setKms = useValuationStore((state) => state.setKms);
  const setCondition = useValuationStore((state) => state.setCondition);
  const value = useValuationStore((state) => state.value);
  const requireOdometer = useAppStore((state) => state.status?.settings.requireOdometer ?? false);
  const vehicleId = useValuationStore((state) => state.vehicle?.id ?? null);
  const hasResult = useValuationStore((state) => state.result !== null);
  const formRef = useRef<HTMLFormElement>(null);
  const kmsRef = useRef<HTMLInputElement>(null);

  // Read once per vehicle, not as a dependency: a result arriving must not move focus back to the odometer.
  const hasResultRef = useRef(hasResult);
  hasResultRef.current = hasResult;
  useEffect(() => {
    // A vehicle just opened: the odometer is the next thing to type (a reopened result keeps focus where it is).
    if (vehicleId !== null && !hasResultRef.current) kmsRef.current?.focus();
  }, [vehicleId]);
  const kms = parseKms(kmsText);
  const kmsMissing = kms === undefined && requireOdometer;
  const kmsMalformed = kms !== undefined && Number.isNaN(kms);
  const kmsInvalid = kmsMissing || kmsMalformed;
  const kmsHint = kmsMalformed
    ? t(requireOdometer ? 'valuation.kmsRequiredInvalid' : 'valuation.kmsInvalid')
    : t(requireOdometer ? 'valuation.kmsRequired' : 'valuation.kmsHint');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    // Enter on a condition submits without the button (requestSubmit), so the button's own guard is not enough.
    if (loading) return;
    // The hint under the field already explains the problem; take the user there instead of sending it.
    if (kmsInvalid) document.getElementById('kms-input')?.focus();
    else void value();
  };

  /** On the condition choices: keys 1–5 pick a condition, Enter values (a radio button alone would not submit). */
  const onConditionKey = (event: KeyboardEvent<HTMLFieldSetElement>) => {
    const score = conditionForKey(event.key);
    if (score !== null) {
      event.preventDefault();
      setCondition(score);
      formRef.current?.querySelector<HTMLInputElement>(`input[name="condition"][value="${score}"]`)?.focus();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      formRef.current?.requestSubmit();
    }
  };

  return (
    <form ref={formRef} className="valuation-form panel" onSubmit={onSubmit} aria-labelledby="valuation-form-heading" aria-busy={loading}>
      <h2 id="valuation-form-heading" className="section-heading">
        {t('valuation.heading')}
      </h2>
      <div className="field">
        <label htmlFor="kms-input">{t('valuation.kms')}</label>
        <input
          ref={kmsRef}
          id="kms-input"
          inputMode="numeric"
          autoComplete="off"
          value={kmsText}
          onChange={(event) => setKms(event.target.value)}
          required={requireOdometer}
          aria-invalid={kmsMalformed}
          aria-describedby="kms-hint"
        />
        <p id="kms-hint" className={kmsMalformed ? 'issue issue-error' : 'muted'}>
          {kmsHint}
        </p>
      </div>
      <fieldset className="conditions-field" onKeyDown={onConditionKey} aria-describedby="condition-help">
        <legend>
          {t('valuation.condition')} <span className="muted small">{t('valuation.conditionKeys')}</span>
        </legend>
        <div className="condition-options">
          {CONDITIONS.map((score) => (
            <label key={score} className={score === condition ? 'condition-option checked' : 'condition-option'}>
              <input type="radio" name="condition" value={score} checked={score === condition} onChange={() => setCondition(score)} />
              <span className="condition-name">
                {score} · {t(`valuation.conditionNames.${score}`)}
              </span>
            </label>
          ))}
        </div>
        <p id="condition-help" className="condition-help" aria-live="polite">
          {t(`valuation.conditionHelp.${condition}`)}
        </p>
      </fieldset>
      <BusyButton type="submit" className="primary" busy={loading}>
        {loading ? t('valuation.valuing') : t('valuation.submit')}
      </BusyButton>
    </form>
  );
}
