/**
 * Opening the backend's three stores (settings, the encrypted credential,
 * local history). A file that could not be read is reset and the user is told
 * where the old copy was kept. Local history is a folder of one file per
 * entry (`<dataDir>/history/`); the single store of older versions is moved
 * into it once.
 */
import { join } from 'node:path';
import type { SecretCipher } from '../core/ports';
import type { EffectivePolicy } from '../core/policy/effective-policy';
import { credentialTarget, trustedOrigins } from '../core/storage/credential-binding';
import { CredentialVault } from '../core/storage/credential-vault';
import type { StoreOpener } from '../core/storage/key-value-store';
import { LocalHistory } from '../core/storage/local-history';
import type { NewHistoryEntry } from '../core/storage/local-history';
import type { Logger } from '../core/ports';
import { SettingsStore } from '../core/storage/settings-store';
import type { Notices } from './notices';

/** The opened stores. */
export interface Stores {
  settings: SettingsStore;
  vault: CredentialVault;
  history: LocalHistory;
}

/** Opens every store through `openStore`, reporting each reset as a notice. */
export function openStores(
  openStore: StoreOpener,
  options: { dataDir: string; policy: EffectivePolicy; cipher: SecretCipher; notices: Notices },
): Stores {
  const { policy, notices } = options;
  const openChecked = (name: string, label: string) => {
    const opened = openStore(name);
    notices.reportReset(label, opened.backupPath);
    return opened.store;
  };
  const settings = new SettingsStore(openChecked('settings', 'settings'), policy);
  notices.reportReset('settings', settings.resetBackupPath);
  const vault = new CredentialVault({
    store: openChecked('credentials', 'credentials'),
    cipher: options.cipher,
    allowInsecureStorage: policy.allowInsecureSecretStorage,
    target: () => credentialTarget(settings.current()),
    trustedOrigins: trustedOrigins(policy.autograb),
  });
  notices.reportReset('credentials', vault.resetBackupPath);
  const history = new LocalHistory({
    dir: join(options.dataDir, 'history'),
    legacy: openChecked('history', 'history'),
    onSetAside: (backupPath) =>
      notices.notify({
        level: 'warning',
        kind: 'history-entry-set-aside',
        message: `One saved search or valuation could not be read and was set aside at ${backupPath}; the rest of your history is unchanged.`,
      }),
  });
  notices.reportReset('history', history.resetBackupPath);
  return { settings, vault, history };
}

/** Logged when a result reached the screen but not the local history (the screen says it in the user's language). */
const HISTORY_NOT_SAVED =
  'This result is shown, but it could not be saved in the history on this computer (the disk may be full or read-only). Print or note it if you need it later.';

/**
 * Adds entries to local history without ever failing the request that
 * produced them: a paid AutoGrab answer still reaches the screen when this
 * computer cannot keep a copy, with a `history-not-saved` notice.
 */
export function historyRecorder(history: LocalHistory, notices: Notices, logger: Logger): (entry: NewHistoryEntry) => void {
  return (entry) => {
    try {
      history.add(entry);
    } catch (error) {
      logger.error('local history write failed', { code: (error as NodeJS.ErrnoException).code ?? 'unknown' });
      notices.notify({ level: 'warning', kind: 'history-not-saved', message: HISTORY_NOT_SAVED });
    }
  };
}
