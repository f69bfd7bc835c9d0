import { json, predictionBody } from '../helpers/fakes';
import { makeClient } from '../helpers/client';
import type { AutoGrabClient, MaxOfferConfiguration } from '../../../main/core/index';

type Call = (client: AutoGrabClient) => Promise<unknown>;

const VEHICLE = '1111111111111111';
const fixed = (value: number) => ({ type: 'fixed' as const, value });
const offer = (overrides: Partial<MaxOfferConfiguration>): MaxOfferConfiguration => ({
  reconditioning: fixed(0),
  profitMargin: fixed(0),
  lot: fixed(0),
  transport: fixed(0),
  admin: fixed(0),
  ...overrides,
});

/** Invalid inputs, the field they must be reported on, and why. */
const cases: Array<[name: string, call: Call, field: string]> = [
  ['empty search', (c) => c.searchVehicles({ search: '   ' }), 'search'],
  ['count over 100', (c) => c.searchVehicles({ search: 'myvi', count: 101 }), 'count'],
  ['plate with a leading zero', (c) => c.lookupPlate({ plate: 'WXY 0123' }), 'plate'],
  ['plate with I in the serial', (c) => c.lookupPlate({ plate: 'WIO 123' }), 'plate'],
  ['empty plate', (c) => c.lookupPlate({ plate: '' }), 'plate'],
  ['plate that is not a string', (c) => c.lookupPlate({ plate: 42 as unknown as string }), 'plate'],
  ['VIN too short', (c) => c.lookupVin({ vin: 'KL3TA48E9CB05307' }), 'vin'],
  ['VIN with O', (c) => c.lookupVin({ vin: 'KL3TA48E9CB05307O' }), 'vin'],
  ['vehicle id not 16 digits', (c) => c.getVehicle({ vehicleId: '123' }), 'vehicleId'],
  ['negative kms', (c) => c.predictValuation({ vehicleId: VEHICLE, kms: -1 }), 'kms'],
  ['fractional kms', (c) => c.predictValuation({ vehicleId: VEHICLE, kms: 10.5 }), 'kms'],
  ['condition 6', (c) => c.predictValuation({ vehicleId: VEHICLE, conditionScore: 6 as 5 }), 'conditionScore'],
  ['condition 0', (c) => c.predictValuation({ vehicleId: VEHICLE, conditionScore: 0 as 1 }), 'conditionScore'],
  ['unknown feature', (c) => c.predictValuation({ vehicleId: VEHICLE, features: ['equity' as 'bounds'] }), 'features.0'],
  ['bad vehicle id on predict', (c) => c.predictValuation({ vehicleId: 'abc' }), 'vehicleId'],
  ['residual without yearly kms', (c) => c.residual({ vehicleId: VEHICLE, initialKms: 1, yearlyKms: undefined as unknown as number }), 'yearlyKms'],
  ['facet search without model', (c) => c.facetSearch({ year: 2019, make: 'Perodua' }), 'model'],
  ['unknown facet', (c) => c.facets({ facet: 'colour' as 'make' }), 'facet'],
  ['pricing id with a slash', (c) => c.valuationHistoryItem({ pricingId: '../etc' }), 'pricingId'],
  ['negative max-offer cost', (c) => c.setMaxOfferConfiguration(offer({ reconditioning: { type: 'fixed', value: -1 } })), 'reconditioning.value'],
  ['margin over 100 %', (c) => c.setMaxOfferConfiguration(offer({ profitMargin: { type: 'percentage', value: 120 } })), 'profitMargin.value'],
  ['gauge without a vehicle', (c) => c.gauge({ odometer: 1, listingPrice: 1 }), 'vehicleId'],
  ['history without identifiers', (c) => c.vehicleHistory({ make: 'Perodua' }), 'vin'],
  ['overlay with a bad vehicle id', (c) => c.marketOverlay('12'), 'vehicleId'],
];

test.each(cases)('%s → VALIDATION on `%s` before any request', async (_name, call, field) => {
  const { client, requests } = makeClient(() => json(200, predictionBody()));
  await expect(call(client)).rejects.toMatchObject({ code: 'VALIDATION', field, retryable: false });
  expect(requests).toHaveLength(0);
});

test('AU plate lookups without a state → VALIDATION on `state`, zero requests', async () => {
  const { client, requests } = makeClient(() => json(200, {}), { region: 'au' });
  await expect(client.lookupPlate({ plate: '698XCU' })).rejects.toMatchObject({ code: 'VALIDATION', field: 'state' });
  expect(requests).toHaveLength(0);
});

test('validation errors carry the rule as a code for the screen and never echo the input', async () => {
  const { client } = makeClient(() => json(200, {}));
  const error = (await client.lookupPlate({ plate: 'WXY 0123' }).catch((caught: unknown) => caught)) as Error;
  expect(error).toMatchObject({ code: 'VALIDATION', field: 'plate', reason: 'plate.leading-zero' });
  expect(error.message).not.toContain('0123');
});
