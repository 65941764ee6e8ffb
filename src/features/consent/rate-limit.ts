/**
 * Counts events per key in fixed windows and says when a key has sent too many. Held in memory:
 * it only has to stop one browser (or script) flooding the analytics table, and a restart or a
 * second process letting a few more through does no harm.
 */
export class WindowedLimiter {
  private windows = new Map<string, { startedAt: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly maxKeys = 10_000,
  ) {}

  /** Counts one event for the key; false when the key has used up its window. */
  isAllowed(key: string, now: number): boolean {
    const window = this.windows.get(key);
    if (!window || now - window.startedAt >= this.windowMs) {
      if (this.windows.size >= this.maxKeys) this.forgetExpired(now);
      this.windows.set(key, { startedAt: now, count: 1 });
      return true;
    }
    window.count += 1;
    return window.count <= this.limit;
  }

  // Keeps memory bounded when many different visitors arrive within one window.
  private forgetExpired(now: number): void {
    for (const [key, window] of this.windows) {
      if (now - window.startedAt >= this.windowMs) this.windows.delete(key);
    }
    if (this.windows.size >= this.maxKeys) this.windows.clear();
  }
}
