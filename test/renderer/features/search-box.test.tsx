// @vitest-environment happy-dom
/**
 * The search box as a salesperson sees it: plates normalised as typed,
 * plain-language plate errors and warnings in EN and BM, and the
 * "search as text" escape for input that is also a plate.
 */
import { afterEach, beforeEach, expect, test } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { SearchBox } from '../../../renderer/src/features/search/SearchBox';
import { applyLanguage } from '../../../renderer/src/i18n';
import { useSearchStore } from '../../../renderer/src/stores/search';
import { freshApp } from '../setup';

beforeEach(async () => {
  await freshApp();
});
afterEach(cleanup);

function typeInto(text: string): void {
  fireEvent.change(screen.getByRole('searchbox'), { target: { value: text } });
}

test('a plate is shown normalised while typing', () => {
  render(<SearchBox />);
  typeInto('wxy 1234');
  expect(screen.getByTestId('search-kind').textContent).toBe('Number plate: WXY 1234');
  typeInto('w1234a');
  expect(screen.getByTestId('search-kind').textContent).toBe('Number plate: W 1234 A');
});

test('an impossible plate explains itself and cannot be submitted', () => {
  render(<SearchBox />);
  typeInto('WXY 0123');
  expect(screen.getByText('Plate numbers never start with 0.')).toBeTruthy();
  expect((screen.getByRole('button', { name: 'Search' }) as HTMLButtonElement).disabled).toBe(true);
  expect(screen.getByLabelText('Plate, VIN or description').getAttribute('aria-invalid')).toBe('true');
});

test('an invalid plate shows one message, not "Description search" beside it; its words can still be searched as a description', () => {
  render(<SearchBox />);
  typeInto('WXY 0123');
  expect(screen.getByTestId('search-kind').textContent).toBe('');
  expect(screen.queryByText('Description search')).toBeNull();
  const messages = screen.getAllByRole('listitem');
  expect(messages).toHaveLength(1);
  expect(messages[0]!.textContent).toBe('Plate numbers never start with 0. Search as text instead');
  expect(screen.getAllByRole('button', { name: 'Search as text instead' })).toHaveLength(1);
  typeInto('bmw 320i');
  fireEvent.click(screen.getByRole('button', { name: 'Search as text instead' }));
  expect(screen.getByTestId('search-kind').textContent).toBe('Description search');
  expect(screen.queryAllByRole('listitem')).toHaveLength(0);
  expect((screen.getByRole('button', { name: 'Search' }) as HTMLButtonElement).disabled).toBe(false);
});

test('a description with a model name and a year is a description search, not a plate error', () => {
  render(<SearchBox />);
  for (const description of ['vios 2019', 'x50 2020', 'myvi 2019 av']) {
    typeInto(description);
    expect(screen.getByTestId('search-kind').textContent).toBe('Description search');
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
    expect((screen.getByRole('button', { name: 'Search' }) as HTMLButtonElement).disabled).toBe(false);
  }
});

test('an unusual series gets a warning but can still be searched', () => {
  render(<SearchBox />);
  typeInto('EAA 1234');
  const warnings = document.querySelectorAll('.issue-warning, .issue-error');
  expect(warnings.length).toBeGreaterThan(0);
  expect(screen.getByText(/Check the plate/)).toBeTruthy();
});

test('a VIN is recognised', () => {
  render(<SearchBox />);
  typeInto('mrhgn2650mp010417');
  expect(screen.getByTestId('search-kind').getAttribute('data-kind')).toBe('vin');
  expect(screen.getByTestId('search-kind').textContent).toBe('VIN: MRHGN2650MP010417');
});

test('"BMW 320" reads as a plate, and offers searching it as text instead', () => {
  render(<SearchBox />);
  typeInto('BMW 320');
  expect(screen.getByTestId('search-kind').getAttribute('data-kind')).toBe('plate');
  fireEvent.click(screen.getByRole('button', { name: 'Search as text instead' }));
  expect(useSearchStore.getState().forceText).toBe(true);
  expect(screen.getByTestId('search-kind').getAttribute('data-kind')).toBe('text');
  expect(screen.getByRole('button', { name: 'Search as a plate instead' })).toBeTruthy();
});

test('free text is a description search', () => {
  render(<SearchBox />);
  typeInto('2019 myvi 1.5 av');
  expect(screen.getByTestId('search-kind').textContent).toBe('Description search');
});

test('plate messages are translated into Bahasa Malaysia', async () => {
  render(<SearchBox />);
  await act(() => applyLanguage('ms'));
  typeInto('WXY 0123');
  expect(screen.getByText('Nombor plat tidak pernah bermula dengan 0.')).toBeTruthy();
  expect(screen.getByLabelText('Nombor plat, VIN atau keterangan')).toBeTruthy();
});
