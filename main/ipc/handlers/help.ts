/**
 * Help: About facts, "Copy diagnostics", opening the data folder, and the
 * search prefill a link from another program left for the window.
 */
import { formatDiagnostics } from '../../core/diagnostics/diagnostics';
import type { Handlers } from '../dispatcher';
import type { BackendServices } from './services';

type HelpChannels = 'help:get-about' | 'help:copy-diagnostics' | 'help:open-data-folder' | 'search:take-prefill';

/** Handlers for the help channels. */
export function helpHandlers(services: BackendServices): Pick<Handlers, HelpChannels> {
  return {
    'help:get-about': async () => services.about(),
    'help:copy-diagnostics': async () => {
      const copied = services.host.copyText(formatDiagnostics(await services.about(), new Date()));
      return { copied };
    },
    // A kiosk must never open a file manager: it is a way out of the locked screen.
    'help:open-data-folder': async () => ({ opened: services.kioskEnabled ? false : await services.host.openDataFolder() }),
    'search:take-prefill': async () => services.takePrefill(),
  };
}
