/**
 * How the Windows trust check asks for a file's ACL, checked on any OS with
 * the child process replaced: PowerShell from System32 (never from PATH), the
 * path passed in an environment variable (never parsed as script), a time
 * limit, and anything the helper cannot answer is a failure, never trust.
 */
import type { execFile } from 'node:child_process';
import { SddlError, readWindowsAcl } from '../../../main/core/policy/windows-acl';

type Callback = (error: Error | null, stdout: string, stderr: string) => void;
const calls: Array<{ file: string; args: string[]; options: Record<string, unknown> }> = [];
let answer: { error: Error | null; stdout: string } = { error: null, stdout: '' };

vi.mock('node:child_process', () => ({
  execFile: ((file: string, args: string[], options: Record<string, unknown>, callback: Callback) => {
    calls.push({ file, args, options });
    callback(answer.error, answer.stdout, '');
  }) as unknown as typeof execFile,
}));

const PATH = 'C:\\ProgramData\\Dealer Desk\\policy.json';

beforeEach(() => {
  calls.length = 0;
  vi.stubEnv('SystemRoot', 'D:\\Win');
});
afterEach(() => vi.unstubAllEnvs());

test('PowerShell runs from System32 with a fixed script; the path travels only in the environment', async () => {
  answer = { error: null, stdout: 'O:BAG:SYD:PAI(A;;FA;;;BA)(A;;0x1200a9;;;BU)\r\n' };
  expect(await readWindowsAcl(PATH)).toEqual({
    ownerSid: 'S-1-5-32-544',
    rules: [
      { sid: 'S-1-5-32-544', rights: 0x1f01ff, allow: true },
      { sid: 'S-1-5-32-545', rights: 0x1200a9, allow: true },
    ],
  });
  const [call] = calls;
  expect(call!.file).toBe('D:\\Win\\System32\\WindowsPowerShell\\v1.0\\powershell.exe');
  expect(call!.args).toEqual(['-NoProfile', '-NonInteractive', '-Command', '(Get-Acl -LiteralPath $env:DEALER_DESK_ACL_PATH).Sddl']);
  expect(call!.args.join(' ')).not.toContain('policy.json');
  expect(call!.options).toMatchObject({ timeout: 15_000, windowsHide: true, env: expect.objectContaining({ DEALER_DESK_ACL_PATH: PATH }) });
});

test('without SystemRoot, the standard Windows folder is used', async () => {
  vi.stubEnv('SystemRoot', undefined);
  answer = { error: null, stdout: 'O:BAD:(A;;FA;;;BA)' };
  await readWindowsAcl(PATH);
  expect(calls[0]!.file).toBe('C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe');
});

test('a helper that fails or prints something unreadable rejects: the file is not trusted', async () => {
  answer = { error: new Error('spawn ENOENT'), stdout: '' };
  await expect(readWindowsAcl(PATH)).rejects.toThrow('spawn ENOENT');
  answer = { error: null, stdout: 'Access is denied.' };
  await expect(readWindowsAcl(PATH)).rejects.toThrow(SddlError);
});
