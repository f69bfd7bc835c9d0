import { json } from '../helpers/fakes';
import { makeClient } from '../helpers/client';

/** A server that holds every request until `release()`, tracking how many are open at once. */
function heldServer() {
  let open = 0;
  let peak = 0;
  const waiting: Array<() => void> = [];
  return {
    handler: () => {
      open += 1;
      peak = Math.max(peak, open);
      return new Promise<Response>((resolve) => {
        waiting.push(() => {
          open -= 1;
          resolve(json(200, { vehicles: [] }));
        });
      });
    },
    releaseAll() {
      while (waiting.length > 0) waiting.shift()?.();
    },
    peak: () => peak,
    pending: () => waiting.length,
  };
}

async function settle() {
  for (let index = 0; index < 5; index += 1) await new Promise((resolve) => setImmediate(resolve));
}

test('a burst of 40 calls never has more than maxConcurrentRequests on the wire, and all complete', async () => {
  const server = heldServer();
  const { client, requests } = makeClient(server.handler, { maxConcurrentRequests: 4, timeoutMs: 60_000 });
  const calls = Array.from({ length: 40 }, () => client.searchVehicles({ search: 'myvi' }));
  let finished = false;
  const all = Promise.all(calls).then(() => {
    finished = true;
  });
  while (!finished) {
    await settle();
    server.releaseAll();
  }
  await all;
  expect(server.peak()).toBe(4);
  expect(requests).toHaveLength(40);
});

test('a call cancelled while queued leaves the queue and is never sent', async () => {
  const server = heldServer();
  const { client, requests } = makeClient(server.handler, { maxConcurrentRequests: 1, timeoutMs: 60_000 });
  const first = client.searchVehicles({ search: 'first' });
  const controller = new AbortController();
  const queued = client.searchVehicles({ search: 'queued' }, { signal: controller.signal });
  await settle();
  controller.abort();
  await expect(queued).rejects.toMatchObject({ code: 'CANCELLED' });
  server.releaseAll();
  await first;
  expect(requests.map((request) => request.url.searchParams.get('search'))).toEqual(['first']);
});
