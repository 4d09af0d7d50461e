/**
 * A background job: a pass at start (or `firstRunDelayMs` after it), then again each interval after the
 * previous pass ends; never two passes at once. `pass` must not throw: a job logs its own failures and tries
 * again next time.
 */
export abstract class PeriodicJob {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly intervalMs: number,
    private readonly firstRunDelayMs = 0,
  ) {}

  protected abstract pass(): Promise<void>;

  start(): void {
    const tick = () => {
      void this.runOnce().finally(() => {
        if (this.timer) this.timer = setTimeout(tick, this.intervalMs);
      });
    };
    this.timer = setTimeout(tick, this.firstRunDelayMs);
  }

  /** Stops the schedule and waits for a pass in progress. */
  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  /** One pass now, or the one already in progress; never throws. */
  runOnce(): Promise<void> {
    this.running ??= this.pass().finally(() => {
      this.running = null;
    });
    return this.running;
  }
}
