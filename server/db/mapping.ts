/**
 * Conversions at the db edge: vocabulary class names ↔ GraphQL enum values, the relationship
 * type patterns written into Cypher (only from the vocabulary), filters → WHERE fragments with
 * parameters (pure), and the search text → Lucene query.
 */
import { RELATION_TYPE_NAMES, RELATION_TYPES, type RelationClass, type RelationType } from '../../seed/vocabulary.ts';
import { badInput } from '../errors.ts';
import { endOfDay, evidenceTimeConditions, timeScopeOf, windowBounds, type DateBasis, type TimeScope } from './dates.ts';

export type GqlRelationClass = 'VERBAL_COOPERATION' | 'MATERIAL_COOPERATION' | 'VERBAL_CONFLICT' | 'MATERIAL_CONFLICT' | 'STRUCTURAL';
export type Direction = 'OUT' | 'IN' | 'BOTH';
export type OrderDirection = 'ASC' | 'DESC';

export const toGqlClass = (c: RelationClass | string): GqlRelationClass => c.toUpperCase().replace(/-/g, '_') as GqlRelationClass;
export const fromGqlClass = (c: GqlRelationClass): RelationClass => c.toLowerCase().replace(/_/g, '-') as RelationClass;

export interface PairFilter {
  a: string;
  b: string;
  direction?: Direction | null;
}

export interface RelationFilter {
  types?: RelationType[] | null;
  classes?: GqlRelationClass[] | null;
  entityIds?: string[] | null;
  pair?: PairFilter | null;
  since?: string | null;
  until?: string | null;
  from?: string | null;
  to?: string | null;
  minArticles?: number | null;
  source?: string | null;
  entityTypes?: string[] | null;
  statuses?: GqlClaimStatus[] | null;
  assertedOnly?: boolean | null;
  excludeHedgedOnly?: boolean | null;
  minOutlets?: number | null;
  minOutletCountries?: number | null;
  disputed?: boolean | null;
  by?: DateBasis | null;
  asOf?: string | null;
}

export type GqlClaimStatus = 'ASSERTED' | 'ATTRIBUTED' | 'HEDGED' | 'PROPOSED' | 'DENIED';

/** The stored claim status (seed/extract/claims.ts) of a GraphQL enum value, switched over exhaustively. */
export function fromGqlClaimStatus(status: GqlClaimStatus): string {
  switch (status) {
    case 'ASSERTED':
      return 'asserted';
    case 'ATTRIBUTED':
      return 'attributed';
    case 'HEDGED':
      return 'hedged';
    case 'PROPOSED':
      return 'proposed';
    case 'DENIED':
      return 'denied';
    default:
      throw badInput(`Unknown claim status ${String(status satisfies never)}`);
  }
}

/**
 * WHERE conditions over relation `r` for the claim filters (statuses, asserted only, hedged
 * only left out, minimum outlets and outlet countries, disputed). Without a date window they read
 * the figures the loader stores on the relation (all dates: no evidence read); with one, they
 * read the evidence of articles published inside the window, so that "asserted by two outlets in
 * 2023" means what it says.
 */
export function claimConditions(filter: RelationFilter | null | undefined, params: Record<string, unknown>, r = 'r'): string[] {
  if (!filter) return [];
  const time = relationTime(filter);
  return time ? windowedClaimConditions(filter, time, params, r) : storedClaimConditions(filter, params, r);
}

/** The claim filter's minimums, checked: [name, value, parameter] for those above 0. */
function claimMinimums(filter: RelationFilter): ['minOutlets' | 'minOutletCountries', number][] {
  const minimums: ['minOutlets' | 'minOutletCountries', number][] = [];
  for (const name of ['minOutlets', 'minOutletCountries'] as const) {
    const value = filter[name];
    if (value == null) continue;
    if (!Number.isInteger(value) || value < 0) throw badInput(`"filter.${name}" must be a whole number, 0 or more`);
    if (value > 0) minimums.push([name, value]);
  }
  return minimums;
}

function claimStatusesParam(filter: RelationFilter, params: Record<string, unknown>): boolean {
  if (!filter.statuses) return false;
  if (filter.statuses.length === 0) throw badInput('"filter.statuses" needs at least one status (or leave it out)');
  params.claimStatuses = [...new Set(filter.statuses.map(fromGqlClaimStatus))];
  return true;
}

function storedClaimConditions(filter: RelationFilter, params: Record<string, unknown>, r: string): string[] {
  const conditions: string[] = [];
  if (claimStatusesParam(filter, params)) conditions.push(`any(s IN coalesce(${r}.statuses, []) WHERE s IN $claimStatuses)`);
  if (filter.assertedOnly) conditions.push(`'asserted' IN coalesce(${r}.statuses, [])`);
  if (filter.excludeHedgedOnly) conditions.push(`any(s IN coalesce(${r}.statuses, []) WHERE s <> 'hedged')`);
  const stored = { minOutlets: `coalesce(${r}.outletCount, 0)`, minOutletCountries: `size(coalesce(${r}.outletCountries, []))` };
  for (const [name, value] of claimMinimums(filter)) {
    conditions.push(`${stored[name]} >= $${name}`);
    params[name] = value;
  }
  if (filter.disputed != null) {
    conditions.push(`coalesce(${r}.disputed, false) = $disputed`);
    params.disputed = filter.disputed;
  }
  return conditions;
}

/** The claim conditions over the evidence inside the window (the same meaning as the stored figures, for that period). */
function windowedClaimConditions(filter: RelationFilter, time: TimeScope, params: Record<string, unknown>, r: string): string[] {
  const inWindow = evidenceTimeConditions(time, 'cv', params, 'claimWindow').join(' AND ');
  const evidence = `MATCH (cv:Evidence {relationId: ${r}.id})-[:FROM]->(ca:Article) WHERE ${inWindow}`;
  const status = "coalesce(cv.status, 'asserted')";
  const some = (condition: string) => `EXISTS { ${evidence} AND ${condition} }`;
  const conditions: string[] = [];
  if (claimStatusesParam(filter, params)) conditions.push(some(`${status} IN $claimStatuses`));
  if (filter.assertedOnly) conditions.push(some(`${status} = 'asserted'`));
  if (filter.excludeHedgedOnly) conditions.push(some(`${status} <> 'hedged'`));
  const distinct = { minOutlets: 'ca.source', minOutletCountries: 'ca.outletCountry' };
  for (const [name, value] of claimMinimums(filter)) {
    conditions.push(`COUNT { ${evidence} AND ${distinct[name]} IS NOT NULL RETURN DISTINCT ${distinct[name]} } >= $${name}`);
    params[name] = value;
  }
  if (filter.disputed != null) {
    conditions.push(`(${some(`${status} = 'denied'`)} AND ${some(`${status} IN ['asserted', 'attributed']`)}) = $disputed`);
    params.disputed = filter.disputed;
  }
  return conditions;
}

/** Relation types a filter allows (types ∩ classes), always a subset of the vocabulary. */
export function allowedTypes(filter: RelationFilter | null | undefined): RelationType[] {
  let types = RELATION_TYPE_NAMES;
  if (filter?.types?.length) types = types.filter((t) => filter.types!.includes(t));
  if (filter?.classes?.length) {
    const classes = filter.classes.map(fromGqlClass);
    types = types.filter((t) => classes.includes(RELATION_TYPES[t].class));
  }
  return types;
}

/**
 * A relationship type pattern (":A|B|C") for the types: written into Cypher so that Neo4j
 * expands only relations, never the thousands of MENTIONS an entity has. Types come only from
 * the vocabulary (they cannot be parameters). Callers handle the empty list.
 */
export function typePattern(types: readonly RelationType[]): string {
  for (const t of types) if (!Object.hasOwn(RELATION_TYPES, t)) throw new Error(`Not a relation type of the vocabulary: ${t}`);
  return `:${types.join('|')}`;
}

/** Every relation type: degrees count these (and no MENTIONS or MERGE_CANDIDATE). */
export const ALL_RELATIONS = typePattern(RELATION_TYPE_NAMES);

/** Cypher: number of distinct relations of entity `e`, from Neo4j's degree store (no expansion). */
export const degreeOf = (e: string) => `COUNT { (${e})-[${ALL_RELATIONS}]-() }`;

/**
 * Cypher conditions keeping relation `r` between `from` and `to` that runs in `direction`
 * (OUT: from → to, IN: to → from); symmetric relations have no direction and always match.
 */
export function directionConditions(direction: Direction | null | undefined, from: string, to: string): string[] {
  if (direction === 'OUT') return [`(startNode(r) = ${from} OR r.symmetric)`];
  if (direction === 'IN') return [`(startNode(r) = ${to} OR r.symmetric)`];
  return [];
}

/** The time scope of a relation filter (since/until by publication or event time, asOf), strictly checked, or null. */
export function relationTime(filter: RelationFilter | null | undefined): TimeScope | null {
  return timeScopeOf(filter, 'filter.');
}

/**
 * WHERE conditions over relationship `r` (neighborhood, paths): outlet, minimum articles and,
 * for a date window, "has evidence in the window" (a cheap span test first, then the evidence
 * itself); with a window, the minimum counts the window's articles only. Known on a day (asOf
 * alone) is read from the relation's own properties: its first date and stored timeline.
 */
export function relationConditions(filter: RelationFilter | null | undefined, params: Record<string, unknown>, r = 'r'): string[] {
  const conditions = claimConditions(filter, params, r);
  const minArticles = filter?.minArticles ?? 0;
  if (minArticles < 0) throw badInput('"filter.minArticles" cannot be negative');
  params.minArticles = minArticles;
  const time = relationTime(filter);
  if (filter?.source) {
    const inTime = evidenceTimeConditions(time, 'sv', params, 'sourceWindow');
    conditions.push(`EXISTS { MATCH (sv:Evidence {relationId: ${r}.id})-[:FROM]->(:Article {source: $source})${inTime.length ? ` WHERE ${inTime.join(' AND ')}` : ''} }`);
    params.source = filter.source;
  }
  if (!time) {
    if (minArticles > 0) conditions.push(`${r}.articleCount >= $minArticles`);
    return conditions;
  }
  conditions.push(...spanOverlaps(time, r, params));
  if (!time.window) {
    if (minArticles > 1) conditions.push(`${knownArticles(r)} >= $minArticles`);
    return conditions;
  }
  const evidence = `MATCH (wv:Evidence {relationId: ${r}.id})-[:FROM]->(wa:Article) WHERE ${evidenceTimeConditions(time, 'wv', params).join(' AND ')}`;
  conditions.push(minArticles > 1 ? `COUNT { ${evidence} RETURN DISTINCT wa } >= $minArticles` : `EXISTS { ${evidence} }`);
  return conditions;
}

/**
 * Cypher: relation `r` as known on the day held in $asOfKey (its end), from its stored timeline
 * (seed/load/aggregates.ts): [articles, sentences, miss terms in millionths, last day] of the
 * publication days up to it. No evidence is read. Each list is read once (bound as `l`): a property
 * read inside the reduce is a store access per step, which made this most of an asOf query's work.
 */
export const knownOn = (r: string) => `[l IN [[coalesce(${r}.timeline, []), ${r}.timelineCounts]] | reduce(acc = [0, 0, 0, null], i IN range(0, size(l[0]) - 1) |
    CASE WHEN l[0][i] > $asOfKey THEN acc
      WHEN l[0][i] ENDS WITH '|a' THEN [acc[0] + l[1][i], acc[1], acc[2], substring(l[0][i], 0, 10)]
      WHEN l[0][i] ENDS WITH '|e' THEN [acc[0], acc[1] + l[1][i], acc[2], acc[3]]
      ELSE [acc[0], acc[1], acc[2] + l[1][i], acc[3]] END)][0]`;

/** Cypher: the articles that state relation `r` as known on the day held in $asOfKey. */
export const knownArticles = (r: string) => `${knownOn(r)}[0]`;

/**
 * Necessary conditions from the relation's properties only: its first–last publication (or event)
 * span overlaps the window, and known on a day means published by then.
 */
export function spanOverlaps(time: TimeScope, r: string, params: Record<string, unknown>): string[] {
  const conditions: string[] = [];
  if (time.window) {
    const bounds = windowBounds(time.window);
    const [first, last] = time.by === 'EVENT' ? [`${r}.firstEvent`, `${r}.lastEvent`] : [`${r}.firstSeen`, `${r}.lastSeen`];
    if (bounds.from !== null) {
      // A last event known to the year ("2016") still overlaps a window from 2016-03.
      conditions.push(time.by === 'EVENT' ? `(${last} >= $spanFrom OR $spanFrom STARTS WITH ${last})` : `${last} >= $spanFrom`);
      params.spanFrom = bounds.from;
    }
    if (bounds.to !== null) {
      conditions.push(`${first} <= $spanTo`);
      params.spanTo = bounds.to;
    }
  }
  if (time.asOf) {
    conditions.push(`${r}.firstSeen <= $asOfKey`);
    params.asOfKey = endOfDay(time.asOf);
  }
  return conditions;
}

/** Refuses filter parts that do not apply where the filter is used, rather than ignoring them. */
export function refuseFilterParts(filter: RelationFilter | null | undefined, parts: (keyof RelationFilter)[], where: string): void {
  for (const part of parts) {
    const value = filter?.[part];
    if (value != null && !(Array.isArray(value) && value.length === 0)) throw badInput(`"filter.${part}" does not apply to ${where}`);
  }
}

export const MAX_SEARCH_TEXT = 200;

/** Lucene query for search-as-you-type: each word as a prefix, and fuzzy when long enough. */
export function searchQuery(text: string): string {
  const words = text
    .normalize('NFKC')
    .replace(/[’‘`´]/g, "'")
    .toLowerCase()
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean)
    .map((w) => w.replace(/[+\-&|!(){}[\]^"~*?:\\/']/g, (c) => (c === "'" ? '' : `\\${c}`)))
    .filter(Boolean);
  return words.map((w) => (w.length >= 4 ? `(${w}* OR ${w}~1)` : `${w}*`)).join(' AND ');
}

/**
 * The Lucene query of a text filter, with the same rules as search: too long or with nothing
 * to search for (only punctuation, emoji, control characters) is BAD_USER_INPUT, never a
 * filter silently dropped.
 */
export function textFilterQuery(text: string, name: string): string {
  if (text.length > MAX_SEARCH_TEXT) throw badInput(`"${name}" is at most ${MAX_SEARCH_TEXT} characters`);
  const query = searchQuery(text);
  if (!query) throw badInput(`"${name}" has no letters or digits to search for: "${text.slice(0, 40)}"`);
  return query;
}
