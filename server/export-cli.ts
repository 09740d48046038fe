/**
 * npm run -s export -- entities|relations|evidence [--format csv|jsonl] [--out FILE] [--PARAM VALUE ...]
 * The bulk export of GET /export/KIND.FORMAT, straight from Neo4j without a server: the same
 * parameters (--types ALLIED_WITH,SUPPLIES --since 2024 --until 2024-06 --limit 1000 --after ID...)
 * and the same rows. Writes to stdout, or to FILE with a count at the end. Exit 2 on a bad
 * argument, 1 when the export failed.
 */
import { createWriteStream } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { connectNeo4j } from '../db/ensure-neo4j.ts';
import { EntenteError } from './errors.ts';
import { EXPORT_KINDS, EXPORT_PARAMETERS, parseExportRequest } from './export/options.ts';
import { exportQuery } from './export/queries.ts';
import { writeExport } from './export/stream.ts';

const USAGE = `usage: npm run -s export -- ${EXPORT_KINDS.join('|')} [--format csv|jsonl] [--out FILE] [--PARAM VALUE ...]
  PARAM: ${EXPORT_PARAMETERS.join(', ')} (as in docs/API.md, "Bulk export"; lists comma-separated)`;

async function main(): Promise<number> {
  let parsed;
  try {
    const params = Object.fromEntries(EXPORT_PARAMETERS.map((name) => [name, { type: 'string' as const }]));
    parsed = parseArgs({ allowPositionals: true, options: { ...params, format: { type: 'string', default: 'csv' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length !== 1) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const params = new URLSearchParams();
  for (const name of EXPORT_PARAMETERS) {
    const value = (values as Record<string, unknown>)[name];
    if (typeof value === 'string') params.set(name, value);
  }
  let request;
  let query;
  try {
    request = parseExportRequest(positionals[0]!, String(values.format), params);
    query = exportQuery(request);
  } catch (error) {
    if (!(error instanceof EntenteError)) throw error;
    console.error(`${error.message}\n${USAGE}`);
    return 2;
  }
  const { driver, settings } = await connectNeo4j((line) => console.error(line));
  try {
    const started = Date.now();
    const out = values.out ? createWriteStream(values.out) : process.stdout;
    const rows = await writeExport(driver, settings.database, query, request.format, out);
    if (values.out) console.error(`Wrote ${rows.toLocaleString('en')} ${request.kind} rows to ${values.out} (${((Date.now() - started) / 1000).toFixed(1)} s).`);
    return 0;
  } finally {
    await driver.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    process.exitCode = await main();
  } catch (error) {
    console.error(`error: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
