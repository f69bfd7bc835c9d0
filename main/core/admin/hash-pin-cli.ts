/**
 * Prints the `kiosk.exitPinHash` value for a PIN, from a source checkout (the
 * installed app: `"Dealer Desk" --hash-pin`). The PIN is read from a prompt
 * without echo, or from standard input, never from the command line:
 *
 *   npx tsx main/core/admin/hash-pin-cli.ts
 */
import { runAdminCommand } from './admin-commands';
import { terminalIo } from './terminal-io';

const io = terminalIo(process.stdin, process.stdout, process.stderr);
process.exitCode = (await runAdminCommand(['--hash-pin', ...process.argv.slice(2)], io, { platform: process.platform, env: process.env })) ?? 2;
