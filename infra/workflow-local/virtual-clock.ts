/**
 * A clock that can be moved forward, for the local workflow runtime.
 *
 * Real timers cannot stand in for Step Functions waits: a `setTimeout` of
 * more than about 24.8 days (2^31 - 1 ms) fires at once, and a 20-week case
 * must play through in seconds in tests and demonstrations. Sleepers here
 * wake in time order when the clock reaches them, whether it moves by itself
 * (live mode, at the speed of real time) or is advanced by hand.
 */

interface Sleeper {
  at: number;
  sequence: number;
  wake: () => void;
}

/** Maximum real timer used in live mode, safely under Node's 2^31 - 1 ms limit. */
const maxTimerMs = 60 * 60 * 1000;

export class VirtualClock {
  private offsetMs: number;
  private readonly live: boolean;
  private readonly sleepers: Sleeper[] = [];
  private sequence = 0;
  private timer: NodeJS.Timeout | undefined;

  /**
   * @param start the clock's starting instant
   * @param live when true the clock also moves with real time; when false it
   *   stays still until `advanceTo` or `advanceBy` moves it
   */
  constructor(options: { start?: Date; live?: boolean } = {}) {
    this.live = options.live ?? false;
    const startMs = options.start?.getTime() ?? Date.now();
    this.offsetMs = this.live ? startMs - Date.now() : startMs;
  }

  nowMs(): number {
    return this.live ? Date.now() + this.offsetMs : this.offsetMs;
  }

  now(): Date {
    return new Date(this.nowMs());
  }

  /**
   * Resolves once the clock reaches `at`; at once if it already has.
   * `onWake` runs synchronously at the wake-up, before any other sleeper's
   * continuation, so a caller can mark itself busy without a gap.
   */
  sleepUntil(at: Date | number, onWake?: () => void): Promise<void> {
    const atMs = typeof at === "number" ? at : at.getTime();
    if (atMs <= this.nowMs()) {
      onWake?.();
      return Promise.resolve();
    }

    return new Promise<void>((resolve) => {
      const wake = () => {
        onWake?.();
        resolve();
      };
      this.sleepers.push({ at: atMs, sequence: this.sequence++, wake });
      this.sleepers.sort((a, b) => a.at - b.at || a.sequence - b.sequence);
      this.scheduleLiveTimer();
    });
  }

  sleep(milliseconds: number): Promise<void> {
    return this.sleepUntil(this.nowMs() + milliseconds);
  }

  /** The instant of the earliest sleeper, if any. */
  nextWakeMs(): number | undefined {
    return this.sleepers[0]?.at;
  }

  /**
   * Moves the clock to `target`, waking sleepers one instant at a time in
   * order. After each instant, `settle` runs so that whatever the wake-up
   * started (a task, a database call) can finish and schedule its next sleep
   * before the clock moves on.
   */
  async advanceTo(target: Date | number, settle: () => Promise<void>): Promise<void> {
    const targetMs = typeof target === "number" ? target : target.getTime();

    for (;;) {
      await settle();
      const next = this.sleepers[0];
      if (!next || next.at > targetMs) break;

      this.setNow(Math.max(next.at, this.nowMs()));
      while (this.sleepers[0] && this.sleepers[0].at <= this.nowMs()) {
        this.sleepers.shift()?.wake();
      }
    }

    if (targetMs > this.nowMs()) this.setNow(targetMs);
    await settle();
    this.scheduleLiveTimer();
  }

  advanceBy(milliseconds: number, settle: () => Promise<void>): Promise<void> {
    return this.advanceTo(this.nowMs() + milliseconds, settle);
  }

  /** Stops the live timer so the process can exit. Sleepers stay asleep. */
  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private setNow(ms: number): void {
    this.offsetMs = this.live ? ms - Date.now() : ms;
  }

  private scheduleLiveTimer(): void {
    if (!this.live) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;

    const next = this.sleepers[0];
    if (!next) return;

    const delay = Math.min(Math.max(next.at - this.nowMs(), 0), maxTimerMs);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      while (this.sleepers[0] && this.sleepers[0].at <= this.nowMs()) {
        this.sleepers.shift()?.wake();
      }
      this.scheduleLiveTimer();
    }, delay);
    this.timer.unref();
  }
}
