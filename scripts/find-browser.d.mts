/** Types of find-browser.mjs (plain JS so `npm test` runs it without a TypeScript loader). */
export interface FindBrowserOptions {
  env?: Record<string, string | undefined>;
  platform?: string;
  exists?: (file: string) => boolean;
  /** Playwright's managed Chromium path; null when Playwright has none. */
  managedPath?: string | null;
}
export function systemBrowserPaths(platform: string, env: Record<string, string | undefined>): string[];
export function managedChromiumPath(): string | null;
export function findBrowser(options?: FindBrowserOptions): { path: string | null; source: string | null; looked: string[] };
export function installInstructions(platform: string): string;
export function installManagedChromium(): boolean;
export function ensureBrowser(
  options?: FindBrowserOptions & { install?: () => boolean },
): { path: string | null; source: string | null; installed: boolean; message: string | null };
