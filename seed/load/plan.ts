/**
 * Plans the graph writes for one extracted article: returns parameterized Cypher statements
 * ({cypher, params}), never a promise. Labels and relationship types are taken only from the
 * closed vocabulary (they cannot be Cypher parameters); every value is a parameter.
 *
 * Graph model (docs/ARCHITECTURE.md):
 *   (:Entity:<Type> {id, name, type, aliases, aliasText, wikidata, iso2, iso3, country})
 *   (:Article {id, hash, title, url, source, published, ingestedAt, text})
 *   (:Article)-[:MENTIONS {offsets: [start, end, ...], count}]->(:Entity)
 *   (:Entity)-[:<RELATION_TYPE> {id, class, cameo, symmetric, articleCount, logMiss, score, firstSeen,
 *       lastSeen, tally, tallyArticles, outlets, outletCount, commodities, domains, instruments, roles}]->(:Entity)
 *       (aggregates: see aggregates.ts)
 *   (:Evidence {id, relationId, articleId, sourceId, targetId, sentence, start, end, confidence, rule, date, ...})-[:FROM]->(:Article)
 *   (:Redirect {from, to, ...}): a merge decision (seed/load/merges.ts)
 */
import { createHash } from 'node:crypto';
import type { Article, Extraction } from '../types.ts';
import { ENTITY_TYPES, isEntityType, isRelationType, RELATION_TYPES, type EntityType, type RelationType } from '../vocabulary.ts';
import { addToTally, aggregateDelta, positiveCounts, positiveKeys, SET_TALLY_LISTS, unionSorted, type Aggregates, type ArticleSupport } from './aggregates.ts';

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
    // Evidence is created once per article load with ids unique by construction and read by
    // relation or article, never by id: a uniqueness index on 700k long ids only slowed commits.
    s('DROP CONSTRAINT evidence_id IF EXISTS'),
    s('CREATE INDEX evidence_relation IF NOT EXISTS FOR (v:Evidence) ON (v.relationId)'),
    s('CREATE INDEX evidence_article IF NOT EXISTS FOR (v:Evidence) ON (v.articleId)'),
    // A relation's first and last date, read again only when an update took away the article
    // that held one of them: the index gives them in order, without reading all its evidence.
    s('CREATE INDEX evidence_relation_date IF NOT EXISTS FOR (v:Evidence) ON (v.relationId, v.date)'),
    s('CREATE CONSTRAINT redirect_from IF NOT EXISTS FOR (r:Redirect) REQUIRE r.from IS UNIQUE'),
    s('CREATE INDEX redirect_to IF NOT EXISTS FOR (r:Redirect) ON (r.to)'),
    s('CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.published)'),
    s('CREATE INDEX article_source IF NOT EXISTS FOR (a:Article) ON (a.source)'),
    s('CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type)'),
    s('CREATE INDEX entity_wikidata IF NOT EXISTS FOR (e:Entity) ON (e.wikidata)'),
    s('CREATE INDEX person_surname IF NOT EXISTS FOR (p:Person) ON (p.surname)'),
    s("CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliasText] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words'}}"),
    s("CREATE FULLTEXT INDEX article_text IF NOT EXISTS FOR (a:Article) ON EACH [a.title, a.text]"),
    // One edge per relation id: the constraint's index also lets MERGE find an edge without
    // scanning the relationships of dense nodes (a country has thousands). Replaces the plain
    // indexes of earlier versions.
    ...Object.keys(RELATION_TYPES).flatMap((type) => [
      s(`DROP INDEX rel_${type.toLowerCase()}_id IF EXISTS`),
      s(`CREATE CONSTRAINT rel_${type.toLowerCase()}_id_unique IF NOT EXISTS FOR ()-[r:${relationshipType(type)}]-() REQUIRE r.id IS UNIQUE`),
    ]),
  ];
}

/** What a relation loses when an article's old version is removed. */
export interface RemovedSupport {
  relationId: string;
  type: RelationType;
  sourceId: string;
  targetId: string;
  support: ArticleSupport;
}

/**
 * Removes old versions of articles (their evidence, mentions and the article node) and returns,
 * per article, what it contributed to each relation and which entities it mentioned: the loader
 * takes those contributions out of the relations' aggregates, and deletes what is left orphaned.
 */
export function removeArticlesStatement(ids: string[]): Statement {
  return {
    cypher: `UNWIND $ids AS id
             MATCH (a:Article {id: id})
             CALL (a) {
               MATCH (v:Evidence {articleId: a.id})
               WITH v.relationId AS relationId, v.sourceId AS sourceId, v.targetId AS targetId, max(v.confidence) AS best,
                    collect(v.commodity) AS commodities, collect(v.domain) AS domains, collect(v.instrument) AS instruments, collect(v.role) AS roles
               RETURN collect({relationId: relationId, sourceId: sourceId, targetId: targetId, best: best,
                               commodities: commodities, domains: domains, instruments: instruments, roles: roles}) AS supports
             }
             CALL (a) { OPTIONAL MATCH (a)-[:MENTIONS]->(e:Entity) RETURN collect(e.id) AS mentioned }
             CALL (a) { MATCH (v:Evidence {articleId: a.id}) DETACH DELETE v }
             WITH a, a.id AS id, a.published AS date, a.source AS outlet, supports, mentioned
             DETACH DELETE a
             RETURN id, date, outlet, supports, mentioned`,
    params: { ids },
  };
}

/** Deletes the candidates that no article mentions and no relation touches any more. */
export function deleteOrphansStatement(entityIds: string[]): Statement {
  return {
    cypher: `UNWIND $ids AS id
             MATCH (e:Entity {id: id})
             WHERE NOT (e)<-[:MENTIONS]-(:Article) AND NOT EXISTS { (e)-[r]-(:Entity) WHERE r.id IS NOT NULL }
             DETACH DELETE e`,
    params: { ids: entityIds },
  };
}

interface RelationRows {
  relationId: string;
  sourceId: string;
  targetId: string;
  added: ArticleSupport[];
  removed: ArticleSupport[];
}

/** Support of one article for one relation, from its extracted relations (several sentences may state it). */
function supportOf(article: Article, relations: Extraction['relations']): ArticleSupport {
  const support: ArticleSupport = { best: 0, date: article.published ?? null, outlet: article.source ?? null, commodities: [], domains: [], instruments: [], roles: [] };
  for (const r of relations) {
    support.best = Math.max(support.best, r.confidence);
    if (r.commodity) support.commodities.push(r.commodity);
    if (r.domain) support.domains.push(r.domain);
    if (r.instrument) support.instruments.push(r.instrument);
    if (r.role) support.roles.push(r.role);
  }
  return support;
}

/** Orients a symmetric relation from the smaller id to the larger (it is stored once). */
function orient(type: RelationType, sourceId: string, targetId: string): [string, string] {
  return RELATION_TYPES[type].symmetric && sourceId > targetId ? [targetId, sourceId] : [sourceId, targetId];
}

/**
 * The statements that load several prepared articles at once (new articles, or changed ones
 * whose old version `removeArticlesStatement` took out, with the support it `removed`).
 * Entities and relations are de-duplicated across the batch so each is merged once; mentions
 * and evidence are created; each relation's aggregates change by the net delta of the batch.
 */
export function loadBatchStatements(extractions: Extraction[], ingestedAt: string, removed: RemovedSupport[] = []): Statement[] {
  // Refuse what the vocabulary does not know before anything is written (never skip it silently).
  for (const { entities, relations } of extractions) {
    for (const e of entities) entityLabel(e.type);
    for (const r of relations) relationshipType(r.type);
  }
  const statements: Statement[] = [articlesStatement(extractions, ingestedAt), ...entityStatements(extractions)];
  const mentions = extractions.flatMap(({ article, entities }) =>
    entities.filter((e) => e.mentions.length > 0).map((e) => ({ articleId: articleId(article), entityId: e.id, offsets: e.mentions.flatMap((m) => [m.start, m.end]) })),
  );
  if (mentions.length > 0) {
    statements.push({
      cypher: `UNWIND $rows AS row
               MATCH (a:Article {id: row.articleId}), (e:Entity {id: row.entityId})
               CREATE (a)-[:MENTIONS {offsets: row.offsets, count: size(row.offsets) / 2}]->(e)`,
      params: { rows: mentions },
    });
  }

  const perType = new Map<RelationType, Map<string, RelationRows>>();
  const rowsOf = (type: RelationType, rid: string, sourceId: string, targetId: string) => {
    const relations = perType.get(type) ?? new Map<string, RelationRows>();
    perType.set(type, relations);
    const rows = relations.get(rid) ?? { relationId: rid, sourceId, targetId, added: [], removed: [] };
    relations.set(rid, rows);
    return rows;
  };
  const evidence: Record<string, unknown>[] = [];
  for (const { article, relations } of extractions) {
    const id = articleId(article);
    const byRelation = new Map<string, Extraction['relations']>();
    for (const r of relations) {
      const rid = relationId(r.sourceId, r.type, r.targetId);
      byRelation.set(rid, [...(byRelation.get(rid) ?? []), r]);
      const [sourceId, targetId] = orient(r.type, r.sourceId, r.targetId);
      evidence.push({
        articleId: id,
        props: {
          id: `${id}|${rid}|${r.start}`,
          relationId: rid,
          articleId: id,
          sourceId,
          targetId,
          sentence: r.evidence,
          start: r.start,
          end: r.end,
          confidence: r.confidence,
          rule: r.rule,
          date: article.published ?? null,
          domain: r.domain ?? null,
          commodity: r.commodity ?? null,
          instrument: r.instrument ?? null,
          role: r.role ?? null,
        },
      });
    }
    for (const [rid, stated] of byRelation) {
      const first = stated[0] as Extraction['relations'][number];
      const [sourceId, targetId] = orient(first.type, first.sourceId, first.targetId);
      rowsOf(first.type, rid, sourceId, targetId).added.push(supportOf(article, stated));
    }
  }
  for (const r of removed) rowsOf(r.type, r.relationId, r.sourceId, r.targetId).removed.push(r.support);
  // Evidence first: a relation whose first or last date left with an old version reads them again from it.
  if (evidence.length > 0) {
    statements.push({
      cypher: `UNWIND $rows AS row
               MATCH (a:Article {id: row.articleId})
               CREATE (v:Evidence)-[:FROM]->(a)
               SET v = row.props`,
      params: { rows: evidence },
    });
  }
  for (const [type, relations] of perType) statements.push(relationStatement(type, [...relations.values()]));
  const people = [...new Set(extractions.flatMap((e) => e.entities.filter((x) => x.type === 'Person').map((x) => x.id)))];
  if (people.length > 0) statements.push(mergeCandidateStatement(people));
  return statements;
}

function articlesStatement(extractions: Extraction[], ingestedAt: string): Statement {
  return {
    cypher: `UNWIND $articles AS row
             MERGE (a:Article {id: row.id})
             SET a.hash = row.hash, a.title = row.title, a.url = row.url, a.source = row.source,
                 a.published = row.published, a.text = row.text, a.ingestedAt = $ingestedAt`,
    params: {
      ingestedAt,
      articles: extractions.map(({ article }) => ({
        id: articleId(article),
        hash: articleHash(article),
        title: article.title,
        url: article.url ?? null,
        source: article.source ?? null,
        published: article.published ?? null,
        text: article.text,
      })),
    },
  };
}

/** Entities: one row per distinct entity of the batch, aliases unioned (kept sorted, so the order of loads does not show). */
function entityStatements(extractions: Extraction[]): Statement[] {
  const entities = new Map<string, { type: EntityType; row: Record<string, unknown>; aliases: Set<string> }>();
  for (const extraction of extractions) {
    for (const e of extraction.entities) {
      const existing = entities.get(e.id);
      if (existing) for (const a of e.aliases) existing.aliases.add(a);
      else {
        entities.set(e.id, {
          type: e.type,
          aliases: new Set(e.aliases),
          row: {
            id: e.id,
            name: e.name,
            wikidata: e.wikidata ?? null,
            iso2: e.iso2 ?? null,
            iso3: e.iso3 ?? null,
            country: e.country ?? null,
            known: e.known,
            surname: e.type === 'Person' ? (e.name.split(/\s+/).pop() ?? null) : null,
          },
        });
      }
    }
  }
  const statements: Statement[] = [];
  for (const type of ENTITY_TYPES) {
    const rows = [...entities.values()].filter((e) => e.type === type).map((e) => ({ ...e.row, aliases: [...e.aliases].sort() }));
    if (rows.length === 0) continue;
    statements.push({
      cypher: `UNWIND $rows AS row
               MERGE (e:Entity {id: row.id})
               ON CREATE SET e.name = row.name, e.type = $type, e.aliases = [], e.known = row.known, e:${entityLabel(type)}
               SET e.wikidata = coalesce(row.wikidata, e.wikidata), e.iso2 = coalesce(row.iso2, e.iso2),
                   e.iso3 = coalesce(row.iso3, e.iso3), e.country = coalesce(row.country, e.country), e.surname = row.surname
               WITH e, row
               WHERE any(x IN row.aliases WHERE NOT x IN e.aliases) OR e.aliasText IS NULL
               SET e.aliases = ${unionSorted('e.aliases', 'row.aliases')}
               SET e.aliasText = reduce(s = '', x IN e.aliases | s + ' ' + x)`,
      params: { rows, type },
    });
  }
  return statements;
}

/**
 * One relation type's rows: MERGE each relation, add the batch's net delta to its aggregates,
 * read its dates again from the evidence only when the article that held one left, and delete
 * it when no article supports it any more.
 */
function relationStatement(type: RelationType, relations: RelationRows[]): Statement {
  const info = RELATION_TYPES[type];
  const rows = relations.map((r) => {
    const delta = aggregateDelta(r.added, r.removed);
    return {
      relationId: r.relationId,
      sourceId: r.sourceId,
      targetId: r.targetId,
      articles: delta.articles,
      logMiss: delta.logMiss,
      first: delta.first,
      last: delta.last,
      removedFirst: delta.removedFirst,
      removedLast: delta.removedLast,
      tally: delta.tally.keys,
      tallyArticles: delta.tally.counts,
    };
  });
  return {
    cypher: `UNWIND $rows AS row
             MATCH (s:Entity {id: row.sourceId}), (t:Entity {id: row.targetId})
             MERGE (s)-[r:${relationshipType(type)} {id: row.relationId}]->(t)
             ON CREATE SET r.class = $class, r.cameo = $cameo, r.symmetric = $symmetric, r.articleCount = 0, r.logMiss = 0.0, r.tally = [], r.tallyArticles = []
             SET r.articleCount = r.articleCount + row.articles,
                 r.logMiss = round(r.logMiss + row.logMiss, 6),
                 r.firstSeen = CASE WHEN row.first IS NOT NULL AND (r.firstSeen IS NULL OR row.first < r.firstSeen) THEN row.first ELSE r.firstSeen END,
                 r.lastSeen = CASE WHEN row.last IS NOT NULL AND (r.lastSeen IS NULL OR row.last > r.lastSeen) THEN row.last ELSE r.lastSeen END
             WITH r, row, ${addToTally('row.tally', 'row.tallyArticles')} AS tally
             SET r.tally = ${positiveKeys('tally')}, r.tallyArticles = ${positiveCounts('tally')}
             SET ${SET_TALLY_LISTS}
             SET r.outletCount = size(r.outlets), r.score = round(1 - exp(r.logMiss), 3)
             WITH r, row
             CALL (r, row) {
               WITH r WHERE r.articleCount > 0
                 AND ((row.removedFirst IS NOT NULL AND (r.firstSeen IS NULL OR row.removedFirst <= r.firstSeen))
                   OR (row.removedLast IS NOT NULL AND (r.lastSeen IS NULL OR row.removedLast >= r.lastSeen)))
               CALL (r) { MATCH (v:Evidence) WHERE v.relationId = r.id AND v.date IS NOT NULL WITH v.date AS d ORDER BY d ASC LIMIT 1 RETURN collect(d) AS first }
               CALL (r) { MATCH (v:Evidence) WHERE v.relationId = r.id AND v.date IS NOT NULL WITH v.date AS d ORDER BY d DESC LIMIT 1 RETURN collect(d) AS last }
               SET r.firstSeen = first[0], r.lastSeen = last[0]
             }
             WITH r WHERE r.articleCount <= 0
             DELETE r`,
    params: { rows, class: info.class, cameo: info.cameo, symmetric: info.symmetric },
  };
}

/**
 * People the gazetteer could not decide between: one name is the other with more words
 * ("Kara" and "Pinar Kara"). Recorded as MERGE_CANDIDATE for curation, never merged silently.
 */
export function mergeCandidateStatement(personIds: string[]): Statement {
  return {
    cypher: `UNWIND $ids AS id
             MATCH (p:Person {id: id}) WHERE p.surname IS NOT NULL
             MATCH (q:Person {surname: p.surname}) WHERE q <> p AND (q.name ENDS WITH ' ' + p.name OR p.name ENDS WITH ' ' + q.name)
             MERGE (p)-[c:MERGE_CANDIDATE]-(q)
             SET c.reason = 'one name ends with the other'`,
    params: { ids: personIds },
  };
}

/** Reads what each article contributes to relations from their evidence (merges and repairs recompute from it). */
export function supportStatement(relationIds: string[]): Statement {
  return {
    cypher: `UNWIND $ids AS rid
             MATCH (v:Evidence {relationId: rid})-[:FROM]->(a:Article)
             WITH rid, a, max(v.confidence) AS best, collect(v.commodity) AS commodities, collect(v.domain) AS domains,
                  collect(v.instrument) AS instruments, collect(v.role) AS roles
             RETURN rid AS relationId, collect({best: best, date: a.published, outlet: a.source, commodities: commodities, domains: domains,
                    instruments: instruments, roles: roles}) AS articles`,
    params: { ids: relationIds },
  };
}

/** Sets relations' aggregates to the given values (from aggregate()); a relation with no support is deleted. */
export function setAggregatesStatement(rows: ({ relationId: string; type: RelationType } & Aggregates)[]): Statement[] {
  const byType = new Map<RelationType, Record<string, unknown>[]>();
  for (const row of rows) {
    byType.set(row.type, [
      ...(byType.get(row.type) ?? []),
      {
        relationId: row.relationId,
        articleCount: row.articleCount,
        logMiss: row.logMiss,
        firstSeen: row.firstSeen,
        lastSeen: row.lastSeen,
        tally: row.tally.keys,
        tallyArticles: row.tally.counts,
      },
    ]);
  }
  return [...byType].map(([type, typeRows]) => ({
    cypher: `UNWIND $rows AS row
             MATCH ()-[r:${relationshipType(type)} {id: row.relationId}]->()
             SET r.articleCount = row.articleCount, r.logMiss = row.logMiss, r.score = round(1 - exp(row.logMiss), 3), r.firstSeen = row.firstSeen,
                 r.lastSeen = row.lastSeen, r.tally = row.tally, r.tallyArticles = row.tallyArticles
             SET ${SET_TALLY_LISTS}
             SET r.outletCount = size(r.outlets)
             WITH r WHERE r.articleCount = 0
             DELETE r`,
    params: { rows: typeRows },
  }));
}
