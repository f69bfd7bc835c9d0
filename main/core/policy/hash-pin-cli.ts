/**
 * Prints the `kiosk.exitPinHash` value for a PIN, for administrators writing a
 * policy file. The PIN is read from standard input, not from the command line,
 * so it does not end up in shell history or the process list:
 *
 *   printf '%s' '48213957' | npx tsx main/core/policy/hash-pin-cli.ts
 */
import { hashExitPin } from './exit-pin';

const chunks: Buffer[] = [];
for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
const pin = Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
try {
  process.stdout.write(`${await hashExitPin(pin)}\n`);
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exitCode = 1;
}
