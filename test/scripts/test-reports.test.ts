/**
 * `npm test` never reports a run that did not happen: stale reports are not
 * reused, a runner without a report is a named failure, and a failing test
 * counts once whatever `describe` blocks surround it.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error -- plain JavaScript module without type declarations (scripts/ is not compiled).
import { playwrightTotals, runWithFreshReport, stepTotals, vitestTotals } from '../../scripts/test-reports.mjs';

const TEST_ALL = join(import.meta.dirname, '../../scripts/test-all.mjs');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dd-test-all-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A vitest JSON report with one file holding `tests` (status per test), inside a describe block. */
function vitestReport(tests: string[], fileStatus?: 'passed' | 'failed', message = '') {
  const failedTests = tests.filter((status) => status === 'failed').length;
  return {
    numFailedTests: failedTests,
    // vitest counts the file and the describe block as failed suites too.
    numFailedTestSuites: failedTests > 0 ? 2 : 0,
    numPassedTests: tests.filter((status) => status === 'passed').length,
    testResults: [
      {
        name: '/repo/test/a.test.ts',
        status: fileStatus ?? (failedTests > 0 ? 'failed' : 'passed'),
        message,
        assertionResults: tests.map((status, index) => ({ fullName: `block test ${index}`, status, ancestorTitles: ['block'] })),
      },
    ],
  };
}

describe('counting', () => {
  test('one failing test inside a describe block counts once', () => {
    expect(vitestTotals(vitestReport(['passed', 'failed', 'passed']))).toMatchObject({ passed: 2, failed: 1, failures: ['block test 1'] });
  });

  test('a test file that failed to load counts as one failure, naming the file', () => {
    const totals = vitestTotals(vitestReport([], 'failed', 'Cannot find module x'));
    expect(totals).toMatchObject({ passed: 0, failed: 1 });
    expect(totals.failures[0]).toBe('/repo/test/a.test.ts: Cannot find module x');
  });

  test('skipped and todo tests are not run, never passed', () => {
    expect(vitestTotals(vitestReport(['passed', 'skipped', 'todo', 'pending']))).toMatchObject({ passed: 1, skipped: 3, notRun: ['block test 1', 'block test 2', 'block test 3'] });
  });

  test('Playwright: flaky counts as passed; an error outside any test is a failure', () => {
    const report = { stats: { expected: 3, flaky: 1, unexpected: 0, skipped: 1 }, suites: [], errors: [{ message: 'globalSetup threw\nstack' }] };
    expect(playwrightTotals(report)).toMatchObject({ passed: 4, failed: 1, skipped: 1, failures: ['outside any test: globalSetup threw'] });
  });

  test('a runner that exited non-zero although its report shows no failure adds one failure', () => {
    const totals = stepTotals('vitest', { ok: false, report: vitestReport(['passed']), problem: null }, vitestTotals);
    expect(totals.failed).toBe(1);
    expect(totals.failures[0]).toMatch(/^vitest exited with an error/);
  });
});

describe('fresh reports only', () => {
  test("a runner that crashes before writing its report does not reuse the previous run's file", () => {
    const path = join(dir, 'vitest.json');
    writeFileSync(path, JSON.stringify(vitestReport(Array(910).fill('passed'))));
    const outcome = runWithFreshReport(path, () => spawnSync(process.execPath, ['-e', 'process.exit(1)']).status === 0);
    expect(outcome).toEqual({ ok: false, report: null, problem: 'wrote no report' });
    expect(stepTotals('vitest', outcome, vitestTotals)).toMatchObject({ passed: 0, failed: 1, failures: ['vitest wrote no report: none of its tests are counted'] });
  });

  test('a report written by the step is read', () => {
    const path = join(dir, 'vitest.json');
    const outcome = runWithFreshReport(path, () => {
      writeFileSync(path, JSON.stringify(vitestReport(['passed'])));
      return true;
    });
    expect(vitestTotals(outcome.report)).toMatchObject({ passed: 1, failed: 0 });
  });

  test('a half-written report is a failure, not a crash of the runner script', () => {
    const path = join(dir, 'vitest.json');
    const outcome = runWithFreshReport(path, () => {
      writeFileSync(path, '{"testResults": [');
      return false;
    });
    expect(outcome).toMatchObject({ report: null, problem: 'wrote a report that is not valid JSON' });
  });

  test.skipIf(process.platform === 'win32')('npm test with both runners crashing: 0 tests counted, both named as failed, exit code 1', () => {
    // Stand-ins for npx/npm: typecheck, lint and build pass; vitest and playwright die without a report.
    const bin = join(dir, 'bin');
    mkdirSync(bin);
    const script = '#!/bin/sh\ncase "$1" in vitest|playwright) exit 1;; esac\nexit 0\n';
    for (const name of ['npx', 'npm']) {
      writeFileSync(join(bin, name), script);
      chmodSync(join(bin, name), 0o755);
    }
    // Reports of an earlier, complete run.
    mkdirSync(join(dir, 'test-results'));
    writeFileSync(join(dir, 'test-results/vitest.json'), JSON.stringify(vitestReport(Array(900).fill('passed'))));
    writeFileSync(join(dir, 'test-results/playwright.json'), JSON.stringify({ stats: { expected: 10, flaky: 0, unexpected: 0, skipped: 0 }, suites: [] }));
    const result = spawnSync(process.execPath, [TEST_ALL], { cwd: dir, encoding: 'utf8', env: { ...process.env, PATH: `${bin}:${process.env.PATH}` } });
    const lines = result.stdout.trim().split('\n');
    expect(lines.at(-1)).toBe('2 passed, 2 failed, 0 skipped');
    expect(result.stdout).toContain('vitest wrote no report');
    expect(result.stdout).toContain('playwright wrote no report');
    expect(result.status).toBe(1);
    expect(() => readFileSync(join(dir, 'test-results/vitest.json'))).toThrow();
  });
});
