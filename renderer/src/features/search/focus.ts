/** The search input's id, shared by the box and the Ctrl/Cmd+K shortcut. */
export const SEARCH_INPUT_ID = 'search-input';

/** Moves focus to the search box (after the search screen has rendered). */
export function focusSearchBox(): void {
  const input = document.getElementById(SEARCH_INPUT_ID);
  if (input instanceof HTMLInputElement) {
    input.focus();
    input.select();
  }
}
