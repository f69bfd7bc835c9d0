/**
 * Where the administrator's policy file lives on each OS. The locations are
 * machine-wide folders only an administrator can write to, so a signed-in
 * salesperson cannot replace the policy (the loader checks that, too).
 */
import path from 'node:path';

/** Environment variable that points development builds at another policy file. */
export const POLICY_PATH_OVERRIDE_ENV = 'DEALER_DESK_POLICY_PATH';

/** File name of the one-time credential file placed beside the policy. */
export const PROVISIONING_FILE_NAME = 'provisioning.json';

/** The environment variables this module reads. */
export type PolicyEnv = Readonly<Record<string, string | undefined>>;

/**
 * The policy file path for `platform`. `DEALER_DESK_POLICY_PATH` is honoured
 * only when the app is not packaged: in an installed app it would let anyone
 * who can set an environment variable swap the administrator's policy.
 */
export function policyPathFor(platform: NodeJS.Platform, env: PolicyEnv, isPackaged = true): string {
  const override = env[POLICY_PATH_OVERRIDE_ENV];
  if (!isPackaged && override) return override;
  if (platform === 'win32') {
    return path.win32.join(env.ProgramData || env.PROGRAMDATA || 'C:\\ProgramData', 'Dealer Desk', 'policy.json');
  }
  if (platform === 'darwin') return '/Library/Application Support/Dealer Desk/policy.json';
  return '/etc/dealer-desk/policy.json';
}

/** The one-time provisioning file beside `policyPath` (same folder, same OS path rules). */
export function provisioningPathFor(policyPath: string, platform: NodeJS.Platform): string {
  const paths = platform === 'win32' ? path.win32 : path.posix;
  return paths.join(paths.dirname(policyPath), PROVISIONING_FILE_NAME);
}
