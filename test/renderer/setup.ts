/**
 * Per-test setup for renderer tests: a fresh fake bridge, fresh stores and
 * English, so tests never see each other's state.
 */
import { setBridge } from '../../renderer/src/bridge';
import { applyLanguage } from '../../renderer/src/i18n';
import { resetAppStore, useAppStore } from '../../renderer/src/stores/app';
import { resetStores } from '../../renderer/src/stores/reset';
import { createFakeBridge, demoStatus } from './fake-bridge';
import type { FakeBridge } from './fake-bridge';
import type { AppStatus } from '../../preload/contract';

/** Installs a fake bridge, resets every store and returns the fake. */
export async function freshApp(status: Partial<AppStatus> = {}): Promise<FakeBridge> {
  const fake = createFakeBridge();
  setBridge(fake.bridge);
  resetStores();
  resetAppStore();
  useAppStore.setState({ status: demoStatus(status), ready: true });
  await applyLanguage(status.settings?.language ?? 'en');
  return fake;
}
