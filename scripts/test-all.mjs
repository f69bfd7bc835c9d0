#!/usr/bin/env node
/**
 * `npm test`: every check and test, then one honest total.
 *
 * Steps: typecheck, lint, vitest (unit, integration, Electron glue with the
 * electron test double), production build, Playwright (renderer in real
 * Chromium with the real main-process dispatcher; real-Electron tests where a
 * binary exists). Skipped tests are listed as NOT RUN and never counted as
 * passed. The last line is `N passed, N failed, N skipped`; the exit code is
 * non-zero when anything failed.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';

const results = 'test-results';
mkdirSync(results, { recursive: true });
let passed = 0;
let failed = 0;
let skipped = 0;
const notRun = [];

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  // npx/npm are .cmd scripts on Windows, which only a shell can start.
  const outcome = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env }, shell: process.platform === 'win32' });
  return outcome.status === 0;
}

function check(label, command, args) {
  if (run(label, command, args)) {
    passed += 1;
  } else {
    failed += 1;
    console.log(`FAILED: ${label}`);
  }
}

check('typecheck', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
// eslint, then the import direction and cycle rules (.dependency-cruiser.cjs).
check('lint', 'npm', ['run', 'lint']);

const vitestJson = `${results}/vitest.json`;
const vitestOk = run('vitest', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${vitestJson}`]);
if (existsSync(vitestJson)) {
  const report = JSON.parse(readFileSync(vitestJson, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests + (report.numFailedTestSuites ?? 0) - countFailedSuitesWithFailedTests(report);
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  for (const file of report.testResults ?? []) {
    for (const test of file.assertionResults ?? []) {
      if (test.status === 'pending' || test.status === 'skipped' || test.status === 'todo') notRun.push(test.fullName);
    }
  }
  if (!vitestOk && report.numFailedTests === 0 && (report.numFailedTestSuites ?? 0) === 0) failed += 1;
} else {
  failed += 1;
  console.log('FAILED: vitest wrote no report');
}

const built = run('build', 'npm', ['run', 'build']);
if (!built) {
  failed += 1;
  console.log('FAILED: build');
} else {
  // Playwright resolves a relative report path against the config's folder.
  const pwJson = resolve(`${results}/playwright.json`);
  const pwOk = run('playwright', 'npx', ['playwright', 'test', '--config', 'test/playwright.config.ts'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson,
  });
  if (existsSync(pwJson)) {
    const report = JSON.parse(readFileSync(pwJson, 'utf8'));
    passed += report.stats.expected + report.stats.flaky;
    failed += report.stats.unexpected;
    skipped += report.stats.skipped;
    collectSkipped(report.suites ?? [], []);
    if (!pwOk && report.stats.unexpected === 0) {
      failed += 1;
      console.log('FAILED: playwright exited non-zero (see above)');
    }
  } else {
    failed += 1;
    console.log('FAILED: playwright wrote no report');
  }
}

if (notRun.length > 0) {
  console.log(`\nNOT RUN (${notRun.length}; these are not counted as passed):`);
  for (const name of notRun) console.log(`  - ${name}`);
}
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);

function countFailedSuitesWithFailedTests(report) {
  // A suite that failed because its tests failed is already counted per test.
  return (report.testResults ?? []).filter(
    (file) => file.status === 'failed' && (file.assertionResults ?? []).some((t) => t.status === 'failed'),
  ).length;
}

function collectSkipped(suites, path) {
  for (const suite of suites) {
    const here = suite.title ? [...path, suite.title] : path;
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status === 'skipped') {
          const reason = (test.annotations ?? []).map((a) => a.description).filter(Boolean).join('; ');
          notRun.push(`${[...here, spec.title].join(' › ')}${reason ? ` (${reason})` : ''}`);
        }
      }
    }
    collectSkipped(suite.suites ?? [], here);
  }
}
