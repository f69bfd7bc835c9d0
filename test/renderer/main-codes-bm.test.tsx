// @vitest-environment happy-dom
/**
 * Main sends codes, the renderer owns the sentences: every code main can send
 * (error reasons, plate and VIN rules, connection checks, update states, lock
 * reasons, notice kinds) has its own sentence in EN and in BM, and the BM
 * screens never show an English sentence main produced: the error panel, the
 * connection checklist, the update line and the notices are rendered in BM
 * for every code and checked against main's English text and the EN sentence.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import * as failures from '../../main/core/failures';
import { AUTOGRAB_FAILURE_REASONS } from '../../main/core/failures';
import type { AppError } from '../../main/core/errors';
import { DealerDeskError } from '../../main/core/errors';
import {
  APP_ERROR_REASONS,
  NOTICE_KINDS,
  TROUBLESHOOTING_CHECKS,
  UPDATE_DISABLED_REASONS,
  UPDATE_ERROR_REASONS,
} from '../../main/core/message-codes';
import { kmsSchema, requirePlate, requireVin, validateInput } from '../../main/core/validation/inputs';
import { PLATE_ISSUE_CODES } from '../../main/core/validation/plate';
import { VIN_ISSUE_CODES } from '../../main/core/validation/vin';
import { adviceFor } from '../../renderer/src/error-advice';
import { ErrorPanel } from '../../renderer/src/features/common/ErrorPanel';
import { SettingsScreen } from '../../renderer/src/features/settings/SettingsScreen';
import { Notices } from '../../renderer/src/features/shell/Notices';
import { UpdateStatusText } from '../../renderer/src/features/shell/UpdateBanner';
import { applyLanguage, i18n } from '../../renderer/src/i18n';
import { errorDetailKey } from '../../renderer/src/i18n/main-codes';
import { useAppStore } from '../../renderer/src/stores/app';
import { demoStatus, ok } from './fake-bridge';
import type { FakeBridge } from './fake-bridge';
import { freshApp } from './setup';

let fake: FakeBridge;
beforeEach(async () => {
  fake = await freshApp();
});
afterEach(cleanup);

const en = (key: string) => i18n.getFixedT('en')(key);
const ms = (key: string) => i18n.getFixedT('ms')(key);

/** Every error the AutoGrab client can raise, built by the client's own failure functions. */
function autograbErrors(): AppError[] {
  return [
    failures.unauthorised('apiKey'),
    failures.unauthorised('oauth'),
    failures.forbidden(),
    failures.invalidClient(401),
    failures.authUnavailable(),
    failures.rejectedRequest(400),
    failures.notFound(),
    failures.tooManyResults(400),
    failures.rateLimited(5000),
    failures.quotaExhausted(),
    failures.serverFailure(503),
    failures.refused(409),
    failures.networkFailure(),
    failures.timedOut(),
    failures.badResponse('vehicle.id'),
    failures.cancelled(),
  ].map((error) => error.toAppError());
}

/** Input errors as core raises them (plate, VIN and a schema field). */
function inputErrors(): AppError[] {
  const caught = (run: () => unknown): AppError => {
    try {
      run();
    } catch (error) {
      return (error as DealerDeskError).toAppError();
    }
    throw new Error('expected a VALIDATION error');
  };
  return [
    caught(() => requirePlate('WXY 0123', 'my', undefined)),
    caught(() => requirePlate('1234 WXY', 'my', undefined)),
    caught(() => requireVin('ABC')),
    caught(() => validateInput(kmsSchema, -5, 'kms')),
  ];
}

describe('every code main sends has its own sentence in EN and BM', () => {
  const keys = [
    ...AUTOGRAB_FAILURE_REASONS.map((reason) => `errors.reasons.${reason}`),
    ...APP_ERROR_REASONS.map((reason) => `errors.reasons.${reason}`),
    ...PLATE_ISSUE_CODES.map((code) => `plate.issue.${code}`),
    ...VIN_ISSUE_CODES.map((code) => `vin.issue.${code}`),
    ...TROUBLESHOOTING_CHECKS.map((check) => `settings.checkItems.${check}`),
    ...UPDATE_DISABLED_REASONS.map((reason) => `updates.disabled.${reason}`),
    ...UPDATE_ERROR_REASONS.map((reason) => `updates.errors.${reason}`),
    ...NOTICE_KINDS.map((kind) => `notices.kinds.${kind}`),
  ];
  test.each(keys)('%s', (key) => {
    expect(i18n.exists(key, { lng: 'en', fallbackLng: false })).toBe(true);
    expect(i18n.exists(key, { lng: 'ms', fallbackLng: false })).toBe(true);
    expect(ms(key)).not.toBe(en(key));
  });

  test('error reasons main raises map to a sentence (plate and VIN rules reuse the as-you-type table)', () => {
    for (const error of [...autograbErrors(), ...inputErrors()]) expect(errorDetailKey(error), error.reason).not.toBeNull();
    expect(errorDetailKey({ code: 'VALIDATION', message: 'x', retryable: false, reason: 'plate.leading-zero' })).toBe('plate.issue.leading-zero');
  });
});

describe('the BM screens show no English sentence from main', () => {
  beforeEach(async () => {
    await applyLanguage('ms');
  });

  const appErrors = (): AppError[] => [
    ...autograbErrors(),
    ...inputErrors(),
    ...APP_ERROR_REASONS.map((reason) => ({ code: 'INTERNAL' as const, message: `English for the log (${reason}).`, retryable: false, reason })),
    // A reason this version does not know: the panel says nothing rather than main's English.
    { code: 'SERVER', message: 'A brand-new English sentence from a newer main.', retryable: true, reason: 'autograb.somethingNew' },
  ];

  test.each(appErrors().map((error) => [error.reason, error] as const))('error panel: %s', (_reason, error) => {
    const { container } = render(<ErrorPanel error={error} onRetry={() => undefined} />);
    const text = container.textContent ?? '';
    expect(text).not.toContain(error.message);
    const key = errorDetailKey(error);
    if (key && adviceFor(error).showDetails) expect(text).toContain(ms(key));
    if (key) expect(text).not.toContain(en(key));
  });

  test('connection checklist after a failed test: every check in BM', async () => {
    fake.mock('credentials:test').mockResolvedValueOnce(
      ok({ ok: false, mode: 'live', error: failures.unauthorised('apiKey').toAppError(), checks: [...TROUBLESHOOTING_CHECKS], usage: null }),
    );
    render(<SettingsScreen />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Uji sambungan' }));
    });
    await screen.findByText('Perkara untuk disemak');
    const text = document.body.textContent ?? '';
    for (const check of TROUBLESHOOTING_CHECKS) {
      expect(text).toContain(ms(`settings.checkItems.${check}`));
      expect(text).not.toContain(en(`settings.checkItems.${check}`));
    }
    expect(text).not.toContain(failures.unauthorised('apiKey').message);
  });

  test('a policy lock reads in BM', () => {
    useAppStore.setState({ status: demoStatus({ locks: [{ key: 'region', reason: 'policy' }], settings: { ...demoStatus().settings, language: 'ms' } }) });
    render(<SettingsScreen />);
    expect(screen.getByText('Ditetapkan oleh pentadbir anda.')).toBeTruthy();
    expect(document.body.textContent).not.toContain('Set by your administrator');
  });

  test.each([
    ...UPDATE_DISABLED_REASONS.map((reason) => ({ state: 'disabled' as const, reason })),
    ...UPDATE_ERROR_REASONS.map((reason) => ({ state: 'error' as const, reason })),
  ])('update line: $state $reason', (status) => {
    const { container } = render(<UpdateStatusText status={status} />);
    const key = status.state === 'disabled' ? `updates.disabled.${status.reason}` : `updates.errors.${status.reason}`;
    expect(container.textContent).toContain(ms(key));
    expect(container.textContent).not.toContain(en(key));
  });

  test('notices of every kind, including one this version does not know', () => {
    const notices = [...NOTICE_KINDS, 'kiosk-reset', 'brand-new-kind'].map((kind) => ({
      id: kind,
      level: 'warning' as const,
      kind,
      message: `English from main about ${kind}.`,
    }));
    useAppStore.setState({ notices });
    const { container } = render(<Notices />);
    const text = container.textContent ?? '';
    for (const notice of notices) {
      expect(text).not.toContain(notice.message);
      if (notice.kind !== 'brand-new-kind') expect(text).not.toContain(en(`notices.kinds.${notice.kind}`));
    }
    expect(text).toContain(ms('notices.unknown'));
  });
});

test('main keeps its English only in `message`, which the error panel never shows', () => {
  const error = new DealerDeskError('VALIDATION', 'English for the log.', { field: 'kms', reason: 'valuation.odometerRequired' }).toAppError();
  expect(error).toEqual({ code: 'VALIDATION', message: 'English for the log.', retryable: false, field: 'kms', reason: 'valuation.odometerRequired' });
  const { container } = render(<ErrorPanel error={error} />);
  expect(container.textContent).toContain(en('errors.reasons.valuation.odometerRequired'));
  expect(container.textContent).not.toContain('English for the log.');
});
