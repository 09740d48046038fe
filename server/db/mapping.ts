/**
 * Conversions at the db edge: vocabulary class names ↔ GraphQL enum values, filters → Cypher
 * WHERE fragments with parameters (pure), cursors.
 */
import { RELATION_TYPE_NAMES, RELATION_TYPES, type RelationClass, type RelationType } from '../../seed/vocabulary.ts';
import { badInput } from '../errors.ts';

export type GqlRelationClass = 'VERBAL_COOPERATION' | 'MATERIAL_COOPERATION' | 'VERBAL_CONFLICT' | 'MATERIAL_CONFLICT' | 'STRUCTURAL';

export const toGqlClass = (c: RelationClass | string): GqlRelationClass => c.toUpperCase().replace(/-/g, '_') as GqlRelationClass;
export const fromGqlClass = (c: GqlRelationClass): RelationClass => c.toLowerCase().replace(/_/g, '-') as RelationClass;

export interface RelationFilter {
  types?: RelationType[] | null;
  classes?: GqlRelationClass[] | null;
  entityIds?: string[] | null;
  from?: string | null;
  to?: string | null;
  minArticles?: number | null;
  source?: string | null;
  entityTypes?: string[] | null;
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

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

/** WHERE conditions over relationship `r` (and its end nodes `s`, `t`) for a filter. */
export function relationConditions(filter: RelationFilter | null | undefined, params: Record<string, unknown>, r = 'r'): string[] {
  const conditions = [`type(${r}) IN $types`];
  params.types = allowedTypes(filter);
  if (filter?.from) {
    if (!DATE.test(filter.from)) throw badInput(`"from" must be a date such as 2024-01-31, got "${filter.from}"`);
    conditions.push(`coalesce(${r}.lastSeen, '') >= $from`);
    params.from = filter.from;
  }
  if (filter?.to) {
    if (!DATE.test(filter.to)) throw badInput(`"to" must be a date such as 2024-12-31, got "${filter.to}"`);
    conditions.push(`coalesce(${r}.firstSeen, '9999') <= $to`);
    params.to = `${filter.to}\uffff`;
  }
  if (filter?.minArticles != null) {
    if (filter.minArticles < 0) throw badInput('"minArticles" cannot be negative');
    conditions.push(`${r}.articleCount >= $minArticles`);
    params.minArticles = filter.minArticles;
  }
  if (filter?.source) {
    conditions.push(`EXISTS { MATCH (:Evidence {relationId: ${r}.id})-[:FROM]->(:Article {source: $source}) }`);
    params.source = filter.source;
  }
  return conditions;
}

export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  const match = /^o:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw badInput('"after" is not a cursor this API gave out');
  return Number(match[1]);
}

export const MAX_PAGE = 500;

export function pageSize(first: number | null | undefined, fallback = 20): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 0) throw badInput('"first" must be a non-negative integer');
  if (n > MAX_PAGE) throw badInput(`"first" is at most ${MAX_PAGE}`);
  return n;
}

/** Lucene query for search-as-you-type: each word as a prefix, and fuzzy when long enough. */
export function searchQuery(text: string): string {
  const words = text
    .normalize('NFKC')
    .replace(/[’‘`´]/g, "'")
    .toLowerCase()
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean)
    .map((w) => w.replace(/[+\-&|!(){}[\]^"~*?:\\/']/g, (c) => (c === "'" ? '' : `\\${c}`)));
  return words.map((w) => (w.length >= 4 ? `(${w}* OR ${w}~1)` : `${w}*`)).join(' AND ');
}
