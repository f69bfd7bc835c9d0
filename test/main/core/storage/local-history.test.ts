import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalHistory } from '../../../../main/core/storage/local-history';
import type { LocalHistoryOptions, NewHistoryEntry } from '../../../../main/core/storage/local-history';
import { buildMarketEvidence, DEFAULT_MARKET_CONTROLS } from '../../../../main/core/market/index';
import type { ValuationResult } from '../../../../preload/contract';
import { MemoryStore } from '../../../fixtures/memory-store';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'dd-history-'));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

const history = (options: Partial<LocalHistoryOptions> = {}) => new LocalHistory({ dir: join(root, 'history'), ...options });
const search = (query: string): NewHistoryEntry => ({ kind: 'search', mode: 'demo', query, vehicle: null });
const valuation = (vehicleId: string): NewHistoryEntry => ({
  kind: 'valuation',
  mode: 'live',
  vehicle: { id: vehicleId, title: `Vehicle ${vehicleId}` },
  request: { vehicleId },
  valuation: {} as never,
});
const queries = (target: LocalHistory) => target.list().map((entry) => (entry.kind === 'search' ? entry.query : entry.vehicle.id));

describe('local history', () => {
  test('newest first, capped, persisted', () => {
    const first = history({ limit: 3 });
    for (const query of ['a', 'b', 'c', 'd']) first.add(search(query));
    expect(queries(history({ limit: 3 }))).toEqual(['d', 'c', 'b']);
    expect(readdirSync(join(root, 'history'))).toHaveLength(3);
  });

  test('typeahead searches of one typing session leave one entry, the last query; other or later searches are kept', () => {
    let now = new Date('2026-11-28T10:00:00Z');
    const target = history({ now: () => now });
    for (const query of ['2019', '2019 my', '2019 myvi', '2019 myvi 1.5 av']) target.add(search(query));
    target.add(search('vios'));
    now = new Date('2026-11-28T10:05:00Z');
    target.add(search('vios 1.5'));
    expect(queries(target)).toEqual(['vios 1.5', 'vios', '2019 myvi 1.5 av']);
  });

  test('clear reports how many entries were removed', () => {
    const target = history();
    target.add({ kind: 'search', mode: 'live', query: 'myvi', vehicle: { id: '1', title: 'Perodua Myvi' } });
    expect(target.clear()).toBe(1);
    expect(target.list()).toEqual([]);
  });

  test('two writers saving at once keep every entry (6 saves, 6 entries)', () => {
    const first = history();
    const second = history();
    for (let index = 0; index < 3; index += 1) {
      first.add(valuation(`a${index}`));
      second.add(valuation(`b${index}`));
    }
    expect(new Set(queries(history()))).toEqual(new Set(['a0', 'b0', 'a1', 'b1', 'a2', 'b2']));
    expect(queries(first)).toHaveLength(6);
  });

  test('one damaged entry is set aside with a notice; every other entry stays', () => {
    const setAside: string[] = [];
    const target = history({ onSetAside: (path) => setAside.push(path) });
    for (const id of ['1', '2', '3']) target.add(valuation(id));
    const dir = join(root, 'history');
    const [, middle] = readdirSync(dir).sort();
    writeFileSync(join(dir, middle!), '{"kind":"valuation","id":5}');
    expect(queries(target)).toEqual(['3', '1']);
    expect(setAside).toHaveLength(1);
    expect(setAside[0]).toMatch(/\.corrupt-/);
    expect(queries(target)).toEqual(['3', '1']);
    expect(setAside).toHaveLength(1);
  });

  test('a failed write throws and changes nothing', () => {
    const target = history();
    target.add(search('kept'));
    mkdirSync(join(root, 'blocked'));
    writeFileSync(join(root, 'blocked', 'history'), 'a file where the folder should be');
    const blocked = new LocalHistory({ dir: join(root, 'blocked', 'history') });
    expect(() => blocked.add(search('lost'))).toThrow();
    expect(queries(target)).toEqual(['kept']);
  });

  test('leftover temp files of an interrupted write are deleted at start', () => {
    const dir = join(root, 'history');
    mkdirSync(dir);
    const leftover = join(dir, '001764000000000-000000001-abc.json.123.tmp');
    writeFileSync(leftover, '{"half');
    const old = new Date(Date.now() - 5 * 60_000);
    utimesSync(leftover, old, old);
    history();
    expect(readdirSync(dir)).toEqual([]);
  });

  test('the single-store history of older versions is moved into the folder once, in order', () => {
    const legacy = new MemoryStore({
      entries: [
        { kind: 'search', mode: 'demo', query: 'newer', vehicle: null, id: 'id-2', savedAt: '2026-11-28T10:01:00.000Z' },
        { kind: 'search', mode: 'demo', query: 'older', vehicle: null, id: 'id-1', savedAt: '2026-11-28T10:00:00.000Z' },
      ],
    });
    expect(queries(history({ legacy }))).toEqual(['newer', 'older']);
    expect(legacy.data.entries).toBeUndefined();
    expect(queries(history({ legacy }))).toEqual(['newer', 'older']);
  });

  describe('market evidence kept with a valuation', () => {
    const priced = (id: string): ValuationResult => ({ prediction: { id, vehicleId: '1111111111111111', createdAt: null, kms: 48_000, retailPrice: 36_000, tradePrice: 30_000, score: 0.9 }, bounds: null, maxOffer: null, usage: null });
    const evidence = buildMarketEvidence({
      vehicleId: '1111111111111111',
      controls: DEFAULT_MARKET_CONTROLS,
      overlay: { sampleSize: 0, daysChecked: 60, leads: [] },
      fetchedAt: new Date('2026-06-15T00:00:00Z'),
      history: null,
    });
    const add = (target: LocalHistory, id: string) =>
      target.add({ kind: 'valuation', mode: 'demo', vehicle: { id: '1111111111111111', title: 'Myvi' }, request: { vehicleId: '1111111111111111', kms: 48_000 }, valuation: priced(id) });

    test('is attached to the valuation it belongs to, survives a restart, and is refused for an unknown valuation', () => {
      const target = history();
      add(target, 'p1');
      add(target, 'p2');
      expect(target.attachMarket('p1', evidence)).toBe(true);
      expect(target.attachMarket('gone', evidence)).toBe(false);
      const reopened = history().list();
      expect(reopened.map((entry) => (entry.kind === 'valuation' ? (entry.market?.fetchedAt ?? null) : null))).toEqual([null, '2026-06-15T00:00:00.000Z']);
    });

    test('damaged evidence in the file is dropped on load; the valuation itself stays', () => {
      const target = history();
      add(target, 'p1');
      target.attachMarket('p1', evidence);
      const dir = join(root, 'history');
      const [name] = readdirSync(dir);
      const entry = JSON.parse(readFileSync(join(dir, name!), 'utf8')) as Record<string, unknown>;
      writeFileSync(join(dir, name!), JSON.stringify({ ...entry, market: { ...evidence, leads: 'lots' } }));
      const [reloaded] = history().list();
      expect(reloaded).toMatchObject({ kind: 'valuation', valuation: { prediction: { id: 'p1' } } });
      expect(reloaded && 'market' in reloaded).toBe(false);
    });
  });
});
