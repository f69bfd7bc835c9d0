/**
 * What the search box makes of its input, under the box: "Number plate:
 * WXY 1234" (or VIN, or text), the plate/VIN issues in plain language, and
 * the switch between a plate and a text search.
 */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { PlateIssue } from '../../../../main/core/validation/plate';
import type { SearchInputClass } from '../../../../main/core/validation/search-input';
import { classify, failedPlateAttempt, useSearchStore } from '../../stores/search';

/** One plate or VIN finding, with which table words it. */
export type InputIssue = { kind: 'plate' | 'vin'; code: string; severity: PlateIssue['severity'] };

/** How the box reads `input`: its class, the failed plate attempt (if any) and every issue to show. */
export interface InputReading {
  classified: SearchInputClass;
  issues: InputIssue[];
  failedPlate: boolean;
  hasError: boolean;
}

/** Reads the box's input by the market's rules (`forceText` wins). */
export function readInput(input: string, forceText: boolean): InputReading {
  const classified = classify(input, forceText);
  const failedPlate = classified.kind === 'text' && !forceText ? failedPlateAttempt(input) : null;
  const issues: InputIssue[] =
    classified.kind === 'plate' && classified.plate
      ? classified.plate.issues.map((issue) => ({ ...issue, kind: 'plate' }))
      : classified.kind === 'vin' && classified.vin
        ? classified.vin.issues.map((issue) => ({ ...issue, kind: 'vin' }))
        : failedPlate
          ? failedPlate.issues.map((issue) => ({ ...issue, kind: 'plate' }))
          : [];
  return { classified, issues, failedPlate: failedPlate !== null, hasError: issues.some((issue) => issue.severity === 'error') };
}

/** i18n key for one plate or VIN issue, falling back to a generic message per severity. */
function issueMessage(t: TFunction, issue: InputIssue): string {
  return t(`${issue.kind}.issue.${issue.code}`, { defaultValue: t(`${issue.kind}.issue.generic_${issue.severity}`) });
}

function kindText(t: TFunction, classified: SearchInputClass): string {
  if (classified.kind === 'plate' && classified.plate) return t('search.kind.plate', { display: classified.plate.display });
  if (classified.kind === 'vin' && classified.vin) return t('search.kind.vin', { vin: classified.vin.normalized });
  return classified.kind === 'text' ? t('search.kind.text') : '';
}

/**
 * The lines under the search box for `reading` of the current input. A plate
 * that fails the rules gets one message (the reason, with the way to search
 * the words as a description instead), not a "Description search" label too.
 */
export function SearchHints({ reading }: { reading: InputReading }) {
  const { t } = useTranslation();
  const input = useSearchStore((state) => state.input);
  const forceText = useSearchStore((state) => state.forceText);
  const setForceText = useSearchStore((state) => state.setForceText);
  const { classified, issues, failedPlate } = reading;
  const asText = (
    <button type="button" className="link-button" onClick={() => setForceText(true)}>
      {t('search.asText')}
    </button>
  );

  return (
    <>
      <p id="search-kind" className="search-kind" data-testid="search-kind" data-kind={classified.kind}>
        {failedPlate ? '' : kindText(t, classified)}
      </p>
      <ul id="search-issues" className="issues" aria-live="polite">
        {issues.map((issue, index) => (
          <li key={`${issue.kind}-${issue.code}`} className={`issue issue-${issue.severity}`} data-issue={issue.code}>
            {issueMessage(t, issue)}
            {failedPlate && index === issues.length - 1 ? <> {asText}</> : null}
          </li>
        ))}
      </ul>
      {classified.kind === 'plate' && !forceText && classified.plate?.kind !== 'test' ? asText : null}
      {forceText && classify(input, false).kind === 'plate' ? (
        <button type="button" className="link-button" onClick={() => setForceText(false)}>
          {t('search.asPlate')}
        </button>
      ) : null}
    </>
  );
}
