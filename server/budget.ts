/**
 * Each client's budget of cost points: a token bucket (as GitHub's and Shopify's GraphQL APIs
 * meter theirs) that holds at most one minute's points and refills continuously. A request
 * spends its estimated cost (server/limits.ts); a client without enough points left is told
 * when it will have them. Pure but for the clock, which tests pass in.
 */

export interface BudgetSettings {
  /** Points a client gets per minute, and the most it may hold (0: no budgets). */
  pointsPerMinute: number;
}

/** What the RateLimit headers say: the limit per minute, what is left, seconds until full again. */
export interface BudgetStatus {
  limit: number;
  remaining: number;
  resetSeconds: number;
}

export type SpendResult = { ok: true; status: BudgetStatus } | { ok: false; status: BudgetStatus; retryAfterSeconds: number };

export type Refusal = Extract<SpendResult, { ok: false }>;

interface Bucket {
  points: number;
  at: number;
  /** The request last refused to this client (its digest) and what it costs. */
  refused?: { key: string; cost: number };
}

/** Buckets kept before full ones are forgotten (a full bucket is the same as none). */
const PRUNE_AT = 10_000;

export class ClientBudgets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    readonly settings: BudgetSettings,
    private readonly now: () => number = () => performance.now(),
  ) {}

  get isEnabled(): boolean {
    return this.settings.pointsPerMinute > 0;
  }

  /**
   * Spends `cost` points of `client`'s budget when it has them; otherwise spends nothing, and
   * remembers the refused request by `key` (a digest of it) for refuseEarly.
   */
  spend(client: string, cost: number, key?: string): SpendResult {
    const result = this.settle(client, cost, true);
    if (!result.ok && key !== undefined) this.buckets.get(client)!.refused = { key, cost };
    return result;
  }

  /**
   * The refusal of a request before it is parsed: when `client` has no point left, or when the
   * request (`key`) is the one last refused to it and it still cannot afford it. A client that
   * repeats a refused request costs a digest and a lookup, not a parse and an estimate.
   * `cost` is null when the request's cost is not known (no point left).
   */
  refuseEarly(client: string, key: string): { cost: number | null; refusal: Refusal } | undefined {
    const refused = this.buckets.get(client)?.refused;
    const cost = refused?.key === key ? refused.cost : null;
    const result = this.afford(client, cost ?? 1);
    return result.ok ? undefined : { cost, refusal: result };
  }

  /** Whether `client` has `cost` points now, without spending them. */
  afford(client: string, cost: number): SpendResult {
    return this.settle(client, cost, false);
  }

  private settle(client: string, cost: number, isSpending: boolean): SpendResult {
    const bucket = this.refilled(client);
    if (bucket.points >= cost) {
      if (isSpending) bucket.points -= cost;
      return { ok: true, status: this.statusOf(bucket) };
    }
    return { ok: false, status: this.statusOf(bucket), retryAfterSeconds: Math.max(1, Math.ceil((cost - bucket.points) / this.perMs / 1000)) };
  }

  private get perMs(): number {
    return this.settings.pointsPerMinute / 60_000;
  }

  private refilled(client: string): Bucket {
    const now = this.now();
    const capacity = this.settings.pointsPerMinute;
    let bucket = this.buckets.get(client);
    if (!bucket) {
      if (this.buckets.size >= PRUNE_AT) this.prune(now);
      bucket = { points: capacity, at: now };
      this.buckets.set(client, bucket);
    }
    bucket.points = Math.min(capacity, bucket.points + (now - bucket.at) * this.perMs);
    bucket.at = now;
    return bucket;
  }

  private prune(now: number): void {
    for (const [client, b] of this.buckets) if (b.points + (now - b.at) * this.perMs >= this.settings.pointsPerMinute) this.buckets.delete(client);
  }

  private statusOf(bucket: Bucket): BudgetStatus {
    const limit = this.settings.pointsPerMinute;
    return { limit, remaining: Math.floor(bucket.points), resetSeconds: Math.ceil((limit - bucket.points) / this.perMs / 1000) };
  }
}

/** The IETF RateLimit header fields (draft-ietf-httpapi-ratelimit-headers), with Retry-After when refused. */
export function budgetHeaders(status: BudgetStatus, retryAfterSeconds?: number): [string, string][] {
  const headers: [string, string][] = [
    ['ratelimit-limit', String(status.limit)],
    ['ratelimit-remaining', String(status.remaining)],
    ['ratelimit-reset', String(status.resetSeconds)],
    ['ratelimit-policy', `${status.limit};w=60`],
  ];
  if (retryAfterSeconds !== undefined) headers.push(['retry-after', String(retryAfterSeconds)]);
  return headers;
}
