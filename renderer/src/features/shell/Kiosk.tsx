/**
 * Kiosk mode: the idle reset (clean search screen, this workstation's history
 * cleared in main; credentials are never touched) and the PIN-protected
 * "Exit kiosk" admin action.
 */
import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../preload/contract';
import { useAppStore } from '../../stores/app';
import { isWaiting, kioskReset } from '../../stores/reset';
import { ErrorPanel } from '../common/ErrorPanel';

// `input` too: pasting or autofill changes a field without a key or pointer event.
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart', 'mousemove'] as const;

/** Resets the app after `seconds` without user activity; does nothing when seconds is null. */
export function useIdleReset(seconds: number | null): void {
  useEffect(() => {
    if (!seconds || seconds <= 0) return;
    let timer: ReturnType<typeof setTimeout>;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (isWaiting()) return arm();
        void kioskReset();
        useAppStore.getState().noteKioskReset();
      }, seconds * 1000);
    };
    arm();
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, arm, { passive: true });
    return () => {
      clearTimeout(timer);
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, arm);
    };
  }, [seconds]);
}

/** The "Exit kiosk" button and its PIN dialog. */
export function KioskExit() {
  const { t } = useTranslation();
  const exitKiosk = useAppStore((state) => state.exitKiosk);
  const [open, setOpen] = useState(false);
  const [pin, setPin] = useState('');
  const [busy, setBusy] = useState(false);
  const [wrong, setWrong] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  const close = () => {
    setOpen(false);
    setPin('');
    setWrong(false);
    setError(null);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const entered = pin;
    setPin('');
    setBusy(true);
    setWrong(false);
    setError(null);
    void exitKiosk(entered).then((outcome) => {
      setBusy(false);
      if (outcome.ok) return outcome.data.exiting ? close() : setWrong(true);
      if (outcome.error.code === 'VALIDATION' || outcome.error.code === 'FORBIDDEN') setWrong(true);
      else setError(outcome.error);
    });
  };

  if (!open) {
    return (
      <button type="button" className="header-button" onClick={() => setOpen(true)}>
        {t('kiosk.exit')}
      </button>
    );
  }
  return (
    <div className="dialog-backdrop">
      <form
        className="dialog panel"
        role="dialog"
        aria-modal="true"
        aria-labelledby="kiosk-exit-heading"
        onSubmit={submit}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            close();
          }
        }}
      >
        <h2 id="kiosk-exit-heading">{t('kiosk.confirm')}</h2>
        <div className="field">
          <label htmlFor="kiosk-pin">{t('kiosk.pin')}</label>
          <input id="kiosk-pin" type="password" inputMode="numeric" autoComplete="off" value={pin} onChange={(event) => setPin(event.target.value)} autoFocus />
        </div>
        {wrong ? <p className="issue issue-error" role="alert">{t('kiosk.wrongPin')}</p> : null}
        {error ? <ErrorPanel error={error} /> : null}
        <div className="button-row">
          <button type="submit" className="primary" disabled={busy || pin === ''} aria-busy={busy}>
            {t('kiosk.confirm')}
          </button>
          <button type="button" onClick={close}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
