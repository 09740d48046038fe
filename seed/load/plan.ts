/**
 * Plans the graph writes for a batch of extracted articles: returns parameterized Cypher statements
 * ({cypher, params}), never a promise. Labels and relationship types are taken only from the
 * closed vocabulary (they cannot be Cypher parameters); every value is a parameter.
 *
 * Graph model (docs/ARCHITECTURE.md):
 *   (:Entity:<Type> {id, name, type, aliases, aliasText, wikidata, iso2, iso3, country})
 *   (:Article {id, hash, title, url, source, outletCountry, published, ingestedAt, text})
 *   (:Entity:<Type> {id, name, type, aliases, ..., latitude?, longitude?})  places of the GeoNames-based table carry coordinates
 *   (:Article)-[:MENTIONS {offsets: [start, end, ...], count}]->(:Entity)
 *   (:Entity)-[:<RELATION_TYPE> {id, class, cameo, symmetric, articleCount, logMiss, score, firstSeen,
 *       lastSeen, firstEvent, lastEvent, tally, tallyArticles, timeline, timelineCounts, outlets, outletCount,
 *       outletCountries, statuses, asserted, attributed, hedged, proposed, denied, disputed, commodities, domains,
 *       instruments, roles}]->(:Entity)
 *       (aggregates: see aggregates.ts)
 *   (:Evidence {id, relationId, articleId, sourceId, targetId, sentence, start, end, confidence, rule, date, status,
 *       attributedTo?, attributedToId?, eventDate?, eventText?, ...})-[:FROM]->(:Article)
 *   (:Event {id, kind, articleId, sentence, start, end, confidence, rule, date, status, actorIds, instrumentId?, pair?,
 *       attributedTo?, attributedToId?, eventDate?, eventText?})-[:FROM]->(:Article): lifecycle events, ceasefires, peace
 *   (:Redirect {from, to, ...}): a merge decision (seed/load/merges.ts)
 */
import { createHash } from 'node:crypto';
import { PAIR_EVENT_KINDS, type Article, type ExtractedEvent, type Extraction } from '../types.ts';
import { ENTITY_TYPES, isEntityType, isRelationType, RELATION_TYPES, type EntityType, type RelationType } from '../vocabulary.ts';
import { addToTally, aggregateDelta, positiveCounts, positiveKeys, SET_CLAIM_FIGURES, SET_TALLY_LISTS, TIMELINE_TARGET, unionSorted, type Aggregates, type ArticleSupport } from './aggregates.ts';
import { outletCountry } from '../outlets.ts';

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
    // The same for event times; and sentences by event time, for windows on when things happened.
    s('CREATE INDEX evidence_relation_event IF NOT EXISTS FOR (v:Evidence) ON (v.relationId, v.eventDate)'),
    s('CREATE INDEX evidence_event IF NOT EXISTS FOR (v:Evidence) ON (v.eventDate)'),
    // Events (lifecycles, ceasefires, peace): by article (updates), by instrument, by pair of parties.
    s('CREATE INDEX event_article IF NOT EXISTS FOR (e:Event) ON (e.articleId)'),
    s('CREATE INDEX event_instrument IF NOT EXISTS FOR (e:Event) ON (e.instrumentId)'),
    s('CREATE INDEX event_pair IF NOT EXISTS FOR (e:Event) ON (e.pair)'),
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

/** What an article's stored version holds: read before it is replaced or removed, so only the difference is written. */
export interface OldVersion {
  articleId: string;
  date: string | null;
  outlet: string | null;
  outletCountry: string | null;
  /** Its evidence nodes' properties. */
  evidence: Record<string, unknown>[];
  mentions: { entityId: string; offsets: number[] }[];
  /** Its event nodes' properties (none when absent). */
  events?: Record<string, unknown>[];
}

/** Reads the stored versions of articles (nothing is deleted: the plan deletes only what changed). */
export function readOldVersionsStatement(ids: string[]): Statement {
  return {
    cypher: `UNWIND $ids AS id
             MATCH (a:Article {id: id})
             CALL (a) { OPTIONAL MATCH (v:Evidence {articleId: a.id}) RETURN collect(properties(v)) AS evidence }
             CALL (a) { OPTIONAL MATCH (a)-[m:MENTIONS]->(e:Entity) RETURN collect({entityId: e.id, offsets: m.offsets}) AS mentions }
             CALL (a) { OPTIONAL MATCH (ev:Event {articleId: a.id}) RETURN collect(properties(ev)) AS events }
             RETURN a.id AS articleId, a.published AS date, a.source AS outlet, a.outletCountry AS outletCountry, evidence, [m IN mentions WHERE m.entityId IS NOT NULL] AS mentions, events`,
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
  const support: ArticleSupport = {
    best: 0,
    date: article.published ?? null,
    outlet: article.source ?? null,
    outletCountry: outletCountry(article) ?? null,
    statuses: [],
    eventDates: [],
    commodities: [],
    domains: [],
    instruments: [],
    roles: [],
  };
  for (const r of relations) {
    support.best = Math.max(support.best, r.confidence);
    support.statuses.push(r.status);
    if (r.eventDate) support.eventDates.push(r.eventDate);
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

/** An evidence node's properties for an extracted relation (null values are not stored). */
function evidenceProps(id: string, article: Article, r: Extraction['relations'][number]): Record<string, unknown> {
  const rid = relationId(r.sourceId, r.type, r.targetId);
  const [sourceId, targetId] = orient(r.type, r.sourceId, r.targetId);
  const props: Record<string, unknown> = {
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
    status: r.status,
    attributedTo: r.attributedTo ?? null,
    attributedToId: r.attributedToId ?? null,
    eventDate: r.eventDate ?? null,
    eventText: r.eventText ?? null,
    domain: r.domain ?? null,
    commodity: r.commodity ?? null,
    instrument: r.instrument ?? null,
    role: r.role ?? null,
  };
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null && v !== undefined));
}

/** An event node's properties (null values are not stored); a ceasefire or peace carries its pair of parties as `pair`. */
export function eventProps(id: string, article: Article, e: ExtractedEvent): Record<string, unknown> {
  const isPair = (PAIR_EVENT_KINDS as readonly string[]).includes(e.kind);
  const props: Record<string, unknown> = {
    id: `${id}|${e.kind}|${isPair ? e.actorIds.join(',') : (e.instrumentId ?? '')}|${e.start}`,
    kind: e.kind,
    articleId: id,
    sentence: e.evidence,
    start: e.start,
    end: e.end,
    confidence: e.confidence,
    rule: e.rule,
    date: article.published ?? null,
    status: e.status,
    actorIds: e.actorIds,
    instrumentId: e.instrumentId ?? null,
    pair: isPair ? e.actorIds.join('|') : null,
    attributedTo: e.attributedTo ?? null,
    attributedToId: e.attributedToId ?? null,
    eventDate: e.eventDate ?? null,
    eventText: e.eventText ?? null,
  };
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null && v !== undefined));
}

/** A stable text of a property map, to compare a stored node with a planned one. */
const signature = (props: Record<string, unknown>) => JSON.stringify(Object.entries(props).filter(([, v]) => v !== null && v !== undefined).sort(([a], [b]) => (a < b ? -1 : 1)));
const supportSignature = (s: ArticleSupport) =>
  JSON.stringify([s.best, s.date, s.outlet, s.outletCountry, [...s.statuses].sort(), [...s.eventDates].sort(), ...[s.commodities, s.domains, s.instruments, s.roles].map((l) => [...new Set(l)].sort())]);

/** An old version's support per relation, from its evidence. */
function oldSupports(old: OldVersion): Map<string, { type: RelationType; sourceId: string; targetId: string; support: ArticleSupport }> {
  const out = new Map<string, { type: RelationType; sourceId: string; targetId: string; support: ArticleSupport }>();
  for (const v of old.evidence) {
    const rid = v.relationId as string;
    const entry = out.get(rid) ?? {
      type: relationshipType(rid.slice(0, rid.indexOf(':'))),
      sourceId: v.sourceId as string,
      targetId: v.targetId as string,
      support: { best: 0, date: old.date, outlet: old.outlet, outletCountry: old.outletCountry, statuses: [], eventDates: [], commodities: [], domains: [], instruments: [], roles: [] },
    };
    entry.support.best = Math.max(entry.support.best, v.confidence as number);
    entry.support.statuses.push((v.status as string | undefined) ?? 'asserted');
    if (v.eventDate) entry.support.eventDates.push(v.eventDate as string);
    if (v.commodity) entry.support.commodities.push(v.commodity as string);
    if (v.domain) entry.support.domains.push(v.domain as string);
    if (v.instrument) entry.support.instruments.push(v.instrument as string);
    if (v.role) entry.support.roles.push(v.role as string);
    out.set(rid, entry);
  }
  return out;
}

export interface BatchPlan {
  statements: Statement[];
  /** Entities that may be left with neither a mention nor a relation: checked (and deleted) after the writes. */
  orphanCandidates: string[];
}

/**
 * Plans the writes of a batch of prepared articles. `old` holds the stored versions of articles
 * being replaced (same id in `extractions`) or removed (id absent): only what differs is written.
 * Unchanged evidence and mentions stay; changed ones are deleted and created again; each relation
 * whose support by an article changed gets the batch's net delta of its aggregates; a removed
 * article's node goes. Entities and relations are de-duplicated across the batch, so each is
 * merged once.
 */
export function planBatch(extractions: Extraction[], ingestedAt: string, old: OldVersion[] = []): BatchPlan {
  // Refuse what the vocabulary does not know before anything is written (never skip it silently).
  for (const { entities, relations } of extractions) {
    for (const e of entities) entityLabel(e.type);
    for (const r of relations) relationshipType(r.type);
  }
  const oldById = new Map(old.map((o) => [o.articleId, o]));
  const written = new Set(extractions.map((e) => articleId(e.article)));
  const candidates = new Set<string>();

  const perType = new Map<RelationType, Map<string, RelationRows>>();
  const rowsOf = (type: RelationType, rid: string, sourceId: string, targetId: string) => {
    const relations = perType.get(type) ?? new Map<string, RelationRows>();
    perType.set(type, relations);
    const rows = relations.get(rid) ?? { relationId: rid, sourceId, targetId, added: [], removed: [] };
    relations.set(rid, rows);
    return rows;
  };
  const evidence: { articleId: string; props: Record<string, unknown> }[] = [];
  const events: { articleId: string; props: Record<string, unknown> }[] = [];
  const mentions: { articleId: string; entityId: string; offsets: number[] }[] = [];
  const deleteEvidence: { articleId: string; ids: string[] }[] = [];
  const deleteEvents: { articleId: string; ids: string[] }[] = [];
  const deleteMentions: { articleId: string; entityIds: string[] }[] = [];

  for (const { article, entities, relations, events: articleEvents = [] } of extractions) {
    const id = articleId(article);
    const before = oldById.get(id);
    // Evidence, grouped by id (one sentence may state a relation twice): keep a group that is
    // identical, delete what is gone or changed, create what is new or changed.
    const group = (items: Record<string, unknown>[]) => {
      const byId = new Map<string, Record<string, unknown>[]>();
      for (const props of items) byId.set(props.id as string, [...(byId.get(props.id as string) ?? []), props]);
      return byId;
    };
    const groupSignature = (items: Record<string, unknown>[] | undefined) => JSON.stringify((items ?? []).map(signature).sort());
    const oldEvidence = group(before?.evidence ?? []);
    const newEvidence = group(relations.map((r) => evidenceProps(id, article, r)));
    for (const [eid, items] of newEvidence) if (groupSignature(items) !== groupSignature(oldEvidence.get(eid))) evidence.push(...items.map((props) => ({ articleId: id, props })));
    const goneEvidence = [...oldEvidence.keys()].filter((eid) => groupSignature(oldEvidence.get(eid)) !== groupSignature(newEvidence.get(eid)));
    if (goneEvidence.length > 0) deleteEvidence.push({ articleId: id, ids: goneEvidence });
    // Events: the same.
    const oldEvents = group(before?.events ?? []);
    const newEvents = group(articleEvents.map((e) => eventProps(id, article, e)));
    for (const [eid, items] of newEvents) if (groupSignature(items) !== groupSignature(oldEvents.get(eid))) events.push(...items.map((props) => ({ articleId: id, props })));
    const goneEvents = [...oldEvents.keys()].filter((eid) => groupSignature(oldEvents.get(eid)) !== groupSignature(newEvents.get(eid)));
    if (goneEvents.length > 0) deleteEvents.push({ articleId: id, ids: goneEvents });
    // Mentions: the same, per entity.
    const oldMentions = new Map((before?.mentions ?? []).map((m) => [m.entityId, JSON.stringify(m.offsets)]));
    const newMentions = new Map(entities.filter((e) => e.mentions.length > 0).map((e) => [e.id, e.mentions.flatMap((m) => [m.start, m.end])]));
    for (const [entityId, offsets] of newMentions) if (oldMentions.get(entityId) !== JSON.stringify(offsets)) mentions.push({ articleId: id, entityId, offsets });
    const goneMentions = [...oldMentions.keys()].filter((eid) => oldMentions.get(eid) !== JSON.stringify(newMentions.get(eid) ?? null));
    if (goneMentions.length > 0) deleteMentions.push({ articleId: id, entityIds: goneMentions });
    for (const eid of goneMentions) candidates.add(eid);
    // Relations: the article's support now against before; unchanged support changes nothing.
    const byRelation = new Map<string, Extraction['relations']>();
    for (const r of relations) {
      const rid = relationId(r.sourceId, r.type, r.targetId);
      byRelation.set(rid, [...(byRelation.get(rid) ?? []), r]);
    }
    const previous = before ? oldSupports(before) : new Map();
    for (const [rid, rs] of byRelation) {
      const first = rs[0] as Extraction['relations'][number];
      const [sourceId, targetId] = orient(first.type, first.sourceId, first.targetId);
      const support = supportOf(article, rs);
      const was = previous.get(rid);
      if (was && supportSignature(was.support) === supportSignature(support)) continue;
      const rows = rowsOf(first.type, rid, sourceId, targetId);
      rows.added.push(support);
      if (was) rows.removed.push(was.support);
    }
    for (const [rid, was] of previous) {
      if (byRelation.has(rid)) continue;
      rowsOf(was.type, rid, was.sourceId, was.targetId).removed.push(was.support);
      candidates.add(was.sourceId).add(was.targetId);
    }
  }
  // Articles removed outright: all their support goes, and their evidence, mentions and node.
  const removedArticles = old.filter((o) => !written.has(o.articleId));
  for (const o of removedArticles) {
    for (const [rid, was] of oldSupports(o)) {
      rowsOf(was.type, rid, was.sourceId, was.targetId).removed.push(was.support);
      candidates.add(was.sourceId).add(was.targetId);
    }
    for (const m of o.mentions) candidates.add(m.entityId);
  }

  const statements: Statement[] = [];
  if (deleteEvidence.length > 0) {
    statements.push({
      cypher: `UNWIND $rows AS row
               MATCH (v:Evidence {articleId: row.articleId}) WHERE v.id IN row.ids
               DETACH DELETE v`,
      params: { rows: deleteEvidence },
    });
  }
  if (deleteEvents.length > 0) {
    statements.push({
      cypher: `UNWIND $rows AS row
               MATCH (e:Event {articleId: row.articleId}) WHERE e.id IN row.ids
               DETACH DELETE e`,
      params: { rows: deleteEvents },
    });
  }
  if (deleteMentions.length > 0) {
    statements.push({
      cypher: `UNWIND $rows AS row
               MATCH (a:Article {id: row.articleId})-[m:MENTIONS]->(e:Entity) WHERE e.id IN row.entityIds
               DELETE m`,
      params: { rows: deleteMentions },
    });
  }
  if (removedArticles.length > 0) {
    statements.push({
      cypher: `UNWIND $ids AS id
               MATCH (a:Article {id: id})
               CALL (a) { MATCH (v:Evidence {articleId: a.id}) DETACH DELETE v }
               CALL (a) { MATCH (e:Event {articleId: a.id}) DETACH DELETE e }
               DETACH DELETE a`,
      params: { ids: removedArticles.map((o) => o.articleId) },
    });
  }
  if (extractions.length > 0) statements.push(articlesStatement(extractions, ingestedAt), ...entityStatements(extractions));
  if (mentions.length > 0) {
    statements.push({
      cypher: `UNWIND $rows AS row
               MATCH (a:Article {id: row.articleId}), (e:Entity {id: row.entityId})
               CREATE (a)-[:MENTIONS {offsets: row.offsets, count: size(row.offsets) / 2}]->(e)`,
      params: { rows: mentions },
    });
  }
  // Evidence before relations: a relation whose first or last date left with an old version reads them again from it.
  if (evidence.length > 0) {
    statements.push({
      cypher: `UNWIND $rows AS row
               MATCH (a:Article {id: row.articleId})
               CREATE (v:Evidence)-[:FROM]->(a)
               SET v = row.props`,
      params: { rows: evidence },
    });
  }
  if (events.length > 0) {
    statements.push({
      cypher: `UNWIND $rows AS row
               MATCH (a:Article {id: row.articleId})
               CREATE (e:Event)-[:FROM]->(a)
               SET e = row.props`,
      params: { rows: events },
    });
  }
  for (const [type, relations] of perType) statements.push(relationStatement(type, [...relations.values()]));
  const people = [...new Set(extractions.flatMap((e) => e.entities.filter((x) => x.type === 'Person').map((x) => x.id)))];
  if (people.length > 0) statements.push(mergeCandidateStatement(people));
  return { statements, orphanCandidates: [...candidates] };
}

/** The statements that load new articles into the graph (planBatch without old versions). */
export function loadBatchStatements(extractions: Extraction[], ingestedAt: string): Statement[] {
  return planBatch(extractions, ingestedAt).statements;
}

function articlesStatement(extractions: Extraction[], ingestedAt: string): Statement {
  return {
    cypher: `UNWIND $articles AS row
             MERGE (a:Article {id: row.id})
             SET a.hash = row.hash, a.title = row.title, a.url = row.url, a.source = row.source, a.outletCountry = row.outletCountry,
                 a.published = row.published, a.text = row.text, a.ingestedAt = $ingestedAt`,
    params: {
      ingestedAt,
      articles: extractions.map(({ article }) => ({
        id: articleId(article),
        hash: articleHash(article),
        title: article.title,
        url: article.url ?? null,
        source: article.source ?? null,
        outletCountry: outletCountry(article) ?? null,
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
            latitude: e.latitude ?? null,
            longitude: e.longitude ?? null,
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
                   e.iso3 = coalesce(row.iso3, e.iso3), e.country = coalesce(row.country, e.country), e.surname = row.surname,
                   e.latitude = coalesce(row.latitude, e.latitude), e.longitude = coalesce(row.longitude, e.longitude)
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
      firstEvent: delta.firstEvent,
      lastEvent: delta.lastEvent,
      removedFirstEvent: delta.removedFirstEvent,
      removedLastEvent: delta.removedLastEvent,
      tally: delta.tally.keys,
      tallyArticles: delta.tally.counts,
      timeline: delta.timeline.keys,
      timelineCounts: delta.timeline.counts,
    };
  });
  return {
    cypher: `UNWIND $rows AS row
             MATCH (s:Entity {id: row.sourceId}), (t:Entity {id: row.targetId})
             MERGE (s)-[r:${relationshipType(type)} {id: row.relationId}]->(t)
             ON CREATE SET r.class = $class, r.cameo = $cameo, r.symmetric = $symmetric, r.articleCount = 0, r.logMiss = 0.0, r.tally = [], r.tallyArticles = [],
                           r.timeline = [], r.timelineCounts = []
             SET r.articleCount = r.articleCount + row.articles,
                 r.logMiss = round(r.logMiss + row.logMiss, 6),
                 r.firstSeen = CASE WHEN row.first IS NOT NULL AND (r.firstSeen IS NULL OR row.first < r.firstSeen) THEN row.first ELSE r.firstSeen END,
                 r.lastSeen = CASE WHEN row.last IS NOT NULL AND (r.lastSeen IS NULL OR row.last > r.lastSeen) THEN row.last ELSE r.lastSeen END,
                 r.firstEvent = CASE WHEN row.firstEvent IS NOT NULL AND (r.firstEvent IS NULL OR row.firstEvent < r.firstEvent) THEN row.firstEvent ELSE r.firstEvent END,
                 r.lastEvent = CASE WHEN row.lastEvent IS NOT NULL AND (r.lastEvent IS NULL OR row.lastEvent > r.lastEvent) THEN row.lastEvent ELSE r.lastEvent END
             WITH r, row, ${addToTally('row.tally', 'row.tallyArticles')} AS tally, ${addToTally('row.timeline', 'row.timelineCounts', TIMELINE_TARGET)} AS timeline
             SET r.tally = ${positiveKeys('tally')}, r.tallyArticles = ${positiveCounts('tally')},
                 r.timeline = ${positiveKeys('timeline')}, r.timelineCounts = ${positiveCounts('timeline')}
             SET ${SET_TALLY_LISTS}
             SET ${SET_CLAIM_FIGURES}
             WITH r, row
             CALL (r, row) {
               WITH r WHERE r.articleCount > 0
                 AND ((row.removedFirst IS NOT NULL AND (r.firstSeen IS NULL OR row.removedFirst <= r.firstSeen))
                   OR (row.removedLast IS NOT NULL AND (r.lastSeen IS NULL OR row.removedLast >= r.lastSeen)))
               // Ordered by both index keys, so Neo4j reads one index entry instead of sorting the relation's evidence.
               CALL (r) { MATCH (v:Evidence) WHERE v.relationId = r.id AND v.date IS NOT NULL WITH v ORDER BY v.relationId, v.date LIMIT 1 RETURN collect(v.date) AS first }
               CALL (r) { MATCH (v:Evidence) WHERE v.relationId = r.id AND v.date IS NOT NULL WITH v ORDER BY v.relationId DESC, v.date DESC LIMIT 1 RETURN collect(v.date) AS last }
               SET r.firstSeen = first[0], r.lastSeen = last[0]
             }
             CALL (r, row) {
               WITH r WHERE r.articleCount > 0
                 AND ((row.removedFirstEvent IS NOT NULL AND (r.firstEvent IS NULL OR row.removedFirstEvent <= r.firstEvent))
                   OR (row.removedLastEvent IS NOT NULL AND (r.lastEvent IS NULL OR row.removedLastEvent >= r.lastEvent)))
               CALL (r) { MATCH (v:Evidence) WHERE v.relationId = r.id AND v.eventDate IS NOT NULL WITH v ORDER BY v.relationId, v.eventDate LIMIT 1 RETURN collect(v.eventDate) AS first }
               CALL (r) { MATCH (v:Evidence) WHERE v.relationId = r.id AND v.eventDate IS NOT NULL WITH v ORDER BY v.relationId DESC, v.eventDate DESC LIMIT 1 RETURN collect(v.eventDate) AS last }
               SET r.firstEvent = first[0], r.lastEvent = last[0]
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
                  collect(v.instrument) AS instruments, collect(v.role) AS roles, collect(coalesce(v.status, 'asserted')) AS statuses, collect(v.eventDate) AS eventDates
             RETURN rid AS relationId, collect({best: best, date: a.published, outlet: a.source, outletCountry: a.outletCountry, statuses: statuses,
                    eventDates: eventDates, commodities: commodities, domains: domains, instruments: instruments, roles: roles}) AS articles`,
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
        firstEvent: row.firstEvent,
        lastEvent: row.lastEvent,
        tally: row.tally.keys,
        tallyArticles: row.tally.counts,
        timeline: row.timeline.keys,
        timelineCounts: row.timeline.counts,
      },
    ]);
  }
  return [...byType].map(([type, typeRows]) => ({
    cypher: `UNWIND $rows AS row
             MATCH ()-[r:${relationshipType(type)} {id: row.relationId}]->()
             SET r.articleCount = row.articleCount, r.logMiss = row.logMiss, r.firstSeen = row.firstSeen,
                 r.lastSeen = row.lastSeen, r.tally = row.tally, r.tallyArticles = row.tallyArticles,
                 r.firstEvent = row.firstEvent, r.lastEvent = row.lastEvent, r.timeline = row.timeline, r.timelineCounts = row.timelineCounts
             SET ${SET_TALLY_LISTS}
             SET ${SET_CLAIM_FIGURES}
             WITH r WHERE r.articleCount = 0
             DELETE r`,
    params: { rows: typeRows },
  }));
}
