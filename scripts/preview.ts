/**
 * `npm run preview`: try the UI without Electron. Serves the production
 * renderer build (`dist/renderer`, from `npm run build`) and opens headed
 * Debian Chromium with the same `window.dealerDesk` bridge the end-to-end
 * suite uses, backed by the real main-process backend in demo mode (its own
 * AutoGrab sandbox). Data lives in a temporary folder for this session only.
 * Needs a display (or `xvfb-run npm run preview`). Close the window to stop.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp } from '../test/e2e-web/fixtures/app';
import { startBackend } from '../test/e2e-web/fixtures/backend';
import { chromiumUnavailableReason, launchChromium } from '../test/e2e-web/fixtures/chromium';
import { serveRenderer } from '../test/e2e-web/fixtures/static-server';

const unavailable = chromiumUnavailableReason();
if (unavailable !== null) {
  console.error(`preview: ${unavailable}`);
  process.exit(1);
}
if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('preview: no display; run it on a desktop or as `xvfb-run npm run preview`.');
  process.exit(1);
}

const workDir = await mkdtemp(join(tmpdir(), 'dealer-desk-preview-'));
const server = await serveRenderer();
const browser = await launchChromium({ headless: false });
const page = await (await browser.newContext({ viewport: null })).newPage();
const harness = await startBackend({ appOrigin: server.origin, page, pdfDir: join(workDir, 'pdf'), dataDir: join(workDir, 'data'), logger: console });
await openApp(page, harness.backend, server);
console.log(`Dealer Desk preview at ${server.entryUrl} (demo sandbox ${harness.backend.demoSandbox?.url ?? 'off'}); PDFs go to ${join(workDir, 'pdf')}. Close the window to stop.`);

await new Promise<void>((resolve) => {
  page.on('close', () => resolve());
  browser.on('disconnected', () => resolve());
  process.once('SIGINT', () => resolve());
  process.once('SIGTERM', () => resolve());
});
await harness.close();
await browser.close().catch(() => undefined);
await server.close();
await rm(workDir, { recursive: true, force: true });
