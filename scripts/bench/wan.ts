/**
 * WAN benchmark (`npm run bench` runs it in its own process): the production
 * renderer in Debian Chromium on the real backend in demo mode, with the
 * sandbox answering after 0 ms and after 120 ms (a Malaysian showroom to
 * AutoGrab in Australia). The two latencies run interleaved, each step is the
 * median of {@link RUNS} runs, and every run starts a fresh backend, so the
 * "first lookup after launch" is really first.
 *
 * For each step: `ms0`, `ms120`, `networkMs` = ms120 − ms0, `roundTrips` =
 * networkMs / 120 and `floorRoundTrips` (the fewest round trips the data
 * dependencies allow, with the rule). Also counts the requests the sandbox saw
 * from plate to a full appraisal, by endpoint, against the fewest the screens
 * need, and the search requests sent while typing "2019 myvi 1.5 av".
 * Loopback has no handshakes, so the app reaches the sandbox through a proxy
 * (handshake-proxy.ts) that charges 2 round trips per new connection (TCP,
 * and a modelled TLS 1.3 handshake: the sandbox is plain http); the "lookup
 * after a 10 s pause" shows whether a connection survives a salesperson's
 * pause. The launch step also records what could put the network on its path
 * (AutoGrab requests, and how long main took to answer the launch's IPC
 * calls), because its end-to-end time is mostly CPU work whose run-to-run
 * spread exceeds the 18 ms its target allows. "After idle" is simulated by revoking every issued token (the sandbox then
 * answers 401, as for an expired token), once without and once with the
 * backend's wake (what Electron's powerMonitor 'resume'/'unlock-screen'
 * calls), awaited before typing: a salesperson sitting down takes longer
 * than one token round trip. The backend runs in live mode with
 * OAuth credentials against a sandbox standing in for the dealer's account.
 * Writes `bench-results/wan.json`.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startSandbox } from '../../main/sandbox/index';
import type { Sandbox } from '../../main/sandbox/index';
import { openApp } from '../../test/e2e-web/fixtures/app';
import { startBackend } from '../../test/e2e-web/fixtures/backend';
import type { HarnessBackend } from '../../test/e2e-web/fixtures/backend';
import { chromiumUnavailableReason, launchChromium } from '../../test/e2e-web/fixtures/chromium';
import { createFetchProbe } from '../../test/e2e-web/fixtures/fetch-probe';
import type { FetchProbe, ProbedRequest } from '../../test/e2e-web/fixtures/fetch-probe';
import { pageScript } from '../../test/e2e-web/fixtures/page-script';
import { RENDERER_DIST, serveRenderer } from '../../test/e2e-web/fixtures/static-server';
import type { StaticServer } from '../../test/e2e-web/fixtures/static-server';
import { chooseDemoData, searchBox } from '../../test/e2e-web/fixtures/ui';
import type { AppBackend } from '../../main/app-backend';
import { HANDSHAKE_ROUND_TRIPS, startHandshakeProxy } from './handshake-proxy';
import type { HandshakeProxy } from './handshake-proxy';
import { median, round, watchForInteractiveSearchBox } from './shared';

const RUNS = Number(process.env.WAN_RUNS ?? 7);
/** Launches measured per run: launch time is mostly CPU work, noisy on a shared machine, so it gets three times the samples. */
const LAUNCHES_PER_RUN = 3;
/** A salesperson's pause between two lookups: longer than the 4 s Node's fetch keeps an idle connection by default. */
const PAUSE_MS = 10_000;
const LATENCIES = [0, 120] as const;
type Latency = (typeof LATENCIES)[number];
const RESULTS_DIR = resolve(import.meta.dirname, '../../bench-results');
/** Typed while the sandbox is slow; the first and third plate warm nothing for each other. */
const PLATES = { first: 'WXY1234', warm: 'VBX2020', afterPause: 'QAA4567C', idle: 'JHB77', afterWake: 'BMT3821' };
const KMS = '45000';
const TYPED_QUERY = '2019 myvi 1.5 av';
/** A salesperson's typing speed (about 5 keys a second), and a slow typist who pauses longer than the typeahead's debounce. */
const KEY_DELAYS_MS = [180, 400] as const;

const VEHICLE_SCREEN = '[data-testid="vehicle-title"]';
const PRICE = '[data-testid="valuation-result"] .price';
const ALL_PANELS = ['[data-testid="conditions-table"]', '[data-testid="residual-table"], [data-testid="residual-chart"]'];

/** The steps, their floor in round trips and the rule for it. */
const STEPS = {
  launch: { floor: 0, rule: 'nothing from AutoGrab is needed to show the search box; token and connection warm in the background' },
  plateToVehicle: { floor: 1, rule: 'one plate lookup; the token and connection are already warm' },
  valueToPrice: { floor: 1, rule: 'one predict request' },
  valueToAllPanels: { floor: 1, rule: 'kms entered: predict, conditions and residual depend only on the inputs, so all leave at once (kms blank: 2, the residual needs predict\'s average kms)' },
  firstLookupAfterLaunch: { floor: 1, rule: 'as a warm lookup: the token was fetched at start' },
  warmLookup: { floor: 1, rule: 'one plate lookup' },
  lookupAfterPause: { floor: 1, rule: `one plate lookup ${PAUSE_MS / 1000} s after the last request, over the connection kept open through the pause (a new one would add ${HANDSHAKE_ROUND_TRIPS} round trips: TCP, and TLS 1.3 as modelled by the bench's proxy)` },
  lookupAfterIdle: { floor: 1, rule: 'every token expired while idle; the machine\'s resume/unlock renews it before the salesperson types, so the lookup is one request' },
  lookupAfterIdleNoWake: { floor: 1, rule: 'for comparison: every token expired and no resume/unlock event (the app was not told): a 401, a token request and the retry, 3 round trips; not a target' },
  lookupAgain: { floor: 0, rule: 'the same plate again in the session: answered by the response cache, nothing sent' },
  revalueSameInputs: { floor: 0, rule: '"Value" again with the same kms and condition: every panel from the response cache, nothing sent' },
} as const;
/** Steps shown for comparison only, never judged. */
const NOT_TARGETS: ReadonlySet<StepName> = new Set(['lookupAfterIdleNoWake']);
type StepName = keyof typeof STEPS;

/** Records, in page time, the last Enter keydown or click (the salesperson's action). */
function recordActions(): void {
  const scope = window as unknown as { __actionAt?: number };
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') scope.__actionAt = performance.now();
  }, true);
  document.addEventListener('click', () => (scope.__actionAt = performance.now()), true);
}

/**
 * Starts watching, in the page, for each group of selectors to be on screen
 * (all of a group's selectors, each may be a comma list); resolve with
 * {@link readWatch} after the action.
 */
async function watch(page: Page, groups: string[][]): Promise<void> {
  await page.evaluate((selectorGroups) => {
    const scope = window as unknown as { __seen: Array<number | null> };
    scope.__seen = selectorGroups.map(() => null);
    // Before the action, the old screen may still show the selectors; only what appears after it counts.
    for (const group of selectorGroups) for (const selector of group) for (const element of document.querySelectorAll(selector)) element.setAttribute('data-bench-stale', '');
    // (No named inner functions: the bundler would wrap them in a helper the page does not have.)
    const observer = new MutationObserver(() => {
      const now = performance.now();
      selectorGroups.forEach((group, index) => {
        if (scope.__seen[index] === null && group.every((selector) => [...document.querySelectorAll(selector)].some((element) => !element.hasAttribute('data-bench-stale')))) scope.__seen[index] = now;
      });
      if (scope.__seen.every((value) => value !== null)) observer.disconnect();
    });
    observer.observe(document, { subtree: true, childList: true, characterData: true });
  }, groups);
}

/** Milliseconds from the action to each watched group appearing. */
async function readWatch(page: Page): Promise<number[]> {
  const handle = await page.waitForFunction(() => {
    const scope = window as unknown as { __seen: Array<number | null>; __actionAt?: number };
    return scope.__seen.every((value) => value !== null) && scope.__actionAt !== undefined ? scope.__seen.map((value) => value! - scope.__actionAt!) : null;
  }, undefined, { timeout: 30_000 });
  return (await handle.jsonValue()) as number[];
}

/** Types a plate and presses Enter; resolves with ms from Enter to the vehicle screen. */
async function lookUp(page: Page, plate: string): Promise<number> {
  const box = searchBox(page);
  if (!(await box.isVisible())) {
    await page.getByRole('navigation').getByRole('button', { name: 'Search' }).or(page.getByRole('navigation').getByRole('link', { name: 'Search' })).first().click();
  }
  await box.fill(plate);
  await watch(page, [[VEHICLE_SCREEN]]);
  await box.press('Enter');
  return (await readWatch(page))[0]!;
}

/** Enters the kms and presses "Value"; resolves with ms to the price and to every panel. */
async function valueIt(page: Page): Promise<{ price: number; all: number }> {
  await page.getByLabel('Odometer (km)').fill(KMS);
  await watch(page, [[PRICE], ALL_PANELS]);
  await page.getByRole('button', { name: 'Value this vehicle' }).click();
  const [price, all] = await readWatch(page);
  return { price: price!, all: all! };
}

/** Endpoint label for a request path: ids and plates folded away. */
function endpoint(request: ProbedRequest): string {
  return request.path.replace(/\/[0-9a-f-]{8,}|\/\d+(?=\/|$)/gi, '/:id');
}

function countByEndpoint(requests: ProbedRequest[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const request of requests) counts[endpoint(request)] = (counts[endpoint(request)] ?? 0) + 1;
  return counts;
}

interface Rig {
  harness: HarnessBackend;
  /** The sandbox standing in for the dealer's AutoGrab account (OAuth, as in a showroom). */
  account: Sandbox;
  /** Between the app and `account`: charges the handshakes of new connections. */
  proxy: HandshakeProxy;
  probe: FetchProbe;
  page: Page;
}

const newPage = async (browser: Browser) => (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();

/** A backend in demo mode, then switched to live OAuth credentials for `account`, as a dealer's IT would set it up. */
async function startRig(browser: Browser, server: StaticServer, latency: Latency): Promise<Rig> {
  const page = await newPage(browser);
  const probe = createFetchProbe();
  // Idle connections stay open and no Keep-Alive hint is sent: how long one survives a pause is the app's choice.
  const account = await startSandbox({ rateLimit: null, latencyMs: 0, keepAliveTimeoutMs: 0 });
  const proxy = await startHandshakeProxy(account.url);
  const harness = await startBackend({
    appOrigin: server.origin,
    page,
    pdfDir: join(tmpdir(), 'dealer-desk-bench-pdf'),
    fetch: probe.fetch,
    startSandbox: (options) => startSandbox({ ...options, rateLimit: null }),
  });
  await openApp(page, harness.backend, server);
  await chooseDemoData(page);
  const sender = { url: `${server.origin}/`, isMainFrame: true, trustedWindow: true };
  const settings = await harness.backend.dispatch('settings:update', { baseUrl: proxy.url, tokenUrl: `${proxy.url}/auth-broker/request-token` }, sender);
  const credentials = await harness.backend.dispatch('credentials:set', { kind: 'oauth', clientId: account.credentials.clientId, clientSecret: account.credentials.clientSecret }, sender);
  if (!settings.ok || !credentials.ok) throw new Error(`could not connect the bench account: ${JSON.stringify([settings, credentials])}`);
  account.faults.setLatency(latency);
  proxy.setLatency(latency);
  return { harness, account, proxy, probe, page };
}

async function stopRig(rig: Rig): Promise<void> {
  await rig.page.context().close();
  await rig.harness.close();
  await rig.proxy.close();
  await rig.account.close();
}

/** What could put the network on one launch's path: the requests AutoGrab saw and how long main took to answer the page. */
interface LaunchPath {
  autograbRequests: number;
  /** Main-process time spent answering the launch's IPC calls, summed (an upper bound of what the page waited on main for). */
  mainMs: number;
  channels: string[];
}

/**
 * Launches the app again in a fresh page: ms from navigation to an
 * interactive search box (in page time), and the launch's {@link LaunchPath}.
 * The page stays open for the next steps.
 */
async function relaunch(browser: Browser, server: StaticServer, rig: Rig): Promise<{ ms: number; path: LaunchPath }> {
  await rig.page.context().close();
  rig.page = await newPage(browser);
  await rig.page.addInitScript({ content: pageScript(watchForInteractiveSearchBox, '#search-input') });
  await rig.page.addInitScript({ content: pageScript(recordActions, null) });
  const calls: Array<{ channel: string; ms: number }> = [];
  let recording = true;
  // The real backend with every call timed while the app launches (getters and all else inherited).
  const timed = Object.create(rig.harness.backend) as AppBackend;
  timed.dispatch = async (channel, payload, sender) => {
    const started = performance.now();
    const result = await rig.harness.backend.dispatch(channel, payload, sender);
    if (recording) calls.push({ channel, ms: performance.now() - started });
    return result;
  };
  const requestsBefore = rig.probe.requests.length;
  await openApp(rig.page, timed, server);
  const handle = await rig.page.waitForFunction(() => (window as unknown as { __searchInteractiveAt?: number }).__searchInteractiveAt);
  recording = false;
  return {
    ms: (await handle.jsonValue()) as number,
    path: { autograbRequests: rig.probe.requests.length - requestsBefore, mainMs: calls.reduce((sum, call) => sum + call.ms, 0), channels: calls.map((call) => call.channel) },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One run of every step at one latency, on a fresh backend. */
async function runOnce(
  browser: Browser,
  server: StaticServer,
  latency: Latency,
): Promise<{ steps: Record<StepName, number[]>; launchPaths: LaunchPath[]; pauseConnections: number; appraisal: ProbedRequest[]; cacheMisses: ProbedRequest[] }> {
  // Set up (first run, then live credentials); then the app is launched again: the measured launches.
  const rig = await startRig(browser, server, latency);
  try {
    const launches: number[] = [];
    const launchPaths: LaunchPath[] = [];
    for (let index = 0; index < LAUNCHES_PER_RUN; index += 1) {
      const { ms, path } = await relaunch(browser, server, rig);
      launches.push(ms);
      launchPaths.push(path);
    }

    const firstLookupAfterLaunch = await lookUp(rig.page, PLATES.first);
    await valueIt(rig.page);
    const appraisalStart = rig.probe.requests.length;
    const warmLookup = await lookUp(rig.page, PLATES.warm);
    const { price, all } = await valueIt(rig.page);
    // Requests still answering (none expected) are counted too.
    const appraisal = rig.probe.requests.slice(appraisalStart);

    // The same plate again, and "Value" again with the same inputs: the session's response cache.
    const cacheStart = rig.probe.requests.length;
    const lookupAgain = await lookUp(rig.page, PLATES.warm);
    await valueIt(rig.page);
    const revalueSameInputs = (await valueIt(rig.page)).all;
    const cacheMisses = rig.probe.requests.slice(cacheStart);

    // The salesperson pauses (talks to the customer), then looks up another car.
    await sleep(PAUSE_MS);
    const connectionsBefore = rig.proxy.connections;
    const lookupAfterPause = await lookUp(rig.page, PLATES.afterPause);
    const pauseConnections = rig.proxy.connections - connectionsBefore;

    // Idle without a wake event: every token issued so far is refused (expired), then the next lookup.
    rig.account.faults.revokeTokens();
    const lookupAfterIdleNoWake = await lookUp(rig.page, PLATES.idle);
    // Idle, then the machine resumes (powerMonitor 'resume'): the renewal runs while the salesperson sits down.
    rig.account.faults.revokeTokens();
    await rig.harness.backend.wake();
    const lookupAfterIdle = await lookUp(rig.page, PLATES.afterWake);
    const one = (value: number) => [value];
    return {
      steps: {
        launch: launches,
        plateToVehicle: one(warmLookup),
        valueToPrice: one(price),
        valueToAllPanels: one(all),
        firstLookupAfterLaunch: one(firstLookupAfterLaunch),
        warmLookup: one(warmLookup),
        lookupAfterPause: one(lookupAfterPause),
        lookupAfterIdle: one(lookupAfterIdle),
        lookupAfterIdleNoWake: one(lookupAfterIdleNoWake),
        lookupAgain: one(lookupAgain),
        revalueSameInputs: one(revalueSameInputs),
      },
      launchPaths,
      pauseConnections,
      appraisal,
      cacheMisses,
    };
  } finally {
    await stopRig(rig);
  }
}

interface TypeaheadCount {
  keyDelayMs: number;
  /** Search requests that reached AutoGrab. */
  http: number;
  /** Of those, cancelled on the wire because a newer keystroke replaced them. */
  aborted: number;
  paths: string[];
}

/** Types {@link TYPED_QUERY} at `keyDelayMs` a key; the search requests AutoGrab saw. */
async function countTypeahead(browser: Browser, server: StaticServer, keyDelayMs: number): Promise<TypeaheadCount> {
  const rig = await startRig(browser, server, 120);
  try {
    await rig.page.reload();
    await searchBox(rig.page).waitFor();
    rig.probe.reset();
    await searchBox(rig.page).pressSequentially(TYPED_QUERY, { delay: keyDelayMs });
    await rig.page.locator('[data-testid="suggestions-list"]').waitFor();
    // Let any late typeahead search finish before counting.
    await rig.page.waitForTimeout(1000);
    const searches = rig.probe.requests.filter((request) => request.path.startsWith('/v2/vehicles') && !/\/v2\/vehicles\/./.test(request.path));
    return { keyDelayMs, http: searches.length, aborted: searches.filter((request) => request.outcome === 'aborted').length, paths: searches.map((request) => `${request.path}${request.search}`) };
  } finally {
    await stopRig(rig);
  }
}

/**
 * 95% bootstrap interval of median(`b`) − median(`a`): how far the
 * difference of two medians moves when the same runs are drawn again. A fixed
 * seed makes it the same for the same samples.
 */
function medianDifferenceInterval(a: number[], b: number[], resamples = 2000): { low: number; high: number } {
  let seed = 0x2f6b1d;
  // mulberry32: small, seeded, good enough to resample with.
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const draw = (values: number[]) => values.map(() => values[Math.floor(random() * values.length)]!);
  const differences = Array.from({ length: resamples }, () => median(draw(b)) - median(draw(a))).sort((x, y) => x - y);
  return { low: differences[Math.floor(resamples * 0.025)]!, high: differences[Math.ceil(resamples * 0.975) - 1]! };
}

/** Most round trips a step with floor 0 may show. */
const FLOOR_ZERO_ALLOWANCE = 0.15;

/**
 * The launch's verdict. Its end-to-end time is CPU work (parsing, React's
 * first render) whose run-to-run spread on a shared 2-core machine is
 * hundreds of ms, far above the 18 ms its target allows, so the median
 * difference alone cannot show it. The network can only reach the launch
 * through AutoGrab requests or main taking longer to answer the page's IPC
 * calls, and both are measured. Within target when no AutoGrab request is
 * made while launching, main's answers take no longer at 120 ms (within the
 * allowance), and the end-to-end difference is not significantly above the
 * allowance (the low end of its 95% interval is within it).
 */
function judgeLaunch(samples0: number[], samples120: number[], paths: Record<Latency, LaunchPath[]>) {
  const allowanceMs = FLOOR_ZERO_ALLOWANCE * 120;
  const requests = paths[0].concat(paths[120]).reduce((sum, path) => sum + path.autograbRequests, 0);
  const mainMs0 = median(paths[0].map((path) => path.mainMs));
  const mainMs120 = median(paths[120].map((path) => path.mainMs));
  const interval = medianDifferenceInterval(samples0, samples120);
  return {
    withinTarget: requests === 0 && mainMs120 - mainMs0 <= allowanceMs && interval.low <= allowanceMs,
    rule: `no AutoGrab request while launching, main's answers to the launch's IPC calls no slower at 120 ms (median difference within ${allowanceMs} ms), and the end-to-end difference not significantly above ${allowanceMs} ms (low end of its 95% interval): the end-to-end spread is CPU noise far larger than the allowance`,
    path: {
      autograbRequests: requests,
      ipcCalls: paths[0].at(-1)?.channels ?? [],
      mainMs0: round(mainMs0, 2),
      mainMs120: round(mainMs120, 2),
    },
  };
}

async function main(): Promise<void> {
  if (!existsSync(join(RENDERER_DIST, 'index.html'))) {
    console.error(`wan bench: no renderer build in ${RENDERER_DIST}; run \`npm run build\` first.`);
    process.exitCode = 1;
    return;
  }
  const unavailable = chromiumUnavailableReason();
  if (unavailable !== null) {
    console.error(`wan bench: not run: ${unavailable}`);
    process.exitCode = 1;
    return;
  }
  const loadBefore = loadavg().map((value) => round(value, 2));
  const workDir = await mkdtemp(join(tmpdir(), 'dealer-desk-wan-'));
  const server = await serveRenderer();
  const browser = await launchChromium();
  const samples: Record<Latency, Record<StepName, number[]>> = { 0: {} as Record<StepName, number[]>, 120: {} as Record<StepName, number[]> };
  const appraisals: ProbedRequest[][] = [];
  /** Requests sent while reopening a valued vehicle and revaluing it with the same inputs, per run. */
  const cacheMissCounts: number[] = [];
  const typeahead: TypeaheadCount[] = [];
  const launchPaths: Record<Latency, LaunchPath[]> = { 0: [], 120: [] };
  /** Connections the app opened for the lookup after the pause, per run. */
  const pauseConnections: Record<Latency, number[]> = { 0: [], 120: [] };
  try {
    for (let run = 0; run < RUNS; run += 1) {
      // Interleaved, and alternating which latency goes first, so machine load drifts hit both alike.
      const order = run % 2 === 0 ? LATENCIES : ([...LATENCIES].reverse() as unknown as typeof LATENCIES);
      for (const latency of order) {
        const { steps, appraisal, cacheMisses, launchPaths: paths, pauseConnections: opened } = await runOnce(browser, server, latency);
        cacheMissCounts.push(cacheMisses.length);
        for (const [step, ms] of Object.entries(steps)) (samples[latency][step as StepName] ??= []).push(...ms);
        launchPaths[latency].push(...paths);
        pauseConnections[latency].push(opened);
        if (latency === 0) appraisals.push(appraisal);
      }
      process.stdout.write(`  run ${run + 1}/${RUNS} done\n`);
    }
    for (const keyDelayMs of KEY_DELAYS_MS) typeahead.push(await countTypeahead(browser, server, keyDelayMs));
  } finally {
    await browser.close();
    await server.close();
    await rm(workDir, { recursive: true, force: true });
  }

  const launchJudged = judgeLaunch(samples[0].launch, samples[120].launch, launchPaths);
  const steps = Object.fromEntries(
    (Object.keys(STEPS) as StepName[]).map((step) => {
      const ms0 = round(median(samples[0][step]));
      const ms120 = round(median(samples[120][step]));
      const networkMs = round(ms120 - ms0);
      const spread = (values: number[]) => ({ min: round(Math.min(...values)), max: round(Math.max(...values)) });
      const roundTrips = round(networkMs / 120, 2);
      const { floor, rule } = STEPS[step];
      const interval = medianDifferenceInterval(samples[0][step], samples[120][step]);
      return [
        step,
        {
          ms0,
          ms120,
          networkMs,
          roundTrips,
          floorRoundTrips: floor,
          floorRule: rule,
          withinTarget: NOT_TARGETS.has(step) ? null : step === 'launch' ? launchJudged.withinTarget : floor === 0 ? roundTrips <= FLOOR_ZERO_ALLOWANCE : roundTrips <= 1.15 * floor,
          ...(step === 'launch' ? { judgedOn: launchJudged.rule, path: launchJudged.path } : {}),
          networkMsInterval95: { low: round(interval.low), high: round(interval.high) },
          spread0: spread(samples[0][step]),
          spread120: spread(samples[120][step]),
          samples0: samples[0][step].map((value) => Math.round(value)),
          samples120: samples[120][step].map((value) => Math.round(value)),
        },
      ];
    }),
  );
  const perAppraisal = countByEndpoint(appraisals.at(-1) ?? []);
  const requestsPerAppraisal = {
    measured: perAppraisal,
    total: Object.values(perAppraisal).reduce((sum, count) => sum + count, 0),
    floor: { 'plate lookup': 1, predict: 1, conditions: 1, residual: 1, 'market overlay': 1, 'listing history': 1, token: 0 },
    floorTotal: 6,
    floorRule: 'one plate lookup and one request per panel of the valuation screen (predict, conditions, residual, market overlay, the car\'s listing history); the token is fetched at start, not per appraisal',
  };
  const loadAfter = loadavg().map((value) => round(value, 2));
  const report = {
    measuredAt: new Date().toISOString(),
    machine: `${process.platform} ${process.arch}, ${cpus().length} cores, Node ${process.version}`,
    loadAverage: { before: loadBefore, after: loadAfter },
    browser: 'Debian Chromium (headless)',
    runsPerStep: RUNS,
    latenciesMs: LATENCIES,
    method: `every run a fresh backend and page; latencies interleaved and alternated; medians (launch: ${LAUNCHES_PER_RUN} launches a run); page-time from the Enter/click to the element appearing; networkMsInterval95 = 95% bootstrap interval of the difference of medians; every new connection charged ${HANDSHAKE_ROUND_TRIPS} round trips by a proxy (TCP, and TLS 1.3 modelled: the sandbox is plain http on loopback), whose server side keeps idle connections; after idle = every issued token revoked`,
    steps,
    connectionsOpenedAfterPause: { ...pauseConnections, rule: `new connections for the lookup ${PAUSE_MS / 1000} s after the last request, per run (0 = the connection survived the pause)` },
    requestsPerAppraisal,
    cache: {
      requestsSentReopeningAndRevaluing: cacheMissCounts,
      rule: 'looking the same plate up again, then "Value" twice with the same inputs, within minutes: every answer from the session\'s response cache, so 0 requests (the steps lookupAgain and revalueSameInputs time it)',
    },
    typeahead: {
      typed: TYPED_QUERY,
      rule: 'nothing for a plate still being typed or under 3 characters; 250 ms debounce; a newer keystroke cancels the search in flight',
      bySpeed: typeahead.map((count) => ({ keyDelayMs: count.keyDelayMs, searchRequests: count.http, abortedOnTheWire: count.aborted, requests: count.paths })),
    },
  };
  await mkdir(RESULTS_DIR, { recursive: true });
  await writeFile(join(RESULTS_DIR, 'wan.json'), `${JSON.stringify(report, null, 2)}\n`);

  console.log('step                     ms0     ms120   network  RTs    floor  ok');
  for (const [name, step] of Object.entries(steps)) {
    console.log(`${name.padEnd(24)} ${String(step.ms0).padEnd(7)} ${String(step.ms120).padEnd(7)} ${String(step.networkMs).padEnd(8)} ${String(step.roundTrips).padEnd(6)} ${String(step.floorRoundTrips).padEnd(6)} ${step.withinTarget === null ? '(comparison)' : step.withinTarget ? 'yes' : 'NO'}`);
  }
  console.log(`launch: ${launchJudged.path.autograbRequests} AutoGrab requests while launching; main answered the launch's IPC calls in ${launchJudged.path.mainMs0} ms at 0 ms, ${launchJudged.path.mainMs120} ms at 120 ms (median); end-to-end difference 95% interval ${steps.launch!.networkMsInterval95.low}..${steps.launch!.networkMsInterval95.high} ms`);
  console.log(`new connections for the lookup after a ${PAUSE_MS / 1000} s pause, per run: 0 ms ${pauseConnections[0].join(', ')}; 120 ms ${pauseConnections[120].join(', ')}`);
  console.log(`requests per appraisal: ${JSON.stringify(perAppraisal)} (total ${requestsPerAppraisal.total}, floor ${requestsPerAppraisal.floorTotal})`);
  console.log(`requests sent reopening the vehicle and revaluing with the same inputs, per run: ${cacheMissCounts.join(', ')} (floor 0)`);
  for (const count of typeahead) console.log(`typeahead "${TYPED_QUERY}" at ${count.keyDelayMs} ms a key: ${count.http} search requests sent, ${count.aborted} cancelled on the wire`);
  console.log(`machine load average before ${loadBefore.join(', ')}, after ${loadAfter.join(', ')} on ${cpus().length} cores`);
  const cacheMet = cacheMissCounts.every((count) => count === 0);
  process.exitCode = Object.values(steps).every((step) => step.withinTarget !== false) && requestsPerAppraisal.total <= requestsPerAppraisal.floorTotal && cacheMet ? 0 : 1;
}

await main();
