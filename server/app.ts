/**
 * The HTTP app: GraphQL at /graphql (Apollo Server), bulk exports at /export/ (server/export/),
 * /healthz and /readyz, and the built web app at /, on one port. Apollo's framework-neutral executeHTTPGraphQLRequest keeps this to
 * Node's http module, with no web framework.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { buildSchema } from 'graphql';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { PROJECT_ROOT } from '../db/local-settings.ts';
import { admissionPlugin, costExtension, DEFAULT_LIMITS, overBudgetMessage, type ServerLimits } from './admission.ts';
import { budgetHeaders, ClientBudgets, type Refusal } from './budget.ts';
import { clientIdentity, createContext, type Context, type WriterTokens } from './context.ts';
import type { Executor } from './db/executor.ts';
import { createExtractPool, type Extractor } from './extract-pool.ts';
import { describeCauses, ErrorCode, formatError, logUnexpectedError } from './errors.ts';
import { EXPORT_COST, EXPORT_PATH, handleExport } from './export/http.ts';
import { depthLimit, MAX_DEPTH, MAX_TOKENS } from './limits.ts';
import { Merge, mergeMutation, mergeQuery } from './resolvers/merges.ts';
import { knownOperationTypes } from './operation-types.ts';
import { Mutation } from './resolvers/mutation.ts';
import { Article, Mention } from './resolvers/article.ts';
import { Entity, EntityRelationEdge } from './resolvers/entity.ts';
import { geoResolvers } from './resolvers/geo.ts';
import { Pair } from './resolvers/pair.ts';
import { Query } from './resolvers/query.ts';
import { EntityRank, researchQuery } from './resolvers/research.ts';
import { Evidence, GraphEdge, Relation } from './resolvers/relation.ts';
import { DateScalar } from './resolvers/scalars.ts';
import { timeResolvers } from './resolvers/time.ts';
import * as types from './resolvers/types.ts';
import { viewResolvers } from './resolvers/views.ts';

export const MAX_BODY_BYTES = 2 * 1024 * 1024;
const TYPE_DEFS = readFileSync(join(PROJECT_ROOT, 'schema.graphql'), 'utf8');
/** The schema's types alone, for estimating costs (server/admission.ts). */
const COST_SCHEMA = buildSchema(TYPE_DEFS);
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json', '.ico': 'image/x-icon', '.woff2': 'font/woff2',
};

export interface AppOptions {
  db: Executor;
  apiToken?: string | undefined;
  /** Writers' own tokens (ENTENTE_WRITER_TOKENS), accepted as apiToken is; each names its writer (Query.writer, notes). */
  writerTokens?: WriterTokens | undefined;
  /** Folder of the built web app (web/dist); omitted: GraphQL only. */
  webDir?: string | undefined;
  isDevelopment?: boolean;
  /** Origins a browser page may call the API from (CORS); none by default: only same-origin pages. */
  corsOrigins?: readonly string[];
  /** Runs ingestArticle's extraction; default: a pool of worker threads, closed with the app. */
  extractor?: Extractor;
  /** Cost limit, client budgets, request deadline, result cap (server/admission.ts); default DEFAULT_LIMITS. */
  limits?: Partial<ServerLimits>;
}

export interface App {
  server: Server;
  apollo: ApolloServer<Context>;
  close(): Promise<void>;
}

class BodyTooLarge extends Error {}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

export async function createApp(options: AppOptions): Promise<App> {
  const isDevelopment = options.isDevelopment ?? false;
  const limits: ServerLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const budgets = new ClientBudgets({ pointsPerMinute: limits.pointsPerMinute });
  const apollo = new ApolloServer<Context>({
    typeDefs: TYPE_DEFS,
    // The explorer's saved views and canvas facets keep their own resolver map (resolvers/views.ts).
    resolvers: [{ Date: DateScalar, Query, Mutation, Entity, EntityRelationEdge, Relation, Evidence, GraphEdge, Article, Mention, Pair, ...types }, viewResolvers, geoResolvers, { Query: mergeQuery, Mutation: mergeMutation, Merge }, { Query: researchQuery, EntityRank }, timeResolvers],
    formatError: (formatted, error) => {
      const result = formatError(formatted, error, isDevelopment);
      // Unexpected failures are logged for operators, with their causes; the caller sees only the generic message.
      if (result.extensions?.code === 'INTERNAL_SERVER_ERROR') logUnexpectedError(error);
      return result;
    },
    parseOptions: { maxTokens: MAX_TOKENS },
    validationRules: [knownOperationTypes, depthLimit(MAX_DEPTH)],
    includeStacktraceInErrorResponses: isDevelopment,
    introspection: true,
    // Shutdown is ours (server/index.ts, scripts/start.ts): Apollo's own signal handlers would race it.
    stopOnTerminationSignals: false,
    // No HTTP cache hints are used: the cache-control plugin would only add a hook to every field resolved.
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), admissionPlugin(budgets, limits.maxCost, COST_SCHEMA)],
  });
  await apollo.start();
  const extractor = options.extractor ?? createExtractPool();
  const webDir = options.webDir ? resolve(options.webDir) : undefined;

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    try {
      if (url.pathname === '/healthz') return sendJson(res, 200, { status: 'ok' });
      if (url.pathname === '/readyz') {
        try {
          await options.db.read('RETURN 1 AS ok');
          return sendJson(res, 200, { status: 'ready' });
        } catch {
          return sendJson(res, 503, { status: 'unavailable', reason: 'Neo4j is unreachable' });
        }
      }
      // A person opening /graphql in a browser gets the bundled IDE (Apollo's landing page needs the internet).
      if (url.pathname === '/graphql' && req.method === 'GET' && !url.search && webDir && (req.headers.accept ?? '').includes('text/html')) {
        res.writeHead(302, { location: '/graphiql.html' });
        return void res.end();
      }
      if (url.pathname === '/graphql') {
        // CORS only for the configured origins; other pages get no grant and their browser refuses.
        // Apollo's csrfPrevention stays on: a simple (no preflight) request is still refused.
        const isAllowedOrigin = allowCors(req, res, options.corsOrigins ?? []);
        if (req.method === 'OPTIONS') {
          res.writeHead(isAllowedOrigin || !req.headers.origin ? 204 : 403, { allow: 'GET, POST, OPTIONS' });
          return void res.end();
        }
        return await handleGraphql(req, res, url);
      }
      if (EXPORT_PATH.test(url.pathname)) {
        // An export reads a whole table: it spends EXPORT_COST of the client's budget, as a heavy query would.
        if (budgets.isEnabled) {
          const spent = budgets.spend(clientIdentity(options.apiToken, req.headers.authorization, req.socket.remoteAddress, options.writerTokens), EXPORT_COST);
          if (!spent.ok) return sendOverBudget(res, EXPORT_COST, spent);
          for (const [name, value] of budgetHeaders(spent.status)) res.setHeader(name, value);
        }
        return await handleExport(req, res, url, options.db);
      }
      if (webDir && (req.method === 'GET' || req.method === 'HEAD')) return await serveStatic(res, webDir, url.pathname);
      sendJson(res, 404, { error: 'not found' });
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        // The client may still be sending: answer, then close this connection rather than reuse it.
        res.setHeader('connection', 'close');
        sendJson(res, 413, { errors: [{ message: `The request body is over ${MAX_BODY_BYTES / 1048576} MB.`, extensions: { code: 'BAD_USER_INPUT' } }] });
        res.once('finish', () => req.destroy());
        return;
      }
      console.error('request failed:', isDevelopment ? error : describeCauses(error));
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Something went wrong on the server.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    }
  });

  async function handleGraphql(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const startedAt = performance.now();
    const client = clientIdentity(options.apiToken, req.headers.authorization, req.socket.remoteAddress, options.writerTokens);
    const raw = req.method === 'POST' ? await readBody(req) : '';
    // A client with no points left, or repeating the request it was refused, is refused before the request is parsed.
    const requestKey = budgets.isEnabled ? createHash('sha256').update(url.search).update('\n').update(raw).digest('base64') : undefined;
    const early = requestKey === undefined ? undefined : budgets.refuseEarly(client, requestKey);
    // Said as Apollo says a refusal after the estimate (admissionPlugin), cost extension included.
    if (early) return sendOverBudget(res, early.cost, early.refusal, { cost: costExtension(early.cost ?? 0, limits.maxCost, early.refusal.status) });
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    let body: unknown = undefined;
    if (req.method === 'POST') {
      try {
        body = raw ? JSON.parse(raw) : {};
      } catch {
        return sendJson(res, 400, { errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_USER_INPUT' } }] });
      }
    }
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: async () =>
        createContext({
          db: options.db,
          extractor,
          apiToken: options.apiToken,
          writerTokens: options.writerTokens,
          authorization: req.headers.authorization,
          remoteAddress: req.socket.remoteAddress,
          requestKey,
          scope: { startedAt, deadline: startedAt + limits.requestTimeoutMs, cost: 0, maxResultBytes: limits.maxResultBytes },
        }),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
    } else {
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    }
  }

  return {
    server,
    apollo,
    async close() {
      await new Promise<void>((done) => server.close(() => done()));
      await apollo.stop();
      if (!options.extractor) await extractor.close();
    },
  };
}

/** Answers 429 with Retry-After, the RateLimit headers and the refusal as a GraphQL error (RATE_LIMITED). */
function sendOverBudget(res: ServerResponse, cost: number | null, refusal: Refusal, extensions?: Record<string, unknown>): void {
  for (const [name, value] of budgetHeaders(refusal.status, refusal.retryAfterSeconds)) res.setHeader(name, value);
  sendJson(res, 429, { errors: [{ message: overBudgetMessage(cost, refusal), extensions: { code: ErrorCode.RATE_LIMITED, retryAfterSeconds: refusal.retryAfterSeconds } }], ...(extensions ? { extensions } : {}) });
}

/** Grants CORS to an allowed Origin (headers on `res`); true when the request's origin is allowed. */
function allowCors(req: IncomingMessage, res: ServerResponse, origins: readonly string[]): boolean {
  res.setHeader('vary', 'Origin');
  const origin = req.headers.origin;
  if (!origin || !origins.includes(origin)) return false;
  res.setHeader('access-control-allow-origin', origin);
  if (req.method === 'OPTIONS') {
    res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
    res.setHeader('access-control-allow-headers', 'content-type, authorization, apollo-require-preflight, x-apollo-operation-name');
    res.setHeader('access-control-max-age', '600');
  }
  return true;
}

/** ENTENTE_CORS_ORIGINS: a comma-separated list of origins (https://app.example.org); empty or unset, none. */
export function parseCorsOrigins(value: string | undefined): string[] {
  return (value ?? '').split(',').map((o) => o.trim().replace(/\/+$/, '')).filter(Boolean);
}

async function serveStatic(res: ServerResponse, root: string, pathname: string): Promise<void> {
  const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, safe);
  if (!file.startsWith(root)) return sendJson(res, 403, { error: 'forbidden' });
  const info = await stat(file).catch(() => undefined);
  if (!info || info.isDirectory()) file = join(root, 'index.html'); // the app's own routes
  const body = await readFile(file).catch(() => undefined);
  if (!body) return sendJson(res, 404, { error: 'The web app is not built: run "npm run build:web".' });
  res.writeHead(200, {
    'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': file.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    'x-content-type-options': 'nosniff',
  });
  res.end(body);
}
