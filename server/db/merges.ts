/** Merge decisions (redirects left by mergeEntities), for curation. */
import { MERGES_QUERY, type MergeRecord } from '../../seed/load/merges.ts';
import type { Executor } from './executor.ts';

export type { MergeRecord };

export function listMerges(db: Executor, entityId: string | null | undefined, first: number): Promise<MergeRecord[]> {
  return db.read<MergeRecord>(MERGES_QUERY, { entityId: entityId ?? null, first });
}
