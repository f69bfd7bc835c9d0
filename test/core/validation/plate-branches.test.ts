/**
 * The whole outcome of checkPlate for one plate per rule (compact form,
 * display, class, area, every issue), so a change in any branch shows up.
 * Expectations follow malaysia-market.md §3 and AutoGrab's AU/NZ/UK rules.
 */
import { checkPlate } from '../../../main/core/validation/plate';
import type { PlateCheckOptions } from '../../../main/core/validation/plate';

type Row = [input: string, options: PlateCheckOptions, ok: boolean, compact: string, display: string, kind: string | null, area: string | null, issues: string[]];

const rows: Row[] = [
    ['ABC 123', {region: 'au', state: 'VIC'}, true, 'ABC123', 'ABC123', 'standard', 'VIC', []],
    ['ABC123', {region: 'au'}, false, 'ABC123', 'ABC123', 'standard', null, ['E:state-required']],
    ['ABCDEFGHIJ', {region: 'au', state: 'NSW'}, false, 'ABCDEFGHIJ', 'ABCDEFGHIJ', 'standard', 'NSW', ['E:bad-format']],
    ['REG4SUCCESS', {region: 'au'}, false, 'REG4SUCCESS', 'REG4SUCCESS', 'test', null, ['E:state-required']],
    ['abc 12', {region: 'nz'}, true, 'ABC12', 'ABC12', 'standard', null, []],
    ['ABC1234', {region: 'nz'}, false, 'ABC1234', 'ABC1234', 'standard', null, ['E:bad-format']],
    ['kw73 nke', {region: 'uk'}, true, 'KW73NKE', 'KW73 NKE', 'standard', null, []],
    ['XKW73NKE', {region: 'uk'}, false, 'XKW73NKE', 'XKW73NKE', 'standard', null, ['E:bad-format']],
    ['KW73NKEX', {region: 'uk'}, false, 'KW73NKEX', 'KW73NKEX', 'standard', null, ['E:bad-format']],
    ['A1', {region: 'uk'}, true, 'A1', 'A1', 'standard', null, []],
    ['  wxy   1234  ', {region: 'my'}, true, 'WXY1234', 'WXY 1234', 'standard', 'Kuala Lumpur', []],
    ['  ABCD  12 ', {region: 'my'}, false, 'ABCD12', 'ABCD 12', null, null, ['E:bad-format']],
    ['ABCD', {region: 'my'}, false, 'ABCD', 'ABCD', null, null, ['E:bad-format']],
    ['12 34 DC', {region: 'my'}, true, '1234DC', '12-34-DC', 'diplomatic', null, []],
    ['PUTRAJAYA', {region: 'my'}, false, 'PUTRAJAYA', 'PUTRAJAYA', 'special', null, ['E:no-number']],
    ['K1M', {region: 'my'}, true, 'K1M', 'K 1 M', 'standard', 'Kedah', ['W:not-yet-issued']],
    ['K1M 5', {region: 'my'}, true, 'K1M5', 'K1M 5', 'special', null, []],
    ['PERFECT A1', {region: 'my'}, false, 'PERFECTA1', 'PERFECT A1', 'special', null, ['E:letter-in-number']],
    ['PERFECT 1A', {region: 'my'}, false, 'PERFECT1A', 'PERFECT 1A', 'special', null, ['E:letter-in-number']],
    ['W12A3', {region: 'my'}, false, 'W12A3', 'W12A3', null, null, ['E:letter-in-number']],
    ['W 12345', {region: 'my'}, false, 'W12345', 'W 12345', null, null, ['E:too-many-digits']],
    ['G12G', {region: 'my'}, true, 'G12G', 'G12G', 'special', null, []],
    ['G12M', {region: 'my'}, true, 'G12M', 'G 12 M', 'special', null, []],
    ['W12W', {region: 'my'}, true, 'W12W', 'W 12 W', 'kl-suffix', 'Kuala Lumpur', []],
    ['SAB 12 Q', {region: 'my'}, false, 'SAB12Q', 'SAB 12 Q', 'sabah', 'Kota Kinabalu', ['E:forbidden-serial-letter']],
    ['SAB 12 S', {region: 'my'}, false, 'SAB12S', 'SAB 12 S', 'sabah', 'Kota Kinabalu', ['E:forbidden-serial-letter']],
    ['SAX 12', {region: 'my'}, true, 'SAX12', 'SAX 12', 'sabah', 'Kota Kinabalu', []],
    ['SXY 12', {region: 'my'}, true, 'SXY12', 'SXY 12', 'sabah', 'Sabah', []],
    ['QX 12', {region: 'my'}, true, 'QX12', 'QX 12', 'sarawak', 'Sarawak', []],
    ['HX 12', {region: 'my'}, true, 'HX12', 'HX 12', 'taxi', null, []],
    ['HW 12 A', {region: 'my'}, true, 'HW12A', 'HW 12 A', 'taxi', 'Kuala Lumpur', ['W:not-yet-issued']],
    ['KA 12', {region: 'my'}, true, 'KA12', 'KA 12', 'standard', 'Kedah', []],
    ['KV 12', {region: 'my'}, true, 'KV12', 'KV 12', 'langkawi', 'Langkawi', []],
    ['GX 12', {region: 'my'}, true, 'GX12', 'GX 12', 'standard', null, ['W:unknown-series']],
    ['YY 1', {region: 'my'}, true, 'YY1', 'YY 1', 'special', null, []],
    ['BA 1 A', {region: 'my'}, true, 'BA1A', 'BA 1 A', 'standard', 'Selangor', ['W:not-yet-issued']],
];

test.each(rows)('%s %o', (input, options, ok, compact, display, kind, area, issues) => {
  const check = checkPlate(input, options);
  expect(check).toEqual({
    ok,
    compact,
    display,
    kind,
    area,
    issues: issues.map((issue) => ({ severity: issue.startsWith('E:') ? 'error' : 'warning', code: issue.slice(2) })),
  });
});
