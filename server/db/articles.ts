/** Article queries: one article with mentions and relations, filtered pages. */
import type { Executor } from './executor.ts';
import { searchQuery } from './mapping.ts';
import { RELATION_FIELDS, type RelationRecord } from './relations.ts';

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
  mentions: MentionRecord[];
  relations: RelationRecord[];
}

export async function articleById(db: Executor, id: string): Promise<ArticleRecord | undefined> {
  const rows = await db.read<{ article: ArticleRecord }>(
    `MATCH (a:Article {id: $id})
     CALL (a) {
       OPTIONAL MATCH (a)-[m:MENTIONS]->(e:Entity)
       WITH e, m WHERE e IS NOT NULL
       UNWIND range(0, size(m.offsets) - 1, 2) AS i
       WITH {entityId: e.id, start: m.offsets[i], end: m.offsets[i + 1]} AS mention ORDER BY mention.start
       RETURN collect(mention) AS mentions
     }
     CALL (a) {
       OPTIONAL MATCH (v:Evidence {articleId: a.id})
       WITH DISTINCT v.relationId AS rid, v.sourceId AS sid, v.targetId AS tid WHERE rid IS NOT NULL
       MATCH (s:Entity {id: sid})-[r]->(t:Entity {id: tid}) WHERE r.id = rid
       RETURN collect(${RELATION_FIELDS}) AS relations
     }
     RETURN a { .id, .title, .url, .source, .published, .ingestedAt, .text, mentions: mentions, relations: relations } AS article`,
    { id },
  );
  return rows[0]?.article;
}

export interface ArticleFilter {
  text?: string | null;
  source?: string | null;
  from?: string | null;
  to?: string | null;
  entityId?: string | null;
}

export async function listArticles(db: Executor, filter: ArticleFilter | null | undefined, offset: number, limit: number): Promise<{ total: number; nodes: ArticleSummaryRecord[] }> {
  const params: Record<string, unknown> = { offset, limit, source: filter?.source ?? null, from: filter?.from ?? null, to: filter?.to ? `${filter.to}\uffff` : null };
  let match = 'MATCH (a:Article)';
  if (filter?.text && searchQuery(filter.text)) {
    match = "CALL db.index.fulltext.queryNodes('article_text', $query) YIELD node AS a";
    params.query = searchQuery(filter.text);
  }
  if (filter?.entityId) {
    match += ' MATCH (a)-[:MENTIONS]->(:Entity {id: $entityId})';
    params.entityId = filter.entityId;
  }
  const rows = await db.read<{ total: number; nodes: ArticleSummaryRecord[] }>(
    `${match}
     WHERE ($source IS NULL OR a.source = $source) AND ($from IS NULL OR a.published >= $from) AND ($to IS NULL OR a.published <= $to)
     WITH a ORDER BY a.published DESC, a.title
     WITH collect(a { .id, .title, .url, .source, .published }) AS rows
     RETURN size(rows) AS total, rows[$offset..$offset + $limit] AS nodes`,
    params,
  );
  return rows[0] ?? { total: 0, nodes: [] };
}
