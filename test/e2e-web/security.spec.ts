/**
 * Security in the page, as electron-architecture.md §3 lists it for the web
 * layer: exactly the contract's bridge (built by the preload's own code), and
 * the app's own `app://` handler serving the page (CSP header that blocks
 * injected inline script, path traversal refused, content types).
 *
 * "No Node globals in the page" is not tested here: plain Chromium never has
 * them, so such a test could not fail. The real-Electron test and the
 * webPreferences unit test prove it (docs/security.md).
 */
import { BRIDGE_EVENTS, BRIDGE_METHODS } from '../../preload/contract';
import { expect, test } from './fixtures/test';

/** The policy docs/security.md promises, spelled out so a change to the app's constant fails here. */
const EXPECTED_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; connect-src 'self'";

test('window.dealerDesk is exactly the contract: its namespaces, their methods and events, nothing generic', async ({ app }) => {
  const shape = await app.page.evaluate(() => {
    const bridge = (window as unknown as { dealerDesk: Record<string, Record<string, unknown>> }).dealerDesk;
    return Object.fromEntries(Object.entries(bridge).map(([name, namespace]) => [name, Object.keys(namespace).sort()]));
  });
  const expected = Object.fromEntries([
    ...Object.entries(BRIDGE_METHODS).map(([name, methods]) => [name, Object.keys(methods).sort()]),
    ['events', Object.keys(BRIDGE_EVENTS).sort()],
  ]);
  expect(Object.keys(shape)).toEqual([...Object.keys(BRIDGE_METHODS), 'events']);
  expect(shape).toEqual(expected);
  for (const generic of ['invoke', 'send', 'on', 'ipcRenderer']) expect(JSON.stringify(shape)).not.toContain(`"${generic}"`);
  const frozen = await app.page.evaluate(() => {
    const bridge = (window as unknown as { dealerDesk: Record<string, object> }).dealerDesk;
    return Object.isFrozen(bridge) && Object.values(bridge).every((namespace) => Object.isFrozen(namespace));
  });
  expect(frozen).toBe(true);
});

test('an event reaches a page listener as the payload alone, never the IPC event object', async ({ app }) => {
  type Page = { dealerDesk: { events: { onStatusChanged(listener: (...args: unknown[]) => void): () => void }; settings: { update(patch: unknown): Promise<unknown> } }; __calls: unknown[][] };
  await app.page.evaluate(() => {
    const scope = window as unknown as Page;
    scope.__calls = [];
    scope.dealerDesk.events.onStatusChanged((...args) => scope.__calls.push(args));
  });
  await app.page.evaluate(() => (window as unknown as Page).dealerDesk.settings.update({ maxOffer: true }));
  await expect.poll(() => app.page.evaluate(() => (window as unknown as Page).__calls.length)).toBeGreaterThan(0);
  const calls = await app.page.evaluate(() => (window as unknown as Page).__calls);
  for (const args of calls) {
    expect(args).toHaveLength(1);
    expect(args[0]).toMatchObject({ settings: { maxOffer: true } });
  }
});

test('an injected inline script is blocked by the Content-Security-Policy', async ({ app }) => {
  const outcome = await app.page.evaluate(
    () =>
      new Promise<{ violated: string | null; ran: boolean }>((resolve) => {
        const scope = window as unknown as { __injected?: boolean };
        document.addEventListener('securitypolicyviolation', (event) => resolve({ violated: event.effectiveDirective, ran: scope.__injected === true }), {
          once: true,
        });
        const script = document.createElement('script');
        script.textContent = 'window.__injected = true;';
        document.body.append(script);
        setTimeout(() => resolve({ violated: null, ran: scope.__injected === true }), 2_000);
      }),
  );
  app.pageErrors.splice(0);
  expect(outcome).toEqual({ violated: 'script-src-elem', ran: false });
});

test('a call from another origin is refused by the backend (sender check)', async ({ app }) => {
  const refused = await app.backend.dispatch('app:get-status', undefined, { url: 'https://evil.example/', isMainFrame: true, trustedWindow: true });
  expect(refused.ok).toBe(false);
  if (!refused.ok) expect(refused.error.code).toBe('FORBIDDEN');
  const subframe = await app.backend.dispatch('app:get-status', undefined, { url: `${app.server.origin}/`, isMainFrame: false, trustedWindow: true });
  expect(subframe.ok).toBe(false);
});

test("the page is served by the app's own app:// handler: its CSP header, nosniff, and content types", async ({ app }) => {
  const page = await app.page.request.get(app.server.entryUrl);
  expect(page.status()).toBe(200);
  expect(page.headers()['content-security-policy']).toBe(EXPECTED_CSP);
  expect(page.headers()['x-content-type-options']).toBe('nosniff');
  expect(page.headers()['content-type']).toBe('text/html; charset=utf-8');
  const html = await page.text();
  const script = /<script[^>]+src="\.?\/?([^"]+\.js)"/.exec(html)?.[1];
  const style = /<link[^>]+href="\.?\/?([^"]+\.css)"/.exec(html)?.[1];
  expect(script, 'the entry page loads a script').toBeTruthy();
  const js = await app.page.request.get(`${app.server.origin}/${script}`);
  expect(js.headers()['content-type']).toBe('text/javascript; charset=utf-8');
  expect(js.headers()['content-security-policy']).toBe(EXPECTED_CSP);
  if (style) expect((await app.page.request.get(`${app.server.origin}/${style}`)).headers()['content-type']).toBe('text/css; charset=utf-8');
});

test('requests that climb out of the renderer folder are refused, and only GET/HEAD are served', async ({ app }) => {
  for (const path of ['/..%2F..%2Fpackage.json', '/..%2F..%2F..%2Fetc%2Fpasswd', '/assets%5C..%5C..%5C..%5Cpackage.json', '/index.html%00.js']) {
    const response = await app.page.request.get(`${app.server.origin}${path}`);
    expect(response.status(), path).toBe(403);
    expect(response.headers()['content-security-policy'], path).toBe(EXPECTED_CSP);
    expect(await response.text(), path).not.toContain('"name"');
  }
  expect((await app.page.request.post(app.server.entryUrl)).status()).toBe(405);
});
