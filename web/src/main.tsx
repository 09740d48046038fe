/**
 * The explorer's wiring: one store for the investigation, the canvas kept in step with it,
 * the panels (Preact components, one module each) mounted into the page, the URL and keys.
 * Article text only ever reaches the page as text (JSX escapes it), never as HTML.
 */
import { render } from 'preact';
import { fetchDateRange, isReady, onAvailability, searchEntities } from './api.ts';
import { Controller } from './controller.ts';
import { Canvas } from './graph/canvas.ts';
import { startKeyboard } from './keyboard.ts';
import { startRouter } from './router.ts';
import * as actions from './state/actions.ts';
import { Store } from './state/store.ts';
import type { Investigation } from './state/types.ts';
import { visibleElements } from './state/visibility.ts';
import { ArticleList } from './ui/article-list.tsx';
import { ArticleReader } from './ui/article-reader.tsx';
import { Details } from './ui/details.tsx';
import { FiltersPanel } from './ui/filters-panel.tsx';
import { MoreBar } from './ui/more-bar.tsx';
import { useObservable } from './ui/observable.ts';
import { Search } from './ui/search.tsx';
import { StatusLine } from './ui/status-line.tsx';
import { Toolbar } from './ui/toolbar.tsx';
import { dateBounds, isDatabaseUp, isSidebarOpen, route } from './ui-state.ts';
import './app.css';

const $ = (id: string) => document.getElementById(id)!;

const store = new Store(actions.emptyInvestigation());
const canvas = new Canvas($('cy'), {
  onTapNode: (id) => controller.select({ kind: 'node', id }),
  onTapEdge: (id) => controller.select({ kind: 'edge', id }),
  onTapBackground: () => controller.select({ kind: 'none' }),
  onDragged: (positions) => store.dispatch(actions.setPositions(positions, 'move')),
  onViewport: (viewport) => store.dispatch(actions.setViewport(viewport)),
});
const controller = new Controller(store, canvas);
// For browser tests, bench/web and the curious.
Object.assign(window, { cy: canvas.cy, entente: { store, controller } });

/** What the canvas draws changed (not just the viewport or the saved-view marker). */
const drawnChanged = (a: Investigation, b: Investigation) =>
  a.nodes !== b.nodes || a.edges !== b.edges || a.positions !== b.positions || a.filters !== b.filters || a.selection !== b.selection || a.path !== b.path || a.pinned !== b.pinned || a.hidden !== b.hidden || a.styling !== b.styling || a.seeds !== b.seeds;

store.subscribe((change) => {
  if (!drawnChanged(change.state, change.previous)) return;
  canvas.sync(change.state, visibleElements(change.state));
  $('empty').hidden = Object.keys(change.state.nodes).length > 0;
});

function Reader() {
  const current = useObservable(route);
  if (current.view === 'article') return <ArticleReader controller={controller} id={current.id} />;
  if (current.view === 'articles') return <ArticleList key={`${current.text}|${current.entity}`} text={current.text} entity={current.entity} />;
  return null;
}

route.subscribe((r) => {
  const isReading = r.view === 'article' || r.view === 'articles';
  $('graph-view').hidden = isReading;
  $('sidebar').hidden = isReading;
  $('details').hidden = isReading; // the reader has its own side column
  $('article-view').hidden = !isReading;
  if (isReading) $('article-view').scrollTop = 0;
  // Back on the canvas: it was 0×0 while hidden; measure it again before anything is drawn or fitted.
  else requestAnimationFrame(() => canvas.cy.resize());
});
isSidebarOpen.subscribe((isOpen) => $('sidebar').classList.toggle('collapsed', !isOpen));
$('sidebar').classList.toggle('collapsed', !isSidebarOpen.value);

render(<Search controller={controller} />, $('search-root'));
render(<Toolbar controller={controller} />, $('toolbar-root'));
render(<StatusLine />, $('status-root'));
render(<MoreBar controller={controller} />, $('more-root'));
render(<FiltersPanel controller={controller} />, $('sidebar'));
render(<Details controller={controller} />, $('details'));
render(<Reader />, $('article-view'));

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-search]')) {
  button.addEventListener('click', async () => {
    const [hit] = await searchEntities(button.dataset.search ?? '').catch(() => []);
    if (hit) void controller.openEntity(hit.id, { name: hit.name });
  });
}

// While requests find the database unreachable, ask /readyz every 2 s; panels retry when it is back.
let polling: ReturnType<typeof setInterval> | undefined;
onAvailability((isUp) => {
  isDatabaseUp.set(isUp);
  clearInterval(polling);
  if (!isUp) polling = setInterval(() => void isReady(), 2000);
});

async function loadDateBounds(): Promise<void> {
  const range = await fetchDateRange().catch(() => null);
  if (range?.firstDate && range.lastDate) dateBounds.set({ first: range.firstDate, last: range.lastDate });
  else if (!range) isDatabaseUp.subscribe((isUp) => isUp && !dateBounds.value && void loadDateBounds());
}
void loadDateBounds();

startKeyboard(controller, $('cy'));
startRouter(controller);
