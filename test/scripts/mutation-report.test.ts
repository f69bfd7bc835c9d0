/**
 * The committed mutation report and the scores in docs/testing.md show the
 * files as they are now: a run replaces its folder's files, drops files that
 * were moved or deleted since, and the table is written from the report.
 */
// @ts-expect-error -- plain JavaScript module without type declarations (scripts/ is not compiled).
import { mergeReports, withScoreBlock } from '../../scripts/mutation-report.mjs';

const mutant = (status: string, id = '1') => ({ id, status, mutatorName: 'x', location: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } }, coveredBy: ['t1'], killedBy: status === 'Killed' ? ['t1'] : [] });
const file = (...statuses: string[]) => ({ language: 'typescript', source: '', mutants: statuses.map((status, index) => mutant(status, String(index))) });
const report = (files: Record<string, ReturnType<typeof file>>) => ({ schemaVersion: '2', thresholds: { high: 90, low: 80 }, files, testFiles: {} });

const POLICY = ['main/core/policy/**/*.ts'];

describe('merging one folder into the committed report', () => {
  const previous = report({
    'main/core/policy/load-policy.ts': file('Survived'),
    'main/core/policy/check-policy-cli.ts': file('Survived'),
    'main/core/auth/clock.ts': file('Killed'),
    'main/core/auth/credentials.ts': file('Killed', 'Survived'),
  });
  const moved = new Set(['main/core/policy/check-policy-cli.ts', 'main/core/auth/clock.ts']);
  const merged = mergeReports(previous, report({ 'main/core/policy/load-policy.ts': file('Killed') }), POLICY, '2026-12-02T00:00:00.000Z', (path: string) => !moved.has(path));

  test('files that no longer exist are dropped, whichever folder they were in', () => {
    expect(Object.keys(merged.files).sort()).toEqual(['main/core/auth/credentials.ts', 'main/core/policy/load-policy.ts']);
  });

  test("the measured folder's files are replaced and dated; the others keep their own figures", () => {
    expect(merged.files['main/core/policy/load-policy.ts'].mutants.map((m: { status: string }) => m.status)).toEqual(['Killed']);
    expect(merged.files['main/core/policy/load-policy.ts'].measuredAt).toBe('2026-12-02T00:00:00.000Z');
    expect(merged.files['main/core/auth/credentials.ts']).toEqual(previous.files['main/core/auth/credentials.ts']);
  });
});

describe('the scores block of docs/testing.md', () => {
  const doc = 'Before\n<!-- mutation-scores:start -->\nold 12.3%\n<!-- mutation-scores:end -->\nAfter\n';
  const measured = report({ 'main/core/policy/load-policy.ts': { ...file('Killed', 'Killed', 'Killed', 'Survived', 'Ignored'), measuredAt: '2026-12-02T01:00:00.000Z' } as never });

  test('is rewritten from the report, the text around it kept', () => {
    const out = withScoreBlock(doc, measured, 'reports/mutation/mutation.json');
    expect(out).not.toContain('old 12.3%');
    expect(out.startsWith('Before\n<!-- mutation-scores:start -->\n')).toBe(true);
    expect(out.endsWith('\n<!-- mutation-scores:end -->\nAfter\n')).toBe(true);
    expect(out).toContain('| `main/core/policy` | 75.0% | 3 | 0 | 1 | 0 | 1 | 2026-12-02 |');
    expect(out).toContain('| `main/ipc` | not measured |');
  });

  test('a document without the markers is refused, not silently left stale', () => {
    expect(() => withScoreBlock('no markers here', measured, 'r.json')).toThrow(/mutation-scores/);
  });
});
