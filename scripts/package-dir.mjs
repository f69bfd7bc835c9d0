#!/usr/bin/env node
/**
 * `npm run package:dir`: the packaging step that can run on these machines.
 *
 * electron-builder normally downloads the Electron zip and, for installers,
 * its packaging tools: neither is reachable here. It can still assemble the
 * unpacked Linux app (`--linux dir`) from a local Electron folder
 * (`electronDist`). We give it a folder holding a stand-in `electron` file, so
 * the result (release/linux-unpacked/resources/app.asar, app-update.yml) is
 * the real packaged content around a fake binary. test/main/packaging.test.ts
 * checks what went into app.asar.
 *
 * The stand-in carries Electron's fuse wire (sentinel, version 1, 8 fuses at
 * Electron's defaults), so electron-builder flips the fuses in it exactly as
 * it would in the real binary, and the test reads them back with
 * @electron/fuses.
 *
 * Pass --skip-build to reuse an existing dist/.
 */
import { Buffer } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cache = join(root, '.cache');
const standIn = join(cache, 'electron-stand-in');

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`\npackage:dir: \`${command} ${args.join(' ')}\` failed`);
    process.exit(result.status ?? 1);
  }
}

if (!process.argv.includes('--skip-build')) run('npm', ['run', 'build']);

rmSync(standIn, { recursive: true, force: true });
mkdirSync(standIn, { recursive: true });
/** @electron/fuses' sentinel; the wire follows it: version byte, length byte, one ASCII '0'/'1' per fuse. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron's defaults: RunAsNode on, cookie encryption off, NODE_OPTIONS on, --inspect on, asar integrity off, only-asar off, V8 snapshot off, file:// privileges on. */
const DEFAULT_FUSES = '10110001';
writeFileSync(
  join(standIn, 'electron'),
  Buffer.concat([
    Buffer.from(`#!/bin/sh\n# fuse wire: ${FUSE_SENTINEL}`),
    Buffer.from([1, DEFAULT_FUSES.length]),
    Buffer.from(`${DEFAULT_FUSES}\necho "stand-in for the Electron binary (package:dir on a machine without Electron)" >&2\nexit 1\n`),
  ]),
);
chmodSync(join(standIn, 'electron'), 0o755);
rmSync(join(root, 'release', 'linux-unpacked'), { recursive: true, force: true });

run('npx', ['electron-builder', '--linux', 'dir', '--publish', 'never', `-c.electronDist=${standIn}`], {
  ELECTRON_BUILDER_CACHE: join(cache, 'electron-builder'),
  ELECTRON_SKIP_BINARY_DOWNLOAD: '1',
  CSC_IDENTITY_AUTO_DISCOVERY: 'false',
  // A development package: it keeps the .example update feed (build/require-update-feed.cjs).
  DEALER_DESK_DEV_BUILD: '1',
});
console.log(`\npackage:dir: ${join('release', 'linux-unpacked', 'resources', 'app.asar')}`);
