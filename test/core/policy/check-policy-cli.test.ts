/**
 * The administrator's policy checker: it reports what the installed app would
 * do with a file (apply it, or ignore it and why), so a bad policy is caught
 * before it reaches a kiosk.
 *
 * The verdicts run in-process with the file owner given through the
 * file-access seam, so they run (and prove the same thing) as root and as an
 * ordinary user; the CLI itself is spawned for what needs no root-owned file.
 */
import { spawnSync } from 'node:child_process';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkPolicyFile } from '../../../main/core/policy/policy-check';
import { fileAccessOwnedBy } from './owned-by';

const CLI = join(import.meta.dirname, '../../../main/core/policy/check-policy-cli.ts');
const TSX = join(import.meta.dirname, '../../../node_modules/.bin/tsx');
const ROOT = 0;

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dd-check-policy-'));
  file = join(dir, 'policy.json');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function writePolicy(contents: unknown, mode = 0o644): Promise<void> {
  await writeFile(file, JSON.stringify(contents));
  await chmod(file, mode);
}

function runCli(path: string) {
  return spawnSync(TSX, [CLI, path], { encoding: 'utf8' });
}

describe.skipIf(process.platform === 'win32')('check-policy: the verdict for a root-owned file', () => {
  test('a trusted, valid policy: OK and the settings the app will apply', async () => {
    await writePolicy({ kiosk: { enabled: true, idleResetSeconds: 120 } });
    const report = await checkPolicyFile({ path: file, platform: 'linux', fileAccess: fileAccessOwnedBy(ROOT) });
    expect(report.exitCode).toBe(0);
    expect(report.stdout).toContain('is trusted and valid');
    expect(report.stdout).toContain('"idleResetSeconds": 120');
    expect(report.stderr).toBe('');
  });

  test('an unknown key: ignored, naming the key, exit code 1', async () => {
    await writePolicy({ kiosk: { enabled: true }, kioskk: true });
    const report = await checkPolicyFile({ path: file, platform: 'linux', fileAccess: fileAccessOwnedBy(ROOT) });
    expect(report.exitCode).toBe(1);
    expect(report.stderr).toMatch(/IGNORED: .*kioskk/);
  });

  test('a file others can write: ignored with the fix, exit code 1', async () => {
    await writePolicy({ kiosk: { enabled: true } }, 0o666);
    const report = await checkPolicyFile({ path: file, platform: 'linux', fileAccess: fileAccessOwnedBy(ROOT) });
    expect(report.exitCode).toBe(1);
    expect(report.stderr).toMatch(/IGNORED: .*writable by group or others/);
  });

  test('a file owned by an ordinary user: ignored, naming root as the owner it needs', async () => {
    await writePolicy({ kiosk: { enabled: true } });
    const report = await checkPolicyFile({ path: file, platform: 'linux', fileAccess: fileAccessOwnedBy(1000) });
    expect(report.exitCode).toBe(1);
    expect(report.stderr).toContain('it must be owned by root (it is owned by user id 1000)');
  });
});

// Each spawn starts tsx, which compiles the CLI: seconds of CPU, far more on a loaded machine.
describe('check-policy CLI (spawned)', { timeout: 120_000 }, () => {
  test('no file: the app runs with no policy, which is not an error', () => {
    const result = runCli(file);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('No policy file');
  });

  test.skipIf(process.platform === 'win32')('a file others can write: IGNORED on stderr and exit code 1, as root or not', async () => {
    await writePolicy({ kiosk: { enabled: true } }, 0o666);
    const result = runCli(file);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^IGNORED: /);
    expect(result.stdout).toBe('');
  });
});
