import { classifySearchInput } from '../../../main/core/validation/search-input';
import { checkVin } from '../../../main/core/validation/vin';

describe('checkVin', () => {
  test('a 17-character VIN is normalised', () => {
    expect(checkVin(' kl3ta48e9cb053071 ')).toEqual({ ok: true, normalized: 'KL3TA48E9CB053071', issues: [] });
  });

  test.each([
    ['', 'empty'],
    ['KL3TA48E9CB05307', 'length'],
    ['KL3TA48E9CB0530711', 'length'],
    ['KL3TA48E9CB05307O', 'forbidden-letter'],
    ['KL3TA48E9CB0530I1', 'forbidden-letter'],
    ['KL3TA48E9CB0530Q1', 'forbidden-letter'],
    ['KL3TA48E9CB0530*1', 'illegal-character'],
  ])('%j → %s', (input, code) => {
    const check = checkVin(input);
    expect(check.ok).toBe(false);
    expect(check.issues.map((issue) => issue.code)).toContain(code);
  });
});

describe('classifySearchInput', () => {
  const my = { region: 'my' as const };
  test.each([
    ['2019 myvi 1.5 av', 'text'],
    ['myvi', 'text'],
    ['honda city 2019', 'text'],
    ['wxy 1234', 'plate'],
    ['W 1234 A', 'plate'],
    ['REG4SUCCESS', 'plate'],
    ['KL3TA48E9CB053071', 'vin'],
    ['  ', 'empty'],
  ])('%j → %s', (input, kind) => {
    expect(classifySearchInput(input, my).kind).toBe(kind);
  });

  test('carries the plate check so the UI can show the normalised plate', () => {
    expect(classifySearchInput('wxy 1234', my).plate?.display).toBe('WXY 1234');
  });

  test('AU plates are recognised without a state; the check still asks for one', () => {
    const result = classifySearchInput('1IDX452', { region: 'au' });
    expect(result.kind).toBe('plate');
    expect(result.plate?.issues).toContainEqual({ code: 'state-required', severity: 'error' });
    expect(classifySearchInput('corolla', { region: 'au' }).kind).toBe('text');
  });
});

describe('search input: the edges of each class', () => {
  const my = { region: 'my' as const };
  const nz = { region: 'nz' as const };

  test.each([
    ['!HGCM82633A004352', my, 'text'], // 17 characters, but not all letters and digits
    ['1HGCM82633A00435!', my, 'text'],
    ['ABCDEFGHJKLMNPRST', my, 'text'], // 17 letters, no digit: not a VIN
    ['12345678901234567', my, 'text'], // 17 digits, no letter: not a VIN
    ['1HGCM82633A004352', my, 'vin'],
    ['WXY   1234', my, 'plate'], // runs of spaces are one separator
    ['W X Y 1234', my, 'text'], // four groups is not a plate
    ['W 1.5', my, 'text'], // a decimal is an engine size, never a plate
    ['123456', nz, 'text'], // outside Malaysia a plate needs letters and digits
    ['ABCDEF', nz, 'text'],
    ['A1', nz, 'plate'], // two characters are enough
  ])('%s (%o) is %s', (input, options, kind) => {
    expect(classifySearchInput(input, options).kind).toBe(kind);
  });
});
