/** Article queries: one article, its mentions (paged), filtered and sorted pages of articles. */
import { dateWindowOf, windowCondition } from './dates.ts';
import type { Executor } from './executor.ts';
import { afterCondition, decodeCursor, orderBy, toPage, type KeyValue, type Page, type SortKey } from './keyset.ts';
import { textFilterQuery, type OrderDirection } from './mapping.ts';

export interface ArticleSummaryRecord {
  id: string;
  title: string;
  url: string | null;
  source: string | null;
  published: string | null;
}

export interface MentionRecord {
  entityId: string;
  start: number;
  end: number;
}

export interface ArticleRecord extends ArticleSummaryRecord {
  ingestedAt: string | null;
  text: string;
}

export async function articleById(db: Executor, id: string): Promise<ArticleRecord | undefined> {
  const rows = await db.read<{ article: ArticleRecord }>('MATCH (a:Article {id: $id}) RETURN a { .id, .title, .url, .source, .published, .ingestedAt, .text } AS article', { id });
  return rows[0]?.article;
}

const MENTION_ORDER = 'START:ASC';

/** A page of an article's mentions in text order (start offset, then entity id). */
export async function mentionPage(db: Executor, articleId: string, after: string | null | undefined, limit: number): Promise<Page<MentionRecord>> {
  const keys: SortKey[] = [{ expr: 'k0', descending: false }, { expr: 'k1', descending: false }];
  const cursor = decodeCursor(after, MENTION_ORDER, 2);
  if (limit === 0) return { items: [], hasNextPage: false };
  const rows = await db.read<{ mention: MentionRecord; keys: KeyValue[] }>(
    `MATCH (:Article {id: $id})-[m:MENTIONS]->(e:Entity)
     UNWIND range(0, size(m.offsets) - 1, 2) AS j
     WITH e.id AS k1, m.offsets[j] AS k0, m.offsets[j + 1] AS end
     ${cursor ? `WHERE ${afterCondition(keys, (i) => `$after[${i}]`)}` : ''}
     ${orderBy(keys)} LIMIT $limit
     RETURN {entityId: k1, start: k0, end: end} AS mention, [k0, k1] AS keys`,
    { id: articleId, after: cursor, limit: limit + 1 },
  );
  return toPage(rows.map((r) => ({ node: r.mention, keys: r.keys })), limit, MENTION_ORDER);
}

export async function countMentions(db: Executor, articleId: string): Promise<number> {
  const rows = await db.read<{ n: number }>('MATCH (:Article {id: $id})-[m:MENTIONS]->() RETURN sum(size(m.offsets) / 2) AS n', { id: articleId });
  return rows[0]?.n ?? 0;
}

export interface ArticleFilter {
  text?: string | null;
  source?: string | null;
  since?: string | null;
  until?: string | null;
  from?: string | null;
  to?: string | null;
  entityId?: string | null;
}

export type ArticleOrderField = 'PUBLISHED' | 'TITLE';

export interface ArticleOrder {
  field: ArticleOrderField;
  direction?: OrderDirection | null;
}

function articleKeys(order: ArticleOrder | null | undefined): { name: string; exprs: string[]; keys: SortKey[] } {
  const field = order?.field ?? 'PUBLISHED';
  const descending = (order?.direction ?? 'DESC') === 'DESC';
  const lead = field === 'PUBLISHED' ? "coalesce(a.published, '')" : 'a.title';
  return { name: `${field}:${descending ? 'DESC' : 'ASC'}`, exprs: [lead, 'a.id'], keys: [{ expr: 'k0', descending }, { expr: 'k1', descending: false }] };
}

/** MATCH binding `a` for a filter, with every part checked (dates strictly, text by the search rules). */
function articleBody(filter: ArticleFilter | null | undefined, params: Record<string, unknown>): string {
  const window = dateWindowOf(filter, 'filter.');
  let match = 'MATCH (a:Article)';
  if (filter?.text != null) {
    match = "CALL db.index.fulltext.queryNodes('article_text', $query) YIELD node AS a";
    params.query = textFilterQuery(filter.text, 'filter.text');
  }
  if (filter?.entityId) {
    match += ' MATCH (a)-[:MENTIONS]->(:Entity {id: $entityId})';
    params.entityId = filter.entityId;
  }
  const conditions = windowCondition(window, 'a.published', params);
  if (filter?.source) {
    conditions.push('a.source = $source');
    params.source = filter.source;
  }
  return `${match} ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}`;
}

/** A page of articles (Query.articles, Entity.articles). */
export async function articlePage(db: Executor, filter: ArticleFilter | null | undefined, order: ArticleOrder | null | undefined, after: string | null | undefined, limit: number): Promise<Page<ArticleSummaryRecord>> {
  const keys = articleKeys(order);
  const cursor = decodeCursor(after, keys.name, 2);
  const params: Record<string, unknown> = { after: cursor, limit: limit + 1 };
  const body = articleBody(filter, params);
  if (limit === 0) return { items: [], hasNextPage: false };
  const rows = await db.read<{ article: ArticleSummaryRecord; keys: KeyValue[] }>(
    `${body}
     WITH a, ${keys.exprs.map((x, i) => `${x} AS k${i}`).join(', ')}
     ${cursor ? `WHERE ${afterCondition(keys.keys, (i) => `$after[${i}]`)}` : ''}
     ${orderBy(keys.keys)} LIMIT $limit
     RETURN a { .id, .title, .url, .source, .published } AS article, [k0, k1] AS keys`,
    params,
  );
  return toPage(rows.map((r) => ({ node: r.article, keys: r.keys })), limit, keys.name);
}

export async function countArticles(db: Executor, filter: ArticleFilter | null | undefined): Promise<number> {
  const params: Record<string, unknown> = {};
  const rows = await db.read<{ n: number }>(`${articleBody(filter, params)} RETURN count(a) AS n`, params);
  return rows[0]?.n ?? 0;
}
