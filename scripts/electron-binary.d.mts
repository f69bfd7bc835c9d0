/** Types of electron-binary.mjs (plain JS so `npm start` runs it without a TypeScript loader). */
export interface ElectronLookupOptions {
  root: string;
  env?: Record<string, string | undefined>;
  exists?: (file: string) => boolean;
  readFile?: (file: string) => string;
}
export function findElectron(options: ElectronLookupOptions): { path: string | null; looked: string[] };
export function runElectronInstaller(root: string): boolean;
export function noElectronMessage(looked: string[], hasPreview: boolean): string;
export function ensureElectron(options: ElectronLookupOptions & { install?: () => boolean }): { path: string | null; looked: string[]; installed: boolean };
