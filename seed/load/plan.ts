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
    s('CREATE INDEX person_surname IF NOT EXISTS FOR (p:Person) ON (p.surname)'),
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
  return loadBatchStatements([extraction], ingestedAt);
}

/**
 * The statements that load several extracted articles at once (new articles, or changed ones
 * whose old version was removed first). Entities and relations are de-duplicated across the
 * batch so each is merged once; mentions and evidence are created; relation aggregates are
 * updated incrementally, one row per (relation, article).
 */
export function loadBatchStatements(extractions: Extraction[], ingestedAt: string): Statement[] {
  const statements: Statement[] = [];
  statements.push({
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
  });

  // Entities: one row per distinct entity of the batch, aliases unioned.
  const entities = new Map<string, { type: EntityType; row: Record<string, unknown>; aliases: Set<string> }>();
  const mentions: { articleId: string; entityId: string; offsets: number[] }[] = [];
  for (const extraction of extractions) {
    const id = articleId(extraction.article);
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
      mentions.push({ articleId: id, entityId: e.id, offsets: e.mentions.flatMap((m) => [m.start, m.end]) });
    }
  }
  for (const type of ENTITY_TYPES) {
    const rows = [...entities.values()].filter((e) => e.type === type).map((e) => ({ ...e.row, aliases: [...e.aliases].sort() }));
    if (rows.length === 0) continue;
    statements.push({
      cypher: `UNWIND $rows AS row
               MERGE (e:Entity {id: row.id})
               ON CREATE SET e.name = row.name, e.type = $type, e.aliases = [], e.known = row.known, e:${entityLabel(type)}
               SET e.wikidata = coalesce(row.wikidata, e.wikidata), e.iso2 = coalesce(row.iso2, e.iso2),
                   e.iso3 = coalesce(row.iso3, e.iso3), e.country = coalesce(row.country, e.country), e.surname = row.surname
               WITH e, [x IN row.aliases WHERE NOT x IN e.aliases] AS added
               WHERE size(added) > 0 OR e.aliasText IS NULL
               SET e.aliases = e.aliases + added
               SET e.aliasText = reduce(s = '', x IN e.aliases | s + ' ' + x)`,
      params: { rows, type },
    });
  }
  if (mentions.length > 0) {
    statements.push({
      cypher: `UNWIND $rows AS row
               MATCH (a:Article {id: row.articleId}), (e:Entity {id: row.entityId})
               CREATE (a)-[:MENTIONS {offsets: row.offsets, count: size(row.offsets) / 2}]->(e)`,
      params: { rows: mentions },
    });
  }

  // Relations: one MERGE per distinct relation; one aggregate row per (relation, article); evidence created.
  const perType = new Map<RelationType, Map<string, { relationId: string; sourceId: string; targetId: string; perArticle: Map<string, Record<string, unknown>> }>>();
  const evidence: Record<string, unknown>[] = [];
  for (const extraction of extractions) {
    const { article } = extraction;
    const id = articleId(article);
    for (const r of extraction.relations) {
      const info = RELATION_TYPES[r.type];
      const rid = relationId(r.sourceId, r.type, r.targetId);
      // Symmetric relations are stored once, from the smaller id to the larger.
      const [sourceId, targetId] = info.symmetric && r.sourceId > r.targetId ? [r.targetId, r.sourceId] : [r.sourceId, r.targetId];
      const relations = perType.get(r.type) ?? new Map();
      perType.set(r.type, relations);
      const relation = relations.get(rid) ?? { relationId: rid, sourceId, targetId, perArticle: new Map() };
      relations.set(rid, relation);
      const seen = relation.perArticle.get(id);
      const qualifiers = [r.commodity, r.domain, r.instrument, r.role];
      relation.perArticle.set(id, {
        articleId: id,
        best: Math.max(Number(seen?.best ?? 0), r.confidence),
        date: article.published ?? null,
        outlet: article.source ?? null,
        commodity: (seen?.commodity as string | null) ?? qualifiers[0] ?? null,
        domain: (seen?.domain as string | null) ?? qualifiers[1] ?? null,
        instrument: (seen?.instrument as string | null) ?? qualifiers[2] ?? null,
        role: (seen?.role as string | null) ?? qualifiers[3] ?? null,
      });
      evidence.push({
        articleId: id,
        props: {
          id: `${id}|${rid}|${r.start}`,
          relationId: rid,
          articleId: id,
          sourceId,
          targetId,
          type: r.type,
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
      });
    }
  }
  for (const [type, relations] of perType) {
    const info = RELATION_TYPES[type];
    const rows = [...relations.values()].map((r) => ({ relationId: r.relationId, sourceId: r.sourceId, targetId: r.targetId, articles: [...r.perArticle.values()] }));
    statements.push({
      cypher: `UNWIND $rows AS row
               MATCH (s:Entity {id: row.sourceId}), (t:Entity {id: row.targetId})
               MERGE (s)-[r:${relationshipType(type)} {id: row.relationId}]->(t)
               ON CREATE SET r.class = $class, r.cameo = $cameo, r.symmetric = $symmetric, r.articleCount = 0, r.outlets = [],
                             r.logMiss = 0.0, r.commodities = [], r.domains = [], r.instruments = [], r.roles = []
               WITH r, row
               ${INCREMENT_AGGREGATES}`,
      params: { rows, class: info.class, cameo: info.cameo, symmetric: info.symmetric },
    });
  }
  if (evidence.length > 0) {
    statements.push({
      cypher: `UNWIND $rows AS row
               MATCH (a:Article {id: row.articleId})
               CREATE (v:Evidence)-[:FROM]->(a)
               SET v = row.props`,
      params: { rows: evidence },
    });
  }
  const people = [...entities.values()].filter((e) => e.type === 'Person').map((e) => e.row.id as string);
  if (people.length > 0) statements.push(mergeCandidateStatement(people));
  return statements;
}

/** Cypher: \`list\` plus the new non-null \`field\` values of row.articles, kept sorted and distinct (order-independent). */
function sortedUnion(list: string, field: string): string {
  return `reduce(acc = ${list}, v IN [x IN row.articles WHERE x.${field} IS NOT NULL | x.${field}] |
            CASE WHEN v IN acc THEN acc ELSE [y IN acc WHERE y < v] + v + [y IN acc WHERE y > v] END)`;
}

function joined(list: string, separator: string): string {
  return `CASE WHEN size(${list}) = 0 THEN null ELSE reduce(x = head(${list}), c IN tail(${list}) | x + '${separator}' + c) END`;
}

/**
 * Adds the articles of \`row.articles\` to relation \`r\`'s aggregates. The score is a noisy-or over
 * the best confidence per article, kept as a sum of logarithms rounded to 6 decimals so that the
 * result does not depend on the order articles arrive in (reloads give identical graphs).
 */
const INCREMENT_AGGREGATES = `
  WITH r, row, [x IN row.articles WHERE x.date IS NOT NULL | x.date] AS dates
  SET r.articleCount = r.articleCount + size(row.articles),
      r.outlets = ${sortedUnion('r.outlets', 'outlet')},
      r.firstSeen = reduce(m = r.firstSeen, d IN dates | CASE WHEN m IS NULL OR d < m THEN d ELSE m END),
      r.lastSeen = reduce(m = r.lastSeen, d IN dates | CASE WHEN m IS NULL OR d > m THEN d ELSE m END),
      r.logMiss = round(r.logMiss + reduce(s = 0.0, x IN row.articles | s + round(log(1 - CASE WHEN x.best > 0.99 THEN 0.99 ELSE x.best END), 6)), 6),
      r.commodities = ${sortedUnion('r.commodities', 'commodity')},
      r.domains = ${sortedUnion('r.domains', 'domain')},
      r.instruments = ${sortedUnion('r.instruments', 'instrument')},
      r.roles = ${sortedUnion('r.roles', 'role')}
  SET r.outletCount = size(r.outlets), r.score = round(1 - exp(r.logMiss), 3),
      r.commodity = ${joined('r.commodities', ', ')},
      r.domain = ${joined('r.domains', '; ')},
      r.instrument = ${joined('r.instruments', '; ')},
      r.role = ${joined('r.roles', '; ')}`;

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

/**
 * Recomputes relations' aggregates from all their remaining evidence (after an article was
 * removed): resets them, then adds each supporting article the same way a load does.
 */
export function aggregateStatement(relations: { relationId: string; sourceId: string; targetId: string }[]): Statement {
  return {
    cypher: `UNWIND $relations AS rel
             MATCH (s:Entity {id: rel.sourceId})-[r]->(t:Entity {id: rel.targetId}) WHERE r.id = rel.relationId
             CALL (r) {
               MATCH (v:Evidence {relationId: r.id})-[:FROM]->(a:Article)
               WITH a, v ORDER BY a.id, v.start
               WITH a, max(v.confidence) AS best, collect(v) AS vs
               RETURN collect({articleId: a.id, best: best, date: a.published, outlet: a.source,
                 commodity: head([x IN vs WHERE x.commodity IS NOT NULL | x.commodity]), domain: head([x IN vs WHERE x.domain IS NOT NULL | x.domain]),
                 instrument: head([x IN vs WHERE x.instrument IS NOT NULL | x.instrument]), role: head([x IN vs WHERE x.role IS NOT NULL | x.role])}) AS articles
             }
             SET r.articleCount = 0, r.outlets = [], r.logMiss = 0.0, r.firstSeen = null, r.lastSeen = null,
                 r.commodities = [], r.domains = [], r.instruments = [], r.roles = []
             WITH r, {articles: articles} AS row
             ${INCREMENT_AGGREGATES}`,
    params: { relations },
  };
}
