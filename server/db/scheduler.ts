/**
 * Shares the database among requests. At most `slots` calls run at once (Neo4j answers no faster
 * with more on a few cores, it only makes every call slower); waiting calls start in order of
 * their due time: when their request arrived plus an allowance that grows with its estimated cost.
 * A cheap request (a search) therefore overtakes the queued calls of costlier ones, and those
 * still start once they have waited their allowance.
 *
 * Each call also has a lane by its request's cost: 0 light, 1 medium, 2 heavy. The calls of a lane
 * and the lanes above it may hold at most `laneLimits[lane]` slots (by default all of them, half of
 * them, and one): light requests always find slots that no long call holds, and a client sending
 * heavy requests back to back takes at most one slot's worth of the database.
 */

export type Lane = 0 | 1 | 2;

export interface Ticket {
  /** When the call should start, in performance.now() milliseconds: earlier starts first. */
  due: number;
  lane: Lane;
  /** After this time (performance.now()), a call that has not started is refused. */
  deadline: number;
}

interface Waiting {
  ticket: Ticket;
  start: () => void;
  expire: () => void;
}

/** Totals since the scheduler started, for benchmarks: calls run, time they waited for a slot and held it. */
export interface SchedulerTotals {
  calls: number;
  waitedMs: number;
  ranMs: number;
}

export class CallScheduler {
  /** Calls running per lane. */
  private readonly running: [number, number, number] = [0, 0, 0];
  private readonly waiting: Waiting[] = [];
  readonly totals: SchedulerTotals = { calls: 0, waitedMs: 0, ranMs: 0 };
  readonly laneLimits: readonly [number, number, number];

  constructor(
    readonly slots: number,
    laneLimits?: readonly [number, number, number],
  ) {
    if (!Number.isInteger(slots) || slots < 1) throw new Error(`slots must be a positive integer, not ${slots}`);
    this.laneLimits = laneLimits ?? [slots, Math.max(1, Math.floor(slots / 2)), 1];
  }

  /** Calls waiting for a slot now. */
  get queued(): number {
    return this.waiting.length;
  }

  /** Runs `task` when a slot is free for its lane and no call due earlier waits; rejects with `expired()` if the ticket's deadline passes first. */
  run<T>(ticket: Ticket, task: () => Promise<T>, expired: () => Error): Promise<T> {
    const queuedAt = performance.now();
    return new Promise<T>((resolve, reject) => {
      const start = () => {
        const startedAt = performance.now();
        this.running[ticket.lane]++;
        task()
          .then(resolve, reject)
          .finally(() => {
            this.running[ticket.lane]--;
            this.totals.calls++;
            this.totals.waitedMs += startedAt - queuedAt;
            this.totals.ranMs += performance.now() - startedAt;
            this.dispatch();
          });
      };
      this.waiting.push({ ticket, start, expire: () => reject(expired()) });
      this.dispatch();
    });
  }

  private dispatch(): void {
    for (let next = this.takeNext(); next; next = this.takeNext()) {
      if (performance.now() > next.ticket.deadline) next.expire();
      else next.start();
    }
  }

  /** True when a call of `lane` may start now: a slot is free, and its lane and those above hold fewer than the lane's limit. */
  private mayStart(lane: Lane): boolean {
    const [light, medium, heavy] = this.running;
    const atOrAbove = lane === 0 ? light + medium + heavy : lane === 1 ? medium + heavy : heavy;
    return light + medium + heavy < this.slots && atOrAbove < this.laneLimits[lane];
  }

  /** Removes and returns the waiting call due first that may start now. */
  private takeNext(): Waiting | undefined {
    let best = -1;
    for (let i = 0; i < this.waiting.length; i++) {
      const w = this.waiting[i]!;
      if (!this.mayStart(w.ticket.lane)) continue;
      if (best < 0 || w.ticket.due < this.waiting[best]!.ticket.due) best = i;
    }
    return best < 0 ? undefined : this.waiting.splice(best, 1)[0];
  }
}
