/**
 * Links from other programs reach the running app three ways: as launch
 * arguments (`dealer-desk://…` on Windows and Linux, or `--plate`/`--vin` from
 * a DMS), as the `second-instance` event when the app is already running (the
 * single-instance lock hands the second launch's arguments over), and as
 * macOS's `open-url` event. All three end in {@link parseDeepLink}; a valid
 * link is delivered (it fills the search box, never looks anything up) and the
 * window is focused. Links are off in kiosk mode unless the policy allows them.
 *
 * The listeners are attached first thing at start, because macOS fires
 * `open-url` for the link that launched the app before `ready`; what arrives
 * before {@link DeepLinkListener.start} is kept and handled then.
 */
import { resolve } from 'node:path';
import type { App } from 'electron';
import { deepLinkFromArgv, DEEP_LINK_SCHEME, parseDeepLink } from './core/deep-link/deep-link';
import type { DeepLinkParse, DeepLinkTarget } from './core/deep-link/deep-link';
import type { Region } from './core/domain';
import type { Logger } from './core/ports';

/** Where links go once the app is up. */
export interface DeepLinkSink {
  /** False in kiosk mode unless the policy sets `kiosk.allowDeepLinks`. */
  enabled: boolean;
  /** The market in Settings now: plates are checked by its rules. */
  region(): Region;
  /** Fills the search box with a valid link's plate or VIN. */
  deliver(target: DeepLinkTarget): void;
  /** Brings the main window to the front (also for a second launch without a link). */
  focus(): void;
  logger: Logger;
}

/** How the app was started, for the launch link and the protocol registration. */
export interface LaunchInfo {
  argv: readonly string[];
  execPath: string;
  /** `app.isPackaged`: a development run registers the Electron binary plus the app's entry script. */
  isPackaged: boolean;
}

/** The deep-link listener attached at start. */
export interface DeepLinkListener {
  /** Registers the URL scheme (when links are enabled), then handles what arrived so far and the launch arguments. */
  start(sink: DeepLinkSink, launch: LaunchInfo): void;
}

type Arrival = { kind: 'url'; url: string } | { kind: 'argv'; argv: readonly string[]; focus: boolean };

/** Attaches `open-url` and `second-instance` listeners to `app`. */
export function listenForDeepLinks(app: Pick<App, 'on' | 'setAsDefaultProtocolClient'>): DeepLinkListener {
  const early: Arrival[] = [];
  let sink: DeepLinkSink | null = null;

  const handle = (arrival: Arrival) => {
    if (!sink) {
      early.push(arrival);
      return;
    }
    if (arrival.kind === 'url' || arrival.focus) sink.focus();
    const parsed = arrival.kind === 'url' ? parseDeepLink(arrival.url, { region: sink.region() }) : deepLinkFromArgv(arrival.argv, { region: sink.region() });
    if (parsed) deliverParsed(parsed, sink, arrival.kind === 'url' ? 'open-url' : 'arguments');
  };

  app.on('open-url', (event, url) => {
    event.preventDefault();
    handle({ kind: 'url', url });
  });
  app.on('second-instance', (_event, argv) => handle({ kind: 'argv', argv, focus: true }));

  return {
    start(target, launch) {
      sink = target;
      if (target.enabled) registerScheme(app, launch, target.logger);
      handle({ kind: 'argv', argv: launch.argv, focus: false });
      for (const arrival of early.splice(0)) handle(arrival);
    },
  };
}

function deliverParsed(parsed: DeepLinkParse, sink: DeepLinkSink, via: string): void {
  if (!sink.enabled) {
    sink.logger.warn('deep link ignored: links are off in kiosk mode (policy kiosk.allowDeepLinks)', { via });
    return;
  }
  if (!parsed.ok) {
    sink.logger.warn('deep link refused', { via, reason: parsed.reason });
    return;
  }
  if (parsed.ignored.length > 0) sink.logger.info('deep link: extra parts ignored', { via, ignored: parsed.ignored });
  sink.logger.info('deep link: search box filled', { via, kind: parsed.target.kind });
  sink.deliver(parsed.target);
}

/**
 * Makes this app the handler of `dealer-desk:` links for the current user.
 * Installers register it too (electron-builder `protocols`); this covers
 * portable runs and repairs a registration another install took over. A
 * development run must name its entry script, or the OS would start a bare
 * Electron.
 */
function registerScheme(app: Pick<App, 'setAsDefaultProtocolClient'>, launch: LaunchInfo, logger: Logger): void {
  const entry = launch.argv[1];
  const registered =
    launch.isPackaged || entry === undefined
      ? app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME)
      : app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME, launch.execPath, [resolve(entry)]);
  if (!registered) logger.warn('could not register the dealer-desk: link handler with the OS');
}
