/**
 * Node module hooks for the start benchmark's child (start-built-child.mjs
 * registers them): `electron` becomes a module re-exporting the Electron test
 * double the child has already loaded (on globalThis), so the BUILT main
 * bundle runs in plain Node, as there is no Electron binary on the build
 * machines. Everything else resolves and loads as usual.
 */
const DOUBLE_URL = 'bench-double:electron';
/** The double's export names, sent by the child (hooks run on their own thread). */
let names = [];

/** Receives the double's export names. */
export function initialize(data) {
  names = data.names;
}

/** `electron` → the double; every other specifier is left to the next resolver. */
export async function resolve(specifier, context, next) {
  if (specifier === 'electron') return { url: DOUBLE_URL, shortCircuit: true };
  return next(specifier, context);
}

/** The double's module: each export read from the instance the child loaded. */
export async function load(url, context, next) {
  if (url !== DOUBLE_URL) return next(url, context);
  // The default export is the whole module, as `import electron from 'electron'` gets in Electron (electron-store).
  const source = [...names.map((name) => `export const ${name} = globalThis.__benchElectronDouble.${name};`), 'export default globalThis.__benchElectronDouble.default ?? globalThis.__benchElectronDouble;'].join('\n');
  return { format: 'module', source, shortCircuit: true };
}
