/**
 * The rate-limit and monthly-quota figures AutoGrab last reported, as the
 * sentences Settings and the footer show.
 */
import type { TFunction } from 'i18next';
import type { ApiUsage, Region } from '../../../../preload/contract';
import { formatNumber } from '../../format';

/** Zero, one or two lines: requests left in the window (with reset time) and quota used. */
export function usageLines(usage: ApiUsage | null, region: Region, t: TFunction): string[] {
  const lines: string[] = [];
  const rate = usage?.rateLimit;
  if (rate && rate.remaining !== null) {
    const reset = rate.resetAt ? ` (${t('settings.rateLimitReset', { time: new Date(rate.resetAt).toTimeString().slice(0, 5) })})` : '';
    lines.push(t('settings.rateLimit', { remaining: formatNumber(rate.remaining, region), total: formatNumber(rate.total, region) }) + reset);
  }
  const quota = usage?.quota;
  if (quota && quota.used !== null) {
    lines.push(t('settings.quota', { used: formatNumber(quota.used, region), max: formatNumber(quota.max ?? quota.base, region) }));
  }
  return lines;
}
