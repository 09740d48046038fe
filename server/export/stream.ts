/**
 * Streams an export: rows read from Neo4j as the driver fetches them (it pauses fetching while
 * the consumer is behind, so memory stays flat whatever the graph's size), formatted as CSV
 * (csv-stringify) or JSON Lines, into any writable (an HTTP response, a file, stdout). The only
 * read in server/ that does not go through the Executor: the Executor returns whole arrays.
 */
import type { Writable } from 'node:stream';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import type { Driver } from 'neo4j-driver';
import { toCypherParams } from '../../db/connection.ts';
import type { ExportFormat } from './options.ts';
import type { ExportQuery } from './queries.ts';

/** An export may run long (it streams the whole graph), unlike an API query. */
export const EXPORT_TIMEOUT_MS = 15 * 60_000;

/** The rows of a query, one at a time; the session closes when the consumer stops (a client gone). */
export async function* readRows(driver: Driver, database: string, query: ExportQuery): AsyncGenerator<Record<string, unknown>> {
  const session = driver.session({ database, defaultAccessMode: 'READ', fetchSize: 1000 });
  const tx = session.beginTransaction({ timeout: EXPORT_TIMEOUT_MS });
  try {
    for await (const record of tx.run(query.cypher, toCypherParams(query.params))) yield record.toObject();
    await tx.commit();
  } finally {
    if (tx.isOpen()) await tx.rollback().catch(() => {});
    await session.close();
  }
}

/** A row as CSV cells: lists joined with "; ", booleans as true/false, null as an empty cell. */
function csvCells(row: Record<string, unknown>, columns: string[]): Record<string, unknown> {
  const cell = (value: unknown) => (Array.isArray(value) ? value.join('; ') : typeof value === 'boolean' ? String(value) : (value ?? ''));
  return Object.fromEntries(columns.map((c) => [c, cell(row[c])]));
}

/** Rows to text: CSV with a header (RFC 4180 quoting, by csv-stringify), or one JSON object per line (nulls and lists kept). */
function formatter(format: ExportFormat, columns: string[]): Transform {
  if (format === 'csv') return stringify({ header: true, columns });
  return new Transform({
    writableObjectMode: true,
    transform(row: Record<string, unknown>, _, done) {
      done(null, `${JSON.stringify(Object.fromEntries(columns.map((c) => [c, row[c] ?? null])))}\n`);
    },
  });
}

/** Streams the export into `out`; resolves with the number of rows once all is written. */
export async function writeExport(driver: Driver, database: string, query: ExportQuery, format: ExportFormat, out: Writable): Promise<number> {
  let rows = 0;
  const counted = async function* () {
    for await (const row of readRows(driver, database, query)) {
      rows++;
      yield format === 'csv' ? csvCells(row, query.columns) : row;
    }
  };
  await pipeline(Readable.from(counted()), formatter(format, query.columns), out);
  return rows;
}
