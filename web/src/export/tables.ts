/**
 * What an export holds (pure): the canvas as the analyst sees it, as rows. Entities and relations
 * are the ones the filters let through (hidden and filtered-out ones are left out, as on screen);
 * evidence is what the export fetched for those relations; notes are every note of the view.
 * As of a day (a playhead set), relations carry whether they had ended by then, when and by what.
 * CSV, GraphML, GEXF and the image's source line are all written from these rows.
 */
import { plural, relationWords } from '../format.ts';
import type { Measures } from '../graph/measures.ts';
import { CLASS_STYLE } from '../graph/style.ts';
import { closedByWords, type AsOf } from '../state/ended.ts';
import { groupOfMember } from '../state/groups.ts';
import { targetName } from '../state/notes.ts';
import type { Filters, Investigation, Note, NoteTarget } from '../state/types.ts';
import type { Visible } from '../state/visibility.ts';

/** What the export fetched about an entity that the canvas does not hold. */
export interface EntityExtra {
  wikidataId: string | null;
  country: string | null;
}

/** One evidence sentence of a relation, as the export fetched it. */
export interface EvidenceItem {
  relationId: string;
  sentence: string;
  status: string;
  attributedTo: string | null;
  date: string | null;
  title: string;
  url: string | null;
  outlet: string | null;
}

export type Cell = string | number | boolean;
export type Row = Record<string, Cell>;

export interface Table {
  columns: string[];
  rows: Row[];
}

export interface ExportTables {
  entities: Table;
  relations: Table;
  evidence: Table;
  notes: Table;
}

export interface ExportInput {
  state: Investigation;
  visible: Visible;
  measures: Measures | null;
  extras: ReadonlyMap<string, EntityExtra>;
  evidence: EvidenceItem[];
  /** The canvas as of a day (the playhead): relations get the ended columns. */
  asOf?: AsOf | null;
}

const ENTITY_COLUMNS = ['id', 'name', 'type', 'country', 'wikidata', 'degree', 'canvas_degree', 'weighted_degree', 'betweenness', 'pagerank', 'community', 'group', 'notes'];
const RELATION_COLUMNS = ['id', 'source_id', 'source', 'type', 'target_id', 'target', 'class', 'directed', 'articles', 'outlets', 'outlet_names', 'first_seen', 'last_seen', 'score', 'asserted', 'attributed', 'hedged', 'proposed', 'denied', 'disputed', 'notes'];
/** As of a day: whether the relation had ended by then, when, by what, and the sentence that says so. */
const ENDED_COLUMNS = ['ended', 'ended_on', 'ended_by', 'closing_sentence'];
const EVIDENCE_COLUMNS = ['relation_id', 'source', 'relation', 'target', 'sentence', 'status', 'attributed_to', 'article_title', 'url', 'outlet', 'date'];
const NOTE_COLUMNS = ['about_kind', 'about_id', 'about', 'text', 'written', 'by', 'on_canvas'];

/** Measures are rounded for reading (a spreadsheet's columns, a GEXF attribute), not for computing. */
const round = (n: number | undefined) => (n === undefined ? '' : Math.round(n * 10_000) / 10_000);

/** The notes on one element, one per line, for its row. */
const notesText = (notes: Note[], id: string) =>
  notes
    .filter((n) => n.target.kind !== 'view' && n.target.id === id)
    .map((n) => n.text)
    .join('\n');

/** The rows of every export, from the canvas as shown. */
export function exportTables({ state, visible, measures, extras, evidence, asOf = null }: ExportInput): ExportTables {
  const memberOf = groupOfMember(state);
  const entities = [...visible.nodes]
    .map((id) => state.nodes[id])
    .filter((n) => n !== undefined)
    .map((n): Row => ({
      id: n.id,
      name: n.label,
      type: n.type,
      country: extras.get(n.id)?.country ?? n.country ?? '',
      wikidata: extras.get(n.id)?.wikidataId ?? '',
      degree: n.degree,
      canvas_degree: round(measures?.canvasDegree[n.id]),
      weighted_degree: round(measures?.weightedDegree[n.id]),
      betweenness: round(measures?.betweenness[n.id]),
      pagerank: round(measures?.pagerank[n.id]),
      community: measures?.community[n.id] ?? '',
      group: memberOf.get(n.id)?.label ?? '',
      notes: notesText(state.notes, n.id),
    }));
  const name = (id: string) => state.nodes[id]?.label ?? id;
  const relations = [...visible.edges]
    .map((id) => state.edges[id])
    .filter((e) => e !== undefined)
    .map((e): Row => ({
      id: e.id,
      source_id: e.source,
      source: name(e.source),
      type: e.type,
      target_id: e.target,
      target: name(e.target),
      class: e.class,
      directed: !e.symmetric,
      articles: e.articleCount,
      outlets: e.outlets?.length ?? '',
      outlet_names: (e.outlets ?? []).join('; '),
      first_seen: e.firstSeen ?? '',
      last_seen: e.lastSeen ?? '',
      score: round(e.score),
      asserted: e.claims?.asserted ?? '',
      attributed: e.claims?.attributed ?? '',
      hedged: e.claims?.hedged ?? '',
      proposed: e.claims?.proposed ?? '',
      denied: e.claims?.denied ?? '',
      disputed: e.disputed === true,
      notes: notesText(state.notes, e.id),
      ...(asOf && endedCells(asOf, e.id)),
    }));
  const evidenceRows = evidence
    .filter((ev) => visible.edges.has(ev.relationId))
    .map((ev): Row => {
      const e = state.edges[ev.relationId]!;
      return { relation_id: ev.relationId, source: name(e.source), relation: relationWords(e.type), target: name(e.target), sentence: ev.sentence, status: ev.status.toLowerCase(), attributed_to: ev.attributedTo ?? '', article_title: ev.title, url: ev.url ?? '', outlet: ev.outlet ?? '', date: ev.date ?? '' };
    });
  const isShown = (t: NoteTarget) => t.kind === 'view' || (t.kind === 'relation' ? visible.edges.has(t.id) : visible.nodes.has(t.id) || state.groups.some((g) => g.id === t.id));
  const notes = state.notes.map(
    (n): Row => ({
      about_kind: n.target.kind,
      about_id: n.target.kind === 'view' ? '' : n.target.id,
      about: targetName(state, n.target, relationWords),
      text: n.text,
      written: n.at,
      by: n.by ?? '',
      on_canvas: isShown(n.target),
    }),
  );
  return {
    entities: { columns: ENTITY_COLUMNS, rows: entities },
    relations: { columns: asOf ? [...RELATION_COLUMNS, ...ENDED_COLUMNS] : RELATION_COLUMNS, rows: relations },
    evidence: { columns: EVIDENCE_COLUMNS, rows: evidenceRows },
    notes: { columns: NOTE_COLUMNS, rows: notes },
  };
}

function endedCells(asOf: AsOf, id: string): Row {
  const ended = asOf.ended.get(id);
  return { ended: ended !== undefined, ended_on: ended?.until ?? '', ended_by: ended ? closedByWords(ended) : '', closing_sentence: ended?.sentence ?? '' };
}

/** "As of 2024-09-30: 1 relation ended by then, drawn ended" (or left out, as the timeline chose). */
export function asOfInWords(state: Investigation, visible: Visible, asOf: AsOf): string {
  const ids = [...asOf.ended.keys()].filter((id) => state.edges[id]);
  const shown = ids.filter((id) => visible.edges.has(id)).length;
  if (state.timeline.ended === 'hide' && ids.length > 0) return `As of ${asOf.day}: ${plural(ids.length, 'relation')} ended by then left out`;
  if (shown === 0) return `As of ${asOf.day}: none of the relations shown had ended by then`;
  return `As of ${asOf.day}: ${plural(shown, 'relation')} ended by then, drawn ended`;
}

/** The filters in force, in words ("" when none): the image's subtitle and the files' metadata. */
export function filtersInWords(f: Filters): string {
  const parts: string[] = [];
  if (f.from || f.to) parts.push(`evidence ${f.from || 'start'} to ${f.to || 'now'}`);
  if (f.hiddenClasses.length) parts.push(`without ${f.hiddenClasses.map((c) => CLASS_STYLE[c]?.label.toLowerCase() ?? c).join(', ')}`);
  if (f.hiddenTypes.length) parts.push(`no ${f.hiddenTypes.join(', ')}`);
  if (f.minArticles > 1) parts.push(`at least ${f.minArticles} articles`);
  if (f.minOutlets > 1) parts.push(`at least ${f.minOutlets} outlets`);
  if (f.minScore > 0) parts.push(`score ≥ ${f.minScore}`);
  if (f.outlets.length) parts.push(`outlets: ${f.outlets.join(', ')}`);
  if (f.countries.length) parts.push(`countries: ${f.countries.join(', ')}`);
  if (f.assertedOnly) parts.push('asserted only');
  if (f.hideUnconnected) parts.push('entities without a relation hidden');
  return parts.join(' · ');
}

/** The date range the relations shown cover (their first and last evidence), or null without dates. */
export function dateRange(state: Investigation, visible: Visible): { first: string; last: string } | null {
  let first = '';
  let last = '';
  for (const id of visible.edges) {
    const e = state.edges[id];
    if (e?.firstSeen && (!first || e.firstSeen < first)) first = e.firstSeen;
    if (e?.lastSeen && (!last || e.lastSeen > last)) last = e.lastSeen;
  }
  return first && last ? { first, last } : null;
}

/** Where it comes from: "12 entities, 18 relations, from 9 articles of 4 outlets · Entente, exported 2026-12-07 09:00 UTC". */
export function sourceLine(tables: ExportTables, exportedAt: string): string {
  const articles = new Set(tables.evidence.rows.map((r) => `${String(r.article_title)}|${String(r.url)}`));
  const outlets = new Set(tables.evidence.rows.map((r) => String(r.outlet)).filter(Boolean));
  const counts = [plural(tables.entities.rows.length, 'entity', 'entities'), plural(tables.relations.rows.length, 'relation')];
  return `${counts.join(', ')}, from ${plural(articles.size, 'article')} of ${plural(outlets.size, 'outlet')} · Entente, exported ${exportedAt.slice(0, 16).replace('T', ' ')} UTC`;
}
