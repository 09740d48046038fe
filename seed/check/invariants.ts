/**
 * The graph's invariants, each a named read-only query that returns its violations (or, for a
 * relation's identity and aggregates, a pure comparison with what its evidence gives). Pure: the
 * queries are data; seed/check/check.ts runs them.
 */
import { aggregate, CLAIM_STATUS_NAMES, isDisputed, scoreOf, tallyLists, TALLY_LIST_NAMES, type ArticleSupport } from '../load/aggregates.ts';
import { relationId } from '../load/plan.ts';
import { ENTITY_TYPES, isRelationType, RELATION_TYPES } from '../vocabulary.ts';

export interface Invariant {
  name: string;
  /** What must hold, in one sentence. */
  rule: string;
  /** Returns rows {subject, detail}, one per violation. */
  cypher?: string;
  params?: Record<string, unknown>;
}

/** Invariants checked by a query each. */
export const QUERY_INVARIANTS: Invariant[] = [
  {
    name: 'evidence-has-relation',
    rule: 'every evidence sentence belongs to an existing relation between its source and target',
    cypher: `MATCH (v:Evidence)
             WHERE NOT EXISTS { MATCH (s:Entity {id: v.sourceId})-[r]->(t:Entity {id: v.targetId}) WHERE r.id = v.relationId }
             RETURN v.id AS subject, 'no relation ' + coalesce(v.relationId, '(no id)') + ' from ' + coalesce(v.sourceId, '?') + ' to ' + coalesce(v.targetId, '?') AS detail`,
  },
  {
    name: 'evidence-has-article',
    rule: 'every evidence sentence comes FROM exactly one article, the one its articleId names',
    cypher: `MATCH (v:Evidence)
             WITH v, [(v)-[:FROM]->(a:Article) | a.id] AS articles
             WHERE size(articles) <> 1 OR articles[0] <> v.articleId
             RETURN v.id AS subject, 'FROM ' + toString(size(articles)) + ' articles ' + reduce(s = '', x IN articles | s + ' ' + x) + ', articleId ' + coalesce(v.articleId, '(none)') AS detail`,
  },
  {
    name: 'relation-has-evidence',
    rule: 'every relation has at least one evidence sentence',
    cypher: `MATCH (s:Entity)-[r]->(t:Entity) WHERE r.id IS NOT NULL AND NOT EXISTS { MATCH (v:Evidence {relationId: r.id}) }
             RETURN r.id AS subject, type(r) + ' ' + s.id + ' -> ' + t.id + ' has no evidence' AS detail`,
  },
  {
    name: 'entity-supported',
    rule: 'every entity is mentioned by an article or is the end of a relation',
    cypher: `MATCH (e:Entity)
             WHERE NOT (e)<-[:MENTIONS]-(:Article) AND NOT EXISTS { (e)-[r]-(:Entity) WHERE r.id IS NOT NULL }
             RETURN e.id AS subject, e.name + ' is neither mentioned nor related' AS detail`,
  },
  {
    name: 'entity-type',
    rule: "every entity's type is of the vocabulary and is also its label",
    cypher: `MATCH (e:Entity) WHERE NOT e.type IN $types OR NOT e.type IN labels(e)
             RETURN e.id AS subject, 'type ' + coalesce(e.type, '(none)') + ', labels ' + reduce(s = '', l IN labels(e) | s + ':' + l) AS detail`,
    params: { types: [...ENTITY_TYPES] },
  },
  {
    name: 'event-has-article',
    rule: 'every event (lifecycle, ceasefire, peace) comes FROM exactly one article, the one its articleId names',
    cypher: `MATCH (e:Event)
             WITH e, [(e)-[:FROM]->(a:Article) | a.id] AS articles
             WHERE size(articles) <> 1 OR articles[0] <> e.articleId
             RETURN e.id AS subject, 'FROM ' + toString(size(articles)) + ' articles, articleId ' + coalesce(e.articleId, '(none)') AS detail`,
  },
  {
    name: 'event-entities',
    rule: "every event's instrument and actors are entities, and a ceasefire's or a peace's pair is its two parties in id order",
    cypher: `MATCH (e:Event)
             WITH e, [id IN coalesce(e.actorIds, []) + CASE WHEN e.instrumentId IS NULL THEN [] ELSE [e.instrumentId] END WHERE NOT EXISTS { MATCH (:Entity {id: id}) }] AS missing
             WHERE size(missing) > 0 OR (e.pair IS NOT NULL AND (size(e.actorIds) <> 2 OR e.actorIds[0] >= e.actorIds[1] OR e.pair <> e.actorIds[0] + '|' + e.actorIds[1]))
             RETURN e.id AS subject, CASE WHEN size(missing) > 0 THEN 'no entity ' + reduce(s = '', id IN missing | s + ' ' + id) ELSE 'pair ' + e.pair + ' is not its parties in order' END AS detail`,
  },
  {
    name: 'redirect-source-absent',
    rule: 'no entity has the id of an entity merged into another (a redirect source)',
    cypher: `MATCH (r:Redirect) MATCH (e:Entity {id: r.from})
             RETURN r.from AS subject, 'merged into ' + r.to + ' but exists as an entity again' AS detail`,
  },
];

/**
 * An article with its evidence sentences and mentions, as the check reads it. Offsets are
 * compared in TypeScript because they are UTF-16 positions (JavaScript strings, the API, the
 * web app), while Cypher's size() and substring() count code points: any character outside the
 * Basic Multilingual Plane (an emoji) before a sentence would shift them.
 */
export interface ArticleRow {
  id: string;
  text: string;
  published: string | null;
  evidence: { id: string; start: number; end: number; sentence: string; date: string | null }[];
  events: { id: string; start: number; end: number; sentence: string; date: string | null }[];
  mentions: { entityId: string; offsets: number[]; count: number | null }[];
}

/** Every article with its evidence and mentions (streamed: one article at a time in memory). */
export const ARTICLE_ROWS_QUERY = `
  MATCH (a:Article)
  RETURN a.id AS id, a.text AS text, a.published AS published,
    COLLECT { MATCH (v:Evidence)-[:FROM]->(a) RETURN v { .id, .start, .end, .sentence, .date } } AS evidence,
    COLLECT { MATCH (e:Event)-[:FROM]->(a) RETURN e { .id, .start, .end, .sentence, .date } } AS events,
    COLLECT { MATCH (a)-[m:MENTIONS]->(e:Entity) RETURN {entityId: e.id, offsets: coalesce(m.offsets, []), count: m.count} } AS mentions`;

/** The offsets of an article's evidence and mentions against its text (UTF-16 positions): what is wrong, if anything. */
export function articleViolations(row: ArticleRow): { name: string; subject: string; detail: string }[] {
  const out: { name: string; subject: string; detail: string }[] = [];
  const length = row.text.length;
  for (const [name, sentences] of [['evidence-offsets', row.evidence], ['event-offsets', row.events ?? []]] as const) {
    for (const v of sentences) {
      const fits = v.start >= 0 && v.end <= length && v.start < v.end && row.text.slice(v.start, v.end) === v.sentence;
      if (!fits || (v.date ?? '') !== (row.published ?? '')) {
        out.push({ name, subject: v.id, detail: `offsets ${v.start}..${v.end} of a text of ${length} characters, date ${v.date ?? 'none'} for an article of ${row.published ?? 'no date'}` });
      }
    }
  }
  for (const m of row.mentions) {
    const o = m.offsets;
    const pairs = Array.from({ length: Math.floor(o.length / 2) }, (_, i) => [o[2 * i]!, o[2 * i + 1]!] as const);
    const isBad = o.length === 0 || o.length % 2 !== 0 || m.count !== o.length / 2 || pairs.some(([s, e]) => s < 0 || s >= e || e > length);
    if (isBad) out.push({ name: 'mention-offsets', subject: `${row.id} -> ${m.entityId}`, detail: `offsets [${o.join(', ')}] in a text of ${length} characters` });
  }
  return out;
}

/** Invariants checked in TypeScript over every article (reported under these names). */
export const ARTICLE_INVARIANTS: Invariant[] = [
  { name: 'evidence-offsets', rule: "every evidence sentence is the article text between its start and end offsets (UTF-16, as the API counts), and carries the article's date" },
  { name: 'event-offsets', rule: "every event's sentence is the article text between its offsets, and it carries the article's date" },
  { name: 'mention-offsets', rule: 'every mention has start/end pairs inside the article text, and its count is the number of pairs' },
];

/** A relation with what its evidence gives, as the check reads it. */
export interface RelationRow {
  type: string;
  sourceId: string;
  targetId: string;
  props: Record<string, unknown>;
  articles: ArticleSupport[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The relation's identity and aggregates against its evidence: a list of what differs (empty when it holds). */
export function relationViolations(row: RelationRow): { name: string; detail: string }[] {
  const out: { name: string; detail: string }[] = [];
  const p = row.props;
  if (!isRelationType(row.type)) return [{ name: 'relation-identity', detail: `type ${row.type} is not of the vocabulary` }];
  const info = RELATION_TYPES[row.type];
  const identity: string[] = [];
  if (p.id !== relationId(row.sourceId, row.type, row.targetId)) identity.push(`id is not the hash of (${row.sourceId}, ${row.type}, ${row.targetId})`);
  if (info.symmetric && row.sourceId > row.targetId) identity.push('symmetric relation not stored from the smaller id');
  if (!same(p.class, info.class) || !same(p.cameo, info.cameo) || !same(p.symmetric, info.symmetric)) identity.push('class, cameo or symmetric differ from the vocabulary');
  if (identity.length > 0) out.push({ name: 'relation-identity', detail: identity.join('; ') });

  if (row.articles.length === 0) return out; // relation-has-evidence reports it
  const want = aggregate(row.articles);
  const lists = tallyLists(want.tally.keys);
  const differs: string[] = [];
  const compare = (field: string, stored: unknown, expected: unknown) => {
    if (!same(stored, expected)) differs.push(`${field} ${JSON.stringify(stored)} instead of ${JSON.stringify(expected)}`);
  };
  compare('articleCount', p.articleCount, want.articleCount);
  if (typeof p.logMiss !== 'number' || Math.abs(p.logMiss - want.logMiss) > 1e-9) compare('logMiss', p.logMiss, want.logMiss);
  if (typeof p.logMiss === 'number') compare('score', p.score, scoreOf(p.logMiss, want.articleCount, want.tally.keys));
  compare('firstSeen', p.firstSeen, want.firstSeen);
  compare('lastSeen', p.lastSeen, want.lastSeen);
  compare('firstEvent', p.firstEvent, want.firstEvent);
  compare('lastEvent', p.lastEvent, want.lastEvent);
  compare('timeline', p.timeline, want.timeline.keys);
  compare('timelineCounts', p.timelineCounts, want.timeline.counts);
  compare('tally', p.tally, want.tally.keys);
  compare('tallyArticles', p.tallyArticles, want.tally.counts);
  for (const list of TALLY_LIST_NAMES) compare(list, p[list], lists[list]);
  compare('outletCount', p.outletCount, lists.outlets.length);
  for (const status of CLAIM_STATUS_NAMES) {
    compare(status, p[status], want.tally.counts[want.tally.keys.indexOf(`status:${status}`)] ?? 0);
  }
  compare('disputed', p.disputed, isDisputed(lists.statuses));
  if (differs.length > 0) out.push({ name: 'relation-aggregates', detail: differs.join('; ') });
  return out;
}

/** Invariants checked in TypeScript over every relation (reported under these names). */
export const RELATION_INVARIANTS: Invariant[] = [
  { name: 'relation-identity', rule: "every relation's id is the hash of its (source, type, target), symmetric ones stored once from the smaller id, class/cameo/symmetric as the vocabulary says" },
  {
    name: 'relation-aggregates',
    rule: "every relation's aggregates (article count, outlets, outlet countries, claim statuses and qualifiers with their tally, evidence per status, disputed, first and last publication date and event time, the timeline by publication day, score) equal what its evidence gives",
  },
];

/** Redirect chains that do not end (a cycle): each redirect source on one. Redirects are few: read them all. */
export function redirectCycles(redirects: { from: string; to: string }[]): string[] {
  const next = new Map(redirects.map((r) => [r.from, r.to]));
  return redirects
    .filter(({ from }) => {
      let at: string | undefined = next.get(from);
      for (let i = 0; i <= next.size && at !== undefined; i++) {
        if (at === from) return true;
        at = next.get(at);
      }
      return false;
    })
    .map((r) => r.from);
}

export const REDIRECT_INVARIANT: Invariant = { name: 'redirect-chain-ends', rule: 'following redirects from any merged id ends on an entity id (no cycle)' };

/** Every relation with its stored properties and, per supporting article, what its evidence gives (streamed). */
export const RELATION_ROWS_QUERY = `
  MATCH (s:Entity)-[r]->(t:Entity) WHERE r.id IS NOT NULL
  CALL (r) {
    OPTIONAL MATCH (v:Evidence {relationId: r.id})-[:FROM]->(a:Article)
    WITH a, max(v.confidence) AS best, collect(v.commodity) AS commodities, collect(v.domain) AS domains,
         collect(v.instrument) AS instruments, collect(v.role) AS roles, collect(coalesce(v.status, 'asserted')) AS statuses, collect(v.eventDate) AS eventDates
    WHERE a IS NOT NULL
    RETURN collect({best: best, date: a.published, outlet: a.source, outletCountry: a.outletCountry, statuses: statuses,
                    eventDates: eventDates, commodities: commodities, domains: domains, instruments: instruments, roles: roles}) AS articles
  }
  RETURN type(r) AS type, s.id AS sourceId, t.id AS targetId, properties(r) AS props, articles`;
