// @vitest-environment happy-dom
/**
 * History's valuation lists: the workstation's saved searches read as lookups
 * with their time (not as something "Saved"), a plate looked up twice in the
 * same minute is one line, and the account's valuations carry the Demo data
 * badge in demo mode just like the workstation's, in EN and BM.
 */
import { afterEach, expect, test } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import type { LocalHistoryEntry } from '../../../preload/contract';
import { HistoryScreen } from '../../../renderer/src/features/history/HistoryScreen';
import { VALUATION } from '../../fixtures/appraisals';
import { demoStatus, ok } from '../fake-bridge';
import { freshApp } from '../setup';

afterEach(cleanup);

const HILUX = { id: 'my-toyota-hilux', title: '2021 Toyota Hilux 2.4' };

function lookup(id: string, savedAt: string, query = 'REG4SUCCESS'): LocalHistoryEntry {
  return { kind: 'search', id, savedAt, mode: 'demo', query, vehicle: HILUX };
}

function valuation(id: string, savedAt: string): LocalHistoryEntry {
  return { kind: 'valuation', id, savedAt, mode: 'demo', vehicle: HILUX, request: { vehicleId: HILUX.id }, valuation: VALUATION };
}

const lines = () => screen.queryAllByTestId('lookup-line').map((line) => (line.textContent ?? '').replace(/\s+/g, ' ').trim());

test('a plate valued twice within a minute is one "Looked up" line with its time, never "Saved"', async () => {
  const fake = await freshApp();
  // Newest first, as main lists them: each valuation sits between its search and the next one.
  fake.mock('history:list-local').mockResolvedValue(
    ok([
      valuation('v2', '2026-12-02T03:05:40.000Z'),
      lookup('s2', '2026-12-02T03:05:30.000Z'),
      valuation('v1', '2026-12-02T03:05:20.000Z'),
      lookup('s1', '2026-12-02T03:05:10.000Z'),
      lookup('s0', '2026-12-02T02:40:00.000Z', 'WXY 1234'),
    ]),
  );
  render(<HistoryScreen />);
  await waitFor(() => expect(lines()).toHaveLength(2));
  const [twice, once] = lines();
  expect(twice).toMatch(/^Looked up “REG4SUCCESS” → 2021 Toyota Hilux 2\.4 \(2 times\) Demo data \d{2}\/\d{2}\/2026 \d{2}:\d{2}$/);
  expect(once).toMatch(/^Looked up “WXY 1234” → 2021 Toyota Hilux 2\.4 Demo data \d{2}\/\d{2}\/2026 \d{2}:\d{2}$/);
  expect(lines().join(' ')).not.toMatch(/Saved|Searched/);
});

test('the same lookup a minute apart stays two lines, each with its own time', async () => {
  const fake = await freshApp();
  fake.mock('history:list-local').mockResolvedValue(ok([lookup('s2', '2026-12-02T03:06:05.000Z'), lookup('s1', '2026-12-02T03:05:55.000Z')]));
  render(<HistoryScreen />);
  await waitFor(() => expect(lines()).toHaveLength(2));
  expect(lines()[0]).not.toBe(lines()[1]);
});

test('in BM the lookup reads "Dicari" with the count in "kali"', async () => {
  const fake = await freshApp({ settings: { ...demoStatus().settings, language: 'ms' } });
  fake.mock('history:list-local').mockResolvedValue(ok([lookup('s2', '2026-12-02T03:05:30.000Z'), lookup('s1', '2026-12-02T03:05:10.000Z')]));
  render(<HistoryScreen />);
  await waitFor(() => expect(lines()).toHaveLength(1));
  expect(lines()[0]).toMatch(/^Dicari “REG4SUCCESS” → 2021 Toyota Hilux 2\.4 \(2 kali\)/);
});

test('account valuations carry the Demo data badge in demo mode, and not in live mode', async () => {
  const account = { usage: null, predictions: [{ ...VALUATION.prediction, id: 'remote-1' }] };
  const demo = await freshApp();
  demo.mock('valuation:history-list').mockResolvedValue(ok(account));
  render(<HistoryScreen />);
  const section = () => screen.getByRole('region', { name: 'Valuations on your AutoGrab account' });
  await waitFor(() => expect(within(section()).getAllByTestId('history-row')).toHaveLength(1));
  expect(within(section()).getByText('Demo data')).toBeTruthy();
  cleanup();

  const live = await freshApp({ mode: 'live' });
  live.mock('valuation:history-list').mockResolvedValue(ok(account));
  render(<HistoryScreen />);
  await waitFor(() => expect(within(section()).getAllByTestId('history-row')).toHaveLength(1));
  expect(within(section()).queryByText('Demo data')).toBeNull();
});
