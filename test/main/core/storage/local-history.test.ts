import { LocalHistory } from '../../../../main/core/storage/local-history';
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
});
