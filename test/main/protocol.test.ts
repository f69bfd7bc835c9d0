import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { protocol, resetElectronDouble } from '../mocks/electron';
import { APP_ORIGIN, CONTENT_SECURITY_POLICY, createAppRequestHandler, registerAppScheme, resolveAppPath, serveApp } from '../../main/protocol';
import { makeTempDir } from '../fixtures/temp-dirs';

const EXPECTED_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; connect-src 'self'";

/** `<temp>/renderer` with a page and a script, and `<temp>/secret.txt` just outside it. */
function rendererDir(): string {
  const root = makeTempDir('dd-renderer-');
  const dir = join(root, 'renderer');
  mkdirSync(join(dir, 'assets'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Dealer Desk</title>');
  writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(dir, '..', 'secret.txt'), 'outside');
  return dir;
}

beforeEach(() => (resetElectronDouble as () => void)());

describe('app:// protocol (checklist 1, 7)', () => {
  test('the CSP is exactly the strict policy', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(EXPECTED_CSP);
  });

  test('serves the renderer with the CSP header and the right content type', async () => {
    const handle = createAppRequestHandler(rendererDir());
    const page = await handle(new Request(`${APP_ORIGIN}/index.html`));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(EXPECTED_CSP);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('Dealer Desk');
    const script = await handle(new Request(`${APP_ORIGIN}/assets/app.js`));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await handle(new Request(`${APP_ORIGIN}/`))).status).toBe(200);
  });

  test.each([
    'app://dealer-desk/../secret.txt',
    'app://dealer-desk/%2e%2e/secret.txt',
    'app://dealer-desk/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://dealer-desk/..%5csecret.txt',
    'app://dealer-desk/%00index.html',
    'app://other-host/index.html',
    'app://dealer-desk/%E0%A4%A',
  ])('refuses %s', async (url) => {
    const response = await createAppRequestHandler(rendererDir())(new Request(url));
    expect([403, 404]).toContain(response.status);
    expect(await response.text()).not.toContain('outside');
  });

  test('a missing file is 404 (with the CSP), and only GET/HEAD are served', async () => {
    const handle = createAppRequestHandler(rendererDir());
    const missing = await handle(new Request(`${APP_ORIGIN}/nope.js`));
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe(EXPECTED_CSP);
    expect((await handle(new Request(`${APP_ORIGIN}/index.html`, { method: 'POST', body: 'x' }))).status).toBe(405);
  });

  test('resolveAppPath stays inside the root', () => {
    expect(resolveAppPath('app://dealer-desk/index.html', '/r')).toBe('/r/index.html');
    expect(resolveAppPath('app://dealer-desk/../../etc/passwd', '/r')).toBe('/r/etc/passwd');
    for (const url of ['app://dealer-desk/%2e%2e/%2e%2e/etc/passwd', 'app://dealer-desk/a/..%2f..%2f..%2fetc/passwd']) {
      const file = resolveAppPath(url, '/r');
      if (file !== null) expect(file.startsWith('/r/')).toBe(true);
    }
  });

  test('the scheme is registered privileged and secure, and served through protocol.handle', () => {
    registerAppScheme(protocol as never);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, bypassCSP: false }) }),
    ]);
    serveApp(protocol as never, '/r');
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });
});
