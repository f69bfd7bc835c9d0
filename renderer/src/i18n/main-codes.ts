/**
 * Where the sentence for each code main sends lives in the i18n files. Main
 * sends codes (error reasons, troubleshooting checks, notice kinds, update
 * states); its English text is for logs and is never shown.
 */
import type { AppError, TroubleshootingCheck, UpdateStatus } from '../../../preload/contract';
import { i18n } from './index';

/**
 * The i18n key of an error's detail sentence, or null when there is none
 * (no reason, or one this version has no sentence for: the title and next
 * step still say what happened). Plate and VIN reasons reuse the as-you-type
 * hint tables, so each rule is worded once.
 */
export function errorDetailKey(error: AppError): string | null {
  const reason = error.reason;
  if (!reason) return null;
  const [area, ...rest] = reason.split('.');
  const code = rest.join('.');
  const key = area === 'plate' || area === 'vin' ? `${area}.issue.${code}` : `errors.reasons.${reason}`;
  return i18n.exists(key) ? key : null;
}

/** The i18n key of one step of the connection-test checklist. */
export function checkKey(check: TroubleshootingCheck): string {
  return `settings.checkItems.${check}`;
}

/** The i18n key of a notice's sentence; unknown kinds get a generic line, never main's English. */
export function noticeKey(kind: string): string {
  const key = `notices.kinds.${kind}`;
  return i18n.exists(key) ? key : 'notices.unknown';
}

/** The i18n key of why updates are off, or of what went wrong with one. */
export function updateReasonKey(status: Extract<UpdateStatus, { state: 'disabled' | 'error' }>): string {
  return status.state === 'disabled' ? `updates.disabled.${status.reason}` : `updates.errors.${status.reason}`;
}
