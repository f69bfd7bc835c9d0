import { formatDiagnostics, RecentErrors, RECENT_ERROR_LIMIT, withoutHome } from '../../main/core/diagnostics/diagnostics';
import type { DiagnosticFacts } from '../../main/core/diagnostics/diagnostics';

const facts: DiagnosticFacts = {
  versions: { app: '1.4.0', electron: '45.5.0', chromium: '140.0.7339.0', node: '22.20.0' },
  os: { platform: 'win32', release: '10.0.26100', arch: 'x64' },
  dataMode: 'live',
  region: 'my',
  language: 'ms',
  policy: { source: 'file', path: 'C:\\ProgramData\\Dealer Desk\\policy.json', kiosk: false, lockedSettings: ['region', 'baseUrl'] },
  updates: { channel: 'latest', state: 'idle', lastCheckedAt: '2026-12-01T06:00:00.000Z' },
  secretStorage: 'dpapi',
  dataFolder: '~\\AppData\\Roaming\\Dealer Desk',
  recentErrors: [{ code: 'RATE_LIMITED', at: '2026-12-01T06:30:00.000Z' }],
};

describe('diagnostics text', () => {
  test('lists versions, OS, data mode, policy, updates, storage, data folder and recent error codes', () => {
    expect(formatDiagnostics(facts, new Date('2026-12-01T07:00:00Z'))).toBe(
      [
        'Dealer Desk diagnostics',
        'Generated: 2026-12-01T07:00:00.000Z',
        'App version: 1.4.0',
        'Electron: 45.5.0  Chromium: 140.0.7339.0  Node: 22.20.0',
        'OS: win32 10.0.26100 (x64)',
        'Data: live (AutoGrab account)',
        'Region: my  Language: ms',
        'Policy: in force from C:\\ProgramData\\Dealer Desk\\policy.json',
        'Kiosk mode: off',
        'Locked settings: region, baseUrl',
        'Updates: channel latest, idle, last check 2026-12-01T06:00:00.000Z',
        'Secret storage: dpapi',
        'Data folder: ~\\AppData\\Roaming\\Dealer Desk',
        'Recent error codes:',
        '  2026-12-01T06:30:00.000Z RATE_LIMITED',
        '',
      ].join('\n'),
    );
  });

  test('no policy, no errors, no check yet', () => {
    const text = formatDiagnostics(
      { ...facts, policy: { ...facts.policy, source: 'none', lockedSettings: [] }, recentErrors: [], updates: { channel: 'latest', state: 'checking', lastCheckedAt: null } },
      new Date(0),
    );
    expect(text).toContain('Policy: none (looked for C:\\ProgramData\\Dealer Desk\\policy.json)');
    expect(text).toContain('Locked settings: none');
    expect(text).toContain('last check not since start');
    expect(text).toContain('Recent error codes:\n  none\n');
  });
});

describe('withoutHome', () => {
  test.each([
    ['/home/siti.aminah/.config/Dealer Desk', '/home/siti.aminah', '~/.config/Dealer Desk'],
    ['C:\\Users\\Ali\\AppData\\Roaming\\Dealer Desk', 'c:\\users\\ali', '~\\AppData\\Roaming\\Dealer Desk'],
    ['/home/siti.aminah2/x', '/home/siti.aminah', '/home/siti.aminah2/x'],
    ['/var/lib/dealer-desk', '/home/siti', '/var/lib/dealer-desk'],
  ])('%s', (path, home, expected) => {
    expect(withoutHome(path, home)).toBe(expected);
  });
});

describe('RecentErrors', () => {
  test(`keeps the last ${RECENT_ERROR_LIMIT} codes, oldest first, and nothing that is not a code`, () => {
    let tick = 0;
    const errors = new RecentErrors(() => new Date(Date.UTC(2026, 11, 1, 0, 0, tick++)));
    errors.record('Network down for WXY 1234');
    errors.record('sec_live_abcdef');
    for (let index = 0; index < RECENT_ERROR_LIMIT + 2; index += 1) errors.record(index % 2 ? 'TIMEOUT' : 'NETWORK');
    const list = errors.list();
    expect(list).toHaveLength(RECENT_ERROR_LIMIT);
    expect(list.map((entry) => entry.code)).toEqual(Array.from({ length: RECENT_ERROR_LIMIT }, (_, index) => (index % 2 ? 'TIMEOUT' : 'NETWORK')));
    expect(list[0]!.at).toBe('2026-12-01T00:00:02.000Z');
  });
});
