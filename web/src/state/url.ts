/**
 * Routes and the URL hash (pure). The exact canvas (positions too) travels in history.state and
 * in saved views; the URL names what is on the canvas: a saved view's id, or the entities and
 * relations shown (link.ts) with the starting entities, filters, timeline, styling and groups.
 * A canvas too large for an address gets a short link, #/v/ID (router.ts).
 */
import { DEFAULT_FILTERS, DEFAULT_STYLING, DEFAULT_TIMELINE } from './actions.ts';
import { canvasOf, readCanvas, writeCanvas, type CanvasLink } from './link.ts';
import type { ColourBy, Display, Filters, Group, GroupKind, Investigation, Selection, SizeBy, Timeline } from './types.ts';

/** A group as a link carries it: what it gathers, by name (its id is given when it is made again). */
export type LinkedGroup = Omit<Group, 'id'>;

/** How a link draws the canvas: graph or map, size and colour. */
export interface LinkedStyling {
  display: Display;
  sizeBy: SizeBy;
  colourBy: ColourBy;
}

/** A sentence in an article's text: character offsets (UTF-16), end excluded. */
export interface SentenceRange {
  start: number;
  end: number;
}

export type Route =
  | { view: 'graph'; seeds: string[]; filters: Filters; selected: string | null; timeline: Timeline; styling: LinkedStyling; groups: LinkedGroup[]; canvas: CanvasLink | null }
  | { view: 'saved'; id: string }
  /** A short link: a canvas kept on the server for a while (too large for an address). */
  | { view: 'shared'; id: string }
  | { view: 'article'; id: string; at: SentenceRange | null }
  | { view: 'articles'; text: string; entity: string | null };

const list = (value: string | null) => (value ?? '').split(',').filter(Boolean);

export function parseHash(hash: string): Route {
  const clean = hash.replace(/^#\/?/, '');
  const [path = '', query = ''] = clean.split('?');
  const [head = '', ...rest] = path.split('/');
  const params = new URLSearchParams(query);
  const id = rest.length ? decodeURIComponent(rest.join('/')) : '';
  if (head === 'article' && id) return { view: 'article', id, at: parseRange(params.get('at')) };
  if (head === 'view' && id) return { view: 'saved', id };
  if (head === 'v' && id) return { view: 'shared', id };
  if (head === 'articles') return { view: 'articles', text: params.get('q') ?? '', entity: params.get('entity') };
  return {
    view: 'graph',
    seeds: list(params.get('ids')),
    filters: {
      hiddenClasses: list(params.get('hide')),
      hiddenTypes: list(params.get('types')),
      from: params.get('from') ?? '',
      to: params.get('to') ?? '',
      minArticles: Math.max(1, Number(params.get('min') ?? 1) || 1),
      minScore: Math.min(1, Math.max(0, Number(params.get('score') ?? 0) || 0)),
      outlets: list(params.get('outlets')),
      countries: list(params.get('countries')),
      hideUnconnected: params.get('unconnected') === 'hide',
      assertedOnly: params.get('claims') === 'asserted',
      minOutlets: Math.max(1, Math.floor(Number(params.get('minoutlets') ?? 1)) || 1),
    },
    selected: params.get('sel'),
    timeline: {
      mode: params.get('mode') === 'asof' ? 'asOf' : 'window',
      step: pickOne(params.get('step'), ['week', 'month', 'year'] as const, DEFAULT_TIMELINE.step),
      speed: Math.min(16, Math.max(0.25, Number(params.get('speed') ?? DEFAULT_TIMELINE.speed) || DEFAULT_TIMELINE.speed)),
      ended: params.get('ended') === 'hide' ? 'hide' : 'show',
    },
    styling: {
      display: params.get('display') === 'map' ? 'map' : 'graph',
      sizeBy: pickOne(params.get('size'), ['degree', 'canvasDegree', 'weightedDegree', 'betweenness', 'pagerank'] as const, DEFAULT_STYLING.sizeBy),
      colourBy: params.get('colour') === 'community' ? 'community' : 'type',
    },
    groups: params.getAll('group').map(readGroup).filter((g): g is LinkedGroup => g !== null),
    canvas: readCanvas(params),
  };
}

const pickOne = <T extends string>(value: string | null, allowed: readonly T[], fallback: T): T => (allowed.includes(value as T) ? (value as T) : fallback);

const GROUP_KINDS: GroupKind[] = ['community', 'selection', 'type', 'country'];

/** `kind~label~id,id,…` (entity ids hold neither "~" nor ","). */
function readGroup(text: string): LinkedGroup | null {
  const [kind = '', label = '', ids = ''] = text.split('~');
  const members = list(ids);
  return members.length > 1 ? { kind: pickOne(kind, GROUP_KINDS, 'selection'), label: label || `${members.length} entities`, members } : null;
}

export function selectedId(selection: Selection): string | null {
  switch (selection.kind) {
    case 'node':
    case 'edge':
      return selection.id;
    case 'pair':
      return `${selection.a}|${selection.b}`;
    default:
      return null;
  }
}

/** The URL of an investigation: its saved view while unchanged, else what is on the canvas, with its filters. */
export function hashOf(s: Investigation): string {
  const sel = selectedId(s.selection);
  if (s.view && !s.modified) return `#/view/${encodeURIComponent(s.view.id)}${sel ? `?sel=${encodeURIComponent(sel)}` : ''}`;
  const f = s.filters;
  const d = DEFAULT_FILTERS;
  const params = new URLSearchParams();
  if (s.seeds.length) params.set('ids', s.seeds.join(','));
  if (f.hiddenClasses.length) params.set('hide', f.hiddenClasses.join(','));
  if (f.hiddenTypes.length) params.set('types', f.hiddenTypes.join(','));
  if (f.from) params.set('from', f.from);
  if (f.to) params.set('to', f.to);
  if (f.minArticles !== d.minArticles) params.set('min', String(f.minArticles));
  if (f.minScore !== d.minScore) params.set('score', String(f.minScore));
  if (f.outlets.length) params.set('outlets', f.outlets.join(','));
  if (f.countries.length) params.set('countries', f.countries.join(','));
  if (f.hideUnconnected) params.set('unconnected', 'hide');
  if (f.assertedOnly) params.set('claims', 'asserted');
  if (f.minOutlets !== d.minOutlets) params.set('minoutlets', String(f.minOutlets));
  const t = s.timeline;
  if (t.mode === 'asOf') params.set('mode', 'asof');
  if (t.step !== DEFAULT_TIMELINE.step) params.set('step', t.step);
  if (t.speed !== DEFAULT_TIMELINE.speed) params.set('speed', String(t.speed));
  if (t.ended !== DEFAULT_TIMELINE.ended) params.set('ended', t.ended);
  const st = s.styling;
  if (st.display !== DEFAULT_STYLING.display) params.set('display', st.display);
  if (st.sizeBy !== DEFAULT_STYLING.sizeBy) params.set('size', st.sizeBy);
  if (st.colourBy !== DEFAULT_STYLING.colourBy) params.set('colour', st.colourBy);
  for (const g of s.groups) params.append('group', `${g.kind}~${g.label.replace(/~/g, '-')}~${g.members.join(',')}`);
  writeCanvas(canvasOf(s), params);
  if (sel) params.set('sel', sel);
  return `#/graph?${params.toString()}`;
}

/** "120-245" as a sentence range; null when absent or not two ascending offsets. */
function parseRange(value: string | null): SentenceRange | null {
  const m = /^(\d+)-(\d+)$/.exec(value ?? '');
  if (!m) return null;
  const start = Number(m[1]);
  const end = Number(m[2]);
  return end > start ? { start, end } : null;
}

/** An article in the reader, optionally scrolled to a sentence it highlights. */
export function articleHash(id: string, at?: SentenceRange | null): string {
  return `#/article/${encodeURIComponent(id)}${at ? `?at=${at.start}-${at.end}` : ''}`;
}

export function articlesHash(options: { text?: string; entity?: string | null }): string {
  const params = new URLSearchParams();
  if (options.text) params.set('q', options.text);
  if (options.entity) params.set('entity', options.entity);
  const query = params.toString();
  return `#/articles${query ? `?${query}` : ''}`;
}
