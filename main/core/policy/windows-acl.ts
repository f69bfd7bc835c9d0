/**
 * Windows has no uid/mode bits: a policy file is trusted when its owner is
 * Administrators or SYSTEM and no other account may write to it. We ask
 * PowerShell for the owner and the access rules as SIDs (names are translated,
 * SIDs are not) and judge them here. Limits: PowerShell must start (about a
 * second, once per launch); deny rules are not subtracted from allow rules, so
 * an allow-write for Users with a matching deny is still reported as writable
 * (safe side).
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

const SCRIPT = [
  '$acl = Get-Acl -LiteralPath $env:DEALER_DESK_ACL_PATH',
  '$sid = [System.Security.Principal.SecurityIdentifier]',
  '$rules = @($acl.GetAccessRules($true, $true, $sid) | ForEach-Object { @{ sid = $_.IdentityReference.Value; rights = [int64]$_.FileSystemRights; allow = ($_.AccessControlType -eq "Allow") } })',
  '@{ ownerSid = $acl.GetOwner($sid).Value; rules = $rules } | ConvertTo-Json -Compress -Depth 4',
].join('; ');

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
      ['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-Command', SCRIPT],
      { env: { ...process.env, DEALER_DESK_ACL_PATH: filePath }, timeout: 15_000, windowsHide: true },
      (error, stdout) => {
        if (error) {
          reject(error);
          return;
        }
        try {
          const parsed = JSON.parse(stdout) as { ownerSid: string; rules: WindowsAcl['rules'] | WindowsAcl['rules'][number] | null };
          // ConvertTo-Json writes a one-element array as a bare object.
          const rules = parsed.rules === null ? [] : Array.isArray(parsed.rules) ? parsed.rules : [parsed.rules];
          resolve({ ownerSid: String(parsed.ownerSid), rules });
        } catch (parseError) {
          reject(parseError as Error);
        }
      },
    );
  });
