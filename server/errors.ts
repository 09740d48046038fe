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
  constructor(code: ErrorCode, message: string) {
    super(message, { extensions: { code } });
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
    return new EntenteError(ErrorCode.BAD_USER_INPUT, 'The database could not run this query with these arguments.');
  }
  return new EntenteError(ErrorCode.INTERNAL_SERVER_ERROR, 'Something went wrong on the server.');
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
