/**
 * Main-process start benchmark (`npm run bench -- start`): the time from a
 * fresh Node process to a backend ready to answer the window, split into
 * importing the backend's modules and `createAppBackend` (stores, policy,
 * connection, routes). Each sample is a new process, so module loading is
 * cold every time; demo mode (the built-in sandbox starts on the critical
 * path), live mode (stored OAuth credentials; the token warm-up waits for the
 * window, as in main/index.ts) and live-eager (the warm-up at once, as before)
 * alternate. Electron's own start and the window
 * are not included (no Electron binary on the build machines).
 *
 * `built` (the figure the issue asks for): the production main bundle
 * (dist/main/index.js, `npm run build`) in a fresh plain Node process with
 * the Electron test double standing in for `electron`
 * (start-built-child.mjs), in demo mode, until `startApp` has created the
 * backend and the window; nothing is compiled inside that measurement.
 * Writes `bench-results/start.json`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { median, round } from './shared';

const RUNS = Number(process.env.START_RUNS ?? 7);
const RESULTS_DIR = resolve(import.meta.dirname, '../../bench-results');
/** `live-eager`: the token warm-up as before this change, at once, inside createAppBackend's time. */
const MODES = ['demo', 'live', 'live-eager'] as const;
type Mode = (typeof MODES)[number];
const BUILT_MAIN = resolve(import.meta.dirname, '../../dist/main/index.js');
const SENDER = { url: 'app://dealer-desk/index.html', isMainFrame: true, trustedWindow: true };

interface Sample {
  importMs: number;
  createMs: number;
  readyMs: number;
}

/** Runs inside the child: import, create, report, close. */
async function child(dataDir: string, mode: Mode): Promise<void> {
  const started = performance.now();
  const [{ createAppBackend: create }, { createFakeCipher: cipher }] = await Promise.all([import('../../main/app-backend'), import('../../test/fixtures/fake-cipher')]);
  const imported = performance.now();
  // As main/index.ts: the token warm-up waits for the window, which is created right after the backend is ready.
  let windowShown: () => void = () => undefined;
  const warmUpAfter = mode === 'live-eager' ? undefined : new Promise<void>((resolve) => (windowShown = resolve));
  const backend = await create({ dataDir, appOrigin: 'app://dealer-desk', cipher: cipher(), warmUpAfter });
  const ready = performance.now();
  windowShown();
  process.stdout.write(`${JSON.stringify({ importMs: imported - started, createMs: ready - imported, readyMs: ready - started, live: backend.demoSandbox === null })}\n`);
  await backend.close();
}

/** One sample of the built bundle (start-built-child.mjs), in a fresh process and data folder. */
async function sampleBuilt(): Promise<Sample> {
  const dataDir = await mkdtemp(join(tmpdir(), 'dealer-desk-start-built-'));
  try {
    const result = spawnSync(process.execPath, [join(import.meta.dirname, 'start-built-child.mjs'), dataDir], { encoding: 'utf8' });
    const line = result.stdout.trim().split('\n').at(-1) ?? '';
    if (result.status !== 0 || !line.startsWith('{')) throw new Error(`start bench: the built bundle failed to start: ${result.stderr.slice(-2000)}`);
    const sample = JSON.parse(line) as Sample & { live: boolean };
    if (sample.live) throw new Error('start bench: the built bundle started in live mode on a fresh data folder');
    return sample;
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  // Imported here, not at the top: the child process must load the backend's modules inside its measurement.
  const { createAppBackend } = await import('../../main/app-backend');
  const { startSandbox } = await import('../../main/sandbox/index');
  const { createFakeCipher } = await import('../../test/fixtures/fake-cipher');
  const loadBefore = loadavg().map((value) => round(value, 2));
  const account = await startSandbox({ rateLimit: null });
  const demoDir = await mkdtemp(join(tmpdir(), 'dealer-desk-start-demo-'));
  const liveDir = await mkdtemp(join(tmpdir(), 'dealer-desk-start-live-'));
  const dirs: Record<Mode, string> = { demo: demoDir, live: liveDir, 'live-eager': liveDir };
  const samples: Record<Mode, Sample[]> = { demo: [], live: [], 'live-eager': [] };
  const built: Sample[] = [];
  if (!existsSync(BUILT_MAIN)) throw new Error('start bench: no dist/main/index.js; run `npm run build` first');
  try {
    // The live data folder holds an OAuth credential for the account, as a dealer's workstation would.
    const setup = await createAppBackend({ dataDir: dirs.live, appOrigin: 'app://dealer-desk', cipher: createFakeCipher() });
    await setup.dispatch('settings:update', { baseUrl: account.url, tokenUrl: `${account.url}/auth-broker/request-token` }, SENDER);
    const saved = await setup.dispatch('credentials:set', { kind: 'oauth', clientId: account.credentials.clientId, clientSecret: account.credentials.clientSecret }, SENDER);
    await setup.close();
    if (!saved.ok) throw new Error('start bench: could not store the live credential');

    for (let run = 0; run < RUNS; run += 1) {
      const order = run % 2 === 0 ? MODES : ([...MODES].reverse() as unknown as typeof MODES);
      for (const mode of order) {
        const result = spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--child', dirs[mode], mode], { encoding: 'utf8' });
        const line = result.stdout.trim().split('\n').at(-1) ?? '';
        const sample = JSON.parse(line) as Sample & { live: boolean };
        if (sample.live !== (mode !== 'demo')) throw new Error(`start bench: ${mode} started in the other mode`);
        samples[mode].push(sample);
      }
      built.push(await sampleBuilt());
    }
  } finally {
    await account.close();
    for (const dir of [demoDir, liveDir]) await rm(dir, { recursive: true, force: true });
  }

  const summary = (values: number[]) => ({ median: round(median(values)), min: round(Math.min(...values)), max: round(Math.max(...values)) });
  const modes = Object.fromEntries(
    MODES.map((mode) => [
      mode,
      {
        importMs: summary(samples[mode].map((sample) => sample.importMs)),
        createMs: summary(samples[mode].map((sample) => sample.createMs)),
        readyMs: summary(samples[mode].map((sample) => sample.readyMs)),
      },
    ]),
  );
  const builtFigures = {
    importMs: summary(built.map((sample) => sample.importMs)),
    createMs: summary(built.map((sample) => sample.createMs)),
    readyMs: summary(built.map((sample) => sample.readyMs)),
  };
  const report = {
    measuredAt: new Date().toISOString(),
    machine: `${process.platform} ${process.arch}, ${cpus().length} cores, Node ${process.version}`,
    loadAverage: { before: loadBefore, after: loadavg().map((value) => round(value, 2)) },
    runsPerMode: RUNS,
    builtMain: {
      method: 'the production bundle dist/main/index.js (npm run build) imported in a fresh plain Node process with the Electron test double for `electron` (loaded before the clock starts), demo mode, fresh data folder; importMs = evaluating the bundle and its external packages (electron-store, electron-log, electron-updater); createMs = until startApp resolves: policy read, createAppBackend (demo sandbox started), IPC registered, window created',
      ...builtFigures,
    },
    method: 'each sample a fresh Node process (tsx, so importMs includes compiling the TypeScript sources); readyMs = import + createAppBackend; demo and live alternate',
    modes,
    liveEagerOverLiveCreate: round(modes['live-eager']!.createMs.median / modes.live!.createMs.median, 2),
    deferred: 'live: the token warm-up (and with it Node loading its fetch stack, ~0.3 s synchronous) waits until the window is ready to show; live-eager is the previous behaviour. Live mode starts no sandbox; the updater starts after the window is created (main/index.ts); local history is not read at start: opening it only removes leftover temporary files, its entries are read when the history screen asks (LocalHistory.list)',
  };
  await mkdir(RESULTS_DIR, { recursive: true });
  await writeFile(join(RESULTS_DIR, 'start.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`built main bundle (demo): import ${builtFigures.importMs.median} ms (${builtFigures.importMs.min}–${builtFigures.importMs.max}), start ${builtFigures.createMs.median} ms (${builtFigures.createMs.min}–${builtFigures.createMs.max}), ready ${builtFigures.readyMs.median} ms`);
  for (const mode of MODES) {
    const figures = modes[mode]!;
    console.log(`${mode}: import ${figures.importMs.median} ms, createAppBackend ${figures.createMs.median} ms (${figures.createMs.min}–${figures.createMs.max}), ready ${figures.readyMs.median} ms`);
  }
}

const childAt = process.argv.indexOf('--child');
if (childAt === -1) await main();
else await child(process.argv[childAt + 1]!, process.argv[childAt + 2] as Mode);
