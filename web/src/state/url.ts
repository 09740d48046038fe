/**
 * Routes and the URL hash (pure). The exact canvas travels in history.state and in saved
 * views; the URL itself stays short and readable: a saved view's id, or the starting
 * entities with the filters, enough to rebuild a comparable canvas from a link.
 */
import { DEFAULT_FILTERS } from './actions.ts';
import type { Filters, Investigation, Selection } from './types.ts';

export type Route =
  | { view: 'graph'; seeds: string[]; filters: Filters; selected: string | null }
  | { view: 'saved'; id: string }
  | { view: 'article'; id: string }
  | { view: 'articles'; text: string; entity: string | null };

const list = (value: string | null) => (value ?? '').split(',').filter(Boolean);

export function parseHash(hash: string): Route {
  const clean = hash.replace(/^#\/?/, '');
  const [path = '', query = ''] = clean.split('?');
  const [head = '', ...rest] = path.split('/');
  const params = new URLSearchParams(query);
  const id = rest.length ? decodeURIComponent(rest.join('/')) : '';
  if (head === 'article' && id) return { view: 'article', id };
  if (head === 'view' && id) return { view: 'saved', id };
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
  };
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

/** The URL of an investigation: its saved view while unchanged, else its starting entities and filters. */
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
  if (sel) params.set('sel', sel);
  return `#/graph?${params.toString()}`;
}

export function articlesHash(options: { text?: string; entity?: string | null }): string {
  const params = new URLSearchParams();
  if (options.text) params.set('q', options.text);
  if (options.entity) params.set('entity', options.entity);
  const query = params.toString();
  return `#/articles${query ? `?${query}` : ''}`;
}
