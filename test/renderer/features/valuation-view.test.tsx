// @vitest-environment happy-dom
/**
 * The valuation result and form: ringgit, the average-kms note, confidence
 * band, range, the max-offer breakdown, condition descriptions, the
 * all-conditions table and the residual table, in English and BM.
 */
import { afterEach, beforeEach, expect, test } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { ValuationForm } from '../../../renderer/src/features/valuation/ValuationForm';
import { ValuationView } from '../../../renderer/src/features/valuation/ValuationView';
import { offerBasis } from '../../../renderer/src/features/valuation/parts';
import { applyLanguage } from '../../../renderer/src/i18n';
import { useValuationStore } from '../../../renderer/src/stores/valuation';
import { MYVI, VALUATION, ok } from '../fake-bridge';
import type { FakeBridge } from '../fake-bridge';
import { freshApp } from '../setup';

let fake: FakeBridge;

beforeEach(async () => {
  fake = await freshApp();
  useValuationStore.getState().openVehicle(MYVI);
});
afterEach(cleanup);

/** Text with no-break spaces made plain, for matching formatted money. */
function text(element: Element): string {
  return (element.textContent ?? '').replace(/\s/g, ' ');
}

async function valued(kms = ''): Promise<void> {
  useValuationStore.getState().setKms(kms);
  render(<ValuationView />);
  await act(() => useValuationStore.getState().value());
}

test('retail and trade in ringgit, whole units', async () => {
  await valued();
  expect(text(screen.getByTestId('retail-price'))).toBe('RM 45,000');
  expect(text(screen.getByTestId('trade-price'))).toBe('RM 38,500');
});

test('blank kms: the screen says the average was used, with the kms AutoGrab priced', async () => {
  await valued();
  expect(text(screen.getByTestId('kms-note'))).toBe('No odometer entered: valued at the average of 52,000 km for this vehicle.');
});

test('typed kms: the screen says what was priced', async () => {
  fake.mock('valuation:predict').mockResolvedValueOnce(ok({ ...VALUATION, prediction: { ...VALUATION.prediction, kms: 48_000 } }));
  await valued('48000');
  expect(text(screen.getByTestId('kms-note'))).toBe('Valued at 48,000 km.');
});

test('confidence shows its band and score', async () => {
  await valued();
  const badge = screen.getByTestId('confidence');
  expect(badge.getAttribute('data-band')).toBe('high');
  expect(badge.textContent).toBe('High (0.86)');
});

test('low confidence reads as low', async () => {
  fake.mock('valuation:predict').mockResolvedValueOnce(ok({ ...VALUATION, prediction: { ...VALUATION.prediction, score: 0.42 } }));
  await valued();
  expect(screen.getByTestId('confidence').textContent).toBe('Low (0.42)');
});

test('the price range is stated in words as well as drawn', async () => {
  await valued();
  expect(screen.getByText((content) => content.replace(/\s/g, ' ') === 'Retail range RM 43,000 to RM 47,500')).toBeTruthy();
});

test('max offer: retail, each deduction, then the offer', async () => {
  await valued();
  const table = within(screen.getByTestId('offer-breakdown'));
  const rows = table.getAllByRole('row').map((row) => text(row));
  expect(rows).toEqual([
    'RetailRM 45,000',
    'Reconditioning− RM 1,250',
    'Margin− RM 3,600',
    'Lot− RM 500',
    'Transport− RM 300',
    'Admin− RM 150',
    'Maximum offerRM 39,200',
  ]);
});

test('no max offer in the answer: no breakdown', async () => {
  fake.mock('valuation:predict').mockResolvedValueOnce(ok({ ...VALUATION, maxOffer: null }));
  await valued();
  expect(screen.queryByTestId('offer-breakdown')).toBeNull();
});

test('the offer basis is worked out from the figures (retail or trade)', () => {
  const offer = { reconditioning: 1000, profitMargin: 1000, lot: null, transport: null, admin: null, price: 8000 };
  expect(offerBasis({ retailPrice: 10_000, tradePrice: 9000 }, offer)).toBe('retail');
  expect(offerBasis({ retailPrice: 12_000, tradePrice: 10_000 }, offer)).toBe('trade');
});

test('trade at every condition and the residual curve as tables', async () => {
  await valued();
  const conditions = screen.getByRole('table', { name: 'Trade value at each condition' });
  expect(within(conditions).getAllByRole('row')).toHaveLength(6);
  expect(text(within(conditions).getByText('4 · Good').closest('tr')!)).toContain('RM 38,000');
  fireEvent.click(screen.getByRole('button', { name: 'Show figures' }));
  const residual = screen.getByTestId('residual-table');
  expect(within(residual).getAllByRole('row')).toHaveLength(7);
  expect(text(within(residual).getByText('Year 5').closest('tr')!)).toBe('Year 5137,000 kmRM 30,000');
});

test('the residual chart says it plots the retail price, and its figures open and close behind one button', async () => {
  await valued();
  expect(screen.getByTestId('residual-legend').textContent?.trim()).toBe('Retail price');
  const toggle = screen.getByRole('button', { name: 'Show figures' });
  expect(toggle.getAttribute('aria-expanded')).toBe('false');
  expect(screen.queryByRole('table', { name: 'Retail value over the next 5 years' })).toBeNull();
  fireEvent.click(toggle);
  expect(toggle.getAttribute('aria-expanded')).toBe('true');
  expect(toggle.textContent).toBe('Hide figures');
  const table = screen.getByRole('table', { name: 'Retail value over the next 5 years' });
  expect(toggle.getAttribute('aria-controls')).toBe(table.id);
  expect(within(table).getByRole('columnheader', { name: 'Retail price' })).toBeTruthy();
  fireEvent.click(toggle);
  expect(screen.queryByRole('table', { name: 'Retail value over the next 5 years' })).toBeNull();
  await act(() => applyLanguage('ms'));
  expect(screen.getByRole('button', { name: 'Tunjuk angka' }).getAttribute('aria-expanded')).toBe('false');
  expect(screen.getByTestId('residual-legend').textContent?.trim()).toBe('Harga jualan');
});

test('condition choices carry plain-language descriptions, in EN and BM', async () => {
  render(<ValuationForm />);
  expect(screen.getByRole('radio', { name: /1 · Poor/ })).toBeTruthy();
  expect(screen.getByText('Normal wear for its age; minor touch-ups only.')).toBeTruthy();
  expect((screen.getByRole('radio', { name: /3 · Average/ }) as HTMLInputElement).checked).toBe(true);
  await act(() => applyLanguage('ms'));
  expect(screen.getByRole('radio', { name: /5 · Cemerlang/ })).toBeTruthy();
  expect(screen.getByText('Haus biasa mengikut usia; sentuhan kecil sahaja.')).toBeTruthy();
});

test('BM labels with the same ringgit figures', async () => {
  await act(() => applyLanguage('ms'));
  await valued();
  expect(screen.getAllByText('Harga jualan').length).toBeGreaterThan(0);
  expect(text(screen.getByTestId('retail-price'))).toBe('RM 45,000');
  expect(screen.getByTestId('confidence').textContent).toBe('Tinggi (0.86)');
});

test('a valuation answered from the session cache says when it was fetched, in EN and BM; a fresh one says nothing', async () => {
  const fetchedAt = new Date(2026, 11, 2, 9, 5).toISOString();
  fake.mock('valuation:predict').mockResolvedValueOnce(ok({ ...VALUATION, fetchedAt }));
  await valued('45000');
  expect(screen.getByTestId('fetched-at').textContent).toBe('Fetched at 09:05 (same inputs, not asked again)');
  await act(() => applyLanguage('ms'));
  expect(screen.getByTestId('fetched-at').textContent).toBe('Diambil pada 09:05 (input sama, tidak diminta semula)');
  await act(() => applyLanguage('en'));
  await act(() => useValuationStore.getState().value());
  expect(screen.queryByTestId('fetched-at')).toBeNull();
});
