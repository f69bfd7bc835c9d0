/**
 * In-flight requests the renderer can cancel. Each request started with a
 * `requestId` can be cancelled by id (the cancel route); requests in the same
 * group (e.g. every free-text search) supersede each other, so a newer
 * keystroke aborts the older search instead of racing it.
 */

/** Tracks abort controllers by request id and by group. */
export class RequestTracker {
  private readonly byId = new Map<string, AbortController>();
  private readonly latestInGroup = new Map<string, AbortController>();

  /**
   * Runs `work` with a fresh abort signal. A previous request of `group` still
   * running is aborted first.
   */
  async run<T>(group: string | null, requestId: string | undefined, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const controller = new AbortController();
    if (group !== null) {
      this.latestInGroup.get(group)?.abort();
      this.latestInGroup.set(group, controller);
    }
    if (requestId !== undefined) {
      this.byId.get(requestId)?.abort();
      this.byId.set(requestId, controller);
    }
    try {
      return await work(controller.signal);
    } finally {
      if (group !== null && this.latestInGroup.get(group) === controller) this.latestInGroup.delete(group);
      if (requestId !== undefined && this.byId.get(requestId) === controller) this.byId.delete(requestId);
    }
  }

  /** Aborts the request with this id; false when none is running. */
  cancel(requestId: string): boolean {
    const controller = this.byId.get(requestId);
    if (!controller) return false;
    controller.abort();
    this.byId.delete(requestId);
    return true;
  }

  /** Aborts everything (shutdown, or a switch between demo and live). */
  abortAll(): void {
    for (const controller of [...this.byId.values(), ...this.latestInGroup.values()]) controller.abort();
    this.byId.clear();
    this.latestInGroup.clear();
  }
}
