/**
 * What the About panel shows and "Copy diagnostics" puts on the clipboard:
 * versions, OS, data mode, the policy in force, updates, recent error codes
 * and where the data folder is. Plain Node and pure.
 *
 * Only facts about the installation are collected, never a value the user
 * typed or AutoGrab returned: no credential (not even its last digits), no
 * token, no plate, VIN, customer name or price, no API address (a dealer
 * group's may name its internal hosts). The OS user name in the data folder
 * path is replaced by `~`. Error codes are the stable codes only, never their
 * messages (a message can quote an input).
 *
 * The text is in English with fixed field names on purpose: it is read by
 * the support desk, and pasted into e-mails and tickets like a log extract.
 */
import type { Region } from '../domain';

/** How many recent error codes are kept. */
export const RECENT_ERROR_LIMIT = 10;

/** One error the user met: its stable code and when. */
export interface RecentError {
  code: string;
  at: string;
}

/** Everything the About panel and the diagnostics text show. */
export interface DiagnosticFacts {
  versions: { app: string; electron: string; chromium: string; node: string };
  os: { platform: string; release: string; arch: string };
  dataMode: 'demo' | 'live';
  region: Region;
  language: 'en' | 'ms';
  policy: {
    /** `file` when an administrator's policy is in force. */
    source: 'none' | 'file';
    /** Where this OS looks for the policy file. */
    path: string;
    kiosk: boolean;
    lockedSettings: string[];
  };
  updates: {
    channel: string;
    /** `disabled`, `idle`, `checking`, `available`, … */
    state: string;
    /** ISO time of the last completed check; null when none has finished since start. */
    lastCheckedAt: string | null;
  };
  /** OS secret storage in use (`dpapi`, `keychain`, `gnome_libsecret`, `basic_text`, …). */
  secretStorage: string;
  /** The data folder, with the home folder shown as `~`. */
  dataFolder: string;
  recentErrors: RecentError[];
}

/** `path` with the user's home folder replaced by `~` (the home folder's name is usually the person's name). */
export function withoutHome(path: string, home: string): string {
  if (home === '' || !path.toLowerCase().startsWith(home.toLowerCase())) return path;
  const rest = path.slice(home.length);
  return rest === '' || rest.startsWith('/') || rest.startsWith('\\') ? `~${rest}` : path;
}

/** Keeps the last {@link RECENT_ERROR_LIMIT} error codes the user met. */
export class RecentErrors {
  private readonly entries: RecentError[] = [];
  constructor(private readonly now: () => Date = () => new Date()) {}
  /** Records one error code (only codes of the form `AUTH_FAILED` are kept; anything else is not a code). */
  record(code: string): void {
    if (!/^[A-Z][A-Z0-9_]{0,39}$/.test(code)) return;
    this.entries.push({ code, at: this.now().toISOString() });
    this.entries.splice(0, Math.max(0, this.entries.length - RECENT_ERROR_LIMIT));
  }
  /** Oldest first. */
  list(): RecentError[] {
    return this.entries.map((entry) => ({ ...entry }));
  }
}

/** The diagnostics text for a support e-mail. */
export function formatDiagnostics(facts: DiagnosticFacts, generatedAt: Date): string {
  const { versions, os, policy, updates } = facts;
  const errors = facts.recentErrors.length === 0 ? ['  none'] : facts.recentErrors.map((error) => `  ${error.at} ${error.code}`);
  return [
    'Dealer Desk diagnostics',
    `Generated: ${generatedAt.toISOString()}`,
    `App version: ${versions.app}`,
    `Electron: ${versions.electron}  Chromium: ${versions.chromium}  Node: ${versions.node}`,
    `OS: ${os.platform} ${os.release} (${os.arch})`,
    `Data: ${facts.dataMode === 'demo' ? 'demo (built-in sandbox)' : 'live (AutoGrab account)'}`,
    `Region: ${facts.region}  Language: ${facts.language}`,
    `Policy: ${policy.source === 'file' ? `in force from ${policy.path}` : `none (looked for ${policy.path})`}`,
    `Kiosk mode: ${policy.kiosk ? 'on' : 'off'}`,
    `Locked settings: ${policy.lockedSettings.length === 0 ? 'none' : policy.lockedSettings.join(', ')}`,
    `Updates: channel ${updates.channel}, ${updates.state}, last check ${updates.lastCheckedAt ?? 'not since start'}`,
    `Secret storage: ${facts.secretStorage}`,
    `Data folder: ${facts.dataFolder}`,
    'Recent error codes:',
    ...errors,
    '',
  ].join('\n');
}
