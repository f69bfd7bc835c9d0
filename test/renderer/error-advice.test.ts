// @vitest-environment happy-dom
/**
 * Every error code leads to a next step the salesperson can take.
 */
import { expect, test } from 'vitest';
import { ERROR_CODES } from '../../main/core/errors';
import type { AppError, ErrorCode } from '../../preload/contract';
import { adviceFor } from '../../renderer/src/error-advice';
import { en } from '../../renderer/src/i18n/en';
import { ms } from '../../renderer/src/i18n/ms';

function error(code: ErrorCode, extra: Partial<AppError> = {}): AppError {
  return { code, message: 'x', retryable: false, ...extra };
}

function lookup(messages: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
}

test.each(['AUTH_INVALID_KEY', 'AUTH_INVALID_CLIENT', 'AUTH_NOT_CONFIGURED'] as const)('%s: re-enter credentials in Settings', (code) => {
  const advice = adviceFor(error(code));
  expect(advice.nextKey).toBe('errors.next.AUTH');
  expect(advice.actions).toContain('settings');
});

test('RATE_LIMITED: wait the seconds AutoGrab asked for (rounded up), then retry', () => {
  expect(adviceFor(error('RATE_LIMITED', { retryAfterMs: 12_300 }))).toMatchObject({ waitSeconds: 13, actions: ['retry'], showDetails: false });
  expect(adviceFor(error('RATE_LIMITED')).waitSeconds).toBeGreaterThan(0);
});

test.each(['NETWORK', 'TIMEOUT'] as const)('%s: check the connection; saved results are still available', (code) => {
  const advice = adviceFor(error(code));
  expect(advice.nextKey).toBe('errors.next.NETWORK');
  expect(advice.savedResultsAvailable).toBe(true);
  expect(advice.actions).toEqual(['retry', 'history']);
  // The title says it; main's detail would be the same message a second time.
  expect(advice.showDetails).toBe(false);
});

test.each(['NOT_FOUND', 'TOO_MANY_RESULTS'] as const)('%s: try guided search', (code) => {
  expect(adviceFor(error(code)).actions).toEqual(['guided']);
});

test('QUOTA and SECURE_STORAGE_UNAVAILABLE have their own next steps', () => {
  expect(adviceFor(error('QUOTA')).nextKey).toBe('errors.next.QUOTA');
  expect(adviceFor(error('SECURE_STORAGE_UNAVAILABLE')).nextKey).toBe('errors.next.SECURE_STORAGE_UNAVAILABLE');
});

test('an Australian plate without a state leads to Settings, in the salesperson\'s language, without the English detail', () => {
  const advice = adviceFor(error('VALIDATION', { field: 'state' }));
  expect(advice).toMatchObject({ titleKey: 'errors.title.STATE_NEEDED', nextKey: 'errors.next.STATE_NEEDED', actions: ['settings'], showDetails: false });
  for (const messages of [en, ms]) expect(typeof lookup(messages, advice.nextKey)).toBe('string');
  expect(adviceFor(error('VALIDATION', { field: 'kms' })).actions).toEqual([]);
});

test.each(['FORBIDDEN', 'INTERNAL'] as const)('%s: generic advice', (code) => {
  expect(adviceFor(error(code)).titleKey).toBe('errors.title.GENERIC');
});

test('every code has a translated title and next step in English and Bahasa Malaysia', () => {
  for (const code of ERROR_CODES) {
    const advice = adviceFor(error(code));
    for (const messages of [en, ms]) {
      expect(typeof lookup(messages, advice.titleKey), `${code} title`).toBe('string');
      expect(typeof lookup(messages, advice.nextKey), `${code} next`).toBe('string');
    }
  }
});
