// @vitest-environment happy-dom
/**
 * The valuation store: what is asked of AutoGrab for blank and typed kms,
 * the extras (all conditions, residual) and how failures surface.
 */
import { beforeEach, expect, test } from 'vitest';
import { RESIDUAL_YEARLY_KMS, parseKms, useValuationStore } from '../../../renderer/src/stores/valuation';
import { useAppStore } from '../../../renderer/src/stores/app';
import { MYVI, VALUATION, fail, ok } from '../fake-bridge';
import type { FakeBridge } from '../fake-bridge';
import { freshApp } from '../setup';

let fake: FakeBridge;

beforeEach(async () => {
  fake = await freshApp();
  useValuationStore.getState().openVehicle(MYVI);
});

test('a blank odometer leaves kms out, so AutoGrab uses its average', async () => {
  await useValuationStore.getState().value();
  expect(fake.mock('valuation:predict')).toHaveBeenCalledWith({ vehicleId: MYVI.id, conditionScore: 3 });
  expect(useValuationStore.getState().result?.prediction.kms).toBe(52_000);
});

test('typed kms (with separators) and the chosen condition are sent', async () => {
  useValuationStore.getState().setKms('48,000');
  useValuationStore.getState().setCondition(4);
  await useValuationStore.getState().value();
  expect(fake.mock('valuation:predict')).toHaveBeenCalledWith({ vehicleId: MYVI.id, kms: 48_000, conditionScore: 4 });
});

test('a mistyped odometer is refused before anything is sent', async () => {
  useValuationStore.getState().setKms('48k km?');
  await useValuationStore.getState().value();
  expect(fake.mock('valuation:predict')).not.toHaveBeenCalled();
  expect(useValuationStore.getState().error).toMatchObject({ code: 'VALIDATION', field: 'kms' });
});

test('when the dealership requires an odometer reading, a blank one is refused before anything is sent', async () => {
  const status = useAppStore.getState().status!;
  useAppStore.setState({ status: { ...status, settings: { ...status.settings, requireOdometer: true } } });
  await useValuationStore.getState().value();
  expect(fake.mock('valuation:predict')).not.toHaveBeenCalled();
  expect(useValuationStore.getState().error).toMatchObject({ code: 'VALIDATION', field: 'kms' });
});

test('after the price: trade at every condition and the residual curve from the priced kms at ~17,000 km a year', async () => {
  await useValuationStore.getState().value();
  const state = useValuationStore.getState();
  expect(state.conditions.data?.conditions).toHaveLength(5);
  expect(fake.mock('valuation:residual')).toHaveBeenCalledWith({ vehicleId: MYVI.id, initialKms: 52_000, yearlyKms: RESIDUAL_YEARLY_KMS });
  expect(state.residual.data?.points).toHaveLength(6);
});

test('a failing extra does not hide the price', async () => {
  fake.mock('valuation:residual').mockResolvedValueOnce(fail('SERVER'));
  await useValuationStore.getState().value();
  const state = useValuationStore.getState();
  expect(state.status).toBe('done');
  expect(state.result?.prediction.retailPrice).toBe(45_000);
  expect(state.residual.status).toBe('error');
});

test('a rate limit is kept with its wait, for the countdown', async () => {
  fake.mock('valuation:predict').mockResolvedValueOnce(fail('RATE_LIMITED', { retryAfterMs: 30_000, retryable: true }));
  await useValuationStore.getState().value();
  expect(useValuationStore.getState().error).toMatchObject({ code: 'RATE_LIMITED', retryAfterMs: 30_000 });
});

test('an older valuation answering late does not replace a newer one', async () => {
  let releaseFirst!: () => void;
  fake.mock('valuation:predict').mockImplementationOnce(
    () => new Promise((resolve) => (releaseFirst = () => resolve(ok({ ...VALUATION, prediction: { ...VALUATION.prediction, retailPrice: 1 } })))),
  );
  const first = useValuationStore.getState().value();
  useValuationStore.getState().setKms('30000');
  await useValuationStore.getState().value();
  releaseFirst();
  await first;
  expect(useValuationStore.getState().result?.prediction.retailPrice).toBe(45_000);
});

test('a saved valuation reopens without calling AutoGrab, stamped with when it was saved', () => {
  useValuationStore.getState().showSaved(MYVI, VALUATION, { vehicleId: MYVI.id, kms: 30_000, conditionScore: 2 }, '2026-11-27T09:15:00.000Z');
  const state = useValuationStore.getState();
  expect(fake.mock('valuation:predict')).not.toHaveBeenCalled();
  expect(state).toMatchObject({ status: 'done', kmsText: '30000', condition: 2, savedAt: '2026-11-27T09:15:00.000Z' });
});

test('parseKms: blank is "average", digits are kms, anything else is invalid', () => {
  expect(parseKms('')).toBeUndefined();
  expect(parseKms(' 52 000 km')).toBe(52_000);
  expect(parseKms('-5')).toBeNaN();
  expect(parseKms('12.5k')).toBeNaN();
});

test('reachability: a network error marks AutoGrab unreachable; the next answer clears it', async () => {
  fake.mock('valuation:predict').mockResolvedValueOnce(fail('NETWORK'));
  await useValuationStore.getState().value();
  expect(useAppStore.getState().offline).toBe(true);
  await useValuationStore.getState().value();
  expect(useAppStore.getState().offline).toBe(false);
});

test('with the kms typed, "Value" sends predict, conditions and residual at once: one round trip', async () => {
  let releasePredict!: () => void;
  fake.mock('valuation:predict').mockImplementationOnce(() => new Promise((resolve) => (releasePredict = () => resolve(ok(VALUATION)))));
  useValuationStore.getState().setKms('48000');
  const valued = useValuationStore.getState().value();
  // Predict has not answered yet, and every request is already out.
  expect(fake.mock('valuation:predict')).toHaveBeenCalledTimes(1);
  expect(fake.mock('valuation:all-conditions')).toHaveBeenCalledTimes(1);
  expect(fake.mock('valuation:residual')).toHaveBeenCalledWith({ vehicleId: MYVI.id, initialKms: 48_000, yearlyKms: RESIDUAL_YEARLY_KMS });
  releasePredict();
  await valued;
  expect(useValuationStore.getState().residual.status).toBe('done');
});

test('with a blank odometer the residual waits for predict (it starts from the average kms); conditions do not wait', async () => {
  let releasePredict!: () => void;
  fake.mock('valuation:predict').mockImplementationOnce(() => new Promise((resolve) => (releasePredict = () => resolve(ok(VALUATION)))));
  const valued = useValuationStore.getState().value();
  expect(fake.mock('valuation:all-conditions')).toHaveBeenCalledTimes(1);
  expect(fake.mock('valuation:residual')).not.toHaveBeenCalled();
  releasePredict();
  await valued;
  expect(fake.mock('valuation:residual')).toHaveBeenCalledWith({ vehicleId: MYVI.id, initialKms: 52_000, yearlyKms: RESIDUAL_YEARLY_KMS });
});

test('when the price fails, extras that answered anyway are not shown without it', async () => {
  fake.mock('valuation:predict').mockResolvedValueOnce(fail('SERVER'));
  useValuationStore.getState().setKms('48000');
  await useValuationStore.getState().value();
  await Promise.resolve();
  const state = useValuationStore.getState();
  expect(state.status).toBe('error');
  expect(state.conditions.status).toBe('idle');
  expect(state.residual.status).toBe('idle');
});
