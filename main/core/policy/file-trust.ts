/**
 * Reads a small administrator file without being fooled by it: never through a
 * symbolic link (`O_NOFOLLOW` on POSIX, `lstat` on Windows, which has no such
 * flag), only a regular file, only up to 64 KiB, and the checks are made on the
 * open file descriptor, so the file cannot be swapped between check and read.
 * {@link adminControlProblem} then decides whether only an administrator can
 * have written it (Bitwarden's managed-settings rules).
 */
import { constants } from 'node:fs';
import type { Stats } from 'node:fs';
import { lstat, open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { readWindowsAcl } from './windows-acl';
import type { WindowsAclReader } from './windows-acl';
import { windowsAclProblem } from './windows-acl';

/** Larger than any sane policy; stops a device file or a huge file from being read. */
const MAX_BYTES = 64 * 1024;

/** File-system access, injectable so read failures (EACCES, EIO) can be tested. */
export interface FileAccess {
  open(filePath: string, flags: number): Promise<Pick<FileHandle, 'stat' | 'readFile' | 'close'>>;
  lstat(filePath: string): Promise<Pick<Stats, 'isSymbolicLink'>>;
}

/** The real file system. */
export const nodeFileAccess: FileAccess = { open: (filePath, flags) => open(filePath, flags), lstat };

/** Outcome of {@link readRegularFile}. */
export type FileReadResult =
  | { kind: 'absent' }
  | { kind: 'refused'; problem: string }
  | { kind: 'ok'; content: string; stats: Pick<Stats, 'uid' | 'mode'> };

/** Reads `filePath` if it is a regular file reached without a symlink. */
export async function readRegularFile(filePath: string, platform: NodeJS.Platform, access: FileAccess = nodeFileAccess): Promise<FileReadResult> {
  let handle: Awaited<ReturnType<FileAccess['open']>> | undefined;
  try {
    if (platform === 'win32' && (await access.lstat(filePath)).isSymbolicLink()) {
      return { kind: 'refused', problem: 'it is a symbolic link; it must be a regular file' };
    }
    handle = await access.open(filePath, constants.O_RDONLY | (platform === 'win32' ? 0 : constants.O_NOFOLLOW));
    const stats = await handle.stat();
    if (!stats.isFile()) return { kind: 'refused', problem: 'it is not a regular file' };
    if (stats.size > MAX_BYTES) return { kind: 'refused', problem: `it is larger than ${MAX_BYTES / 1024} KiB` };
    return { kind: 'ok', content: await handle.readFile({ encoding: 'utf8' }), stats };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'absent' };
    // Linux and macOS answer ELOOP when O_NOFOLLOW meets a symlink (some BSDs EMLINK).
    if (code === 'ELOOP' || code === 'EMLINK') return { kind: 'refused', problem: 'it is a symbolic link; it must be a regular file' };
    if (code === 'EACCES' || code === 'EPERM') return { kind: 'refused', problem: 'Dealer Desk is not allowed to read it; it must be readable by every user' };
    return { kind: 'refused', problem: `it could not be read (${code ?? 'unknown error'})` };
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** How {@link adminControlProblem} decides who counts as an administrator. */
export interface AdminControlOptions {
  platform: NodeJS.Platform;
  /** POSIX owner that is trusted; 0 (root). Tests pass their own uid. */
  trustedOwnerUid?: number;
  /** Windows ACL reader; PowerShell by default. */
  readAcl?: WindowsAclReader;
}

/**
 * Why the file could have been written by someone other than an administrator,
 * or null when it is safe to trust: POSIX owner root and not writable by group
 * or others; Windows owner Administrators/SYSTEM and nobody else may write.
 */
export async function adminControlProblem(filePath: string, stats: Pick<Stats, 'uid' | 'mode'>, options: AdminControlOptions): Promise<string | null> {
  if (options.platform === 'win32') {
    try {
      return windowsAclProblem(await (options.readAcl ?? readWindowsAcl)(filePath));
    } catch {
      return 'its owner and permissions could not be checked';
    }
  }
  const trustedUid = options.trustedOwnerUid ?? 0;
  if (stats.uid !== trustedUid) {
    return `it must be owned by ${trustedUid === 0 ? 'root' : `user id ${trustedUid}`} (it is owned by user id ${stats.uid})`;
  }
  if ((stats.mode & 0o022) !== 0) {
    return `it must not be writable by group or others (its mode is ${(stats.mode & 0o777).toString(8).padStart(4, '0')}; use chmod 644)`;
  }
  return null;
}
