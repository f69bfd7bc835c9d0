// @vitest-environment happy-dom
/**
 * History as a working list of appraisals: one row per appraisal, searched by
 * plate, customer or reference, filtered by status and date, reopened from its
 * row, its status changed in place, exported as the filtered CSV with a clear
 * outcome, and empty states that say what to do, in EN and BM.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Appraisal } from '../../../main/core/appraisal/types';
import { HistoryScreen } from '../../../renderer/src/features/history/HistoryScreen';
import { applyLanguage } from '../../../renderer/src/i18n';
import { useAppStore } from '../../../renderer/src/stores/app';
import { useAppraisalStore } from '../../../renderer/src/stores/appraisal';
import { appraisalInput, CUSTOMER, VALUATION } from '../../fixtures/appraisals';
import { fail, ok } from '../fake-bridge';
import type { FakeBridge } from '../fake-bridge';
import { freshApp } from '../setup';

function appraisal(reference: string, createdAt: Date, overrides: Partial<Appraisal> = {}): Appraisal {
  return {
    ...appraisalInput(),
    id: `0000000${reference.slice(-1)}-1111-4222-8333-944455556666`,
    reference,
    createdAt: createdAt.toISOString(),
    updatedAt: createdAt.toISOString(),
    validUntil: '2026-12-08',
    mode: 'demo',
    valuation: VALUATION,
    customerUnavailable: false,
    ...overrides,
  };
}

const MYVI = appraisal('DD-2026-000001', new Date(2026, 10, 28, 9));
const CITY = appraisal('DD-2026-000002', new Date(2026, 11, 1, 15), {
  status: 'offered',
  vehicle: { id: 'v2', title: '2018 Honda City 1.5 V', plate: 'JQB 88', vin: null },
  customer: { name: 'Tan Ah Kow', phone: '' },
  conditionScore: null,
  offer: 52_400,
});
const BY_VIN = appraisal('DD-2026-000003', new Date(2026, 11, 2, 10), {
  vehicle: { id: 'v3', title: '2020 Proton X50 1.5T', plate: null, vin: 'PL1XA1234LC000123' },
  customer: { name: '', phone: '' },
});

let fake: FakeBridge;

beforeEach(async () => {
  fake = await freshApp();
  fake.mock('appraisals:list').mockResolvedValue(ok([MYVI, CITY, BY_VIN]));
});
afterEach(cleanup);

const rows = () => screen.queryAllByTestId('appraisal-row');
const plates = () => rows().map((row) => within(row).getAllByRole('rowheader')[0]!.textContent);

async function showHistory(): Promise<void> {
  render(<HistoryScreen />);
  await waitFor(() => expect(rows().length).toBeGreaterThan(0));
}

test('one row per appraisal, newest first: plate or VIN, reference, vehicle, date, condition, offer in RM and status', async () => {
  await showHistory();
  expect(plates()).toEqual(['PL1XA1234LC000123', 'JQB 88', 'WXY 1234']);
  const myvi = rows()[2]!;
  const cells = within(myvi).getAllByRole('cell').map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim());
  expect(cells.slice(0, 5)).toEqual(['DD-2026-000001', '2019 Perodua Myvi 1.5 AV Demo data', '28/11/2026', '4 · Good', 'RM 36,000']);
  expect(within(myvi).getByRole('combobox', { name: 'Status of DD-2026-000001' })).toHaveProperty('value', 'open');
  expect(within(rows()[1]!).getAllByRole('cell')[3]!.textContent).toBe('—');
  expect(screen.getByText('Showing 3 of 3')).toBeTruthy();
});

test('opening a row reopens that appraisal on the appraisal screen', async () => {
  await showHistory();
  fireEvent.click(screen.getByRole('button', { name: 'Open DD-2026-000002' }));
  expect(useAppStore.getState().screen).toBe('appraisal');
  expect(useAppraisalStore.getState().saved?.reference).toBe('DD-2026-000002');
  expect(useAppraisalStore.getState().draft?.input.customer.name).toBe('Tan Ah Kow');
});

describe('search and filters', () => {
  const search = (text: string) => fireEvent.change(screen.getByLabelText('Search by plate, customer or reference'), { target: { value: text } });

  test.each([
    ['a plate, without its space', 'wxy1234', ['WXY 1234']],
    ['a customer name', 'ah kow', ['JQB 88']],
    ['a reference', 'DD-2026-000003', ['PL1XA1234LC000123']],
    ['part of a VIN', 'lc000123', ['PL1XA1234LC000123']],
  ])('by %s', async (_what, text, expected) => {
    await showHistory();
    search(text);
    expect(plates()).toEqual(expected);
    expect(screen.getByText(`Showing ${expected.length} of 3`)).toBeTruthy();
  });

  test('by status and by date range (inclusive, local dates)', async () => {
    await showHistory();
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'offered' } });
    expect(plates()).toEqual(['JQB 88']);
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'all' } });
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-12-01' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-12-01' } });
    expect(plates()).toEqual(['JQB 88']);
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '' } });
    expect(plates()).toEqual(['JQB 88', 'WXY 1234']);
  });

  test('no match says so and offers to clear the filters, which brings every row back', async () => {
    await showHistory();
    search('nobody');
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'bought' } });
    expect(rows()).toHaveLength(0);
    expect(screen.getByText('No appraisals match this search.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Export CSV' })).toHaveProperty('disabled', true);
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(rows()).toHaveLength(3);
    expect(screen.getByLabelText('Search by plate, customer or reference')).toHaveProperty('value', '');
    // The clicked button is gone with the empty result; the focus waits in the search box, not on the page.
    expect(document.activeElement).toBe(screen.getByLabelText('Search by plate, customer or reference'));
  });
});

test('no appraisals yet: says how to start one, with no filters or export', async () => {
  fake.mock('appraisals:list').mockResolvedValue(ok([]));
  render(<HistoryScreen />);
  await screen.findByText('No appraisals yet. Value a vehicle, then choose “Print offer” to start one.');
  expect(screen.queryByRole('button', { name: 'Export CSV' })).toBeNull();
  expect(screen.queryByRole('search')).toBeNull();
});

describe('status', () => {
  test('changing it saves the appraisal with the new status and updates the row', async () => {
    fake.mock('appraisals:save').mockImplementation(async (request: { id: string; input: Appraisal }) => ok({ ...MYVI, ...request.input, updatedAt: '2026-12-02T01:00:00.000Z' }));
    await showHistory();
    fireEvent.change(screen.getByRole('combobox', { name: 'Status of DD-2026-000001' }), { target: { value: 'bought' } });
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Status of DD-2026-000001' })).toHaveProperty('value', 'bought'));
    expect(fake.mock('appraisals:save')).toHaveBeenCalledWith({
      id: MYVI.id,
      pricingId: VALUATION.prediction.id,
      input: expect.objectContaining({ status: 'bought', offer: MYVI.offer, customer: CUSTOMER, recon: MYVI.recon }),
    });
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'bought' } });
    expect(plates()).toEqual(['WXY 1234']);
  });

  test('a failed save shows the error and keeps the old status', async () => {
    fake.mock('appraisals:save').mockResolvedValue(fail('NOT_FOUND', { reason: 'appraisal.notFound' }));
    await showHistory();
    fireEvent.change(screen.getByRole('combobox', { name: 'Status of DD-2026-000001' }), { target: { value: 'declined' } });
    await screen.findByText(/no longer on this computer/);
    expect(screen.getByRole('combobox', { name: 'Status of DD-2026-000001' })).toHaveProperty('value', 'open');
  });

  test('is read-only where the customer details cannot be unlocked (saving would blank them)', async () => {
    fake.mock('appraisals:list').mockResolvedValue(ok([{ ...MYVI, customer: { name: '', phone: '' }, customerUnavailable: true }]));
    await showHistory();
    expect(screen.getByRole('combobox', { name: 'Status of DD-2026-000001' })).toHaveProperty('disabled', true);
  });
});

describe('CSV export', () => {
  test('exports the filtered list through main and says where the file went', async () => {
    fake.mock('appraisals:export-csv').mockResolvedValue(ok({ saved: true, path: '/home/sales/Documents/appraisals-2026-12-02.csv' }));
    await showHistory();
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'offered' } });
    fireEvent.change(screen.getByLabelText('Search by plate, customer or reference'), { target: { value: 'JQB' } });
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect((await screen.findByRole('status')).textContent).toBe('CSV file saved to /home/sales/Documents/appraisals-2026-12-02.csv');
    expect(fake.mock('appraisals:export-csv')).toHaveBeenCalledWith({ filter: { text: 'JQB', status: 'offered', from: null, to: null } });
  });

  test('a cancelled save dialog is reported as no file saved', async () => {
    fake.mock('appraisals:export-csv').mockResolvedValue(ok({ saved: false, path: null }));
    await showHistory();
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect((await screen.findByRole('status')).textContent).toBe('Export cancelled: no file was saved.');
  });

  test('a file that cannot be written is reported as a failure with what to do', async () => {
    fake.mock('appraisals:export-csv').mockResolvedValue(fail('INTERNAL'));
    await showHistory();
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/could not be saved\. Choose a folder you can write to/);
  });
});

describe('in Bahasa Malaysia', () => {
  test('headings, columns, status names, export outcome and the empty states', async () => {
    await act(() => applyLanguage('ms'));
    fake.mock('appraisals:export-csv').mockResolvedValue(ok({ saved: false, path: null }));
    await showHistory();
    expect(screen.getByRole('heading', { name: 'Rekod penilaian' })).toBeTruthy();
    for (const column of ['Nombor plat / VIN', 'Rujukan', 'Kenderaan', 'Tarikh', 'Keadaan', 'Tawaran', 'Status']) {
      expect(screen.getByRole('columnheader', { name: column })).toBeTruthy();
    }
    expect(within(rows()[1]!).getByRole('combobox', { name: 'Status DD-2026-000002' })).toHaveProperty('value', 'offered');
    expect(screen.getAllByRole('option', { name: 'Tawaran diberi' }).length).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('button', { name: 'Eksport CSV' }));
    expect((await screen.findByRole('status')).textContent).toBe('Eksport dibatalkan: tiada fail disimpan.');
    fireEvent.change(screen.getByLabelText('Cari mengikut nombor plat, pelanggan atau rujukan'), { target: { value: 'tiada' } });
    expect(screen.getByText('Tiada rekod penilaian yang sepadan dengan carian ini.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Kosongkan penapis' })).toBeTruthy();
  });
});

test('History offers no "Open History" button when AutoGrab cannot be reached', async () => {
  fake.mock('valuation:history-list').mockResolvedValue(fail('NETWORK'));
  useAppStore.getState().go('history');
  await showHistory();
  await screen.findByText('AutoGrab cannot be reached: showing what is saved on this workstation.');
  expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  expect(screen.queryByRole('button', { name: 'Open History' })).toBeNull();
});
