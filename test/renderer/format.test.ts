// @vitest-environment happy-dom
/**
 * Money, kms, dates and confidence bands as a Malaysian dealer reads them.
 */
import { describe, expect, test } from 'vitest';
import { confidenceBand, formatDate, formatDateTime, formatKms, formatMoney, formatMoneyRange, formatEngine, shortTransmission, vehicleTitle } from '../../renderer/src/format';

/** Intl uses a no-break space in some locales; compare on plain spaces. */
function plain(text: string): string {
  return text.replace(/\s/g, ' ');
}

test('ringgit in whole units: RM 45,000', () => {
  expect(plain(formatMoney(45_000, 'my'))).toBe('RM 45,000');
  expect(plain(formatMoney(44_999.6, 'my'))).toBe('RM 45,000');
});

test('a range reads "RM 43,000 – RM 47,500"; none is a dash', () => {
  expect(plain(formatMoneyRange({ lower: 43_000, upper: 47_500 }, 'my'))).toBe('RM 43,000 – RM 47,500');
  expect(formatMoneyRange(null, 'my')).toBe('—');
});

test('other markets use their own currency', () => {
  expect(formatMoney(45_000, 'au')).toBe('$45,000');
  expect(formatMoney(45_000, 'uk')).toBe('£45,000');
  expect(formatMoney(45_000, 'nz')).toMatch(/\$45,000/);
});

test('unknown amounts show a dash, never "RM NaN"', () => {
  expect(formatMoney(null, 'my')).toBe('—');
  expect(formatMoney(Number.NaN, 'my')).toBe('—');
});

test('kms with grouping', () => {
  expect(formatKms(52_000, 'my')).toBe('52,000 km');
});

test('dates are DD/MM/YYYY, times 24-hour', () => {
  const date = new Date(2026, 0, 5, 9, 7);
  expect(formatDate(date)).toBe('05/01/2026');
  expect(formatDateTime(date)).toBe('05/01/2026 09:07');
  expect(formatDate('not a date')).toBe('—');
});

test('confidence bands: above 0.8 high, 0.5–0.8 medium, below 0.5 low', () => {
  expect(confidenceBand(0.81)).toBe('high');
  expect(confidenceBand(0.8)).toBe('medium');
  expect(confidenceBand(0.5)).toBe('medium');
  expect(confidenceBand(0.49)).toBe('low');
  expect(confidenceBand(null)).toBeNull();
});

describe('short gearbox names', () => {
  test('the abbreviation in brackets is what the floor says; "Automatic" is "Auto"; other names stay as they are', () => {
    expect(shortTransmission('Continuously Variable Transmission (CVT)')).toBe('CVT');
    expect(shortTransmission('Dual Clutch Automatic (DCT)')).toBe('DCT');
    expect(shortTransmission('Electronic CVT (e-CVT)')).toBe('e-CVT');
    expect(shortTransmission('Automatic')).toBe('Auto');
    expect(shortTransmission('Sports Automatic')).toBe('Sports Auto');
    expect(shortTransmission('4-speed automatic')).toBe('4-speed auto');
    expect(shortTransmission('Manual')).toBe('Manual');
    expect(shortTransmission('Reduction Gear')).toBe('Reduction Gear');
    expect(shortTransmission('  ')).toBeNull();
    expect(shortTransmission(undefined)).toBeNull();
  });
});

describe('vehicle titles', () => {
  test('AutoGrab\'s gearbox type at the end of a title becomes the short gearbox name, so "Automatic" never stands beside "CVT"', () => {
    const city = { title: '2021 Honda City 1.5 V Automatic', transmission: 'Continuously Variable Transmission (CVT)', transmissionType: 'Automatic' };
    expect(vehicleTitle(city)).toBe('2021 Honda City 1.5 V CVT');
    expect(vehicleTitle({ title: '2019 Perodua Myvi 1.5 AV Automatic', transmission: 'Dual-mode CVT (D-CVT)', transmissionType: 'Automatic' })).toBe('2019 Perodua Myvi 1.5 AV D-CVT');
    expect(vehicleTitle({ title: '2018 Toyota Hilux 2.4 G AUTOMATIC', transmission: 'Sports Automatic', transmissionType: 'Automatic' })).toBe('2018 Toyota Hilux 2.4 G Sports Auto');
    expect(vehicleTitle({ title: '2016 Proton Saga 1.3 Standard Manual', transmission: 'Manual', transmissionType: 'Manual' })).toBe('2016 Proton Saga 1.3 Standard Manual');
  });

  test('a title that does not end with the gearbox type, or a vehicle without one, is shown as AutoGrab wrote it', () => {
    expect(vehicleTitle({ title: '2019 Perodua Myvi 1.5 AV', transmission: '4-speed automatic' })).toBe('2019 Perodua Myvi 1.5 AV');
    expect(vehicleTitle({ title: '2019 Perodua Myvi 1.5 AV', transmission: 'Automatic', transmissionType: 'Automatic' })).toBe('2019 Perodua Myvi 1.5 AV');
    expect(vehicleTitle({ title: '2021 Honda City 1.5 V Automatic', transmission: null, transmissionType: 'Automatic' })).toBe('2021 Honda City 1.5 V Automatic');
    // "Automatic" inside a word is not the gearbox type.
    expect(vehicleTitle({ title: '2020 Mazda CX-5 SemiAutomatic', transmission: 'Automatic', transmissionType: 'Automatic' })).toBe('2020 Mazda CX-5 SemiAutomatic');
  });
});

describe('engine size', () => {
  test('one form everywhere: litres with one decimal, as variants are named', () => {
    expect(formatEngine(1496, 'my')).toBe('1.5 L');
    expect(formatEngine(1298, 'my')).toBe('1.3 L');
    expect(formatEngine(998, 'my')).toBe('1.0 L');
    expect(formatEngine(1995, 'uk')).toBe('2.0 L');
    expect(formatEngine(2494, 'au')).toBe('2.5 L');
  });

  test('no capacity (an EV, or none sent) is left out, never "0.0 L"', () => {
    expect(formatEngine(null, 'my')).toBeNull();
    expect(formatEngine(undefined, 'my')).toBeNull();
    expect(formatEngine(0, 'my')).toBeNull();
    expect(formatEngine(Number.NaN, 'my')).toBeNull();
  });
});
