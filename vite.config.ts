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
import { mkdirSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
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

/**
 * Records which installed packages ended up inside this bundle, as their
 * folders in `.cache/bundled-packages/<mode>.json`. scripts/licences.mjs joins
 * them with the production dependencies (shipped as node_modules) to list the
 * open-source licences the About panel shows.
 */
function recordBundledPackages(mode: string): Plugin {
  return {
    name: 'dealer-desk:record-bundled-packages',
    apply: 'build',
    generateBundle(_options, bundle) {
      const folders = new Set<string>();
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        for (const id of output.moduleIds) {
          const match = /^(.*\/node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(id.replaceAll('\\', '/'));
          if (match?.[1]) folders.add(match[1]);
        }
      }
      mkdirSync(`${root}.cache/bundled-packages`, { recursive: true });
      writeFileSync(`${root}.cache/bundled-packages/${mode}.json`, JSON.stringify([...folders].sort(), null, 2));
    },
  };
}

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
      plugins: [recordBundledPackages('main')],
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
      plugins: [recordBundledPackages('preload')],
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
    plugins: [react(), recordBundledPackages('renderer')],
    build: { outDir: '../dist/renderer', emptyOutDir: true, target: 'chrome140' },
    test: testConfig,
  };
});
