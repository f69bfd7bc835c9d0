/**
 * Local history when the file system does what a plain temp folder on Linux
 * never does: a listing in no particular order (network shares, FAT; Node
 * sorts what Linux and macOS return), a write or rename refused after the
 * folder was made (disk full, a virus scanner holding the file), and another
 * instance setting a damaged entry aside first. `node:fs` is wrapped so each
 * test can plant one such fault; everything else is the real file system.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import type * as Fs from 'node:fs';
import { join } from 'node:path';
import { LocalHistory } from '../../../../main/core/storage/local-history';
import type { LocalHistoryOptions, NewHistoryEntry } from '../../../../main/core/storage/local-history';
import { makeTempDir } from '../../../fixtures/temp-dirs';

/** The one fault a test plants; all null after each test. */
const faults = vi.hoisted(() => ({
  /** The history folder's names in this order instead of the file system's. */
  listing: null as ((names: string[]) => string[]) | null,
  /** Writing a temp file of an entry fails with this errno code. */
  writeTemp: null as string | null,
  /** Renaming a written temp file into place fails with this errno code. */
  renameTemp: null as string | null,
  /** Right after this entry file is read, another instance sets it aside. */
  setAsideByOther: null as string | null,
}));

vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof Fs>();
  const refused = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });
  const readdirSync = ((path: Fs.PathLike, options?: unknown) => {
    const names = actual.readdirSync(path, options as never) as unknown;
    const strings = Array.isArray(names) && names.every((name) => typeof name === 'string');
    return faults.listing && strings && String(path).endsWith('history') ? faults.listing(names as string[]) : names;
  }) as typeof actual.readdirSync;
  const writeFileSync = ((path: Fs.PathOrFileDescriptor, ...rest: [never, never]) => {
    if (faults.writeTemp !== null && String(path).endsWith('.tmp')) throw refused(faults.writeTemp);
    actual.writeFileSync(path, ...rest);
  }) as typeof actual.writeFileSync;
  const renameSync = ((from: Fs.PathLike, to: Fs.PathLike) => {
    if (faults.renameTemp !== null && String(from).endsWith('.tmp')) throw refused(faults.renameTemp);
    actual.renameSync(from, to);
  }) as typeof actual.renameSync;
  const readFileSync = ((path: Fs.PathOrFileDescriptor, options?: unknown) => {
    const content = actual.readFileSync(path, options as never);
    if (faults.setAsideByOther !== null && String(path).endsWith(faults.setAsideByOther)) actual.renameSync(path as string, `${String(path)}.corrupt-other`);
    return content;
  }) as typeof actual.readFileSync;
  const wrapped = { readdirSync, writeFileSync, renameSync, readFileSync };
  return { ...actual, ...wrapped, default: { ...actual, ...wrapped } };
});

afterEach(() => {
  faults.listing = null;
  faults.writeTemp = null;
  faults.renameTemp = null;
  faults.setAsideByOther = null;
});

let dir: string;
beforeEach(() => {
  dir = join(makeTempDir('dd-history-faults-'), 'history');
});

const history = (options: Partial<LocalHistoryOptions> = {}) => new LocalHistory({ dir, ...options });
const search = (query: string): NewHistoryEntry => ({ kind: 'search', mode: 'demo', query, vehicle: null });
const queries = (target: LocalHistory) => target.list().map((entry) => (entry.kind === 'search' ? entry.query : entry.vehicle.id));

/** Writes an entry file saved at `time` (epoch ms) directly, as another instance would. */
function entryFile(time: number, id: string, query: string): void {
  writeFileSync(join(dir, `${String(time).padStart(15, '0')}-000000001-${id}.json`), JSON.stringify({ kind: 'search', mode: 'demo', query, vehicle: null, id, savedAt: new Date(time).toISOString() }));
}

const byName = (names: string[]) => [...names].sort();
test.each([
  ['newest first', (names: string[]) => byName(names).reverse()],
  ['in no order', (names: string[]) => {
    const [oldest, middle, newest] = byName(names);
    return [middle!, newest!, oldest!];
  }],
])('a folder that lists its files %s still gives the history newest first', (_name, listing) => {
  mkdirSync(dir);
  entryFile(1_764_000_000_002, 'c', 'newest');
  entryFile(1_764_000_000_000, 'a', 'oldest');
  entryFile(1_764_000_000_001, 'b', 'middle');
  faults.listing = listing;
  expect(queries(history())).toEqual(['newest', 'middle', 'oldest']);
});

test.each([
  ['writing the entry file', 'writeTemp', 'ENOSPC'],
  ['renaming it into place', 'renameTemp', 'EPERM'],
] as const)('%s fails after the folder was made: the save throws, the earlier entries stay, no temp file is left', (_name, fault, code) => {
  const target = history();
  target.add(search('kept'));
  faults[fault] = code;
  expect(() => target.add(search('vios'))).toThrow(expect.objectContaining({ code }));
  faults[fault] = null;
  expect(queries(target)).toEqual(['kept']);
  expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
});

test('a damaged entry another instance sets aside first is left to that instance: no notice here, nothing lost', () => {
  const setAside: string[] = [];
  const target = history({ onSetAside: (path) => setAside.push(path) });
  target.add(search('kept'));
  const damaged = '999999999999999-000000001-bad.json';
  writeFileSync(join(dir, damaged), 'not json');
  faults.setAsideByOther = damaged;
  expect(queries(target)).toEqual(['kept']);
  expect(setAside).toEqual([]);
  expect(existsSync(join(dir, `${damaged}.corrupt-other`))).toBe(true);
});
