/**
 * The trust rules for an administrator file, one by one, with the file system
 * replaced: what each refusal is called (the stable rule code the kiosk's
 * attention screen and the checker show), the size limit at its edge, and
 * that the file is always closed again.
 */
import { constants } from 'node:fs';
import { adminControl, folderControlProblem, readRegularFile } from '../../../main/core/policy/file-trust';
import type { FileAccess, LinkStats } from '../../../main/core/policy/file-trust';
import { parseSddl } from '../../../main/core/policy/windows-acl';
import type { WindowsAcl } from '../../../main/core/policy/windows-acl';

const FILE = '/etc/dealer-desk/policy.json';
const errno = (code?: string) => Object.assign(new Error(code ?? 'odd failure'), code === undefined ? {} : { code });

/** A file system holding one regular file of `size` bytes (or failing with `openError`); records the flags and closes. */
function fakeAccess(options: { size?: number; isFile?: boolean; openError?: Error; link?: boolean } = {}) {
  const seen = { flags: [] as number[], closed: 0 };
  const access: FileAccess = {
    lstat: async () => ({ isSymbolicLink: () => options.link === true }),
    open: async (_path, flags) => {
      seen.flags.push(flags);
      if (options.openError) throw options.openError;
      return {
        stat: async () => ({ isFile: () => options.isFile ?? true, size: options.size ?? 2, uid: 0, gid: 0, mode: 0o100644 }) as never,
        readFile: async () => '{}',
        close: async () => {
          seen.closed += 1;
        },
      } as never;
    },
  };
  return { access, seen };
}

describe('readRegularFile', () => {
  test('POSIX opens read-only, without following links and without blocking; Windows checks for a link first', async () => {
    const posix = fakeAccess();
    expect(await readRegularFile(FILE, 'linux', posix.access)).toMatchObject({ kind: 'ok', content: '{}' });
    expect(posix.seen.flags).toEqual([constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK]);
    expect(posix.seen.closed).toBe(1);
    const windows = fakeAccess();
    await readRegularFile(FILE, 'win32', windows.access);
    expect(windows.seen.flags).toEqual([constants.O_RDONLY]);
    const link = fakeAccess({ link: true });
    expect(await readRegularFile(FILE, 'win32', link.access)).toEqual({ kind: 'refused', rule: 'symlink', problem: 'it is a symbolic link; it must be a regular file' });
    expect(link.seen.flags).toEqual([]);
    expect((await readRegularFile(FILE, 'linux', fakeAccess({ link: true }).access)).kind).toBe('ok');
  });

  test('64 KiB is read; one byte more is refused unread, and the file is still closed', async () => {
    expect((await readRegularFile(FILE, 'linux', fakeAccess({ size: 64 * 1024 }).access)).kind).toBe('ok');
    const big = fakeAccess({ size: 64 * 1024 + 1 });
    expect(await readRegularFile(FILE, 'linux', big.access)).toEqual({ kind: 'refused', rule: 'too-large', problem: 'it is larger than 64 KiB' });
    expect(big.seen.closed).toBe(1);
  });

  test.each<[string | undefined, object]>([
    ['ENOENT', { kind: 'absent' }],
    ['ENOTDIR', { kind: 'absent' }],
    ['ELOOP', { kind: 'refused', rule: 'symlink' }],
    ['EMLINK', { kind: 'refused', rule: 'symlink' }],
    ['EACCES', { kind: 'refused', rule: 'unreadable', problem: expect.stringContaining('chmod 644') }],
    ['EPERM', { kind: 'refused', rule: 'unreadable', problem: expect.stringContaining('chmod 644') }],
    ['ENXIO', { kind: 'refused', rule: 'not-regular' }],
    ['ENODEV', { kind: 'refused', rule: 'not-regular' }],
    ['EOPNOTSUPP', { kind: 'refused', rule: 'not-regular' }],
    ['EIO', { kind: 'refused', rule: 'read-error', problem: 'it could not be read (EIO)' }],
    [undefined, { kind: 'refused', rule: 'read-error', problem: 'it could not be read (unknown error)' }],
  ])('an open failing with %s is %j', async (code, expected) => {
    expect(await readRegularFile(FILE, 'linux', fakeAccess({ openError: errno(code) }).access)).toEqual(expect.objectContaining(expected));
  });

  test('a file that is not regular is refused; the caller may word the unreadable advice itself', async () => {
    expect(await readRegularFile(FILE, 'linux', fakeAccess({ isFile: false }).access)).toMatchObject({ kind: 'refused', rule: 'not-regular' });
    expect(await readRegularFile(FILE, 'linux', fakeAccess({ openError: errno('EACCES') }).access, { unreadable: 'ask IT' })).toEqual({ kind: 'refused', rule: 'unreadable', problem: 'ask IT' });
  });
});

describe('adminControl (POSIX)', () => {
  const stats = (uid: number, mode = 0o100644) => ({ uid, gid: 0, mode });

  test('an extra owner (the app user, for the provisioning file) is named next to root and accepted', async () => {
    expect(await adminControl(FILE, stats(1000), { platform: 'linux', extraOwnerUid: 1000 })).toBeNull();
    expect(await adminControl(FILE, stats(0), { platform: 'linux', extraOwnerUid: 1000 })).toBeNull();
    expect(await adminControl(FILE, stats(1001), { platform: 'linux', extraOwnerUid: 1000 })).toEqual({ rule: 'owner', message: 'it must be owned by root or user id 1000 (it is owned by user id 1001)' });
  });

  test('writable by group or others is refused with its mode; setuid bits are shown, file-type bits are not', async () => {
    expect(await adminControl(FILE, stats(0, 0o100664), { platform: 'linux' })).toEqual({ rule: 'writable', message: 'it must not be writable by group or others (its mode is 0664; use chmod 644)' });
    expect(await adminControl(FILE, stats(0, 0o104602), { platform: 'linux' })).toMatchObject({ message: expect.stringContaining('its mode is 4602') });
    expect(await adminControl(FILE, stats(0, 0o100640), { platform: 'linux' })).toBeNull();
  });
});

describe('adminControl and folderControlProblem (Windows)', () => {
  const acl = (ownerSid: string, rules: WindowsAcl['rules'] = []): (() => Promise<WindowsAcl>) => async () => ({ ownerSid, rules });
  const KIOSK = 'S-1-5-21-1-2-3-1001';

  test('the owner and write rules come back as their rule codes; delete rights count only when allowed', async () => {
    expect(await adminControl(FILE, { uid: 0, gid: 0, mode: 0 }, { platform: 'win32', readAcl: acl(KIOSK) })).toMatchObject({ rule: 'owner' });
    const deleter = acl('S-1-5-32-544', [{ sid: KIOSK, rights: 0x10000, allow: true }]);
    expect(await adminControl(FILE, { uid: 0, gid: 0, mode: 0 }, { platform: 'win32', readAcl: deleter })).toMatchObject({ rule: 'writable' });
    expect(await adminControl(FILE, { uid: 0, gid: 0, mode: 0 }, { platform: 'win32', readAcl: deleter, allowDelete: true })).toBeNull();
  });

  test('a folder ACL names the folder; an unreadable one is unchecked, never trusted', async () => {
    expect(await folderControlProblem('C:\\ProgramData\\Dealer Desk', { platform: 'win32', readAcl: acl(KIOSK) })).toEqual({
      rule: 'folder-owner',
      message: expect.stringMatching(/^its folder C:\\ProgramData\\Dealer Desk: it must be owned by Administrators/),
    });
    expect(await folderControlProblem('C:\\PD', { platform: 'win32', readAcl: acl('S-1-5-18', [{ sid: KIOSK, rights: 0x40, allow: true }]) })).toMatchObject({ rule: 'folder-writable' });
    expect(await folderControlProblem('C:\\PD', { platform: 'win32', readAcl: acl('S-1-5-18') })).toBeNull();
    expect(await folderControlProblem('C:\\PD', { platform: 'win32', readAcl: () => Promise.reject(new Error('no PowerShell')) })).toEqual({
      rule: 'acl-unchecked',
      message: 'the owner and permissions of its folder C:\\PD could not be checked (the Windows permission check did not run)',
    });
  });

  test('a permission check that did not run, or printed a list Dealer Desk cannot read, says which, for the file and for its folder', async () => {
    const stats = { uid: 0, gid: 0, mode: 0 };
    const notRun = () => Promise.reject(new Error('spawn ENOENT'));
    // An object-specific entry (OA), as PowerShell would print it: read, but not understood.
    const unreadable = async () => parseSddl('O:BAD:(OA;;FA;;;BU)');
    expect(await adminControl(FILE, stats, { platform: 'win32', readAcl: notRun })).toEqual({
      rule: 'acl-unchecked',
      message: 'its owner and permissions could not be checked (the Windows permission check did not run)',
    });
    expect(await adminControl(FILE, stats, { platform: 'win32', readAcl: unreadable })).toEqual({
      rule: 'acl-unchecked',
      message: 'its owner and permissions could not be checked (its permission list could not be read: unsupported access entry type OA)',
    });
    expect(await folderControlProblem('C:\\PD', { platform: 'win32', readAcl: unreadable })).toEqual({
      rule: 'acl-unchecked',
      message: 'the owner and permissions of its folder C:\\PD could not be checked (its permission list could not be read: unsupported access entry type OA)',
    });
  });
});

describe('folderControlProblem (POSIX)', () => {
  const folder = (stats: Partial<LinkStats> & { link?: boolean }) => ({
    platform: 'linux' as const,
    fileAccess: { open: () => Promise.reject(errno('ENOENT')), lstat: async () => ({ isSymbolicLink: () => stats.link === true, isDirectory: () => true, uid: 0, mode: 0o40755, ...stats }) } as FileAccess,
  });

  test('a root-owned folder that only root can write is fine; the sticky bit makes a shared folder safe', async () => {
    expect(await folderControlProblem('/etc/dealer-desk', folder({}))).toBeNull();
    expect(await folderControlProblem('/etc/dealer-desk', folder({ mode: 0o41777 }))).toBeNull();
  });

  test.each<[string, Partial<LinkStats> & { link?: boolean }, string]>([
    ['a symbolic link', { link: true }, 'folder-owner'],
    ['not a folder', { isDirectory: () => false }, 'folder-owner'],
    ['no owner known', { uid: undefined }, 'folder-owner'],
    ['no mode known', { mode: undefined }, 'folder-owner'],
    ['owned by someone else', { uid: 1000 }, 'folder-owner'],
    ['group-writable without the sticky bit', { mode: 0o40775 }, 'folder-writable'],
  ])('%s is refused (%s)', async (_label, stats, rule) => {
    expect(await folderControlProblem('/etc/dealer-desk', folder(stats))).toMatchObject({ rule, message: expect.stringContaining('its folder /etc/dealer-desk') });
  });

  test('a folder whose owner or mode is unknown is refused as not a real folder, never judged as owned by "undefined"', async () => {
    const unknownOwner = await folderControlProblem('/etc/dealer-desk', folder({ uid: undefined }));
    expect(unknownOwner).toEqual({ rule: 'folder-owner', message: 'its folder /etc/dealer-desk must be a real folder, not a symbolic link' });
  });

  test('a look-up that does not say whether it is a folder (the type allows it) is judged by its owner and mode alone', async () => {
    const bare = (stats: Pick<LinkStats, 'uid' | 'mode'>) => ({
      platform: 'linux' as const,
      fileAccess: { open: () => Promise.reject(errno('ENOENT')), lstat: async () => ({ isSymbolicLink: () => false, ...stats }) },
    });
    expect(await folderControlProblem('/etc/dealer-desk', bare({ uid: 0, mode: 0o40755 }))).toBeNull();
    expect(await folderControlProblem('/etc/dealer-desk', bare({ uid: 0, mode: 0o40777 }))).toMatchObject({ rule: 'folder-writable' });
  });

  test('the refusal says what to do and who owns it', async () => {
    expect((await folderControlProblem('/etc/dealer-desk', folder({ mode: 0o40777 })))?.message).toContain('(its mode is 0777; use chmod 755)');
    expect((await folderControlProblem('/etc/dealer-desk', folder({ uid: 1000 })))?.message).toBe('its folder /etc/dealer-desk must be owned by root (it is owned by user id 1000)');
  });

  test('a folder that cannot be looked at is a read error naming its code', async () => {
    const failing = { platform: 'linux' as const, fileAccess: { open: () => Promise.reject(errno('EIO')), lstat: () => Promise.reject(errno('EACCES')) } };
    expect(await folderControlProblem('/etc/dealer-desk', failing)).toEqual({ rule: 'read-error', message: 'its folder /etc/dealer-desk could not be checked (EACCES)' });
    const odd = { platform: 'linux' as const, fileAccess: { open: () => Promise.reject(errno('EIO')), lstat: () => Promise.reject(errno()) } };
    expect((await folderControlProblem('/etc/dealer-desk', odd))?.message).toContain('(unknown error)');
  });
});
