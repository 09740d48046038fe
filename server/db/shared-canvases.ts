/**
 * Short links: (:SharedCanvas {id, state, createdAt, expiresAt, elementCount, sizeBytes}) nodes,
 * apart from the article graph like saved views, kept SHARE_DAYS days. The id is a digest of the
 * state, so sharing the same canvas twice gives the same link (and renews it) instead of a copy.
 * Expired links are deleted as new ones are made; reading one that has expired finds nothing.
 */
import { createHash } from 'node:crypto';
import { badInput } from '../errors.ts';
import { ensureSchemaOnce, type Executor } from './executor.ts';
import { checkState } from './views.ts';

/** How long a short link lives. */
export const SHARE_DAYS = 30;
/** Unexpired links one database keeps, so an open server cannot be filled without end. */
export const MAX_SHARED = 5_000;

export interface SharedCanvasRecord {
  id: string;
  createdAt: string;
  expiresAt: string;
  elementCount: number;
  sizeBytes: number;
  state: string;
}

const FIELDS = 'c { .id, .createdAt, .expiresAt, .elementCount, .sizeBytes, .state }';

/** The id of a state: 12 base64url characters of its SHA-256 (72 bits: no collision among a server's links). */
export const sharedIdOf = (state: string) => createHash('sha256').update(state).digest('base64url').slice(0, 12);

const ensureSchema = (db: Executor) => ensureSchemaOnce(db, 'CREATE CONSTRAINT shared_canvas_id IF NOT EXISTS FOR (c:SharedCanvas) REQUIRE c.id IS UNIQUE');

/** Keeps `state` for SHARE_DAYS from `now` (the clock is a parameter so tests can make links that have expired). */
export async function shareCanvas(db: Executor, state: string, now: Date = new Date()): Promise<SharedCanvasRecord> {
  const checked = checkState(state);
  await ensureSchema(db);
  const nowIso = now.toISOString();
  await db.write('MATCH (c:SharedCanvas) WHERE c.expiresAt <= $now WITH c LIMIT 1000 DELETE c', { now: nowIso });
  const rows = await db.write<{ canvas: SharedCanvasRecord }>(
    `OPTIONAL MATCH (live:SharedCanvas) WHERE live.expiresAt > $now
     WITH count(live) AS live
     OPTIONAL MATCH (same:SharedCanvas {id: $id})
     WITH live, same WHERE same IS NOT NULL OR live < $max
     MERGE (c:SharedCanvas {id: $id})
     ON CREATE SET c.state = $state, c.elementCount = $elementCount, c.sizeBytes = $sizeBytes
     SET c.createdAt = $now, c.expiresAt = $expiresAt
     RETURN ${FIELDS} AS canvas`,
    { ...checked, id: sharedIdOf(state), state, now: nowIso, expiresAt: new Date(now.getTime() + SHARE_DAYS * 86_400_000).toISOString(), max: MAX_SHARED },
  );
  const shared = rows[0]?.canvas;
  if (!shared) throw badInput(`This server already keeps ${MAX_SHARED} short links; save the canvas as a view or export it as a file instead.`);
  return shared;
}

/** The link with `id`, unless there is none or it has expired at `now`. */
export async function sharedCanvas(db: Executor, id: string, now: Date = new Date()): Promise<SharedCanvasRecord | undefined> {
  const rows = await db.read<{ canvas: SharedCanvasRecord }>(`MATCH (c:SharedCanvas {id: $id}) WHERE c.expiresAt > $now RETURN ${FIELDS} AS canvas`, { id, now: now.toISOString() });
  return rows[0]?.canvas;
}
