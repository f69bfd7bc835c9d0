// @vitest-environment happy-dom
/**
 * The history store: AutoGrab's list and this workstation's side by side,
 * titled so a salesperson can tell the rows apart, one AutoGrab row per
 * valuation, reopened without a new valuation, and compared two at a time.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import type { LocalHistoryEntry, Prediction } from '../../../preload/contract';
import { useAppStore } from '../../../renderer/src/stores/app';
import { allValuations, useHistoryStore } from '../../../renderer/src/stores/history';
import { onePerValuation } from '../../../renderer/src/stores/one-per-valuation';
import { useValuationStore } from '../../../renderer/src/stores/valuation';
import { MYVI, VALUATION, fail, ok } from '../fake-bridge';
import type { FakeBridge } from '../fake-bridge';
import { freshApp } from '../setup';

let fake: FakeBridge;

const SAVED: LocalHistoryEntry = {
  kind: 'valuation',
  id: 'local-1',
  savedAt: '2026-11-28T01:00:00.000Z',
  mode: 'live',
  vehicle: { id: MYVI.id, title: MYVI.title },
  request: { vehicleId: MYVI.id, kms: 52_000, conditionScore: 4 },
  valuation: VALUATION,
};

const FROM_ACCOUNT: Prediction = { ...VALUATION.prediction, id: 'api-1' };
const UNKNOWN_VEHICLE: Prediction = { ...VALUATION.prediction, id: 'api-2', vehicleId: '9999999999999999' };

beforeEach(async () => {
  fake = await freshApp();
  useHistoryStore.getState().reset();
  fake.mock('history:list-local').mockResolvedValue(ok([SAVED]));
  fake.mock('valuation:history-list').mockResolvedValue(ok({ usage: null, predictions: [FROM_ACCOUNT, UNKNOWN_VEHICLE] }));
});

test('both lists load; AutoGrab rows take the title of a vehicle this workstation knows, the rest keep the id', async () => {
  await useHistoryStore.getState().load();
  const rows = allValuations(useHistoryStore.getState());
  expect(rows.map((row) => [row.source, row.title])).toEqual([
    ['local', MYVI.title],
    ['api', MYVI.title],
    ['api', null],
  ]);
});

test('AutoGrab unreachable: the local list still loads and the app is marked offline', async () => {
  fake.mock('valuation:history-list').mockResolvedValue(fail('NETWORK'));
  await useHistoryStore.getState().load();
  expect(useHistoryStore.getState().local.items).toHaveLength(1);
  expect(useHistoryStore.getState().api.status).toBe('error');
  expect(useAppStore.getState().offline).toBe(true);
});

test('a saved valuation reopens from this workstation without asking AutoGrab', async () => {
  await useHistoryStore.getState().load();
  const [local] = allValuations(useHistoryStore.getState());
  await useHistoryStore.getState().reopen(local!);
  expect(fake.mock('valuation:history-get')).not.toHaveBeenCalled();
  expect(fake.mock('valuation:predict')).not.toHaveBeenCalled();
  expect(useValuationStore.getState().savedAt).toBe(SAVED.savedAt);
  expect(useAppStore.getState().screen).toBe('vehicle');
});

test('an AutoGrab row reopens by its pricing id', async () => {
  await useHistoryStore.getState().load();
  const remote = allValuations(useHistoryStore.getState()).find((row) => row.source === 'api')!;
  await useHistoryStore.getState().reopen(remote);
  expect(fake.mock('valuation:history-get')).toHaveBeenCalledWith({ pricingId: 'api-1' });
  expect(useValuationStore.getState().result?.prediction.retailPrice).toBe(VALUATION.prediction.retailPrice);
});

test('compare keeps the last two ticked', () => {
  const { toggleSelected } = useHistoryStore.getState();
  toggleSelected('a');
  toggleSelected('b');
  toggleSelected('c');
  expect(useHistoryStore.getState().selected).toEqual(['b', 'c']);
  toggleSelected('b');
  expect(useHistoryStore.getState().selected).toEqual(['c']);
});

describe('AutoGrab’s list: one row per valuation', () => {
  // Valuing a car prices it twice at once: predict (the chosen condition) and predict/conditions (recorded at excellent, a higher trade price).
  const at = (seconds: number) => new Date(Date.UTC(2026, 11, 1, 2, 0, seconds)).toISOString();
  const record = (id: string, seconds: number, tradePrice: number, overrides: Partial<Prediction> = {}): Prediction => ({
    ...VALUATION.prediction,
    id,
    createdAt: at(seconds),
    tradePrice,
    ...overrides,
  });

  test('the predict and conditions records of one valuation become one row, the chosen condition’s price', () => {
    const list = [record('conditions', 1, 41_000), record('predict', 0, 38_500)];
    expect(onePerValuation(list, new Set()).map((p) => p.id)).toEqual(['predict']);
  });

  test('the one this workstation saved is kept, whatever its price', () => {
    const list = [record('predict', 0, 41_000), record('conditions', 0, 41_000)];
    expect(onePerValuation(list, new Set(['conditions'])).map((p) => p.id)).toEqual(['conditions']);
  });

  test('other cars, other kms, a valuation minutes later, and a car valued again at once each keep their row', () => {
    const list = [
      record('again-conditions', 12, 41_000),
      record('again-predict', 12, 36_000),
      record('first-predict', 10, 38_500),
      record('first-conditions', 10, 41_000),
      record('other-kms', 9, 40_000, { kms: 80_000 }),
      record('other-car', 9, 30_000, { vehicleId: '2222222222222222' }),
      record('earlier', -120, 38_500),
      record('undated', 10, 38_000, { createdAt: null }),
    ];
    expect(onePerValuation(list, new Set()).map((p) => p.id)).toEqual(['again-predict', 'first-predict', 'other-kms', 'other-car', 'earlier', 'undated']);
  });

  test('the History store shows one AutoGrab row for a valuation the sandbox recorded twice', async () => {
    const saved = { ...SAVED.valuation.prediction, createdAt: at(0) };
    fake.mock('history:list-local').mockResolvedValue(ok([{ ...SAVED, valuation: { ...VALUATION, prediction: saved } }]));
    fake.mock('valuation:history-list').mockResolvedValue(ok({ usage: null, predictions: [record('conditions', 0, 45_000), saved] }));
    await useHistoryStore.getState().load();
    expect(useHistoryStore.getState().api.items.map((row) => [row.pricingId, row.trade])).toEqual([[saved.id, saved.tradePrice]]);
  });
});
