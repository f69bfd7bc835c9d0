/**
 * Reads a small administrator file without being fooled by it: never through a
 * symbolic link (`O_NOFOLLOW` on POSIX, `lstat` on Windows, which has no such
 * flag), never blocking (`O_NONBLOCK`: a FIFO, socket or device at the path
 * opens at once and is then refused by `fstat`), only a regular file, only up
 * to 64 KiB, and the checks are made on the open file descriptor, so the file
 * cannot be swapped between check and read. {@link adminControl} and
 * {@link folderControlProblem} then decide whether only an administrator can
 * have written it, or replaced or deleted it (Bitwarden's managed-settings rules).
 */
import { constants } from 'node:fs';
import type { Stats } from 'node:fs';
import { lstat, open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { SddlError, readWindowsAcl, windowsAclProblem } from './windows-acl';
import type { WindowsAclReader } from './windows-acl';

/** Larger than any sane policy; stops a huge file from being read. */
const MAX_BYTES = 64 * 1024;

/** The fields of `lstat` this module reads. */
export type LinkStats = Pick<Stats, 'isSymbolicLink'> & Partial<Pick<Stats, 'isDirectory' | 'uid' | 'gid' | 'mode'>>;

/** File-system access, injectable so read failures (EACCES, EIO) can be tested. */
export interface FileAccess {
  open(filePath: string, flags: number): Promise<Pick<FileHandle, 'stat' | 'readFile' | 'close'>>;
  lstat(filePath: string): Promise<LinkStats>;
}

/** The real file system. */
export const nodeFileAccess: FileAccess = { open: (filePath, flags) => open(filePath, flags), lstat };

/** Who owns the file and its permission bits (POSIX). */
export type OwnerStats = Pick<Stats, 'uid' | 'gid' | 'mode'>;

/** Stable codes of the rules an administrator file can break (messages are for logs and the checker). */
export type FileRule =
  | 'symlink'
  | 'not-regular'
  | 'too-large'
  | 'unreadable'
  | 'read-error'
  | 'owner'
  | 'writable'
  | 'acl-unchecked'
  | 'folder-owner'
  | 'folder-writable';

/** A broken rule: its code and an English sentence that names the fix. */
export interface FileProblem {
  rule: FileRule;
  message: string;
}

/** Outcome of {@link readRegularFile}. */
export type FileReadResult =
  | { kind: 'absent' }
  | { kind: 'refused'; problem: string; rule: FileRule }
  | { kind: 'ok'; content: string; stats: OwnerStats };

/** What to say when the file exists but the app may not read it (a policy and a secret need different advice). */
export interface ReadAdvice {
  unreadable?: string;
}

const POLICY_UNREADABLE = 'Dealer Desk is not allowed to read it; it must be readable by every user (chmod 644)';

/** O_NONBLOCK where the OS has it (POSIX); Windows has no FIFOs at a file path. */
const NON_BLOCKING = constants.O_NONBLOCK ?? 0;

/** Reads `filePath` if it is a regular file reached without a symlink; never blocks on a FIFO or device. */
export async function readRegularFile(
  filePath: string,
  platform: NodeJS.Platform,
  access: FileAccess = nodeFileAccess,
  advice: ReadAdvice = {},
): Promise<FileReadResult> {
  const refused = (rule: FileRule, problem: string): FileReadResult => ({ kind: 'refused', rule, problem });
  let handle: Awaited<ReturnType<FileAccess['open']>> | undefined;
  try {
    if (platform === 'win32' && (await access.lstat(filePath)).isSymbolicLink()) {
      return refused('symlink', 'it is a symbolic link; it must be a regular file');
    }
    handle = await access.open(filePath, constants.O_RDONLY | (platform === 'win32' ? 0 : constants.O_NOFOLLOW | NON_BLOCKING));
    const stats = await handle.stat();
    if (!stats.isFile()) return refused('not-regular', 'it is not a regular file (a folder, pipe, socket or device is never read)');
    if (stats.size > MAX_BYTES) return refused('too-large', `it is larger than ${MAX_BYTES / 1024} KiB`);
    return { kind: 'ok', content: await handle.readFile({ encoding: 'utf8' }), stats };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'absent' };
    // Linux and macOS answer ELOOP when O_NOFOLLOW meets a symlink (some BSDs EMLINK).
    if (code === 'ELOOP' || code === 'EMLINK') return refused('symlink', 'it is a symbolic link; it must be a regular file');
    if (code === 'EACCES' || code === 'EPERM') return refused('unreadable', advice.unreadable ?? POLICY_UNREADABLE);
    // A device or socket may refuse the open itself (ENXIO for a socket, ENODEV).
    if (code === 'ENXIO' || code === 'ENODEV' || code === 'EOPNOTSUPP') return refused('not-regular', 'it is not a regular file (a folder, pipe, socket or device is never read)');
    return refused('read-error', `it could not be read (${code ?? 'unknown error'})`);
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** How {@link adminControl} decides who counts as an administrator. */
export interface AdminControlOptions {
  platform: NodeJS.Platform;
  /** POSIX owner that is trusted; 0 (root). Tests pass their own uid. */
  trustedOwnerUid?: number;
  /** Windows ACL reader; PowerShell by default. */
  readAcl?: WindowsAclReader;
}

function octal(mode: number): string {
  return (mode & 0o7777).toString(8).padStart(4, '0');
}

/**
 * Why the Windows ACL could not be judged: PowerShell did not answer, or it
 * printed a descriptor Dealer Desk cannot read (then the parser says what, so
 * IT is not sent looking for a PowerShell that did run).
 */
function aclFailure(error: unknown): string {
  return error instanceof SddlError ? `its permission list could not be read: ${error.message}` : 'the Windows permission check did not run';
}

function ownerName(uid: number): string {
  return uid === 0 ? 'root' : `user id ${uid}`;
}

/**
 * Why the file could have been written by someone other than an administrator,
 * or null when it is safe to trust: POSIX owner root and not writable by group
 * or others; Windows owner Administrators/SYSTEM and nobody else may write.
 * `extraOwnerUid` is one more POSIX owner that counts (the app's own user, for
 * the provisioning file it must delete); `allowDelete` lets other Windows
 * accounts hold delete rights (ditto).
 */
export async function adminControl(
  filePath: string,
  stats: OwnerStats,
  options: AdminControlOptions & { extraOwnerUid?: number; allowDelete?: boolean },
): Promise<FileProblem | null> {
  if (options.platform === 'win32') {
    let acl;
    try {
      acl = await (options.readAcl ?? readWindowsAcl)(filePath);
    } catch (error) {
      return { rule: 'acl-unchecked', message: `its owner and permissions could not be checked (${aclFailure(error)})` };
    }
    const message = windowsAclProblem(acl, { allowDelete: options.allowDelete === true });
    return message ? { rule: message.startsWith('it must be owned') ? 'owner' : 'writable', message } : null;
  }
  const trustedUid = options.trustedOwnerUid ?? 0;
  if (stats.uid !== trustedUid && stats.uid !== options.extraOwnerUid) {
    const allowed = options.extraOwnerUid === undefined ? ownerName(trustedUid) : `${ownerName(trustedUid)} or ${ownerName(options.extraOwnerUid)}`;
    return { rule: 'owner', message: `it must be owned by ${allowed} (it is owned by user id ${stats.uid})` };
  }
  if ((stats.mode & 0o022) !== 0) {
    return { rule: 'writable', message: `it must not be writable by group or others (its mode is ${octal(stats.mode)}; use chmod 644)` };
  }
  return null;
}

/**
 * Why someone other than an administrator could delete or replace files in
 * `folderPath`, or null. POSIX: the folder must be a real folder owned by the
 * trusted owner, and not writable by group or others unless the sticky bit is
 * set (then only a file's owner may delete or rename it). Windows: the same
 * ACL rules as the file, where "write" includes adding and deleting files.
 */
export async function folderControlProblem(
  folderPath: string,
  options: AdminControlOptions & { fileAccess?: FileAccess },
): Promise<FileProblem | null> {
  if (options.platform === 'win32') {
    try {
      const message = windowsAclProblem(await (options.readAcl ?? readWindowsAcl)(folderPath), { folder: true });
      return message ? { rule: message.startsWith('it must be owned') ? 'folder-owner' : 'folder-writable', message: `its folder ${folderPath}: ${message}` } : null;
    } catch (error) {
      return { rule: 'acl-unchecked', message: `the owner and permissions of its folder ${folderPath} could not be checked (${aclFailure(error)})` };
    }
  }
  let stats: LinkStats;
  try {
    stats = await (options.fileAccess ?? nodeFileAccess).lstat(folderPath);
  } catch (error) {
    return { rule: 'read-error', message: `its folder ${folderPath} could not be checked (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})` };
  }
  if (stats.isSymbolicLink() || stats.isDirectory?.() === false || stats.uid === undefined || stats.mode === undefined) {
    return { rule: 'folder-owner', message: `its folder ${folderPath} must be a real folder, not a symbolic link` };
  }
  const trustedUid = options.trustedOwnerUid ?? 0;
  if (stats.uid !== trustedUid) {
    return { rule: 'folder-owner', message: `its folder ${folderPath} must be owned by ${ownerName(trustedUid)} (it is owned by user id ${stats.uid})` };
  }
  const sticky = (stats.mode & 0o1000) !== 0;
  if ((stats.mode & 0o022) !== 0 && !sticky) {
    return {
      rule: 'folder-writable',
      message: `its folder ${folderPath} can be written by non-administrators, so anyone could delete or replace the file (its mode is ${octal(stats.mode)}; use chmod 755)`,
    };
  }
  return null;
}
