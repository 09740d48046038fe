/**
 * Saved views: (:SavedView {id, name, state, createdAt, updatedAt, elementCount, sizeBytes})
 * nodes, a label the article graph never uses and with no relationship to it, so wiping or
 * reloading articles never touches them and the server stays stateless (any instance serves
 * any view). The state is the explorer's JSON document, stored as one string.
 */
import { randomBytes } from 'node:crypto';
import { badInput, notFound } from '../errors.ts';
import { ensureSchemaOnce, type Executor } from './executor.ts';
import { afterCondition, decodeCursor, orderBy, toPage, type KeyValue, type Page, type SortKey } from './keyset.ts';

export const MAX_VIEW_BYTES = 1_500_000;
export const MAX_VIEW_NAME = 120;
/** A cap on how many views one database keeps, so an open server cannot be filled without end. */
export const MAX_VIEWS = 1_000;

export interface ViewRecord {
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
  elementCount: number;
  sizeBytes: number;
  /** Present when the query read it (one view); listing leaves it out. */
  state?: string;
}

const SUMMARY = 'v { .id, .name, .createdAt, .updatedAt, .elementCount, .sizeBytes }';
const VIEW_ORDER = 'UPDATED:DESC';

const ensureViewSchema = (db: Executor) => ensureSchemaOnce(db, 'CREATE CONSTRAINT saved_view_id IF NOT EXISTS FOR (v:SavedView) REQUIRE v.id IS UNIQUE');

export async function listViews(db: Executor, first: number): Promise<ViewRecord[]> {
  const rows = await db.read<{ view: ViewRecord }>(`MATCH (v:SavedView) RETURN ${SUMMARY} AS view ORDER BY v.updatedAt DESC, v.id LIMIT $first`, { first });
  return rows.map((r) => r.view);
}

/** A page of views, newest first (keyset on updatedAt, then id), so every view can be reached. */
export async function viewPage(db: Executor, after: string | null | undefined, limit: number): Promise<Page<ViewRecord>> {
  const keys: SortKey[] = [
    { expr: 'v.updatedAt', descending: true },
    { expr: 'v.id', descending: false },
  ];
  const cursor = decodeCursor(after, VIEW_ORDER, 2);
  if (limit === 0) return { items: [], hasNextPage: false };
  const rows = await db.read<{ view: ViewRecord; keys: KeyValue[] }>(
    `MATCH (v:SavedView) ${cursor ? `WHERE ${afterCondition(keys, (i) => `$after[${i}]`)}` : ''}
     RETURN ${SUMMARY} AS view, [v.updatedAt, v.id] AS keys ${orderBy(keys)} LIMIT $limit`,
    { after: cursor, limit: limit + 1 },
  );
  return toPage(rows.map((r) => ({ node: r.view, keys: r.keys })), limit, VIEW_ORDER);
}

export async function countViews(db: Executor): Promise<number> {
  const rows = await db.read<{ n: number }>('MATCH (v:SavedView) RETURN count(v) AS n');
  return rows[0]?.n ?? 0;
}

export async function viewById(db: Executor, id: string): Promise<ViewRecord | undefined> {
  const rows = await db.read<{ view: ViewRecord }>('MATCH (v:SavedView {id: $id}) RETURN v { .id, .name, .createdAt, .updatedAt, .elementCount, .sizeBytes, .state } AS view', { id });
  return rows[0]?.view;
}

export async function viewState(db: Executor, id: string): Promise<string | undefined> {
  const rows = await db.read<{ state: string }>('MATCH (v:SavedView {id: $id}) RETURN v.state AS state', { id });
  return rows[0]?.state;
}

/** Checks a view before it is stored: name, size, and that the state is an explorer document. */
export function checkView(name: string, state: string): { name: string; elementCount: number; sizeBytes: number } {
  const trimmed = name.trim();
  if (!trimmed) throw badInput('"name" must not be empty');
  if (trimmed.length > MAX_VIEW_NAME) throw badInput(`"name" is at most ${MAX_VIEW_NAME} characters`);
  return { name: trimmed, ...checkState(state) };
}

/** Checks a state before it is stored (a saved view's or a short link's): size, and that it is an explorer document. */
export function checkState(state: string): { elementCount: number; sizeBytes: number } {
  const sizeBytes = Buffer.byteLength(state, 'utf8');
  if (sizeBytes > MAX_VIEW_BYTES) throw badInput(`The view is ${Math.ceil(sizeBytes / 1000)} kB; a view is at most ${MAX_VIEW_BYTES / 1000} kB. Remove or hide some elements, or export it as a file instead.`);
  let doc: unknown;
  try {
    doc = JSON.parse(state);
  } catch {
    throw badInput('"state" is not JSON');
  }
  const inv = (doc as { format?: unknown; investigation?: { nodes?: unknown; edges?: unknown } } | null) ?? {};
  if (typeof doc !== 'object' || Array.isArray(doc) || (doc as { format?: unknown }).format !== 'entente-view') throw badInput('"state" is not an explorer view (it needs "format": "entente-view")');
  const count = (x: unknown) => (x && typeof x === 'object' ? Object.keys(x).length : 0);
  return { elementCount: count(inv.investigation?.nodes) + count(inv.investigation?.edges), sizeBytes };
}

/** Creates a view, or overwrites the one with `id` (NOT_FOUND when there is none). */
export async function saveView(db: Executor, input: { id?: string | null; name: string; state: string }): Promise<ViewRecord> {
  const checked = checkView(input.name, input.state);
  await ensureViewSchema(db);
  const now = new Date().toISOString();
  const params = { ...checked, state: input.state, now };
  if (input.id) {
    const rows = await db.write<{ view: ViewRecord }>(
      `MATCH (v:SavedView {id: $id})
       SET v.name = $name, v.state = $state, v.elementCount = $elementCount, v.sizeBytes = $sizeBytes, v.updatedAt = $now
       RETURN ${SUMMARY} AS view`,
      { ...params, id: input.id },
    );
    if (!rows[0]) throw notFound(`View ${input.id}`);
    return rows[0].view;
  }
  // Counted and created in one transaction: the cap holds (concurrent saves may pass it by a few).
  const rows = await db.write<{ view: ViewRecord }>(
    `MATCH (existing:SavedView)
     WITH count(existing) AS views WHERE views < $max
     CREATE (v:SavedView {id: $id, name: $name, state: $state, elementCount: $elementCount, sizeBytes: $sizeBytes, createdAt: $now, updatedAt: $now})
     RETURN ${SUMMARY} AS view`,
    { ...params, id: randomBytes(9).toString('base64url'), max: MAX_VIEWS },
  );
  const created = rows[0]?.view;
  if (!created) throw badInput(`This server already keeps ${MAX_VIEWS} views; delete some before saving more.`);
  return created;
}

export async function deleteView(db: Executor, id: string): Promise<boolean> {
  const rows = await db.write<{ deleted: number }>('MATCH (v:SavedView {id: $id}) DELETE v RETURN count(*) AS deleted', { id });
  return (rows[0]?.deleted ?? 0) > 0;
}

/** Renames a view (its state stays as saved); NOT_FOUND when there is none with `id`. */
export async function renameView(db: Executor, id: string, name: string): Promise<ViewRecord> {
  const trimmed = name.trim();
  if (!trimmed) throw badInput('"name" must not be empty');
  if (trimmed.length > MAX_VIEW_NAME) throw badInput(`"name" is at most ${MAX_VIEW_NAME} characters`);
  const rows = await db.write<{ view: ViewRecord }>(`MATCH (v:SavedView {id: $id}) SET v.name = $name, v.updatedAt = $now RETURN ${SUMMARY} AS view`, { id, name: trimmed, now: new Date().toISOString() });
  if (!rows[0]) throw notFound(`View ${id}`);
  return rows[0].view;
}
