/**
 * Bahasa Malaysia as the showroom speaks it: the terms the glossary in
 * renderer/src/i18n/README.md rules out never come back into ms.ts.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ms } from '../../renderer/src/i18n/ms';

const readme = readFileSync(fileURLToPath(new URL('../../renderer/src/i18n/README.md', import.meta.url)), 'utf8');

/** Every string in ms.ts, with its key path. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => strings(child, path ? `${path}.${key}` : key));
}

/** The quoted terms in the glossary's "Never" column. */
const banned = readme
  .split('\n')
  .filter((line) => line.startsWith('|'))
  .flatMap((line) => [...(line.split('|')[3] ?? '').matchAll(/"([^"]+)"/g)].map((match) => match[1]!));

describe('Bahasa Malaysia glossary', () => {
  test('the glossary lists the terms it rules out', () => {
    expect(banned).toEqual(expect.arrayContaining(['Runcit', 'Tukar beli', 'Pengedar', 'Stesen kerja', 'Pembaikan semula', 'Teruk', 'Purata']));
  });

  test('no BM string uses a ruled-out term (condition grades are checked as grades: "purata" still means an average odometer)', () => {
    const offending = strings(ms).flatMap(([path, text]) =>
      banned
        .filter((term) => (term === 'Purata' || term === 'Lot' ? text === term : text.toLowerCase().includes(term.toLowerCase())))
        .map((term) => `${path}: "${term}" in "${text}"`),
    );
    expect(offending).toEqual([]);
  });

  test('the condition grades read as grades', () => {
    expect(ms.valuation.conditionNames).toEqual({ 1: 'Buruk', 2: 'Kurang baik', 3: 'Sederhana', 4: 'Baik', 5: 'Cemerlang' });
  });
});
