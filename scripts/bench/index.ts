/**
 * `npm run bench`: each benchmark in its own Node process (so one cannot warm
 * up or slow down the other), then one summary line per benchmark (building
 * the renderer first when there is no build). Exits non-zero when a benchmark
 * misses a target or fails to run.
 *
 * `npm run bench -- wan soak` runs only the named ones (core, renderer, wan,
 * soak, start).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const here = import.meta.dirname;
const ALL = ['core', 'renderer', 'wan', 'soak', 'start'];
const chosen = process.argv.slice(2);
const unknown = chosen.filter((name) => !ALL.includes(name));
if (unknown.length > 0) {
  console.error(`bench: no benchmark named ${unknown.join(', ')}; choose from ${ALL.join(', ')}`);
  process.exit(2);
}
const benchmarks = (chosen.length > 0 ? chosen : ALL).map((name) => `${name}.ts`).filter((file) => existsSync(join(here, file)));
const outcomes: Array<{ benchmark: string; ok: boolean }> = [];

// The renderer, WAN and soak benchmarks measure the production build; a fresh clone has none yet.
if (['renderer.ts', 'wan.ts', 'soak.ts'].some((file) => benchmarks.includes(file)) && !existsSync(join(here, '..', '..', 'dist', 'renderer', 'index.html'))) {
  console.log('\n=== bench: no renderer build yet; building it (vite build --mode renderer)');
  const build = spawnSync('npx', ['vite', 'build', '--mode', 'renderer'], { cwd: join(here, '..', '..'), stdio: 'inherit' });
  if (build.status !== 0) console.log('bench: the renderer build failed; renderer.ts will report it');
}

// The start benchmark imports the built main bundle.
if (benchmarks.includes('start.ts') && !existsSync(join(here, '..', '..', 'dist', 'main', 'index.js'))) {
  console.log('\n=== bench: no main build yet; building it (vite build --mode main)');
  const build = spawnSync('npx', ['vite', 'build', '--mode', 'main'], { cwd: join(here, '..', '..'), stdio: 'inherit' });
  if (build.status !== 0) console.log('bench: the main build failed; start.ts will report it');
}

for (const file of benchmarks) {
  console.log(`\n=== bench: ${file}`);
  // --expose-gc: the soak benchmark reads the heap after a forced collection.
  const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(here, file)], { stdio: 'inherit' });
  outcomes.push({ benchmark: file, ok: run.status === 0 });
}

console.log('\nBenchmarks:');
for (const { benchmark, ok } of outcomes) console.log(`  ${ok ? 'met targets' : 'MISSED a target or failed'}: ${benchmark}`);
process.exitCode = outcomes.every(({ ok }) => ok) ? 0 : 1;
