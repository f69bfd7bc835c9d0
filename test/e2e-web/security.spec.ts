/**
 * Security in the page, as electron-architecture.md §3 lists it for the web
 * layer: no Node in the renderer, exactly the contract's bridge, and a CSP
 * that blocks injected inline script.
 */
import { BRIDGE_EVENTS, BRIDGE_METHODS } from '../../preload/contract';
import { expect, test } from './fixtures/test';
import { CONTENT_SECURITY_POLICY } from '../../main/protocol';

test('the page has no Node globals', async ({ app }) => {
  const types = await app.page.evaluate(() => {
    const scope = globalThis as Record<string, unknown>;
    return [typeof scope.require, typeof scope.process, typeof scope.module, typeof scope.Buffer];
  });
  expect(types).toEqual(['undefined', 'undefined', 'undefined', 'undefined']);
});

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

test('the page is served with the same Content-Security-Policy header as the app:// protocol', async ({ app }) => {
  const response = await app.page.request.get(app.server.entryUrl);
  expect(response.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
});
