// A controller's work queue for one kind of key (a Service's `namespace/name`): a key is
// synced by one worker at a time — while its writes are in flight a new change only marks
// it dirty, and it is synced again once they are answered (client-go's workqueue gives
// the same guarantee: a key is never processed by two workers at once).

export class KeyedWork {
  private readonly inFlight = new Map<string, number>();
  private readonly dirty = new Set<string>();
  private readonly requests = new Map<string, string>();

  /** True when the key may be synced now; otherwise it is remembered for later. */
  begin(key: string): boolean {
    if ((this.inFlight.get(key) ?? 0) > 0) {
      this.dirty.add(key);
      return false;
    }
    return true;
  }

  /** A write for `key` went out as request `id`. */
  track(key: string, id: string): void {
    this.requests.set(id, key);
    this.inFlight.set(key, (this.inFlight.get(key) ?? 0) + 1);
  }

  /** The answer to request `id` came: the key, and whether it must be synced again now. */
  answered(id: string): { key: string; again: boolean } | undefined {
    const key = this.requests.get(id);
    if (key === undefined) return undefined;
    this.requests.delete(id);
    const left = (this.inFlight.get(key) ?? 1) - 1;
    if (left > 0) {
      this.inFlight.set(key, left);
      return { key, again: false };
    }
    this.inFlight.delete(key);
    const again = this.dirty.delete(key);
    return { key, again };
  }
}
