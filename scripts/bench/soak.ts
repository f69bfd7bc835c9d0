/**
 * Soak benchmark (`npm run bench -- soak`, run with --expose-gc): a working
 * day's appraisals through the real backend (`createAppBackend`, live OAuth
 * against the sandbox, every request through the IPC dispatcher). Each
 * appraisal is a plate lookup, predict, every condition, residual, the market
 * overlay and the car's listing history, with a new odometer each time so
 * no valuation is a cache hit (the worst case for memory).
 *
 * The sandbox standing in for the dealer's account runs in its own process,
 * so its own records (every valuation it issued) are not counted as the
 * app's heap. Records the main-process heap after a forced GC at the end of
 * the first and of the last quarter (target: growth < 5 %), and that active
 * handles (timers, sockets) and requests in flight come back to their
 * starting counts. Then the renderer half (soak-renderer.ts): 200 appraisals
 * through the production renderer in Chromium, its JS heap, DOM nodes and
 * event listeners. Writes `bench-results/soak.json`.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { getHeapCodeStatistics } from 'node:v8';
import { createAppBackend } from '../../main/app-backend';
import { PLATES } from '../../main/sandbox/data/lookups';
import { startSandbox } from '../../main/sandbox/index';
import { createFakeCipher } from '../../test/fixtures/fake-cipher';
import { round } from './shared';

const APPRAISALS = Number(process.env.SOAK_APPRAISALS ?? 1000);
const TARGET_GROWTH_PERCENT = 5;
const RESULTS_DIR = resolve(import.meta.dirname, '../../bench-results');
const SENDER = { url: 'app://dealer-desk/index.html', isMainFrame: true, trustedWindow: true };
const CONTROLS = { minimumDays: 90, includeAdjacentYears: false, excludeOutliers: true, excludeAllDelisted: false, includeAllActive: false };
/** Past the sandbox's `Keep-Alive: timeout=5` hint, which the client honours less undici's 2 s margin: idle sockets have closed. */
const SETTLE_MS = 5_000;

const gc = (globalThis as { gc?: () => void }).gc;

/** A heap reading after a full collection, bytes. */
interface HeapReading {
  used: number;
  /** `used` without V8's compiled code and bytecode: what the app's own objects take. */
  data: number;
}

/**
 * Heap in use after a full collection. V8 keeps compiling hotter code (and
 * its deoptimisation data) for a long while, which a heap snapshot diff shows
 * as the whole of the raw growth here, so the app's own objects are also read
 * without it.
 */
async function heapAfterGc(): Promise<HeapReading> {
  for (let pass = 0; pass < 3; pass += 1) {
    gc!();
    await sleep(0);
  }
  const used = process.memoryUsage().heapUsed;
  const code = getHeapCodeStatistics();
  return { used, data: used - code.code_and_metadata_size - code.bytecode_and_metadata_size };
}

/** Active handles by type (Timeout, TCPSocketWrap, …), as Node reports them. */
function activeHandles(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const type of process.getActiveResourcesInfo()) counts[type] = (counts[type] ?? 0) + 1;
  return counts;
}

/** In the child process: the account's sandbox; prints its address and credentials, runs until killed. */
async function serveAccount(): Promise<void> {
  const sandbox = await startSandbox({ rateLimit: null });
  process.stdout.write(`${JSON.stringify({ url: sandbox.url, credentials: sandbox.credentials })}\n`);
  process.once('SIGTERM', () => void sandbox.close().then(() => process.exit(0)));
}

/** Starts {@link serveAccount} in its own process. */
async function startAccount(): Promise<{ url: string; credentials: { clientId: string; clientSecret: string }; process: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', import.meta.filename, '--account'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [line] = (await once(createInterface({ input: child.stdout! }), 'line')) as [string];
  return { ...(JSON.parse(line) as { url: string; credentials: { clientId: string; clientSecret: string } }), process: child };
}

/** A fetch that counts requests sent and still unanswered, and keeps nothing else. */
function countingFetch() {
  const counts = { sent: 0, pending: 0 };
  const counted: typeof fetch = async (input, init) => {
    counts.sent += 1;
    counts.pending += 1;
    try {
      return await fetch(input, init);
    } finally {
      counts.pending -= 1;
    }
  };
  return { fetch: counted, counts };
}

async function main(): Promise<void> {
  // Checked before anything starts: a throw after the sandbox account is up would leave its process holding the bench open.
  if (!gc) throw new Error('soak bench: run with --expose-gc (npm run bench -- soak does)');
  const loadBefore = loadavg().map((value) => round(value, 2));
  const dataDir = await mkdtemp(join(tmpdir(), 'dealer-desk-soak-'));
  const account = await startAccount();
  const probe = countingFetch();
  const backend = await createAppBackend({ dataDir, appOrigin: 'app://dealer-desk', cipher: createFakeCipher(), fetch: probe.fetch, startSandbox: () => startSandbox({ rateLimit: null }) });
  const call = async <T>(channel: string, payload?: unknown): Promise<T> => {
    const result = await backend.dispatch(channel, payload, SENDER);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
    return result.data as T;
  };
  await call('settings:update', { baseUrl: account.url, tokenUrl: `${account.url}/auth-broker/request-token` });
  await call('credentials:set', { kind: 'oauth', clientId: account.credentials.clientId, clientSecret: account.credentials.clientSecret });

  const plates = PLATES.my.map((record) => record.plate);
  const appraise = async (index: number) => {
    const { vehicle } = await call<{ vehicle: { id: string } | null }>('vehicles:lookup-plate', { plate: plates[index % plates.length] });
    if (!vehicle) throw new Error('soak bench: a demo plate found no vehicle');
    const kms = 20_000 + index * 37;
    await Promise.all([
      call('valuation:predict', { vehicleId: vehicle.id, kms, conditionScore: 3 }),
      call('valuation:all-conditions', { vehicleId: vehicle.id, kms, conditionScore: 3 }),
      call('valuation:residual', { vehicleId: vehicle.id, initialKms: kms, yearlyKms: 17_000 }),
      call('market:overlay', { vehicleId: vehicle.id, controls: CONTROLS }),
      call('market:vehicle-history', { vehicleId: vehicle.id, registrationPlate: plates[index % plates.length] }),
    ]);
  };

  // One appraisal first, so lazily built things (JIT, zod, the sandbox catalogue) are not counted as growth.
  await appraise(0);
  await sleep(SETTLE_MS);
  const handlesBefore = activeHandles();
  const heapStart = await heapAfterGc();
  const quarter = Math.floor(APPRAISALS / 4);
  const started = performance.now();
  let heapFirstQuarter: HeapReading = { used: 0, data: 0 };
  // Eight readings across the run, as the renderer soak takes: growth that levels off reads differently from a leak.
  const heapCurve: Array<{ appraisals: number; mb: number }> = [];
  const eighth = Math.max(1, Math.floor(APPRAISALS / 8));
  for (let index = 1; index <= APPRAISALS; index += 1) {
    await appraise(index);
    if (index === quarter || index % eighth === 0) {
      const reading = await heapAfterGc();
      if (index === quarter) heapFirstQuarter = reading;
      if (index % eighth === 0) heapCurve.push({ appraisals: index, mb: round(reading.used / 1_048_576, 2) });
    }
  }
  const elapsedS = (performance.now() - started) / 1000;
  const heapLastQuarter = await heapAfterGc();
  await sleep(SETTLE_MS);
  const handlesAfter = activeHandles();
  const inFlight = probe.counts.pending;
  await backend.close();
  account.process.kill('SIGTERM');
  await rm(dataDir, { recursive: true, force: true });
  // After the backend half, and imported only now: Chromium's work and Playwright's modules stay out of the main-process heap.
  const { soakRenderer } = await import('./soak-renderer');
  const renderer = await soakRenderer();

  const growth = (key: keyof HeapReading) => round(((heapLastQuarter[key] - heapFirstQuarter[key]) / heapFirstQuarter[key]) * 100, 2);
  const growthPercent = growth('data');
  const handleTypes = [...new Set([...Object.keys(handlesBefore), ...Object.keys(handlesAfter)])];
  const handlesBack = handleTypes.every((type) => (handlesAfter[type] ?? 0) <= (handlesBefore[type] ?? 0));
  const mb = (bytes: number) => round(bytes / 1_048_576, 2);
  const report = {
    measuredAt: new Date().toISOString(),
    machine: `${process.platform} ${process.arch}, ${cpus().length} cores, Node ${process.version}`,
    loadAverage: { before: loadBefore, after: loadavg().map((value) => round(value, 2)) },
    scope: 'main process (real backend, live OAuth against the sandbox); `renderer`: the production renderer in Chromium',
    appraisals: APPRAISALS,
    requestsPerAppraisal: 'plate lookup, predict, every condition, residual, market overlay, listing history; a new kms each time (valuations always sent), the 9 demo plates in turn (lookups and market answered by the session cache after the first round)',
    httpRequests: probe.counts.sent,
    elapsedS: round(elapsedS),
    heapMb: {
      start: mb(heapStart.used),
      endOfFirstQuarter: mb(heapFirstQuarter.used),
      endOfLastQuarter: mb(heapLastQuarter.used),
      withoutCompiledCode: { start: mb(heapStart.data), endOfFirstQuarter: mb(heapFirstQuarter.data), endOfLastQuarter: mb(heapLastQuarter.data) },
    },
    heapMbCurve: heapCurve,
    heapGrowthPercentRaw: growth('used'),
    heapGrowthPercent: growthPercent,
    heapGrowthJudgedOn: 'the heap without V8 compiled code and bytecode (getHeapCodeStatistics); the raw figure includes the JIT still tiering up, which a heap snapshot diff shows as all of the raw growth',
    targetGrowthPercent: TARGET_GROWTH_PERCENT,
    withinTarget: growthPercent < TARGET_GROWTH_PERCENT,
    activeHandles: { before: handlesBefore, after: handlesAfter, backToStart: handlesBack, settleMs: SETTLE_MS },
    requestsInFlightAtEnd: inFlight,
    method: 'heap = process.memoryUsage().heapUsed after three forced GCs; handles = process.getActiveResourcesInfo() by type, each read after the same settle time',
    renderer,
  };
  await mkdir(RESULTS_DIR, { recursive: true });
  await writeFile(join(RESULTS_DIR, 'soak.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`soak: ${APPRAISALS} appraisals, ${probe.counts.sent} HTTP requests in ${round(elapsedS)} s`);
  console.log(`heap after GC: start ${mb(heapStart.used)} MB, end of Q1 ${mb(heapFirstQuarter.used)} MB, end ${mb(heapLastQuarter.used)} MB: raw growth ${growth('used')}%`);
  console.log(`heap after GC every ${eighth} appraisals: ${heapCurve.map((point) => point.mb).join(', ')} MB`);
  console.log(`without compiled code: end of Q1 ${mb(heapFirstQuarter.data)} MB, end ${mb(heapLastQuarter.data)} MB: growth ${growthPercent}% (target < ${TARGET_GROWTH_PERCENT}%)`);
  console.log(`active handles before ${JSON.stringify(handlesBefore)}, after ${JSON.stringify(handlesAfter)}; requests in flight at end: ${inFlight}`);
  if ('notRun' in renderer) console.log(`renderer soak: not run: ${renderer.notRun}`);
  else {
    console.log(`renderer soak: ${renderer.appraisals} appraisals in ${renderer.elapsedS} s; JS heap after GC end of Q1 ${renderer.jsHeapMb.endOfFirstQuarter} MB, end ${renderer.jsHeapMb.endOfLastQuarter} MB: raw growth ${renderer.heapGrowthPercentRaw}%; without compiled code ${renderer.jsHeapMbWithoutCompiledCode.endOfFirstQuarter} → ${renderer.jsHeapMbWithoutCompiledCode.endOfLastQuarter} MB: growth ${renderer.heapGrowthPercent}% (target < ${TARGET_GROWTH_PERCENT}%)`);
    const { domNodes, jsEventListeners } = renderer.onSearchScreen;
    console.log(`on the search screen: DOM nodes ${domNodes.start} → ${domNodes.end}, JS event listeners ${jsEventListeners.start} → ${jsEventListeners.end}`);
  }
  const rendererMet = !('notRun' in renderer) && renderer.withinTarget && renderer.onSearchScreen.backToStart;
  process.exitCode = report.withinTarget && handlesBack && inFlight === 0 && rendererMet ? 0 : 1;
}

if (process.argv.includes('--account')) await serveAccount();
else await main();
