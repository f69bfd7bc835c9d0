import { LocalHistory } from '../../../../main/core/storage/local-history';
import { buildMarketEvidence, DEFAULT_MARKET_CONTROLS } from '../../../../main/core/market/index';
import type { ValuationResult } from '../../../../preload/contract';
import { MemoryStore } from '../../../fixtures/memory-store';

describe('local history', () => {
  test('newest first, capped, persisted', () => {
    const store = new MemoryStore();
    const history = new LocalHistory(store, 3);
    for (const query of ['a', 'b', 'c', 'd']) history.add({ kind: 'search', mode: 'demo', query, vehicle: null });
    const queries = new LocalHistory(store, 3).list().map((entry) => (entry.kind === 'search' ? entry.query : ''));
    expect(queries).toEqual(['d', 'c', 'b']);
  });

  test('typeahead searches of one typing session leave one entry, the last query; other or later searches are kept', () => {
    let now = new Date('2026-11-28T10:00:00Z');
    const history = new LocalHistory(new MemoryStore(), 200, () => now);
    const search = (query: string) => history.add({ kind: 'search', mode: 'demo', query, vehicle: null });
    for (const query of ['2019', '2019 my', '2019 myvi', '2019 myvi 1.5 av']) search(query);
    search('vios');
    now = new Date('2026-11-28T10:05:00Z');
    search('vios 1.5');
    const queries = history.list().map((entry) => (entry.kind === 'search' ? entry.query : ''));
    expect(queries).toEqual(['vios 1.5', 'vios', '2019 myvi 1.5 av']);
  });

  test('clear reports how many entries were removed', () => {
    const history = new LocalHistory(new MemoryStore());
    history.add({ kind: 'search', mode: 'live', query: 'myvi', vehicle: { id: '1', title: 'Perodua Myvi' } });
    expect(history.clear()).toBe(1);
    expect(history.list()).toEqual([]);
  });

  test('an unusable history file is backed up and reset', () => {
    const history = new LocalHistory(new MemoryStore({ entries: [{ kind: 'search', id: 7 }] }));
    expect(history.resetBackupPath).not.toBeNull();
    expect(history.list()).toEqual([]);
  });

  describe('market evidence kept with a valuation', () => {
    const valuation = (id: string): ValuationResult => ({ prediction: { id, vehicleId: '1111111111111111', createdAt: null, kms: 48_000, retailPrice: 36_000, tradePrice: 30_000, score: 0.9 }, bounds: null, maxOffer: null, usage: null });
    const evidence = buildMarketEvidence({
      vehicleId: '1111111111111111',
      controls: DEFAULT_MARKET_CONTROLS,
      overlay: { sampleSize: 0, daysChecked: 60, leads: [] },
      fetchedAt: new Date('2026-06-15T00:00:00Z'),
      history: null,
    });
    const add = (history: LocalHistory, id: string) =>
      history.add({ kind: 'valuation', mode: 'demo', vehicle: { id: '1111111111111111', title: 'Myvi' }, request: { vehicleId: '1111111111111111', kms: 48_000 }, valuation: valuation(id) });

    test('is attached to the valuation it belongs to, survives a restart, and is refused for an unknown valuation', () => {
      const store = new MemoryStore();
      const history = new LocalHistory(store);
      add(history, 'p1');
      add(history, 'p2');
      expect(history.attachMarket('p1', evidence)).toBe(true);
      expect(history.attachMarket('gone', evidence)).toBe(false);
      const reopened = new LocalHistory(store).list();
      expect(reopened.map((entry) => (entry.kind === 'valuation' ? (entry.market?.fetchedAt ?? null) : null))).toEqual([null, '2026-06-15T00:00:00.000Z']);
    });

    test('damaged evidence in the file is dropped on load; the valuation itself stays', () => {
      const store = new MemoryStore();
      const history = new LocalHistory(store);
      add(history, 'p1');
      history.attachMarket('p1', evidence);
      const [entry] = store.get('entries') as Array<Record<string, unknown>>;
      store.set('entries', [{ ...entry, market: { ...evidence, leads: 'lots' } }]);
      const [reloaded] = new LocalHistory(store).list();
      expect(reloaded).toMatchObject({ kind: 'valuation', valuation: { prediction: { id: 'p1' } } });
      expect(reloaded && 'market' in reloaded).toBe(false);
    });
  });
});
