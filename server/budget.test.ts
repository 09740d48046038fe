import { describe, expect, it } from 'vitest';
import { budgetHeaders, ClientBudgets } from './budget.ts';

/** Budgets on a clock the test moves (milliseconds). */
function budgetsAt(pointsPerMinute: number) {
  let now = 0;
  const budgets = new ClientBudgets({ pointsPerMinute }, () => now);
  return { budgets, advance: (ms: number) => (now += ms) };
}

describe('client budgets (token buckets)', () => {
  it('starts full, spends what a request costs, and refuses what it cannot pay without spending it', () => {
    const { budgets } = budgetsAt(6_000);
    expect(budgets.spend('a', 4_000)).toEqual({ ok: true, status: { limit: 6_000, remaining: 2_000, resetSeconds: 40 } });
    const refused = budgets.spend('a', 3_000);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.retryAfterSeconds).toBe(10); // 1,000 points missing at 100 a second
    expect(budgets.afford('a', 2_000).ok).toBe(true); // the refusal spent nothing
  });

  it('refills continuously, never above one minute of points', () => {
    const { budgets, advance } = budgetsAt(6_000);
    budgets.spend('a', 6_000);
    advance(15_000);
    expect(budgets.afford('a', 0).status.remaining).toBe(1_500);
    advance(10 * 60_000);
    expect(budgets.afford('a', 0).status).toEqual({ limit: 6_000, remaining: 6_000, resetSeconds: 0 });
  });

  it('keeps one budget per client', () => {
    const { budgets } = budgetsAt(100);
    budgets.spend('a', 100);
    expect(budgets.spend('a', 1).ok).toBe(false);
    expect(budgets.spend('b', 1).ok).toBe(true);
  });

  it('refuses early a request it refused last, until the client can afford it; other requests are estimated', () => {
    const { budgets, advance } = budgetsAt(6_000);
    expect(budgets.refuseEarly('a', 'heavy')).toBeUndefined(); // unknown: estimated as usual
    budgets.spend('a', 5_000);
    expect(budgets.spend('a', 3_000, 'heavy').ok).toBe(false);
    expect(budgets.refuseEarly('a', 'heavy')).toMatchObject({ cost: 3_000, refusal: { retryAfterSeconds: 20 } });
    expect(budgets.refuseEarly('a', 'light')).toBeUndefined(); // 1,000 points left
    expect(budgets.refuseEarly('b', 'heavy')).toBeUndefined(); // another client's budget
    advance(20_000);
    expect(budgets.refuseEarly('a', 'heavy')).toBeUndefined(); // 3,000 points again
    budgets.spend('a', 3_000);
    expect(budgets.refuseEarly('a', 'light')).toMatchObject({ cost: null, refusal: { ok: false } }); // no point left: refused whatever it is
  });

  it('says so in the RateLimit header fields, with Retry-After when refused', () => {
    expect(budgetHeaders({ limit: 300, remaining: 12, resetSeconds: 58 }, 3)).toEqual([
      ['ratelimit-limit', '300'],
      ['ratelimit-remaining', '12'],
      ['ratelimit-reset', '58'],
      ['ratelimit-policy', '300;w=60'],
      ['retry-after', '3'],
    ]);
  });

  it('is off with 0 points per minute', () => {
    expect(new ClientBudgets({ pointsPerMinute: 0 }).isEnabled).toBe(false);
  });
});
