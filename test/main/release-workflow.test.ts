/**
 * The release workflow (it can only run on a CI runner with internet): on a
 * version tag it tests on every OS with a real Electron binary, builds the
 * installers and update metadata from electron-builder.yml, and takes every
 * signing or upload credential from repository secrets, never from the file.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

interface Step {
  name?: string;
  run?: string;
  env?: Record<string, string>;
  if?: string;
}
interface Workflow {
  on: { push: { tags: string[] } };
  jobs: Record<string, { steps: Step[]; strategy?: { matrix: { include: Array<{ name: string; targets: string }> } } }>;
}

const text = readFileSync(fileURLToPath(new URL('../../.github/workflows/release.yml', import.meta.url)), 'utf8');
const workflow = parse(text) as Workflow;
const build = workflow.jobs.build!;
const runs = build.steps.map((step) => step.run ?? '').join('\n');

test('runs on version tags and builds Windows, macOS and Linux installers with electron-builder', () => {
  expect(workflow.on.push.tags).toEqual(['v*']);
  expect(build.strategy!.matrix.include.map((entry) => entry.targets).sort()).toEqual(['--linux', '--mac', '--win']);
  expect(runs).toMatch(/npx electron-builder \$\{\{ matrix\.targets \}\} --publish never/);
  expect(text).toContain('release/latest*.yml');
});

test('the real-Electron end-to-end tests run: an Electron binary is installed and ELECTRON_PATH set before npm test', () => {
  const install = runs.indexOf('install-electron');
  expect(install).toBeGreaterThanOrEqual(0);
  expect(runs).toContain('ELECTRON_PATH=');
  expect(runs.indexOf('npm test')).toBeGreaterThan(install);
});

test('every credential comes from repository secrets; none is written in the file', () => {
  const secretNames = ['CSC_LINK', 'CSC_KEY_PASSWORD', 'APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID', 'AZURE_CLIENT_SECRET'];
  const signing = build.steps.find((step) => step.env?.CSC_LINK !== undefined)!;
  for (const name of secretNames) expect(signing.env?.[name], name).toMatch(/^\$\{\{.*secrets\.[A-Z_]+.*\}\}$/);
  const publish = workflow.jobs.publish!.steps.find((step) => step.env?.SSH_KEY !== undefined)!;
  expect(publish.env).toEqual({ SSH_KEY: '${{ secrets.UPDATES_SSH_KEY }}', KNOWN_HOSTS: '${{ secrets.UPDATES_KNOWN_HOSTS }}' });
  expect(text).not.toMatch(/-----BEGIN|MII[A-Za-z0-9+/]{20}/);
});

test('the release build is given the real update feed and uploads every channel file (beta*.yml too), metadata last', () => {
  const signing = build.steps.find((step) => step.env?.CSC_LINK !== undefined)!;
  expect(signing.env?.DEALER_DESK_UPDATE_URL).toBe('${{ vars.DEALER_DESK_UPDATE_URL }}');
  expect(signing.run).toContain('"-c.publish.url=$DEALER_DESK_UPDATE_URL"');
  expect(signing.run).toContain('-c.win.signtoolOptions.publisherName=$WINDOWS_PUBLISHER_NAME');
  expect(text).toContain('release/beta*.yml');
  const upload = workflow.jobs.publish!.steps.find((step) => step.env?.SSH_KEY !== undefined)!.run!;
  expect(upload.indexOf("--exclude '*.yml'")).toBeLessThan(upload.indexOf('out/*.yml'));
});

test('a staged rollout writes stagingPercentage into latest*.yml before the upload, and only a 1-100 value', () => {
  const steps = workflow.jobs.publish!.steps;
  const staging = steps.findIndex((step) => step.run?.includes('stagingPercentage'));
  const upload = steps.findIndex((step) => step.env?.SSH_KEY !== undefined);
  expect(staging).toBeGreaterThanOrEqual(0);
  expect(staging).toBeLessThan(upload);
  expect(steps[staging]!.env).toEqual({ PERCENT: '${{ vars.UPDATES_STAGING_PERCENTAGE }}' });
  expect(steps[staging]!.run).toContain('out/latest*.yml');
  expect(steps[staging]!.run).toContain('^([1-9][0-9]?|100)$');
});
