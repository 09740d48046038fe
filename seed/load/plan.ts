/**
 * Plans the graph writes for one extracted article: returns parameterized Cypher statements
 * ({cypher, params}), never a promise. Labels and relationship types are taken only from the
 * closed vocabulary (they cannot be Cypher parameters); every value is a parameter.
 *
 * Graph model (docs/ARCHITECTURE.md):
 *   (:Entity:<Type> {id, name, type, aliases, aliasText, wikidata, iso2, iso3, country})
 *   (:Article {id, hash, title, url, source, published, ingestedAt, text})
 *   (:Article)-[:MENTIONS {offsets: [start, end, ...], count}]->(:Entity)
 *   (:Entity)-[:<RELATION_TYPE> {id, class, cameo, symmetric, articleCount, outletCount,
 *                                firstSeen, lastSeen, score, domain, commodity, instrument, role}]->(:Entity)
 *   (:Evidence {id, relationId, type, sentence, start, end, confidence, rule, date, ...})-[:FROM]->(:Article)
 */
import { createHash } from 'node:crypto';
import type { Article, Extraction } from '../types.ts';
import { ENTITY_TYPES, isEntityType, isRelationType, RELATION_TYPES, type EntityType, type RelationType } from '../vocabulary.ts';

export interface Statement {
  cypher: string;
  params: Record<string, unknown>;
}

/** Article id: its URL when it has one (stable across edits), else a hash of title and text. */
export function articleId(article: Article): string {
  if (article.url) return `url:${article.url}`;
  return `sha256:${sha256(`${article.title}\n${article.text}`).slice(0, 32)}`;
}

/** Content hash: decides whether a known article changed. */
export function articleHash(article: Article): string {
  return sha256(JSON.stringify([article.title, article.text, article.url ?? '', article.published ?? '', article.source ?? '']));
}

export function relationId(sourceId: string, type: RelationType, targetId: string): string {
  const [a, b] = RELATION_TYPES[type].symmetric && sourceId > targetId ? [targetId, sourceId] : [sourceId, targetId];
  return `${type}:${sha256(`${a}|${type}|${b}`).slice(0, 24)}`;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Checks a label against the vocabulary before it is written into Cypher text. */
export function entityLabel(type: string): EntityType {
  if (!isEntityType(type)) throw new Error(`Not an entity type of the vocabulary: ${type}`);
  return type;
}

export function relationshipType(type: string): RelationType {
  if (!isRelationType(type)) throw new Error(`Not a relation type of the vocabulary: ${type}`);
  return type;
}

/** The schema: constraints and indexes, idempotent. */
export function schemaStatements(): Statement[] {
  const s = (cypher: string): Statement => ({ cypher, params: {} });
  return [
    s('CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE'),
    s('CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE'),
    s('CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (v:Evidence) REQUIRE v.id IS UNIQUE'),
    s('CREATE INDEX evidence_relation IF NOT EXISTS FOR (v:Evidence) ON (v.relationId)'),
    s('CREATE INDEX evidence_article IF NOT EXISTS FOR (v:Evidence) ON (v.articleId)'),
    s('CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.published)'),
    s('CREATE INDEX article_source IF NOT EXISTS FOR (a:Article) ON (a.source)'),
    s('CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type)'),
    s('CREATE INDEX entity_wikidata IF NOT EXISTS FOR (e:Entity) ON (e.wikidata)'),
    s("CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliasText] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words'}}"),
    s("CREATE FULLTEXT INDEX article_text IF NOT EXISTS FOR (a:Article) ON EACH [a.title, a.text]"),
    ...Object.keys(RELATION_TYPES).map((type) =>
      s(`CREATE INDEX rel_${type.toLowerCase()}_id IF NOT EXISTS FOR ()-[r:${relationshipType(type)}]-() ON (r.id)`),
    ),
  ];
}

/** Removes an article's evidence and mentions, then what no other article supports. */
export function removeArticleStatements(id: string): Statement[] {
  return [
    {
      // Relations this article supported, to re-aggregate or delete once its evidence is gone.
      cypher: `MATCH (v:Evidence {articleId: $id})
               WITH collect(DISTINCT {relationId: v.relationId, sourceId: v.sourceId, targetId: v.targetId}) AS rels, collect(v) AS evidence
               FOREACH (v IN evidence | DETACH DELETE v)
               WITH rels UNWIND rels AS rel
               MATCH (s:Entity {id: rel.sourceId})-[r]->(t:Entity {id: rel.targetId}) WHERE r.id = rel.relationId
               OPTIONAL MATCH (rest:Evidence {relationId: rel.relationId})
               WITH r, rel, count(rest) AS remaining
               FOREACH (_ IN CASE WHEN remaining = 0 THEN [1] ELSE [] END | DELETE r)
               WITH rel, remaining WHERE remaining > 0
               RETURN collect(rel) AS survivors`,
      params: { id },
    },
    {
      cypher: `MATCH (a:Article {id: $id})
               OPTIONAL MATCH (a)-[:MENTIONS]->(e:Entity)
               WITH a, collect(e) AS entities
               DETACH DELETE a
               WITH entities UNWIND entities AS e
               WITH e WHERE NOT (e)<-[:MENTIONS]-(:Article) AND NOT (e)--(:Entity)
               DETACH DELETE e`,
      params: { id },
    },
  ];
}

/** The statements that load one extracted article (run in one transaction, after removal of its old version). */
export function loadArticleStatements(extraction: Extraction, ingestedAt: string): Statement[] {
  const { article } = extraction;
  const id = articleId(article);
  const statements: Statement[] = [];

  statements.push({
    cypher: `MERGE (a:Article {id: $id})
             SET a.hash = $hash, a.title = $title, a.url = $url, a.source = $source,
                 a.published = $published, a.text = $text, a.ingestedAt = $ingestedAt`,
    params: {
      id,
      hash: articleHash(article),
      title: article.title,
      url: article.url ?? null,
      source: article.source ?? null,
      published: article.published ?? null,
      text: article.text,
      ingestedAt,
    },
  });

  for (const type of ENTITY_TYPES) {
    const rows = extraction.entities
      .filter((e) => e.type === type)
      .map((e) => ({
        id: e.id,
        name: e.name,
        aliases: e.aliases,
        wikidata: e.wikidata ?? null,
        iso2: e.iso2 ?? null,
        iso3: e.iso3 ?? null,
        country: e.country ?? null,
        known: e.known,
        offsets: e.mentions.flatMap((m) => [m.start, m.end]),
      }));
    if (rows.length === 0) continue;
    statements.push({
      cypher: `UNWIND $rows AS row
               MERGE (e:Entity {id: row.id})
               ON CREATE SET e.name = row.name, e.type = $type, e.aliases = [], e.known = row.known
               SET e:${entityLabel(type)}, e.wikidata = coalesce(row.wikidata, e.wikidata), e.iso2 = coalesce(row.iso2, e.iso2),
                   e.iso3 = coalesce(row.iso3, e.iso3), e.country = coalesce(row.country, e.country)
               WITH e, row, [x IN row.aliases WHERE NOT x IN e.aliases] AS added
               SET e.aliases = e.aliases + added
               SET e.aliasText = reduce(s = '', x IN e.aliases | s + ' ' + x)
               WITH e, row
               MATCH (a:Article {id: $articleId})
               MERGE (a)-[m:MENTIONS]->(e)
               SET m.offsets = row.offsets, m.count = size(row.offsets) / 2`,
      params: { rows, type, articleId: id },
    });
  }

  const byType = new Map<RelationType, typeof extraction.relations>();
  for (const r of extraction.relations) byType.set(r.type, [...(byType.get(r.type) ?? []), r]);
  for (const [type, relations] of byType) {
    const info = RELATION_TYPES[type];
    const rows = relations.map((r) => {
      const rid = relationId(r.sourceId, type, r.targetId);
      // Symmetric relations are stored once, from the smaller id to the larger.
      const [sourceId, targetId] = info.symmetric && r.sourceId > r.targetId ? [r.targetId, r.sourceId] : [r.sourceId, r.targetId];
      return {
        relationId: rid,
        evidenceId: `${id}|${rid}|${r.start}`,
        sourceId,
        targetId,
        props: {
          relationId: rid,
          articleId: id,
          sourceId,
          targetId,
          type,
          source: r.source,
          target: r.target,
          sentence: r.evidence,
          start: r.start,
          end: r.end,
          confidence: r.confidence,
          rule: r.rule,
          date: r.date ?? null,
          domain: r.domain ?? null,
          commodity: r.commodity ?? null,
          instrument: r.instrument ?? null,
          role: r.role ?? null,
        },
      };
    });
    statements.push({
      cypher: `UNWIND $rows AS row
               MATCH (s:Entity {id: row.sourceId}), (t:Entity {id: row.targetId})
               MERGE (s)-[r:${relationshipType(type)} {id: row.relationId}]->(t)
               ON CREATE SET r.class = $class, r.cameo = $cameo, r.symmetric = $symmetric
               MERGE (v:Evidence {id: row.evidenceId})
               SET v += row.props
               WITH v, row
               MATCH (a:Article {id: $articleId})
               MERGE (v)-[:FROM]->(a)`,
      params: { rows, class: info.class, cameo: info.cameo, symmetric: info.symmetric, articleId: id },
    });
  }
  const touched = new Map<string, { relationId: string; sourceId: string; targetId: string }>();
  for (const r of extraction.relations) {
    const rid = relationId(r.sourceId, r.type, r.targetId);
    const [sourceId, targetId] = RELATION_TYPES[r.type].symmetric && r.sourceId > r.targetId ? [r.targetId, r.sourceId] : [r.sourceId, r.targetId];
    touched.set(rid, { relationId: rid, sourceId, targetId });
  }
  if (touched.size > 0) statements.push(aggregateStatement([...touched.values()]));
  return statements;
}

/**
 * Recomputes relations' aggregates from all their evidence: articles and outlets that state
 * them, first and last date, a noisy-or score over the best confidence per article, and the
 * qualifying properties (commodity, domain, instrument, role) seen, sorted so reloads are identical.
 */
export function aggregateStatement(relations: { relationId: string; sourceId: string; targetId: string }[]): Statement {
  return {
    cypher: `UNWIND $relations AS rel
             MATCH (s:Entity {id: rel.sourceId})-[r]->(t:Entity {id: rel.targetId}) WHERE r.id = rel.relationId
             CALL (r) {
               MATCH (v:Evidence {relationId: r.id})-[:FROM]->(a:Article)
               WITH a, max(v.confidence) AS best
               RETURN count(a) AS articles, count(DISTINCT a.source) AS outlets, min(a.published) AS first,
                      max(a.published) AS last, reduce(miss = 1.0, c IN collect(best) | miss * (1 - c)) AS miss
             }
             CALL (r) {
               MATCH (v:Evidence {relationId: r.id})
               UNWIND [['commodity', v.commodity], ['domain', v.domain], ['instrument', v.instrument], ['role', v.role]] AS kv
               WITH kv WHERE kv[1] IS NOT NULL
               WITH DISTINCT kv[0] AS key, kv[1] AS value ORDER BY key, value
               RETURN collect([key, value]) AS qualifiers
             }
             WITH r, articles, outlets, first, last, miss, qualifiers,
                  [q IN qualifiers WHERE q[0] = 'commodity' | q[1]] AS commodities,
                  [q IN qualifiers WHERE q[0] = 'domain' | q[1]] AS domains,
                  [q IN qualifiers WHERE q[0] = 'instrument' | q[1]] AS instruments,
                  [q IN qualifiers WHERE q[0] = 'role' | q[1]] AS roles
             SET r.articleCount = articles, r.outletCount = outlets, r.firstSeen = first, r.lastSeen = last,
                 r.score = round(1 - miss, 3),
                 r.commodity = CASE WHEN size(commodities) = 0 THEN null ELSE reduce(x = head(commodities), c IN tail(commodities) | x + ', ' + c) END,
                 r.domain = CASE WHEN size(domains) = 0 THEN null ELSE reduce(x = head(domains), c IN tail(domains) | x + '; ' + c) END,
                 r.instrument = CASE WHEN size(instruments) = 0 THEN null ELSE reduce(x = head(instruments), c IN tail(instruments) | x + '; ' + c) END,
                 r.role = CASE WHEN size(roles) = 0 THEN null ELSE reduce(x = head(roles), c IN tail(roles) | x + '; ' + c) END`,
    params: { relations },
  };
}
