import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
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

describe('local history: typing sessions', () => {
  const at = (iso: string) => ({ now: () => new Date(iso) });

  test('a search 2 minutes after the last one still continues it; a moment later it is a new search', () => {
    let now = new Date('2026-11-28T10:00:00.000Z');
    const target = history({ now: () => now });
    target.add(search('myvi'));
    now = new Date('2026-11-28T10:02:00.000Z');
    target.add(search('myvi av'));
    expect(queries(target)).toEqual(['myvi av']);
    now = new Date('2026-11-28T10:04:00.001Z');
    target.add(search('myvi av 1.5'));
    expect(queries(target)).toEqual(['myvi av 1.5', 'myvi av']);
  });

  test('case and surrounding spaces do not split a session; a query that only ends the same way is a new search', () => {
    const target = history(at('2026-11-28T10:00:00Z'));
    target.add(search(' 2019 MYVI '));
    target.add(search('2019 myvi av'));
    expect(queries(target)).toEqual(['2019 myvi av']);
    target.add(search('av'));
    expect(queries(target)).toEqual(['av', '2019 myvi av']);
  });

  test('a search after a valuation, or in the other mode, never replaces it', () => {
    const target = history(at('2026-11-28T10:00:00Z'));
    target.add(valuation('myvi'));
    target.add({ kind: 'search', mode: 'live', query: 'myvi', vehicle: null });
    target.add({ kind: 'search', mode: 'demo', query: 'myvi av', vehicle: null });
    expect(queries(target)).toEqual(['myvi av', 'myvi', 'myvi']);
  });

  test('a valuation right after a search of the same mode is kept next to it', () => {
    const target = history(at('2026-11-28T10:00:00Z'));
    target.add({ kind: 'search', mode: 'live', query: 'myvi', vehicle: null });
    target.add(valuation('myvi-1'));
    expect(queries(target)).toEqual(['myvi-1', 'myvi']);
  });

  test('the new query is compared without its case and spaces too', () => {
    const target = history(at('2026-11-28T10:00:00Z'));
    target.add(search('myvi av'));
    target.add(search(' MYVI '));
    expect(queries(target)).toEqual([' MYVI ']);
  });

  test('a damaged newest entry is set aside when the next search is saved, not a crash', () => {
    const target = history(at('2026-11-28T10:00:00Z'));
    target.add(search('myvi'));
    const dir = join(root, 'history');
    writeFileSync(join(dir, readdirSync(dir)[0]!), 'not json');
    target.add(search('myvi av'));
    expect(queries(target)).toEqual(['myvi av']);
  });
});

describe('local history: what the folder may hold', () => {
  test.each([
    ['null', 'null'],
    ['text', '"search"'],
    ['an unknown kind', JSON.stringify({ kind: 'note', id: 'a', savedAt: '2026-11-28T10:00:00Z', mode: 'demo' })],
    ['no id', JSON.stringify({ kind: 'search', savedAt: '2026-11-28T10:00:00Z', mode: 'demo', query: 'x' })],
    ['no date', JSON.stringify({ kind: 'search', id: 'a', mode: 'demo', query: 'x' })],
    ['an unknown mode', JSON.stringify({ kind: 'search', id: 'a', savedAt: '2026-11-28T10:00:00Z', mode: 'test', query: 'x' })],
    ['a valuation without a mode', JSON.stringify({ kind: 'valuation', id: 'a', savedAt: '2026-11-28T10:00:00Z' })],
  ])('an entry file holding %s is set aside (without a notice handler too) and the rest stays', (_label, content) => {
    const target = history();
    target.add(search('kept'));
    const dir = join(root, 'history');
    writeFileSync(join(dir, '000000000000001-000000001-bad.json'), content);
    expect(queries(target)).toEqual(['kept']);
    expect(readdirSync(dir).filter((name) => name.includes('.corrupt-'))).toHaveLength(1);
  });

  test("files that are not entries are left alone, and a missing folder is an empty history that clears to 0", () => {
    const target = history();
    expect(target.list()).toEqual([]);
    expect(target.clear()).toBe(0);
    target.add(search('kept'));
    const dir = join(root, 'history');
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    writeFileSync(join(dir, '12-1-x.json'), '{}');
    expect(queries(target)).toEqual(['kept']);
    expect(readdirSync(dir)).toEqual(expect.arrayContaining(['12-1-x.json', 'notes.txt']));
    expect(readdirSync(dir)).toHaveLength(3);
  });

  test('a history with more files than its cap lists only the newest up to the cap', () => {
    const writer = history({ limit: 10 });
    for (const query of ['a', 'b', 'c', 'd', 'e']) writer.add(search(query));
    expect(queries(history({ limit: 3 }))).toEqual(['e', 'd', 'c']);
  });

  test('a folder named like an entry is set aside and reported like a damaged entry', () => {
    const setAside: string[] = [];
    const target = history({ onSetAside: (path) => setAside.push(path) });
    target.add(search('kept'));
    mkdirSync(join(root, 'history', '000000000000001-000000001-dir.json'));
    expect(queries(target)).toEqual(['kept']);
    expect(setAside).toEqual([expect.stringMatching(/dir\.json\.corrupt-/)]);
  });

  test('a folder that cannot be listed is an error, not an empty history', () => {
    writeFileSync(join(root, 'history'), 'a file where the folder should be');
    expect(() => history().list()).toThrow();
  });

  test('entry files are readable by this user only', () => {
    const target = history();
    target.add(search('myvi'));
    const dir = join(root, 'history');
    expect(statSync(join(dir, readdirSync(dir)[0]!)).mode & 0o777).toBe(0o600);
  });

  test('market evidence goes to the valuation with that ID even when searches and a damaged entry are newer', () => {
    const target = history();
    target.add({ kind: 'valuation', mode: 'demo', vehicle: { id: '1', title: 'Myvi' }, request: { vehicleId: '1' }, valuation: { prediction: { id: 'p1' } } as never });
    target.add(search('vios'));
    const dir = join(root, 'history');
    writeFileSync(join(dir, '999999999999999-000000001-bad.json'), 'not json');
    expect(target.attachMarket('p1', { fetchedAt: '2026-06-15T00:00:00.000Z' } as never)).toBe(true);
    expect(target.attachMarket('p2', { fetchedAt: '2026-06-15T00:00:00.000Z' } as never)).toBe(false);
  });
});

describe('local history: moving the history of older versions', () => {
  const entry = (id: string, query: string, savedAt = '2026-11-28T10:00:00.000Z') => ({ kind: 'search', mode: 'demo', query, vehicle: null, id, savedAt });

  test('nothing to move: no copy of the old store is made', () => {
    const legacy = new MemoryStore({});
    const target = history({ legacy });
    expect(target.resetBackupPath).toBeNull();
    expect(legacy.backups).toBe(0);
  });

  test('entries saved at the same moment keep their order; an unreadable date sorts oldest', () => {
    const legacy = new MemoryStore({ entries: [entry('id-3', 'third'), entry('id-2', 'second'), entry('id-1', 'undated', 'yesterday')] });
    const target = history({ legacy });
    expect(queries(target)).toEqual(['third', 'second', 'undated']);
    expect(target.resetBackupPath).toBeNull();
  });

  test.each([
    ['an id with a path in it', '../../../etc/cron.d/x'],
    ['an id with a character after it', 'abc!'],
    ['an id with a character before it', '!abc'],
    ['an id over 64 characters', 'a'.repeat(65)],
  ])('%s is not moved, and the old store is copied aside instead of dropped', (_label, id) => {
    const legacy = new MemoryStore({ entries: [entry('good-1', 'kept'), entry(id, 'refused')] });
    const target = history({ legacy });
    expect(queries(target)).toEqual(['kept']);
    expect(target.resetBackupPath).toBe('memory.corrupt-1');
  });

  test('an old store whose entries are not a list is copied aside', () => {
    const legacy = new MemoryStore({ entries: 'garbage' });
    const target = history({ legacy });
    expect(target.list()).toEqual([]);
    expect(target.resetBackupPath).toBe('memory.corrupt-1');
  });
});

