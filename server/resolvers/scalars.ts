/** Custom scalars: Date (ISO 8601 calendar dates, a day or, for periods, a month or a year), checked strictly. */
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isPartialDate } from '../db/dates.ts';

/**
 * Dates already found valid: an answer repeats the same few thousand days (every edge's first and
 * last), and each check against the calendar builds a Date. Bounded, as days are.
 */
const validDates = new Set<string>();
const MAX_REMEMBERED = 100_000;

function checkDate(value: unknown): string {
  if (typeof value === 'string') {
    if (validDates.has(value)) return value;
    const trimmed = value.trim();
    if (isPartialDate(trimmed)) {
      if (trimmed === value && validDates.size < MAX_REMEMBERED) validDates.add(value);
      return trimmed;
    }
  }
  throw new GraphQLError(`Date must be an ISO 8601 date written YYYY-MM-DD, YYYY-MM or YYYY (such as 2024-01-31), got ${JSON.stringify(value)}`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'An ISO 8601 calendar date: a day (2024-03-05), or a month (2024-03) or a year (2024) where a period is meant.',
  specifiedByURL: 'https://www.iso.org/iso-8601-date-and-time-format.html',
  serialize: checkDate,
  parseValue: checkDate,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError(`Date must be a string such as "2024-01-31", got a ${ast.kind}`, { nodes: [ast], extensions: { code: 'BAD_USER_INPUT' } });
    return checkDate(ast.value);
  },
});
