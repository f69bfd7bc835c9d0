// @vitest-environment happy-dom
/**
 * The results list with hundreds of vehicles: only the rows in view are in
 * the page, and the keyboard reaches every one of them.
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { Vehicle } from '../../../preload/contract';
import { ResultsList } from '../../../renderer/src/features/search/ResultsList';
import { MYVI } from '../fake-bridge';
import { freshApp } from '../setup';

const MANY: Vehicle[] = Array.from({ length: 500 }, (_, index) => ({ ...MYVI, id: `v${index}`, title: `Vehicle number ${index + 1}` }));

beforeEach(async () => {
  await freshApp();
  // happy-dom has no layout: give the list the size it has on a 1280×800 screen, so the virtualiser has a window to fill.
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(400);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(800);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function activeTitle(): string {
  const list = screen.getByRole('listbox');
  const id = list.getAttribute('aria-activedescendant') ?? '';
  return document.getElementById(id)?.textContent ?? `(no row ${id} in the page)`;
}

test('500 results: the list reports them all but puts only the visible rows in the page', () => {
  render(<ResultsList vehicles={MANY} label="Matching vehicles" onSelect={() => undefined} />);
  const list = screen.getByRole('listbox', { name: 'Matching vehicles' });
  expect(list.getAttribute('data-count')).toBe('500');
  const rows = screen.getAllByRole('option');
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.length).toBeLessThan(40);
  expect(rows[0]!.getAttribute('aria-setsize')).toBe('500');
});

test('arrows, Page Up/Down, Home and End move the selection; Enter chooses it', () => {
  const onSelect = vi.fn();
  render(<ResultsList vehicles={MANY} label="Matching vehicles" onSelect={onSelect} />);
  const list = screen.getByRole('listbox');
  expect(activeTitle()).toContain('Vehicle number 1');
  fireEvent.keyDown(list, { key: 'ArrowDown' });
  fireEvent.keyDown(list, { key: 'ArrowDown' });
  expect(activeTitle()).toContain('Vehicle number 3');
  fireEvent.keyDown(list, { key: 'ArrowUp' });
  expect(activeTitle()).toContain('Vehicle number 2');
  fireEvent.keyDown(list, { key: 'PageDown' });
  expect(activeTitle()).toContain('Vehicle number 10');
  fireEvent.keyDown(list, { key: 'PageUp' });
  expect(activeTitle()).toContain('Vehicle number 2');
  fireEvent.keyDown(list, { key: 'End' });
  expect(list.getAttribute('aria-activedescendant')).toMatch(/-option-499$/);
  fireEvent.keyDown(list, { key: 'Home' });
  fireEvent.keyDown(list, { key: 'ArrowUp' });
  expect(activeTitle()).toContain('Vehicle number 1');
  fireEvent.keyDown(list, { key: 'ArrowDown' });
  fireEvent.keyDown(list, { key: 'Enter' });
  expect(onSelect).toHaveBeenCalledWith(MANY[1]);
});

test('a click chooses the row clicked', () => {
  const onSelect = vi.fn();
  render(<ResultsList vehicles={MANY.slice(0, 3)} label="Matching vehicles" onSelect={onSelect} />);
  fireEvent.click(screen.getByRole('option', { name: /Vehicle number 3/ }));
  expect(onSelect).toHaveBeenCalledWith(MANY[2]);
});

test("a row's second line has the short gearbox name and the engine in litres, as the spec list writes them", () => {
  const manual: Vehicle = { ...MYVI, id: 'manual', title: '2016 Proton Saga 1.3 Standard', transmission: 'Manual', capacityCc: 1332 };
  render(<ResultsList vehicles={[MYVI, manual]} label="Matching vehicles" onSelect={() => undefined} />);
  expect(screen.getByRole('option', { name: /Saga/ }).textContent).toContain('Hatchback · Manual · Petrol · 1.3 L');
  expect(screen.getByRole('option', { name: /Myvi/ }).textContent).toContain('Hatchback · 4-speed auto · Petrol · 1.5 L');
});

test('a row names the gearbox once: AutoGrab\'s "Automatic" at the end of the title becomes the short name, and the second line does not repeat it', () => {
  const cvt: Vehicle = {
    ...MYVI,
    id: 'cvt',
    title: '2021 Honda City 1.5 V Automatic',
    transmission: 'Continuously Variable Transmission (CVT)',
    transmissionType: 'Automatic',
    capacityCc: 1498,
  };
  render(<ResultsList vehicles={[cvt]} label="Matching vehicles" onSelect={() => undefined} />);
  const row = screen.getByRole('option', { name: /Honda City/ });
  expect(row.querySelector('.result-title')?.textContent).toBe('2021 Honda City 1.5 V CVT');
  expect(row.querySelector('.result-subtitle')?.textContent).toBe('Hatchback · Petrol · 1.5 L');
  expect(row.textContent).not.toMatch(/Automatic/);
});
