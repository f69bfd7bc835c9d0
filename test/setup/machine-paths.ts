/**
 * A guard that fails a test which opens, reads, writes or deletes anything
 * under the machine-wide Dealer Desk folders (`/etc/dealer-desk`,
 * `%ProgramData%\Dealer Desk`, `/Library/Application Support/Dealer Desk`).
 * On a kiosk those hold the real administrator policy and the one-time
 * `provisioning.json`, which the app deletes after importing it: a test must
 * never read the one or delete the other.
 *
 * The `node:fs` functions are wrapped (and ESM named imports re-synced), so
 * the guard sees every caller, app code and electron-store alike. A touched
 * path is refused with EACCES and recorded, and `test/setup/isolate-machine.ts`
 * fails the test that did it ({@link assertNoMachinePathUsed} after each test).
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import path from 'node:path';

/** The machine-wide folders, as each OS spells them. */
export function machineFolders(env: Readonly<Record<string, string | undefined>> = process.env): string[] {
  const programData = env.ProgramData || env.PROGRAMDATA || 'C:\\ProgramData';
  return ['/etc/dealer-desk', '/Library/Application Support/Dealer Desk', path.win32.join(programData, 'Dealer Desk')];
}

/** True when `target` is one of {@link machineFolders} or inside one (Windows paths compared without case). */
export function isMachinePath(target: unknown, folders: readonly string[] = machineFolders()): boolean {
  const text = target instanceof URL ? (target.protocol === 'file:' ? decodeURIComponent(target.pathname) : '') : Buffer.isBuffer(target) ? target.toString() : target;
  if (typeof text !== 'string' || text === '') return false;
  return folders.some((folder) => {
    const windows = folder.includes('\\');
    const candidate = windows ? path.win32.normalize(text).toLowerCase() : path.posix.normalize(text);
    const root = windows ? folder.toLowerCase() : folder;
    const separator = windows ? '\\' : '/';
    return candidate === root || candidate.startsWith(root + separator);
  });
}

const touched: string[] = [];

/** Paths under the machine folders touched since the last call (and forgets them). */
export function takeMachinePathViolations(): string[] {
  return touched.splice(0);
}

/** Throws, naming every path, when a machine path was touched since the last check. */
export function assertNoMachinePathUsed(): void {
  const violations = takeMachinePathViolations();
  if (violations.length > 0) {
    throw new Error(`This test used the machine's own Dealer Desk folders; point it at a temp folder instead:\n${violations.join('\n')}`);
  }
}

/** Functions whose first (and for copy/rename/link second) argument is a path. */
const GUARDED = [
  'access', 'appendFile', 'chmod', 'chown', 'copyFile', 'cp', 'createReadStream', 'createWriteStream', 'exists', 'lstat', 'mkdir',
  'open', 'opendir', 'readFile', 'readdir', 'readlink', 'realpath', 'rename', 'rm', 'rmdir', 'stat', 'symlink', 'truncate', 'unlink',
  'utimes', 'watch', 'writeFile', 'link',
] as const;

const INSTALLED = Symbol.for('dealer-desk.machine-path-guard');

function refusal(target: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`EACCES: a test tried to use the machine's own Dealer Desk folder: ${target}`), { code: 'EACCES' });
}

/** Wraps `name` on `owner` so a machine path is recorded and refused the way the function reports errors. */
function wrap(owner: Record<string, unknown>, name: string, style: 'sync' | 'callback' | 'promise'): void {
  const original = owner[name];
  if (typeof original !== 'function') return;
  const guarded = function (this: unknown, ...args: unknown[]) {
    const target = [args[0], args[1]].find((arg) => isMachinePath(arg));
    if (target !== undefined) {
      const shown = String(target instanceof URL ? target.href : target);
      touched.push(`${name}(${shown})`);
      if (style === 'promise') return Promise.reject(refusal(shown));
      const callback = args.at(-1);
      if (style === 'callback' && typeof callback === 'function') {
        process.nextTick(() => (callback as (error: Error) => void)(refusal(shown)));
        return undefined;
      }
      if (name === 'existsSync' || name === 'exists') return false;
      throw refusal(shown);
    }
    return (original as (...inner: unknown[]) => unknown).apply(this, args);
  };
  // Keep what hangs off the original (realpath.native, exists' promisify.custom, …): libraries such as fs-extra read it.
  const { length: _length, name: _name, prototype: _prototype, ...extras } = Object.getOwnPropertyDescriptors(original);
  Object.defineProperties(guarded, extras);
  owner[name] = guarded;
  if (typeof (original as { native?: unknown }).native === 'function') wrap(guarded as unknown as Record<string, unknown>, 'native', style);
}

/** Installs the guard once per worker. */
export function installMachinePathGuard(): void {
  const state = globalThis as Record<symbol, boolean>;
  if (state[INSTALLED]) return;
  state[INSTALLED] = true;
  const sync = fs as unknown as Record<string, unknown>;
  const promises = fs.promises as unknown as Record<string, unknown>;
  for (const name of GUARDED) {
    wrap(sync, name, 'callback');
    wrap(sync, `${name}Sync`, 'sync');
    wrap(promises, name, 'promise');
  }
  wrap(sync, 'existsSync', 'sync');
  syncBuiltinESMExports();
}
