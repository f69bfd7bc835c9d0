#!/usr/bin/env node
/**
 * `npm test`: every check and test, then one honest total.
 *
 * Steps: typecheck, lint, vitest (unit, integration, Electron glue with the
 * electron test double), production build, Playwright (renderer in real
 * Chromium with the real main-process dispatcher; real-Electron tests where a
 * binary exists). Skipped tests are listed as NOT RUN and never counted as
 * passed. The browser is found (or installed once with Playwright) before the
 * Playwright run; where none can be had, the run fails with install
 * instructions instead of skipping the browser suite. Each runner's JSON
 * report is deleted before its step, and a step that writes no fresh report
 * counts as failed (scripts/test-reports.mjs). The last line is
 * `N passed, N failed, N skipped`; the exit code is non-zero when anything
 * failed.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { ensureBrowser } from './find-browser.mjs';
import { playwrightTotals, runWithFreshReport, stepTotals, vitestTotals } from './test-reports.mjs';

const results = 'test-results';
mkdirSync(results, { recursive: true });
let passed = 0;
let failed = 0;
let skipped = 0;
const notRun = [];
const failures = [];

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  // npx/npm are .cmd scripts on Windows, which only a shell can start.
  const outcome = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env }, shell: process.platform === 'win32' });
  return outcome.status === 0;
}

/** Adds one runner's counts (see test-reports.mjs: a step without a fresh report is a named failure). */
function addStep(label, outcome, totalsOf) {
  const totals = stepTotals(label, outcome, totalsOf);
  passed += totals.passed;
  failed += totals.failed;
  skipped += totals.skipped;
  notRun.push(...totals.notRun);
  failures.push(...totals.failures);
  if (outcome.report === null) console.log(`FAILED: ${label} ${outcome.problem}`);
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
addStep(
  'vitest',
  runWithFreshReport(vitestJson, () => run('vitest', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${vitestJson}`])),
  vitestTotals,
);

const built = run('build', 'npm', ['run', 'build']);
const browser = built ? ensureBrowser() : null;
if (!built) {
  failed += 1;
  console.log('FAILED: build');
} else if (!browser?.path) {
  failed += 1;
  console.log(`FAILED: no browser for the renderer tests, so they did not run.\n${browser?.message ?? ''}`);
} else {
  console.log(`\nRenderer tests use ${browser.path} (${browser.source}${browser.installed ? ', just installed' : ''})`);
  // Playwright resolves a relative report path against the config's folder.
  const pwJson = resolve(`${results}/playwright.json`);
  addStep(
    'playwright',
    runWithFreshReport(pwJson, () =>
      run('playwright', 'npx', ['playwright', 'test', '--config', 'test/playwright.config.ts'], {
        PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson,
        CHROMIUM_PATH: browser.path,
      }),
    ),
    playwrightTotals,
  );
}

if (failures.length > 0) {
  console.log(`\nFAILED (${failures.length}):`);
  for (const name of failures) console.log(`  - ${name}`);
}
if (notRun.length > 0) {
  console.log(`\nNOT RUN (${notRun.length}; these are not counted as passed):`);
  for (const name of notRun) console.log(`  - ${name}`);
}
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
