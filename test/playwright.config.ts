/**
 * Playwright: two projects.
 * - `web`: the production renderer build in real Debian Chromium, with
 *   `window.dealerDesk` backed by the real main-process dispatcher and core
 *   against the AutoGrab sandbox (test/e2e-web).
 * - `electron`: the real app through `_electron`; runs only where an Electron
 *   binary exists (ELECTRON_PATH), otherwise each test reports itself skipped.
 */
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  outputDir: '../test-results/playwright',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list'], ['json']],
  use: { trace: 'retain-on-failure' },
  projects: [
    {
      name: 'web',
      testMatch: 'e2e-web/**/*.spec.ts',
      // A dealer workstation: 1280×800 (the README screenshots), Malaysian time and English UI by default.
      use: { viewport: { width: 1280, height: 800 }, locale: 'en-MY', timezoneId: 'Asia/Kuala_Lumpur' },
    },
    { name: 'electron', testMatch: 'e2e-electron/**/*.spec.ts' },
  ],
});
