/**
 * What a bulk export is asked for, from URL parameters (GET /export/relations.csv?types=…) or the
 * same names as CLI flags (npm run export -- relations --types …): which table, which format, a
 * relation filter with the names and meaning of RelationFilter, and keyset paging (limit, after).
 * Every parameter is checked; a wrong one is refused naming it. Pure.
 */
import { ENTITY_TYPES, RELATION_TYPE_NAMES } from '../../seed/vocabulary.ts';
import { timeScopeOf, type DateBasis } from '../db/dates.ts';
import type { GqlClaimStatus, GqlRelationClass, RelationFilter } from '../db/mapping.ts';
import { badInput } from '../errors.ts';

export const EXPORT_KINDS = ['entities', 'relations', 'evidence'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
export const EXPORT_FORMATS = ['csv', 'jsonl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportRequest {
  kind: ExportKind;
  format: ExportFormat;
  filter: RelationFilter;
  /** Only entities of these types (entities export). */
  entityTypes: string[] | null;
  /** Rows at most (null: all). */
  limit: number | null;
  /** Continue after this row id (the last id of the previous page). */
  after: string | null;
}

const CLASSES: GqlRelationClass[] = ['VERBAL_COOPERATION', 'MATERIAL_COOPERATION', 'VERBAL_CONFLICT', 'MATERIAL_CONFLICT', 'STRUCTURAL'];
const STATUSES: GqlClaimStatus[] = ['ASSERTED', 'ATTRIBUTED', 'HEDGED', 'PROPOSED', 'DENIED'];

/** The parameters an export takes (documented in docs/API.md, "Bulk export"). */
export const EXPORT_PARAMETERS = [
  'types', 'classes', 'entityIds', 'since', 'until', 'by', 'asOf', 'minArticles', 'source', 'statuses', 'assertedOnly', 'excludeHedgedOnly', 'minOutlets', 'minOutletCountries', 'disputed',
  'entityTypes', 'limit', 'after',
] as const;

type Params = { get(name: string): string | null; keys(): Iterable<string> };

function list<T extends string>(params: Params, name: string, allowed?: readonly T[]): T[] | null {
  const raw = params.get(name);
  if (raw === null || raw.trim() === '') return null;
  const values = raw.split(',').map((v) => v.trim()).filter(Boolean);
  for (const v of values) if (allowed && !allowed.includes(v as T)) throw badInput(`"${name}": ${v} is not one of ${allowed.join(', ')}`);
  return values as T[];
}

function whole(params: Params, name: string, min: number): number | null {
  const raw = params.get(name);
  if (raw === null || raw === '') return null;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw badInput(`"${name}" must be a whole number, ${min} or more, got "${raw}"`);
  return n;
}

function flag(params: Params, name: string): boolean | null {
  const raw = params.get(name);
  if (raw === null || raw === '') return null;
  if (raw !== 'true' && raw !== 'false') throw badInput(`"${name}" must be true or false, got "${raw}"`);
  return raw === 'true';
}

/** An export request from its table, format and parameters; BAD_USER_INPUT naming what is wrong. */
export function parseExportRequest(kind: string, format: string, params: Params): ExportRequest {
  if (!EXPORT_KINDS.includes(kind as ExportKind)) throw badInput(`No export of "${kind}": exports are ${EXPORT_KINDS.join(', ')}`);
  if (!EXPORT_FORMATS.includes(format as ExportFormat)) throw badInput(`No export format "${format}": formats are ${EXPORT_FORMATS.join(', ')}`);
  for (const name of params.keys()) if (!(EXPORT_PARAMETERS as readonly string[]).includes(name)) throw badInput(`Unknown parameter "${name}": exports take ${EXPORT_PARAMETERS.join(', ')}`);
  const filter: RelationFilter = {
    types: list(params, 'types', RELATION_TYPE_NAMES),
    classes: list(params, 'classes', CLASSES),
    entityIds: list(params, 'entityIds'),
    since: params.get('since'),
    until: params.get('until'),
    by: list(params, 'by', ['PUBLISHED', 'EVENT'] as DateBasis[])?.[0] ?? null,
    asOf: params.get('asOf'),
    minArticles: whole(params, 'minArticles', 0),
    source: params.get('source') || null,
    statuses: list(params, 'statuses', STATUSES),
    assertedOnly: flag(params, 'assertedOnly'),
    excludeHedgedOnly: flag(params, 'excludeHedgedOnly'),
    minOutlets: whole(params, 'minOutlets', 0),
    minOutletCountries: whole(params, 'minOutletCountries', 0),
    disputed: flag(params, 'disputed'),
  };
  timeScopeOf(filter); // checks the dates now, naming them
  return {
    kind: kind as ExportKind,
    format: format as ExportFormat,
    filter,
    entityTypes: list(params, 'entityTypes', ENTITY_TYPES),
    limit: whole(params, 'limit', 1),
    after: params.get('after') || null,
  };
}

/** True when the request narrows the relations at all (otherwise an entities export lists every entity). */
export function hasRelationFilter(filter: RelationFilter): boolean {
  return Object.values(filter).some((v) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0));
}
