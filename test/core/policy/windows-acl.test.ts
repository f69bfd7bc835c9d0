/**
 * The Windows trust check reads the security descriptor as SDDL (what
 * `(Get-Acl).Sddl` prints, which also works in Constrained Language mode) and
 * judges it in Node. Anything it cannot read is untrusted, never guessed.
 */
import { SddlError, parseSddl, windowsAclProblem } from '../../../main/core/policy/windows-acl';

const ADMINS = 'S-1-5-32-544';
const KIOSK = 'S-1-5-21-1004336348-1177238915-682003330-1001';

test('the documented folder and policy ACLs (icacls … /grant:r Administrators F, SYSTEM F, Users RX) are trusted', () => {
  const policy = parseSddl('O:BAG:SYD:PAI(A;;FA;;;BA)(A;;FA;;;SY)(A;;0x1200a9;;;BU)');
  expect(policy).toEqual({
    ownerSid: ADMINS,
    rules: [
      { sid: ADMINS, rights: 0x1f01ff, allow: true },
      { sid: 'S-1-5-18', rights: 0x1f01ff, allow: true },
      { sid: 'S-1-5-32-545', rights: 0x1200a9, allow: true },
    ],
  });
  expect(windowsAclProblem(policy)).toBeNull();
  expect(windowsAclProblem(parseSddl('O:BAG:SYD:PAI(A;OICI;FA;;;BA)(A;OICI;FA;;;SY)(A;OICI;0x1200a9;;;BU)'), { folder: true })).toBeNull();
});

test('Users with modify rights, or Everyone with generic write: untrusted', () => {
  expect(windowsAclProblem(parseSddl('O:BAG:SYD:(A;;FA;;;BA)(A;;0x1301bf;;;BU)'))).toContain('S-1-5-32-545 can write to it');
  expect(windowsAclProblem(parseSddl('O:BAD:(A;;GW;;;WD)'))).toContain('S-1-1-0 can write to it');
});

test('owned by an ordinary account: untrusted', () => {
  expect(windowsAclProblem(parseSddl(`O:${KIOSK}G:SYD:(A;;FA;;;BA)`))).toContain('must be owned by Administrators or SYSTEM');
});

test('the provisioning file: the kiosk account may hold (R,D,WA) but not write the content', () => {
  const readDelete = parseSddl(`O:BAD:PAI(A;;FA;;;BA)(A;;FA;;;SY)(A;;0x130189;;;${KIOSK})`);
  expect(windowsAclProblem(readDelete, { allowDelete: true })).toBeNull();
  expect(windowsAclProblem(readDelete)).toContain('can write to it');
  expect(windowsAclProblem(parseSddl(`O:BAD:(A;;FA;;;BA)(A;;0x1301bf;;;${KIOSK})`), { allowDelete: true })).toContain('can write to it');
});

test('a folder where Users may add files (the ProgramData default) is not trusted', () => {
  expect(windowsAclProblem(parseSddl('O:SYG:SYD:(A;OICI;FA;;;SY)(A;OICI;FA;;;BA)(A;CI;DCLCRPCR;;;BU)'), { folder: true })).toContain('S-1-5-32-545');
});

test('inherit-only entries do not apply to the file itself', () => {
  expect(windowsAclProblem(parseSddl('O:BAD:(A;;FA;;;BA)(A;OICIIO;GA;;;CO)'))).toBeNull();
});

test.each(['', 'garbage', 'O:BAG:SY', 'O:BAD:(OA;;FA;;;BU)', 'O:BAD:(A;;ZZ;;;BU)', 'O:BAD:(A;;FA)'])('an unreadable descriptor %j is an error, not trust', (sddl) => {
  expect(() => parseSddl(sddl)).toThrow(SddlError);
});

test('rights written as hex (any case) or as codes combine into one mask; read-only generic rights never count as writing', () => {
  expect(parseSddl('O:BAD:(A;;0x1200A9;;;BU)(A;;GRGX;;;WD)(A;;0x1f01ff;;;SY)').rules).toEqual([
    { sid: 'S-1-5-32-545', rights: 0x1200a9, allow: true },
    { sid: 'S-1-1-0', rights: 0xa0000000, allow: true },
    { sid: 'S-1-5-18', rights: 0x1f01ff, allow: true },
  ]);
  expect(windowsAclProblem(parseSddl('O:BAD:(A;;GRGX;;;WD)(A;;FR;;;AU)'))).toBeNull();
});

test('a deny rule is read as a deny and never makes an account a writer', () => {
  const acl = parseSddl('O:BAD:(D;;FA;;;BU)(A;;FA;;;BA)');
  expect(acl.rules[0]).toEqual({ sid: 'S-1-5-32-545', rights: 0x1f01ff, allow: false });
  expect(windowsAclProblem(acl)).toBeNull();
});

test('an owner given as a full SID, and an alias Dealer Desk does not list, stay as written and are not trusted', () => {
  expect(parseSddl('O:S-1-5-32-544G:SYD:(A;;FA;;;XX)')).toEqual({ ownerSid: 'S-1-5-32-544', rules: [{ sid: 'XX', rights: 0x1f01ff, allow: true }] });
  expect(windowsAclProblem(parseSddl('O:BAD:(A;;FA;;;XX)'))).toContain('XX can write to it');
});

test('SYSTEM or TrustedInstaller as owner is trusted; a folder grant of delete-child to Users is not, unless it is only for files', () => {
  expect(windowsAclProblem(parseSddl('O:SYD:(A;;FA;;;SY)'))).toBeNull();
  expect(windowsAclProblem({ ownerSid: 'S-1-5-80-956008885-3418522649-1831038044-1853292631-2271478464', rules: [] })).toBeNull();
  const deleteChild = { ownerSid: 'S-1-5-32-544', rules: [{ sid: 'S-1-5-32-545', rights: 0x40, allow: true }] };
  expect(windowsAclProblem(deleteChild, { folder: true })).toContain('S-1-5-32-545 can write to it');
  expect(windowsAclProblem(deleteChild)).toBeNull();
});

test('lower-case right codes and a rule without its account are errors, not trust', () => {
  expect(() => parseSddl('O:BAD:(A;;fa;;;BU)')).toThrow(SddlError);
  expect(() => parseSddl('O:BAD:(A;;FA)')).toThrow('incomplete');
});

test.each([
  ['hex with letters before it', 'GW0x0'],
  ['hex with letters after it', '0x0GW'],
  ['codes after another character', '1GW'],
  ['codes followed by another character', 'GW1'],
  ['an odd letter after the codes', 'GWX'],
])('rights that are only partly readable (%s: %s) are an error, never read as fewer rights', (_label, rights) => {
  expect(() => parseSddl(`O:BAD:(A;;${rights};;;BU)`)).toThrow(new SddlError(`unknown access rights ${rights}`));
});

test('each unreadable descriptor says what is wrong with it (the checker and the log show it)', () => {
  expect(() => parseSddl('G:SYD:(A;;FA;;;BA)')).toThrow(new SddlError('the security descriptor has no owner'));
  expect(() => parseSddl('O:BA')).toThrow(new SddlError('the security descriptor has no access list'));
  expect(() => parseSddl('O:BAD:(OA;;FA;;;BU)')).toThrow(new SddlError('unsupported access entry type OA'));
  expect(() => parseSddl('O:BAD:(A;;FAZZ;;;BU)')).toThrow(new SddlError('unknown access right ZZ'));
  expect(() => parseSddl('O:BAD:(A;;FA;;)')).toThrow(new SddlError('an access entry is incomplete'));
});
