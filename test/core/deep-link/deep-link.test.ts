import { deepLinkFromArgv, MAX_DEEP_LINK_LENGTH, parseDeepLink } from '../../../main/core/deep-link/deep-link';
import { removeInvisibleCharacters } from '../../../main/core/validation/invisible';

const my = { region: 'my' as const };
const au = { region: 'au' as const };
const VIN = 'KL3TA48E9CB053071';

describe('parseDeepLink: valid links fill the search box', () => {
  test.each([
    ['dealer-desk://plate/WXY1234', 'WXY 1234'],
    ['dealer-desk://plate/wxy%201234', 'WXY 1234'],
    ['DEALER-DESK://PLATE/W1234A', 'W 1234 A'],
    ['dealer-desk:plate/WXY1234', 'WXY 1234'],
    ['dealer-desk://plate/WXY1234/', 'WXY 1234'],
    ['  dealer-desk://plate/REG4SUCCESS  ', 'REG4SUCCESS'],
  ])('%s → plate %s', (link, plate) => {
    expect(parseDeepLink(link, my)).toEqual({ ok: true, target: { kind: 'plate', plate }, ignored: [] });
  });

  test('a VIN link is normalised', () => {
    expect(parseDeepLink(`dealer-desk://vin/${VIN.toLowerCase()}`, my)).toEqual({ ok: true, target: { kind: 'vin', vin: VIN }, ignored: [] });
  });

  test('an Australian link carries its state', () => {
    expect(parseDeepLink('dealer-desk://plate/ABC123?state=vic', au)).toEqual({
      ok: true,
      target: { kind: 'plate', plate: 'ABC123', state: 'VIC' },
      ignored: [],
    });
  });

  test('an Australian link without a state still fills the box (Settings supply the state)', () => {
    expect(parseDeepLink('dealer-desk://plate/ABC123', au)).toMatchObject({ ok: true, target: { kind: 'plate', plate: 'ABC123' } });
  });

  test('invisible characters are cleaned like in the search box', () => {
    const hidden = 'dealer-desk://plate/W%E2%80%8BXY%E2%80%AE1234%EF%BB%BF';
    expect(parseDeepLink(hidden, my)).toMatchObject({ ok: true, target: { plate: 'WXY 1234' } });
    expect(parseDeepLink('\u200Bdealer-desk://plate/WXY1234', my)).toMatchObject({ ok: true });
  });

  test('full-width letters are the same letters (NFKC, as in the search box)', () => {
    expect(parseDeepLink(`dealer-desk://plate/${encodeURIComponent('ＷＸＹ１２３４')}`, my)).toMatchObject({ ok: true, target: { plate: 'WXY 1234' } });
  });
});

describe('parseDeepLink: extra parts are ignored and reported by name only', () => {
  test('extra path segments, unknown parameters, fragment, user name and port', () => {
    const result = parseDeepLink('dealer-desk://someone:pw@plate:8080/WXY1234/etc/passwd?lookup=1&name=Ali#now', my);
    expect(result).toEqual({
      ok: true,
      target: { kind: 'plate', plate: 'WXY 1234' },
      ignored: ['extra-path', 'fragment', 'credentials', 'port', 'query'],
    });
    expect(JSON.stringify(result)).not.toMatch(/Ali|passwd|pw|lookup/);
  });

  test('a state outside Australia is ignored', () => {
    expect(parseDeepLink('dealer-desk://plate/WXY1234?state=VIC', my)).toEqual({
      ok: true,
      target: { kind: 'plate', plate: 'WXY 1234' },
      ignored: ['state-outside-australia'],
    });
  });
});

describe('parseDeepLink: invalid and hostile links are refused', () => {
  test.each([
    ['dealer-desk://plate/0WXY', 'invalid-plate'],
    ['dealer-desk://plate/WXY01234', 'invalid-plate'],
    ['dealer-desk://plate/IXY1234', 'invalid-plate'],
    ['dealer-desk://plate/WXY%3Cscript%3E', 'invalid-plate'],
    ['dealer-desk://plate/WXY 1234; rm -rf', 'invalid-plate'],
    ['dealer-desk://vin/KL3TA48E9CB05307O', 'invalid-vin'],
    ['dealer-desk://vin/123', 'invalid-vin'],
    ['dealer-desk://plate/', 'missing-value'],
    ['dealer-desk://plate/%E2%80%8B', 'missing-value'],
    ['dealer-desk://vin', 'missing-value'],
    ['dealer-desk://settings/reset', 'unknown-action'],
    ['dealer-desk://lookup/WXY1234', 'unknown-action'],
    ['dealer-desk://', 'unknown-action'],
    ['dealer-desk://plate/%E0%A4%A', 'not-a-link'],
    ['not a url', 'not-a-link'],
  ])('%s → %s', (link, reason) => {
    expect(parseDeepLink(link, my)).toEqual({ ok: false, reason });
  });

  test.each([
    'https://plate/WXY1234',
    'http://evil.example/dealer-desk://plate/WXY1234',
    'javascript:alert(1)//dealer-desk://plate/WXY1234',
    'file:///etc/passwd',
    'dealer-desk-evil://plate/WXY1234',
    'dealerdesk://plate/WXY1234',
  ])('other schemes are refused: %s', (link) => {
    expect(parseDeepLink(link, my)).toEqual({ ok: false, reason: 'wrong-scheme' });
  });

  test('unicode look-alikes are not letters (Cyrillic А, Greek Χ)', () => {
    expect(parseDeepLink(`dealer-desk://plate/${encodeURIComponent('WΧY1234')}`, my)).toEqual({ ok: false, reason: 'invalid-plate' });
    expect(parseDeepLink(`dealer-desk://vin/${encodeURIComponent('KL3TА48E9CB053071')}`, my)).toEqual({ ok: false, reason: 'invalid-vin' });
    // A look-alike in the action is not "plate" either.
    expect(parseDeepLink(`dealer-desk://${encodeURIComponent('plаte')}/WXY1234`, my)).toEqual({ ok: false, reason: 'unknown-action' });
  });

  test('a very long link is refused before it is parsed', () => {
    const long = `dealer-desk://plate/WXY1234?pad=${'A'.repeat(MAX_DEEP_LINK_LENGTH)}`;
    expect(parseDeepLink(long, my)).toEqual({ ok: false, reason: 'too-long' });
    expect(parseDeepLink(`dealer-desk://plate/${'W'.repeat(400)}1`, my)).toEqual({ ok: false, reason: 'invalid-plate' });
  });

  test('an Australian state that does not exist is refused', () => {
    expect(parseDeepLink('dealer-desk://plate/ABC123?state=XYZ', au)).toEqual({ ok: false, reason: 'invalid-state' });
  });
});

describe('deepLinkFromArgv', () => {
  test('the OS hands a clicked link over as an argument (Windows, Linux)', () => {
    const argv = ['C:\\Program Files\\Dealer Desk\\Dealer Desk.exe', '--allow-file-access-from-files', 'dealer-desk://plate/WXY1234'];
    expect(deepLinkFromArgv(argv, my)).toEqual({ ok: true, target: { kind: 'plate', plate: 'WXY 1234' }, ignored: [] });
  });

  test.each([
    [['dealer-desk', '--plate', 'WXY1234'], { kind: 'plate', plate: 'WXY 1234' }],
    [['dealer-desk', '--plate=wxy 1234'], { kind: 'plate', plate: 'WXY 1234' }],
    [['dealer-desk', '--vin', VIN], { kind: 'vin', vin: VIN }],
  ])('%j', (argv, target) => {
    expect(deepLinkFromArgv(argv, my)).toEqual({ ok: true, target, ignored: [] });
  });

  test('--state goes with --plate in Australia', () => {
    expect(deepLinkFromArgv(['x', '--plate', 'ABC123', '--state', 'NSW'], au)).toMatchObject({ ok: true, target: { state: 'NSW' } });
  });

  test('both --plate and --vin: the plate wins and the VIN is reported as ignored', () => {
    expect(deepLinkFromArgv(['x', '--vin', VIN, '--plate', 'WXY1234'], my)).toEqual({
      ok: true,
      target: { kind: 'plate', plate: 'WXY 1234' },
      ignored: ['extra-path'],
    });
  });

  test('no link, or a flag without a value, is no link at all', () => {
    expect(deepLinkFromArgv(['dealer-desk', '--no-sandbox'], my)).toBeNull();
    expect(deepLinkFromArgv(['dealer-desk', '--plate'], my)).toBeNull();
    expect(deepLinkFromArgv(['dealer-desk', '--plate', '--vin'], my)).toBeNull();
  });

  test('invalid and overlong arguments are refused', () => {
    expect(deepLinkFromArgv(['x', '--plate', '12345'], my)).toEqual({ ok: false, reason: 'invalid-plate' });
    expect(deepLinkFromArgv(['x', '--vin', 'X'.repeat(MAX_DEEP_LINK_LENGTH + 1)], my)).toEqual({ ok: false, reason: 'too-long' });
  });
});

describe('removeInvisibleCharacters', () => {
  test('removes zero-width characters, bidi controls, BOM and soft hyphens, and nothing a person can see', () => {
    expect(removeInvisibleCharacters('\u200BW\u200CX\u200DY\u2060 \u202E12\u2066\u206934\uFEFF\u00AD')).toBe('WXY 1234');
    expect(removeInvisibleCharacters('Perodua Myvi 1.5 AV – ä')).toBe('Perodua Myvi 1.5 AV – ä');
  });
});
