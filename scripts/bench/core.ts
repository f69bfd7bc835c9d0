/**
 * Core benchmark (`npm run bench` runs it in its own process), against the
 * sandbox on loopback:
 *
 * 1. Client overhead: `searchVehicles` vs a raw `fetch` + `JSON.parse` of the
 *    same URL, interleaved call by call (alternating which goes first) so
 *    both see the same server, GC and CPU conditions. Target: p50 ratio ≤ 1.15.
 * 2. Token expiry under load: 1,000 concurrent `predictValuation` calls leave
 *    with a valid OAuth token, and the token expires while they are in flight
 *    (the sandbox and the client share a clock that the benchmark moves past
 *    the token's lifetime right after firing), so every request the server
 *    has not yet authenticated gets a 401: the worst case. Target: 0 failures
 *    and ≤ 2 token requests in total (the first token and one refresh).
 *
 * Prints a table and writes `bench-results/core.json`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createAutoGrabClient, systemClock } from '../../main/core/index.ts';
import { startSandbox } from '../../main/sandbox/index.ts';

const RESULTS_DIR = resolve(import.meta.dirname, '../../bench-results');
const SEARCH = '2019 myvi 1.5 av';
const OVERHEAD_CALLS = 2_500;
const WARMUP_CALLS = 200;
const CONCURRENT_CALLS = 1_000;
const TOKEN_LIFETIME_SECONDS = 60;
const TEST_VEHICLE = '1111111111111111';

function percentile(sorted: number[], share: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

function summarise(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 1000) / 1000;
  return { p50: round(percentile(sorted, 0.5)), p95: round(percentile(sorted, 0.95)), mean: round(samples.reduce((sum, value) => sum + value, 0) / samples.length) };
}

async function measureOverhead() {
  const sandbox = await startSandbox({ rateLimit: null });
  try {
    const client = createAutoGrabClient({ baseUrl: sandbox.url, region: 'my', credentials: { kind: 'apiKey', apiKey: sandbox.credentials.apiKey } });
    const url = `${sandbox.url}/v2/vehicles?search=${encodeURIComponent(SEARCH)}&region=my`;
    const headers = { Accept: 'application/json', ApiKey: sandbox.credentials.apiKey };
    const raw = async () => {
      const response = await fetch(url, { headers });
      JSON.parse(await response.text());
    };
    const viaClient = async () => {
      await client.searchVehicles({ search: SEARCH });
    };
    const time = async (run: () => Promise<void>) => {
      const started = performance.now();
      await run();
      return performance.now() - started;
    };
    for (let index = 0; index < WARMUP_CALLS; index += 1) {
      await raw();
      await viaClient();
    }
    const rawSamples: number[] = [];
    const clientSamples: number[] = [];
    for (let index = 0; index < OVERHEAD_CALLS; index += 1) {
      if (index % 2 === 0) {
        rawSamples.push(await time(raw));
        clientSamples.push(await time(viaClient));
      } else {
        clientSamples.push(await time(viaClient));
        rawSamples.push(await time(raw));
      }
    }
    const rawStats = summarise(rawSamples);
    const clientStats = summarise(clientSamples);
    const ratioP50 = Math.round((clientStats.p50 / rawStats.p50) * 1000) / 1000;
    const ratioP95 = Math.round((clientStats.p95 / rawStats.p95) * 1000) / 1000;
    return { calls: OVERHEAD_CALLS, unit: 'ms', raw: rawStats, client: clientStats, ratioP50, ratioP95, target: 'p50 ratio <= 1.15', pass: ratioP50 <= 1.15 };
  } finally {
    await sandbox.close();
  }
}

async function measureTokenExpiryUnderLoad() {
  let offsetMs = 0;
  const now = () => Date.now() + offsetMs;
  const sandbox = await startSandbox({ rateLimit: null, tokenLifetimeSeconds: TOKEN_LIFETIME_SECONDS, now });
  try {
    const { clientId, clientSecret } = sandbox.credentials;
    const client = createAutoGrabClient({
      baseUrl: sandbox.url,
      region: 'my',
      credentials: { kind: 'oauth', clientId, clientSecret },
      clock: { now, sleep: systemClock.sleep },
    });
    await client.predictValuation({ vehicleId: TEST_VEHICLE });
    const started = performance.now();
    const calls = Array.from({ length: CONCURRENT_CALLS }, () => client.predictValuation({ vehicleId: TEST_VEHICLE }));
    // Every call has taken the cached token; now it expires under them.
    offsetMs += (TOKEN_LIFETIME_SECONDS + 1) * 1000;
    const outcomes = await Promise.allSettled(calls);
    const durationMs = Math.round(performance.now() - started);
    const failures = outcomes.filter((outcome) => outcome.status === 'rejected');
    const failureCodes = [...new Set(failures.map((outcome) => String((outcome as PromiseRejectedResult).reason?.code ?? 'unknown')))];
    const unauthorised = sandbox.stats.requests.filter((request) => request.status === 401).length;
    const tokenRequests = sandbox.stats.tokenRequests;
    return {
      calls: CONCURRENT_CALLS,
      tokenLifetimeSeconds: TOKEN_LIFETIME_SECONDS,
      failures: failures.length,
      failureCodes,
      tokenRequests,
      serverRejectedExpiredToken: unauthorised,
      durationMs,
      target: '0 failures and <= 2 token requests',
      pass: failures.length === 0 && tokenRequests <= 2,
    };
  } finally {
    await sandbox.close();
  }
}

const overhead = await measureOverhead();
const expiry = await measureTokenExpiryUnderLoad();

console.log('\nCore benchmark (sandbox on loopback)');
console.table([
  { measure: `searchVehicles p50 (${overhead.calls} calls)`, client: `${overhead.client.p50} ms`, raw: `${overhead.raw.p50} ms`, ratio: overhead.ratioP50, target: '<= 1.15', pass: overhead.pass },
  { measure: 'searchVehicles p95', client: `${overhead.client.p95} ms`, raw: `${overhead.raw.p95} ms`, ratio: overhead.ratioP95, target: '(info)', pass: '' },
  {
    measure: `${expiry.calls} concurrent predictValuation across token expiry`,
    client: `${expiry.failures} failed, ${expiry.tokenRequests} token requests`,
    raw: `${expiry.serverRejectedExpiredToken} × 401 absorbed, ${expiry.durationMs} ms`,
    ratio: '',
    target: '0 failed, <= 2 tokens',
    pass: expiry.pass,
  },
]);

await mkdir(RESULTS_DIR, { recursive: true });
const report = {
  measuredAt: new Date().toISOString(),
  node: process.version,
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? null,
  // Other work on the machine moves these numbers; the 1-minute load says how busy it was.
  loadAverage1m: Math.round((loadavg()[0] ?? 0) * 100) / 100,
  searchOverhead: overhead,
  tokenExpiryUnderLoad: expiry,
};
await writeFile(join(RESULTS_DIR, 'core.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log(`Wrote ${join(RESULTS_DIR, 'core.json')}`);
process.exitCode = overhead.pass && expiry.pass ? 0 : 1;
