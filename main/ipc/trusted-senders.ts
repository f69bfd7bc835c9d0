/**
 * The webContents this app created itself (GitHub Desktop's
 * `trusted-ipc-sender.ts`, checklist item 17). A webContents is added when its
 * window is created and removed when it is destroyed, so a webview, a popup or
 * a stray page can never pass the sender check, whatever URL it shows.
 */

/** The part of a webContents the set needs. */
export interface TrackedContents {
  readonly id: number;
  once(event: 'destroyed', listener: () => void): unknown;
}

/** The set of trusted webContents ids. */
export class TrustedSenders {
  private readonly ids = new Set<number>();

  /** Trusts `contents` until it is destroyed. */
  add(contents: TrackedContents): void {
    const { id } = contents;
    this.ids.add(id);
    contents.once('destroyed', () => this.ids.delete(id));
  }

  /** Whether the webContents with this id is trusted. */
  has(id: number): boolean {
    return this.ids.has(id);
  }

  /** Ids of the trusted webContents (events are pushed to these only). */
  list(): number[] {
    return [...this.ids];
  }
}
