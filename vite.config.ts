/**
 * One Vite config for the whole app, selected by `--mode`:
 * - `renderer` (default): the React UI, built to `dist/renderer` with relative
 *   paths so Electron can serve it from the `app://` protocol.
 * - `main`: the Electron main process, an ES module bundle in `dist/main`.
 *   Electron and the packages that must stay on disk (electron-store,
 *   electron-updater, electron-log) are left external.
 * - `preload`: one CommonJS file, because sandboxed preloads cannot load ESM.
 * The `test` block configures vitest; `electron` is replaced by a test double
 * because there is no Electron binary on the build machines.
 */
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import type { ViteUserConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));
const nodeExternals = [
  'electron',
  'electron-store',
  'electron-updater',
  'electron-log',
  /^electron-log\//,
  ...builtinModules,
  ...builtinModules.map((name) => `node:${name}`),
];

const testConfig: ViteUserConfig['test'] = {
  // The renderer build sets Vite's root to renderer/; tests live under the repo root.
  root,
  globals: true,
  include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
  exclude: ['test/e2e-web/**', 'test/e2e-electron/**', 'node_modules/**'],
  alias: { electron: `${root}test/mocks/electron.ts` },
  // Every test file: policy and provisioning in a temp folder, and a guard against the machine's own (test/setup).
  setupFiles: [`${root}test/setup/isolate-machine.ts`],
  server: { deps: { inline: ['electron-store', 'conf'] } },
  // A cap, not a timing: at load 20 on 2 cores, CPU-heavy tests (first app boot, schema validation, scrypt) took 20-25 s.
  testTimeout: 60_000,
  hookTimeout: 20_000,
};

export default defineConfig(({ mode }) => {
  if (mode === 'main') {
    return {
      build: {
        outDir: 'dist/main',
        emptyOutDir: true,
        target: 'node22',
        ssr: 'main/index.ts',
        sourcemap: true,
        rollupOptions: { external: nodeExternals, output: { format: 'es', entryFileNames: 'index.js' } },
      },
    };
  }
  if (mode === 'preload') {
    return {
      build: {
        outDir: 'dist/preload',
        emptyOutDir: true,
        target: 'chrome140',
        ssr: 'preload/index.ts',
        rollupOptions: { external: ['electron'], output: { format: 'cjs', entryFileNames: 'index.cjs' } },
      },
    };
  }
  return {
    root: 'renderer',
    base: './',
    plugins: [react()],
    build: { outDir: '../dist/renderer', emptyOutDir: true, target: 'chrome140' },
    test: testConfig,
  };
});
