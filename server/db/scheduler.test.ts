import { describe, expect, it } from 'vitest';
import { CallScheduler, type Ticket } from './scheduler.ts';

/** A task that runs until the test ends it, recording when it started. */
function gate(log: string[], name: string) {
  let end!: () => void;
  const done = new Promise<void>((resolve) => (end = resolve));
  return { task: () => (log.push(name), done), end };
}
const ticket = (due: number, isHeavy = false, deadline = Infinity): Ticket => ({ due, isHeavy, deadline });
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

  it('keeps one slot free of heavy calls', async () => {
    const log: string[] = [];
    const scheduler = new CallScheduler(3);
    const heavy = [gate(log, 'h1'), gate(log, 'h2'), gate(log, 'h3')];
    const light = gate(log, 'light');
    const runs = heavy.map((h) => scheduler.run(ticket(0, true), h.task, expired));
    await settle();
    expect(log).toEqual(['h1', 'h2']);
    runs.push(scheduler.run(ticket(1_000), light.task, expired));
    await settle();
    expect(log).toEqual(['h1', 'h2', 'light']);
    for (const g of [...heavy, light]) g.end();
    await Promise.all(runs);
  });

  it('refuses a call whose deadline passed while it waited, without running it', async () => {
    const log: string[] = [];
    const scheduler = new CallScheduler(1);
    const first = gate(log, 'first');
    const running = scheduler.run(ticket(0), first.task, expired);
    const stale = scheduler.run(ticket(0, false, performance.now() - 1), gate(log, 'stale').task, expired);
    first.end();
    await running;
    await expect(stale).rejects.toThrow('expired');
    expect(log).toEqual(['first']);
  });
});
