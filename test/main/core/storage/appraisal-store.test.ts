import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppraisalStore } from '../../../../main/core/storage/appraisal-store';
import { JsonFileStore } from '../../../../main/core/storage/key-value-store';
import { appraisalInput, CUSTOMER, marketEvidence, VALUATION } from '../../../fixtures/appraisals';
import { createFakeCipher } from '../../../fixtures/fake-cipher';
import { MemoryStore } from '../../../fixtures/memory-store';
import { makeTempDir } from '../../../fixtures/temp-dirs';

const NOW = new Date(2026, 11, 1, 10, 30);
let dir: string;
beforeEach(() => {
  dir = makeTempDir('dd-appraisals-');
});

function open(options: { backend?: string; allowInsecure?: boolean; now?: () => Date } = {}) {
  const file = join(dir, 'appraisals.json');
  const cipher = createFakeCipher({ backend: options.backend });
  const store = new AppraisalStore({
    store: new JsonFileStore(file),
    cipher,
    allowInsecureStorage: options.allowInsecure ?? false,
    offerValidityDays: () => 7,
    now: options.now ?? (() => NOW),
  });
  return { store, cipher, file, text: () => readFileSync(file, 'utf8') };
}

describe('appraisal records and customer details (PDPA 2010)', () => {
  test("a new appraisal gets a short reference and a valid-until date; the customer's name and phone are only ciphertext on disk", async () => {
    const { store, text } = open();
    const saved = await store.create(appraisalInput(), { valuation: VALUATION, mode: 'demo' });
    expect(saved).toMatchObject({ reference: 'DD-2026-000001', validUntil: '2026-12-08', customer: CUSTOMER, status: 'open', mode: 'demo' });
    const onDisk = text();
    expect(onDisk).not.toContain(CUSTOMER.name);
    expect(onDisk).not.toContain('Siti');
    expect(onDisk).not.toContain(CUSTOMER.phone);
    expect(onDisk).not.toContain('3456789');
    expect(onDisk).toMatch(/"customerSealed": "v1:[A-Za-z0-9+/=]+"/);
    // Reopened from the file (a new process), the details decrypt again.
    const reopened = open();
    expect((await reopened.store.list())[0]?.customer).toEqual(CUSTOMER);
  });

  test('deleting an appraisal removes its encrypted customer details from the file', async () => {
    const { store, text } = open();
    const a = await store.create(appraisalInput(), { valuation: VALUATION, mode: 'live' });
    await store.create(appraisalInput({ customer: { name: '', phone: '' } }), { valuation: VALUATION, mode: 'live' });
    const sealedBefore = JSON.parse(text()).appraisals.find((r: { id: string }) => r.id === a.id).customerSealed as string;
    expect(store.delete(a.id)).toBe(true);
    expect(text()).not.toContain(sealedBefore);
    expect(text()).not.toContain(a.reference);
    expect(await store.list()).toHaveLength(1);
    await expect(store.get(a.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(store.delete(a.id)).toBe(false);
  });

  test("a kiosk reset wipes every customer's details but keeps the appraisals", async () => {
    const { store, text } = open();
    await store.create(appraisalInput(), { valuation: VALUATION, mode: 'live' });
    await store.create(appraisalInput(), { valuation: VALUATION, mode: 'live' });
    expect(store.clearCustomerDetails()).toBe(2);
    expect(text()).not.toMatch(/"customerSealed": "v1:/);
    const list = await store.list();
    expect(list.map((a) => a.customer)).toEqual([{ name: '', phone: '' }, { name: '', phone: '' }]);
    expect(list.map((a) => a.reference)).toEqual(['DD-2026-000002', 'DD-2026-000001']);
  });

  test('without secure storage (Linux basic_text) customer details are refused; an appraisal without them still saves', async () => {
    const { store, cipher, text } = open({ backend: 'basic_text' });
    await expect(store.create(appraisalInput(), { valuation: VALUATION, mode: 'live' })).rejects.toMatchObject({ code: 'SECURE_STORAGE_UNAVAILABLE', field: 'customer' });
    expect(cipher.encryptCalls).toBe(0);
    const saved = await store.create(appraisalInput({ customer: { name: '', phone: '' } }), { valuation: VALUATION, mode: 'live' });
    expect(saved.reference).toBe('DD-2026-000001');
    expect(text()).toContain('"customerSealed": null');
  });

  test('when the keyring cannot decrypt, the appraisal still opens and says its customer details are unavailable', async () => {
    const { store } = open();
    await store.create(appraisalInput(), { valuation: VALUATION, mode: 'live' });
    const broken = new AppraisalStore({
      store: new JsonFileStore(join(dir, 'appraisals.json')),
      cipher: { ...createFakeCipher(), decrypt: async () => Promise.reject(new Error('keyring locked')) },
      allowInsecureStorage: false,
      offerValidityDays: () => 7,
    });
    expect((await broken.list())[0]).toMatchObject({ customerUnavailable: true, customer: { name: '', phone: '' }, offer: 36_000 });
  });

  test('updating keeps the reference; a changed offer stands for the validity days from the change', async () => {
    let now = NOW;
    const { store } = open({ now: () => now });
    const saved = await store.create(appraisalInput(), { valuation: VALUATION, mode: 'live' });
    now = new Date(2026, 11, 3, 9, 0);
    const sameOffer = await store.update(saved.id, appraisalInput({ status: 'offered' }));
    expect(sameOffer).toMatchObject({ reference: saved.reference, validUntil: '2026-12-08', status: 'offered' });
    const newOffer = await store.update(saved.id, appraisalInput({ offer: 35_000 }));
    expect(newOffer.validUntil).toBe('2026-12-10');
  });

  test('invalid input is refused with the field at fault, and nothing is written', async () => {
    const { store } = open();
    const bad = appraisalInput({ recon: [{ kind: null, label: '', amount: 100, note: '' }] });
    await expect(store.create(bad, { valuation: VALUATION, mode: 'live' })).rejects.toThrow(/name/);
    await expect(store.create(appraisalInput({ customer: { name: 'A', phone: 'call me' } }), { valuation: VALUATION, mode: 'live' })).rejects.toThrow(/phone/);
    expect(await store.list()).toEqual([]);
  });

  test('references continue after the highest stored one even if the counter was lost, and restart each year', async () => {
    const memory = new MemoryStore();
    let now = NOW;
    const make = () => new AppraisalStore({ store: memory, cipher: createFakeCipher(), allowInsecureStorage: false, offerValidityDays: () => 7, now: () => now });
    await make().create(appraisalInput(), { valuation: VALUATION, mode: 'live' });
    await make().create(appraisalInput(), { valuation: VALUATION, mode: 'live' });
    delete memory.data.referenceCounter;
    expect((await make().create(appraisalInput(), { valuation: VALUATION, mode: 'live' })).reference).toBe('DD-2026-000003');
    now = new Date(2027, 0, 2);
    expect((await make().create(appraisalInput(), { valuation: VALUATION, mode: 'live' })).reference).toBe('DD-2027-000001');
  });

  test('a hand-edited record that no longer reads is set aside, the others stay', async () => {
    const memory = new MemoryStore();
    const make = () => new AppraisalStore({ store: memory, cipher: createFakeCipher(), allowInsecureStorage: false, offerValidityDays: () => 7, now: () => NOW });
    await make().create(appraisalInput(), { valuation: VALUATION, mode: 'live' });
    (memory.data.appraisals as unknown[]).push({ id: 'x', reference: 'nonsense' });
    const store = make();
    expect(await store.list()).toHaveLength(1);
    expect(store.setAsideCount()).toBe(1);
    expect(memory.data.unreadableAppraisals).toEqual([{ id: 'x', reference: 'nonsense' }]);
  });

  test('the market evidence travels with the record when the valuation had one', async () => {
    const { store } = open();
    const evidence = marketEvidence();
    const saved = await store.create(appraisalInput(), { valuation: VALUATION, mode: 'live', market: evidence });
    expect((await open().store.get(saved.id)).market).toEqual(evidence);
  });

  test('damaged market evidence in the file is dropped and the appraisal still opens', async () => {
    const { store, file, text } = open();
    const saved = await store.create(appraisalInput(), { valuation: VALUATION, mode: 'live', market: marketEvidence() });
    const data = JSON.parse(text()) as { appraisals: Array<Record<string, unknown>> };
    data.appraisals[0]!.market = { sampleSize: 'many' };
    writeFileSync(file, JSON.stringify(data));
    const reopened = await open().store.get(saved.id);
    expect(reopened.reference).toBe(saved.reference);
    expect(reopened.market).toBeUndefined();
  });
});

describe('appraisal store: what the screen is told, and which record changes', () => {
  const memoryStore = (memory = new MemoryStore(), options: { backend?: string; limit?: number; now?: () => Date } = {}) =>
    new AppraisalStore({ store: memory, cipher: createFakeCipher({ backend: options.backend }), allowInsecureStorage: false, offerValidityDays: () => 7, now: options.now ?? (() => NOW), limit: options.limit });
  const snapshot = { valuation: VALUATION, mode: 'live' as const };

  test('an appraisal deleted meanwhile: NOT_FOUND with reason appraisal.notFound, for opening and for saving', async () => {
    const store = memoryStore();
    const expected = { code: 'NOT_FOUND', reason: 'appraisal.notFound', message: expect.stringContaining('not found') };
    await expect(store.get('gone')).rejects.toMatchObject(expected);
    await expect(store.update('gone', appraisalInput())).rejects.toMatchObject(expected);
  });

  test('only a name, or only a phone, still needs the keyring (reason appraisal.customerNeedsKeyring)', async () => {
    const store = memoryStore(new MemoryStore(), { backend: 'basic_text' });
    for (const customer of [{ name: 'Siti', phone: '' }, { name: '', phone: '012-345 6789' }]) {
      await expect(store.create(appraisalInput({ customer }), snapshot)).rejects.toMatchObject({
        code: 'SECURE_STORAGE_UNAVAILABLE',
        field: 'customer',
        reason: 'appraisal.customerNeedsKeyring',
        message: expect.stringContaining('no secure password store'),
      });
    }
  });

  test('customer details that open fine are not flagged unavailable, with or without a customer', async () => {
    const store = memoryStore();
    await store.create(appraisalInput(), snapshot);
    await store.create(appraisalInput({ customer: { name: '', phone: '' } }), snapshot);
    expect((await store.list()).map((a) => [a.customer, a.customerUnavailable])).toEqual([
      [{ name: '', phone: '' }, false],
      [CUSTOMER, false],
    ]);
  });

  test('an update changes that appraisal only', async () => {
    const store = memoryStore();
    const first = await store.create(appraisalInput(), snapshot);
    const second = await store.create(appraisalInput(), snapshot);
    await store.update(first.id, appraisalInput({ offer: 35_000 }));
    expect((await store.get(first.id)).offer).toBe(35_000);
    expect((await store.get(second.id)).offer).toBe(36_000);
  });

  test('the kiosk reset counts only appraisals that had customer details, and with none writes nothing', async () => {
    const memory = new MemoryStore();
    const store = memoryStore(memory);
    await store.create(appraisalInput({ customer: { name: '', phone: '' } }), snapshot);
    const before = JSON.stringify(memory.data);
    expect(store.clearCustomerDetails()).toBe(0);
    expect(JSON.stringify(memory.data)).toBe(before);
    await store.create(appraisalInput(), snapshot);
    expect(store.clearCustomerDetails()).toBe(1);
  });

  test('the newest appraisals are kept up to the limit', async () => {
    const store = memoryStore(new MemoryStore(), { limit: 2 });
    for (let index = 0; index < 3; index += 1) await store.create(appraisalInput(), snapshot);
    expect((await store.list()).map((a) => a.reference)).toEqual(['DD-2026-000003', 'DD-2026-000002']);
  });

  test('a counter ahead of the stored records is kept; a damaged counter falls back to the records', async () => {
    const memory = new MemoryStore({ referenceCounter: { year: 2026, last: 41 } });
    expect((await memoryStore(memory).create(appraisalInput(), snapshot)).reference).toBe('DD-2026-000042');
    memory.data.referenceCounter = { year: 2026, last: 'x' };
    expect((await memoryStore(memory).create(appraisalInput(), snapshot)).reference).toBe('DD-2026-000043');
    memory.data.referenceCounter = { year: 'x', last: 99 };
    expect((await memoryStore(memory).create(appraisalInput(), snapshot)).reference).toBe('DD-2026-000044');
  });

  test('a single record stored instead of a list is read as that record; no records means nothing set aside', async () => {
    const memory = new MemoryStore();
    await memoryStore(memory).create(appraisalInput(), snapshot);
    memory.data.appraisals = (memory.data.appraisals as unknown[])[0];
    const store = memoryStore(memory);
    expect(await store.list()).toHaveLength(1);
    expect(store.setAsideCount()).toBe(0);
    expect(memory.data.unreadableAppraisals).toBeUndefined();
    expect(memoryStore(new MemoryStore()).setAsideCount()).toBe(0);
  });

  test('a record whose valuation lost its prices or id is set aside', async () => {
    for (const prediction of [{ retailPrice: 'x', tradePrice: 1, id: 'p' }, { retailPrice: 1, tradePrice: null, id: 'p' }, { retailPrice: 1, tradePrice: 1, id: 7 }]) {
      const memory = new MemoryStore();
      await memoryStore(memory).create(appraisalInput(), snapshot);
      const [record] = memory.data.appraisals as Array<Record<string, unknown>>;
      record!.valuation = { ...(record!.valuation as object), prediction };
      expect(memoryStore(memory).setAsideCount()).toBe(1);
    }
  });

  test('a record with a bad entered field is set aside even when its header reads', async () => {
    const memory = new MemoryStore();
    await memoryStore(memory).create(appraisalInput(), snapshot);
    (memory.data.appraisals as Array<Record<string, unknown>>)[0]!.offer = 'lots';
    expect(memoryStore(memory).setAsideCount()).toBe(1);
  });

  test('an appraisal saved without market evidence has none, also after reopening', async () => {
    const memory = new MemoryStore();
    await memoryStore(memory).create(appraisalInput(), snapshot);
    expect('market' in (memory.data.appraisals as Array<Record<string, unknown>>)[0]!).toBe(false);
    const [reopened] = await memoryStore(memory).list();
    expect(reopened && 'market' in reopened).toBe(false);
  });

  test('without a clock of its own the store uses the computer clock', async () => {
    const before = new Date().getFullYear();
    const store = new AppraisalStore({ store: new MemoryStore(), cipher: createFakeCipher(), allowInsecureStorage: false, offerValidityDays: () => 7 });
    const saved = await store.create(appraisalInput(), snapshot);
    expect([`DD-${before}-000001`, `DD-${before + 1}-000001`]).toContain(saved.reference);
  });

  test('sealed customer details missing a name or a phone open with that part blank', async () => {
    const memory = new MemoryStore();
    const cipher = createFakeCipher();
    await memoryStore(memory).create(appraisalInput(), snapshot);
    const [record] = memory.data.appraisals as Array<Record<string, unknown>>;
    record!.customerSealed = `v1:${await cipher.encrypt('{"name":"Siti"}')}`;
    const [opened] = await memoryStore(memory).list();
    expect(opened).toMatchObject({ customer: { name: 'Siti', phone: '' }, customerUnavailable: false });
    record!.customerSealed = `v1:${await cipher.encrypt('{"phone":"012-345 6789"}')}`;
    expect((await memoryStore(memory).list())[0]?.customer).toEqual({ name: '', phone: '012-345 6789' });
  });
});

