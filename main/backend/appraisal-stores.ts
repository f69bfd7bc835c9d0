/**
 * Opening the appraisal side's stores: the dealership profile (with the
 * policy's fixed fields and locks) and the appraisals, whose customer details
 * are sealed with the same cipher as the credential. A file that could not be
 * read is reset and reported like the other stores.
 */
import { AppraisalStore } from '../core/storage/appraisal-store';
import { DealershipStore } from '../core/storage/dealership-store';
import type { SecretCipher } from '../core/ports';
import type { EffectivePolicy } from '../core/policy/effective-policy';
import type { StoreOpener } from '../core/storage/key-value-store';
import type { Notices } from './notices';

/** The opened appraisal stores. */
export interface AppraisalStores {
  dealership: DealershipStore;
  appraisals: AppraisalStore;
}

/** Opens the dealership and appraisal stores through `openStore`, reporting resets and set-aside records as notices. */
export function openAppraisalStores(
  openStore: StoreOpener,
  options: { policy: EffectivePolicy; cipher: SecretCipher; notices: Notices },
): AppraisalStores {
  const { policy, notices } = options;
  const openChecked = (name: 'dealership' | 'appraisals') => {
    const opened = openStore(name);
    notices.reportReset(name, opened.backupPath);
    return opened.store;
  };
  const dealership = new DealershipStore(openChecked('dealership'), policy);
  const appraisals = new AppraisalStore({
    store: openChecked('appraisals'),
    cipher: options.cipher,
    allowInsecureStorage: policy.allowInsecureSecretStorage,
    offerValidityDays: () => dealership.current().profile.offerValidityDays,
  });
  const setAside = appraisals.setAsideCount();
  if (setAside > 0) {
    notices.notify({
      level: 'warning',
      kind: 'appraisals-set-aside',
      message: `${setAside} saved appraisal(s) could not be read and were set aside in the appraisals file.`,
    });
  }
  return { dealership, appraisals };
}
