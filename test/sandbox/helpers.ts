/**
 * Test helpers for the sandbox suites: a started sandbox plus small `fetch`
 * wrappers, so each test reads as the request a client would send.
 */
import { afterAll, afterEach, beforeAll } from 'vitest';
import { startSandbox } from '../../main/sandbox/index.ts';
import type { Sandbox, SandboxOptions } from '../../main/sandbox/index.ts';

/** A parsed JSON reply. */
export interface Reply {
  status: number;
  headers: Headers;
  // Tests inspect arbitrary wire JSON; `any` keeps assertions readable.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

/** A sandbox with helpers bound to it. */
export interface TestSandbox {
  sandbox: Sandbox;
  get(path: string, headers?: Record<string, string>): Promise<Reply>;
  send(method: string, path: string, body: unknown, headers?: Record<string, string>): Promise<Reply>;
  requestToken(init?: { authorization?: string; contentType?: string; body?: string }): Promise<Reply>;
  basic(clientId?: string, clientSecret?: string): string;
}

async function toReply(response: Response): Promise<Reply> {
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Non-JSON bodies stay as text; tests that care assert on them.
  }
  return { status: response.status, headers: response.headers, body };
}

/** Starts a sandbox (rate limiting off unless the test asks) and binds helpers that authenticate with the API key by default. */
export async function openSandbox(options: SandboxOptions = {}): Promise<TestSandbox> {
  const sandbox = await startSandbox({ rateLimit: null, ...options });
  const keyHeader = { ApiKey: sandbox.credentials.apiKey };
  const basic = (clientId = sandbox.credentials.clientId, clientSecret = sandbox.credentials.clientSecret) =>
    `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`;
  return {
    sandbox,
    basic,
    get: async (path, headers = keyHeader) => toReply(await fetch(`${sandbox.url}${path}`, { headers })),
    send: async (method, path, body, headers = keyHeader) =>
      toReply(
        await fetch(`${sandbox.url}${path}`, {
          method,
          headers: { 'Content-Type': 'application/json', ...headers },
          body: typeof body === 'string' ? body : JSON.stringify(body),
        }),
      ),
    requestToken: async ({ authorization = basic(), contentType = 'application/x-www-form-urlencoded', body = 'grant_type=client_credentials' } = {}) =>
      toReply(
        await fetch(`${sandbox.url}/auth-broker/request-token`, {
          method: 'POST',
          headers: { Authorization: authorization, 'Content-Type': contentType },
          body,
        }),
      ),
  };
}

/** A clock tests can move: `now()` for the sandbox, `advance(ms)` to jump. */
export function manualClock(start = Date.UTC(2026, 10, 15, 9, 0, 0)): { now: () => number; advance(ms: number): void } {
  let current = start;
  return {
    now: () => current,
    advance: (ms) => {
      current += ms;
    },
  };
}

/** One sandbox shared by a whole file: started before the first test, closed after the last. */
export function sharedSandbox(options: SandboxOptions = {}): TestSandbox {
  const handle = {} as TestSandbox;
  beforeAll(async () => {
    Object.assign(handle, await openSandbox(options));
  });
  afterAll(async () => {
    await handle.sandbox.close();
  });
  return handle;
}

/** Returns an opener for per-test sandboxes; each one is closed after its test. */
export function freshSandboxes(): (options?: SandboxOptions) => Promise<TestSandbox> {
  const opened: TestSandbox[] = [];
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((t) => t.sandbox.close()));
  });
  return async (options) => {
    const t = await openSandbox(options);
    opened.push(t);
    return t;
  };
}
