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
