/**
 * One sample of the start benchmark's `built` mode (scripts/bench/start.ts
 * spawns it in plain Node, so nothing in the measurement is compiled by tsx):
 * the production main bundle (dist/main/index.js) with the Electron test
 * double standing in for `electron`, over the data folder given as argument,
 * in demo mode. Prints one JSON line: importMs = evaluating the bundle and
 * its external packages; createMs = from there until startApp resolves
 * (policy read, backend created, IPC registered, window created); readyMs =
 * both.
 */
import Module, { register } from 'node:module';
import { performance } from 'node:perf_hooks';
import { pathToFileURL, URL } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const dataDir = process.argv[2];
const builtMain = new URL('../../dist/main/index.js', import.meta.url).href;

// The double (and vitest's spies in it) stands in for Electron's own start: loaded before the clock starts.
const double = await tsImport('../../test/mocks/electron.ts', import.meta.url);
const { removeTempDirs } = await tsImport('../../test/fixtures/temp-dirs.ts', import.meta.url);
double.app.getPath.mockImplementation(() => dataDir);
globalThis.__benchElectronDouble = double;
const names = Object.keys(double).filter((name) => name !== 'default');
register(pathToFileURL(new URL('electron-double-hooks.mjs', import.meta.url).pathname), { data: { names } });

// CommonJS packages (electron-log) require('electron'), which the ESM hooks do not see: the same instance
// through the require cache, without ipcRenderer as in Electron's main process (electron-log would take
// itself for a preload script).
const id = 'bench-double:electron';
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = (request, ...rest) => (request === 'electron' ? id : resolveFilename(request, ...rest));
Module._cache[id] = Object.assign(new Module(id), { exports: { ...double, ipcRenderer: undefined }, loaded: true });

const started = performance.now();
const bundle = await import(builtMain);
const imported = performance.now();
const app = await bundle.running;
const ready = performance.now();
if (app === null) throw new Error('start bench: the built main bundle did not start');
process.stdout.write(`${JSON.stringify({ importMs: imported - started, createMs: ready - imported, readyMs: ready - started, live: app.backend.demoSandbox === null })}\n`);
await app.backend.close();
removeTempDirs();
process.exit(0);
