#!/usr/bin/env node
/**
 * Writes dist/renderer/licences.json: the open-source packages that ship
 * inside Dealer Desk and their licences, for the About panel. Run by
 * `npm run build` after the three Vite builds.
 *
 * What ships: the packages Vite bundled into main, preload and renderer
 * (recorded by the build in .cache/bundled-packages/) plus the production
 * dependencies electron-builder copies into app.asar (package-lock.json
 * entries not marked dev). license-checker-rseidelsohn identifies each
 * package's licence and licence file; nothing here is written by hand.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import * as checker from 'license-checker-rseidelsohn';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'renderer', 'licences.json');
/** Licence texts longer than this are cut (a few packages ship their whole NOTICE history). */
const MAX_TEXT = 20_000;

/** `node_modules/...` folders (relative to the repo) that ship. */
function shippedFolders() {
  const folders = new Set();
  for (const mode of ['main', 'preload', 'renderer']) {
    const file = join(root, '.cache', 'bundled-packages', `${mode}.json`);
    if (!existsSync(file)) throw new Error(`licences: ${file} is missing; run the Vite builds first (npm run build).`);
    for (const folder of JSON.parse(readFileSync(file, 'utf8'))) folders.add(relative(root, folder).replaceAll('\\', '/'));
  }
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (path.startsWith('node_modules/') && !entry.dev && !entry.devOptional && !entry.optional) folders.add(path);
  }
  return folders;
}

const folders = shippedFolders();
const all = await promisify(checker.init)({ start: root });
/** The repo-relative folder of a checker entry. */
const folderOf = (info) => relative(root, info.path).replaceAll('\\', '/');
const packages = Object.entries(all)
  .filter(([, info]) => folders.has(folderOf(info)))
  .map(([key, info]) => {
    const at = key.lastIndexOf('@');
    const text = info.licenseFile && existsSync(info.licenseFile) ? readFileSync(info.licenseFile, 'utf8').trim() : '';
    return {
      name: key.slice(0, at),
      version: key.slice(at + 1),
      licence: Array.isArray(info.licenses) ? info.licenses.join(' OR ') : String(info.licenses ?? 'UNKNOWN'),
      repository: typeof info.repository === 'string' ? info.repository : null,
      text: text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}\n…` : text,
    };
  })
  .sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version, undefined, { numeric: true }));

const seen = new Set(Object.values(all).map(folderOf));
const missing = [...folders].filter((folder) => !seen.has(folder));
if (missing.length > 0) console.warn(`licences: no licence information found for ${missing.join(', ')}`);
writeFileSync(out, `${JSON.stringify({ generatedBy: 'license-checker-rseidelsohn', packages }, null, 1)}\n`);
console.log(`licences: ${packages.length} packages → ${relative(root, out)}`);
