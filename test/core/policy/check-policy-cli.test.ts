/**
 * The administrator's policy checker: it reports what the installed app would
 * do with a file (apply it, or ignore it and why), so a bad policy is caught
 * before it reaches a kiosk.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CLI = join(import.meta.dirname, '../../../main/core/policy/check-policy-cli.ts');
const TSX = join(import.meta.dirname, '../../../node_modules/.bin/tsx');

function run(path: string) {
  return spawnSync(TSX, [CLI, path], { encoding: 'utf8' });
}

function check(contents: string, mode = 0o644) {
  const path = join(mkdtempSync(join(tmpdir(), 'dd-check-policy-')), 'policy.json');
  writeFileSync(path, contents);
  chmodSync(path, mode);
  return run(path);
}

// Ownership is part of the trust rules: only a root-run check sees a root-owned file.
const runningAsRoot = process.getuid?.() === 0;

describe('check-policy CLI', () => {
  test.skipIf(!runningAsRoot)('a trusted, valid policy: OK and the settings the app will apply', () => {
    const result = check(JSON.stringify({ kiosk: { enabled: true, idleResetSeconds: 120 } }));
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('is trusted and valid');
    expect(result.stdout).toContain('"idleResetSeconds": 120');
  });

  test.skipIf(!runningAsRoot)('an unknown key: ignored, naming the key, exit code 1', () => {
    const result = check(JSON.stringify({ kiosk: { enabled: true }, kioskk: true }));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/IGNORED: .*kioskk/);
  });

  test.skipIf(!runningAsRoot)('a file others can write: ignored with the fix, exit code 1', () => {
    const result = check(JSON.stringify({ kiosk: { enabled: true } }), 0o666);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/IGNORED: .*writable by group or others/);
  });

  test('no file: the app runs with no policy, which is not an error', () => {
    const result = run(join(mkdtempSync(join(tmpdir(), 'dd-check-policy-')), 'policy.json'));
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('No policy file');
  });
});
