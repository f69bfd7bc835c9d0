import { checkPlate } from '../../../main/core/validation/plate';
import type { PlateIssueCode } from '../../../main/core/validation/plate';

const my = { region: 'my' as const };

describe('Malaysian plates: every valid case in malaysia-market.md §3.3', () => {
  const valid: Array<[input: string, display: string, kind: string, area: string | null]> = [
    ['wxy 1234', 'WXY 1234', 'standard', 'Kuala Lumpur'],
    ['W1234A', 'W 1234 A', 'kl-suffix', 'Kuala Lumpur'],
    ['WA 88 B', 'WA 88 B', 'kl-suffix', 'Kuala Lumpur'],
    ['VBX 2020', 'VBX 2020', 'standard', 'Kuala Lumpur'],
    ['BPA 8', 'BPA 8', 'standard', 'Selangor'],
    ['b-mt-3821', 'BMT 3821', 'standard', 'Selangor'],
    ['JHB 77', 'JHB 77', 'standard', 'Johor'],
    ['PKN 4521', 'PKN 4521', 'standard', 'Penang'],
    ['AKR 9999', 'AKR 9999', 'standard', 'Perak'],
    ['NCD 1', 'NCD 1', 'standard', 'Negeri Sembilan'],
    ['MCA 505', 'MCA 505', 'standard', 'Melaka'],
    ['KV 6829 A', 'KV 6829 A', 'langkawi', 'Langkawi'],
    ['DAD 222', 'DAD 222', 'standard', 'Kelantan'],
    ['TT 999', 'TT 999', 'standard', 'Terengganu'],
    ['RB 790', 'RB 790', 'standard', 'Perlis'],
    ['F 1', 'F 1', 'standard', 'Putrajaya'],
    ['FA 1234', 'FA 1234', 'standard', 'Putrajaya'],
    ['SAB 1234 A', 'SAB 1234 A', 'sabah', 'Kota Kinabalu'],
    ['SS 9999 Y', 'SS 9999 Y', 'sabah', 'Sandakan'],
    ['QAA 4567 C', 'QAA 4567 C', 'sarawak', 'Kuching'],
    ['QM 1234', 'QM 1234', 'sarawak', 'Miri'],
    ['LB 4994', 'LB 4994', 'standard', 'Labuan'],
    ['HWA 1234', 'HWA 1234', 'taxi', 'Kuala Lumpur'],
    ['ZA 4567', 'ZA 4567', 'military', null],
    ['Malaysia 1', 'MALAYSIA 1', 'special', null],
    ['PATRIOT 88', 'PATRIOT 88', 'special', null],
    ['M1M', 'M1M', 'special', null],
    ['G12G', 'G12G', 'special', null],
    ['FF 1', 'FF 1', 'standard', 'Putrajaya'],
    ['W1N', 'W 1 N', 'kl-suffix', 'Kuala Lumpur'],
    ['WWW 1', 'WWW 1', 'standard', 'Kuala Lumpur'],
    ['12-34-DC', '12-34-DC', 'diplomatic', null],
    ['REG4SUCCESS', 'REG4SUCCESS', 'test', null],
  ];

  test.each(valid)('%s → %s (%s)', (input, display, kind, area) => {
    const check = checkPlate(input, my);
    expect(check).toMatchObject({ ok: true, display, kind, area, issues: [] });
    expect(check.compact).toBe(display.replace(/[\s-]/g, ''));
  });

  test('surrounding spaces and lower case are normalised to the compact form AutoGrab receives', () => {
    expect(checkPlate('  wxy 1234 ', my).compact).toBe('WXY1234');
  });

  test('full-width and mixed-width plates (a Japanese or Chinese keyboard) normalise like plain ones (NFKC)', () => {
    const cases: Array<[input: string, compact: string, display: string]> = [
      ['ＷＸＹ　１２３４', 'WXY1234', 'WXY 1234'],
      ['ＷＸＹ １２３４', 'WXY1234', 'WXY 1234'],
      ['ｗxy １2３4', 'WXY1234', 'WXY 1234'],
      ['Ｗ１２３４Ａ', 'W1234A', 'W 1234 A'],
      ['１２－３４－ＤＣ', '1234DC', '12-34-DC'],
      ['ＭＡＬＡＹＳＩＡ　１', 'MALAYSIA1', 'MALAYSIA 1'],
    ];
    for (const [input, compact, display] of cases) {
      expect(checkPlate(input, my), input).toMatchObject({ ok: true, compact, display, issues: [] });
    }
    expect(checkPlate('ＫＷ７３ ＮＫＥ', { region: 'uk' })).toMatchObject({ ok: true, compact: 'KW73NKE', display: 'KW73 NKE' });
  });

  test('dots and underscores separate like spaces and hyphens', () => {
    for (const input of ['W.X.Y_1234', 'wxy.1234', 'WXY_1234', 'w-x.y_1 2-3.4']) {
      expect(checkPlate(input, my), input).toMatchObject({ ok: true, compact: 'WXY1234', display: 'WXY 1234', kind: 'standard' });
    }
  });

  test('other word series and short special prefixes pass', () => {
    for (const plate of ['PUTRAJAYA 12', 'PERFECT 8', 'IM4U 11', 'GOLD 9', 'VIP 1', 'NBOS 2', 'UA 1', 'GG 12', 'X 1', 'GTR 3']) {
      expect(checkPlate(plate, my), plate).toMatchObject({ ok: true, kind: 'special' });
    }
  });
});

describe('Malaysian plates: every invalid case in §3.3', () => {
  const invalid: Array<[input: string, code: PlateIssueCode]> = [
    ['WXY 0123', 'leading-zero'],
    ['W 0', 'leading-zero'],
    ['WXY 12345', 'too-many-digits'],
    ['1234 WXY', 'digits-first'],
    ['WIO 123', 'forbidden-serial-letter'],
    ['WZA 1234', 'forbidden-serial-letter'],
    ['WXY', 'no-number'],
    ['WXY 12A3', 'letter-in-number'],
    ['WXY 1234 AB', 'bad-suffix'],
    ['WXY 1234 I', 'forbidden-serial-letter'],
    ['OAB 123', 'unknown-state-code'],
    ['EAA 1234', 'retired-code'],
    ['W@1234', 'illegal-character'],
    ['', 'empty'],
    ['   ', 'empty'],
    ['MALAYSIA 0', 'leading-zero'],
    ['MALAYSIA', 'no-number'],
    ['SAB 12 Q', 'forbidden-serial-letter'],
    ['1234', 'bad-format'],
  ];

  test.each(invalid)('%j → %s', (input, code) => {
    const check = checkPlate(input, my);
    expect(check.ok).toBe(false);
    expect(check.issues).toContainEqual({ code, severity: 'error' });
  });

  test('REG4SUCCESS is refused when test plates are switched off', () => {
    const check = checkPlate('REG4SUCCESS', { region: 'my', allowTestPlates: false });
    expect(check.ok).toBe(false);
    expect(check.issues).toEqual([{ code: 'test-plate-not-allowed', severity: 'error' }]);
  });

  test('all five AutoGrab MY test plates pass by default', () => {
    for (const plate of ['REG4SUCCESS', 'REG4SUCCESSEV', 'REG4WARNING', 'REG4NOMATCH', 'REG4VINONLY']) {
      expect(checkPlate(plate, my)).toMatchObject({ ok: true, kind: 'test' });
    }
  });
});

describe('Malaysian plates: warn, never block, on series JPJ may still issue', () => {
  test('VCE 4521 A: well formed but the V series has no suffix yet', () => {
    const check = checkPlate('VCE 4521 A', my);
    expect(check.ok).toBe(true);
    expect(check.issues).toEqual([{ code: 'not-yet-issued', severity: 'warning' }]);
  });

  test('an unknown first letter outside the special list is a warning', () => {
    const check = checkPlate('GXB 12', my);
    expect(check.ok).toBe(true);
    expect(check.issues).toEqual([{ code: 'unknown-series', severity: 'warning' }]);
  });
});

describe('other markets', () => {
  test('AU needs a state', () => {
    expect(checkPlate('1IDX452', { region: 'au' }).issues).toContainEqual({ code: 'state-required', severity: 'error' });
    expect(checkPlate('1idx452', { region: 'au', state: 'VIC' })).toMatchObject({ ok: true, compact: '1IDX452', area: 'VIC' });
  });

  test('NZ takes the plate alone, up to 6 characters', () => {
    expect(checkPlate('abc123', { region: 'nz' })).toMatchObject({ ok: true, compact: 'ABC123' });
    expect(checkPlate('ABCD1234', { region: 'nz' }).ok).toBe(false);
  });

  test('UK VRMs display in the current format', () => {
    expect(checkPlate('kw73nke', { region: 'uk' })).toMatchObject({ ok: true, compact: 'KW73NKE', display: 'KW73 NKE' });
    expect(checkPlate('KW73 NKE X', { region: 'uk' }).ok).toBe(false);
  });
});
