/**
 * Relay connections: a page (items with keyset cursors) and a count computed only when a query
 * asks for totalCount. Shared resolvers for every *Connection type.
 */
import type { ArticleSummaryRecord, MentionRecord } from '../db/articles.ts';
import type { EntityRecord } from '../db/entities.ts';
import type { EvidenceRecord } from '../db/evidence.ts';
import type { Page } from '../db/keyset.ts';
import type { RelationRecord, SeenRelation } from '../db/relations.ts';
import type { ViewRecord } from '../db/views.ts';

export interface ConnectionRecord<T> {
  page: Page<T>;
  count: () => Promise<number>;
}

export type RelationConnectionRecord = ConnectionRecord<RelationRecord>;
export type EntityRelationConnectionRecord = ConnectionRecord<SeenRelation>;
export type EvidenceConnectionRecord = ConnectionRecord<EvidenceRecord>;
export type ArticleConnectionRecord = ConnectionRecord<ArticleSummaryRecord>;
export type EntityConnectionRecord = ConnectionRecord<EntityRecord>;
export type MentionConnectionRecord = ConnectionRecord<MentionRecord>;
export type SavedViewConnectionRecord = ConnectionRecord<ViewRecord>;
export interface SeenRelationEdge {
  cursor: string;
  node: SeenRelation;
}

export function connection<T>(page: Page<T>, count: () => Promise<number>): ConnectionRecord<T> {
  return { page, count };
}

export function mapPage<T, U>(page: Page<T>, f: (item: T) => U): Page<U> {
  return { items: page.items.map((item) => ({ cursor: item.cursor, node: f(item.node) })), hasNextPage: page.hasNextPage };
}

/** Relay PageInfo of a forward page: no next page after an empty one, so a naive loop always ends. */
export function pageInfo<T>(page: Page<T>) {
  return {
    hasNextPage: page.hasNextPage,
    hasPreviousPage: false,
    startCursor: page.items[0]?.cursor ?? null,
    endCursor: page.items.at(-1)?.cursor ?? null,
  };
}

/** The fields every connection type resolves alike; `nodeOf` maps an item to the GraphQL node. */
export function connectionFields<T, N>(nodeOf: (item: T) => N) {
  return {
    totalCount: (c: ConnectionRecord<T>) => c.count(),
    edges: (c: ConnectionRecord<T>) => c.page.items,
    nodes: (c: ConnectionRecord<T>) => c.page.items.map((item) => nodeOf(item.node)),
    pageInfo: (c: ConnectionRecord<T>) => pageInfo(c.page),
  };
}
