/**
 * First-run choice between demo data and the dealer's AutoGrab account. It sits
 * above the search box instead of blocking it, so the app is usable at once;
 * it disappears once credentials exist or the user picks demo data.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../stores/app';
import { useSettingsScreenStore } from '../../stores/settings-screen';
import { focusSearchBox } from './focus';

const DISMISSED_KEY = 'dealer-desk.welcome-dismissed';

function readDismissed(): boolean {
  try {
    return window.localStorage.getItem(DISMISSED_KEY) === '1';
  } catch {
    return false;
  }
}

/** The welcome card, shown until the user chooses. */
export function WelcomeCard() {
  const { t } = useTranslation();
  const configured = useAppStore((state) => state.credentials?.configured ?? false);
  const live = useAppStore((state) => state.status?.mode === 'live');
  const kiosk = useAppStore((state) => state.status?.kiosk.enabled ?? false);
  const openAccountSettings = useSettingsScreenStore((state) => state.openAccountSettings);
  const [dismissed, setDismissed] = useState(readDismissed);

  if (dismissed || configured || live || kiosk) return null;
  const dismiss = () => {
    try {
      window.localStorage.setItem(DISMISSED_KEY, '1');
    } catch {
      // Storage can be unavailable (private profile); the card then returns next start, which is harmless.
    }
    setDismissed(true);
  };

  return (
    <section className="panel welcome" aria-labelledby="welcome-heading">
      <h2 id="welcome-heading">{t('welcome.heading')}</h2>
      <p>{t('welcome.body')}</p>
      <div className="button-row">
        <button
          type="button"
          onClick={() => {
            dismiss();
            // The card's button disappears with it: hand focus to the search box, where work starts.
            requestAnimationFrame(focusSearchBox);
          }}
        >
          {t('welcome.demo')}
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => {
            dismiss();
            openAccountSettings();
          }}
        >
          {t('welcome.account')}
        </button>
      </div>
    </section>
  );
}
