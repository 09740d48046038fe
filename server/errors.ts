/**
 * One error family for the API: codes on `extensions.code`, messages a person understands,
 * driver errors mapped in one place, no stack traces outside development.
 */
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { isUnavailableError } from '../db/connection.ts';

export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  /** The client has spent its budget of cost points for now (HTTP 429, Retry-After). */
  RATE_LIMITED = 'RATE_LIMITED',
  /** The request read more from the database than one request may. */
  RESULT_TOO_LARGE = 'RESULT_TOO_LARGE',
  TIMEOUT = 'TIMEOUT',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

export class EntenteError extends GraphQLError {
  /** What went wrong underneath (a driver error), for the server's log; never sent to callers. */
  override readonly cause: unknown;

  constructor(code: ErrorCode, message: string, cause?: unknown) {
    super(message, { extensions: { code } });
    this.cause = cause;
  }
}

export const badInput = (message: string) => new EntenteError(ErrorCode.BAD_USER_INPUT, message);
export const notFound = (what: string) => new EntenteError(ErrorCode.NOT_FOUND, `${what} was not found`);

/** Maps a neo4j-driver error to an API error; unknown errors become INTERNAL_SERVER_ERROR. */
export function mapDriverError(error: unknown): EntenteError {
  if (error instanceof EntenteError) return error;
  const code = (error as { code?: string }).code ?? '';
  if (isUnavailableError(error)) {
    return new EntenteError(ErrorCode.SERVICE_UNAVAILABLE, 'The graph database is unreachable right now; try again in a moment.');
  }
  if (code.includes('TransactionTimedOut') || code.includes('Transaction.TransactionTimedOutClientConfiguration')) {
    return new EntenteError(ErrorCode.TIMEOUT, 'The query took too long and was stopped; narrow it with filters or a lower limit.');
  }
  if (code.startsWith('Neo.ClientError.Statement') || code.startsWith('Neo.ClientError.Procedure')) {
    return new EntenteError(ErrorCode.BAD_USER_INPUT, 'The database could not run this query with these arguments.', error);
  }
  // Inputs are checked against their limits first (seed/article-limits.ts): this is the safety net.
  if (/Property value is too large to index/.test((error as Error)?.message ?? '')) {
    return new EntenteError(ErrorCode.BAD_USER_INPUT, 'A value is too long to be stored (Neo4j indexes values of at most 8 kB); shorten it.', error);
  }
  return new EntenteError(ErrorCode.INTERNAL_SERVER_ERROR, 'Something went wrong on the server.', error);
}

/** The chain of causes under an error (GraphQL originalError, then Error.cause), as one line for the log. */
export function describeCauses(error: unknown): string {
  const parts: string[] = [];
  const seen = new Set<unknown>();
  let at: unknown = error;
  while (at && typeof at === 'object' && !seen.has(at) && parts.length < 6) {
    seen.add(at);
    const { code, message } = at as { code?: unknown; message?: unknown };
    const line = String(message ?? at).split('\n')[0] ?? '';
    const text = typeof code === 'string' && code ? `${code}: ${line}` : line;
    if (parts.at(-1) !== text) parts.push(text);
    at = (at as { originalError?: unknown }).originalError ?? (at as { cause?: unknown }).cause;
  }
  return parts.join(' <- caused by ');
}

/** Logs an unexpected failure (INTERNAL_SERVER_ERROR) for operators, with the field it happened in and its causes. */
export function logUnexpectedError(error: unknown): void {
  const path = (error as { path?: readonly (string | number)[] })?.path;
  console.error(`graphql error${path ? ` at ${path.join('.')}` : ''}: ${describeCauses(error)}`);
}

/**
 * A GraphQL error from any copy of graphql-js (a test runner may load two): its toStringTag is
 * the same where `instanceof` is not.
 */
function isGraphQLError(error: unknown): boolean {
  return error instanceof GraphQLError || Object.prototype.toString.call(error) === '[object GraphQLError]';
}

/** Apollo formatError: keeps our codes, hides internals unless in development. Never throws. */
export function formatError(formatted: GraphQLFormattedError, error: unknown, isDevelopment: boolean): GraphQLFormattedError {
  const original = (error as { originalError?: unknown })?.originalError;
  const code = formatted.extensions?.code as string | undefined;
  if (original && !isGraphQLError(original)) {
    const mapped = mapDriverError(original);
    return { message: mapped.message, path: formatted.path, locations: formatted.locations, extensions: { code: mapped.extensions.code } };
  }
  if (!isDevelopment) {
    const { stacktrace: _drop, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
    return { ...formatted, extensions: { ...extensions, code: code ?? ErrorCode.INTERNAL_SERVER_ERROR } };
  }
  return formatted;
}
