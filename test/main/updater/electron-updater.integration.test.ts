/**
 * electron-updater itself (not a fake) reads `latest-linux.yml` from a local
 * HTTP server and downloads the AppImage it names, driven by our
 * UpdatesService. Built the way electron-builder's own tests build updaters in
 * plain Node: an `AppImageUpdater` with a test app adapter instead of
 * Electron's `app`, and a Node HTTP executor instead of Electron's `net`.
 * These are private seams of electron-updater 6.8 (`httpExecutor`,
 * `_testOnlyOptions`); if a later version moves them, the test skips itself
 * and says why rather than passing.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { UpdateStatus } from '../../../preload/contract';
import { NO_POLICY } from '../../../main/core/policy/effective-policy';
import { createUpdatesService } from '../../../main/updater/updates-service';
import type { UpdaterLike } from '../../../main/updater/updater-like';

const requireFromHere = createRequire(import.meta.url);

/** The builder-util-runtime pieces an HTTP executor is made of. */
interface HttpRuntime {
  HttpExecutor: new () => { doDownload(options: object, call: object, redirects: number): void };
  configureRequestUrl(url: URL, options: object): void;
  configureRequestOptions(options: object): object;
}

interface ElectronUpdaterForTests {
  AppImageUpdater: new (options: null, app: unknown) => UpdaterLike & Record<string, unknown>;
  runtime: HttpRuntime;
}

/** Loads electron-updater and the HttpExecutor base it was built with; null + reason if impossible here. */
function loadElectronUpdater(): { modules: ElectronUpdaterForTests; reason: null } | { modules: null; reason: string } {
  try {
    const updaterPath = requireFromHere.resolve('electron-updater');
    const { AppImageUpdater } = requireFromHere('electron-updater') as { AppImageUpdater: ElectronUpdaterForTests['AppImageUpdater'] };
    const runtime = createRequire(updaterPath)('builder-util-runtime') as HttpRuntime;
    return { modules: { AppImageUpdater, runtime }, reason: null };
  } catch (error) {
    return { modules: null, reason: `electron-updater cannot load in plain Node here: ${(error as Error).message}` };
  }
}

const loaded = loadElectronUpdater();
if (loaded.reason) console.warn(`SKIPPED electron-updater integration: ${loaded.reason}`);

const CURRENT = '1.0.0';
const NEXT = '1.1.0';
const FILE = `Dealer-Desk-${NEXT}.AppImage`;

let dir: string;
let server: Server;
let baseUrl: string;
let served: { yml: string; body: Buffer };
let seenPaths: string[];
const savedAppImage = process.env.APPIMAGE;

function latestLinuxYml(version: string, sha512: string, size: number): string {
  return [
    `version: ${version}`,
    'files:',
    `  - url: ${FILE}`,
    `    sha512: ${sha512}`,
    `    size: ${size}`,
    `path: ${FILE}`,
    `sha512: ${sha512}`,
    "releaseDate: '2026-11-20T10:00:00.000Z'",
    '',
  ].join('\n');
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'dd-updater-'));
  server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    seenPaths.push(pathname);
    if (pathname === '/latest-linux.yml') {
      res.writeHead(200, { 'Content-Type': 'text/yaml' }).end(served.yml);
    } else if (pathname === `/${FILE}`) {
      res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': served.body.length }).end(served.body);
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

beforeEach(async () => {
  seenPaths = [];
  const body = randomBytes(64 * 1024);
  served = { body, yml: latestLinuxYml(NEXT, createHash('sha512').update(body).digest('base64'), body.length) };
  // The AppImage updater replaces the running AppImage, so it insists on knowing where that is.
  process.env.APPIMAGE = path.join(dir, `Dealer-Desk-${CURRENT}.AppImage`);
  await writeFile(process.env.APPIMAGE, 'old build');
});

afterEach(() => {
  if (savedAppImage === undefined) delete process.env.APPIMAGE;
  else process.env.APPIMAGE = savedAppImage;
});

/**
 * Node's http in place of Electron's net: `createRequest` plus the `download`
 * that ElectronHttpExecutor adds to builder-util-runtime's HttpExecutor (same
 * body, so sha512 checking and temp files work exactly as in the app).
 */
function nodeHttpExecutor(runtime: HttpRuntime): object {
  class NodeHttpExecutor extends runtime.HttpExecutor {
    createRequest(options: object, callback: (response: unknown) => void) {
      return request(options, callback);
    }

    download(url: URL, destination: string, options: { headers?: object; cancellationToken: { createPromise: CreatePromise } }) {
      return options.cancellationToken.createPromise((resolve, reject, onCancel) => {
        const requestOptions = { headers: options.headers || undefined, redirect: 'manual' };
        runtime.configureRequestUrl(url, requestOptions);
        runtime.configureRequestOptions(requestOptions);
        this.doDownload(
          requestOptions,
          { destination, options, onCancel, responseHandler: null, callback: (error: Error | null) => (error ? reject(error) : resolve(destination)) },
          0,
        );
      });
    }
  }
  return new NodeHttpExecutor();
}

type CreatePromise = (
  executor: (resolve: (value: string) => void, reject: (error: Error) => void, onCancel: (callback: () => void) => void) => void,
) => Promise<string>;

/** A real AppImageUpdater for app version 1.0.0, its files under a fresh folder. */
async function realUpdater(modules: ElectronUpdaterForTests) {
  const home = await mkdtemp(path.join(dir, 'app-'));
  const appUpdateConfigPath = path.join(home, 'app-update.yml');
  // What electron-builder embeds in resources/ (the service replaces the URL from policy).
  await writeFile(appUpdateConfigPath, `provider: generic\nurl: https://updates.invalid/\nupdaterCacheDirName: dealer-desk-updater\n`);
  const app = {
    version: CURRENT,
    name: 'Dealer Desk',
    isPackaged: true,
    appUpdateConfigPath,
    userDataPath: home,
    baseCachePath: path.join(home, 'cache'),
    whenReady: () => Promise.resolve(),
    relaunch: () => undefined,
    quit: () => undefined,
    onQuit: () => undefined,
  };
  const updater = new modules.AppImageUpdater(null, app);
  updater.httpExecutor = nodeHttpExecutor(modules.runtime);
  // Ask for latest-linux.yml whatever OS runs the test; full download (no block map of the old AppImage).
  updater._testOnlyOptions = { platform: 'linux', isUseDifferentialDownload: false };
  updater.disableDifferentialDownload = true;
  updater.quitAndInstall = () => {
    throw new Error('the test must never install');
  };
  return { updater, cacheDir: path.join(home, 'cache', 'dealer-desk-updater') };
}

function serviceFor(updater: UpdaterLike) {
  const service = createUpdatesService({
    updater: () => updater,
    policy: { ...NO_POLICY, updates: { enabled: true, url: baseUrl } },
    isPackaged: true,
    targetCanUpdate: { ok: true },
    env: {},
  });
  const statuses: UpdateStatus[] = [];
  service.onStatus((status) => statuses.push(status));
  const settled = new Promise<UpdateStatus>((resolve) =>
    service.onStatus((status) => {
      if (status.state === 'downloaded' || status.state === 'error' || status.state === 'idle') resolve(status);
    }),
  );
  return { service, statuses, settled };
}

describe.skipIf(loaded.modules === null)('electron-updater against a local generic server', () => {
  const modules = loaded.modules!;

  test('detects 1.1.0 from latest-linux.yml, downloads the AppImage and verifies its sha512', async () => {
    const { updater, cacheDir } = await realUpdater(modules);
    const announced: unknown[] = [];
    updater.on('update-available', (info) => announced.push(info));
    const { service, statuses, settled } = serviceFor(updater);

    expect(await service.check()).toMatchObject({ state: 'downloading', version: NEXT });
    expect(await settled).toEqual({ state: 'downloaded', version: NEXT, installAt: 'now' });

    const sha512 = createHash('sha512').update(served.body).digest('base64');
    expect(announced).toEqual([
      expect.objectContaining({
        version: NEXT,
        path: FILE,
        sha512,
        files: [{ url: FILE, sha512, size: served.body.length }],
      }),
    ]);
    expect(statuses.map((s) => s.state)).toEqual(expect.arrayContaining(['checking', 'available', 'downloading', 'downloaded']));
    expect(seenPaths).toEqual(['/latest-linux.yml', `/${FILE}`]);
    expect(await readFile(path.join(cacheDir, 'pending', FILE))).toEqual(served.body);
  });

  test('the same version as installed: no update', async () => {
    served.yml = served.yml.replaceAll(NEXT, CURRENT);
    const { updater } = await realUpdater(modules);
    const { service } = serviceFor(updater);
    expect(await service.check()).toMatchObject({ state: 'idle' });
    expect(seenPaths).toEqual(['/latest-linux.yml']);
  });

  test('a download whose sha512 does not match the yml is discarded and reported', async () => {
    served.body = Buffer.concat([served.body.subarray(1), Buffer.from([0])]);
    const { updater, cacheDir } = await realUpdater(modules);
    const { service, settled } = serviceFor(updater);
    await service.check();
    expect(await settled).toEqual({
      state: 'error',
      reason: 'checksum',
    });
    await expect(readFile(path.join(cacheDir, 'pending', FILE))).rejects.toThrow();
  });

  test('a missing channel file is a plain error', async () => {
    const { updater } = await realUpdater(modules);
    const service = createUpdatesService({
      updater: () => updater,
      policy: { ...NO_POLICY, updates: { enabled: true, url: `${baseUrl}/nothing-here` } },
      isPackaged: true,
      targetCanUpdate: { ok: true },
      env: {},
    });
    expect(await service.check()).toEqual({
      state: 'error',
      reason: 'no-release',
    });
  });
});
