/**
 * The appraisals kept on this workstation. Customer details (name, phone) are
 * personal data under PDPA 2010: they are stored only as ciphertext sealed by
 * the OS secret store, the same way as the AutoGrab credential, and never in
 * clear in the file. Deleting an appraisal removes its ciphertext with it, and
 * a kiosk's idle reset wipes every customer's details
 * ({@link AppraisalStore.clearCustomerDetails}).
 *
 * A record that no longer reads (hand-edited file) is set aside under its own
 * key, never silently dropped, and the rest of the list stays usable.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { SecretCipher } from '../ports';
import type { ValuationResult } from '../domain';
import { DealerDeskError } from '../errors';
import type { KeyValueStore } from './key-value-store';
import { isSealed, seal, secureStorageUsable, unseal } from './sealed-text';
import { nextReference } from '../appraisal/reference';
import type { ReferenceCounter } from '../appraisal/reference';
import { appraisalInputObject, appraisalInputSchema } from '../appraisal/schemas';
import type { MarketEvidence } from '../market/evidence';
import { marketEvidenceSchema } from '../market/evidence-schema';
import type { Appraisal, AppraisalInput, AppraisalMode, CustomerDetails } from '../appraisal/types';

/** How many appraisals are kept (oldest dropped first). */
export const APPRAISAL_LIMIT = 2000;

const KEYS = { records: 'appraisals', counter: 'referenceCounter', setAside: 'unreadableAppraisals' } as const;

/** A record as written to the file: customer details only as sealed text. */
type StoredAppraisal = Omit<Appraisal, 'customer' | 'customerUnavailable'> & { customerSealed: string | null };

/** Customer details shown when none were given. */
const NO_CUSTOMER: CustomerDetails = Object.freeze({ name: '', phone: '' });

const looksLikeValuation = (value: unknown): value is ValuationResult => {
  const prediction = (value as { prediction?: Record<string, unknown> } | null)?.prediction;
  return typeof prediction?.retailPrice === 'number' && typeof prediction.tradePrice === 'number' && typeof prediction.id === 'string';
};

const storedSchema = z.looseObject({
  id: z.string().min(1),
  reference: z.string().regex(/^DD-\d{4}-\d{6,}$/),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  validUntil: z.iso.date(),
  mode: z.enum(['demo', 'live']),
  valuation: z.custom<ValuationResult>(looksLikeValuation),
  customerSealed: z.string().refine(isSealed).nullable(),
});

/** The entered fields as stored (no customer: that is sealed); other keys are checked by {@link storedSchema}. */
const storedInputSchema = z.object(appraisalInputObject.omit({ customer: true }).shape);

function parseStored(value: unknown): StoredAppraisal | null {
  const head = storedSchema.safeParse(value);
  const input = storedInputSchema.safeParse(value);
  if (!head.success || !input.success) return null;
  const { market: stored, ...rest } = head.data;
  const record = { ...input.data, ...rest } as unknown as StoredAppraisal;
  // Evidence is checked like local history checks it; a hand-edited or damaged copy is dropped, the appraisal kept.
  if (stored === undefined) return record;
  const market = marketEvidenceSchema.safeParse(stored);
  if (market.success) record.market = market.data;
  return record;
}

/** The valuation and its source, captured when the appraisal is first saved. */
export interface ValuationSnapshot {
  valuation: ValuationResult;
  mode: AppraisalMode;
  market?: MarketEvidence;
}

/** Options of {@link AppraisalStore}. */
export interface AppraisalStoreOptions {
  store: KeyValueStore;
  cipher: SecretCipher;
  /** Policy `allowInsecureSecretStorage`: accept Linux `basic_text` for customer details too. */
  allowInsecureStorage: boolean;
  /** How many days a new or changed offer stands. */
  offerValidityDays: () => number;
  now?: () => Date;
  limit?: number;
}

/** `YYYY-MM-DD` of the local day `days` after `from`. */
export function addDays(from: Date, days: number): string {
  const day = new Date(from.getFullYear(), from.getMonth(), from.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

/** See the file comment. */
export class AppraisalStore {
  private records: StoredAppraisal[];

  constructor(private readonly options: AppraisalStoreOptions) {
    const raw = options.store.get(KEYS.records);
    const list: unknown[] = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
    const parsed = list.map((value) => ({ value, record: parseStored(value) }));
    this.records = parsed.flatMap(({ record }) => (record ? [record] : []));
    const unreadable = parsed.filter(({ record }) => record === null).map(({ value }) => value);
    if (unreadable.length > 0) {
      const earlier = options.store.get(KEYS.setAside);
      options.store.set(KEYS.setAside, [...(Array.isArray(earlier) ? earlier : []), ...unreadable]);
      this.persist();
    }
  }

  /** How many records could not be read and were set aside. */
  setAsideCount(): number {
    const value = this.options.store.get(KEYS.setAside);
    return Array.isArray(value) ? value.length : 0;
  }

  /** Every appraisal, newest first, with customer details decrypted. */
  async list(): Promise<Appraisal[]> {
    return Promise.all(this.records.map((record) => this.open(record)));
  }

  /** One appraisal; `NOT_FOUND` when it was deleted. */
  async get(id: string): Promise<Appraisal> {
    return this.open(this.find(id));
  }

  /** Saves a new appraisal with the next reference; the offer stands for the configured days. */
  async create(input: AppraisalInput, snapshot: ValuationSnapshot): Promise<Appraisal> {
    const valid = appraisalInputSchema.parse(input);
    const now = this.now();
    const { reference, counter } = nextReference(this.counter(), now);
    const { customer, ...rest } = valid;
    const record: StoredAppraisal = {
      ...rest,
      id: randomUUID(),
      reference,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      validUntil: addDays(now, this.options.offerValidityDays()),
      mode: snapshot.mode,
      valuation: stripUsage(snapshot.valuation),
      customerSealed: await this.sealCustomer(customer),
    };
    if (snapshot.market) record.market = snapshot.market;
    this.options.store.set(KEYS.counter, counter);
    this.records = [record, ...this.records].slice(0, this.options.limit ?? APPRAISAL_LIMIT);
    this.persist();
    return this.open(record);
  }

  /** Updates what the salesperson entered; a changed offer stands again for the configured days. */
  async update(id: string, input: AppraisalInput): Promise<Appraisal> {
    const valid = appraisalInputSchema.parse(input);
    const current = this.find(id);
    const now = this.now();
    const { customer, ...rest } = valid;
    const next: StoredAppraisal = {
      ...current,
      ...rest,
      updatedAt: now.toISOString(),
      validUntil: valid.offer !== current.offer ? addDays(now, this.options.offerValidityDays()) : current.validUntil,
      customerSealed: await this.sealCustomer(customer),
    };
    this.records = this.records.map((record) => (record.id === id ? next : record));
    this.persist();
    return this.open(next);
  }

  /** Deletes an appraisal and, with it, the customer's details. Returns whether it existed. */
  delete(id: string): boolean {
    const before = this.records.length;
    this.records = this.records.filter((record) => record.id !== id);
    if (this.records.length === before) return false;
    this.persist();
    return true;
  }

  /** Wipes every customer's name and phone (kiosk idle reset); the appraisals stay. Returns how many were wiped. */
  clearCustomerDetails(): number {
    const count = this.records.filter((record) => record.customerSealed !== null).length;
    if (count === 0) return 0;
    this.records = this.records.map((record) => ({ ...record, customerSealed: null }));
    this.persist();
    return count;
  }

  private find(id: string): StoredAppraisal {
    const record = this.records.find((candidate) => candidate.id === id);
    if (!record) throw new DealerDeskError('NOT_FOUND', 'appraisal not found on this computer', { reason: 'appraisal.notFound' });
    return record;
  }

  private async sealCustomer(customer: CustomerDetails): Promise<string | null> {
    if (customer.name === '' && customer.phone === '') return null;
    if (!(await secureStorageUsable(this.options.cipher, this.options.allowInsecureStorage))) {
      throw new DealerDeskError(
        'SECURE_STORAGE_UNAVAILABLE',
        'customer details refused: no secure password store on this computer',
        { field: 'customer', reason: 'appraisal.customerNeedsKeyring' },
      );
    }
    return seal(this.options.cipher, JSON.stringify(customer));
  }

  private async open(record: StoredAppraisal): Promise<Appraisal> {
    const { customerSealed, ...rest } = record;
    if (customerSealed === null) return { ...rest, customer: { ...NO_CUSTOMER }, customerUnavailable: false };
    try {
      const value = JSON.parse(await unseal(this.options.cipher, customerSealed)) as Partial<CustomerDetails>;
      const customer = { name: String(value.name ?? ''), phone: String(value.phone ?? '') };
      return { ...rest, customer, customerUnavailable: false };
    } catch {
      // Keyring locked or changed: the rest of the appraisal is still useful.
      return { ...rest, customer: { ...NO_CUSTOMER }, customerUnavailable: true };
    }
  }

  private counter(): ReferenceCounter | null {
    const value = this.options.store.get(KEYS.counter) as Partial<ReferenceCounter> | undefined;
    const valid = Number.isInteger(value?.year) && Number.isInteger(value?.last);
    // Never hand out a reference twice, even if the counter was lost: continue after the highest stored one.
    const highest = Math.max(0, ...this.records.filter((r) => r.reference.startsWith(`DD-${this.now().getFullYear()}-`)).map((r) => Number(r.reference.slice(8))));
    const year = this.now().getFullYear();
    const last = valid && value!.year === year ? Math.max(value!.last!, highest) : highest;
    return { year, last };
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  private persist(): void {
    this.options.store.set(KEYS.records, this.records);
  }
}

/** The usage headers of the call are not part of the record. */
function stripUsage(valuation: ValuationResult): ValuationResult {
  return { ...valuation, usage: null };
}
