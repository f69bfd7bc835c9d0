/**
 * Stryker JSON reports (mutation-testing-report-schema): merging one
 * folder's run into the committed report, and the score per folder.
 *
 * Score as Stryker defines it: detected / (detected + undetected), where
 * detected = Killed + Timeout and undetected = Survived + NoCoverage.
 * CompileError, RuntimeError and Ignored mutants are not counted.
 */

import { AREAS } from '../stryker.config.mjs';

/** The folders whose score docs/testing.md reports (the IPC entry is the dispatcher and the sender check). */
export const FOLDERS = AREAS.map((area) => area.folder);

/** True when `file` is matched by one of the `mutate` globs and by none of its `!` exclusions (forms used: `dir/**`/`*.ts`, `dir/*-x.ts`, a file). */
export function inScope(file, globs) {
  const matches = (glob) => new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*\//g, '(?:.*/)?').replace(/\*/g, '[^/]*')}$`).test(file);
  return globs.some((glob) => !glob.startsWith('!') && matches(glob)) && !globs.some((glob) => glob.startsWith('!') && matches(glob.slice(1)));
}

/**
 * The merged report: `previous` without the files `globs` cover and without
 * the files that no longer exist (`exists(path)` false: moved or deleted
 * since they were measured), plus every file of `lastRun`, each stamped with
 * the run's date. Test ids are prefixed by the run's date so that ids of
 * different runs cannot collide.
 */
export function mergeReports(previous, lastRun, globs, date, exists) {
  const prefix = `${date}/`;
  const retag = (ids) => (ids ?? []).map((id) => `${prefix}${id}`);
  const files = {};
  for (const [path, file] of Object.entries(previous?.files ?? {})) if (!inScope(path, globs) && exists(path)) files[path] = file;
  for (const [path, file] of Object.entries(lastRun.files)) {
    files[path] = {
      ...file,
      measuredAt: date,
      mutants: file.mutants.map((mutant) => ({ ...mutant, coveredBy: retag(mutant.coveredBy), killedBy: retag(mutant.killedBy) })),
    };
  }
  const testFiles = { ...(previous?.testFiles ?? {}) };
  for (const [path, testFile] of Object.entries(lastRun.testFiles ?? {})) {
    const tests = testFile.tests.map((test) => ({ ...test, id: `${prefix}${test.id}` }));
    testFiles[path] = { ...testFile, tests: [...(testFiles[path]?.tests ?? []).filter((test) => stillReferenced(test.id, files)), ...tests] };
  }
  return { ...lastRun, files, testFiles };
}

function stillReferenced(testId, files) {
  return Object.values(files).some((file) => file.mutants.some((m) => m.coveredBy?.includes(testId) || m.killedBy?.includes(testId)));
}

/** Counts per folder of {@link FOLDERS}. */
export function folderCounts(report) {
  const counts = new Map(FOLDERS.map((folder) => [folder, { killed: 0, timeout: 0, survived: 0, noCoverage: 0, ignored: 0, other: 0, measuredAt: null }]));
  for (const [path, file] of Object.entries(report.files)) {
    const folder = AREAS.find((area) => inScope(path, area.mutate))?.folder;
    if (folder === undefined) continue;
    const count = counts.get(folder);
    if (file.measuredAt && (count.measuredAt === null || file.measuredAt < count.measuredAt)) count.measuredAt = file.measuredAt;
    for (const mutant of file.mutants) {
      if (mutant.status === 'Killed') count.killed += 1;
      else if (mutant.status === 'Timeout') count.timeout += 1;
      else if (mutant.status === 'Survived') count.survived += 1;
      else if (mutant.status === 'NoCoverage') count.noCoverage += 1;
      else if (mutant.status === 'Ignored') count.ignored += 1;
      else count.other += 1;
    }
  }
  return counts;
}

/** Score in percent, or null when nothing was measured. */
export function score(count) {
  const detected = count.killed + count.timeout;
  const valid = detected + count.survived + count.noCoverage;
  return valid === 0 ? null : (100 * detected) / valid;
}

/** The rows of the score table: a header, then one row per folder of {@link FOLDERS}. */
function scoreRows(report) {
  const rows = [['folder', 'score', 'killed', 'timeout', 'survived', 'no cov', 'ignored', 'measured']];
  for (const [folder, count] of folderCounts(report)) {
    const value = score(count);
    rows.push([
      folder,
      value === null ? 'not measured' : `${value.toFixed(1)}%`,
      String(count.killed),
      String(count.timeout),
      String(count.survived),
      String(count.noCoverage),
      String(count.ignored),
      count.measuredAt?.slice(0, 10) ?? '-',
    ]);
  }
  return rows;
}

/** A plain-text table: folder, score, killed, timeout, survived, no coverage, ignored (static), date measured. */
export function scoreTable(report) {
  const rows = scoreRows(report);
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column])).join('  ')).join('\n');
}

const BLOCK_START = '<!-- mutation-scores:start -->';
const BLOCK_END = '<!-- mutation-scores:end -->';

/**
 * `doc` (docs/testing.md) with the text between the `mutation-scores` markers
 * replaced by the score table of `report` in Markdown, so the figures there
 * are always the measured ones. Throws when the markers are missing.
 */
export function withScoreBlock(doc, report, reportPath) {
  const start = doc.indexOf(BLOCK_START);
  const end = doc.indexOf(BLOCK_END);
  if (start === -1 || end < start) throw new Error(`No ${BLOCK_START} … ${BLOCK_END} block to update.`);
  const [header, ...rows] = scoreRows(report);
  const line = (cells) => `| ${cells.join(' | ')} |`;
  const table = [
    `Written by \`npm run mutate\` from \`${reportPath}\` (\`npm run mutate -- --scores\` prints it):`,
    '',
    line(header),
    line(header.map(() => '---')),
    ...rows.map(([folder, ...cells]) => line([`\`${folder}\``, ...cells])),
  ].join('\n');
  return `${doc.slice(0, start)}${BLOCK_START}\n${table}\n${doc.slice(end)}`;
}
