/**
 * The boundary checks on their own: which field a VALIDATION error names,
 * what it says, and the cross-field rules (max-offer percentages, gauge and
 * vehicle-history identification).
 */
import { z } from 'zod';
import {
  gaugeInputSchema,
  inputReason,
  maxOfferConfigurationSchema,
  requirePlate,
  requireVin,
  searchInputSchema,
  validateInput,
  vehicleHistoryQuerySchema,
} from '../../../main/core/validation/inputs';

/** Main's English log text for a plate or VIN rule (the screen shows the translated `reason`). */
const plateIssueMessage = (code: string) => `The plate was rejected: ${code}.`;
const vinIssueMessage = (code: string) => `The VIN was rejected: ${code}.`;

/** The VALIDATION error `run` throws, as `{ code, field, message }`. */
function failure(run: () => unknown) {
  try {
    run();
  } catch (error) {
    const { code, field, message } = error as { code: string; field: string; message: string };
    return { code, field, message };
  }
  throw new Error('expected a VALIDATION error');
}

describe('validateInput', () => {
  test('valid input comes back parsed (trimmed)', () => {
    expect(validateInput(searchInputSchema, { search: '  myvi ' })).toEqual({ search: 'myvi' });
  });

  test('names the first offending field by its dotted path, with the schema message', () => {
    const nested = z.object({ outer: z.object({ inner: z.number({ error: 'Enter a number.' }) }) });
    expect(failure(() => validateInput(nested, { outer: { inner: 'x' } }))).toEqual({ code: 'VALIDATION', field: 'outer.inner', message: 'Enter a number.' });
  });

  test('an error on the whole value names the fallback field ("input" unless given)', () => {
    const whole = z.string({ error: 'Send text.' });
    expect(failure(() => validateInput(whole, 1))).toEqual({ code: 'VALIDATION', field: 'input', message: 'Send text.' });
    expect(failure(() => validateInput(whole, 1, 'search'))).toMatchObject({ field: 'search', message: 'Send text.' });
  });

  test('unknown keys get a plain message, not zod wording', () => {
    const strict = z.strictObject({ search: z.string() });
    expect(failure(() => validateInput(strict, { search: 'a', hack: 1 }))).toEqual({ code: 'VALIDATION', field: 'input', message: 'Check the details you entered.' });
  });
});

describe('requirePlate and requireVin', () => {
  test('a plate comes back compact', () => {
    expect(requirePlate(' wxy 1234 ', 'my', undefined)).toBe('WXY1234');
  });

  test('a plate that is not text: VALIDATION on the field, with the empty-plate message', () => {
    expect(failure(() => requirePlate(42, 'my', undefined))).toEqual({ code: 'VALIDATION', field: 'plate', message: plateIssueMessage('empty') });
    expect(failure(() => requirePlate(null, 'my', undefined, 'rego'))).toMatchObject({ field: 'rego' });
  });

  test('a bad plate is reported on the plate field with its rule', () => {
    expect(failure(() => requirePlate('WXY 0123', 'my', undefined))).toEqual({ code: 'VALIDATION', field: 'plate', message: plateIssueMessage('leading-zero') });
  });

  test('an unknown AU state is reported on `state`; a missing one too', () => {
    expect(failure(() => requirePlate('ABC123', 'au', 'XYZ' as never))).toEqual({ code: 'VALIDATION', field: 'state', message: 'Choose an Australian state.' });
    expect(failure(() => requirePlate('ABC123', 'au', undefined))).toMatchObject({ field: 'state' });
    expect(requirePlate('ABC123', 'au', 'VIC')).toBe('ABC123');
  });

  test('a VIN comes back normalised; not text or wrong is VALIDATION on the field', () => {
    expect(requireVin(' 1hgcm82633a004352 ')).toBe('1HGCM82633A004352');
    expect(failure(() => requireVin(undefined))).toEqual({ code: 'VALIDATION', field: 'vin', message: vinIssueMessage('empty') });
    expect(failure(() => requireVin('1HGCM82633A00435', 'searchVin'))).toMatchObject({ code: 'VALIDATION', field: 'searchVin' });
  });
});

describe('cross-field rules', () => {
  const fixed = (value: number) => ({ type: 'fixed' as const, value });
  const percent = (value: number) => ({ type: 'percentage' as const, value });
  const config = (profitMargin: { type: 'fixed' | 'percentage'; value: number }) => ({
    reconditioning: fixed(0),
    profitMargin,
    lot: fixed(0),
    transport: fixed(0),
    admin: fixed(0),
  });

  test('a percentage may be 100 but not more; a fixed amount may be over 100', () => {
    expect(maxOfferConfigurationSchema.safeParse(config(percent(100))).success).toBe(true);
    expect(maxOfferConfigurationSchema.safeParse(config(fixed(2500))).success).toBe(true);
    expect(failure(() => validateInput(maxOfferConfigurationSchema, config(percent(100.5))))).toEqual({
      code: 'VALIDATION',
      field: 'profitMargin.value',
      message: 'A percentage cannot be over 100.',
    });
  });

  test('a gauge request needs one way to identify the car: vehicle id, VIN, plate, or marketplace with its listing id', () => {
    const base = { odometer: 50_000, listingPrice: 30_000 };
    for (const identity of [{ vehicleId: '1111111111111111' }, { vin: '1HGCM82633A004352' }, { rego: 'ABC123' }, { marketplace: 'carsome', marketplaceId: 'L-1' }]) {
      expect(gaugeInputSchema.safeParse({ ...base, ...identity }).success, JSON.stringify(identity)).toBe(true);
    }
    for (const identity of [{}, { marketplace: 'carsome' }, { marketplaceId: 'L-1' }]) {
      expect(failure(() => validateInput(gaugeInputSchema, { ...base, ...identity }))).toEqual({
        code: 'VALIDATION',
        field: 'vehicleId',
        message: 'Identify the vehicle: pick it, or enter its VIN or plate.',
      });
    }
  });

  test('a vehicle-history query needs the VIN, the plate, or all of year, make and model', () => {
    for (const query of [{ vin: '1HGCM82633A004352' }, { registrationPlate: 'ABC123' }, { year: 2019, make: 'Perodua', model: 'Myvi' }]) {
      expect(vehicleHistoryQuerySchema.safeParse(query).success, JSON.stringify(query)).toBe(true);
    }
    for (const query of [{}, { year: 2019, make: 'Perodua' }, { make: 'Perodua', model: 'Myvi' }, { year: 2019, model: 'Myvi' }]) {
      expect(failure(() => validateInput(vehicleHistoryQuerySchema, query))).toEqual({
        code: 'VALIDATION',
        field: 'vin',
        message: 'Enter the VIN, the plate, or the year, make and model.',
      });
    }
  });
});

describe('a listing link is both halves or neither', () => {
  const gaugeBase = { odometer: 50_000, listingPrice: 30_000, vin: '1HGCM82633A004352' };
  const historyBase = { vin: '1HGCM82633A004352' };
  const linkHalves = [{ marketplace: 'carsome.my' }, { marketplaceId: 'L-1' }];

  test('a gauge request with only the site or only the listing ID of a link asks for the link again', () => {
    for (const half of linkHalves) {
      expect(failureWithReason(() => validateInput(gaugeInputSchema, { ...gaugeBase, ...half })), JSON.stringify(half)).toEqual({
        field: 'marketplaceId',
        message: 'Paste the listing link again.',
        reason: 'input.marketplaceId',
      });
    }
  });

  test('a vehicle-history query with only half a link asks for the link again, even with a VIN', () => {
    for (const half of linkHalves) {
      expect(failureWithReason(() => validateInput(vehicleHistoryQuerySchema, { ...historyBase, ...half })), JSON.stringify(half)).toEqual({
        field: 'marketplaceId',
        message: 'Paste the listing link again.',
        reason: 'input.marketplaceId',
      });
    }
  });

  test('a vehicle-history query can name the car by its listing link alone; half a link alone asks for an identifier first', () => {
    expect(validateInput(vehicleHistoryQuerySchema, { marketplace: 'carsome.my', marketplaceId: 'L-1' })).toEqual({ marketplace: 'carsome.my', marketplaceId: 'L-1' });
    for (const half of linkHalves) {
      expect(failureWithReason(() => validateInput(vehicleHistoryQuerySchema, half)), JSON.stringify(half)).toMatchObject({ field: 'vin', reason: 'input.vin' });
    }
  });
});

describe('reason codes the screen translates', () => {
  test('a field that fails its schema gives `input.<field>`, whichever rule failed', () => {
    expect(failureWithReason(() => validateInput(vehicleHistoryQuerySchema, {}))).toMatchObject({ field: 'vin', reason: 'input.vin' });
    expect(failureWithReason(() => validateInput(searchInputSchema, { search: 'myvi', count: 0 }))).toMatchObject({ field: 'count', reason: 'input.count' });
  });

  test('a request with no field at fault gives the code of the generic sentence', () => {
    expect(inputReason(undefined)).toBe('input.request');
    expect(inputReason('kms')).toBe('input.kms');
  });

  test('a rejected VIN or plate carries its rule, which the screen words with the as-you-type hints', () => {
    expect(failureWithReason(() => requireVin('1HGCM82633A00435'))).toEqual({ field: 'vin', message: vinIssueMessage('length'), reason: 'vin.length' });
    expect(failureWithReason(() => requirePlate('WXY 0123', 'my', undefined))).toEqual({ field: 'plate', message: plateIssueMessage('leading-zero'), reason: 'plate.leading-zero' });
  });

  test('a plate that only carries a warning (a series not seen yet) is accepted, not refused with it', () => {
    expect(requirePlate('GX 12', 'my', undefined)).toBe('GX12');
  });
});

/** The VALIDATION error `run` throws, as `{ field, message, reason }`. */
function failureWithReason(run: () => unknown) {
  try {
    run();
  } catch (error) {
    const { code, field, message, reason } = error as { code: string; field: string; message: string; reason?: string };
    expect(code).toBe('VALIDATION');
    return { field, message, reason };
  }
  throw new Error('expected a VALIDATION error');
}
