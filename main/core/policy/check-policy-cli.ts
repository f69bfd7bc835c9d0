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
import { checkPolicyFile } from './policy-check';
import { policyPathFor } from './policy-path';

const path = process.argv[2] ?? policyPathFor(process.platform, process.env);
const report = await checkPolicyFile({ path, platform: process.platform });
process.stdout.write(report.stdout);
process.stderr.write(report.stderr);
process.exitCode = report.exitCode;
