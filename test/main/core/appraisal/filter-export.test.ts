import { appraisalsToCsv } from '../../../../main/core/appraisal/export';
import { filterAppraisals, NO_FILTER } from '../../../../main/core/appraisal/filter';
import type { Appraisal } from '../../../../main/core/appraisal/types';
import { appraisalInput, CUSTOMER, VALUATION } from '../../../fixtures/appraisals';

function appraisal(reference: string, createdAt: string, overrides: Partial<Appraisal> = {}): Appraisal {
  return {
    ...appraisalInput(),
    id: reference,
    reference,
    createdAt,
    updatedAt: createdAt,
    validUntil: '2026-12-08',
    mode: 'live',
    valuation: VALUATION,
    customerUnavailable: false,
    ...overrides,
  };
}

const LIST = [
  appraisal('DD-2026-000001', new Date(2026, 10, 28, 9).toISOString()),
  appraisal('DD-2026-000002', new Date(2026, 11, 1, 15).toISOString(), {
    status: 'bought',
    vehicle: { id: 'v2', title: '2018 Honda City 1.5 V', plate: 'JQB 88', vin: null },
    customer: { name: 'Tan Ah Kow', phone: '' },
  }),
];

describe('the appraisal list: search, filter, CSV', () => {
  test('search finds by plate with or without spaces, by customer name and by reference', () => {
    const refs = (text: string) => filterAppraisals(LIST, { ...NO_FILTER, text }).map((a) => a.reference);
    expect(refs('wxy1234')).toEqual(['DD-2026-000001']);
    expect(refs('JQB 88')).toEqual(['DD-2026-000002']);
    expect(refs('ah kow')).toEqual(['DD-2026-000002']);
    expect(refs('000001')).toEqual(['DD-2026-000001']);
    expect(refs('')).toEqual(['DD-2026-000002', 'DD-2026-000001']);
  });

  test('filters by status and by local date range, inclusive', () => {
    expect(filterAppraisals(LIST, { ...NO_FILTER, status: 'bought' }).map((a) => a.reference)).toEqual(['DD-2026-000002']);
    expect(filterAppraisals(LIST, { ...NO_FILTER, from: '2026-12-01', to: '2026-12-01' }).map((a) => a.reference)).toEqual(['DD-2026-000002']);
    expect(filterAppraisals(LIST, { ...NO_FILTER, to: '2026-11-30' }).map((a) => a.reference)).toEqual(['DD-2026-000001']);
  });

  test('the CSV has a header and one row per appraisal, and leaves customer details out', () => {
    const csv = appraisalsToCsv(LIST);
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('reference,date,plate,vin,vehicle,odometer_km,condition,retail_rm,trade_rm,reconditioning_rm,offer_rm,status,valid_until,salesperson,demo_data');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toBe('DD-2026-000001,2026-11-28,WXY 1234,,2019 Perodua Myvi 1.5 AV,48000,4,45880,38400,980,36000,open,2026-12-08,Ahmad,no');
    expect(csv).not.toContain(CUSTOMER.name);
    expect(csv).not.toContain('Tan Ah Kow');
    expect(csv).not.toContain(CUSTOMER.phone);
  });

  test('a salesperson or vehicle name that looks like a formula is neutralised in the CSV', () => {
    const csv = appraisalsToCsv([appraisal('DD-2026-000003', LIST[0]!.createdAt, { salesperson: '=cmd|calc!A0' })]);
    expect(csv).toContain(`"'=cmd|calc!A0"`);
  });
});
