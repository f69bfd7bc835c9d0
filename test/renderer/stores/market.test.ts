// @vitest-environment happy-dom
/**
 * The market store: the overlay and history go out with the valuation (not
 * after it), controls ask again, the evidence is kept with the saved
 * valuation, a saved appraisal needs no request, and the price check reads a
 * pasted link locally.
 */
import { beforeEach, expect, test } from 'vitest';
import { historyRequestFor, parsePrice, useMarketStore } from '../../../renderer/src/stores/market';
import { useValuationStore } from '../../../renderer/src/stores/valuation';
import { MYVI, VALUATION, deferred, fail, ok } from '../fake-bridge';
import type { FakeBridge } from '../fake-bridge';
import { freshApp } from '../setup';
import type { MarketEvidence, Result, ValuationResult } from '../../../preload/contract';

let fake: FakeBridge;

beforeEach(async () => {
  fake = await freshApp();
  useValuationStore.getState().openVehicle(MYVI, { confidence: 'standard', upstreamVehicle: null, colour: null, vin: 'PM2M800S000111111', plate: 'REG4SUCCESS' });
});

test('the market is asked for while the price is still on its way, and kept with the saved valuation once both are in', async () => {
  const price = deferred<Result<ValuationResult>>();
  fake.mock('valuation:predict').mockReturnValueOnce(price.promise);
  const valuing = useValuationStore.getState().value();
  await Promise.resolve();
  expect(fake.mock('market:overlay')).toHaveBeenCalledWith({ vehicleId: MYVI.id, controls: expect.objectContaining({ minimumDays: 60 }) });
  expect(fake.mock('market:vehicle-history')).toHaveBeenCalledTimes(1);
  price.resolve(ok(VALUATION));
  await valuing;
  await expect.poll(() => fake.mock('market:save-evidence').mock.calls.length).toBeGreaterThan(0);
  expect(fake.mock('market:save-evidence')).toHaveBeenLastCalledWith({ pricingId: VALUATION.prediction.id, vehicleId: MYVI.id });
});

test('history is looked up with every identifier, make and model as AutoGrab spelled them', () => {
  expect(historyRequestFor(MYVI, { vin: 'PM2M800S000111111', plate: 'REG4SUCCESS' })).toEqual({
    vehicleId: MYVI.id, vin: 'PM2M800S000111111', registrationPlate: 'REG4SUCCESS', year: MYVI.year, make: MYVI.make, model: MYVI.model,
  });
});

test('a control change asks for the overlay again, with the new parameter; a failed overlay leaves the price alone', async () => {
  await useMarketStore.getState().load(MYVI, null);
  fake.mock('market:overlay').mockResolvedValueOnce(fail('SERVER'));
  await useMarketStore.getState().setControls({ excludeOutliers: true });
  expect(fake.mock('market:overlay')).toHaveBeenLastCalledWith({ vehicleId: MYVI.id, controls: expect.objectContaining({ excludeOutliers: true }) });
  expect(useMarketStore.getState().overlay.status).toBe('error');
  expect(fake.mock('market:vehicle-history')).toHaveBeenCalledTimes(1);
});

test('a saved appraisal shows its evidence with no request, and its controls cannot ask again', async () => {
  const evidence: MarketEvidence = {
    fetchedAt: '2026-06-15T00:00:00.000Z', vehicleId: MYVI.id, controls: { minimumDays: 90, includeAdjacentYears: true, excludeOutliers: false, excludeAllDelisted: false, includeAllActive: false },
    sampleSize: 0, daysChecked: 90, priceQuartiles: null, daysToSell: { delisted: { count: 0, days: null }, active: { count: 0, ageDays: null } }, leads: [], history: null,
  };
  useMarketStore.getState().showSaved(evidence);
  await useMarketStore.getState().setControls({ minimumDays: 30 });
  expect(fake.mock('market:overlay')).not.toHaveBeenCalled();
  expect(useMarketStore.getState().overlay).toMatchObject({ status: 'done', fetchedAt: evidence.fetchedAt });
});

test('price check: typed amounts are read like a salesperson types them; a foreign or hostile link is refused locally', async () => {
  expect(parsePrice('RM 45,000')).toBe(45_000);
  expect(parsePrice('45k')).toBeNaN();
  await useMarketStore.getState().checkPrice({ vehicleId: MYVI.id, price: '45000', kms: 48_000, link: 'javascript:alert(1)' });
  expect(useMarketStore.getState().priceCheck).toMatchObject({ status: 'error', linkProblem: 'unsafe' });
  await useMarketStore.getState().checkPrice({ vehicleId: MYVI.id, price: '45000', kms: 48_000, link: 'https://www.drive.com.au/cars-for-sale/car/969515013/' });
  expect(useMarketStore.getState().priceCheck.linkProblem).toBe('unsupported-site');
  expect(fake.mock('market:gauge')).not.toHaveBeenCalled();
  await useMarketStore.getState().checkPrice({ vehicleId: MYVI.id, price: '45000', kms: 48_000, link: 'https://www.mudah.my/x-12345678.htm' });
  expect(fake.mock('market:gauge')).toHaveBeenLastCalledWith({ odometer: 48_000, listingPrice: 45_000, marketplace: 'mudah.my', marketplaceId: '12345678' });
  fake.mock('market:gauge').mockResolvedValueOnce(fail('NOT_FOUND'));
  await useMarketStore.getState().checkPrice({ vehicleId: MYVI.id, price: '45000', kms: 48_000, link: 'https://www.mudah.my/x-12345679.htm' });
  expect(useMarketStore.getState().priceCheck).toMatchObject({ listingUnknown: true });
  await useMarketStore.getState().checkPrice({ vehicleId: MYVI.id, price: '45000', kms: 48_000 });
  expect(fake.mock('market:gauge')).toHaveBeenLastCalledWith({ odometer: 48_000, listingPrice: 45_000, vehicleId: MYVI.id });
});
