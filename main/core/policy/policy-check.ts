/**
 * What the administrator's policy checker (`check-policy-cli.ts`) reports for
 * a file: exactly what the installed app would do with it, apply it or ignore
 * it and why. Separate from the CLI so the report can be tested in-process,
 * with the file owner given through the file-access seam.
 */
import type { FileAccess } from './file-trust';
import { loadPolicy } from './load-policy';

/** Inputs of {@link checkPolicyFile}. */
export interface PolicyCheckOptions {
  path: string;
  platform: NodeJS.Platform;
  /** The real file system unless a test passes its own. */
  fileAccess?: FileAccess;
}

/** The checker's verdict: the text for stdout and stderr, and the exit code (1 when the app would ignore the file). */
export interface PolicyCheckReport {
  exitCode: 0 | 1;
  stdout: string;
  stderr: string;
}

/** Checks `path` with the trust rules of an installed app (`isPackaged: true`, trusted owner root). */
export async function checkPolicyFile(options: PolicyCheckOptions): Promise<PolicyCheckReport> {
  const { path } = options;
  const { policy, notices } = await loadPolicy({ path, isPackaged: true, platform: options.platform, fileAccess: options.fileAccess });
  if (notices.length > 0) {
    return { exitCode: 1, stdout: '', stderr: notices.map((notice) => `IGNORED: ${notice.message}\n`).join('') };
  }
  if (policy.source === 'none') {
    return { exitCode: 0, stdout: `No policy file at ${path}: Dealer Desk runs with no policy (no kiosk, nothing locked).\n`, stderr: '' };
  }
  return { exitCode: 0, stdout: `OK: ${path} is trusted and valid. Dealer Desk will apply:\n${JSON.stringify(policy, null, 2)}\n`, stderr: '' };
}
