/**
 * Fuzz: 12,000 malformed payloads, seeded, across every channel. Each must come
 * back as a typed error value (VALIDATION, or FORBIDDEN for a wrong sender),
 * none may throw, hang or reach the AutoGrab client (no HTTP request is made),
 * and no store may change.
 */
import { createAppBackend } from '../../../main/app-backend';
import { ERROR_CODES } from '../../../main/core/errors';
import { INVOKE_CHANNELS } from '../../../preload/contract';
import { appraisalInput } from '../../fixtures/appraisals';
import type { InvokeChannel } from '../../../preload/contract';
import { startSandbox } from '../../../main/sandbox/index';
import { createFakeCipher } from '../../fixtures/fake-cipher';
import { parseRequest } from '../../../main/ipc/parse-request';
import { ROUTES } from '../../../main/ipc/routes/index';
import type { Route } from '../../../main/ipc/routes/index';
import { makeTempDir } from '../../fixtures/temp-dirs';

const ROUNDS = 12_000;
const APP = { url: 'app://dealer-desk/index.html', isMainFrame: true, trustedWindow: true };

/** A valid request per channel that takes one, and the fields it cannot do without. */
const SAMPLES: Partial<Record<InvokeChannel, { sample: Record<string, unknown>; required: string[] }>> = {
  'settings:update': { sample: { language: 'ms', maxOffer: true }, required: [] },
  'credentials:set': { sample: { kind: 'apiKey', apiKey: 'sec_fuzzfuzzfuzz1234' }, required: ['kind', 'apiKey'] },
  'vehicles:search': { sample: { search: 'myvi', count: 10, preferMoreResults: true, requestId: 'r1' }, required: ['search'] },
  'vehicles:lookup-plate': { sample: { plate: 'WXY1234' }, required: ['plate'] },
  'vehicles:lookup-vin': { sample: { vin: 'PM2M800S000111111' }, required: ['vin'] },
  'vehicles:get': { sample: { vehicleId: '1111111111111111' }, required: ['vehicleId'] },
  'vehicles:facets': { sample: { facet: 'make', year: 2019 }, required: ['facet'] },
  'vehicles:facet-search': { sample: { year: 2019, make: 'Perodua', model: 'Myvi' }, required: ['year', 'make', 'model'] },
  'requests:cancel': { sample: { requestId: 'r1' }, required: ['requestId'] },
  'valuation:predict': { sample: { vehicleId: '1111111111111111', kms: 1000, conditionScore: 3 }, required: ['vehicleId'] },
  'valuation:all-conditions': { sample: { vehicleId: '1111111111111111', kms: 1000 }, required: ['vehicleId'] },
  'valuation:residual': { sample: { vehicleId: '1111111111111111', initialKms: 1, yearlyKms: 2 }, required: ['vehicleId', 'initialKms', 'yearlyKms'] },
  'valuation:history-get': { sample: { pricingId: 'abc-123' }, required: ['pricingId'] },
  'report:save-pdf': { sample: { suggestedName: 'valuation' }, required: ['suggestedName'] },
  'kiosk:exit': { sample: { pin: '1234' }, required: ['pin'] },
  'appraisals:save': { sample: { id: null, pricingId: 'abc-123', input: appraisalInput() }, required: ['id', 'pricingId', 'input'] },
  'appraisals:delete': { sample: { id: '5f0c1b9e-1111-4222-8333-944455556666' }, required: ['id'] },
  'appraisals:export-csv': { sample: { filter: { text: 'WXY', status: 'all', from: null, to: null } }, required: ['filter'] },
  'dealership:update': { sample: { profile: { salesperson: 'Ahmad' } }, required: [] },
  'max-offer:set-config': {
    sample: { reconditioning: { type: 'fixed', value: 1 }, profitMargin: { type: 'percentage', value: 10 }, lot: { type: 'fixed', value: 1 }, transport: { type: 'fixed', value: 1 }, admin: { type: 'fixed', value: 1 } },
    required: ['reconditioning', 'profitMargin', 'lot', 'transport', 'admin'],
  },
};

/** mulberry32: small, seeded, good enough to spread cases. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = prng(0xdea1e5);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const junkString = () => pick(['', ' ', '\u0000', 'ÿ'.repeat(3), '<script>', 'x'.repeat(5_000 + Math.floor(random() * 200_000)), 'sec_' + 'a'.repeat(40)]);
function nested(depth: number): unknown {
  return depth === 0 ? junkString() : { [pick(['a', 'b', 'then', 'toString', 'valueOf'])]: nested(depth - 1), list: [nested(depth - 1)] };
}
/** A value of a different type than `value` (and never null/undefined, which some fields accept). */
function wrongType(value: unknown): unknown {
  const options: unknown[] = [123, -1.5, true, [], [value], { value }, nested(3), Number.NaN, Infinity, 'text'];
  return pick(options.filter((option) => typeof option !== typeof value || (Array.isArray(option) !== Array.isArray(value))));
}
const NON_OBJECTS = () => [0, 42, -1, 'text', '', true, false, [], [1, 2], ['a'], Symbol.for('x'), () => 1, 10n, new Date(), new Map(), /re/];

/** A payload for `channel` that is invalid by construction. */
function malformed(channel: InvokeChannel): unknown {
  const spec = SAMPLES[channel];
  if (!spec) return pick([...NON_OBJECTS(), {}, { x: 1 }, nested(4), JSON.parse('{"__proto__": {"polluted": 1}}')]);
  const payload: Record<string, unknown> = { ...spec.sample };
  const fields = Object.keys(payload);
  const mutation = pick(['non-object', 'unknown-key', 'pollution', 'wrong-type', 'huge-string', 'missing', 'nested', 'class-instance']);
  switch (mutation) {
    case 'non-object':
      return pick([...NON_OBJECTS(), null, undefined]);
    case 'unknown-key':
      payload[`extra_${Math.floor(random() * 1e6)}`] = nested(1);
      return payload;
    case 'pollution': {
      const key = pick(['__proto__', 'constructor', 'prototype']);
      return JSON.parse(JSON.stringify(payload).replace(/^\{/, `{"${key}":{"polluted":true,"isAdmin":true},`));
    }
    case 'wrong-type': {
      const field = pick(fields);
      payload[field] = wrongType(payload[field]);
      return payload;
    }
    case 'huge-string': {
      const field = pick(fields);
      payload[field] = 'x'.repeat(5_000 + Math.floor(random() * 200_000));
      return payload;
    }
    case 'missing': {
      if (spec.required.length === 0) return { ...payload, [pick(['__proto__', 'junk'])]: 1 };
      delete payload[pick(spec.required)];
      return payload;
    }
    case 'nested':
      payload[pick(fields)] = nested(2 + Math.floor(random() * 8));
      return payload;
    default:
      return Object.assign(Object.create({ inherited: true }) as object, payload);
  }
}

test('the unmutated samples are valid, so every mutation is what makes a payload invalid', () => {
  for (const [channel, spec] of Object.entries(SAMPLES)) expect(() => parseRequest((ROUTES[channel as InvokeChannel] as Route<InvokeChannel>).schema, spec.sample)).not.toThrow();
});

test(`${ROUNDS} malformed payloads: all typed errors, none reaches AutoGrab, nothing stored`, async () => {
  let requests = 0;
  const countingFetch: typeof fetch = async (...args) => {
    requests += 1;
    return fetch(...args);
  };
  const backend = await createAppBackend({
    dataDir: makeTempDir('dd-fuzz-'),
    appOrigin: 'app://dealer-desk',
    cipher: createFakeCipher(),
    fetch: countingFetch,
    startSandbox: () => startSandbox({ rateLimit: null }),
  });
  const statusBefore = await backend.dispatch('app:get-status', undefined, APP);
  const codes = new Map<string, number>();
  try {
    for (let round = 0; round < ROUNDS; round += 1) {
      const channel = pick(INVOKE_CHANNELS);
      const wrongSender = random() < 0.1;
      const sender = wrongSender ? pick([{ ...APP, trustedWindow: false }, { ...APP, isMainFrame: false }, { ...APP, url: 'https://evil.example/' }]) : APP;
      const payload = wrongSender && SAMPLES[channel] ? SAMPLES[channel]!.sample : malformed(channel);
      const result = await backend.dispatch(channel, payload, sender);
      expect(result.ok, `${channel} accepted a malformed payload`).toBe(false);
      if (result.ok) continue;
      expect(ERROR_CODES).toContain(result.error.code);
      expect(result.error.code).toBe(wrongSender ? 'FORBIDDEN' : 'VALIDATION');
      expect(typeof result.error.message).toBe('string');
      expect(result.error.message.length).toBeLessThan(300);
      codes.set(result.error.code, (codes.get(result.error.code) ?? 0) + 1);
    }
    expect(requests).toBe(0);
    expect(await backend.dispatch('app:get-status', undefined, APP)).toEqual(statusBefore);
    expect(await backend.dispatch('history:list-local', undefined, APP)).toEqual({ ok: true, data: [] });
    expect(await backend.dispatch('credentials:get-status', undefined, APP)).toMatchObject({ ok: true, data: { configured: false } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(codes.get('VALIDATION')).toBeGreaterThan(ROUNDS * 0.8);
  } finally {
    await backend.close();
  }
}, 120_000);
