/**
 * How `npm test` (scripts/test-all.mjs) turns each runner's JSON report into
 * counts, without ever reporting a run that did not happen:
 * - the report is deleted before the step, so a runner that crashed before
 *   writing one cannot hand on the previous run's numbers;
 * - a step that wrote no (readable, fresh) report counts as one failure, named;
 * - failures are counted per test, not per `describe` block, plus one per
 *   test file that failed on its own (import error, failing hook);
 * - a runner that exited non-zero with no failure in its report is one failure.
 */
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';

/**
 * Deletes `reportPath`, runs `step` (which returns true when the runner
 * exited 0), and returns the report only when the step wrote a new one.
 */
export function runWithFreshReport(reportPath, step) {
  rmSync(reportPath, { force: true });
  const startedAt = Date.now();
  const ok = step();
  if (!existsSync(reportPath)) return { ok, report: null, problem: 'wrote no report' };
  // File times can be coarser than Date.now(); a second of slack still rejects any earlier run's file.
  if (statSync(reportPath).mtimeMs < startedAt - 1_000) return { ok, report: null, problem: 'left a report older than this run' };
  try {
    return { ok, report: JSON.parse(readFileSync(reportPath, 'utf8')), problem: null };
  } catch {
    return { ok, report: null, problem: 'wrote a report that is not valid JSON' };
  }
}

/** Counts from vitest's JSON reporter. `failures` names each failed test or file. */
export function vitestTotals(report) {
  const totals = { passed: 0, failed: 0, skipped: 0, notRun: [], failures: [] };
  for (const file of report.testResults ?? []) {
    const tests = file.assertionResults ?? [];
    for (const test of tests) {
      if (test.status === 'passed') totals.passed += 1;
      else if (test.status === 'failed') {
        totals.failed += 1;
        totals.failures.push(test.fullName);
      } else {
        totals.skipped += 1;
        totals.notRun.push(test.fullName);
      }
    }
    // A file that failed with no failed test (it did not load, or a hook threw) is one failure.
    if (file.status === 'failed' && !tests.some((test) => test.status === 'failed')) {
      totals.failed += 1;
      totals.failures.push(`${file.name}: ${file.message || 'the file failed outside any test'}`);
    }
  }
  return totals;
}

/** Counts from Playwright's JSON reporter; flaky tests (passed on retry) count as passed. */
export function playwrightTotals(report) {
  const totals = { passed: report.stats.expected + report.stats.flaky, failed: report.stats.unexpected, skipped: report.stats.skipped, notRun: [], failures: [] };
  walkSpecs(report.suites ?? [], [], (title, test) => {
    if (test.status === 'skipped') {
      const reason = (test.annotations ?? []).map((annotation) => annotation.description).filter(Boolean).join('; ');
      totals.notRun.push(`${title}${reason ? ` (${reason})` : ''}`);
    } else if (test.status === 'unexpected') totals.failures.push(title);
  });
  // Errors outside any test (config, global setup) leave `unexpected` at 0.
  for (const error of report.errors ?? []) {
    totals.failed += 1;
    totals.failures.push(`outside any test: ${String(error.message ?? error).split('\n')[0]}`);
  }
  return totals;
}

function walkSpecs(suites, path, visit) {
  for (const suite of suites) {
    const here = suite.title ? [...path, suite.title] : path;
    for (const spec of suite.specs ?? []) for (const test of spec.tests ?? []) visit([...here, spec.title].join(' › '), test);
    walkSpecs(suite.suites ?? [], here, visit);
  }
}

/**
 * The counts one runner step adds to the total: its report's counts, or one
 * named failure when it wrote no fresh report, plus one when it exited
 * non-zero although its report shows no failure.
 */
export function stepTotals(label, { ok, report, problem }, totalsOf) {
  if (report === null) {
    return { passed: 0, failed: 1, skipped: 0, notRun: [], failures: [`${label} ${problem}: none of its tests are counted`] };
  }
  const totals = totalsOf(report);
  if (!ok && totals.failed === 0) {
    totals.failed += 1;
    totals.failures.push(`${label} exited with an error although its report shows no failed test (see its output above)`);
  }
  return totals;
}
