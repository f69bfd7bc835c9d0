/**
 * Who is calling: the one question every IPC message must answer before it is
 * parsed (Electron security checklist item 17, "validate the sender of all IPC
 * messages"). Kept free of Electron so the Chromium harness answers it the
 * same way; main/ipc/register.ts builds a {@link SenderInfo} from the event.
 */

/** What the dispatcher knows about the sender of a message. */
export interface SenderInfo {
  /** URL of the frame that sent the message ('' when the frame is gone). */
  url: string;
  /** Whether that frame is the top frame of its page (not an iframe). */
  isMainFrame: boolean;
  /** Whether the page belongs to a window this app created (GitHub Desktop's trusted-sender set). */
  trustedWindow: boolean;
  /** Electron webContents id of the sender, for replies that need the page itself (PDF printing). */
  webContentsId?: number;
}

/**
 * `scheme://host[:port]` of a URL, or null. WHATWG `URL.origin` is the string
 * "null" for non-special schemes such as `app:`, so it cannot be used for
 * the app's own scheme. URLs carrying user info are refused outright: they are
 * how `https://app.example.com@attacker.com` style tricks look.
 */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.username || parsed.password || !parsed.host) return null;
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}

/** Whether the sender is the main frame of a trusted window showing the app itself. */
export function isTrustedSender(sender: SenderInfo, appOrigin: string): boolean {
  return sender.trustedWindow && sender.isMainFrame && originOf(sender.url) === appOrigin;
}
