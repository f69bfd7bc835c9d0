/**
 * A lookup after a pause reuses the connection the last request (or the token
 * warm-up) opened, instead of paying a new TCP and TLS handshake (two round
 * trips to Australia). Counted by the sandbox's accepted connections, over
 * Node's real fetch, with a fake clock for the pause: Node's fetch closes an
 * idle connection after 4 s by that clock, so 6 s is past it without waiting.
 * The sandbox keeps idle connections and sends no `Keep-Alive` hint, so only
 * the client decides.
 */
import { createAutoGrabClient } from '../../../main/core/index';
import type { AutoGrabClient } from '../../../main/core/index';
import { startSandbox } from '../../../main/sandbox/index';
import type { Sandbox } from '../../../main/sandbox/index';

/** Longer than the 4 s after which Node's own fetch drops an idle connection. */
const PAUSE_MS = 6_000;

let sandbox: Sandbox;
let client: AutoGrabClient | null = null;

beforeEach(async () => {
  sandbox = await startSandbox({ rateLimit: null, keepAliveTimeoutMs: 0 });
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
});

afterEach(async () => {
  vi.useRealTimers();
  client?.close();
  client = null;
  await sandbox.close();
});

const connect = (credentials: Parameters<typeof createAutoGrabClient>[0]['credentials']) =>
  (client = createAutoGrabClient({ baseUrl: sandbox.url, region: 'my', credentials }));

test('two lookups 6 s apart go over one connection', async () => {
  const live = connect({ kind: 'apiKey', apiKey: sandbox.credentials.apiKey });
  await live.lookupPlate({ plate: 'REG4SUCCESS' });
  await vi.advanceTimersByTimeAsync(PAUSE_MS);
  await live.lookupPlate({ plate: 'REG4SUCCESSEV' });
  expect(sandbox.stats.apiRequests).toBe(2);
  expect(sandbox.stats.connections).toBe(1);
});

test('the token warm-up leaves the connection the first lookup uses, even after a pause', async () => {
  const live = connect({ kind: 'oauth', clientId: sandbox.credentials.clientId, clientSecret: sandbox.credentials.clientSecret });
  await live.warmUp();
  await vi.advanceTimersByTimeAsync(PAUSE_MS);
  await live.lookupPlate({ plate: 'REG4SUCCESS' });
  expect([sandbox.stats.tokenRequests, sandbox.stats.apiRequests]).toEqual([1, 1]);
  expect(sandbox.stats.connections).toBe(1);
});
