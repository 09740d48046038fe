/**
 * What the analyst asks for, carried out: fetch from the API, then dispatch one named action.
 * The I/O edge of the investigation (state/ stays pure); panels and keys call these.
 */
import { ApiError, isUnavailable, fetchCanvas, fetchNeighborhood, fetchPaths, fetchSharedCanvas, fetchView, saveView as saveViewApi, type Subgraph } from './api.ts';
import { relationWords } from './format.ts';
import type { Canvas } from './graph/canvas.ts';
import { computeLayout, layoutPiece } from './graph/layouts.ts';
import * as actions from './state/actions.ts';
import { isGroupId, ungroup } from './state/groups.ts';
import { describeCanvas, investigationFromLink, timeAgo, type CanvasRoute } from './state/link.ts';
import { rememberShortLink } from './short-links.ts';
import { fromDocument, toJson, ViewFormatError } from './state/serialize.ts';
import type { Store } from './state/store.ts';
import type { Investigation, Omission, Selection } from './state/types.ts';
import { visibleElements } from './state/visibility.ts';
import { say } from './ui-state.ts';

/** The API's largest neighborhood. */
export const MAX_EDGES = 2000;

/** What the controller needs of the map view (set once the map exists). */
export interface MapFit {
  fit(): void;
}

export class Controller {
  /** The map view, once created (main.tsx). */
  map: MapFit | null = null;

  constructor(
    readonly store: Store,
    readonly canvas: Canvas,
  ) {}

  /** Fits what is shown into the window: the graph, or the map when the map is on. */
  fit(): void {
    if (this.store.state.styling.display === 'map' && this.map) this.map.fit();
    else this.canvas.fit();
  }

  private name(id: string): string {
    return this.store.state.nodes[id]?.label ?? id;
  }

  private fail(error: unknown): void {
    say(error instanceof ApiError || error instanceof ViewFormatError ? error.message : String(error), 'error', { isOutage: isUnavailable(error) });
  }

  /** Adds an entity with its strongest relations (or replaces the canvas with it), selected and centred. */
  async openEntity(id: string, options: { replace?: boolean; name?: string } = {}): Promise<void> {
    say(`Loading ${options.name ?? this.name(id)}…`, 'busy');
    try {
      const graph = await fetchNeighborhood([id], { limit: 150 });
      const label = `${options.replace ? 'open' : 'add'} ${graph.nodes.find((n) => n.id === id)?.label ?? id}`;
      const isFresh = options.replace || Object.keys(this.store.state.nodes).length === 0;
      const make = options.replace ? actions.replaceWithGraph : actions.addGraph;
      if (isFresh) {
        await this.openLaidOut(graph, make, { label, around: [id], asSeeds: true, select: id });
      } else {
        this.store.dispatch(make(graph, { label, around: [id], asSeeds: true, select: id }));
        this.canvas.centre(id);
      }
      this.reportOmitted(graph, id);
    } catch (error) {
      this.fail(error);
    }
  }

  /** Opens several entities together (a link with ?ids=…), replacing the canvas. */
  async openEntities(ids: string[]): Promise<void> {
    say('Loading…', 'busy');
    try {
      const graph = await fetchNeighborhood(ids, { limit: 150 });
      await this.openLaidOut(graph, actions.replaceWithGraph, { label: 'open a link', around: ids, asSeeds: true });
      this.reportOmitted(graph, ids[0]!);
    } catch (error) {
      this.fail(error);
    }
  }

  /** Adds an entity's relations: all of them (up to the API's cap) or those of some types. */
  async expand(id: string, options: { types?: string[]; total?: number } = {}): Promise<void> {
    const what = options.types ? options.types.map(relationWords).join(', ') : 'all';
    say(`Expanding ${this.name(id)} (${what})…`, 'busy');
    try {
      const limit = Math.min(MAX_EDGES, Math.max(options.total ?? MAX_EDGES, 1));
      const graph = await fetchNeighborhood([id], { limit, ...(options.types ? { types: options.types } : {}) });
      const before = new Set(Object.keys(this.store.state.nodes));
      this.store.dispatch(actions.addGraph(graph, { label: `expand ${this.name(id)}${options.types ? ` (${what})` : ''}`, around: [id] }));
      const added = graph.nodes.filter((n) => !before.has(n.id)).map((n) => n.id);
      this.reportOmitted(graph, id, added.length);
      if (!this.canvas.isInView([id, ...added])) this.canvas.fit([id, ...added]);
    } catch (error) {
      this.fail(error);
    }
  }

  /** Expands several entities at once (a selection): one request per 50, one undoable change. */
  async expandMany(ids: string[]): Promise<void> {
    const entities = actions.withMembers(this.store.state, ids).filter((id) => this.store.state.nodes[id]);
    if (entities.length === 0) return;
    if (entities.length === 1) return this.expand(entities[0]!);
    say(`Expanding ${entities.length} entities…`, 'busy');
    try {
      const pieces: Subgraph[] = [];
      for (let i = 0; i < entities.length; i += 50) pieces.push(await fetchNeighborhood(entities.slice(i, i + 50), { limit: MAX_EDGES }));
      const piece = { nodes: pieces.flatMap((p) => p.nodes), edges: pieces.flatMap((p) => p.edges), omitted: [] };
      const before = new Set(Object.keys(this.store.state.nodes));
      this.store.dispatch(actions.addGraph(piece, { label: `expand ${entities.length} entities`, around: entities }));
      const added = new Set(piece.nodes.map((n) => n.id).filter((id) => !before.has(id)));
      const left = pieces.reduce((n, p) => n + p.omitted.reduce((m, o) => m + o.count, 0), 0);
      say(`Added ${added.size} entit${added.size === 1 ? 'y' : 'ies'} around ${entities.length} entities${left ? `; ${left} weaker relations left out` : ''}.`);
      if (!this.canvas.isInView([...entities, ...added])) this.canvas.fit();
    } catch (error) {
      this.fail(error);
    }
  }

  /** Expands an entity, or a group back into its members. */
  open(id: string): void {
    if (isGroupId(id)) this.store.dispatch(ungroup(id));
    else void this.expand(id);
  }

  /** Fetches what an earlier request left out ("+N more"). */
  async fetchOmitted(omission: Omission): Promise<void> {
    say('Fetching the rest…', 'busy');
    try {
      const graph = await fetchNeighborhood(omission.around, { limit: MAX_EDGES, types: omission.counts.map((c) => c.key) });
      this.store.dispatch(actions.addGraph(graph, { label: `add ${omission.counts.reduce((n, c) => n + c.count, 0)} more`, around: omission.around }));
      this.reportOmitted(graph, omission.around[0]!);
      this.canvas.fit();
    } catch (error) {
      this.fail(error);
    }
  }

  private reportOmitted(graph: Subgraph, id: string, added?: number): void {
    const more = graph.omitted.reduce((n, o) => n + o.count, 0);
    const shown = `${graph.edges.length} relation${graph.edges.length === 1 ? '' : 's'} of ${this.name(id)}`;
    if (more > 0) say(`Showing the ${shown} with most evidence; ${more} more left out (see "+${more} more").`);
    else say(`Added ${shown}${added !== undefined ? ` (${added} new entit${added === 1 ? 'y' : 'ies'})` : ''}.`);
  }

  /**
   * A fresh canvas: laid out (force layout, in the worker) before it is drawn, then put on the
   * canvas in one change, so thousands of elements are drawn once, in their places.
   */
  private async openLaidOut(graph: Subgraph, make: typeof actions.addGraph, options: actions.PieceOptions): Promise<void> {
    say(`Laying out ${graph.nodes.length.toLocaleString('en')} entities…`, 'busy');
    delete document.body.dataset.layout;
    const started = performance.now();
    const positions = await layoutPiece(graph.nodes, graph.edges);
    const computed = performance.now();
    this.store.dispatch(make(graph, { ...options, positions }));
    this.canvas.fit();
    say(null);
    this.markLaidOut(started, computed);
  }

  /** Tests and bench/web wait for this: laid out and drawn (with how long the layout and the drawing took). */
  private markLaidOut(started: number, computed: number): void {
    const drawn = performance.now();
    requestAnimationFrame(() => {
      document.body.dataset.layoutMs = String(Math.round(computed - started));
      document.body.dataset.drawMs = String(Math.round(drawn - computed));
      document.body.dataset.layout = String(performance.now());
    });
  }

  /** A full layout of what is visible; one undoable change (or folded into the change before it). */
  async layout(name: string, options: { amend?: boolean } = {}): Promise<void> {
    const state = this.store.state;
    const visible = visibleElements(state);
    if (visible.nodes.size === 0) return;
    say(`Laying out ${visible.nodes.size.toLocaleString('en')} entities…`, 'busy');
    delete document.body.dataset.layout;
    const started = performance.now();
    const positions = await computeLayout(name, state, visible, this.canvas.cy);
    const computed = performance.now();
    this.store.dispatch(actions.setPositions(positions, `layout (${name})`, options.amend));
    this.canvas.fit();
    say(null);
    this.markLaidOut(started, computed);
  }

  select(selection: Selection): void {
    this.store.dispatch(actions.select(selection));
  }

  async showPaths(from: string, to: string): Promise<void> {
    say(`Finding paths from ${this.name(from)} to ${this.name(to)}…`, 'busy');
    try {
      const paths = await fetchPaths(from, to);
      if (paths.length === 0) {
        say(`${this.name(from)} and ${this.name(to)} are not connected within 4 steps.`);
        this.store.dispatch(actions.select({ kind: 'path', from, to }));
        return;
      }
      const piece = { nodes: paths.flatMap((p) => p.nodes), edges: paths.flatMap((p) => p.edges) };
      this.store.dispatch(actions.showPath(piece, from, to, `paths from ${this.name(from)} to ${this.name(to)}`));
      say(null);
      this.canvas.fit(piece.nodes.map((n) => n.id));
    } catch (error) {
      this.fail(error);
    }
  }

  /** Saves the investigation on the server: a new view, or over the one it came from. */
  async saveView(name: string, options: { asNew?: boolean } = {}): Promise<boolean> {
    const state = this.store.state;
    try {
      const saved = await saveViewApi({ ...(state.view && !options.asNew ? { id: state.view.id } : {}), name, state: toJson(state, name) });
      this.store.dispatch(actions.markSaved({ id: saved.id, name: saved.name }));
      say(`Saved "${saved.name}" (${saved.elementCount.toLocaleString('en')} elements).`);
      return true;
    } catch (error) {
      if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') throw error;
      this.fail(error);
      return false;
    }
  }

  /** Opens a saved view exactly as it was saved. */
  async openView(id: string, options: { isTravel?: boolean } = {}): Promise<void> {
    say('Opening the view…', 'busy');
    try {
      const view = await fetchView(id);
      if (!view) return say('This saved view does not exist (any more).', 'error');
      const { investigation } = fromDocument(view.state);
      this.restore({ ...investigation, view: { id: view.id, name: view.name }, modified: false }, `open "${view.name}"`, options);
      say(null);
    } catch (error) {
      this.fail(error);
    }
  }

  /** Opens a link that names its canvas: the entities and relations it lists, laid out, with its path, pins, hidden and groups. */
  async openLink(route: CanvasRoute): Promise<void> {
    say('Opening the link…', 'busy');
    try {
      const piece = await fetchCanvas(route.canvas.nodes, route.canvas.edges);
      delete document.body.dataset.layout;
      const positions = await layoutPiece(piece.nodes, piece.edges);
      const investigation = investigationFromLink(route, piece, positions);
      this.restore(investigation, 'open a link', { isTravel: true });
      const gone = route.canvas.nodes.length - piece.nodes.length + (route.canvas.edges.length - piece.edges.length);
      say(`Opened link: ${describeCanvas(investigation)}${gone ? ` (${gone} element${gone === 1 ? ' is' : 's are'} no longer in the graph)` : ''}.`);
    } catch (error) {
      this.fail(error);
    }
  }

  /** Opens a short link: the canvas kept on the server, exactly as it was (positions too). */
  async openShared(id: string): Promise<void> {
    say('Opening the shared view…', 'busy');
    try {
      const shared = await fetchSharedCanvas(id);
      if (!shared) return say(`The short link ${id} is unknown or has expired (short links are kept 30 days). Ask for a new link, or for the view saved by name.`, 'error');
      const { investigation } = fromDocument(shared.state);
      rememberShortLink(investigation, id);
      this.restore(investigation, 'open a shared view', { isTravel: true });
      say(`Opened shared view ${id} (saved ${timeAgo(shared.createdAt, Date.now())}): ${describeCanvas(investigation)}.`);
    } catch (error) {
      this.fail(error);
    }
  }

  /** Opens an exported view file. */
  importFile(text: string, fileName: string): void {
    try {
      const { name, investigation } = fromDocument(text);
      this.restore({ ...investigation, modified: true }, `import ${name || fileName}`);
      say(`Imported "${name || fileName}".`);
    } catch (error) {
      this.fail(error);
    }
  }

  /** Puts a whole investigation on the canvas with its viewport (or fitted when it has none). */
  restore(investigation: Investigation, label: string, options: { isTravel?: boolean } = {}): void {
    this.store.dispatch(actions.openInvestigation(investigation, label), options);
    if (investigation.viewport) this.canvas.setViewport(investigation.viewport);
    else this.canvas.fit();
    document.body.dataset.layout = String(performance.now());
  }
}
