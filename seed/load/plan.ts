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
    // Evidence is created once per article load with ids unique by construction and read by
    // relation or article, never by id: a uniqueness index on 700k long ids only slowed commits.
    s('DROP CONSTRAINT evidence_id IF EXISTS'),
    s('CREATE INDEX evidence_relation IF NOT EXISTS FOR (v:Evidence) ON (v.relationId)'),
    s('CREATE INDEX evidence_article IF NOT EXISTS FOR (v:Evidence) ON (v.articleId)'),
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

/**
 * The statements that load several extracted articles at once (new articles, or changed ones
 * whose old version was removed first). Entities and relations are de-duplicated across the
 * batch so each is merged once; mentions and evidence are created; relation aggregates are
 * updated incrementally, one row per (relation, article).
 */
export function loadBatchStatements(extractions: Extraction[], ingestedAt: string): Statement[] {
  // Refuse what the vocabulary does not know before anything is written (never skip it silently).
  for (const { entities, relations } of extractions) {
    for (const e of entities) entityLabel(e.type);
    for (const r of relations) relationshipType(r.type);
  }
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

  // Relations: one MERGE per distinct relation with its batch aggregates (computed here); evidence created.
  const perType = new Map<RelationType, Map<string, { relationId: string; sourceId: string; targetId: string; perArticle: Map<string, ArticleSupport> }>>();
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
      const support = relation.perArticle.get(id) ?? { best: 0, date: article.published ?? null, outlet: article.source ?? null, commodities: [], domains: [], instruments: [], roles: [] };
      support.best = Math.max(support.best, r.confidence);
      if (r.commodity) support.commodities.push(r.commodity);
      if (r.domain) support.domains.push(r.domain);
      if (r.instrument) support.instruments.push(r.instrument);
      if (r.role) support.roles.push(r.role);
      relation.perArticle.set(id, support);
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
    const rows = [...relations.values()].map((r) => ({ relationId: r.relationId, sourceId: r.sourceId, targetId: r.targetId, ...aggregate([...r.perArticle.values()]) }));
    statements.push({
      cypher: `UNWIND $rows AS row
               MATCH (s:Entity {id: row.sourceId}), (t:Entity {id: row.targetId})
               MERGE (s)-[r:${relationshipType(type)} {id: row.relationId}]->(t)
               ON CREATE SET r.class = $class, r.cameo = $cameo, r.symmetric = $symmetric, r.articleCount = 0, r.outlets = [],
                             r.logMiss = 0.0, r.commodities = [], r.domains = [], r.instruments = [], r.roles = []
               WITH r, row
               ${ADD_AGGREGATES}`,
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

/** What one article contributes to a relation's aggregates. */
export interface ArticleSupport {
  best: number;
  date: string | null;
  outlet: string | null;
  commodities: string[];
  domains: string[];
  instruments: string[];
  roles: string[];
}

/** Rounds half away from zero to 6 decimals, as Cypher's round(x, 6) does. */
const round6 = (x: number) => (Math.sign(x) * Math.round(Math.abs(x) * 1e6)) / 1e6;
const sortedSet = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => Boolean(v)))].sort();

/**
 * A relation's aggregates over some supporting articles: count, outlets, date range, and the
 * noisy-or score kept as a sum of per-article log(1 - best confidence), each term rounded to 6
 * decimals, so that adding articles in any order gives the same stored values.
 */
export function aggregate(articles: ArticleSupport[]) {
  const dates = articles.map((a) => a.date).filter((d): d is string => Boolean(d)).sort();
  return {
    articles: articles.length,
    outlets: sortedSet(articles.map((a) => a.outlet)),
    first: dates[0] ?? null,
    last: dates[dates.length - 1] ?? null,
    logMiss: round6(articles.reduce((sum, a) => sum + round6(Math.log(1 - Math.min(a.best, 0.99))), 0)),
    commodities: sortedSet(articles.flatMap((a) => a.commodities)),
    domains: sortedSet(articles.flatMap((a) => a.domains)),
    instruments: sortedSet(articles.flatMap((a) => a.instruments)),
    roles: sortedSet(articles.flatMap((a) => a.roles)),
  };
}

/** Cypher: the sorted union of list `target` and sorted list `added`, touched only when something is new. */
function unionSorted(target: string, added: string): string {
  return `CASE WHEN all(x IN ${added} WHERE x IN ${target}) THEN ${target}
          ELSE reduce(acc = ${target}, v IN ${added} | CASE WHEN v IN acc THEN acc ELSE [y IN acc WHERE y < v] + v + [y IN acc WHERE y > v] END) END`;
}

/** Adds a batch row's aggregates (see aggregate()) to relation `r`: scalar arithmetic, lists only when they grow. */
const ADD_AGGREGATES = `
  SET r.articleCount = r.articleCount + row.articles,
      r.logMiss = round(r.logMiss + row.logMiss, 6),
      r.firstSeen = CASE WHEN row.first IS NOT NULL AND (r.firstSeen IS NULL OR row.first < r.firstSeen) THEN row.first ELSE r.firstSeen END,
      r.lastSeen = CASE WHEN row.last IS NOT NULL AND (r.lastSeen IS NULL OR row.last > r.lastSeen) THEN row.last ELSE r.lastSeen END,
      r.outlets = ${unionSorted('r.outlets', 'row.outlets')},
      r.commodities = ${unionSorted('r.commodities', 'row.commodities')},
      r.domains = ${unionSorted('r.domains', 'row.domains')},
      r.instruments = ${unionSorted('r.instruments', 'row.instruments')},
      r.roles = ${unionSorted('r.roles', 'row.roles')}
  SET r.outletCount = size(r.outlets), r.score = round(1 - exp(r.logMiss), 3)`;

/** Reads what each remaining article contributes to relations (after an article was removed). */
export function supportStatement(relations: { relationId: string; sourceId: string; targetId: string }[]): Statement {
  return {
    cypher: `UNWIND $relations AS rel
             MATCH (v:Evidence {relationId: rel.relationId})-[:FROM]->(a:Article)
             WITH rel, a, collect(v) AS vs
             WITH rel, collect({best: reduce(m = 0.0, x IN vs | CASE WHEN x.confidence > m THEN x.confidence ELSE m END), date: a.published, outlet: a.source,
               commodities: [x IN vs WHERE x.commodity IS NOT NULL | x.commodity], domains: [x IN vs WHERE x.domain IS NOT NULL | x.domain],
               instruments: [x IN vs WHERE x.instrument IS NOT NULL | x.instrument], roles: [x IN vs WHERE x.role IS NOT NULL | x.role]}) AS articles
             RETURN rel.relationId AS relationId, rel.sourceId AS sourceId, rel.targetId AS targetId, articles`,
    params: { relations },
  };
}

/** Sets relations' aggregates from scratch (rows from aggregate()): reset, then add. */
export function resetAggregatesStatement(rows: ({ relationId: string; sourceId: string; targetId: string } & ReturnType<typeof aggregate>)[]): Statement {
  return {
    cypher: `UNWIND $rows AS row
             MATCH (s:Entity {id: row.sourceId})-[r]->(t:Entity {id: row.targetId}) WHERE r.id = row.relationId
             SET r.articleCount = 0, r.outlets = [], r.logMiss = 0.0, r.firstSeen = null, r.lastSeen = null,
                 r.commodities = [], r.domains = [], r.instruments = [], r.roles = []
             WITH r, row
             ${ADD_AGGREGATES}`,
    params: { rows },
  };
}
