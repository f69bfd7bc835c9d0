/**
 * What an administrator is told about a policy file: trust problems before
 * content problems, how many more there are, where in the file each content
 * problem is (line and column), and what the log says for each outcome.
 */
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
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
    expect(lines).toEqual([expect.stringMatching(/^policy ignored .*"rule":"writable"/)]);
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
