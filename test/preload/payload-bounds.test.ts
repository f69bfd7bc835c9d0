/**
 * The structural pre-check refuses an oversized object after counting its
 * keys, without reading a single value: the deep walk (and zod) never start.
 */
import { isPlainBoundedData, PAYLOAD_LIMITS } from '../../preload/payload-bounds';
import type { InvokeChannel } from '../../preload/contract';
import { parseRequest } from '../../main/ipc/parse-request';
import { ROUTES } from '../../main/ipc/routes/index';
import type { Route } from '../../main/ipc/routes/index';

/** A plain-looking object with `size` keys that counts every value read (listing keys is not a read). */
function countingObject(size: number) {
  const target: Record<string, number> = {};
  for (let index = 0; index < size; index += 1) target[`k${index}`] = index;
  let reads = 0;
  const proxy = new Proxy(target, {
    get(object, key, receiver) {
      reads += 1;
      return Reflect.get(object, key, receiver) as unknown;
    },
  });
  return { proxy, reads: () => reads };
}

test('an object with more keys than a request ever has is refused before any value is read', () => {
  const object = countingObject(10_000);
  expect(isPlainBoundedData(object.proxy)).toBe(false);
  expect(object.reads()).toBe(0);
  expect(() => parseRequest((ROUTES['settings:update'] as Route<InvokeChannel>).schema, object.proxy)).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
  expect(object.reads()).toBe(0);
});

test('a long array is refused by its length alone', () => {
  expect(isPlainBoundedData({ features: new Array(PAYLOAD_LIMITS.maxArrayLength + 1).fill('bounds') })).toBe(false);
});

test('real requests pass', () => {
  expect(isPlainBoundedData({ search: '2019 myvi', count: 20, requestId: 'r1' })).toBe(true);
  expect(isPlainBoundedData({ baseUrl: 'https://api.autograb.com.au', tokenUrl: null, region: 'my', auState: null })).toBe(true);
  expect(isPlainBoundedData(undefined)).toBe(true);
});

test('symbol keys are refused', () => {
  expect(isPlainBoundedData({ search: 'x', [Symbol('hidden')]: 1 })).toBe(false);
});
