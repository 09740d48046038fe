/**
 * The explorer: search → canvas → details and evidence → article reader, with the view in the
 * URL. Article text only ever enters the page as text nodes (textContent), never as HTML.
 */
import cytoscape, { type Core, type EdgeSingular, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { ApiError, fetchArticle, fetchArticles, fetchDateRange, fetchEntity, fetchNeighborhood, fetchPaths, fetchRelation, fetchTimeline, searchEntities, type Subgraph } from './api.ts';
import { CLASS_STYLE, stylesheet, TYPE_STYLE } from './style.ts';
import { splitByHighlights, toElements } from './to-elements.ts';
import './app.css';

cytoscape.use(fcose);

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
// While panning and zooming, draw a cached texture without labels: smooth even with thousands of elements.
const cy: Core = cytoscape({ container: $('cy'), style: stylesheet, minZoom: 0.1, maxZoom: 4, textureOnViewport: true, hideLabelsOnViewport: true });
(window as unknown as { cy: Core }).cy = cy; // for browser tests and the curious
/** What the analyst filtered out; all of it lives in the URL. */
const filters = {
  hiddenClasses: new Set<string>(),
  hiddenTypes: new Set<string>(),
  from: '' as string, // YYYY-MM or ''
  to: '' as string,
  minArticles: 1,
};
let dateBounds: { first: string; last: string } | undefined;
let pathEnds: { from?: { id: string; name: string }; to?: { id: string; name: string } } = {};

/** Builds an element with text content only. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  for (const child of children) node.append(child);
  return node;
}

function showStatus(message: string | null, kind: 'info' | 'error' = 'info'): void {
  const status = $('status');
  status.hidden = !message;
  status.className = kind;
  status.textContent = message ?? '';
}

function reportError(error: unknown): void {
  const message = error instanceof ApiError
    ? error.code === 'SERVICE_UNAVAILABLE'
      ? 'The graph database is not reachable right now. The view will work again once Neo4j is back.'
      : error.message
    : String(error);
  showStatus(message, 'error');
}

// --- URL state: #/graph?ids=a,b&hide=CLASS&sel=id | #/article/ID | #/articles ---

function readHash(): { view: string; params: URLSearchParams; id?: string } {
  const hash = location.hash.replace(/^#\/?/, '');
  const [path = '', query = ''] = hash.split('?');
  const [view = 'graph', ...rest] = path.split('/');
  return { view: view || 'graph', params: new URLSearchParams(query), ...(rest.length ? { id: decodeURIComponent(rest.join('/')) } : {}) };
}

function writeGraphHash(selected?: string): void {
  const ids = cy.nodes('.seed').map((n) => n.id());
  const params = new URLSearchParams();
  if (ids.length) params.set('ids', ids.join(','));
  if (filters.hiddenClasses.size) params.set('hide', [...filters.hiddenClasses].join(','));
  if (filters.hiddenTypes.size) params.set('types', [...filters.hiddenTypes].join(','));
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (filters.minArticles > 1) params.set('min', String(filters.minArticles));
  if (selected) params.set('sel', selected);
  const next = `#/graph?${params.toString()}`;
  if (location.hash !== next) history.pushState(null, '', next);
}

// --- graph ---

/** Layouts by name: fcose by default, the others on demand from the toolbar. */
const LAYOUTS: Record<string, () => Record<string, unknown>> = {
  // Large graphs get fcose's draft quality: a readable layout in seconds instead of minutes.
  fcose: () => ({ name: 'fcose', quality: cy.elements().length > 1500 ? 'draft' : 'default', randomize: true, nodeRepulsion: () => 9000, idealEdgeLength: () => 90 }),
  concentric: () => ({ name: 'concentric', concentric: (n: NodeSingular) => n.degree(false), levelWidth: () => 2, minNodeSpacing: 24 }),
  breadthfirst: () => ({ name: 'breadthfirst', directed: false, roots: cy.nodes(':selected').nonempty() ? cy.nodes(':selected') : cy.nodes('.seed'), spacingFactor: 1.1 }),
  circle: () => ({ name: 'circle' }),
  grid: () => ({ name: 'grid' }),
};

function runLayout(): void {
  const chosen = ($<HTMLSelectElement>('layout').value || 'fcose') as keyof typeof LAYOUTS;
  const options = cy.nodes().length > 1 ? (LAYOUTS[chosen] ?? LAYOUTS.fcose!)() : { name: 'grid' };
  const layout = cy.layout({ ...options, animate: false, fit: true, padding: 40 } as never);
  // Tests and bench/web wait for this: the canvas is laid out and interactive.
  layout.one('layoutstop', () => requestAnimationFrame(() => (document.body.dataset.layout = String(performance.now()))));
  delete document.body.dataset.layout;
  layout.run();
}

function addSubgraph(graph: Subgraph): void {
  cy.batch(() => {
    for (const element of toElements(graph)) if (cy.getElementById(element.data.id as string).empty()) cy.add(element);
  });
  applyFilters();
  $('empty').hidden = cy.nodes().length > 0;
  if (graph.truncated) {
    const more = graph.omitted.reduce((n, o) => n + o.count, 0);
    showStatus(`Showing the strongest relations; +${more} more (${graph.omitted.slice(0, 4).map((o) => `${o.count} ${o.key.toLowerCase()}`).join(', ')}…). Expand a node to see its own.`);
  }
}

async function openEntities(ids: string[], options: { push?: boolean; types?: string[] } = {}): Promise<void> {
  showStatus('Loading…');
  try {
    const graph = await fetchNeighborhood(ids, options.types ? { types: options.types, limit: 100 } : {});
    showStatus(null);
    addSubgraph(graph);
    for (const id of ids) cy.getElementById(id).addClass('seed');
    runLayout();
    if (options.push !== false) writeGraphHash();
  } catch (error) {
    reportError(error);
  }
}

function applyFilters(): void {
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      n.toggleClass('hidden', filters.hiddenTypes.has(n.data('type') as string) || n.hasClass('user-hidden'));
    });
    cy.edges().forEach((e) => {
      const first = (e.data('firstSeen') as string | null) ?? '';
      const last = (e.data('lastSeen') as string | null) ?? '';
      const outOfRange = (filters.from && last && last.slice(0, 7) < filters.from) || (filters.to && first && first.slice(0, 7) > filters.to);
      e.toggleClass('hidden', filters.hiddenClasses.has(e.data('class') as string) || (e.data('articles') as number) < filters.minArticles || Boolean(outOfRange));
    });
  });
}

/** A legend checkbox that shows (checked) or hides one key of a filter set. */
function filterCheckbox(hidden: Set<string>, key: string): HTMLInputElement {
  const input = el('input', { type: 'checkbox', checked: !hidden.has(key) });
  input.addEventListener('change', () => {
    if (input.checked) hidden.delete(key);
    else hidden.add(key);
    applyFilters();
    writeGraphHash();
  });
  return input;
}

function renderLegend(): void {
  const legend = $('legend');
  legend.replaceChildren(el('h2', {}, 'Relations'));
  for (const [cls, s] of Object.entries(CLASS_STYLE)) {
    const input = filterCheckbox(filters.hiddenClasses, cls);
    const swatch = el('span', { className: `swatch${s.dashed ? ' dashed' : ''}` });
    swatch.style.borderColor = s.color;
    legend.append(el('label', { className: 'legend-row' }, input, swatch, s.label));
  }
  legend.append(el('h2', {}, 'Entities'));
  for (const [type, s] of Object.entries(TYPE_STYLE)) {
    const dot = el('span', { className: 'dot' });
    dot.style.background = s.color;
    const input = filterCheckbox(filters.hiddenTypes, type);
    legend.append(el('label', { className: 'legend-row' }, input, dot, type));
  }
  legend.append(el('h2', {}, 'Evidence'));
  const min = el('input', { type: 'number', min: '1', max: '99', value: String(filters.minArticles), className: 'small-number' });
  min.setAttribute('aria-label', 'Minimum number of articles per edge');
  min.addEventListener('change', () => {
    filters.minArticles = Math.max(1, Number(min.value) || 1);
    applyFilters();
    writeGraphHash();
  });
  legend.append(el('label', { className: 'legend-row' }, 'at least ', min, ' article(s)'));
  if (dateBounds) legend.append(dateSlider(dateBounds));
}

/** Two range inputs over the months the articles span; edges outside the range are hidden. */
function dateSlider(bounds: { first: string; last: string }): HTMLElement {
  const months: string[] = [];
  for (let y = Number(bounds.first.slice(0, 4)), m = Number(bounds.first.slice(5, 7)); `${y}-${String(m).padStart(2, '0')}` <= bounds.last.slice(0, 7); m === 12 ? ((m = 1), y++) : m++) {
    months.push(`${y}-${String(m).padStart(2, '0')}`);
  }
  const fromInput = el('input', { type: 'range', min: '0', max: String(months.length - 1), value: String(Math.max(0, months.indexOf(filters.from))) });
  const toInput = el('input', { type: 'range', min: '0', max: String(months.length - 1), value: String(filters.to ? months.indexOf(filters.to) : months.length - 1) });
  fromInput.setAttribute('aria-label', 'From month');
  toInput.setAttribute('aria-label', 'To month');
  const label = el('div', { className: 'muted' });
  const update = (write: boolean) => {
    const a = Math.min(Number(fromInput.value), Number(toInput.value));
    const b = Math.max(Number(fromInput.value), Number(toInput.value));
    filters.from = a > 0 ? (months[a] ?? '') : '';
    filters.to = b < months.length - 1 ? (months[b] ?? '') : '';
    label.textContent = `${months[a]} – ${months[b]}`;
    if (write) {
      applyFilters();
      writeGraphHash();
    }
  };
  fromInput.addEventListener('change', () => update(true));
  toInput.addEventListener('change', () => update(true));
  update(false);
  return el('div', { className: 'date-range' }, label, fromInput, toInput);
}

// --- details panel ---

async function showNode(node: NodeSingular): Promise<void> {
  const details = $('details');
  details.replaceChildren(el('p', {}, 'Loading…'));
  try {
    const entity = await fetchEntity(node.id());
    if (!entity) return void details.replaceChildren(el('p', {}, 'This entity is no longer in the graph.'));
    const total = entity.relationCounts.reduce((n, c) => n + c.count, 0);
    const onCanvas = node.connectedEdges().length;
    const expand = el('button', { className: 'primary' }, `Expand all (${total} relations, ${Math.max(0, total - onCanvas)} not shown)`);
    expand.addEventListener('click', () => void openEntities([entity.id]));
    const perType = el('div', { className: 'actions' });
    for (const c of entity.relationCounts) {
      const button = el('button', { title: `Add the ${c.key.toLowerCase().replace(/_/g, ' ')} relations of ${entity.name}` }, `${c.key.toLowerCase().replace(/_/g, ' ')} (${c.count})`);
      button.addEventListener('click', () => void openEntities([entity.id], { types: [c.key] }));
      perType.append(button);
    }
    const remove = el('button', {}, 'Remove');
    remove.addEventListener('click', () => {
      node.remove();
      writeGraphHash();
    });
    const hide = el('button', {}, 'Hide');
    hide.addEventListener('click', () => {
      node.addClass('user-hidden');
      applyFilters();
    });
    const pin = el('button', { 'aria-pressed': String(node.locked()) } as Partial<HTMLButtonElement>, node.locked() ? 'Unpin' : 'Pin');
    pin.addEventListener('click', () => {
      if (node.locked()) node.unlock();
      else node.lock();
      pin.textContent = node.locked() ? 'Unpin' : 'Pin';
    });
    const pathFrom = el('button', {}, 'Path from here');
    pathFrom.addEventListener('click', () => void choosePathEnd('from', entity));
    const pathTo = el('button', {}, 'Path to here');
    pathTo.addEventListener('click', () => void choosePathEnd('to', entity));
    const articles = el('a', { href: `#/articles?entity=${encodeURIComponent(entity.id)}` }, 'Articles that mention it');
    details.replaceChildren(
      el('h2', {}, entity.name),
      el('p', { className: 'muted' }, `${entity.type}${entity.country ? ` · ${entity.country}` : ''} · ${entity.degree} relations`),
      ...(entity.aliases.length ? [el('p', {}, `Also: ${entity.aliases.slice(0, 12).join(', ')}`)] : []),
      ...(entity.wikidataId ? [el('p', {}, el('a', { href: `https://www.wikidata.org/wiki/${entity.wikidataId}`, target: '_blank', rel: 'noopener' }, `Wikidata ${entity.wikidataId}`))] : []),
      el('div', { className: 'actions' }, expand),
      el('h3', {}, 'Expand one kind of relation'),
      perType,
      el('div', { className: 'actions' }, remove, hide, pin, pathFrom, pathTo),
      el('h3', {}, 'Strongest relations'),
      el('ul', {}, ...entity.relations.nodes.map((r) => el('li', {}, `${r.source.name} ${r.type.toLowerCase().replace(/_/g, ' ')} ${r.target.name} (${r.articleCount})`))),
      el('p', {}, articles),
    );
  } catch (error) {
    reportError(error);
  }
}

async function showEdge(edge: EdgeSingular): Promise<void> {
  const details = $('details');
  details.replaceChildren(el('p', {}, 'Loading evidence…'));
  try {
    const relation = await fetchRelation(edge.id());
    if (!relation) return void details.replaceChildren(el('p', {}, 'This relation is no longer in the graph.'));
    const qualifier = relation.commodity ?? relation.domain ?? relation.role ?? relation.instrument;
    const list = el('ol', { className: 'evidence' });
    for (const ev of relation.evidence.nodes) {
      const sentence = el('blockquote');
      for (const run of splitByHighlights(ev.sentence, ev.start, ev.highlights)) {
        sentence.append(run.span ? el('mark', {}, run.text) : document.createTextNode(run.text));
      }
      list.append(
        el('li', {}, sentence, el('p', { className: 'muted' }, `${ev.article.source ?? 'unknown outlet'} · ${ev.date ?? 'undated'} · confidence ${ev.confidence.toFixed(2)} · `, el('a', { href: `#/article/${encodeURIComponent(ev.article.id)}` }, ev.article.title))),
      );
    }
    details.replaceChildren(
      el('h2', {}, `${relation.source.name} ${relation.type.replace(/_/g, ' ').toLowerCase()} ${relation.target.name}`),
      el('p', { className: 'muted' }, `${CLASS_STYLE[relation.class]?.label ?? relation.class} · ${relation.articleCount} article${relation.articleCount === 1 ? '' : 's'} · score ${relation.score.toFixed(2)}${qualifier ? ` · ${qualifier}` : ''}`),
      el('h3', {}, `Why is this edge here? ${relation.evidence.totalCount} sentence${relation.evidence.totalCount === 1 ? '' : 's'}`),
      list,
    );
  } catch (error) {
    reportError(error);
  }
}

// --- paths and pair trend ---

async function choosePathEnd(end: 'from' | 'to', entity: { id: string; name: string; type: string }): Promise<void> {
  pathEnds[end] = { id: entity.id, name: entity.name };
  const { from, to } = pathEnds;
  if (!from || !to || from.id === to.id) {
    showStatus(`Path ${end === 'from' ? 'starts at' : 'ends at'} ${entity.name}: now pick the other end on another node.`);
    return;
  }
  await showPaths(from, to);
}

async function showPaths(from: { id: string; name: string }, to: { id: string; name: string }): Promise<void> {
  const details = $('details');
  showStatus(null);
  details.replaceChildren(el('p', {}, `Finding paths from ${from.name} to ${to.name}…`));
  try {
    const paths = await fetchPaths(from.id, to.id);
    cy.elements().removeClass('path faded');
    if (paths.length === 0) {
      details.replaceChildren(el('h2', {}, 'No path'), el('p', {}, `${from.name} and ${to.name} are not connected within 4 steps.`));
      return;
    }
    addSubgraph({ nodes: paths.flatMap((p) => p.nodes), edges: paths.flatMap((p) => p.edges), truncated: false, omitted: [] });
    const onPath = cy.collection();
    for (const p of paths) for (const x of [...p.nodes, ...p.edges]) onPath.merge(cy.getElementById(x.id));
    onPath.addClass('path');
    cy.elements().not(onPath).addClass('faded');
    runLayout();
    const list = el('ol', {});
    const name = (id: string) => (cy.getElementById(id).data('label') as string | undefined) ?? id;
    for (const p of paths) list.append(el('li', {}, p.edges.map((e) => `${name(e.source)} ${e.type.toLowerCase().replace(/_/g, ' ')} ${name(e.target)}`).join(' · ')));
    const clear = el('button', {}, 'Clear path highlight');
    clear.addEventListener('click', () => cy.elements().removeClass('path faded'));
    details.replaceChildren(el('h2', {}, `How ${from.name} connects to ${to.name}`), el('p', { className: 'muted' }, `${paths.length} shortest path(s) of ${paths[0]?.length} step(s)`), list, clear);
    await appendTrend(details, from, to);
  } catch (error) {
    reportError(error);
  } finally {
    pathEnds = {};
  }
}

/** A small bar chart of cooperation vs conflict between two entities per year (SVG built node by node). */
async function appendTrend(container: HTMLElement, a: { id: string; name: string }, b: { id: string; name: string }): Promise<void> {
  const buckets = await fetchTimeline(a.id, b.id);
  container.append(el('h3', {}, `Trend between ${a.name} and ${b.name}`));
  if (buckets.length === 0) {
    container.append(el('p', { className: 'muted' }, 'No direct relations between them with dated evidence.'));
    return;
  }
  const svgNs = 'http://www.w3.org/2000/svg';
  const width = 320;
  const height = 120;
  const svg = document.createElementNS(svgNs, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height + 18}`);
  svg.setAttribute('class', 'trend');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', `Cooperation and conflict between ${a.name} and ${b.name} per year`);
  const sum = (bucket: (typeof buckets)[number], kind: 'COOPERATION' | 'CONFLICT') => bucket.counts.filter((c) => c.key.endsWith(kind)).reduce((n, c) => n + c.count, 0);
  const max = Math.max(1, ...buckets.map((x) => Math.max(sum(x, 'COOPERATION'), sum(x, 'CONFLICT'))));
  const slot = Math.min(64, width / buckets.length);
  buckets.forEach((bucket, i) => {
    (['COOPERATION', 'CONFLICT'] as const).forEach((kind, k) => {
      const h = (sum(bucket, kind) / max) * height;
      const rect = document.createElementNS(svgNs, 'rect');
      rect.setAttribute('x', String(i * slot + 4 + k * (slot / 2 - 4)));
      rect.setAttribute('y', String(height - h));
      rect.setAttribute('width', String(Math.max(2, slot / 2 - 6)));
      rect.setAttribute('height', String(h));
      rect.setAttribute('fill', kind === 'COOPERATION' ? '#16a34a' : '#dc2626');
      const title = document.createElementNS(svgNs, 'title');
      title.textContent = `${bucket.period}: ${sum(bucket, kind)} ${kind.toLowerCase()}`;
      rect.append(title);
      svg.append(rect);
    });
    const label = document.createElementNS(svgNs, 'text');
    label.setAttribute('x', String(i * slot + slot / 2));
    label.setAttribute('y', String(height + 14));
    label.setAttribute('text-anchor', 'middle');
    label.setAttribute('font-size', '10');
    label.textContent = bucket.period;
    svg.append(label);
  });
  container.append(svg, el('p', { className: 'muted' }, 'green: cooperation · red: conflict (articles per year)'));
}

// --- export ---

function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function exportPng(): void {
  download('entente-graph.png', cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' }) as unknown as Blob);
}

function exportJson(): void {
  const elements = cy.elements(':visible').map((e) => ({ group: e.group(), data: e.data() }));
  download('entente-graph.json', new Blob([JSON.stringify({ view: location.hash, elements }, null, 2)], { type: 'application/json' }));
}

// --- article reader and list ---

async function showArticle(id: string): Promise<void> {
  const view = $('article-view');
  view.replaceChildren(el('p', {}, 'Loading article…'));
  try {
    const article = await fetchArticle(id);
    if (!article) return void view.replaceChildren(el('p', {}, 'No such article.'));
    const body = el('div', { className: 'article-text' });
    for (const paragraph of paragraphsWithOffsets(article.text)) {
      const p = el('p');
      const spans = article.mentions.filter((m) => m.start >= paragraph.start && m.end <= paragraph.start + paragraph.text.length);
      for (const run of splitByHighlights(paragraph.text, paragraph.start, spans)) {
        if (!run.span) p.append(document.createTextNode(run.text));
        else {
          const mention = run.span;
          const button = el('button', { className: `mention type-${mention.entity.type}`, title: `${mention.entity.name} (${mention.entity.type}): open in the graph` }, run.text);
          button.addEventListener('click', () => {
            location.hash = `#/graph?ids=${encodeURIComponent(mention.entity.id)}`;
          });
          p.append(button);
        }
      }
      body.append(p);
    }
    const relations = el('ul', { className: 'article-relations' });
    for (const r of article.relations) {
      relations.append(el('li', {}, el('a', { href: `#/graph?ids=${encodeURIComponent(r.source.id)},${encodeURIComponent(r.target.id)}&sel=${encodeURIComponent(r.id)}` }, `${r.source.name} ${r.type.replace(/_/g, ' ').toLowerCase()} ${r.target.name}`)));
    }
    view.replaceChildren(
      el('p', {}, el('a', { href: '#/articles' }, '← All articles')),
      el('h1', {}, article.title),
      el('p', { className: 'muted' }, `${article.source ?? 'unknown outlet'} · ${article.published ?? 'undated'}`, ...(article.url ? [' · ', el('a', { href: article.url, target: '_blank', rel: 'noopener noreferrer' }, 'original')] : [])),
      el('div', { className: 'reader' }, body, el('aside', {}, el('h2', {}, `Relations stated (${article.relations.length})`), relations)),
    );
  } catch (error) {
    reportError(error);
  }
}

function paragraphsWithOffsets(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  const re = /[^\n]+/g;
  for (const m of text.matchAll(re)) out.push({ text: m[0], start: m.index });
  return out;
}

async function showArticleList(params: URLSearchParams): Promise<void> {
  const view = $('article-view');
  const input = el('input', { type: 'search', placeholder: 'Search article text…', value: params.get('q') ?? '' });
  const list = el('ul', { className: 'article-list' });
  const load = async () => {
    try {
      const result = await fetchArticles(input.value.trim() || null);
      list.replaceChildren(...result.nodes.map((a) => el('li', {}, el('a', { href: `#/article/${encodeURIComponent(a.id)}` }, a.title), el('span', { className: 'muted' }, ` ${a.source ?? ''} · ${a.published ?? 'undated'}`))));
      if (result.nodes.length === 0) list.replaceChildren(el('li', {}, 'No articles match.'));
    } catch (error) {
      reportError(error);
    }
  };
  input.addEventListener('change', () => void load());
  view.replaceChildren(el('h1', {}, 'Articles'), input, list);
  await load();
}

// --- search box ---

function setupSearch(): void {
  const input = $<HTMLInputElement>('search');
  const results = $<HTMLUListElement>('search-results');
  let timer: ReturnType<typeof setTimeout> | undefined;
  let active = -1;
  const choose = (id: string) => {
    results.hidden = true;
    input.value = '';
    location.hash = `#/graph?ids=${encodeURIComponent(id)}`;
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const text = input.value.trim();
      if (!text) return void (results.hidden = true);
      try {
        const hits = await searchEntities(text);
        active = -1;
        results.replaceChildren(
          ...hits.map((h) => {
            const li = el('li', { role: 'option', tabIndex: -1 }, h.name, el('span', { className: 'muted' }, ` ${h.type}`));
            li.dataset.id = h.id;
            li.addEventListener('mousedown', (event) => {
              event.preventDefault();
              choose(h.id);
            });
            return li;
          }),
        );
        if (hits.length === 0) results.replaceChildren(el('li', { className: 'muted' }, 'No match'));
        results.hidden = false;
      } catch (error) {
        reportError(error);
      }
    }, 150);
  });
  input.addEventListener('keydown', (event) => {
    const items = [...results.querySelectorAll('li[data-id]')] as HTMLElement[];
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      active = Math.max(0, Math.min(items.length - 1, active + (event.key === 'ArrowDown' ? 1 : -1)));
      items.forEach((item, i) => item.setAttribute('aria-selected', String(i === active)));
    } else if (event.key === 'Enter') {
      const item = items[Math.max(active, 0)];
      if (item?.dataset.id) choose(item.dataset.id);
    } else if (event.key === 'Escape') results.hidden = true;
  });
  input.addEventListener('blur', () => setTimeout(() => (results.hidden = true), 100));
  document.addEventListener('keydown', (event) => {
    if (event.key === '/' && document.activeElement !== input) {
      event.preventDefault();
      input.focus();
    }
  });
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-search]')) {
    button.addEventListener('click', async () => {
      const [hit] = await searchEntities(button.dataset.search ?? '').catch(() => []);
      if (hit) choose(hit.id);
    });
  }
}

// --- routing ---

async function route(): Promise<void> {
  const { view, params, id } = readHash();
  const isGraph = view === 'graph';
  $('graph-view').hidden = !isGraph;
  $('article-view').hidden = isGraph;
  $('details').hidden = !isGraph; // the reader has its own side column
  if (view === 'article' && id) return showArticle(id);
  if (view === 'articles') return showArticleList(params);
  filters.hiddenClasses.clear();
  for (const cls of (params.get('hide') ?? '').split(',').filter(Boolean)) filters.hiddenClasses.add(cls);
  filters.hiddenTypes.clear();
  for (const type of (params.get('types') ?? '').split(',').filter(Boolean)) filters.hiddenTypes.add(type);
  filters.from = params.get('from') ?? '';
  filters.to = params.get('to') ?? '';
  filters.minArticles = Math.max(1, Number(params.get('min') ?? 1) || 1);
  if (!dateBounds) {
    const range = await fetchDateRange().catch(() => undefined);
    if (range?.firstDate && range.lastDate) dateBounds = { first: range.firstDate, last: range.lastDate };
  }
  renderLegend();
  const ids = (params.get('ids') ?? '').split(',').filter(Boolean);
  const current = cy.nodes('.seed').map((n) => n.id());
  if (ids.join(',') !== current.join(',')) {
    cy.elements().remove();
    $('details').replaceChildren(); // details of the previous view no longer apply
    if (ids.length) await openEntities(ids, { push: false });
  }
  applyFilters();
  $('empty').hidden = cy.nodes().length > 0;
  cy.resize();
  const sel = params.get('sel');
  if (sel) {
    const target = cy.getElementById(sel);
    if (target.nonempty()) {
      cy.elements().unselect();
      target.select();
      void (target.isNode() ? showNode(target as NodeSingular) : showEdge(target as EdgeSingular));
    }
  }
}

cy.on('tap', 'node', (event) => {
  void showNode(event.target as NodeSingular);
  writeGraphHash((event.target as NodeSingular).id());
});
cy.on('tap', 'edge', (event) => {
  void showEdge(event.target as EdgeSingular);
  writeGraphHash((event.target as EdgeSingular).id());
});
cy.on('select', 'node', (event) => {
  cy.elements().not((event.target as NodeSingular).closedNeighborhood()).addClass('faded');
});
cy.on('unselect', 'node', () => cy.elements().removeClass('faded'));
cy.on('mouseover', 'node', (event) => {
  const hood = (event.target as NodeSingular).closedNeighborhood();
  cy.elements().not(hood).addClass('faded');
});
cy.on('mouseout', 'node', () => {
  cy.elements().removeClass('faded');
  const path = cy.elements('.path'); // keep a highlighted path highlighted
  if (path.nonempty()) cy.elements().not(path).addClass('faded');
});
cy.on('mouseover', 'edge', (event) => (event.target as EdgeSingular).addClass('hover'));
cy.on('mouseout', 'edge', (event) => (event.target as EdgeSingular).removeClass('hover'));

// Keyboard: on the focused canvas, arrows move between nodes (details follow), Enter expands,
// Delete removes, Escape clears the selection.
$('cy').addEventListener('keydown', (event) => {
  const nodes = cy.nodes(':visible').toArray().sort((a, b) => String(a.data('label')).localeCompare(String(b.data('label'))));
  if (nodes.length === 0) return;
  const current = cy.nodes(':selected').first();
  const index = current.nonempty() ? nodes.findIndex((n) => n.id() === current.id()) : -1;
  if (['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp'].includes(event.key)) {
    event.preventDefault();
    const step = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : -1;
    const next = nodes[(index + step + nodes.length) % nodes.length] as NodeSingular;
    cy.elements().unselect();
    next.select();
    cy.center(next);
    void showNode(next);
  } else if (event.key === 'Enter' && current.nonempty()) {
    void openEntities([current.id()]);
  } else if (event.key === 'Delete' && current.nonempty()) {
    current.remove();
    writeGraphHash();
  } else if (event.key === 'Escape') {
    cy.elements().unselect();
  }
});
$('fit').addEventListener('click', () => cy.fit(undefined, 40));
$('export-png').addEventListener('click', exportPng);
$('export-json').addEventListener('click', exportJson);
$('relayout').addEventListener('click', runLayout);
$('layout').addEventListener('change', runLayout);
$('clear').addEventListener('click', () => {
  cy.elements().remove();
  history.pushState(null, '', '#/graph');
  $('empty').hidden = false;
  $('details').replaceChildren();
});
// hashchange covers links, typed URLs and back/forward between views (popstate would run route twice).
window.addEventListener('hashchange', () => void route());
setupSearch();
void route();
