/**
 * Opening the backend's stores (settings, the encrypted credential, a
 * provisioned credential still pending verification, local history, and the
 * kiosk memory). A file that could not be read is reset and the user is told
 * where the old copy was kept.
 */
import type { SecretCipher } from '../core/ports';
import type { EffectivePolicy } from '../core/policy/effective-policy';
import { KioskMemory } from '../core/policy/kiosk-intent';
import { CredentialVault } from '../core/storage/credential-vault';
import type { StoreOpener } from '../core/storage/key-value-store';
import { LocalHistory } from '../core/storage/local-history';
import { SettingsStore } from '../core/storage/settings-store';
import type { Notices } from './notices';

/** The opened stores. */
export interface Stores {
  settings: SettingsStore;
  vault: CredentialVault;
  /** A provisioned credential AutoGrab could not be asked about yet: encrypted like the live one, never used until verified. */
  pending: CredentialVault;
  history: LocalHistory;
  /** What earlier starts knew about kiosk mode (opened on first use). */
  kioskMemory: () => KioskMemory;
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
  const openVault = (name: string, label: string) => {
    const vault = new CredentialVault({ store: openChecked(name, label), cipher: options.cipher, allowInsecureStorage: policy.allowInsecureSecretStorage });
    notices.reportReset(label, vault.resetBackupPath);
    return vault;
  };
  const vault = openVault('credentials', 'credentials');
  const pending = openVault('pending-credential', 'pending credential');
  const history = new LocalHistory(openChecked('history', 'history'));
  notices.reportReset('history', history.resetBackupPath);
  return { settings, vault, pending, history, kioskMemory: () => new KioskMemory(openChecked('kiosk-state', 'kiosk state')) };
}
