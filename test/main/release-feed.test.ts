/**
 * The update feed cannot go wrong: the built-in address is a reserved
 * `.example` placeholder that release builds refuse, and the update channel
 * follows the version, so a beta is published as beta*.yml and never reaches
 * the machines that follow latest*.yml. The channel test runs
 * electron-builder's own publish-config and update-info code (what
 * `electron-builder --publish never` runs after each target), offline.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('../..', import.meta.url));
const config = parse(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown> & { publish: { url: string; channel?: string } };
const { updateFeedProblem } = require(join(root, 'build', 'require-update-feed.cjs')) as {
  updateFeedProblem(publish: unknown, env: Record<string, string | undefined>): string | null;
};

describe('the built-in update feed', () => {
  test('is a reserved .example address (RFC 2606) with no channel pinned', () => {
    expect(new URL(config.publish.url).hostname).toMatch(/\.example$/);
    expect(config.publish.channel).toBeUndefined();
    expect(config.beforePack).toBe('build/require-update-feed.cjs');
  });

  test('a release build with the placeholder is refused; a given https feed passes; development builds may keep it', () => {
    expect(updateFeedProblem(config.publish, {})).toContain('still the placeholder');
    expect(updateFeedProblem({ ...config.publish, url: 'https://updates.dealer-group.com.my/dealer-desk' }, {})).toBeNull();
    expect(updateFeedProblem({ ...config.publish, url: 'http://updates.dealer-group.com.my/dealer-desk' }, {})).toContain('must be https');
    expect(updateFeedProblem(undefined, {})).toContain('missing');
    expect(updateFeedProblem(config.publish, { DEALER_DESK_DEV_BUILD: '1' })).toBeNull();
  });

  test('the hook stops electron-builder with the fix in the message', async () => {
    const hook = require(join(root, 'build', 'require-update-feed.cjs')) as (context: unknown) => Promise<void>;
    const saved = process.env.DEALER_DESK_DEV_BUILD;
    delete process.env.DEALER_DESK_DEV_BUILD;
    try {
      await expect(hook({ packager: { config } })).rejects.toThrow('-c.publish.url=');
    } finally {
      if (saved !== undefined) process.env.DEALER_DESK_DEV_BUILD = saved;
    }
  });

  test('publisherName is not hard-coded (it comes from the certificate or from configuration)', () => {
    expect(JSON.stringify(config.win)).not.toContain('publisherName');
  });

  test('artifact names have no spaces, and the AppImage name carries no version (updated in place)', () => {
    expect(config.artifactName).not.toMatch(/\s|\$\{productName\}/);
    expect((config.appImage as { artifactName: string }).artifactName).not.toContain('${version}');
  });
});

describe('the update channel follows the version (electron-builder 26 publish logic)', () => {
  const { AppInfo } = require('app-builder-lib/out/appInfo') as { AppInfo: new (info: unknown, buildVersion: null, options: null) => unknown };
  const { Platform, Arch } = require('app-builder-lib') as { Platform: { LINUX: unknown; WINDOWS: unknown }; Arch: { x64: number } };
  const { getPublishConfigs } = require('app-builder-lib/out/publish/PublishManager') as {
    getPublishConfigs(packager: unknown, target: null, arch: number, errorIfCannot: boolean): Promise<unknown[]>;
  };
  const { createUpdateInfoTasks } = require('app-builder-lib/out/publish/updateInfoBuilder') as {
    createUpdateInfoTasks(event: unknown, configs: unknown[]): Promise<Array<{ file: string }>>;
  };

  async function updateFilesFor(version: string, platform: unknown, platformOptions: unknown): Promise<string[]> {
    const dir = mkdtempSync(join(tmpdir(), 'dd-channel-'));
    try {
      const file = join(dir, 'DealerDesk-artifact');
      writeFileSync(file, 'artifact');
      const info: Record<string, unknown> = { metadata: { version, name: 'dealer-desk', productName: 'Dealer Desk' }, config, repositoryInfo: Promise.resolve(null), projectDir: dir };
      const appInfo = new AppInfo(info, null, null);
      info.appInfo = appInfo;
      const packager = { platform, appInfo, config, info, platformSpecificBuildOptions: platformOptions, expandMacro: (value: string) => value, projectDir: dir, getResource: async () => null };
      const configs = await getPublishConfigs(packager, null, Arch.x64, true);
      const tasks = await createUpdateInfoTasks({ packager, target: { outDir: dir, name: 'target' }, arch: Arch.x64, file }, configs);
      return tasks.map((task) => basename(task.file));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  test('a -beta version writes beta*.yml, never latest*.yml', async () => {
    const linux = await updateFilesFor('1.5.0-beta.1', Platform.LINUX, config.linux);
    expect(linux).toContain('beta-linux.yml');
    expect(linux.filter((name) => name.startsWith('latest'))).toEqual([]);
    const windows = await updateFilesFor('1.5.0-beta.1', Platform.WINDOWS, config.win);
    expect(windows).toContain('beta.yml');
    expect(windows).not.toContain('latest.yml');
  });

  test('a release writes latest*.yml, and beta*.yml too so beta machines get it', async () => {
    expect(await updateFilesFor('1.5.0', Platform.LINUX, config.linux)).toEqual(expect.arrayContaining(['latest-linux.yml', 'beta-linux.yml']));
  });
});
