/**
 * Odometer and condition, then "Value this vehicle". A blank odometer is
 * allowed unless the dealership's settings require a reading: AutoGrab then
 * uses its average and the result says so. Condition
 * choices carry plain-language descriptions so "Good" means the same to
 * every salesperson.
 */
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConditionScore } from '../../../../preload/contract';
import { useAppStore } from '../../stores/app';
import { parseKms, useValuationStore } from '../../stores/valuation';

/** The condition scores, worst to best. */
const CONDITIONS: readonly ConditionScore[] = [1, 2, 3, 4, 5];

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
  const kms = parseKms(kmsText);
  const kmsMissing = kms === undefined && requireOdometer;
  const kmsMalformed = kms !== undefined && Number.isNaN(kms);
  const kmsInvalid = kmsMissing || kmsMalformed;
  const kmsHint = kmsMalformed
    ? t(requireOdometer ? 'valuation.kmsRequiredInvalid' : 'valuation.kmsInvalid')
    : t(requireOdometer ? 'valuation.kmsRequired' : 'valuation.kmsHint');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    // The hint under the field already explains the problem; take the user there instead of sending it.
    if (kmsInvalid) document.getElementById('kms-input')?.focus();
    else void value();
  };

  return (
    <form className="valuation-form panel" onSubmit={onSubmit} aria-labelledby="valuation-form-heading" aria-busy={loading}>
      <h2 id="valuation-form-heading" className="section-heading">
        {t('valuation.heading')}
      </h2>
      <div className="field">
        <label htmlFor="kms-input">{t('valuation.kms')}</label>
        <input
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
      <fieldset className="conditions-field">
        <legend>{t('valuation.condition')}</legend>
        {CONDITIONS.map((score) => (
          <label key={score} className={score === condition ? 'condition-option checked' : 'condition-option'}>
            <input type="radio" name="condition" value={score} checked={score === condition} onChange={() => setCondition(score)} />
            <span className="condition-name">
              {score} · {t(`valuation.conditionNames.${score}`)}
            </span>
            <span className="condition-help">{t(`valuation.conditionHelp.${score}`)}</span>
          </label>
        ))}
      </fieldset>
      <button type="submit" className="primary" disabled={loading}>
        {loading ? t('valuation.valuing') : t('valuation.submit')}
      </button>
    </form>
  );
}
