/**
 * docs/kiosk.md cannot drift from the product: every shell command in its
 * Linux sections runs here, in order, in a temporary root (`/etc/dealer-desk`
 * and `/opt/dealer-desk` are moved under it; `sudo` runs the command as the
 * test's root user), with a fake kiosk account (uid and gid 4321, which
 * `install` and `chown` get instead of the name). After each step the app's
 * own checks must accept the result: the policy applies, the kiosk account
 * can read the policy and read and delete the provisioning file, and once the
 * folder is put back the policy is still trusted.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkPolicy } from '../../../main/core/admin/check-policy';
import { hashExitPin } from '../../../main/core/policy/exit-pin';
import { loadPolicy } from '../../../main/core/policy/load-policy';
import { inspectProvisioningFile } from '../../../main/core/provisioning/import-provisioning';

const doc = readFileSync(fileURLToPath(new URL('../../../docs/kiosk.md', import.meta.url)), 'utf8');
const KIOSK = { name: 'kiosk', uid: 4321, gids: [4321] };
const asRoot = process.platform === 'linux' && process.getuid?.() === 0;

/** Every ```sh block whose nearest heading mentions Linux, in document order. */
function linuxBlocks(markdown: string): string[] {
  const blocks: string[] = [];
  let heading = '';
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    if (/^#{2,4} /.test(line)) heading = line;
    if (line.trim() === '```sh') {
      const body: string[] = [];
      for (i += 1; lines[i]!.trim() !== '```'; i += 1) body.push(lines[i]!);
      if (/Linux/.test(heading)) blocks.push(body.join('\n'));
    }
  }
  return blocks;
}

const blocks = linuxBlocks(doc);

test('the Linux sections hold the policy, provisioning and AppImage set-up commands', () => {
  expect(blocks).toHaveLength(4);
  expect(blocks[0]).toContain('policy.json /etc/dealer-desk/');
  expect(blocks[1]).toContain('provisioning.json /etc/dealer-desk/');
  expect(blocks[2]).toContain('chmod 0755 /etc/dealer-desk');
  expect(blocks[3]).toContain('DealerDesk-x86_64.AppImage');
});

describe.skipIf(!asRoot)('every Linux command in docs/kiosk.md, run in a temporary root', () => {
  let root: string;
  let work: string;
  let shims: string;
  const policyPath = () => join(root, 'etc/dealer-desk/policy.json');

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'dd-doc-root-'));
    chmodSync(root, 0o755);
    mkdirSync(join(root, 'etc'));
    mkdirSync(join(root, 'opt'));
    work = mkdtempSync(join(tmpdir(), 'dd-doc-work-'));
    shims = mkdtempSync(join(tmpdir(), 'dd-doc-shims-'));
    const example = /## 1\. Write the policy[\s\S]*?```json\n([\s\S]*?)```/.exec(doc)![1]!;
    writeFileSync(join(work, 'policy.json'), example.replace('REPLACE-WITH-THE-LINE-PRINTED-BY---hash-pin', await hashExitPin('48291375')));
    writeFileSync(join(work, 'provisioning.json'), JSON.stringify({ apiKey: 'sec_DocRunnerKey_0123456789' }));
    writeFileSync(join(work, 'DealerDesk-x86_64.AppImage'), '#!/bin/sh\n');
    // sudo: we are root already. install/chown: the fake kiosk account by number.
    writeFileSync(join(shims, 'sudo'), '#!/bin/bash\nexec "$@"\n', { mode: 0o755 });
    for (const tool of ['install', 'chown']) {
      const real = spawnSync('bash', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).stdout.trim();
      writeFileSync(join(shims, tool), `#!/bin/bash\nargs=()\nfor a in "$@"; do args+=("\${a//kiosk/${KIOSK.uid}}"); done\nexec ${real} "\${args[@]}"\n`, { mode: 0o755 });
    }
  });
  afterAll(() => {
    for (const dir of [root, work, shims]) rmSync(dir, { recursive: true, force: true });
  });

  function run(block: string) {
    const script = block.replaceAll('/etc/dealer-desk', `${root}/etc/dealer-desk`).replaceAll('/opt/dealer-desk', `${root}/opt/dealer-desk`);
    const result = spawnSync('bash', ['-euo', 'pipefail', '-c', script], { cwd: work, encoding: 'utf8', env: { ...process.env, PATH: `${shims}:${process.env.PATH}` } });
    expect(result.status, `${script}\n${result.stderr}`).toBe(0);
  }

  const check = (kioskUser?: string) =>
    checkPolicy({ path: policyPath(), platform: 'linux', ...(kioskUser ? { kioskUser } : {}), lookupUser: async () => KIOSK });

  test('section 3: the policy installed as documented applies, and the kiosk account can read it', async () => {
    run(blocks[0]!);
    expect((await loadPolicy({ path: policyPath(), isPackaged: true, platform: 'linux' })).status).toBe('applied');
    const report = await check('kiosk');
    expect(report.lines.join('\n')).toContain('is trusted and valid');
    expect(report.exitCode).toBe(0);
  });

  test('section 5: the provisioning file passes the trust rules, the kiosk account can read and delete it, nobody else can plant one', async () => {
    run(blocks[1]!);
    const provisioning = join(root, 'etc/dealer-desk/provisioning.json');
    expect(await inspectProvisioningFile({ path: provisioning, platform: 'linux', ownUid: KIOSK.uid })).toMatchObject({ kind: 'ok' });
    // Planted by another account (uid 4322): not trusted.
    expect(await inspectProvisioningFile({ path: provisioning, platform: 'linux', ownUid: KIOSK.uid + 1 })).toMatchObject({ kind: 'problem', outcome: 'untrusted' });
    const report = await check('kiosk');
    expect(report.lines.join('\n')).toContain('Found');
    expect(report.exitCode).toBe(0);
    // The policy is still trusted in the sticky, group-writable folder.
    expect((await loadPolicy({ path: policyPath(), isPackaged: true, platform: 'linux' })).status).toBe('applied');
  });

  test('section 5, after the first start: the folder put back, the policy still applies', async () => {
    unlinkSync(join(root, 'etc/dealer-desk/provisioning.json')); // what the app does after importing
    run(blocks[2]!);
    expect(statSync(join(root, 'etc/dealer-desk')).mode & 0o7777).toBe(0o755);
    expect((await check('kiosk')).exitCode).toBe(0);
  });

  test('section 7: the AppImage under its stable name, in a folder the kiosk account may write (the updater replaces it in place)', () => {
    run(blocks[3]!);
    const appImage = join(root, 'opt/dealer-desk/DealerDesk-x86_64.AppImage');
    expect(existsSync(appImage)).toBe(true);
    expect(statSync(join(root, 'opt/dealer-desk')).uid).toBe(KIOSK.uid);
    expect(statSync(appImage).mode & 0o111).not.toBe(0);
  });
});
