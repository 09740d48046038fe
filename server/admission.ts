/**
 * Admission: what a request may spend. An Apollo plugin estimates each operation's cost with its
 * variables (server/limits.ts), refuses it over the limit, spends it from the client's budget
 * (server/budget.ts) or refuses it with 429, hands the cost to the request's database scope
 * (whose calls it orders), and puts the budget in every answer's RateLimit headers and the cost
 * in `extensions.cost`. The limits are configurable by environment variables (readServerLimits).
 */
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { budgetHeaders, type BudgetStatus, type ClientBudgets, type Refusal } from './budget.ts';
import type { Context } from './context.ts';
import { ErrorCode } from './errors.ts';
import { estimateCost, MAX_COST, tooCostly } from './limits.ts';

export interface ServerLimits {
  /** Most estimated cost of one operation (ENTENTE_MAX_COST). */
  maxCost: number;
  /** Cost points each client gets per minute, also the most it can save up (ENTENTE_BUDGET_PER_MINUTE; 0: no budgets). */
  pointsPerMinute: number;
  /** Time a request's database work may take, all its queries together (ENTENTE_REQUEST_TIMEOUT_MS). */
  requestTimeoutMs: number;
  /** Most a request may read from the database, in bytes (ENTENTE_MAX_RESULT_MB). */
  maxResultBytes: number;
}

export const DEFAULT_LIMITS: ServerLimits = {
  maxCost: MAX_COST,
  pointsPerMinute: 400_000,
  requestTimeoutMs: 10_000,
  maxResultBytes: 32 * 1048576,
};

/** The limits from the environment, each falling back to its default; a value that is not a number is refused with its name. */
export function readServerLimits(env: NodeJS.ProcessEnv = process.env): ServerLimits {
  const read = (name: string, fallback: number, scale = 1) => readNumber(env, name, fallback) * scale;
  return {
    maxCost: read('ENTENTE_MAX_COST', DEFAULT_LIMITS.maxCost),
    pointsPerMinute: read('ENTENTE_BUDGET_PER_MINUTE', DEFAULT_LIMITS.pointsPerMinute),
    requestTimeoutMs: read('ENTENTE_REQUEST_TIMEOUT_MS', DEFAULT_LIMITS.requestTimeoutMs),
    maxResultBytes: read('ENTENTE_MAX_RESULT_MB', DEFAULT_LIMITS.maxResultBytes / 1048576, 1048576),
  };
}

/** A number from the environment, or `fallback` when unset; anything else than a number of 0 or more is refused with its name. */
export function readNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number of 0 or more, not "${raw}".`);
  return value;
}

/** What a client over its budget is told; `cost` is null when the request's cost is not known (it had no point left). */
export function overBudgetMessage(cost: number | null, { status, retryAfterSeconds }: Refusal): string {
  const what = cost === null ? 'Your budget is spent' : `This request costs ${cost} points and your budget has ${status.remaining} left`;
  return `${what} (${status.limit} points per minute, refilled continuously). Retry after ${retryAfterSeconds} s.`;
}

/** The refusal of a client over its budget: HTTP 429 with Retry-After and the RateLimit headers. */
export function overBudget(cost: number, refusal: Refusal): GraphQLError {
  const { status, retryAfterSeconds } = refusal;
  return new GraphQLError(overBudgetMessage(cost, refusal), {
    extensions: { code: ErrorCode.RATE_LIMITED, retryAfterSeconds, http: { status: 429, headers: new HeaderMap(budgetHeaders(status, retryAfterSeconds)) } },
  });
}

/** What every GraphQL answer says of its cost in `extensions.cost`. */
export const costExtension = (estimated: number, limit: number, budget: BudgetStatus | undefined) => ({ estimated, limit, ...(budget ? { budget } : {}) });

/**
 * The plugin. `schema` is the API's schema built by this module's copy of graphql-js (a test
 * runner may load Apollo's copy apart, and graphql-js refuses the types of another copy).
 */
export function admissionPlugin(budgets: ClientBudgets, maxCost: number, schema: GraphQLSchema): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let status: BudgetStatus | undefined;
      return {
        async didResolveOperation({ contextValue: ctx, document, operationName, request }) {
          const cost = estimateCost({ schema, document, operationName, variables: request.variables });
          ctx.scope.cost = cost;
          if (cost > maxCost) throw tooCostly(cost, maxCost);
          if (!budgets.isEnabled) return;
          const spent = budgets.spend(ctx.client, Math.max(1, cost), ctx.requestKey);
          status = spent.status;
          if (!spent.ok) throw overBudget(cost, spent);
        },
        async willSendResponse({ contextValue: ctx, response }) {
          // A request refused before its cost was known (a syntax error, a query over the limit) costs 1 point.
          if (budgets.isEnabled) {
            status ??= budgets.spend(ctx.client, 1).status;
            for (const [name, value] of budgetHeaders(status)) response.http.headers.set(name, value);
          }
          if (response.body.kind === 'single') {
            const result = response.body.singleResult;
            result.extensions = { ...result.extensions, cost: costExtension(ctx.scope.cost, maxCost, status) };
          }
        },
      };
    },
  };
}
