/**
 * The one search box: recognises a plate, a VIN or free text as you type,
 * shows the normalised plate and any plate/VIN issues in plain language, and
 * offers "search as text" when the input also reads as a plate.
 */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { FormEvent, KeyboardEvent } from 'react';
import { useAppStore } from '../../stores/app';
import { classify, failedPlateAttempt, useSearchStore } from '../../stores/search';
import { SEARCH_INPUT_ID } from './focus';

/** i18n key for one plate or VIN issue, falling back to a generic message per severity. */
function issueMessage(
  t: TFunction,
  kind: 'plate' | 'vin',
  code: string,
  severity: 'error' | 'warning',
): string {
  return t(`${kind}.issue.${code}`, { defaultValue: t(`${kind}.issue.generic_${severity}`) });
}

/** Props of {@link SearchBox}. */
export interface SearchBoxProps {
  /**
   * The slim version shown above the vehicle and guided screens, so the next
   * search is always one keystroke away; it does not grab focus on mount.
   */
  compact?: boolean;
  /** Called when the user types or submits, so a compact box can reveal its results. */
  onActivity?: () => void;
}

/** The search form. */
export function SearchBox({ compact = false, onActivity }: SearchBoxProps) {
  const { t } = useTranslation();
  const input = useSearchStore((state) => state.input);
  const forceText = useSearchStore((state) => state.forceText);
  const busy = useSearchStore((state) => state.lookup.status === 'loading' || state.lookup.status === 'vin-only');
  const setInput = useSearchStore((state) => state.setInput);
  const setForceText = useSearchStore((state) => state.setForceText);
  const submit = useSearchStore((state) => state.submit);
  const prefilled = useSearchStore((state) => state.prefilled);

  const classified = classify(input, forceText);
  const failedPlate = classified.kind === 'text' && !forceText ? failedPlateAttempt(input) : null;
  const issues =
    classified.kind === 'plate' && classified.plate
      ? classified.plate.issues.map((issue) => ({ ...issue, kind: 'plate' as const }))
      : classified.kind === 'vin' && classified.vin
        ? classified.vin.issues.map((issue) => ({ ...issue, kind: 'vin' as const }))
        : failedPlate
          ? failedPlate.issues.map((issue) => ({ ...issue, kind: 'plate' as const }))
          : [];
  const hasError = issues.some((issue) => issue.severity === 'error');

  let kindText = '';
  if (classified.kind === 'plate' && classified.plate) kindText = t('search.kind.plate', { display: classified.plate.display });
  else if (classified.kind === 'vin' && classified.vin) kindText = t('search.kind.vin', { vin: classified.vin.normalized });
  else if (classified.kind === 'text') kindText = t('search.kind.text');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onActivity?.();
    // A new lookup may need the user (confirm a match, an error): show it on the search screen,
    // not above the vehicle it is about to replace.
    if (compact) useAppStore.getState().go('search');
    void submit();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'ArrowDown') return;
    const list = document.querySelector<HTMLElement>('[data-testid="suggestions-list"]');
    if (list) {
      event.preventDefault();
      list.focus();
    }
  };

  return (
    <form className={compact ? 'search-form compact' : 'search-form'} role="search" onSubmit={onSubmit} aria-busy={busy}>
      <label htmlFor={SEARCH_INPUT_ID} className="search-label">
        {t('search.label')}
      </label>
      <div className="search-row">
        <input
          id={SEARCH_INPUT_ID}
          className="search-input"
          type="search"
          autoComplete="off"
          spellCheck={false}
          placeholder={t('search.placeholder')}
          value={input}
          onChange={(event) => {
            onActivity?.();
            setInput(event.target.value);
          }}
          onKeyDown={onKeyDown}
          aria-invalid={hasError}
          aria-describedby={prefilled ? 'search-prefilled search-kind search-issues' : 'search-kind search-issues'}
          autoFocus={!compact}
        />
        <button type="submit" className="primary" disabled={busy || hasError || classified.kind === 'empty'}>
          {t('search.submit')}
        </button>
      </div>
      {prefilled ? (
        <p id="search-prefilled" className="search-prefilled" role="status" data-testid="search-prefilled">
          {t('deepLink.filled')}
        </p>
      ) : null}
      <p id="search-kind" className="search-kind" data-testid="search-kind" data-kind={classified.kind}>
        {kindText}
      </p>
      <ul id="search-issues" className="issues" aria-live="polite">
        {issues.map((issue) => (
          <li key={`${issue.kind}-${issue.code}`} className={`issue issue-${issue.severity}`} data-issue={issue.code}>
            {issueMessage(t, issue.kind, issue.code, issue.severity)}
          </li>
        ))}
      </ul>
      {classified.kind === 'plate' && !forceText && classified.plate?.kind !== 'test' ? (
        <button type="button" className="link-button" onClick={() => setForceText(true)}>
          {t('search.asText')}
        </button>
      ) : null}
      {failedPlate ? (
        <button type="button" className="link-button" onClick={() => setForceText(true)}>
          {t('search.asText')}
        </button>
      ) : null}
      {forceText && classify(input, false).kind === 'plate' ? (
        <button type="button" className="link-button" onClick={() => setForceText(false)}>
          {t('search.asPlate')}
        </button>
      ) : null}
    </form>
  );
}
