/**
 * What an administrator is told about a policy file: trust problems before
 * content problems, how many more there are, where in the file each content
 * problem is (line and column), and what the log says for each outcome.
 */
import { chmod, lstat, mkdtemp, open, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inspectPolicyFile, loadPolicy } from '../../../main/core/policy/load-policy';
import { fileAccessOwnedBy } from './owned-by';
import { recordingLogger } from './recording-logger';

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'dd-policy-problems-'));
  file = path.join(dir, 'policy.json');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function write(text: string, mode = 0o644) {
  await writeFile(file, text);
  await chmod(file, mode);
}
const options = () => ({ path: file, isPackaged: true, platform: 'linux' as const, trustedOwnerUid: 0, fileAccess: fileAccessOwnedBy(0) });
const ownFolder = (uid: number) => ({ ...options(), trustedOwnerUid: uid, fileAccess: fileAccessOwnedBy(uid) });

describe.skipIf(process.platform === 'win32')('policy problems', () => {
  const myUid = process.getuid?.() ?? 0;

  test('a writable file with bad content: the trust problem comes first, the notice says untrusted and counts one more', async () => {
    await write('{"kiosk": {"enabled": "yes"}}', 0o666);
    const { logger, lines } = recordingLogger();
    const loaded = await loadPolicy({ ...ownFolder(myUid), logger });
    expect(loaded.status).toBe('rejected');
    expect(loaded.problems.map((problem) => [problem.rule, problem.trust])).toEqual([
      ['writable', true],
      ['schema', false],
    ]);
    expect(loaded.notices).toEqual([
      {
        id: 'policy-untrusted',
        kind: 'policy-untrusted',
        level: 'error',
        message: `The administrator policy ${file} was ignored: it must not be writable by group or others (its mode is 0666; use chmod 644) (and 1 more problem: run Dealer Desk with --check-policy to see them all). Dealer Desk is running without it; ask your IT administrator to fix the file.`,
      },
    ]);
    expect(lines).toEqual([
      `policy ignored ${JSON.stringify({ path: file, rule: 'writable', reasons: loaded.problems.map((problem) => problem.message) })}`,
    ]);
    expect(lines[0]).toContain('line 1, column 23: kiosk.enabled: must be true or false');
  });

  test('a single problem: the notice names it and counts nothing more', async () => {
    await write('{"kiosk": {"enabled": "yes"}}');
    const loaded = await loadPolicy(ownFolder(myUid));
    expect(loaded.notices.map((notice) => notice.message)).toEqual([
      `The administrator policy ${file} was ignored: line 1, column 23: kiosk.enabled: must be true or false. Dealer Desk is running without it; ask your IT administrator to fix the file.`,
    ]);
  });

  test('without a logger every outcome still loads (nothing is written anywhere)', async () => {
    expect(await loadPolicy(ownFolder(myUid))).toMatchObject({ status: 'absent' });
    await write('{"kiosk": {"enabled": "yes"}}');
    expect(await loadPolicy(ownFolder(myUid))).toMatchObject({ status: 'rejected' });
    await write('{}');
    expect(await loadPolicy(ownFolder(myUid))).toMatchObject({ status: 'applied' });
  });

  test('an applied policy reports no problems', async () => {
    await write('{"kiosk": {"enabled": true}}');
    const loaded = await loadPolicy(ownFolder(myUid));
    expect(loaded).toEqual({ policy: expect.objectContaining({ source: 'file' }), notices: [], status: 'applied', problems: [] });
  });

  test('a file refused before reading (a symbolic link) is checked: one trust problem, no notes, nothing read', async () => {
    const real = path.join(dir, 'real.json');
    await writeFile(real, '{}');
    await symlink(real, file);
    expect(await inspectPolicyFile({ ...ownFolder(myUid), fileAccess: undefined })).toEqual({
      status: 'checked',
      problems: [{ rule: 'symlink', trust: true, message: expect.stringContaining('symbolic link') }],
      policy: null,
      notes: [],
      stats: null,
    });
  });

  test('a value that is missing (not wrong) is named without a place in the file', async () => {
    await write('{"updates": {"maintenanceWindow": {"start": "02:00"}}}');
    const inspection = await inspectPolicyFile({ ...options(), isPackaged: false });
    expect(inspection).toMatchObject({ problems: [{ rule: 'schema', trust: false, message: 'updates.maintenanceWindow.end: must be a time like "02:30"' }] });
    expect(inspection.status === 'checked' && inspection.problems[0]).not.toHaveProperty('line');
  });

  test('on Linux a backslash is part of a file name: the folder checked is the one that holds the file', async () => {
    const odd = path.join(dir, 'odd\\name.json');
    await writeFile(odd, '{}');
    await chmod(odd, 0o644);
    const folders: string[] = [];
    const fileAccess = { open, lstat: (p: string) => (folders.push(p), lstat(p)) };
    const loaded = await loadPolicy({ path: odd, isPackaged: true, platform: 'linux', trustedOwnerUid: myUid, fileAccess });
    expect(loaded.status).toBe('applied');
    expect(folders).toEqual([dir]);
  });

  test('the log says when there is no file, and what an applied policy turned on', async () => {
    const { logger, lines } = recordingLogger();
    await loadPolicy({ ...ownFolder(myUid), logger });
    await write('{"kiosk": {"enabled": true}, "lockedSettings": ["region"]}');
    await loadPolicy({ ...ownFolder(myUid), logger });
    expect(lines).toEqual([`no policy file {"path":${JSON.stringify(file)}}`, `policy loaded {"path":${JSON.stringify(file)},"kiosk":true,"locked":["region"]}`]);
  });

  test('each content problem names its line and column; a byte-order mark is a note, not a problem', async () => {
    await write('\uFEFF{\n  "kiosk": {\n    "enabled": "yes",\n    "pin": 1\n  }\n}');
    const inspection = await inspectPolicyFile({ ...options(), isPackaged: false });
    expect(inspection).toMatchObject({
      status: 'checked',
      policy: null,
      notes: [expect.stringContaining('byte-order mark')],
      problems: [
        { rule: 'schema', trust: false, line: 3, column: 16, message: 'line 3, column 16: kiosk.enabled: must be true or false' },
        { rule: 'schema', trust: false, line: 4, column: 5, message: 'line 4, column 5: kiosk.pin: is not a setting Dealer Desk knows' },
      ],
    });
  });

  test('a syntax error says so with its place; a valid file has no notes and keeps the file details', async () => {
    await write('{\n  "kiosk": {"enabled": true,}\n}');
    const broken = await inspectPolicyFile({ ...options(), isPackaged: false });
    expect(broken).toMatchObject({ status: 'checked', policy: null, notes: [], problems: [{ rule: 'syntax', trust: false, line: 2, message: expect.stringMatching(/^line 2, column \d+: it is not valid JSON: /) }] });
    await write('{"kiosk": {"enabled": true}}');
    const good = await inspectPolicyFile({ ...options(), isPackaged: false });
    expect(good).toMatchObject({ status: 'checked', problems: [], notes: [], policy: { source: 'file', kiosk: { enabled: true } }, stats: { uid: 0 } });
  });
});

test('on Windows the ACL of the file and then of the folder that holds it are checked', async () => {
  await writeFile(file, '{}');
  const policyPath = 'C:\\ProgramData\\Dealer Desk\\policy.json';
  const asked: string[] = [];
  const readAcl = async (p: string) => (asked.push(p), { ownerSid: 'S-1-5-32-544', rules: [] });
  // The Windows path is served from the temporary file; no symbolic link there.
  const fileAccess = { open: (_p: string, flags: number) => open(file, flags), lstat: async () => ({ isSymbolicLink: () => false }) };
  const loaded = await loadPolicy({ path: policyPath, isPackaged: true, platform: 'win32', readAcl, fileAccess });
  expect(loaded.status).toBe('applied');
  expect(asked).toEqual([policyPath, 'C:\\ProgramData\\Dealer Desk']);
});
