/**
 * GET /export/{entities|relations|evidence}.{csv|jsonl}?PARAMS: a bulk export streamed to the
 * client. Parameters are checked before anything is sent (400 naming the wrong one); at most
 * MAX_CONCURRENT_EXPORTS run at once (429 with Retry-After beyond), each spends EXPORT_COST of its
 * client's budget (server/app.ts); a client that goes away
 * stops the database read. Reading needs no token, as GraphQL reads do.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Executor } from '../db/executor.ts';
import { EntenteError, ErrorCode, logUnexpectedError } from '../errors.ts';
import { parseExportRequest } from './options.ts';
import { exportQuery } from './queries.ts';
import { writeExport } from './stream.ts';

export const EXPORT_PATH = /^\/export\/([a-z]+)\.([a-z]+)$/;
/** Exports read the whole graph: a few at a time leave the database to the API's other clients. */
export const MAX_CONCURRENT_EXPORTS = 2;
/** What an export spends of its client's budget (server/budget.ts): a twentieth of a minute's default points. */
export const EXPORT_COST = 20_000;
let running = 0;

const CONTENT_TYPES = { csv: 'text/csv; charset=utf-8', jsonl: 'application/x-ndjson; charset=utf-8' };

function refuse(res: ServerResponse, status: number, code: ErrorCode, message: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

/** Answers an export request (the path matched EXPORT_PATH). */
export async function handleExport(req: IncomingMessage, res: ServerResponse, url: URL, db: Executor): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, ErrorCode.BAD_USER_INPUT, 'Exports are read with GET.', { allow: 'GET, HEAD' });
  const [, kind = '', format = ''] = EXPORT_PATH.exec(url.pathname) ?? [];
  let query;
  let request;
  try {
    request = parseExportRequest(kind, format, url.searchParams);
    query = exportQuery(request);
  } catch (error) {
    if (error instanceof EntenteError) return refuse(res, 400, ErrorCode.BAD_USER_INPUT, error.message);
    throw error;
  }
  if (running >= MAX_CONCURRENT_EXPORTS) {
    return refuse(res, 429, ErrorCode.RATE_LIMITED, `${MAX_CONCURRENT_EXPORTS} exports are running; try again in a moment.`, { 'retry-after': '10' });
  }
  res.writeHead(200, {
    'content-type': CONTENT_TYPES[request.format],
    'content-disposition': `attachment; filename="${request.kind}.${request.format}"`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  if (req.method === 'HEAD') return void res.end();
  running++;
  try {
    await writeExport(db.driver, db.database, query, request.format, res);
  } catch (error) {
    // Headers are sent: the only way left to say it failed is to cut the response short.
    if (!res.writableFinished && !req.destroyed) logUnexpectedError(new EntenteError(ErrorCode.INTERNAL_SERVER_ERROR, `export ${url.pathname} failed`, error));
    res.destroy();
  } finally {
    running--;
  }
}
