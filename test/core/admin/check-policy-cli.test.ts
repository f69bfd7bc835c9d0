/**
 * The administrator's policy checker: it reports what the installed app would
 * do with a file and everything beside it, every problem with its line and
 * column, so a bad set-up is caught before it reaches a kiosk.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkPolicy } from '../../../main/core/admin/check-policy';
import type { CheckPolicyOptions, PosixUser } from '../../../main/core/admin/check-policy';
import { hashExitPin } from '../../../main/core/policy/exit-pin';

const CLI = join(import.meta.dirname, '../../../main/core/admin/check-policy-cli.ts');
const HASH_CLI = join(import.meta.dirname, '../../../main/core/admin/hash-pin-cli.ts');
const TSX = join(import.meta.dirname, '../../../node_modules/.bin/tsx');
const posix = process.platform !== 'win32';
const myUid = posix ? process.getuid!() : 0;
const asRoot = myUid === 0;
const KIOSK: PosixUser = { name: 'kiosk', uid: 4321, gids: [4321] };
const DOC_EXAMPLE_HASH = 'scrypt$32768$8$1$2dWfa9ZP81WS5Wd+CxR9XQ==$uvxuDhSVqjRBbl5oeTGtCkSuuNkHQPknU2Tp27TZSyY=';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dd-check-policy-'));
  chmodSync(dir, 0o755);
  file = join(dir, 'policy.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(contents: string | object, mode = 0o644, at = file) {
  writeFileSync(at, typeof contents === 'string' ? contents : JSON.stringify(contents, null, 2));
  chmodSync(at, mode);
}

async function check(overrides: Partial<CheckPolicyOptions> = {}) {
  const report = await checkPolicy({ path: file, platform: 'linux', trustedOwnerUid: myUid, lookupUser: async (name) => ({ ...KIOSK, name }), ...overrides });
  return { ...report, text: report.lines.join('\n') };
}

describe.skipIf(!posix)('checkPolicy', () => {
  test('a trusted, valid policy: OK, the settings the app will apply, exit 0', async () => {
    write({ kiosk: { enabled: true, idleResetSeconds: 120 }, updates: { enabled: false } });
    const report = await check();
    expect(report.exitCode).toBe(0);
    expect(report.text).toContain('is trusted and valid');
    expect(report.text).toContain('"idleResetSeconds": 120');
  });

  test('every syntax problem is reported with its line and column, not only the first', async () => {
    write('{\n  "kiosk": { "enabled": true, },\n  "updates": { "enabled" false }\n}');
    const report = await check();
    expect(report.exitCode).toBe(1);
    expect(report.lines.filter((line) => line.startsWith('ERROR'))).toEqual([
      'ERROR: line 2, column 31: it is not valid JSON: a key in double quotes was expected (a comma too many?)',
      'ERROR: line 3, column 26: it is not valid JSON: a colon (:) was expected after the key',
    ]);
  });

  test('every schema problem is reported with the line and column of the key', async () => {
    write('{\n  "kiosk": {\n    "enabled": "yes",\n    "idleResetSeconds": 5\n  },\n  "kioskk": true\n}');
    const report = await check();
    expect(report.lines.filter((line) => line.startsWith('ERROR'))).toEqual([
      'ERROR: line 3, column 16: kiosk.enabled: must be true or false',
      'ERROR: line 4, column 25: kiosk.idleResetSeconds: must be a whole number of seconds between 30 and 86400',
      'ERROR: line 6, column 3: kioskk: is not a setting Dealer Desk knows',
    ]);
  });

  test('a duplicate key is an error naming it', async () => {
    write('{"kiosk": {"enabled": true}, "kiosk": {"enabled": false}}');
    expect((await check()).text).toContain('ERROR: line 1, column 30: kiosk: appears twice; keep one');
  });

  test('a byte-order mark is accepted with a plain note; UTF-16 is refused', async () => {
    write(`\uFEFF${JSON.stringify({ updates: { enabled: false } })}`);
    const bom = await check();
    expect(bom.exitCode).toBe(0);
    expect(bom.text).toContain('NOTE: the file starts with a byte-order mark (BOM); it is accepted, but save it as UTF-8 without BOM');
    writeFileSync(file, Buffer.from(`\uFEFF{}`, 'utf16le'));
    const utf16 = await check();
    expect(utf16.exitCode).toBe(1);
    expect(utf16.text).toContain('UTF-16, which is not supported: save it as UTF-8');
  });

  test('a missing file is an error with exit code 1 (a mistyped path must fail a deploy script)', async () => {
    const report = await check({ path: join(dir, 'polcy.json') });
    expect(report.exitCode).toBe(1);
    expect(report.text).toContain('ERROR: there is no policy file at');
  });

  test('the folder owner and mode are checked', async () => {
    write({});
    chmodSync(dir, 0o777);
    const report = await check();
    expect(report.exitCode).toBe(1);
    expect(report.text).toContain(`its folder ${dir} can be written by non-administrators`);
  });

  test('the example PIN hash from the documentation is an error', async () => {
    write({ kiosk: { enabled: true, exitPinHash: DOC_EXAMPLE_HASH }, updates: { enabled: false } });
    const report = await check();
    expect(report.exitCode).toBe(1);
    expect(report.text).toContain('kiosk.exitPinHash: this is the example hash from the documentation');
  });

  test('a kiosk with updates on gets a warning, not an error', async () => {
    write({ kiosk: { enabled: true } });
    const report = await check();
    expect(report.exitCode).toBe(0);
    expect(report.text).toContain('WARNING: updates.enabled');
  });

  test('a 0600 policy passes as root but the kiosk user cannot read it: error', async () => {
    write({ updates: { enabled: false } }, 0o600);
    expect((await check()).exitCode).toBe(0);
    const report = await check({ kioskUser: 'kiosk' });
    expect(report.exitCode).toBe(1);
    expect(report.text).toContain('the kiosk user kiosk cannot read');
    expect(report.text).toContain('mode 0600');
  });

  test('an unknown kiosk user is an error', async () => {
    write({});
    const report = await check({ kioskUser: 'kiosk', lookupUser: () => Promise.reject(new Error('no such user')) });
    expect(report.text).toContain('there is no user called kiosk');
  });

  test('provisioning.json beside the policy is checked too, without printing its secret', async () => {
    write({ updates: { enabled: false } });
    write({ api_key: 'sec_SuperSecret_123456' }, 0o600, join(dir, 'provisioning.json'));
    const report = await check();
    expect(report.exitCode).toBe(1);
    expect(report.text).toContain('the field is called "apiKey", not "api_key"');
    expect(report.text).not.toContain('sec_SuperSecret');
  });

  test.skipIf(!asRoot)('the documented set-up: kiosk-owned 0600 provisioning file in a root:kiosk 1775 folder passes for that kiosk user', async () => {
    write({ updates: { enabled: false } });
    chownSync(dir, 0, KIOSK.gids[0]!);
    chmodSync(dir, 0o1775);
    const provisioning = join(dir, 'provisioning.json');
    write({ apiKey: 'sec_SuperSecret_123456' }, 0o600, provisioning);
    chownSync(provisioning, KIOSK.uid, KIOSK.gids[0]!);
    const withoutUser = await check();
    expect(withoutUser.exitCode).toBe(1);
    expect(withoutUser.text).toContain('run the check again with --kiosk-user NAME');
    const report = await check({ kioskUser: 'kiosk' });
    expect(report.text).toContain('Found');
    expect(report.exitCode).toBe(0);
  });

  test.skipIf(!asRoot)('a root-owned provisioning file in a sticky folder cannot be deleted by the kiosk user: error', async () => {
    write({ updates: { enabled: false } });
    chownSync(dir, 0, KIOSK.gids[0]!);
    chmodSync(dir, 0o1775);
    write({ apiKey: 'sec_SuperSecret_123456' }, 0o640, join(dir, 'provisioning.json'));
    chownSync(join(dir, 'provisioning.json'), 0, KIOSK.gids[0]!);
    const report = await check({ kioskUser: 'kiosk' });
    expect(report.exitCode).toBe(1);
    expect(report.text).toContain('cannot delete');
  });
});

describe.skipIf(!posix)('the command-line tools', () => {
  test('check-policy: a missing file exits 1', () => {
    const result = spawnSync(TSX, [CLI, join(dir, 'missing.json')], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('there is no policy file');
  });

  test.skipIf(!asRoot)('check-policy: a good file exits 0', () => {
    write({ updates: { enabled: false } });
    const result = spawnSync(TSX, [CLI, file], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('is trusted and valid');
  });

  test('hash-pin: reads the PIN from standard input, prints a hash that verifies', async () => {
    const result = spawnSync(TSX, [HASH_CLI], { encoding: 'utf8', input: '48291375\n' });
    expect(result.status).toBe(0);
    const { verifyExitPin } = await import('../../../main/core/policy/exit-pin');
    expect(await verifyExitPin('48291375', result.stdout.trim())).toBe(true);
    expect(result.stdout).not.toContain('48291375');
  });

  test('hash-pin: a 6-digit PIN is refused (one rule everywhere: at least 8 digits)', () => {
    const result = spawnSync(TSX, [HASH_CLI], { encoding: 'utf8', input: '482913' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('at least 8 digits');
    expect(result.stdout).toBe('');
  });

  test('hash-pin: a PIN given as an argument is refused and not hashed', () => {
    const result = spawnSync(TSX, [HASH_CLI, '48291375'], { encoding: 'utf8', input: '' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('never type the PIN on the command line');
  });
});

test('hashExitPin is what the hash-pin command prints (the doc example is never produced)', async () => {
  expect(await hashExitPin('48213957')).not.toBe(DOC_EXAMPLE_HASH);
});
