/**
 * Shares the database among requests. At most `slots` calls run at once (Neo4j answers no faster
 * with more on a few cores, it only makes every call slower); waiting calls start in order of
 * their due time: when their request arrived plus an allowance that grows with its estimated cost.
 * A cheap request (a search) therefore overtakes the queued calls of a heavy one, and a heavy one
 * still starts once it has waited its allowance. Heavy requests may hold at most slots − 1 calls
 * at once, so that one slot is always free for a cheap request.
 */

export interface Ticket {
  /** When the call should start, in performance.now() milliseconds: earlier starts first. */
  due: number;
  /** True for calls of a request whose cost is at least the scheduler's `heavyCost`. */
  isHeavy: boolean;
  /** After this time (performance.now()), a call that has not started is refused. */
  deadline: number;
}

interface Waiting {
  ticket: Ticket;
  start: () => void;
  expire: () => void;
}

export class CallScheduler {
  private running = 0;
  private heavyRunning = 0;
  private readonly waiting: Waiting[] = [];

  constructor(readonly slots: number) {
    if (!Number.isInteger(slots) || slots < 1) throw new Error(`slots must be a positive integer, not ${slots}`);
  }

  /** Calls waiting for a slot now. */
  get queued(): number {
    return this.waiting.length;
  }

  /** Runs `task` when a slot is free and no call due earlier waits; rejects with `expired()` if the ticket's deadline passes first. */
  run<T>(ticket: Ticket, task: () => Promise<T>, expired: () => Error): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const start = () => {
        this.running++;
        if (ticket.isHeavy) this.heavyRunning++;
        task()
          .then(resolve, reject)
          .finally(() => {
            this.running--;
            if (ticket.isHeavy) this.heavyRunning--;
            this.dispatch();
          });
      };
      this.waiting.push({ ticket, start, expire: () => reject(expired()) });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.running < this.slots) {
      const next = this.takeNext();
      if (!next) return;
      if (performance.now() > next.ticket.deadline) next.expire();
      else next.start();
    }
  }

  /** Removes and returns the waiting call due first that may start now. */
  private takeNext(): Waiting | undefined {
    const mayRunHeavy = this.heavyRunning < Math.max(1, this.slots - 1);
    let best = -1;
    for (let i = 0; i < this.waiting.length; i++) {
      const w = this.waiting[i]!;
      if (w.ticket.isHeavy && !mayRunHeavy) continue;
      if (best < 0 || w.ticket.due < this.waiting[best]!.ticket.due) best = i;
    }
    return best < 0 ? undefined : this.waiting.splice(best, 1)[0];
  }
}
