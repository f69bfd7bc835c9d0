// @vitest-environment happy-dom
/**
 * The history store: AutoGrab's list and this workstation's side by side,
 * titled so a salesperson can tell the rows apart, reopened without a new
 * valuation, and compared two at a time.
 */
import { beforeEach, expect, test } from 'vitest';
import type { LocalHistoryEntry, Prediction } from '../../../preload/contract';
import { useAppStore } from '../../../renderer/src/stores/app';
import { allValuations, useHistoryStore } from '../../../renderer/src/stores/history';
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
