/**
 * The renderer half of the soak benchmark (soak.ts runs it after the backend
 * half): {@link APPRAISALS} appraisals through the production renderer
 * (dist/renderer, `npm run build`) in Debian Chromium on the real backend in
 * demo mode, as a salesperson would: the search screen, a plate and Enter, the
 * odometer (a new figure each time, so every valuation is fetched), "Value",
 * every panel on screen, back to the search screen.
 *
 * Read through the Chrome DevTools Protocol, always on the search screen:
 * the renderer's JS heap after a forced GC (`HeapProfiler.collectGarbage`,
 * `Runtime.getHeapUsage`) at the end of the first and of the last quarter
 * (target: growth < 5 %), and the DOM nodes and JS event listeners
 * (`Performance.getMetrics`) at the start and at the end (target: back to
 * about the starting count).
 */
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { PLATES } from '../../main/sandbox/data/lookups';
import { startSandbox } from '../../main/sandbox/index';
import { openApp } from '../../test/e2e-web/fixtures/app';
import { startBackend } from '../../test/e2e-web/fixtures/backend';
import { chromiumUnavailableReason, launchChromium } from '../../test/e2e-web/fixtures/chromium';
import { RENDERER_DIST, serveRenderer } from '../../test/e2e-web/fixtures/static-server';
import { chooseDemoData, openScreen, searchBox } from '../../test/e2e-web/fixtures/ui';
import { round } from './shared';

const APPRAISALS = Number(process.env.SOAK_RENDERER_APPRAISALS ?? 200);
const TARGET_GROWTH_PERCENT = 5;
/** "About their starting count": DOM nodes and listeners may differ by this share (a toast, a focus ring) and no more. */
const COUNT_TOLERANCE_PERCENT = 5;
const CURVE_STEP = 25;
const VEHICLE_SCREEN = '[data-testid="vehicle-title"]';
const PANELS = ['[data-testid="valuation-result"] .price', '[data-testid="conditions-table"]', '[data-testid="residual-table"], [data-testid="residual-chart"]'];

/** What the renderer soak found, as written into soak.json. */
export interface RendererSoakReport {
  appraisals: number;
  elapsedS: number;
  jsHeapMb: { start: number; endOfFirstQuarter: number; endOfLastQuarter: number };
  /** The heap after GC every {@link CURVE_STEP} appraisals: whether growth levels off or keeps climbing. */
  jsHeapMbCurve: Array<{ appraisals: number; mb: number }>;
  /** The heap without V8's compiled code (from heap snapshots) at the end of the first and of the last quarter. */
  jsHeapMbWithoutCompiledCode: { endOfFirstQuarter: number; endOfLastQuarter: number };
  heapGrowthPercentRaw: number;
  heapGrowthPercent: number;
  heapGrowthJudgedOn: string;
  targetGrowthPercent: number;
  withinTarget: boolean;
  onSearchScreen: {
    domNodes: { start: number; end: number };
    jsEventListeners: { start: number; end: number };
    tolerancePercent: number;
    backToStart: boolean;
  };
  method: string;
}

/** A renderer heap and count reading on the search screen, after forced collections. */
interface Reading {
  heapUsed: number;
  nodes: number;
  listeners: number;
}

/**
 * Bytes of V8 compiled code (instruction streams, deoptimisation data…) in a
 * heap snapshot: the renderer's JIT keeps tiering up for the whole soak, and a
 * snapshot diff shows that as nearly all of the raw growth, so the app's own
 * objects are also judged without it, as the main-process soak does.
 */
async function compiledCodeBytes(cdp: CDPSession): Promise<number> {
  let json = '';
  const collect = ({ chunk }: { chunk: string }) => (json += chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
  const snapshot = JSON.parse(json) as { snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }; nodes: number[] };
  const fields = snapshot.snapshot.meta.node_fields;
  const [typeAt, sizeAt, code] = [fields.indexOf('type'), fields.indexOf('self_size'), snapshot.snapshot.meta.node_types[0].indexOf('code')];
  let bytes = 0;
  for (let index = 0; index < snapshot.nodes.length; index += fields.length) if (snapshot.nodes[index + typeAt] === code) bytes += snapshot.nodes[index + sizeAt]!;
  return bytes;
}

async function readAfterGc(cdp: CDPSession): Promise<Reading> {
  // Twice: the first pass can only queue finalisers that free more on the second.
  for (let pass = 0; pass < 2; pass += 1) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((entry) => entry.name === name)?.value ?? Number.NaN;
  return { heapUsed: usedSize, nodes: metric('Nodes'), listeners: metric('JSEventListeners') };
}

/** Marks what is on screen now, so only what appears after the next action counts. */
async function markStale(page: Page, selectors: string[]): Promise<void> {
  await page.evaluate((list) => {
    for (const selector of list) for (const element of document.querySelectorAll(selector)) element.setAttribute('data-bench-stale', '');
  }, selectors);
}

/** Waits until every selector (each may be a comma list) matches an element that was not on screen before the action. */
async function waitForFresh(page: Page, selectors: string[]): Promise<void> {
  await page.waitForFunction((list) => list.every((selector) => [...document.querySelectorAll(selector)].some((element) => !element.hasAttribute('data-bench-stale'))), selectors, { timeout: 30_000 });
}

/** One appraisal from the search screen back to the search screen. */
async function appraise(page: Page, plate: string, kms: number): Promise<void> {
  const box = searchBox(page);
  await box.fill(plate);
  await markStale(page, [VEHICLE_SCREEN]);
  await box.press('Enter');
  await waitForFresh(page, [VEHICLE_SCREEN]);
  await page.getByLabel('Odometer (km)').fill(String(kms));
  await markStale(page, PANELS);
  await page.getByRole('button', { name: 'Value this vehicle' }).click();
  await waitForFresh(page, PANELS);
  await openScreen(page, 'Search');
}

/** Runs the renderer soak; a reason string when it cannot run here (no build, no Chromium). */
export async function soakRenderer(): Promise<RendererSoakReport | { notRun: string }> {
  if (!existsSync(join(RENDERER_DIST, 'index.html'))) return { notRun: `no renderer build in ${RENDERER_DIST}; run \`npm run build\` first` };
  const unavailable = chromiumUnavailableReason();
  if (unavailable !== null) return { notRun: unavailable };
  const server = await serveRenderer();
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    const harness = await startBackend({ appOrigin: server.origin, page, pdfDir: join(tmpdir(), 'dealer-desk-soak-pdf'), startSandbox: (options) => startSandbox({ ...options, rateLimit: null }) });
    try {
      await openApp(page, harness.backend, server);
      await chooseDemoData(page);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      // Plates AutoGrab matches with reduced confidence ask the salesperson to confirm first: left out, every appraisal is the same path.
      const plates = PLATES.my.filter((record) => record.confidence === 'standard').map((record) => record.plate);
      const kmsFor = (index: number) => 20_000 + index * 37;
      // One round of every plate first: recent searches, lazily loaded screens and caches fill once, and are not growth.
      for (let index = 0; index < plates.length; index += 1) await appraise(page, plates[index]!, kmsFor(index));
      const start = await readAfterGc(cdp);
      const quarter = Math.floor(APPRAISALS / 4);
      let firstQuarter = start;
      let firstQuarterCode = 0;
      const curve = [{ appraisals: 0, heapUsed: start.heapUsed }];
      const started = performance.now();
      let measuring = 0;
      for (let index = 1; index <= APPRAISALS; index += 1) {
        await appraise(page, plates[index % plates.length]!, kmsFor(plates.length + index));
        if (index !== quarter && index % CURVE_STEP !== 0) continue;
        // Readings are not the salesperson's time.
        const readingStarted = performance.now();
        const reading = await readAfterGc(cdp);
        if (index === quarter) {
          firstQuarter = reading;
          firstQuarterCode = await compiledCodeBytes(cdp);
        }
        if (index % CURVE_STEP === 0) curve.push({ appraisals: index, heapUsed: reading.heapUsed });
        measuring += performance.now() - readingStarted;
      }
      const elapsedS = (performance.now() - started - measuring) / 1000;
      const end = await readAfterGc(cdp);
      const endCode = await compiledCodeBytes(cdp);
      const growthOf = (from: number, to: number) => round(((to - from) / from) * 100, 2);
      const rawGrowth = growthOf(firstQuarter.heapUsed, end.heapUsed);
      const growth = growthOf(firstQuarter.heapUsed - firstQuarterCode, end.heapUsed - endCode);
      const near = (after: number, before: number) => after <= before * (1 + COUNT_TOLERANCE_PERCENT / 100);
      const mb = (bytes: number) => round(bytes / 1_048_576, 2);
      return {
        appraisals: APPRAISALS,
        elapsedS: round(elapsedS),
        jsHeapMb: { start: mb(start.heapUsed), endOfFirstQuarter: mb(firstQuarter.heapUsed), endOfLastQuarter: mb(end.heapUsed) },
        jsHeapMbCurve: curve.map((point) => ({ appraisals: point.appraisals, mb: mb(point.heapUsed) })),
        jsHeapMbWithoutCompiledCode: { endOfFirstQuarter: mb(firstQuarter.heapUsed - firstQuarterCode), endOfLastQuarter: mb(end.heapUsed - endCode) },
        heapGrowthPercentRaw: rawGrowth,
        heapGrowthPercent: growth,
        heapGrowthJudgedOn: 'Runtime.getHeapUsage.usedSize without the heap snapshot\'s compiled code (node type "code"); a snapshot diff between appraisals 30 and 130 showed V8 code objects (InstructionStream, deoptimisation data) as nearly all of the raw growth',
        targetGrowthPercent: TARGET_GROWTH_PERCENT,
        withinTarget: growth < TARGET_GROWTH_PERCENT,
        onSearchScreen: {
          domNodes: { start: start.nodes, end: end.nodes },
          jsEventListeners: { start: start.listeners, end: end.listeners },
          tolerancePercent: COUNT_TOLERANCE_PERCENT,
          backToStart: near(end.nodes, start.nodes) && near(end.listeners, start.listeners),
        },
        method: `production renderer in Debian Chromium (headless) on the real backend, demo mode; each appraisal: plate + Enter, a new odometer, "Value", price + conditions + residual on screen, back to Search; a warm-up round of the ${plates.length} demo plates matched with standard confidence first; readings on the search screen after two HeapProfiler.collectGarbage: Runtime.getHeapUsage.usedSize, Performance.getMetrics Nodes and JSEventListeners`,
      };
    } finally {
      await page.context().close();
      await harness.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
