/**
 * The administrator commands from a source checkout; the installed app runs
 * the same code for `--check-policy` (see admin-commands.ts):
 *
 *   sudo npx tsx main/core/admin/check-policy-cli.ts /etc/dealer-desk/policy.json --kiosk-user kiosk
 *
 * Without a path it checks this OS's managed location. Exits 1 on any problem.
 */
import { runAdminCommand } from './admin-commands';
import { terminalIo } from './terminal-io';

const io = terminalIo(process.stdin, process.stdout, process.stderr);
process.exitCode = (await runAdminCommand(['--check-policy', ...process.argv.slice(2)], io, { platform: process.platform, env: process.env })) ?? 2;
