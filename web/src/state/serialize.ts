/**
 * One serialization of an investigation for saved views, exported files and browser history:
 * a versioned JSON document, checked field by field when read back (a file may come from
 * anywhere), so a bad one is refused with a message instead of half-opening.
 */
import { DEFAULT_FILTERS, DEFAULT_STYLING, DEFAULT_TIMELINE, emptyInvestigation, surviving } from './actions.ts';
import { MAX_NOTE } from './notes.ts';
import type { ClaimCounts, ColourBy, Display, EdgeData, Filters, GeoLocation, Group, GroupKind, Investigation, NodeData, Note, NoteTarget, Omission, Point, Selection, SizeBy, Styling, Timeline } from './types.ts';

export const FORMAT = 'entente-view';
/**
 * Version 2 added the timeline, groups, several selected entities, and the display, size and
 * colour of the styling; version 3 added notes (and, later, the timeline's `ended`, read as
 * 'show' when absent). An older document reads as one with those at their defaults.
 */
export const VERSION = 3;
const READABLE_VERSIONS = [1, 2, 3];

/** Entities and relations are written as rows (arrays), not objects: a 5,000-element view is about a third smaller. */
type NodeRow = [id: string, label: string, type: string, degree: number, country: string | null, location?: LocationRow | null];
/** Latitude, longitude and precision (appended in version 2: an older row ends before it). */
type LocationRow = [lat: number, lon: number, precision: GeoLocation['precision']];
type EdgeRow = [id: string, source: string, target: string, type: string, cls: string, symmetric: 0 | 1, articleCount: number, score: number, firstSeen: string | null, lastSeen: string | null, outlets: string[] | null, months: Record<string, number> | null,
  // Claims, appended (a row of an older view simply ends before them): counts per status in the
  // order asserted, attributed, hedged, proposed, denied; disputed; outlet countries.
  claims?: ClaimRow | null, disputed?: 0 | 1, outletCountries?: string[] | null];
type ClaimRow = [asserted: number, attributed: number, hedged: number, proposed: number, denied: number];
const CLAIM_KEYS = ['asserted', 'attributed', 'hedged', 'proposed', 'denied'] as const;

export interface ViewDocument {
  format: typeof FORMAT;
  version: typeof VERSION;
  name: string;
  investigation: Omit<Investigation, 'view' | 'modified' | 'nodes' | 'edges'> & { nodes: NodeRow[]; edges: EdgeRow[] };
}

export class ViewFormatError extends Error {}

export function toDocument(s: Investigation, name: string): ViewDocument {
  const { view: _view, modified: _modified, nodes, edges, ...rest } = s;
  return {
    format: FORMAT,
    version: VERSION,
    name,
    investigation: {
      ...rest,
      nodes: Object.values(nodes).map((n): NodeRow => (n.location ? [n.id, n.label, n.type, n.degree, n.country ?? null, [n.location.lat, n.location.lon, n.location.precision]] : [n.id, n.label, n.type, n.degree, n.country ?? null])),
      edges: Object.values(edges).map((e) => [e.id, e.source, e.target, e.type, e.class, e.symmetric ? 1 : 0, e.articleCount, e.score, e.firstSeen, e.lastSeen, e.outlets ?? null, e.months ?? null, ...claimCells(e)]),
    },
  };
}

/** The claim cells of an edge row, none for an edge without claims (a view made before them). */
function claimCells(e: EdgeData): [ClaimRow | null, 0 | 1, string[] | null] | [] {
  if (!e.claims) return [];
  return [CLAIM_KEYS.map((k) => e.claims![k]) as ClaimRow, e.disputed ? 1 : 0, e.outletCountries ?? null];
}

/** Rows back to the objects the readers below check (a row that is not an array is left for them to refuse). */
function unpackNodes(rows: unknown): unknown {
  if (!Array.isArray(rows)) return rows;
  return Object.fromEntries(rows.map((r, i) => (Array.isArray(r) ? [String(r[0]), { id: r[0], label: r[1], type: r[2], degree: r[3], country: r[4], ...(Array.isArray(r[5]) ? { location: { lat: r[5][0], lon: r[5][1], precision: r[5][2] } } : {}) }] : [String(i), r])));
}

function unpackEdges(rows: unknown): unknown {
  if (!Array.isArray(rows)) return rows;
  return Object.fromEntries(
    rows.map((r, i) =>
      Array.isArray(r)
        ? [String(r[0]), { id: r[0], source: r[1], target: r[2], type: r[3], class: r[4], symmetric: r[5] === 1, articleCount: r[6], score: r[7], firstSeen: r[8], lastSeen: r[9], ...(r[10] ? { outlets: r[10] } : {}), ...(r[11] ? { months: r[11] } : {}), ...unpackClaims(r) }]
        : [String(i), r],
    ),
  );
}

function unpackClaims(r: unknown[]): Record<string, unknown> {
  if (r.length <= 12) return {};
  const cells = r[12];
  return {
    claims: Array.isArray(cells) ? Object.fromEntries(CLAIM_KEYS.map((k, i) => [k, cells[i]])) : cells,
    disputed: r[13] === 1,
    ...(r[14] ? { outletCountries: r[14] } : {}),
  };
}

export function toJson(s: Investigation, name: string): string {
  return JSON.stringify(toDocument(s, name));
}

/** Reads a document (parsed JSON or text); throws ViewFormatError saying what is wrong. */
export function fromDocument(input: unknown): { name: string; investigation: Investigation } {
  let doc = input;
  if (typeof doc === 'string') {
    try {
      doc = JSON.parse(doc);
    } catch {
      throw new ViewFormatError('The file is not JSON.');
    }
  }
  if (!isObject(doc) || doc.format !== FORMAT) throw new ViewFormatError(`This is not an Entente view (no "format": "${FORMAT}").`);
  if (!READABLE_VERSIONS.includes(doc.version as number)) throw new ViewFormatError(`This view has version ${String(doc.version)}; this explorer reads versions ${READABLE_VERSIONS.join(' and ')}.`);
  const inv = doc.investigation;
  if (!isObject(inv)) throw new ViewFormatError('The view has no "investigation".');
  const nodes = record(unpackNodes(inv.nodes), 'nodes', readNode);
  const edges = record(unpackEdges(inv.edges), 'edges', readEdge);
  for (const e of Object.values(edges)) if (!nodes[e.source] || !nodes[e.target]) throw new ViewFormatError(`Relation ${e.id} joins an entity that is not in the view.`);
  const positions = record(inv.positions, 'positions', readPoint);
  const groups = readGroups(inv.groups, nodes);
  const isGroup = (id: string) => groups.some((g) => g.id === id);
  const known = (list: string[]) => list.filter((id) => nodes[id] || edges[id] || isGroup(id));
  const selection = readSelection(inv.selection);
  return {
    name: typeof doc.name === 'string' ? doc.name : '',
    investigation: {
      ...emptyInvestigation(),
      nodes,
      edges,
      positions: Object.fromEntries(Object.entries(positions).filter(([id]) => nodes[id] || isGroup(id))),
      pinned: known(strings(inv.pinned, 'pinned')),
      hidden: known(strings(inv.hidden, 'hidden')),
      seeds: known(strings(inv.seeds, 'seeds')),
      omitted: list(inv.omitted, 'omitted', readOmission),
      path: known(strings(inv.path, 'path')),
      filters: readFilters(inv.filters),
      selection: surviving(selection, (id) => Boolean(nodes[id] ?? edges[id]) || isGroup(id)),
      styling: readStyling(inv.styling),
      timeline: readTimeline(inv.timeline),
      groups,
      notes: list(inv.notes, 'notes', readNote),
      viewport: isObject(inv.viewport) && isObject(inv.viewport.pan) ? { zoom: num(inv.viewport.zoom, 'viewport.zoom'), pan: readPoint(inv.viewport.pan, 'viewport.pan') } : null,
    },
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function str(v: unknown, where: string): string {
  if (typeof v !== 'string') throw new ViewFormatError(`"${where}" must be text.`);
  return v;
}

function optStr(v: unknown, where: string): string | null {
  return v === null || v === undefined ? null : str(v, where);
}

function num(v: unknown, where: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new ViewFormatError(`"${where}" must be a number.`);
  return v;
}

function strings(v: unknown, where: string): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) throw new ViewFormatError(`"${where}" must be a list.`);
  return v.map((x, i) => str(x, `${where}[${i}]`));
}

function list<T>(v: unknown, where: string, read: (x: unknown, where: string) => T): T[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) throw new ViewFormatError(`"${where}" must be a list.`);
  return v.map((x, i) => read(x, `${where}[${i}]`));
}

function record<T>(v: unknown, where: string, read: (x: unknown, where: string) => T): Record<string, T> {
  if (!isObject(v)) throw new ViewFormatError(`"${where}" must be an object keyed by id.`);
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, read(x, `${where}.${k}`)]));
}

function readPoint(v: unknown, where: string): Point {
  if (!isObject(v)) throw new ViewFormatError(`"${where}" must be {x, y}.`);
  return { x: num(v.x, `${where}.x`), y: num(v.y, `${where}.y`) };
}

function readNode(v: unknown, where: string): NodeData {
  if (!isObject(v)) throw new ViewFormatError(`"${where}" must be an entity.`);
  const node: NodeData = { id: str(v.id, `${where}.id`), label: str(v.label, `${where}.label`), type: str(v.type, `${where}.type`), degree: num(v.degree, `${where}.degree`), country: optStr(v.country, `${where}.country`) };
  if (isObject(v.location)) node.location = readLocation(v.location, `${where}.location`);
  return node;
}

const PRECISIONS: GeoLocation['precision'][] = ['PLACE', 'COUNTRY', 'COUNTRY_OF'];

function readLocation(v: Record<string, unknown>, where: string): GeoLocation {
  const lat = num(v.lat, `${where}.lat`);
  const lon = num(v.lon, `${where}.lon`);
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) throw new ViewFormatError(`"${where}" must be a point on the globe.`);
  return { lat, lon, precision: oneOf(v.precision, PRECISIONS, 'COUNTRY_OF') };
}

function readEdge(v: unknown, where: string): EdgeData {
  if (!isObject(v)) throw new ViewFormatError(`"${where}" must be a relation.`);
  const edge: EdgeData = {
    id: str(v.id, `${where}.id`),
    source: str(v.source, `${where}.source`),
    target: str(v.target, `${where}.target`),
    type: str(v.type, `${where}.type`),
    class: str(v.class, `${where}.class`),
    symmetric: Boolean(v.symmetric),
    articleCount: num(v.articleCount, `${where}.articleCount`),
    score: num(v.score, `${where}.score`),
    firstSeen: optStr(v.firstSeen, `${where}.firstSeen`),
    lastSeen: optStr(v.lastSeen, `${where}.lastSeen`),
  };
  if (v.outlets !== undefined) edge.outlets = strings(v.outlets, `${where}.outlets`);
  if (v.months !== undefined) edge.months = record(v.months, `${where}.months`, num);
  if (v.claims !== undefined) edge.claims = readClaims(v.claims, `${where}.claims`);
  if (v.disputed !== undefined) edge.disputed = Boolean(v.disputed);
  if (v.outletCountries !== undefined) edge.outletCountries = strings(v.outletCountries, `${where}.outletCountries`);
  return edge;
}

function readClaims(v: unknown, where: string): ClaimCounts {
  if (!isObject(v)) throw new ViewFormatError(`"${where}" must be counts per claim status.`);
  return { asserted: num(v.asserted, `${where}.asserted`), attributed: num(v.attributed, `${where}.attributed`), hedged: num(v.hedged, `${where}.hedged`), proposed: num(v.proposed, `${where}.proposed`), denied: num(v.denied, `${where}.denied`) };
}

function readOmission(v: unknown, where: string): Omission {
  if (!isObject(v)) throw new ViewFormatError(`"${where}" must be {around, counts}.`);
  const typeCount = (c: unknown, w: string) => (isObject(c) ? { key: str(c.key, `${w}.key`), count: num(c.count, `${w}.count`) } : { key: str(c, w), count: 0 });
  const omission: Omission = { around: strings(v.around, `${where}.around`), counts: list(v.counts, `${where}.counts`, typeCount) };
  if (v.totals !== undefined) omission.totals = list(v.totals, `${where}.totals`, typeCount);
  return omission;
}

function readFilters(v: unknown): Filters {
  if (!isObject(v)) return DEFAULT_FILTERS;
  const f = DEFAULT_FILTERS;
  return {
    hiddenClasses: v.hiddenClasses === undefined ? f.hiddenClasses : strings(v.hiddenClasses, 'filters.hiddenClasses'),
    hiddenTypes: v.hiddenTypes === undefined ? f.hiddenTypes : strings(v.hiddenTypes, 'filters.hiddenTypes'),
    from: typeof v.from === 'string' ? v.from : '',
    to: typeof v.to === 'string' ? v.to : '',
    minArticles: v.minArticles === undefined ? f.minArticles : num(v.minArticles, 'filters.minArticles'),
    minScore: v.minScore === undefined ? f.minScore : num(v.minScore, 'filters.minScore'),
    outlets: v.outlets === undefined ? f.outlets : strings(v.outlets, 'filters.outlets'),
    countries: v.countries === undefined ? f.countries : strings(v.countries, 'filters.countries'),
    hideUnconnected: Boolean(v.hideUnconnected),
    assertedOnly: Boolean(v.assertedOnly),
    minOutlets: v.minOutlets === undefined ? f.minOutlets : num(v.minOutlets, 'filters.minOutlets'),
  };
}

function readSelection(v: unknown): Selection {
  if (!isObject(v)) return { kind: 'none' };
  if ((v.kind === 'node' || v.kind === 'edge') && typeof v.id === 'string') return { kind: v.kind, id: v.id };
  if (v.kind === 'pair' && typeof v.a === 'string' && typeof v.b === 'string') return { kind: 'pair', a: v.a, b: v.b };
  if (v.kind === 'path' && typeof v.from === 'string' && typeof v.to === 'string') return { kind: 'path', from: v.from, to: v.to };
  if (v.kind === 'nodes' && Array.isArray(v.ids)) return { kind: 'nodes', ids: strings(v.ids, 'selection.ids') };
  return { kind: 'none' };
}

/** One of `allowed`, else the default (a value this explorer does not know is not worth refusing the view for). */
const oneOf = <T extends string>(v: unknown, allowed: readonly T[], fallback: T): T => (allowed.includes(v as T) ? (v as T) : fallback);

const DISPLAYS: Display[] = ['graph', 'map'];
const SIZES: SizeBy[] = ['degree', 'canvasDegree', 'weightedDegree', 'betweenness', 'pagerank'];
const COLOURS: ColourBy[] = ['type', 'community'];
const GROUP_KINDS: GroupKind[] = ['community', 'selection', 'type', 'country'];

function readStyling(v: unknown): Styling {
  if (!isObject(v)) return DEFAULT_STYLING;
  const d = DEFAULT_STYLING;
  return {
    edgeLabels: v.edgeLabels === 'all' ? 'all' : 'selection',
    layout: typeof v.layout === 'string' ? v.layout : d.layout,
    display: oneOf(v.display, DISPLAYS, d.display),
    sizeBy: oneOf(v.sizeBy, SIZES, d.sizeBy),
    colourBy: oneOf(v.colourBy, COLOURS, d.colourBy),
  };
}

function readTimeline(v: unknown): Timeline {
  if (!isObject(v)) return DEFAULT_TIMELINE;
  const d = DEFAULT_TIMELINE;
  return {
    mode: oneOf(v.mode, ['window', 'asOf'] as const, d.mode),
    step: oneOf(v.step, ['week', 'month', 'year'] as const, d.step),
    speed: v.speed === undefined ? d.speed : Math.min(16, Math.max(0.25, num(v.speed, 'timeline.speed'))),
    ended: oneOf(v.ended, ['show', 'hide'] as const, d.ended),
  };
}

/** A note: its text is kept as text (the explorer never renders it as HTML); what it is about may have left the canvas. */
function readNote(v: unknown, where: string): Note {
  if (!isObject(v)) throw new ViewFormatError(`"${where}" must be a note.`);
  const text = str(v.text, `${where}.text`);
  if (text.length > MAX_NOTE) throw new ViewFormatError(`"${where}.text" is longer than ${MAX_NOTE} characters.`);
  return { id: str(v.id, `${where}.id`), target: readNoteTarget(v.target, `${where}.target`), text, at: str(v.at, `${where}.at`), by: optStr(v.by, `${where}.by`) };
}

function readNoteTarget(v: unknown, where: string): NoteTarget {
  if (isObject(v) && v.kind === 'view') return { kind: 'view' };
  if (isObject(v) && (v.kind === 'entity' || v.kind === 'relation')) return { kind: v.kind, id: str(v.id, `${where}.id`) };
  throw new ViewFormatError(`"${where}" must be the view, an entity or a relation.`);
}

/** Groups of entities the view holds (members it does not hold are dropped; a group left with fewer than two goes). */
function readGroups(v: unknown, nodes: Record<string, NodeData>): Group[] {
  return list(v, 'groups', (g, where) => {
    if (!isObject(g)) throw new ViewFormatError(`"${where}" must be a group.`);
    const id = str(g.id, `${where}.id`);
    if (!id.startsWith('group:')) throw new ViewFormatError(`"${where}.id" must start with "group:".`);
    return { id, label: str(g.label, `${where}.label`), kind: oneOf(g.kind, GROUP_KINDS, 'selection'), members: strings(g.members, `${where}.members`).filter((m) => nodes[m]) };
  }).filter((g) => g.members.length > 1);
}
