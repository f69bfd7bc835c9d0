/**
 * The app header: name, data-source badge, main navigation, language switch
 * and the kiosk controls.
 */
import { useTranslation } from 'react-i18next';
import { lockReason, useAppStore } from '../../stores/app';
import type { Screen } from '../../stores/app';
import { DemoBadge } from '../common/DemoBadge';
import { KioskExit } from './Kiosk';

const NAV: ReadonlyArray<{ screen: Screen; key: string }> = [
  { screen: 'search', key: 'app.nav.search' },
  { screen: 'history', key: 'app.nav.history' },
  { screen: 'settings', key: 'app.nav.settings' },
];

/** Live data: the live badge, or amber "Not connected" once AutoGrab refused the saved account. */
function ConnectionBadge({ rejected }: { rejected: boolean }) {
  const { t } = useTranslation();
  if (!rejected) return <span className="badge badge-live">{t('app.liveBadge')}</span>;
  return (
    <span className="badge badge-warning" data-testid="connection-badge" title={t('settingsSections.connection.notConnectedExplain')}>
      {t('settingsSections.connection.notConnected')}
      <span className="visually-hidden">: {t('settingsSections.connection.notConnectedExplain')}</span>
    </span>
  );
}

/** The header bar. */
export function Header() {
  const { t } = useTranslation();
  const screen = useAppStore((state) => state.screen);
  const go = useAppStore((state) => state.go);
  const live = useAppStore((state) => state.status?.mode === 'live');
  const rejected = useAppStore((state) => state.accountRejected);
  const kiosk = useAppStore((state) => state.status?.kiosk.enabled ?? false);
  const language = useAppStore((state) => state.status?.settings.language ?? 'en');
  const languageLocked = useAppStore((state) => lockReason(state.status, 'language'));
  const updateSettings = useAppStore((state) => state.updateSettings);
  const current = screen === 'guided' || screen === 'vehicle' || screen === 'summary' ? 'search' : screen;

  return (
    <header className="app-header no-print">
      <div className="brand">
        <span className="brand-name">{t('app.name')}</span>
        {live ? <ConnectionBadge rejected={rejected} /> : <DemoBadge />}
        {kiosk ? <span className="badge">{t('kiosk.badge')}</span> : null}
      </div>
      <nav aria-label={t('app.nav.label')}>
        <ul className="nav-list">
          {NAV.filter((item) => !(kiosk && item.screen === 'settings')).map((item) => (
            <li key={item.screen}>
              <button
                type="button"
                className="nav-button"
                aria-current={current === item.screen ? 'page' : undefined}
                onClick={() => go(item.screen)}
              >
                {t(item.key)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <div className="header-tools">
        <button
          type="button"
          className="header-button"
          lang={language === 'en' ? 'ms' : 'en'}
          disabled={languageLocked !== null}
          title={languageLocked ?? undefined}
          onClick={() => void updateSettings({ language: language === 'en' ? 'ms' : 'en' })}
        >
          {t('language.switchTo')}
        </button>
        {kiosk ? <KioskExit /> : null}
      </div>
    </header>
  );
}
