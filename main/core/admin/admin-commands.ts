/**
 * The administrator commands the packaged app answers instead of starting
 * (administrators do not have the source tree):
 *
 *   Dealer Desk --check-policy [path] [--kiosk-user NAME]
 *   Dealer Desk --hash-pin
 *
 * `--hash-pin` reads the PIN from a prompt without echo (twice), or from
 * standard input when that is not a terminal; never from an argument, which
 * would land in shell history and the process list. Plain Node: the same code
 * runs from a source checkout (check-policy-cli.ts, hash-pin-cli.ts).
 */
import { checkPolicy } from './check-policy';
import type { CheckPolicyOptions } from './check-policy';
import { exitPinProblem, hashExitPin } from '../policy/exit-pin';
import { policyPathFor } from '../policy/policy-path';

/** Where the commands read and write (process streams in the app; fakes in tests). */
export interface AdminIo {
  out(text: string): void;
  err(text: string): void;
  /** Reads one line without echoing it; rejects when cancelled (Ctrl+C) or when input ends. */
  readSecret(prompt: string): Promise<string>;
}

/** What the commands need besides I/O. */
export interface AdminCommandContext extends Pick<CheckPolicyOptions, 'lookupUser' | 'fileAccess' | 'readAcl' | 'trustedOwnerUid'> {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
}

/** The flags that make the app an administrator command instead of starting its window. */
export const ADMIN_FLAGS = ['--check-policy', '--hash-pin'] as const;

/** Whether `argv` asks for an administrator command. */
export function isAdminCommand(argv: readonly string[]): boolean {
  return argv.some((arg) => (ADMIN_FLAGS as readonly string[]).includes(arg));
}

const USAGE = 'Usage: "Dealer Desk" --check-policy [path to policy.json] [--kiosk-user NAME]   or   "Dealer Desk" --hash-pin';

async function runCheckPolicy(args: readonly string[], io: AdminIo, context: AdminCommandContext): Promise<number> {
  let policyPath: string | undefined;
  let kioskUser: string | undefined;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (arg === '--kiosk-user') {
      kioskUser = args[(i += 1)];
      if (!kioskUser) {
        io.err(`--kiosk-user needs the account name.\n${USAGE}\n`);
        return 2;
      }
    } else if (arg.startsWith('--')) {
      io.err(`Unknown option ${arg}.\n${USAGE}\n`);
      return 2;
    } else policyPath ??= arg;
  }
  const report = await checkPolicy({
    ...context,
    path: policyPath ?? policyPathFor(context.platform, context.env),
    ...(kioskUser === undefined ? {} : { kioskUser }),
  });
  io.out(`${report.lines.join('\n')}\n`);
  return report.exitCode;
}

async function runHashPin(args: readonly string[], io: AdminIo): Promise<number> {
  if (args.length > 0) {
    io.err('--hash-pin takes no arguments: never type the PIN on the command line (it stays in shell history). Run it alone and type the PIN at the prompt.\n');
    return 2;
  }
  let pin: string;
  try {
    pin = await io.readSecret('Exit PIN (at least 8 digits, not shown): ');
    const problem = exitPinProblem(pin);
    if (problem) {
      io.err(`${problem}\n`);
      return 1;
    }
    if ((await io.readSecret('The same PIN again: ')) !== pin) {
      io.err('The two PINs differ; nothing was printed. Try again.\n');
      return 1;
    }
  } catch {
    io.err('Cancelled; nothing was printed.\n');
    return 1;
  }
  io.out(`${await hashExitPin(pin)}\n`);
  return 0;
}

/**
 * Runs the administrator command in `argv` (process arguments, any position)
 * and resolves to its exit code; null when `argv` holds none.
 */
export async function runAdminCommand(argv: readonly string[], io: AdminIo, context: AdminCommandContext): Promise<number | null> {
  const index = argv.findIndex((arg) => (ADMIN_FLAGS as readonly string[]).includes(arg));
  if (index === -1) return null;
  const args = argv.slice(index + 1);
  return argv[index] === '--hash-pin' ? runHashPin(args, io) : runCheckPolicy(args, io, context);
}
