/**
 * Windows has no uid/mode bits: a policy file is trusted when its owner is
 * Administrators or SYSTEM and no other account may write to it.
 *
 * Node.js cannot read an ACL, and no well-kept package does without native
 * code, so one helper process remains: Windows PowerShell from System32 prints
 * the file's security descriptor as SDDL (`(Get-Acl).Sddl`, a plain property:
 * no .NET type is named, so it also runs in PowerShell's Constrained Language
 * mode under AppLocker/WDAC), and Node parses and judges it here
 * ({@link parseSddl}). If the helper cannot run, the file counts as untrusted
 * and a kiosk shows the attention screen: never a silent downgrade.
 * Limits: PowerShell must start (about a second, once per launch); deny rules
 * are not subtracted from allow rules, so an allow-write for Users with a
 * matching deny is still reported as writable (safe side); inherit-only
 * entries (which do not apply to the object itself) are ignored.
 */
import { execFile } from 'node:child_process';

/** Owner and access rules of a file, by SID. */
export interface WindowsAcl {
  ownerSid: string;
  rules: Array<{ sid: string; rights: number; allow: boolean }>;
}

/** Reads the ACL of a file; injectable so the judgement can be tested on any OS. */
export type WindowsAclReader = (filePath: string) => Promise<WindowsAcl>;

/** Administrators, SYSTEM and TrustedInstaller: the accounts allowed to own or write the policy. */
export const TRUSTED_WINDOWS_SIDS: ReadonlySet<string> = new Set([
  'S-1-5-32-544',
  'S-1-5-18',
  'S-1-5-80-956008885-3418522649-1831038044-1853292631-2271478464',
]);

/** FileSystemRights bits that let an account change the file or its permissions. */
const WRITE_RIGHTS =
  0x2 /* WriteData */ | 0x4 /* AppendData */ | 0x10 /* WriteExtendedAttributes */ | 0x100 /* WriteAttributes */ |
  0x10000 /* Delete */ | 0x40000 /* ChangePermissions */ | 0x80000 /* TakeOwnership */ | 0x10000000 /* GENERIC_ALL */ |
  0x40000000; /* GENERIC_WRITE */

/** Delete and WriteAttributes: what an account needs to delete a file (Node's unlink clears the read-only attribute first). */
const DELETE_RIGHTS = 0x10000 /* Delete */ | 0x100; /* WriteAttributes */

/** DeleteChild: on a folder, lets an account delete any file in it. */
const DELETE_CHILD = 0x40;

/** How {@link windowsAclProblem} judges the ACL. */
export interface WindowsAclJudgement {
  /** Other accounts may delete the file (the provisioning file the kiosk account removes). */
  allowDelete?: boolean;
  /** The ACL is a folder's: adding files (WriteData) and deleting children also count as writing. */
  folder?: boolean;
}

/** Why the ACL makes the file (or folder) untrustworthy, or null when only administrators control it. */
export function windowsAclProblem(acl: WindowsAcl, judgement: WindowsAclJudgement = {}): string | null {
  if (!TRUSTED_WINDOWS_SIDS.has(acl.ownerSid)) {
    return `it must be owned by Administrators or SYSTEM (owner is ${acl.ownerSid})`;
  }
  const forbidden = (WRITE_RIGHTS | (judgement.folder ? DELETE_CHILD : 0)) & ~(judgement.allowDelete ? DELETE_RIGHTS : 0);
  const writer = acl.rules.find((rule) => rule.allow && (rule.rights & forbidden) !== 0 && !TRUSTED_WINDOWS_SIDS.has(rule.sid));
  return writer ? `only Administrators and SYSTEM may change it (${writer.sid} can write to it)` : null;
}

/** Well-known SID aliases used in SDDL. An alias not listed stays as written and is never trusted. */
const SID_ALIASES: Readonly<Record<string, string>> = {
  BA: 'S-1-5-32-544',
  SY: 'S-1-5-18',
  BU: 'S-1-5-32-545',
  BG: 'S-1-5-32-546',
  PU: 'S-1-5-32-547',
  WD: 'S-1-1-0',
  AU: 'S-1-5-11',
  IU: 'S-1-5-4',
  AN: 'S-1-5-7',
  CO: 'S-1-3-0',
  CG: 'S-1-3-1',
  OW: 'S-1-3-4',
  NS: 'S-1-5-20',
  LS: 'S-1-5-19',
  AC: 'S-1-15-2-1',
};

/** SDDL access-right codes (file and generic meanings). */
const RIGHT_CODES: Readonly<Record<string, number>> = {
  GA: 0x10000000,
  GR: 0x80000000,
  GW: 0x40000000,
  GX: 0x20000000,
  RC: 0x20000,
  SD: 0x10000,
  WD: 0x40000,
  WO: 0x80000,
  CC: 0x1,
  DC: 0x2,
  LC: 0x4,
  SW: 0x8,
  RP: 0x10,
  WP: 0x20,
  DT: 0x40,
  LO: 0x80,
  CR: 0x100,
  FA: 0x1f01ff,
  FR: 0x120089,
  FW: 0x120116,
  FX: 0x1200a0,
};

/** Thrown for a security descriptor that cannot be read: the caller treats the file as untrusted. */
export class SddlError extends Error {}

function sidOf(text: string): string {
  return SID_ALIASES[text] ?? text;
}

function rightsOf(text: string): number {
  if (/^0x[0-9a-f]+$/i.test(text)) return Number.parseInt(text, 16);
  if (!/^([A-Z]{2})+$/.test(text)) throw new SddlError(`unknown access rights ${text}`);
  let rights = 0;
  for (const code of text.match(/[A-Z]{2}/g) ?? []) {
    const bits = RIGHT_CODES[code];
    if (bits === undefined) throw new SddlError(`unknown access right ${code}`);
    rights |= bits;
  }
  return rights >>> 0;
}

/**
 * Parses an SDDL string (`O:BAG:SYD:PAI(A;;FA;;;BA)(A;OICI;0x1200a9;;;BU)`)
 * into the owner and the DACL's access rules. Entries that are inherit-only
 * (`IO`) do not apply to the object and are left out; entries other than
 * allow (`A`) and deny (`D`) are refused, so nothing unknown is trusted.
 */
export function parseSddl(sddl: string): WindowsAcl {
  const owner = /O:([^:()]+?)(?=[GDS]:|$)/.exec(sddl)?.[1];
  if (!owner) throw new SddlError('the security descriptor has no owner');
  const dacl = /D:([A-Z]*)((?:\([^)]*\))*)/.exec(sddl);
  if (!dacl) throw new SddlError('the security descriptor has no access list');
  const rules: WindowsAcl['rules'] = [];
  for (const [, ace] of dacl[2]!.matchAll(/\(([^)]*)\)/g)) {
    const [type, flags, rights, , , sid] = ace!.split(';');
    if (type !== 'A' && type !== 'D') throw new SddlError(`unsupported access entry type ${type}`);
    if (sid === undefined || rights === undefined) throw new SddlError('an access entry is incomplete');
    if ((flags ?? '').includes('IO')) continue;
    rules.push({ sid: sidOf(sid), rights: rightsOf(rights), allow: type === 'A' });
  }
  return { ownerSid: sidOf(owner), rules };
}

/** Prints the SDDL only: a property of what a cmdlet returned, allowed in Constrained Language mode. */
const SCRIPT = '(Get-Acl -LiteralPath $env:DEALER_DESK_ACL_PATH).Sddl';

/**
 * The real reader: Windows PowerShell from System32 (not from PATH), with the
 * path passed in an environment variable so it is never parsed as script.
 */
export const readWindowsAcl: WindowsAclReader = (filePath) =>
  new Promise((resolve, reject) => {
    const systemRoot = process.env.SystemRoot ?? 'C:\\Windows';
    const powershell = `${systemRoot}\\System32\\WindowsPowerShell\\v1.0\\powershell.exe`;
    execFile(
      powershell,
      ['-NoProfile', '-NonInteractive', '-Command', SCRIPT],
      { env: { ...process.env, DEALER_DESK_ACL_PATH: filePath }, timeout: 15_000, windowsHide: true },
      (error, stdout) => {
        if (error) {
          reject(error);
          return;
        }
        try {
          resolve(parseSddl(stdout.trim()));
        } catch (parseError) {
          reject(parseError as Error);
        }
      },
    );
  });
