/**
 * Loaded before every vitest file (vite.config.ts `setupFiles`): tests never
 * touch the machine they run on.
 *
 * - The administrator policy path (and the provisioning file beside it) point
 *   at a fresh temp folder unless a test sets its own: on a configured kiosk
 *   the app would otherwise read the real policy and import and delete the
 *   real `provisioning.json`. (The electron double already gives every test a
 *   temp userData folder.)
 * - The machine-path guard fails any test that opens a path under the
 *   machine-wide Dealer Desk folders, even where a test forgot the above.
 * - Temp folders made with test/fixtures/temp-dirs.ts are removed after the
 *   file, so the suite leaves nothing behind in the OS temp folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { POLICY_PATH_OVERRIDE_ENV } from '../../main/core/policy/policy-path';
import { removeTempDirs } from '../fixtures/temp-dirs';
import { assertNoMachinePathUsed, installMachinePathGuard } from './machine-paths';

installMachinePathGuard();

const policyDir = mkdtempSync(join(tmpdir(), 'dd-test-policy-'));
process.env[POLICY_PATH_OVERRIDE_ENV] = join(policyDir, 'policy.json');

afterEach(assertNoMachinePathUsed);

afterAll(() => {
  rmSync(policyDir, { recursive: true, force: true });
  // Every folder test/fixtures/temp-dirs.ts made for this file (backends, stores, the electron double's userData).
  removeTempDirs();
});
