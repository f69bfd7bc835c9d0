/**
 * The one search box: recognises a plate, a VIN or free text as you type,
 * shows the normalised plate and any plate/VIN issues in plain language, and
 * offers "search as text" when the input also reads as a plate.
 */
import { useTranslation } from 'react-i18next';
import type { FormEvent, KeyboardEvent } from 'react';
import { useAppStore } from '../../stores/app';
import { useSearchStore } from '../../stores/search';
import { SEARCH_INPUT_ID } from './focus';
import { readInput, SearchHints } from './SearchHints';

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
  const submit = useSearchStore((state) => state.submit);
  const prefilled = useSearchStore((state) => state.prefilled);

  const reading = readInput(input, forceText);
  const { classified, hasError } = reading;

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
      <SearchHints reading={reading} />
    </form>
  );
}
