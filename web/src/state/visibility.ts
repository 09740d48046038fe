/** What the filters let through (pure): the elements drawn, and counts for the legend. */
import { endDay, startDay } from './timeline.ts';
import type { EdgeData, Filters, Investigation, NodeData, TimelineMode } from './types.ts';

export interface Visible {
  nodes: Set<string>;
  edges: Set<string>;
}

/**
 * True when the relation has evidence inside the window (YYYY-MM or YYYY-MM-DD bounds; "as of":
 * up to `to`). Evidence is known per month, and the first and last dates to the day: a window of
 * days keeps a relation with evidence in an overlapping month whose first date is not after the
 * window and whose last date is not before it.
 */
export function hasEvidenceIn(edge: EdgeData, from: string, to: string, mode: TimelineMode = 'window'): boolean {
  if (mode === 'asOf') from = '';
  if (!from && !to) return true;
  const fromMonth = from.slice(0, 7);
  const toMonth = to.slice(0, 7);
  const first = edge.firstSeen ?? '';
  const last = edge.lastSeen ?? '';
  // Bounds to the day (week steps): the first and last dates narrow what the months say.
  if (from.length === 10 && last && last < startDay(from)) return false;
  if (to.length === 10 && first && first > endDay(to)) return false;
  const inWindow = (month: string) => (!fromMonth || month >= fromMonth) && (!toMonth || month <= toMonth);
  if (edge.months) return Object.keys(edge.months).some(inWindow);
  if (!first && !last) return false;
  return (!from || last.slice(0, 7) >= fromMonth) && (!to || first.slice(0, 7) <= toMonth);
}

/**
 * False when no outlet asserts the relation in its own voice (its evidence is only attributed,
 * hedged, proposed or denied). A relation saved before claims were known counts as asserted.
 */
export const isAsserted = (edge: EdgeData): boolean => !edge.claims || edge.claims.asserted > 0;

/** Distinct outlets that state the relation (unknown in old saved views: counted as enough). */
const outletCount = (edge: EdgeData): number => edge.outlets?.length ?? Number.POSITIVE_INFINITY;

export function edgePasses(edge: EdgeData, f: Filters, mode: TimelineMode = 'window'): boolean {
  if (f.hiddenClasses.includes(edge.class)) return false;
  if (edge.articleCount < f.minArticles || edge.score < f.minScore) return false;
  if (f.outlets.length && !(edge.outlets ?? []).some((o) => f.outlets.includes(o))) return false;
  if (f.assertedOnly && !isAsserted(edge)) return false;
  if (outletCount(edge) < f.minOutlets) return false;
  return hasEvidenceIn(edge, f.from, f.to, mode);
}

export function nodePasses(node: NodeData, f: Filters): boolean {
  if (f.hiddenTypes.includes(node.type)) return false;
  return f.countries.length === 0 || (node.country != null && f.countries.includes(node.country));
}

/** What is drawn; `without`: relations left out besides the filters' (those ended by the playhead, when hidden: state/ended.ts). */
export function visibleElements(s: Investigation, without: ReadonlySet<string> = new Set()): Visible {
  const hidden = new Set(s.hidden);
  const nodes = new Set(Object.values(s.nodes).filter((n) => !hidden.has(n.id) && nodePasses(n, s.filters)).map((n) => n.id));
  const edges = new Set(Object.values(s.edges).filter((e) => !without.has(e.id) && nodes.has(e.source) && nodes.has(e.target) && edgePasses(e, s.filters, s.timeline.mode)).map((e) => e.id));
  if (s.filters.hideUnconnected) {
    const connected = new Set<string>();
    for (const id of edges) {
      const e = s.edges[id]!;
      connected.add(e.source).add(e.target);
    }
    for (const id of nodes) if (!connected.has(id)) nodes.delete(id);
  }
  return { nodes, edges };
}

export interface LegendCounts {
  /** Per relation class: relations shown and on the canvas. */
  classes: Record<string, { shown: number; total: number }>;
  types: Record<string, { shown: number; total: number }>;
  /** Relations no outlet asserts, and disputed relations: shown and on the canvas. */
  claims: { unasserted: { shown: number; total: number }; disputed: { shown: number; total: number } };
}

export function legendCounts(s: Investigation, visible: Visible): LegendCounts {
  const classes: LegendCounts['classes'] = {};
  const types: LegendCounts['types'] = {};
  const claims: LegendCounts['claims'] = { unasserted: { shown: 0, total: 0 }, disputed: { shown: 0, total: 0 } };
  for (const e of Object.values(s.edges)) {
    const isShown = visible.edges.has(e.id);
    const c = (classes[e.class] ??= { shown: 0, total: 0 });
    c.total++;
    if (isShown) c.shown++;
    for (const [kind, has] of [['unasserted', !isAsserted(e)], ['disputed', e.disputed === true]] as const) {
      if (!has) continue;
      claims[kind].total++;
      if (isShown) claims[kind].shown++;
    }
  }
  for (const n of Object.values(s.nodes)) {
    const t = (types[n.type] ??= { shown: 0, total: 0 });
    t.total++;
    if (visible.nodes.has(n.id)) t.shown++;
  }
  return { classes, types, claims };
}

/** Evidence per month over the relations on the canvas (the timeline's histogram). */
export function evidenceByMonth(s: Investigation): Record<string, number> {
  const months: Record<string, number> = {};
  for (const e of Object.values(s.edges)) for (const [month, n] of Object.entries(e.months ?? {})) months[month] = (months[month] ?? 0) + n;
  return months;
}

/** Outlets and countries present on the canvas, most frequent first (the filters' choices). */
export function facetValues(s: Investigation): { outlets: { key: string; count: number }[]; countries: { key: string; count: number }[] } {
  const outlets = new Map<string, number>();
  for (const e of Object.values(s.edges)) for (const o of e.outlets ?? []) outlets.set(o, (outlets.get(o) ?? 0) + 1);
  const countries = new Map<string, number>();
  for (const n of Object.values(s.nodes)) if (n.country) countries.set(n.country, (countries.get(n.country) ?? 0) + 1);
  const sorted = (m: Map<string, number>) => [...m].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  return { outlets: sorted(outlets), countries: sorted(countries) };
}
