/**
 * What main asks the window to do: application-menu commands
 * (`event:menu-command`) and links from other programs that fill the search
 * box (`event:search-prefill`, plus the one that started the app, taken once
 * at start). Each command maps to the store actions a click in the UI would
 * use; a link never starts a lookup.
 */
import type { MenuCommand, SearchPrefill } from '../../../preload/contract';
import { api, unwrap } from '../bridge';
import { useAboutStore } from './about';
import { useAppStore } from './app';
import { useSearchStore } from './search';
import { useValuationStore } from './valuation';

/** What the window does that a store cannot (DOM focus, the print dialog). */
export interface WindowActions {
  focusSearch(): void;
  print(): void;
}

/** Fills the search box from a link and shows it, focused. */
function applyPrefill(prefill: SearchPrefill, window: WindowActions): void {
  useSearchStore.getState().prefill(prefill);
  useAppStore.getState().go('search');
  window.focusSearch();
}

/** Carries out one menu command. */
export async function runMenuCommand(command: MenuCommand, window: WindowActions): Promise<void> {
  const app = useAppStore.getState();
  switch (command) {
    case 'new-search':
      useSearchStore.getState().reset();
      app.go('search');
      window.focusSearch();
      return;
    case 'print-offer':
      // The printable offer is the summary of the current valuation; without one there is nothing to print yet.
      if (useValuationStore.getState().result) {
        app.go('summary');
        window.print();
      } else {
        app.go('search');
        window.focusSearch();
      }
      return;
    case 'open-settings':
      app.go('settings');
      return;
    case 'check-updates':
      useAppStore.setState({ updateStatus: { state: 'checking' } });
      try {
        useAppStore.setState({ updateStatus: await unwrap(api().updates.check()) });
      } catch {
        useAppStore.setState({ updateStatus: await unwrap(api().updates.status()).catch(() => null) });
      }
      return;
    case 'show-about':
      app.go('about');
      return;
    case 'open-user-guide':
      app.go('guide');
      return;
    case 'copy-diagnostics':
      app.go('about');
      await useAboutStore.getState().copyDiagnostics();
      return;
    case 'show-data-folder':
      app.go('about');
      await useAboutStore.getState().openDataFolder();
      return;
  }
}

/**
 * Takes the link main is holding, if any, and fills the box with it. Main
 * keeps a link until it is taken, so the one that started the app is not lost
 * and none is applied twice (the event only says "there is one").
 */
function takePrefill(window: WindowActions): Promise<void> {
  return unwrap(api().search.takePrefill()).then(
    (prefill) => {
      if (prefill) applyPrefill(prefill, window);
    },
    () => undefined,
  );
}

/** Starts following main's commands and links; returns the unsubscribe. */
export function listenForMainCommands(window: WindowActions): () => void {
  const bridge = api();
  const stops = [
    bridge.events.onMenuCommand((command) => void runMenuCommand(command, window)),
    bridge.events.onSearchPrefill(() => void takePrefill(window)),
  ];
  void takePrefill(window);
  return () => stops.forEach((stop) => stop());
}
