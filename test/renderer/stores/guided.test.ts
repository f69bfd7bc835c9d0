// @vitest-environment happy-dom
/**
 * Guided search: the cascade, counts per facet, "too many" handling and
 * matching a registry description against facet values.
 */
import { beforeEach, expect, test } from 'vitest';
import { guidedMatch, matchFacetValue, matchTransmission, useGuidedStore, yearIn } from '../../../renderer/src/stores/guided';
import { fail, ok } from '../fake-bridge';
import type { FakeBridge } from '../fake-bridge';
import { freshApp } from '../setup';

let fake: FakeBridge;

beforeEach(async () => {
  fake = await freshApp();
  fake.mock('vehicles:facets').mockImplementation(async (request: { facet: string }) =>
    ok({ usage: null, facet: request.facet, values: [{ value: `${request.facet}-a`, count: 3 }] }),
  );
});

test('starting asks only for makes; vehicles wait for make, model and year', async () => {
  await useGuidedStore.getState().start();
  expect(fake.mock('vehicles:facets').mock.calls.map((call) => call[0].facet)).toEqual(['make']);
  expect(useGuidedStore.getState().vehicles.status).toBe('idle');
});

test('choosing make, model and year lists the vehicles and opens the optional facets', async () => {
  const { choose } = useGuidedStore.getState();
  await choose('make', 'Perodua');
  await choose('model', 'Myvi');
  await choose('year', '2019');
  expect(fake.mock('vehicles:facet-search')).toHaveBeenLastCalledWith({ make: 'Perodua', model: 'Myvi', year: 2019 });
  expect(Object.keys(useGuidedStore.getState().options).sort()).toEqual(['badge', 'body_type', 'fuel', 'make', 'model', 'transmission', 'year']);
  // Each facet is counted against the other choices, so its own select still offers alternatives.
  expect(fake.mock('vehicles:facets')).toHaveBeenCalledWith({ make: 'Perodua', year: 2019, facet: 'model' });
});

test('changing the make clears the model and year that depended on it', async () => {
  const { choose } = useGuidedStore.getState();
  await choose('make', 'Perodua');
  await choose('model', 'Myvi');
  await choose('make', 'Proton');
  expect(useGuidedStore.getState().filters).toEqual({ make: 'Proton' });
});

test('TOO_MANY_RESULTS asks for another filter instead of showing an error', async () => {
  fake.mock('vehicles:facet-search').mockResolvedValueOnce(fail('TOO_MANY_RESULTS'));
  const { choose } = useGuidedStore.getState();
  await choose('make', 'Toyota');
  await choose('model', 'Hilux');
  await choose('year', '2019');
  expect(useGuidedStore.getState().vehicles.status).toBe('too-many');
});

test('registry descriptions match facet values as whole words, longest first', () => {
  const makes = [
    { value: 'Rover', count: 1 },
    { value: 'Land Rover', count: 2 },
    { value: 'Kia', count: 3 },
  ];
  expect(matchFacetValue('2018 LAND ROVER DEFENDER 110', makes)).toBe('Land Rover');
  expect(matchFacetValue('2018 KIASU MOTORS', makes)).toBeNull();
  expect(yearIn('2019 PERODUA MYVI 1.5 AV')).toBe('2019');
  expect(yearIn('PERODUA MYVI 1,496cc')).toBeNull();
});

test('registry gearbox shorthand picks the catalogue gearbox only when one fits', () => {
  const values = (...names: string[]) => names.map((value) => ({ value, count: 1 }));
  expect(matchTransmission('2019 PERODUA MYVI 1.5 AV HATCHBACK AUTO PETROL', values('Automatic', 'Manual'))).toBe('Automatic');
  expect(matchTransmission('2016 PROTON SAGA 1.3 MANUAL', values('Automatic', 'Manual'))).toBe('Manual');
  expect(matchTransmission('2021 HONDA CITY 1.5 V CVT', values('Continuously Variable Transmission (CVT)', 'Manual'))).toBe('Continuously Variable Transmission (CVT)');
  // Two automatics: unsure, so nothing is chosen rather than the wrong one.
  expect(matchTransmission('2019 TOYOTA HILUX AUTO', values('Automatic', 'Sports Automatic'))).toBeNull();
});

test('a guided search started on its own names no plate; one that continues a lookup keeps its plate or VIN', async () => {
  await useGuidedStore.getState().start();
  expect(guidedMatch(useGuidedStore.getState())).toBeNull();
  await useGuidedStore.getState().start({ foundBy: { kind: 'vin', value: 'PM2M800S000555555' }, vin: 'PM2M800S000555555', colour: 'Red' });
  expect(guidedMatch(useGuidedStore.getState())).toEqual({
    confidence: null,
    upstreamVehicle: null,
    colour: 'Red',
    vin: 'PM2M800S000555555',
    plate: null,
    foundBy: { kind: 'vin', value: 'PM2M800S000555555' },
  });
  useGuidedStore.getState().reset();
  expect(useGuidedStore.getState().origin).toBeNull();
});
