/**
 * StrykerJS: mutation testing for the code that guards money and secrets
 * (`npm run mutate`, see docs/testing.md). Not part of `npm test`: a full run
 * takes far longer than CI's budget on 2 cores.
 *
 * `scripts/mutate.mjs` narrows `mutate` to one folder when given one, writes
 * the JSON report and merges it into `reports/mutation/mutation.json`.
 */

/**
 * What is mutated, folder by folder, and the test files that run against it
 * (Stryker's `testFiles`): each folder's own unit tests must kill its mutants.
 */
export const AREAS = [
  { folder: 'main/core/auth', mutate: ['main/core/auth/**/*.ts'], tests: ['test/core/auth/**/*.test.ts', 'test/core/autograb/**/*.test.ts'] },
  { folder: 'main/core/validation', mutate: ['main/core/validation/**/*.ts'], tests: ['test/core/validation/**/*.test.ts'] },
  { folder: 'main/core/policy', mutate: ['main/core/policy/**/*.ts'], tests: ['test/core/policy/**/*.test.ts', 'test/core/provisioning/**/*.test.ts'] },
  { folder: 'main/core/storage', mutate: ['main/core/storage/**/*.ts'], tests: ['test/main/core/storage/**/*.test.ts'] },
  // The IPC dispatcher, the sender check and the payload check every request passes; the handlers are not in scope.
  {
    folder: 'main/ipc',
    mutate: ['main/ipc/dispatcher.ts', 'main/ipc/sender.ts', 'main/ipc/trusted-senders.ts', 'main/ipc/parse-request.ts'],
    tests: ['test/main/ipc/**/*.test.ts'],
  },
  { folder: 'preload', mutate: ['preload/**/*.ts'], tests: ['test/preload/**/*.test.ts'] },
];

/** Every file glob that is mutated. */
export const MUTATE = AREAS.flatMap((area) => area.mutate);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  // Only the test files that import a mutated file run (vitest --related).
  vitest: { configFile: 'vite.config.ts', related: true },
  // Per test coverage: each mutant runs only the tests that reach it.
  coverageAnalysis: 'perTest',
  mutate: MUTATE,
  testFiles: AREAS.flatMap((area) => area.tests),
  // Module-level tables (e.g. the plate series lists) would each need a full
  // reload and every test: on 2 cores that is hours. They are reported as
  // Ignored, and counted in docs/testing.md.
  ignoreStatic: true,
  // The machine has 2 cores shared with other work.
  concurrency: 1,
  timeoutMS: 20_000,
  reporters: ['json', 'clear-text', 'progress-append-only'],
  jsonReporter: { fileName: 'reports/mutation/last-run.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: true, reportScoreTable: true },
  thresholds: { high: 90, low: 80, break: null },
  ignorePatterns: ['dist', 'release', 'test-results', 'playwright-report', 'reports', 'bench-results', '.cache', '.stryker-tmp'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
