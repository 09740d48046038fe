/**
 * The explorer's wiring: one store for the investigation, the canvas kept in step with it,
 * the panels (Preact components, one module each) mounted into the page, the URL and keys.
 * Article text only ever reaches the page as text (JSX escapes it), never as HTML.
 */
import { render } from 'preact';
import { fetchWriter, isReady, onAvailability, onTokenChange, searchEntities } from './api.ts';
import { Controller } from './controller.ts';
import { appearance, typeColour } from './graph/appearance.ts';
import { Canvas, selectedIds } from './graph/canvas.ts';
import { drawGraph } from './graph/drawn.ts';
import { ended, endedNow, shownNow, startEnded } from './graph/ended-client.ts';
import { measures, startMeasures } from './graph/measures-client.ts';
import { MapView } from './map/map-view.ts';
import { mapModel } from './map/placement.ts';
import { Playback } from './playback.ts';
import { startKeyboard } from './keyboard.ts';
import { startRouter } from './router.ts';
import * as actions from './state/actions.ts';
import { isGroupId } from './state/groups.ts';
import { Store } from './state/store.ts';
import type { Investigation, Point } from './state/types.ts';
import { ArticleList } from './ui/article-list.tsx';
import { ArticleReader } from './ui/article-reader.tsx';
import { ContextMenu } from './ui/context-menu.tsx';
import { Details } from './ui/details.tsx';
import { FiltersPanel } from './ui/filters-panel.tsx';
import { Lasso } from './ui/lasso.tsx';
import { MapPanel } from './ui/map-panel.tsx';
import { MoreBar } from './ui/more-bar.tsx';
import { useObservable } from './ui/observable.ts';
import { Search } from './ui/search.tsx';
import { StatusLine } from './ui/status-line.tsx';
import { Timeline } from './ui/timeline.tsx';
import { Toolbar } from './ui/toolbar.tsx';
import { contextMenu, isDatabaseUp, isSidebarOpen, notPlaced, route, say, status, writer } from './ui-state.ts';
import './app.css';

const $ = (id: string) => document.getElementById(id)!;

const store = new Store(actions.emptyInvestigation());

/** A tap on a node: select it, or with Shift add it to (or take it from) the selected entities. */
function tapNode(id: string, isAdditive: boolean): void {
  controller.select(isAdditive ? actions.toggleSelected(store.state.selection, [id]) : { kind: 'node', id });
}

/** A tap on a drawn edge: the relation; a pair's bundle: the pair; a group's aggregate: the group. */
function tapEdge(edge: { id: string; source: string; target: string; members: string[] }): void {
  if (edge.members.length === 1 && store.state.edges[edge.id]) return controller.select({ kind: 'edge', id: edge.id });
  const group = [edge.source, edge.target].find(isGroupId);
  if (group) return controller.select({ kind: 'node', id: group });
  controller.select({ kind: 'pair', a: edge.source, b: edge.target });
}

const openMenu = (id: string | null, at: Point) => contextMenu.set({ id, x: at.x, y: at.y });

const canvas: Canvas = new Canvas($('cy'), {
  onTapNode: (id, gesture) => tapNode(id, gesture.isAdditive),
  onTapEdge: tapEdge,
  onTapBackground: () => controller.select({ kind: 'none' }),
  onDoubleTapNode: (id) => controller.open(id),
  onContextMenu: openMenu,
  onBoxSelect: (ids, gesture) => controller.select(gesture.isAdditive ? actions.toggleSelected(store.state.selection, ids) : actions.entitiesSelection(ids)),
  onDragged: (positions) => store.dispatch(actions.setPositions(positions, 'move')),
  onViewport: (viewport) => store.dispatch(actions.setViewport(viewport)),
});
const controller: Controller = new Controller(store, canvas);
const playback = new Playback(store);
const map = new MapView($('map'), {
  onTapNode: tapNode,
  onTapEdge: tapEdge,
  onTapBackground: () => controller.select({ kind: 'none' }),
  onDoubleTapNode: (id) => controller.open(id),
  onContextMenu: openMenu,
});
controller.map = map;
// For browser tests, bench/web and the curious.
Object.assign(window, { cy: canvas.cy, entente: { store, controller, playback, map, measures, ended } });

/** What the canvas draws changed (not just the viewport or the saved-view marker). */
const drawnChanged = (a: Investigation, b: Investigation) =>
  a.nodes !== b.nodes || a.edges !== b.edges || a.positions !== b.positions || a.filters !== b.filters || a.selection !== b.selection || a.path !== b.path || a.pinned !== b.pinned || a.hidden !== b.hidden || a.styling !== b.styling || a.seeds !== b.seeds || a.groups !== b.groups || a.timeline !== b.timeline || a.notes !== b.notes;

let isMapOpen = false;
/** Draws the state on the graph, and on the map when it is shown. */
function draw(state: Investigation): void {
  const visible = shownNow(state);
  const current = measures.value?.measures ?? null;
  const endedByPlayhead = endedNow();
  canvas.sync(state, visible, current, endedByPlayhead);
  $('empty').hidden = Object.keys(state.nodes).length > 0;
  const isMap = state.styling.display === 'map';
  $('cy').hidden = isMap;
  $('map').hidden = !isMap;
  if (!isMap) {
    if (isMapOpen) requestAnimationFrame(() => canvas.cy.resize());
    isMapOpen = false;
    notPlaced.set([]);
    return;
  }
  // The map draws every pair's relations as one arc, whatever the canvas's size (and those ended by the playhead as another).
  const drawn = drawGraph(state, visible, { bundle: true, ...appearance(state.styling, current), ended: endedByPlayhead }, typeColour);
  const model = mapModel(state, drawn);
  const focus = state.selection.kind === 'node' ? (drawn.owner.get(state.selection.id) ?? state.selection.id) : null;
  map.sync(model, { selected: new Set([...selectedIds(state)].map((id) => drawn.owner.get(id) ?? id)), focus });
  notPlaced.set(model.notPlaced);
  if (!isMapOpen) {
    isMapOpen = true;
    void map.open().then(() => map.fit());
  }
}

store.subscribe((change) => {
  if (drawnChanged(change.state, change.previous)) draw(change.state);
});
// New measures change the drawing only when size or colour shows them.
measures.subscribe(() => {
  const { sizeBy, colourBy } = store.state.styling;
  if (sizeBy !== 'degree' || colourBy === 'community') draw(store.state);
});
const measureAgain = startMeasures(store, shownNow);
// The playhead's ended relations arrive after the canvas is drawn: drawn again with them (and, hidden, measured without them).
ended.subscribe(() => {
  draw(store.state);
  if (store.state.timeline.ended === 'hide') measureAgain();
});
startEnded(store);

function Reader() {
  const current = useObservable(route);
  if (current.view === 'article') return <ArticleReader controller={controller} id={current.id} at={current.at} />;
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
render(<Timeline controller={controller} playback={playback} />, $('timeline-root'));
render(<MapPanel controller={controller} />, $('map-panel-root'));
render(<Lasso controller={controller} />, $('lasso-root'));
render(<ContextMenu controller={controller} />, $('context-root'));
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
  // An error the outage caused is stale once the server and the database answer again.
  if (isUp && status.value?.isOutage) say(null);
  clearInterval(polling);
  if (!isUp) polling = setInterval(() => void isReady(), 2000);
});


// The skip link goes to the canvas: back to the graph when reading, then the canvas takes the keys.
$('skip-link').addEventListener('click', (event) => {
  event.preventDefault();
  if (route.value.view === 'article' || route.value.view === 'articles') location.hash = '#/graph';
  requestAnimationFrame(() => $('cy').focus());
});

startKeyboard(controller, $('cy'));
startRouter(controller);

// Notes are signed by the writer the API token names; asked again whenever a token is given.
const learnWriter = () => void fetchWriter().then((name) => writer.set(name), () => writer.set(null));
onTokenChange(learnWriter);
learnWriter();
