/**
 * The `results-render` measure the renderer benchmark reads: started when
 * results reach a store (typeahead or guided search), ended when the results
 * list has laid them out. Both ends live here so the mark names cannot drift.
 */
const START = 'results-render-start';
const END = 'results-render-end';
const MEASURE = 'results-render';

/** Marks that results reached a store; the next {@link measureResultsRender} measures from here. */
export function markResultsArrived(): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(START);
}

/**
 * Records `results-render` once the list has rendered results that
 * {@link markResultsArrived} marked. Only the latest measure is kept: the
 * browser keeps every measure until it is cleared, so over a working day of
 * typeahead searches they would pile up.
 */
export function measureResultsRender(): void {
  if (typeof performance === 'undefined' || performance.getEntriesByName(START, 'mark').length === 0) return;
  performance.mark(END);
  performance.clearMeasures(MEASURE);
  performance.measure(MEASURE, START, END);
  performance.clearMarks(START);
  performance.clearMarks(END);
}
