/**
 * The administrator's policy checker (`Dealer Desk --check-policy [path]`, and
 * `check-policy-cli.ts` from a source checkout). It applies the installed
 * app's own rules and reports every problem, not just the first:
 * - the policy: missing (an error: a mistyped path must fail a deploy script),
 *   trust (owner, mode, folder), encoding, JSON syntax, duplicate keys and the
 *   schema, each with a line and column;
 * - values copied from the documentation (the example PIN hash);
 * - with `--kiosk-user NAME`: whether that account can read the policy, and
 *   read and delete `provisioning.json`;
 * - `provisioning.json` beside the policy (trust and shape; its secret is
 *   never printed and AutoGrab is not asked).
 * Exit code 1 on any error; warnings and notes alone exit 0.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { inspectProvisioningFile } from '../provisioning/import-provisioning';
import { PUBLISHED_PIN_HASHES } from '../policy/exit-pin';
import { nodeFileAccess } from '../policy/file-trust';
import type { FileAccess, LinkStats } from '../policy/file-trust';
import { inspectPolicyFile } from '../policy/load-policy';
import type { LoadPolicyOptions } from '../policy/load-policy';
import { provisioningPathFor } from '../policy/policy-path';

/** A POSIX account: its uid and every group it is in. */
export interface PosixUser {
  name: string;
  uid: number;
  gids: number[];
}

/** Finds an account by name; rejects when there is none. */
export type UserLookup = (name: string) => Promise<PosixUser>;

/** The real lookup: `id -u` and `id -G` (they ask the system's user database, NSS on Linux and Directory Services on macOS). */
export const systemUserLookup: UserLookup = async (name) => {
  const run = promisify(execFile);
  const id = async (flag: string) => (await run('id', [flag, name], { timeout: 10_000 })).stdout.trim();
  return { name, uid: Number(await id('-u')), gids: (await id('-G')).split(/\s+/).map(Number) };
};

/** Inputs of {@link checkPolicy}. */
export interface CheckPolicyOptions extends Pick<LoadPolicyOptions, 'path' | 'platform' | 'trustedOwnerUid' | 'readAcl'> {
  /** The account the kiosk runs as; its access is checked when given (POSIX). */
  kioskUser?: string;
  lookupUser?: UserLookup;
  fileAccess?: FileAccess;
}

/** The checker's report: lines for standard output and the exit code. */
export interface PolicyCheckReport {
  lines: string[];
  exitCode: 0 | 1;
}

type Level = 'ERROR' | 'WARNING' | 'NOTE';

const READ = 0o4;
const WRITE = 0o2;
const SEARCH = 0o1;

/** Whether `user` has `bit` (r, w or x) on a file with these owner fields. */
function permits(stats: Required<Pick<LinkStats, 'uid' | 'gid' | 'mode'>>, user: PosixUser, bit: number): boolean {
  if (user.uid === 0) return true;
  if (stats.uid === user.uid) return (stats.mode & (bit << 6)) !== 0;
  if (user.gids.includes(stats.gid)) return (stats.mode & (bit << 3)) !== 0;
  return (stats.mode & bit) !== 0;
}

/** Why `user` cannot reach `filePath` with `bit`, or null (every parent folder needs search permission). */
async function accessProblem(filePath: string, user: PosixUser, bit: number, access: FileAccess): Promise<string | null> {
  const parents: string[] = [];
  for (let dir = path.posix.dirname(filePath); ; dir = path.posix.dirname(dir)) {
    parents.unshift(dir);
    if (dir === path.posix.dirname(dir)) break;
  }
  for (const dir of parents) {
    const stats = await access.lstat(dir).catch(() => null);
    if (stats?.uid === undefined || stats.gid === undefined || stats.mode === undefined) continue;
    if (!permits({ uid: stats.uid, gid: stats.gid, mode: stats.mode }, user, SEARCH)) return `the kiosk user ${user.name} cannot enter the folder ${dir}`;
  }
  const stats = await access.lstat(filePath);
  if (stats.uid === undefined || stats.gid === undefined || stats.mode === undefined) return null;
  if (!permits({ uid: stats.uid, gid: stats.gid, mode: stats.mode }, user, bit)) {
    const mode = (stats.mode & 0o7777).toString(8).padStart(4, '0');
    return `the kiosk user ${user.name} cannot read ${filePath} (owner user id ${stats.uid}, group id ${stats.gid}, mode ${mode})`;
  }
  return null;
}

/** Why `user` cannot delete `filePath`: it needs write and search on the folder, and with the sticky bit it must own the file or the folder. */
async function deleteProblem(filePath: string, user: PosixUser, access: FileAccess): Promise<string | null> {
  const folder = path.posix.dirname(filePath);
  const dir = await access.lstat(folder);
  const file = await access.lstat(filePath);
  if (dir.uid === undefined || dir.gid === undefined || dir.mode === undefined || file.uid === undefined) return null;
  const cannot = `the kiosk user ${user.name} cannot delete ${filePath}, so kiosk mode stays off after the import`;
  const folderStats = { uid: dir.uid, gid: dir.gid, mode: dir.mode };
  if (!permits(folderStats, user, WRITE) || !permits(folderStats, user, SEARCH)) {
    return `${cannot}: the folder ${folder} must be writable by the kiosk user's group with the sticky bit (chmod 1775) until then`;
  }
  const sticky = (dir.mode & 0o1000) !== 0;
  if (sticky && user.uid !== 0 && file.uid !== user.uid && dir.uid !== user.uid) return `${cannot}: the file must be owned by ${user.name} (chown)`;
  return null;
}

/** Checks the policy at `options.path` (and what lies beside it) as the installed app would. */
export async function checkPolicy(options: CheckPolicyOptions): Promise<PolicyCheckReport> {
  const lines: string[] = [];
  let errors = 0;
  const say = (level: Level, text: string) => {
    if (level === 'ERROR') errors += 1;
    lines.push(`${level}: ${text}`);
  };
  const access = options.fileAccess ?? nodeFileAccess;
  const posix = options.platform !== 'win32';
  lines.push(`Checking ${options.path}`);

  let kiosk: PosixUser | undefined;
  if (options.kioskUser !== undefined) {
    if (!posix) say('NOTE', 'the kiosk user is checked on Linux and macOS only; on Windows read the file with icacls (see docs/kiosk.md)');
    else {
      kiosk = await (options.lookupUser ?? systemUserLookup)(options.kioskUser).catch(() => undefined);
      if (!kiosk) say('ERROR', `there is no user called ${options.kioskUser} on this computer`);
    }
  }

  const inspection = await inspectPolicyFile({ ...options, isPackaged: true, fileAccess: access });
  if (inspection.status === 'absent') {
    say('ERROR', `there is no policy file at ${options.path}: check the path. Without a policy Dealer Desk runs as an ordinary, unlocked workstation.`);
  } else {
    for (const problem of inspection.problems) say('ERROR', problem.message);
    for (const note of inspection.notes) say('NOTE', note);
    const policy = inspection.policy;
    if (policy?.kiosk.exitPinHash && PUBLISHED_PIN_HASHES.has(policy.kiosk.exitPinHash)) {
      say('ERROR', 'kiosk.exitPinHash: this is the example hash from the documentation, whose PIN is public. Make your own with --hash-pin.');
    }
    if (policy?.kiosk.enabled && policy.updates.enabled) {
      say('WARNING', 'updates.enabled: a kiosk that runs as a standard user cannot install updates without an administrator (UAC prompt on Windows, password on macOS); set it to false and deploy versions yourself (docs/kiosk.md, "Updates on kiosks")');
    }
    if (kiosk && inspection.stats) {
      const problem = await accessProblem(options.path, kiosk, READ, access);
      if (problem) say('ERROR', `${problem}: the app runs as that user and would see no policy (use chmod 644)`);
    }
  }

  const provisioningPath = provisioningPathFor(options.path, options.platform);
  const provisioning = await inspectProvisioningFile({ ...options, path: provisioningPath, fileAccess: access, ownUid: kiosk?.uid });
  if (provisioning.kind === 'problem') {
    const hint = provisioning.outcome === 'untrusted' && !kiosk && posix ? ' (if it is owned by the kiosk account, run the check again with --kiosk-user NAME)' : '';
    say('ERROR', `${provisioning.message}${hint}`);
  } else if (provisioning.kind === 'ok') {
    lines.push(`Found ${provisioningPath}: ${provisioning.credential.kind === 'apiKey' ? 'an API key' : 'an OAuth client'}; it is checked with AutoGrab, imported and deleted at the next start.`);
    if (posix && (provisioning.stats.mode & 0o004) !== 0) say('WARNING', `${provisioningPath} holds a secret and is readable by every user: use chmod 600`);
    if (kiosk) {
      const problem = (await accessProblem(provisioningPath, kiosk, READ, access)) ?? (await deleteProblem(provisioningPath, kiosk, access));
      if (problem) say('ERROR', problem);
    }
  }

  if (errors > 0) {
    lines.push(`IGNORED: Dealer Desk would not apply this set-up (${errors} error${errors > 1 ? 's' : ''} above).${inspection.status === 'checked' ? ' A kiosk shows "This kiosk needs attention from IT" until it is fixed.' : ''}`);
    return { lines, exitCode: 1 };
  }
  if (inspection.status === 'checked' && inspection.policy) {
    lines.push(`OK: ${options.path} is trusted and valid. Dealer Desk will apply:`, JSON.stringify(inspection.policy, null, 2));
  }
  return { lines, exitCode: 0 };
}
