/**
 * The codes main sends where the user will read a sentence. Main keeps English
 * only for its logs; the renderer's i18n files (EN and BM) hold one sentence per
 * code. Listed here so a test can prove every code has its sentence in both.
 */

/** One step of AutoGrab's troubleshooting list, shown after a failed connection test. */
export const TROUBLESHOOTING_CHECKS = [
  'apiKey.paste',
  'apiKey.active',
  'oauth.credentials',
  'oauth.enabled',
  'oauth.tokenRequest',
  'network.connection',
  'network.firewall',
  'network.addresses',
  'limits.wait',
  'limits.plan',
  'other.retry',
  'other.support',
] as const;

/** One of {@link TROUBLESHOOTING_CHECKS}. */
export type TroubleshootingCheck = (typeof TROUBLESHOOTING_CHECKS)[number];

/** Why this copy does not update itself (`UpdateStatus` `disabled`). */
export const UPDATE_DISABLED_REASONS = [
  'development',
  'env-off',
  'policy-off',
  'managed-by-it',
  'mac-app-store',
  'windows-store',
  'portable',
  'snap',
  'linux-package',
] as const;

/** One of {@link UPDATE_DISABLED_REASONS}. */
export type UpdateDisabledReason = (typeof UPDATE_DISABLED_REASONS)[number];

/** What went wrong with an update (`UpdateStatus` `error`). */
export const UPDATE_ERROR_REASONS = ['checksum', 'signature', 'no-release', 'check-failed', 'download-failed'] as const;

/** One of {@link UPDATE_ERROR_REASONS}. */
export type UpdateErrorReason = (typeof UPDATE_ERROR_REASONS)[number];

/** Why a setting is locked: main's only reason is the administrator's policy. */
export const POLICY_LOCK_REASON = 'policy';

/**
 * `AppError.reason` codes raised outside the AutoGrab client and the input
 * checks (those list theirs next to their rules: `autograb.*`, `plate.*`,
 * `vin.*`, `input.<field>`).
 */
export const APP_ERROR_REASONS = [
  'request.forbidden',
  'request.unknown',
  'valuation.odometerRequired',
  'storage.secureStorageMissing',
  'storage.credentialsLocked',
  'storage.credentialsDamaged',
  'storage.credentialsOtherAddress',
  'settings.credentialBound',
  'settings.locked',
  'demo.unavailable',
  'report.windowGone',
  'appraisal.notFound',
  'appraisal.customerNeedsKeyring',
  'logo.too-large',
  'logo.svg',
  'logo.not-png-or-jpeg',
  'logo.damaged',
  'logo.bad-dimensions',
] as const;

/** Every notice kind main sends (`Notice.kind`); the renderer words each one. */
export const NOTICE_KINDS = [
  'settings-reset',
  'credentials-reset',
  'history-reset',
  'history-entry-set-aside',
  'history-not-saved',
  'credentials-other-address',
  'policy-untrusted',
  'policy-invalid',
  'provisioning-unreadable',
  'provisioning-invalid',
  'provisioning-rejected',
  'provisioning-store-failed',
  'provisioning-untrusted',
  'provisioning-pending',
  'provisioning-imported',
  'provisioning-not-deleted',
  'kiosk-attention',
  'policy-missing',
  'credentials-locked',
  'demo-unavailable',
  'renderer-restarted',
  'dealership-reset',
  'appraisals-reset',
  'appraisals-set-aside',
] as const;
