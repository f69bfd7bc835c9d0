import { daysListed, daysToSell, quartiles } from '../../../main/core/market/index';

const NOW = new Date('2026-06-15T00:00:00Z');
const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString();

describe('days to sell', () => {
  test('median and interquartile range of delisted leads; active leads aged to today', () => {
    const leads = [
      { listedAt: day(0), removedAt: day(10) },
      { listedAt: day(0), removedAt: day(20) },
      { listedAt: day(0), removedAt: day(30) },
      { listedAt: day(0), removedAt: day(40) },
      { listedAt: day(0), removedAt: day(90) },
      { listedAt: '2026-06-05T00:00:00Z', removedAt: null },
    ];
    const stats = daysToSell(leads, NOW);
    expect(stats.delisted).toEqual({ count: 5, days: { min: 10, q1: 20, median: 30, q3: 40, max: 90 } });
    expect(stats.active).toEqual({ count: 1, ageDays: { min: 10, q1: 10, median: 10, q3: 10, max: 10 } });
  });

  test('no leads: nothing to measure, no error', () => {
    expect(daysToSell([], NOW)).toEqual({ delisted: { count: 0, days: null }, active: { count: 0, ageDays: null } });
  });

  test('a single delisted lead is its own median and range', () => {
    expect(daysToSell([{ listedAt: day(0), removedAt: day(12) }], NOW).delisted.days).toEqual({ min: 12, q1: 12, median: 12, q3: 12, max: 12 });
  });

  test('all leads still active: no days-to-sell figure, only their ages', () => {
    const stats = daysToSell([{ listedAt: '2026-06-01T00:00:00Z', removedAt: null }, { listedAt: '2026-05-16T00:00:00Z', removedAt: null }], NOW);
    expect(stats.delisted).toEqual({ count: 0, days: null });
    expect(stats.active.ageDays).toMatchObject({ min: 14, median: 22, max: 30 });
  });

  test('unreadable or backwards dates are left out rather than counted as zero', () => {
    const stats = daysToSell([{ listedAt: null, removedAt: day(3) }, { listedAt: day(5), removedAt: day(2) }, { listedAt: 'soon', removedAt: null }], NOW);
    expect(stats).toEqual({ delisted: { count: 0, days: null }, active: { count: 0, ageDays: null } });
  });

  test('days listed per lead: to removal, or to today when still active', () => {
    expect(daysListed({ listedAt: day(0), removedAt: day(17) }, NOW)).toBe(17);
    expect(daysListed({ listedAt: '2026-06-01T12:00:00Z', removedAt: null }, NOW)).toBe(13);
    expect(daysListed({ listedAt: null, removedAt: null }, NOW)).toBeNull();
  });
});

test('price quartiles interpolate like a spreadsheet and ignore missing prices', () => {
  expect(quartiles([40000, null, 42000, 44000, 50000])).toEqual({ min: 40000, q1: 41500, median: 43000, q3: 45500, max: 50000 });
  expect(quartiles([null, undefined])).toBeNull();
});
