/**
 * Shows an error's meaning and the next step, by code, with the buttons that
 * lead there. RATE_LIMITED counts down live and only then enables "Try again".
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../preload/contract';
import { adviceFor } from '../../error-advice';
import { errorDetailKey } from '../../i18n/main-codes';
import { isAccountRejected, useAppStore } from '../../stores/app';
import { useGuidedStore } from '../../stores/guided';

/** Props of {@link ErrorPanel}. */
export interface ErrorPanelProps {
  error: AppError;
  /** Offered as "Try again" when the error is worth retrying. */
  onRetry?: () => void;
  /** Overrides the guided-search action (e.g. to pre-fill it). */
  onGuided?: () => void;
}

function useCountdown(seconds: number | null, error: AppError): number {
  const [left, setLeft] = useState(seconds ?? 0);
  useEffect(() => {
    setLeft(seconds ?? 0);
    if (!seconds) return;
    const started = Date.now();
    const timer = setInterval(() => {
      const remaining = Math.max(0, seconds - Math.floor((Date.now() - started) / 1000));
      setLeft(remaining);
      if (remaining === 0) clearInterval(timer);
    }, 250);
    return () => clearInterval(timer);
  }, [seconds, error]);
  return left;
}

/** An error, what it means, and what to do next. */
export function ErrorPanel({ error, onRetry, onGuided }: ErrorPanelProps) {
  const { t } = useTranslation();
  const advice = adviceFor(error);
  const detailKey = advice.showDetails ? errorDetailKey(error) : null;
  const left = useCountdown(advice.waitSeconds, error);
  const go = useAppStore((state) => state.go);
  const screen = useAppStore((state) => state.screen);
  const live = useAppStore((state) => state.status?.mode === 'live');
  // A refused account met during a lookup is the manager's to fix: the salesperson is told to ask, not to re-enter a key.
  const askManager = live && screen !== 'settings' && isAccountRejected(error);
  const next =
    advice.waitSeconds !== null
      ? left > 0
        ? t('errors.next.RATE_LIMITED', { seconds: left })
        : t('errors.next.RATE_LIMITED_NOW')
      : t(askManager ? 'settingsSections.connection.askManager' : advice.nextKey);

  return (
    <div className="error-panel" role="alert" data-testid="error-panel" data-error-code={error.code}>
      <p className="error-title">{t(advice.titleKey)}</p>
      <p className="error-next" aria-live={advice.waitSeconds !== null ? 'polite' : undefined}>
        {next}
      </p>
      {detailKey ? <p className="error-details">{t('errors.details', { message: t(detailKey, { ...error.params }) })}</p> : null}
      <div className="button-row">
        {advice.actions.map((action) => {
          // No button that opens the screen already showing.
          if (action === screen) return null;
          switch (action) {
            case 'retry':
              return onRetry ? (
                <button key={action} type="button" onClick={onRetry} disabled={left > 0}>
                  {t('common.retry')}
                </button>
              ) : null;
            case 'settings':
              return (
                <button key={action} type="button" onClick={() => go('settings')}>
                  {t('errors.openSettings')}
                </button>
              );
            case 'guided':
              return (
                <button
                  key={action}
                  type="button"
                  onClick={() => {
                    if (onGuided) return onGuided();
                    void useGuidedStore.getState().start();
                    go('guided');
                  }}
                >
                  {t('errors.openGuided')}
                </button>
              );
            case 'history':
              return (
                <button key={action} type="button" onClick={() => go('history')}>
                  {t('errors.openHistory')}
                </button>
              );
            default:
              return null;
          }
        })}
      </div>
    </div>
  );
}
