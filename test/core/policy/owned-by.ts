/**
 * The real file system, except that every file opened reports `uid` as its
 * owner: the owner rule can then be tested the same way whether the tests run
 * as root (CI) or as an ordinary user (a developer), without chown.
 */
import { lstat, open } from 'node:fs/promises';
import type { FileAccess } from '../../../main/core/policy/file-trust';

/** A {@link FileAccess} whose files all appear to be owned by `uid`. */
export function fileAccessOwnedBy(uid: number): FileAccess {
  return {
    lstat,
    async open(filePath, flags) {
      const handle = await open(filePath, flags);
      const realStat = handle.stat.bind(handle);
      handle.stat = (async () => Object.assign(await realStat(), { uid })) as typeof handle.stat;
      return handle;
    },
  };
}
