/**
 * Kiosk mode: the idle reset (clean search screen, this workstation's history
 * cleared in main; credentials are never touched), the PIN-protected
 * "Exit kiosk" admin action, and the locked attention screen of a kiosk whose
 * set-up failed.
 */
import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError, KioskAttention as KioskAttentionStatus } from '../../../../preload/contract';
import { useAppStore } from '../../stores/app';
import { isWaiting, kioskReset } from '../../stores/reset';
import { BusyButton } from '../common/BusyButton';
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

/** The administrator PIN form: checked in main, which quits when it is right. */
export function KioskPinForm({ className, onCancel }: { className?: string; onCancel?: () => void }) {
  const { t } = useTranslation();
  const exitKiosk = useAppStore((state) => state.exitKiosk);
  const [pin, setPin] = useState('');
  const [busy, setBusy] = useState(false);
  const [wrong, setWrong] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const pinRef = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    // Nothing to check yet: the PIN field is where to go (the button stays enabled so it never drops the focus).
    if (pin === '') return pinRef.current?.focus();
    const entered = pin;
    setPin('');
    setBusy(true);
    setWrong(false);
    setError(null);
    void exitKiosk(entered).then((outcome) => {
      setBusy(false);
      if (outcome.ok) return outcome.data.exiting ? onCancel?.() : setWrong(true);
      if (outcome.error.code === 'VALIDATION' || outcome.error.code === 'FORBIDDEN') setWrong(true);
      else setError(outcome.error);
    });
  };

  return (
    <form
      className={className}
      role={onCancel ? 'dialog' : undefined}
      aria-modal={onCancel ? true : undefined}
      aria-labelledby="kiosk-exit-heading"
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && onCancel) {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      <h2 id="kiosk-exit-heading">{t('kiosk.confirm')}</h2>
      <div className="field">
        <label htmlFor="kiosk-pin">{t('kiosk.pin')}</label>
        <input ref={pinRef} id="kiosk-pin" type="password" inputMode="numeric" autoComplete="off" value={pin} onChange={(event) => setPin(event.target.value)} autoFocus={onCancel !== undefined} />
      </div>
      {wrong ? <p className="issue issue-error" role="alert">{t('kiosk.wrongPin')}</p> : null}
      {error ? <ErrorPanel error={error} /> : null}
      <div className="button-row">
        <BusyButton type="submit" className="primary" busy={busy}>
          {t('kiosk.confirm')}
        </BusyButton>
        {onCancel ? (
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}

/** The "Exit kiosk" button and its PIN dialog. */
export function KioskExit() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <button type="button" className="header-button" onClick={() => setOpen(true)}>
        {t('kiosk.exit')}
      </button>
    );
  }
  return (
    <div className="dialog-backdrop">
      <KioskPinForm className="dialog panel" onCancel={() => setOpen(false)} />
    </div>
  );
}

/**
 * Fail closed: a kiosk whose set-up failed shows only this locked screen,
 * naming the file and the rule, never the app. The exit PIN of the last good
 * policy still works here.
 */
export function KioskAttention({ attention }: { attention: KioskAttentionStatus }) {
  const { t } = useTranslation();
  return (
    <main id="main" className="app-main kiosk-attention" data-screen="kiosk-attention">
      <section className="panel" role="alert" aria-labelledby="kiosk-attention-heading">
        <h1 id="kiosk-attention-heading">{t('kiosk.attention.title')}</h1>
        <p>{t('kiosk.attention.body')}</p>
        <dl>
          <dt>{t('kiosk.attention.file')}</dt>
          <dd>
            <code>{attention.file}</code>
          </dd>
          <dt>{t('kiosk.attention.rule')}</dt>
          <dd>
            {t(`kiosk.attention.rules.${attention.rule}`, { defaultValue: t('kiosk.attention.rules.other') })} (<code>{attention.rule}</code>)
          </dd>
        </dl>
        <p className="muted">{t('kiosk.attention.forIt')}</p>
      </section>
      {attention.canExit ? <KioskPinForm className="panel" /> : <p className="muted">{t('kiosk.attention.noPin')}</p>}
    </main>
  );
}
