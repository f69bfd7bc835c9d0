/**
 * Opening the backend's three stores (settings, the encrypted credential,
 * local history). A file that could not be read is reset and the user is told
 * where the old copy was kept.
 */
import type { SecretCipher } from '../core/ports';
import type { EffectivePolicy } from '../core/policy/effective-policy';
import { CredentialVault } from '../core/storage/credential-vault';
import type { StoreOpener } from '../core/storage/key-value-store';
import { LocalHistory } from '../core/storage/local-history';
import { SettingsStore } from '../core/storage/settings-store';
import type { Notices } from './notices';

/** The opened stores. */
export interface Stores {
  settings: SettingsStore;
  vault: CredentialVault;
  history: LocalHistory;
}

/** Opens every store through `openStore`, reporting each reset as a notice. */
export function openStores(openStore: StoreOpener, options: { policy: EffectivePolicy; cipher: SecretCipher; notices: Notices }): Stores {
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
  });
  notices.reportReset('credentials', vault.resetBackupPath);
  const history = new LocalHistory(openChecked('history', 'history'));
  notices.reportReset('history', history.resetBackupPath);
  return { settings, vault, history };
}
