import { describe, expect, it } from 'vitest';
import { CallScheduler, type Lane, type Ticket } from './scheduler.ts';

/** A task that runs until the test ends it, recording when it started. */
function gate(log: string[], name: string) {
  let end!: () => void;
  const done = new Promise<void>((resolve) => (end = resolve));
  return { task: () => (log.push(name), done), end };
}
const ticket = (due: number, lane: Lane = 0, deadline = Infinity): Ticket => ({ due, lane, deadline });
const expired = () => new Error('expired');
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('database call scheduler', () => {
  it('runs at most its slots at once, then the waiting call due first', async () => {
    const log: string[] = [];
    const scheduler = new CallScheduler(2);
    const [a, b, late, early] = [gate(log, 'a'), gate(log, 'b'), gate(log, 'late'), gate(log, 'early')];
    const runs = [scheduler.run(ticket(0), a.task, expired), scheduler.run(ticket(0), b.task, expired), scheduler.run(ticket(500), late.task, expired), scheduler.run(ticket(10), early.task, expired)];
    await settle();
    expect(log).toEqual(['a', 'b']);
    expect(scheduler.queued).toBe(2);
    a.end();
    await settle();
    expect(log).toEqual(['a', 'b', 'early']); // queued after "late", due before it
    for (const g of [b, late, early]) g.end();
    await Promise.all(runs);
    expect(log).toEqual(['a', 'b', 'early', 'late']);
  });

  it('keeps slots free of medium calls, and runs heavy ones one at a time', async () => {
    const log: string[] = [];
    const scheduler = new CallScheduler(3, [3, 2, 1]);
    const [h1, h2, m1, m2, light] = [gate(log, 'h1'), gate(log, 'h2'), gate(log, 'm1'), gate(log, 'm2'), gate(log, 'light')];
    const runs = [scheduler.run(ticket(0, 2), h1.task, expired), scheduler.run(ticket(0, 2), h2.task, expired), scheduler.run(ticket(1, 1), m1.task, expired), scheduler.run(ticket(1, 1), m2.task, expired)];
    await settle();
    expect(log).toEqual(['h1', 'm1']); // h2: the heavy lane is taken; m2: the last slot is kept for light calls
    runs.push(scheduler.run(ticket(1_000), light.task, expired));
    await settle();
    expect(log).toEqual(['h1', 'm1', 'light']);
    h1.end();
    await settle();
    expect(log).toEqual(['h1', 'm1', 'light', 'h2']);
    for (const g of [h2, m1, m2, light]) g.end();
    await Promise.all(runs);
    expect(log).toEqual(['h1', 'm1', 'light', 'h2', 'm2']);
  });

  it('refuses a call whose deadline passed while it waited, without running it', async () => {
    const log: string[] = [];
    const scheduler = new CallScheduler(1);
    const first = gate(log, 'first');
    const running = scheduler.run(ticket(0), first.task, expired);
    const stale = scheduler.run(ticket(0, 0, performance.now() - 1), gate(log, 'stale').task, expired);
    first.end();
    await running;
    await expect(stale).rejects.toThrow('expired');
    expect(log).toEqual(['first']);
  });
});
