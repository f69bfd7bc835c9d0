/**
 * main/core and main/sandbox run in plain Node (the CLI, the bench, other
 * tools): nothing they import, directly or through another module of the
 * project, may be `electron` or an Electron-only package. The lint rule sees
 * one file at a time; this follows the whole import graph.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const ENTRY_POINTS = ['main/core/index.ts', 'main/sandbox/index.ts', 'main/sandbox/cli.ts'];
const ELECTRON_ONLY = /^(electron|electron-log|electron-store|electron-updater)(\/|$)/;
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g;

function resolveLocal(from: string, specifier: string): string {
  const base = path.resolve(path.dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
    if (/\.tsx?$/.test(candidate) && existsSync(candidate)) return candidate;
  }
  throw new Error(`cannot resolve ${specifier} from ${path.relative(root, from)}`);
}

/** Every package a file reachable from `entries` imports, with the file that imports it. */
function packagesReachableFrom(entries: string[]): Array<{ specifier: string; file: string }> {
  const seen = new Set<string>();
  const queue = entries.map((entry) => path.join(root, entry));
  const packages: Array<{ specifier: string; file: string }> = [];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2] ?? match[3]!;
      if (specifier.startsWith('.')) queue.push(resolveLocal(file, specifier));
      else packages.push({ specifier, file: path.relative(root, file) });
    }
  }
  expect(seen.size).toBeGreaterThan(40);
  return packages;
}

test('nothing reachable from main/core or main/sandbox imports Electron, even indirectly', () => {
  const offenders = packagesReachableFrom(ENTRY_POINTS).filter(({ specifier }) => ELECTRON_ONLY.test(specifier));
  expect(offenders).toEqual([]);
});

test('the walk does find Electron where it is really used (the composition root)', () => {
  const found = packagesReachableFrom(['main/index.ts']).filter(({ specifier }) => ELECTRON_ONLY.test(specifier));
  expect(found.map(({ specifier }) => specifier)).toEqual(expect.arrayContaining(['electron', 'electron-log/main']));
});
