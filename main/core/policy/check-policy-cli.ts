/**
 * Checks a policy file exactly as the installed app will read it (trust rules
 * and schema), so an administrator can validate a kiosk's policy before
 * deploying it:
 *
 *   sudo npx tsx main/core/policy/check-policy-cli.ts /etc/dealer-desk/policy.json
 *
 * Without an argument it checks this OS's managed location. Prints the
 * settings the app would apply, or why it would ignore the file; exits 1 when
 * the file would be ignored.
 */
import { loadPolicy } from './load-policy';
import { policyPathFor } from './policy-path';

const path = process.argv[2] ?? policyPathFor(process.platform, process.env);
// `isPackaged: true`: the trust rules of an installed app, not a development build's.
const { policy, notices } = await loadPolicy({ path, isPackaged: true, platform: process.platform });
if (notices.length > 0) {
  for (const notice of notices) process.stderr.write(`IGNORED: ${notice.message}\n`);
  process.exitCode = 1;
} else if (policy.source === 'none') {
  process.stdout.write(`No policy file at ${path}: Dealer Desk runs with no policy (no kiosk, nothing locked).\n`);
} else {
  process.stdout.write(`OK: ${path} is trusted and valid. Dealer Desk will apply:\n${JSON.stringify(policy, null, 2)}\n`);
}
