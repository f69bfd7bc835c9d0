/**
 * `npm run sandbox`: the sandbox on its own prints its URL and the demo
 * credentials, answers a documented search with them, and stops cleanly on
 * SIGTERM.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** The `sandbox` script exactly as package.json has it, run the way npm would (npm itself exits on SIGTERM without waiting for its child). */
const script = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.sandbox!;

test('npm run sandbox prints its URL and demo credentials, serves them, and stops on SIGTERM', async () => {
  const [command, ...args] = script.split(' ');
  const child = spawn(join(root, 'node_modules', '.bin', command!), args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const exited = once(child, 'exit');
  try {
    await vi.waitUntil(() => output.includes('Press Ctrl+C to stop.') || child.exitCode !== null, { timeout: 30_000, interval: 50 });
    const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
    const apiKey = /API key:\s+(\S+)/.exec(output)?.[1];
    expect(url, output).toBeDefined();
    expect(output).toMatch(/Client id:\s+\S+/);
    expect(output).toMatch(/Client secret:\s+\S+/);

    const response = await fetch(`${url}/v2/vehicles?region=my&search=${encodeURIComponent('2019 myvi 1.5 av')}`, { headers: { ApiKey: apiKey! } });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { vehicles: Array<{ title: string }> };
    expect(body.vehicles[0]?.title).toMatch(/Myvi/);
  } finally {
    if (child.exitCode === null) child.kill('SIGTERM');
  }
  const [code, signal] = await exited;
  expect({ code, signal }).toEqual({ code: 0, signal: null });
}, 40_000);
