import { execFileSync } from 'node:child_process';
import { constants } from 'node:fs';
import { chmod, lstat, mkdtemp, open, rm, symlink, writeFile, mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { NO_POLICY } from '../../../main/core/policy/effective-policy';
import { loadPolicy } from '../../../main/core/policy/load-policy';
import type { LoadPolicyOptions } from '../../../main/core/policy/load-policy';
import type { Logger } from '../../../main/core/ports';
import { fileAccessOwnedBy } from './owned-by';
import { recordingLogger } from './recording-logger';

const posix = process.platform !== 'win32';
const myUid = posix ? process.getuid!() : 0;
const PIN_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

const FULL_POLICY = {
  kiosk: { enabled: true, idleResetSeconds: 120, exitPinHash: PIN_HASH, allowDeepLinks: true },
  autograb: { baseUrl: 'https://api.autograb.example', tokenUrl: 'https://auth.autograb.example/token', region: 'au', state: 'VIC' },
  lockedSettings: ['maxOffer'],
  updates: { enabled: true, url: 'https://updates.dealer.example/desk', channel: 'beta', maintenanceWindow: { start: '23:30', end: '01:00' } },
  allowInsecureSecretStorage: true,
};

let dir: string;
let file: string;
let logLines: string[];
let logger: Logger;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'dd-policy-'));
  file = path.join(dir, 'policy.json');
  ({ logger, lines: logLines } = recordingLogger());
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function writePolicy(content: unknown, mode = 0o644): Promise<void> {
  await writeFile(file, typeof content === 'string' ? content : JSON.stringify(content));
  await chmod(file, mode);
}

function load(overrides: Partial<LoadPolicyOptions> = {}) {
  return loadPolicy({ path: file, isPackaged: true, platform: 'linux', trustedOwnerUid: myUid, logger, ...overrides });
}

describe.skipIf(!posix)('loadPolicy on POSIX', () => {
  test('no file: no policy and nothing to tell the user', async () => {
    expect(await load()).toEqual({ policy: NO_POLICY, notices: [], status: 'absent', problems: [] });
  });

  test('a trusted, valid file applies in full; forced AutoGrab values are also locked', async () => {
    await writePolicy(FULL_POLICY);
    const { policy, notices } = await load();
    expect(notices).toEqual([]);
    expect(policy).toEqual({
      source: 'file',
      kiosk: { enabled: true, idleResetSeconds: 120, exitPinHash: PIN_HASH, allowDeepLinks: true },
      autograb: FULL_POLICY.autograb,
      lockedSettings: ['maxOffer', 'baseUrl', 'tokenUrl', 'region', 'auState'],
      appraisal: { dealership: {}, reconPresets: null, locked: [] },
      updates: FULL_POLICY.updates,
      allowInsecureSecretStorage: true,
    });
  });

  test('the dealership profile and reconditioning presets apply; fixed presets and listed appraisal settings are locked', async () => {
    const dealership = { name: 'Kereta Jaya Sdn Bhd', ssm: '202301012345 (1234567-X)', address: 'Jalan Klang Lama, 58000 Kuala Lumpur', phone: '03-7981 2345', offerValidityDays: 5 };
    const reconPresets = [{ kind: 'puspakom', amount: 60 }, { kind: 'jpjTransfer', amount: 150 }];
    await writePolicy({ dealership, reconPresets, lockedSettings: ['maxOfferConfiguration', 'language'] });
    const { policy, notices } = await load();
    expect(notices).toEqual([]);
    expect(policy.appraisal).toEqual({ dealership, reconPresets, locked: ['maxOfferConfiguration', 'reconPresets'] });
    expect(policy.lockedSettings).toEqual(['language']);
  });

  test('an empty object is a valid policy with defaults', async () => {
    await writePolicy({});
    const { policy } = await load();
    expect(policy).toEqual({ ...NO_POLICY, source: 'file' });
  });

  test('a file not owned by the trusted owner (root) is ignored, naming the rule', async () => {
    await writePolicy(FULL_POLICY);
    const { policy, notices } = await load({ trustedOwnerUid: myUid + 1 });
    expect(policy).toBe(NO_POLICY);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ level: 'error', kind: 'policy-untrusted' });
    expect(notices[0]!.message).toContain(`it must be owned by user id ${myUid + 1}`);
    expect(logLines.join('\n')).toContain('policy ignored');
  });

  describe('the default trusted owner is root, whoever runs the app', () => {
    // Pretend the app runs as an ordinary user (uid 1000) even where the tests run as root,
    // so a default that fell back to the current user would be caught on every machine.
    beforeEach(() => {
      vi.spyOn(process, 'getuid').mockReturnValue(1000);
    });
    afterEach(() => {
      vi.restoreAllMocks();
    });

    test('a file owned by root is trusted', async () => {
      await writePolicy(FULL_POLICY);
      const { policy, notices } = await load({ trustedOwnerUid: undefined, fileAccess: fileAccessOwnedBy(0) });
      expect(notices).toEqual([]);
      expect(policy.kiosk.enabled).toBe(true);
    });

    test('a file owned by the user running the app (uid 1000) is ignored: that user could have written it', async () => {
      await writePolicy(FULL_POLICY);
      const { policy, notices } = await load({ trustedOwnerUid: undefined, fileAccess: fileAccessOwnedBy(1000) });
      expect(policy).toBe(NO_POLICY);
      expect(notices[0]!.message).toContain('it must be owned by root (it is owned by user id 1000)');
    });

    test('a file owned by another user is ignored', async () => {
      await writePolicy(FULL_POLICY);
      const { policy, notices } = await load({ trustedOwnerUid: undefined, fileAccess: fileAccessOwnedBy(4242) });
      expect(policy).toBe(NO_POLICY);
      expect(notices[0]!.message).toContain('it must be owned by root (it is owned by user id 4242)');
    });
  });

  test.each([0o664, 0o646, 0o666])('a file writable by group or others (mode %o) is ignored', async (mode) => {
    await writePolicy(FULL_POLICY, mode);
    const { policy, notices } = await load();
    expect(policy).toBe(NO_POLICY);
    expect(notices[0]!.message).toContain('must not be writable by group or others');
    expect(notices[0]!.message).toContain('chmod 644');
  });

  test('a symbolic link is never followed, even to a good file', async () => {
    const real = path.join(dir, 'real.json');
    await writeFile(real, JSON.stringify(FULL_POLICY));
    await chmod(real, 0o644);
    await symlink(real, file);
    const { policy, notices } = await load();
    expect(policy).toBe(NO_POLICY);
    expect(notices[0]!.message).toContain('symbolic link');
  });

  test('a directory in place of the file is ignored', async () => {
    await mkdir(file);
    const { notices } = await load();
    expect(notices[0]!.message).toContain('not a regular file');
  });

  test('an unreadable file is ignored with a reason, not a crash', async () => {
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    const { policy, notices } = await load({
      fileAccess: { open: () => Promise.reject(denied), lstat: () => Promise.reject(denied) },
    });
    expect(policy).toBe(NO_POLICY);
    expect(notices[0]!.message).toContain('not allowed to read it');
  });

  test('development builds skip the owner check (symlinks are still refused)', async () => {
    await writePolicy(FULL_POLICY, 0o666);
    const { policy } = await load({ isPackaged: false, trustedOwnerUid: myUid + 1 });
    expect(policy.kiosk.enabled).toBe(true);
  });

  test('corrupt JSON is rejected without quoting the file', async () => {
    await writePolicy('{"autograb": {"baseUrl": sec_abcdefgh12345678');
    const { policy, notices } = await load();
    expect(policy).toBe(NO_POLICY);
    expect(notices[0]).toMatchObject({ kind: 'policy-invalid' });
    expect(notices[0]!.message).toContain('not valid JSON');
    expect(notices[0]!.message + logLines.join()).not.toContain('sec_abcdefgh');
  });

  test.each([
    [{ kiosk: { idleResetSeconds: 10 } }, 'kiosk.idleResetSeconds: must be a whole number of seconds between 30 and 86400'],
    [{ kiosk: { idleResetSeconds: 90.5 } }, 'kiosk.idleResetSeconds: must be a whole number of seconds between 30 and 86400'],
    [{ kiosk: { idleResetSeconds: '120' } }, 'kiosk.idleResetSeconds: must be a whole number of seconds between 30 and 86400'],
    [{ kiosk: { enabled: 'yes' } }, 'kiosk.enabled: must be true or false'],
    [{ kiosk: { exitPinHash: '1234' } }, 'kiosk.exitPinHash: must look like scrypt$N$r$p$<salt>$<hash>'],
    [{ kiosk: { enabled: true, exitPin: '1234' } }, 'kiosk.exitPin: is not a setting Dealer Desk knows'],
    [{ kiosks: {} }, 'kiosks: is not a setting Dealer Desk knows'],
    [{ autograb: { baseUrl: 'http://api.autograb.example' } }, 'autograb.baseUrl: must be an https:// address'],
    [{ autograb: { baseUrl: 'https://user:pw@api.autograb.example' } }, 'autograb.baseUrl: must be an https:// address without a user name or password'],
    [{ autograb: { tokenUrl: 'not a url' } }, 'autograb.tokenUrl: must be an https:// address'],
    [{ autograb: { region: 'us' } }, 'autograb.region: must be one of my, au, nz, uk'],
    [{ autograb: { state: 'vic' } }, 'autograb.state: must be one of VIC'],
    [{ lockedSettings: ['region', 'password'] }, 'lockedSettings.1: must be one of region'],
    [{ lockedSettings: 'region' }, 'lockedSettings: must be a list of setting names'],
    [{ updates: { url: 'ftp://updates.example' } }, 'updates.url: must be an https:// address'],
    [{ updates: { channel: 'Beta Channel' } }, 'updates.channel: must be a channel name'],
    [{ updates: { maintenanceWindow: { start: '2:00', end: '04:00' } } }, 'updates.maintenanceWindow.start: must be a 24-hour time like "02:30"'],
    [{ updates: { maintenanceWindow: { start: '24:00', end: '04:00' } } }, 'updates.maintenanceWindow.start: must be a 24-hour time'],
    [{ updates: { maintenanceWindow: { start: '02:00', end: '02:00' } } }, 'updates.maintenanceWindow: start and end must differ'],
    [{ allowInsecureSecretStorage: 1 }, 'allowInsecureSecretStorage: must be true or false'],
    [{ dealership: { offerValidityDays: 0 } }, 'dealership.offerValidityDays: An offer stands for at least 1 day'],
    [{ dealership: { logo: 'logo.svg' } }, 'dealership.logo: is not a setting Dealer Desk knows'],
    [{ dealership: { phone: 'call us' } }, 'dealership.phone: Enter the phone number with digits only'],
    [{ reconPresets: [{ kind: 'tyres', amount: -5 }] }, 'reconPresets.0.amount: An amount cannot be negative'],
    [{ reconPresets: [{ kind: 'tyres', amount: 5 }, { kind: 'tyres', amount: 6 }] }, 'reconPresets: Each preset may appear only once'],
    [{ lockedSettings: ['dealerships'] }, 'lockedSettings.0: must be one of region'],
    [[], 'must be a JSON object'],
  ])('a bad value rejects the whole file: %j', async (content, message) => {
    // A good kiosk section next to the bad key must not be applied either.
    await writePolicy(Array.isArray(content) ? content : { kiosk: { enabled: true }, ...content });
    const { policy, notices } = await load();
    expect(policy).toBe(NO_POLICY);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.kind).toBe('policy-invalid');
    expect(notices[0]!.message).toContain(message);
  });

  test('a file larger than 64 KiB is refused unread', async () => {
    await writePolicy(JSON.stringify({ lockedSettings: Array(20_000).fill('region') }));
    const { notices } = await load();
    expect(notices[0]!.message).toContain('larger than 64 KiB');
  });
});

describe.skipIf(!posix)('loadPolicy: files and folders that could hang, fool or be swapped', () => {
  test('a FIFO at the policy path is refused at once instead of blocking start-up', async () => {
    execFileSync('mkfifo', [file]);
    const { policy, notices, status } = await load();
    expect(status).toBe('rejected');
    expect(policy).toBe(NO_POLICY);
    expect(notices[0]).toMatchObject({ kind: 'policy-untrusted' });
    expect(notices[0]!.message).toContain('not a regular file');
  });

  test('a socket at the policy path is refused', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(file, resolve));
    try {
      const { notices } = await load();
      expect(notices[0]!.message).toContain('not a regular file');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  test('the file is opened non-blocking and without following links', async () => {
    await writePolicy(FULL_POLICY);
    const flags: number[] = [];
    await load({ fileAccess: { open: (p, f) => (flags.push(f), open(p, f)), lstat } });
    expect(flags[0]! & constants.O_NONBLOCK).toBe(constants.O_NONBLOCK);
    expect(flags[0]! & constants.O_NOFOLLOW).toBe(constants.O_NOFOLLOW);
  });

  test('a key written twice rejects the file, naming the key and its line', async () => {
    await writePolicy('{\n  "kiosk": { "enabled": true },\n  "kiosk": { "enabled": false }\n}');
    const { policy, notices, problems } = await load();
    expect(policy).toBe(NO_POLICY);
    expect(notices[0]).toMatchObject({ kind: 'policy-invalid' });
    expect(notices[0]!.message).toContain('line 3, column 3: kiosk: appears twice');
    expect(problems.map((problem) => problem.rule)).toEqual(['duplicate-key']);
  });

  test('a nested duplicate is named by its full path', async () => {
    await writePolicy('{"updates": {"enabled": true, "enabled": false}}');
    const { notices } = await load();
    expect(notices[0]!.message).toContain('updates.enabled: appears twice');
  });

  test('a folder that non-administrators can write (no sticky bit) makes the policy untrusted', async () => {
    await writePolicy(FULL_POLICY);
    await chmod(dir, 0o777);
    const { policy, notices } = await load();
    expect(policy).toBe(NO_POLICY);
    expect(notices[0]).toMatchObject({ kind: 'policy-untrusted' });
    expect(notices[0]!.message).toContain('can be written by non-administrators');
  });

  test('a group-writable folder with the sticky bit (the provisioning set-up) is accepted', async () => {
    await writePolicy(FULL_POLICY);
    await chmod(dir, 0o1775);
    const { status, notices } = await load();
    expect(notices).toEqual([]);
    expect(status).toBe('applied');
  });

  test('a folder owned by someone else makes the policy untrusted', async () => {
    await writePolicy(FULL_POLICY);
    const { notices } = await load({ fileAccess: { open, lstat: async (p) => ({ ...(await lstat(p)), isSymbolicLink: () => false, isDirectory: () => true, uid: myUid + 7, mode: 0o40755 }) } });
    expect(notices[0]!.message).toContain(`its folder ${dir} must be owned by`);
  });

  test('every problem is counted in the notice, the first named', async () => {
    await writePolicy({ kiosk: { idleResetSeconds: 5, enabled: 'yes' }, kioskk: true });
    const { problems, notices } = await load();
    expect(problems).toHaveLength(3);
    expect(notices[0]!.message).toContain('and 2 more problems');
  });

  test('a UTF-8 byte-order mark is accepted', async () => {
    await writePolicy(`\uFEFF${JSON.stringify(FULL_POLICY)}`);
    expect((await load()).status).toBe('applied');
  });

  test('a UTF-16 file is refused with a plain reason', async () => {
    await writeFile(file, Buffer.from(`\uFEFF${JSON.stringify(FULL_POLICY)}`, 'utf16le'));
    await chmod(file, 0o644);
    const { notices } = await load();
    expect(notices[0]!.message).toContain('UTF-16, which is not supported');
  });
});

describe('loadPolicy on Windows (ACL reader injected)', () => {
  const ADMINS = 'S-1-5-32-544';
  const USERS = 'S-1-5-32-545';

  beforeEach(() => writePolicy(FULL_POLICY));

  test('owned by Administrators, writable only by Administrators and SYSTEM: trusted', async () => {
    const readAcl = async () => ({
      ownerSid: ADMINS,
      rules: [
        { sid: ADMINS, rights: 2032127, allow: true },
        { sid: 'S-1-5-18', rights: 2032127, allow: true },
        { sid: USERS, rights: 1179817 /* ReadAndExecute */, allow: true },
      ],
    });
    const { policy, notices } = await load({ platform: 'win32', readAcl });
    expect(notices).toEqual([]);
    expect(policy.kiosk.enabled).toBe(true);
  });

  test('owned by an ordinary user: ignored', async () => {
    const readAcl = async () => ({ ownerSid: 'S-1-5-21-1-2-3-1001', rules: [] });
    const { policy, notices } = await load({ platform: 'win32', readAcl });
    expect(policy).toBe(NO_POLICY);
    expect(notices[0]!.message).toContain('must be owned by Administrators or SYSTEM');
  });

  test('Users may modify it: ignored', async () => {
    const readAcl = async () => ({ ownerSid: ADMINS, rules: [{ sid: USERS, rights: 1245631 /* Modify */, allow: true }] });
    const { notices } = await load({ platform: 'win32', readAcl });
    expect(notices[0]!.message).toContain(`only Administrators and SYSTEM may change it (${USERS} can write to it)`);
  });

  test('the ACL cannot be read: ignored, not trusted by default', async () => {
    const readAcl = () => Promise.reject(new Error('powershell missing'));
    const { policy, notices } = await load({ platform: 'win32', readAcl });
    expect(policy).toBe(NO_POLICY);
    expect(notices[0]!.message).toContain('owner and permissions could not be checked');
  });
});
