/**
 * Packaging: electron-builder.yml is valid for electron-builder 26 and says
 * what we ship; `npm run package:dir` (the unpacked Linux app around a
 * stand-in Electron binary, the only packaging these machines can do) puts
 * only the built app and its production dependencies into app.asar, embeds
 * the update feed, and flips the fuses.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('../..', import.meta.url));
const config = parse(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string>; version: string };
const unpacked = join(root, 'release', 'linux-unpacked');
const asarPath = join(unpacked, 'resources', 'app.asar');

type Validate = (config: unknown, logger: { isEnabled: boolean; add(): void }) => Promise<void>;
const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as { validateConfiguration: Validate };
const quietLogger = { isEnabled: false, add: () => undefined };

describe('electron-builder.yml', () => {
  test("validates against electron-builder 26's own schema (and the validator does reject bad options)", async () => {
    await expect(validateConfiguration(structuredClone(config), quietLogger)).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...structuredClone(config), electronFuse: {} }, quietLogger)).rejects.toThrow(/electronFuse/);
  });

  test('identity, contents and targets', () => {
    expect(config).toMatchObject({ appId: 'my.dealerdesk.app', productName: 'Dealer Desk', asar: true });
    expect(config.files).toEqual(['dist/main/**', 'dist/preload/**', 'dist/renderer/**', 'package.json', '!**/*.map', '!**/node_modules/**/*.{ts,mts,cts}']);
    expect(String(config.artifactName)).toContain('${version}');
    const targets = (platform: string) => ((config[platform] as { target: Array<{ target: string }> }).target).map((t) => t.target);
    expect(targets('win')).toEqual(['nsis']);
    expect(targets('mac')).toEqual(['dmg', 'zip']);
    expect(targets('linux')).toEqual(['AppImage', 'deb']);
  });

  test('the dealer-desk: link scheme is registered by every installer (macOS plist, Linux desktop entry, NSIS registry)', () => {
    expect(config.protocols).toEqual([{ name: 'Dealer Desk link', schemes: ['dealer-desk'], role: 'Viewer' }]);
    expect((config.nsis as { include: string }).include).toBe('build/installer.nsh');
    const nsh = readFileSync(join(root, 'build', 'installer.nsh'), 'utf8');
    expect(nsh).toContain('WriteRegStr SHCTX "Software\\Classes\\dealer-desk" "URL Protocol" ""');
    expect(nsh).toContain(`'"$INSTDIR\\\${APP_EXECUTABLE_FILENAME}" "%1"'`);
    expect(nsh).toMatch(/customUnInstall[\s\S]*\$\{ifNot\} \$\{isUpdated\}[\s\S]*DeleteRegKey/);
  });

  test('updates come from the generic feed (a reserved .example placeholder until release); the channel follows the version', () => {
    expect(config.publish).toEqual({ provider: 'generic', url: 'https://updates.dealerdesk.example/dealer-desk' });
  });

  test('fuses: no run-as-node, no NODE_OPTIONS, no --inspect, asar only and integrity-checked, cookie encryption, no file:// privileges', () => {
    expect(config.electronFuses).toStrictEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  test('no signing secret lives in the config (they come from the environment)', () => {
    const text = JSON.stringify(config);
    for (const key of ['cscLink', 'cscKeyPassword', 'certificatePassword', 'certificateFile', 'appleIdPassword']) expect(text).not.toContain(key);
  });
});

describe('npm run package:dir', () => {
  let outcome: { status: number | null; output: string } = { status: null, output: '' };

  beforeAll(() => {
    const result = spawnSync('node', [join(root, 'scripts', 'package-dir.mjs')], { cwd: root, encoding: 'utf8' });
    outcome = { status: result.status, output: `${result.stdout}\n${result.stderr}` };
  }, 240_000);

  /** Skips (with the reason) only when electron-builder could not run at all here, e.g. it needed the network. */
  function requirePackage(context: { skip: (note?: string) => void }) {
    if (outcome.status !== 0 && /ENOTFOUND|EAI_AGAIN|getaddrinfo|ECONNREFUSED.*github/i.test(outcome.output)) {
      console.log('NOT RUN: electron-builder needed the network to package here');
      context.skip('not run: electron-builder needed the network to package on this machine');
    }
    expect(outcome.status, outcome.output.slice(-2000)).toBe(0);
    expect(existsSync(asarPath)).toBe(true);
  }

  test('app.asar holds the built app and production dependencies only', (context) => {
    requirePackage(context);
    const asar = require('@electron/asar') as { listPackage(path: string): string[]; extractFile(path: string, file: string): Buffer };
    const files = asar.listPackage(asarPath).map((file) => file.replaceAll('\\', '/'));
    const appFiles = files.filter((file) => !file.startsWith('/node_modules'));
    const leaves = appFiles.filter((file) => /\.[a-z0-9]+$/i.test(file));
    for (const file of leaves) expect(file).toMatch(/^\/(dist\/main\/index\.js|dist\/preload\/index\.cjs|dist\/renderer\/.+\.(html|js|css|svg|png|woff2|json|ico|webp)|package\.json)$/);
    expect(leaves).toEqual(expect.arrayContaining(['/dist/main/index.js', '/dist/preload/index.cjs', '/dist/renderer/index.html', '/package.json']));
    expect(files.filter((file) => /\.map$/.test(file))).toEqual([]);
    expect(files.filter((file) => /\.(tsx?|mts|cts)$/.test(file))).toEqual([]);
    expect(files.filter((file) => /\/(test|tests|__tests__)\//.test(file) && !file.startsWith('/node_modules'))).toEqual([]);
    for (const dev of Object.keys(pkg.devDependencies)) expect(files, `${dev} is a dev dependency`).not.toContain(`/node_modules/${dev}`);
    for (const dependency of ['electron-store', 'electron-updater', 'electron-log', 'zod', 'undici']) expect(files).toContain(`/node_modules/${dependency}`);

    const main = asar.extractFile(asarPath, 'dist/main/index.js').toString();
    expect(main).toContain('REG4SUCCESS'); // the sandbox demo mode needs is inside the main bundle
    expect(main).not.toMatch(/from ["']\.\.?\/(sandbox|core)/);
    const packaged = JSON.parse(asar.extractFile(asarPath, 'package.json').toString()) as Record<string, unknown>;
    expect(packaged).toMatchObject({ main: 'dist/main/index.js', version: pkg.version });
    expect(packaged.scripts).toBeUndefined();
    expect(packaged.devDependencies).toBeUndefined();
  });

  test('the update feed is embedded as resources/app-update.yml', (context) => {
    requirePackage(context);
    expect(parse(readFileSync(join(unpacked, 'resources', 'app-update.yml'), 'utf8'))).toMatchObject({
      provider: 'generic',
      url: 'https://updates.dealerdesk.example/dealer-desk',
    });
  });

  test('policy and update settings: no policy, provisioning or dev-app-update.yml is baked in; the managed policy locations are', (context) => {
    requirePackage(context);
    const asar = require('@electron/asar') as { listPackage(path: string): string[]; extractFile(path: string, file: string): Buffer };
    const onDisk = (readdirSync(unpacked, { recursive: true }) as string[]).map((file) => `/${file.replaceAll('\\', '/')}`);
    const packaged = [...onDisk, ...asar.listPackage(asarPath).map((file) => file.replaceAll('\\', '/'))];
    // The policy and the one-time credential file are written on the machine by IT, never shipped;
    // dev-app-update.yml would point a packaged app at a development feed.
    expect(packaged.filter((file) => /(^|\/)(policy|provisioning)\.json$|dev-app-update\.yml$/.test(file))).toEqual([]);
    expect(onDisk.filter((file) => file.endsWith('.yml'))).toEqual(['/resources/app-update.yml']);
    const main = asar.extractFile(asarPath, 'dist/main/index.js').toString();
    for (const location of ['/etc/dealer-desk/policy.json', '/Library/Application Support/Dealer Desk/policy.json', 'provisioning.json']) expect(main).toContain(location);
  });

  test('a release build that still has the placeholder feed is refused by electron-builder (beforePack hook)', (context) => {
    requirePackage(context);
    const env: NodeJS.ProcessEnv = { ...process.env, ELECTRON_BUILDER_CACHE: join(root, '.cache', 'electron-builder'), CSC_IDENTITY_AUTO_DISCOVERY: 'false' };
    delete env.DEALER_DESK_DEV_BUILD;
    const output = join(root, '.cache', 'release-refused');
    const args = ['electron-builder', '--linux', 'dir', '--publish', 'never', `-c.electronDist=${join(root, '.cache', 'electron-stand-in')}`, `-c.directories.output=${output}`];
    const refused = spawnSync('npx', args, { cwd: root, encoding: 'utf8', env });
    rmSync(output, { recursive: true, force: true });
    expect(refused.status).not.toBe(0);
    expect(`${refused.stdout}${refused.stderr}`).toContain('Release build refused: the update feed is still the placeholder');
  }, 120_000);

  test('electron-builder flipped the fuses in the executable', async (context) => {
    requirePackage(context);
    const { getCurrentFuseWire } = require('@electron/fuses') as { getCurrentFuseWire(path: string): Promise<Record<string, number | string>> };
    const wire = await getCurrentFuseWire(join(unpacked, 'dealer-desk'));
    const on = 49;
    const off = 48;
    // Order of FuseV1Options: RunAsNode, EnableCookieEncryption, EnableNodeOptionsEnvironmentVariable,
    // EnableNodeCliInspectArguments, EnableEmbeddedAsarIntegrityValidation, OnlyLoadAppFromAsar,
    // LoadBrowserProcessSpecificV8Snapshot, GrantFileProtocolExtraPrivileges.
    expect([wire[0], wire[1], wire[2], wire[3], wire[4], wire[5], wire[7]]).toEqual([off, on, off, off, on, on, off]);
  });
});
