/**
 * The app frame: header, banners, the current screen, and the app-wide
 * behaviour (keyboard shortcuts, kiosk idle reset). Screens other than search
 * are plain imports except the heavy, rarely used parts (chart, compare),
 * which load lazily inside them.
 */
import { useEffect } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore, useRegion } from '../../stores/app';
import type { Screen } from '../../stores/app';
import { listenForMainCommands } from '../../stores/main-commands';
import { useValuationStore } from '../../stores/valuation';
import { ErrorPanel } from '../common/ErrorPanel';
import { usageLines } from '../common/usage';
import { GuidedScreen } from '../guided/GuidedScreen';
import { AboutScreen } from '../help/AboutScreen';
import { GuideScreen } from '../help/GuideScreen';
import { HistoryScreen } from '../history/HistoryScreen';
import { focusSearchBox } from '../search/focus';
import { conditionForKey } from '../valuation/ValuationForm';
import { SearchScreen } from '../search/SearchScreen';
import { AppraisalScreen } from '../appraisal/AppraisalScreen';
import { DocumentScreen } from '../appraisal/DocumentScreen';
import { SettingsScreen } from '../settings/SettingsScreen';
import { SummaryScreen } from '../summary/SummaryScreen';
import { VehicleScreen } from '../vehicle/VehicleScreen';
import { Header } from './Header';
import { KioskAttention, useIdleReset } from './Kiosk';
import { Notices } from './Notices';
import { UpdateBanner } from './UpdateBanner';

const SCREENS: Record<Screen, () => ReactNode> = {
  search: () => <SearchScreen />,
  guided: () => <GuidedScreen />,
  vehicle: () => <VehicleScreen />,
  summary: () => <SummaryScreen />,
  appraisal: () => <AppraisalScreen />,
  document: () => <DocumentScreen />,
  history: () => <HistoryScreen />,
  settings: () => <SettingsScreen />,
  about: () => <AboutScreen />,
  guide: () => <GuideScreen />,
};

/** The window's part of main's commands: focus (after the search screen has rendered) and the print dialog. */
const WINDOW_ACTIONS = {
  focusSearch: () => requestAnimationFrame(focusSearchBox),
  print: () => requestAnimationFrame(() => window.print()),
};

/** Follows main's menu commands and links; without a bridge (the start error already says so) there is nothing to follow. */
function listenUnlessBridgeMissing(): () => void {
  try {
    return listenForMainCommands(WINDOW_ACTIONS);
  } catch {
    return () => undefined;
  }
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA', 'BUTTON', 'A'].includes(target.tagName) || target.getAttribute('role') === 'listbox');
}

/** Ctrl/Cmd+K focuses search, Esc goes back, Enter on the vehicle screen values it and keys 1–5 pick the condition. */
function useShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const { screen, go, back } = useAppStore.getState();
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        if (screen !== 'search') go('search');
        // The search screen may only mount on the next frame.
        requestAnimationFrame(focusSearchBox);
        return;
      }
      if (event.key === 'Escape' && screen !== 'search') {
        event.preventDefault();
        back();
        return;
      }
      const condition = conditionForKey(event.key);
      if (condition !== null && screen === 'vehicle' && !isTyping(event.target) && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        useValuationStore.getState().setCondition(condition);
        return;
      }
      if (event.key === 'Enter' && screen === 'vehicle' && !isTyping(event.target)) {
        const valuation = useValuationStore.getState();
        if (valuation.vehicle && valuation.status !== 'loading') {
          event.preventDefault();
          void valuation.value();
        }
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

/** API usage in the footer; its own component so a usage event after each AutoGrab call re-renders only this line, not the screen. */
function FooterUsage() {
  const { t } = useTranslation();
  const usage = useAppStore((state) => state.usage);
  const region = useRegion();
  return (
    <span className="muted small" data-testid="footer-usage">
      {usageLines(usage, region, t).join(' · ')}
    </span>
  );
}

/** The root component. */
export function App() {
  const { t } = useTranslation();
  const ready = useAppStore((state) => state.ready);
  const startError = useAppStore((state) => state.startError);
  const screen = useAppStore((state) => state.screen);
  const canGoBack = useAppStore((state) => state.stack.length > 0);
  const back = useAppStore((state) => state.back);
  const idleSeconds = useAppStore((state) => (state.status?.kiosk.enabled ? state.status.kiosk.idleResetSeconds : null));
  const attention = useAppStore((state) => state.status?.kiosk.attention ?? null);
  useShortcuts();
  useIdleReset(idleSeconds);

  useEffect(() => {
    let unsubscribe: (() => void) | undefined;
    let cancelled = false;
    void useAppStore
      .getState()
      .init()
      .then((stop) => {
        const stopCommands = listenUnlessBridgeMissing();
        const stopAll = () => {
          stop();
          stopCommands();
        };
        if (cancelled) stopAll();
        else unsubscribe = stopAll;
      });
    return () => {
      cancelled = true;
      unsubscribe?.();
    };
  }, []);

  // Fail closed: a kiosk whose set-up failed shows only the attention screen.
  if (attention) {
    return (
      <div className="app" data-app-state={ready ? 'ready' : 'loading'} data-screen="kiosk-attention">
        <KioskAttention attention={attention} />
      </div>
    );
  }
  return (
    <div className="app" data-app-state={ready ? 'ready' : 'loading'} data-screen={screen}>
      <a className="skip-link no-print" href="#main">
        {t('app.skip')}
      </a>
      <Header />
      <UpdateBanner />
      <Notices />
      <main id="main" className="app-main" tabIndex={-1} aria-busy={!ready}>
        {startError ? <ErrorPanel error={startError} /> : null}
        {screen !== 'search' && canGoBack ? (
          <button type="button" className="back-button no-print" onClick={back}>
            ← {t('app.back')}
          </button>
        ) : null}
        {SCREENS[screen]()}
      </main>
      <footer className="app-footer no-print">
        <span className="muted small">{t('app.shortcuts')}</span>
        <FooterUsage />
      </footer>
    </div>
  );
}
