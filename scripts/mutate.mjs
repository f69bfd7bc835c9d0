#!/usr/bin/env node
/**
 * `npm run mutate [-- <folder> ...]`: StrykerJS over the code that
 * guards money and secrets (the `mutate` list in stryker.config.mjs), or only
 * the part of it under the given folders.
 *
 * Each run writes Stryker's JSON report, merges it into
 * `reports/mutation/mutation.json` (files of the folders just measured are
 * replaced, files that no longer exist dropped, the others kept with their
 * date), writes the score per folder of the merged report into the
 * `mutation-scores` block of docs/testing.md and prints it. `--scores` prints that table without running.
 *
 * Runs are incremental per folder (Stryker's `--incremental`, state under
 * `.cache/stryker/`): a mutant is tested again only when its code or the tests
 * that covered it changed. `--force` tests every mutant again.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { AREAS } from '../stryker.config.mjs';
import { FOLDERS, mergeReports, scoreTable, withScoreBlock } from './mutation-report.mjs';

const LAST_RUN = 'reports/mutation/last-run.json';
const MERGED = 'reports/mutation/mutation.json';
const DOC = 'docs/testing.md';

const args = process.argv.slice(2);
const force = args.includes('--force');
if (args.includes('--scores')) {
  printScores();
  process.exit(0);
}

const scopes = args.filter((arg) => !arg.startsWith('--')).map((arg) => arg.replace(/\\/g, '/').replace(/\/+$/, ''));
const areas = scopes.length === 0 ? AREAS : AREAS.filter((area) => scopes.some((scope) => area.folder === scope || area.folder.startsWith(`${scope}/`)));
const globs = areas.flatMap((area) => area.mutate);
const tests = areas.flatMap((area) => area.tests);
if (areas.length === 0) {
  console.error(`Nothing to mutate under ${scopes.join(', ')}. Mutated here: ${FOLDERS.join(', ')}.`);
  process.exit(2);
}

rmSync(LAST_RUN, { force: true });
console.log(`Mutating ${globs.join(', ')}`);
// One incremental state per selection, so measuring one folder never discards another's.
const incrementalFile = `.cache/stryker/${areas.map((area) => area.folder.replace(/\//g, '-')).join('+')}.json`;
const strykerArgs = ['stryker', 'run', 'stryker.config.mjs', '--mutate', globs.join(','), '--testFiles', tests.join(','), '--incremental', '--incrementalFile', incrementalFile];
const run = spawnSync('npx', force ? [...strykerArgs, '--force'] : strykerArgs, {
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
if (!existsSync(LAST_RUN)) {
  console.error('Stryker wrote no report: nothing was measured.');
  process.exit(run.status || 1);
}
const lastRun = JSON.parse(readFileSync(LAST_RUN, 'utf8'));
const previous = existsSync(MERGED) ? JSON.parse(readFileSync(MERGED, 'utf8')) : null;
const merged = mergeReports(previous, lastRun, globs, new Date().toISOString(), existsSync);
writeFileSync(MERGED, `${JSON.stringify(merged, null, 1)}\n`);
writeFileSync(DOC, withScoreBlock(readFileSync(DOC, 'utf8'), merged, MERGED));
rmSync(LAST_RUN, { force: true });
printScores();
process.exit(run.status ?? 1);

function printScores() {
  if (!existsSync(MERGED)) {
    console.log(`No ${MERGED} yet: run \`npm run mutate\` first.`);
    return;
  }
  console.log(`\nMutation score per folder (${MERGED}):`);
  console.log(scoreTable(JSON.parse(readFileSync(MERGED, 'utf8'))));
}
