/**
 * The canvas: one Cytoscape instance kept in step with the investigation. `sync` draws what
 * drawGraph (drawn.ts) makes of the state (groups collapsed, parallel relations bundled on large
 * canvases) and applies the difference: elements, positions, data, classes. The state stays the
 * only source of truth; gestures go back out as callbacks that dispatch actions.
 */
import cytoscape, { type Core, type EdgeCollection, type EdgeSingular, type ElementDefinition, type EventObject, type NodeCollection, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { notedIds } from '../state/notes.ts';
import type { Ended } from '../state/ended.ts';
import type { Investigation, Point } from '../state/types.ts';
import type { Visible } from '../state/visibility.ts';
import { appearance, typeColour } from './appearance.ts';
import { drawGraph, type Drawn, type DrawnEdge, type DrawnNode } from './drawn.ts';
import { chooseLabels, type LabelCandidate, type LabelSide } from './labels.ts';
import type { Measures } from './measures.ts';
import { LABEL_PX, LARGE_GRAPH_EDGES, stylesheet } from './style.ts';

cytoscape.use(fcose);

/** Above this many relations on the canvas, the relations of a pair are drawn as one edge with a count. */
export const BUNDLE_EDGES = 400;

/** Modifier keys of a gesture: shift adds to (or takes from) the selection. */
export interface Gesture {
  isAdditive: boolean;
}

export interface CanvasEvents {
  onTapNode(id: string, gesture: Gesture): void;
  /** A drawn edge: a relation, or a pair's bundle / a group's aggregate (`members` its relations). */
  onTapEdge(edge: { id: string; source: string; target: string; members: string[] }): void;
  onTapBackground(): void;
  onDoubleTapNode(id: string): void;
  /** Right click or long press on a node (or the background: id null), at a point in the page. */
  onContextMenu(id: string | null, at: Point): void;
  /** Nodes enclosed by a box (shift + drag). */
  onBoxSelect(ids: string[], gesture: Gesture): void;
  /** Nodes the analyst dragged, at their new places. */
  onDragged(positions: Record<string, Point>): void;
  onViewport(viewport: { zoom: number; pan: Point }): void;
}

const textWidths = new Map<string, number>();
let measure: CanvasRenderingContext2D | null | undefined;
/** Width in pixels of a label at LABEL_PX (measured once per text). */
export function labelWidth(text: string): number {
  let width = textWidths.get(text);
  if (width === undefined) {
    measure ??= document.createElement('canvas').getContext('2d');
    if (measure) measure.font = `${LABEL_PX}px system-ui, sans-serif`;
    width = measure ? measure.measureText(text).width : text.length * LABEL_PX * 0.6;
    textWidths.set(text, width);
  }
  return width;
}

const isAdditive = (e: EventObject) => Boolean((e.originalEvent as MouseEvent | undefined)?.shiftKey);

export class Canvas {
  readonly cy: Core;
  private state: Investigation | undefined;
  private drawn: Drawn | undefined;
  private isLarge = false;
  private viewportTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(container: HTMLElement, events: CanvasEvents) {
    this.cy = cytoscape({
      container,
      style: stylesheet({ isLarge: false }),
      minZoom: 0.05,
      maxZoom: 4,
      // While panning and zooming, draw a cached texture without labels: smooth with thousands of elements.
      textureOnViewport: true,
      hideLabelsOnViewport: true,
      hideEdgesOnViewport: false,
      // Shift + drag draws a box (drag alone pans); the state decides what is selected.
      boxSelectionEnabled: true,
      selectionType: 'single',
    });
    const cy = this.cy;
    cy.on('tap', 'node', (e) => events.onTapNode((e.target as NodeSingular).id(), { isAdditive: isAdditive(e) }));
    cy.on('tap', 'edge', (e) => {
      const d = e.target.data() as { id: string; source: string; target: string; members: string[] };
      events.onTapEdge({ id: d.id, source: d.source, target: d.target, members: d.members });
    });
    cy.on('tap', (e) => {
      if (e.target === cy) events.onTapBackground();
    });
    cy.on('dbltap', 'node', (e) => events.onDoubleTapNode((e.target as NodeSingular).id()));
    cy.on('cxttap', (e) => {
      const page = e.originalEvent as MouseEvent | undefined;
      const rendered = e.renderedPosition ?? { x: 0, y: 0 };
      const box = container.getBoundingClientRect();
      const at = page ? { x: page.clientX, y: page.clientY } : { x: box.left + rendered.x, y: box.top + rendered.y };
      events.onContextMenu(e.target === cy || !e.target.isNode?.() ? null : (e.target as NodeSingular).id(), at);
    });
    // The nodes a box encloses arrive one 'box' event each, then the selection settles.
    let boxed: string[] = [];
    let boxIsAdditive = false;
    cy.on('boxstart', (e) => {
      boxed = [];
      boxIsAdditive = isAdditive(e);
    });
    cy.on('box', 'node', (e) => void boxed.push((e.target as NodeSingular).id()));
    cy.on('boxend', () => queueMicrotask(() => events.onBoxSelect(boxed.filter((id) => cy.getElementById(id).visible()), { isAdditive: boxIsAdditive })));
    cy.on('dragfreeon', 'node', (e) => {
      const moved: Record<string, Point> = {};
      const grabbed = (e.target as NodeSingular).union(cy.nodes(':selected'));
      grabbed.forEach((n) => void (moved[n.id()] = { ...n.position() }));
      events.onDragged(moved);
    });
    cy.on('mouseover', 'node', (e) => this.scaleLabels((e.target as NodeSingular).connectedEdges().addClass('hover')));
    cy.on('mouseout', 'node', (e) => (e.target as NodeSingular).connectedEdges().removeClass('hover'));
    cy.on('mouseover', 'edge', (e) => this.scaleLabels(e.target.addClass('hover')));
    cy.on('mouseout', 'edge', (e) => e.target.removeClass('hover'));
    cy.on('viewport', () => {
      clearTimeout(this.viewportTimer);
      this.viewportTimer = setTimeout(() => {
        this.updateLabels();
        events.onViewport({ zoom: cy.zoom(), pan: { ...cy.pan() } });
      }, 150);
    });
  }

  /** What is drawn for the last state (groups, bundles): the map view and the panels read it too. */
  get drawing(): Drawn | undefined {
    return this.drawn;
  }

  /** Draws the investigation: adds, removes and moves elements, and sets their data and classes. */
  sync(state: Investigation, visible: Visible, measures: Measures | null, ended: ReadonlyMap<string, Ended> = new Map()): void {
    const cy = this.cy;
    this.state = state;
    const drawn = drawGraph(state, visible, { bundle: Object.keys(state.edges).length > BUNDLE_EDGES, ...appearance(state.styling, measures), ended }, typeColour);
    this.drawn = drawn;
    // Switch the stylesheet before adding thousands of elements, not after (a restyle of all of them).
    const isLarge = drawn.edges.filter((e) => e.visible).length > LARGE_GRAPH_EDGES;
    if (isLarge !== this.isLarge) {
      this.isLarge = isLarge;
      cy.style(stylesheet({ isLarge }));
    }
    cy.batch(() => {
      const nodeIds = new Set(drawn.nodes.map((n) => n.id));
      const edgeIds = new Set(drawn.edges.map((e) => e.id));
      cy.remove(cy.edges().filter((e) => !edgeIds.has(e.id())));
      cy.remove(cy.nodes().filter((n) => !nodeIds.has(n.id())));
      const added: ElementDefinition[] = [];
      for (const n of drawn.nodes) {
        const existing = cy.getElementById(n.id);
        if (existing.empty()) {
          added.push({ group: 'nodes', data: nodeData(n), ...(n.position ? { position: { ...n.position } } : {}) });
          continue;
        }
        updateData(existing, nodeData(n));
        const at = n.position;
        const now = existing.position();
        if (at && (Math.abs(now.x - at.x) > 0.5 || Math.abs(now.y - at.y) > 0.5)) {
          const wasLocked = existing.locked();
          existing.unlock().position({ ...at });
          if (wasLocked) existing.lock();
        }
      }
      if (added.length) cy.add(added);
      const edges: ElementDefinition[] = [];
      for (const e of drawn.edges) {
        const existing = cy.getElementById(e.id);
        if (existing.empty()) edges.push({ group: 'edges', data: edgeData(e) });
        else updateData(existing, edgeData(e));
      }
      if (edges.length) cy.add(edges);
      this.applyClasses(state, drawn);
    });
    this.updateLabels();
  }

  private applyClasses(state: Investigation, drawn: Drawn): void {
    const cy = this.cy;
    const drawnId = (id: string) => drawn.owner.get(id) ?? id;
    const pinned = new Set(state.pinned);
    // What carries a note is marked where it is drawn (a member's note marks its group, a relation's its bundle).
    const noted = new Set([...notedIds(state)].map(drawnId));
    const path = new Set(state.path.map(drawnId));
    const selected = new Set([...selectedIds(state)].map(drawnId));
    // A selected entity's relations and neighbours stand out (a pair's are already in `selected`).
    const focus = state.selection.kind === 'node' ? drawnId(state.selection.id) : null;
    const neighbours = new Set<string>();
    const ofSelected = new Set<string>();
    for (const e of drawn.edges) {
      if (e.source === focus || e.target === focus) {
        neighbours.add(e.source).add(e.target);
        ofSelected.add(e.id);
      }
    }
    const allLabels = state.styling.edgeLabels === 'all';
    const visibleNodes = new Set(drawn.nodes.filter((n) => n.visible).map((n) => n.id));
    const visibleEdges = new Set(drawn.edges.filter((e) => e.visible).map((e) => e.id));
    cy.nodes().forEach((n) => {
      const id = n.id();
      n.toggleClass('hidden', !visibleNodes.has(id));
      n.toggleClass('path', path.has(id));
      n.toggleClass('faded', path.size > 0 && !path.has(id));
      n.toggleClass('pinned', pinned.has(id));
      n.toggleClass('noted', noted.has(id));
      n.toggleClass('neighbour-of-selected', neighbours.has(id) && !selected.has(id));
      if (pinned.has(id) !== n.locked()) {
        if (pinned.has(id)) n.lock();
        else n.unlock();
      }
      if (selected.has(id) !== n.selected()) {
        if (selected.has(id)) n.select();
        else n.unselect();
      }
    });
    cy.edges().forEach((e) => {
      const id = e.id();
      e.toggleClass('hidden', !visibleEdges.has(id));
      e.toggleClass('path', path.has(id));
      e.toggleClass('faded', path.size > 0 && !path.has(id));
      e.toggleClass('of-selected', ofSelected.has(id));
      e.toggleClass('noted', noted.has(id));
      // The selection's own relations are labelled, unless there are too many to read.
      e.toggleClass('show-label', allLabels || selected.has(id) || (ofSelected.has(id) && ofSelected.size <= 30));
      if (selected.has(id) !== e.selected()) {
        if (selected.has(id)) e.select();
        else e.unselect();
      }
    });
  }

  /** Labels keep one size on screen: the labelled elements get their font size for the current zoom. */
  private scaleLabels(elements: { nodes(): NodeCollection; edges(): EdgeCollection }): void {
    const k = 1 / Math.max(this.cy.zoom(), 0.05);
    this.cy.batch(() => {
      elements.nodes().forEach((n) => {
        const side = labelSide(n);
        const dy = side.startsWith('above') ? -3 : side.startsWith('below') ? 3 : 0;
        const dx = side.endsWith('right') ? 4 : side.endsWith('left') ? -4 : 0;
        n.style({ 'font-size': LABEL_PX * k, 'text-margin-y': dy * k, 'text-margin-x': dx * k, 'text-outline-width': 2 * k });
      });
      elements.edges().style({ 'font-size': LABEL_PX * 0.85 * k, 'text-background-padding': `${k}px` });
    });
  }

  /** Labels on the nodes that have room for one at this zoom, the most important first. */
  updateLabels(): void {
    const state = this.state;
    if (!state) return;
    const cy = this.cy;
    const extent = cy.extent();
    const selected = selectedIds(state);
    const seeds = new Set(state.seeds);
    const candidates: LabelCandidate[] = [];
    cy.nodes().forEach((n) => {
      if (n.hasClass('hidden')) return;
      const p = n.position();
      const label = n.data('label') as string;
      const size = n.data('size') as number;
      // Larger nodes (more central, by the chosen measure) are named first.
      const importance = (selected.has(n.id()) || n.selected() ? 1e7 : 0) + (n.hasClass('neighbour-of-selected') || n.hasClass('path') ? 1e6 : 0) + (seeds.has(n.id()) ? 1e5 : 0) + size * 1000 + (n.data('degree') as number);
      candidates.push({ id: n.id(), x: p.x, y: p.y, r: size / 2, width: labelWidth(label), height: LABEL_PX + 2, importance });
    });
    const chosen = chooseLabels(candidates, cy.zoom(), extent);
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        const side = chosen.get(n.id());
        n.toggleClass('labelled', side !== undefined);
        for (const s of LABEL_SIDES) n.toggleClass(`label-${s}`, side === s);
      });
      // Bundles name their count once few enough are in view to read them.
      const bundles = cy.edges('[?isBundle]').filter(':visible');
      const inView = bundles.filter((e) => {
        const m = (e as EdgeSingular).midpoint();
        return m.x >= extent.x1 && m.x <= extent.x2 && m.y >= extent.y1 && m.y <= extent.y2;
      });
      bundles.removeClass('show-count');
      if (inView.length <= 120) inView.addClass('show-count');
    });
    this.scaleLabels(cy.elements('node.labelled, edge.show-label, edge:selected, edge.show-count'));
    // Tests wait for this: the labels were chosen for the zoom now shown.
    document.body.dataset.labelsZoom = String(cy.zoom());
  }

  /**
   * Fits the visible nodes (or `ids`) into the window. The box comes from node positions and
   * sizes: Cytoscape's own fit measures every edge and label, seconds at 5,000 elements.
   */
  fit(ids?: string[]): void {
    const cy = this.cy;
    cy.resize();
    const wanted = new Set((ids ?? []).map((id) => this.drawn?.owner.get(id) ?? id));
    let x1 = Infinity;
    let y1 = Infinity;
    let x2 = -Infinity;
    let y2 = -Infinity;
    cy.nodes().forEach((n) => {
      if (n.hasClass('hidden') || (wanted.size > 0 && !wanted.has(n.id()))) return;
      const p = n.position();
      const r = (n.data('size') as number) / 2;
      x1 = Math.min(x1, p.x - r);
      y1 = Math.min(y1, p.y - r);
      x2 = Math.max(x2, p.x + r);
      y2 = Math.max(y2, p.y + r + 16); // room for a label under the lowest node
    });
    if (x1 === Infinity) return;
    // Room on the sides for half a long label (they keep their size on screen), less above and below.
    const padX = 90;
    const padY = 40;
    // A few nodes would be blown up to fill the window: at most 1.6×.
    const zoom = Math.min(1.6, Math.max(cy.minZoom(), Math.min((cy.width() - 2 * padX) / Math.max(1, x2 - x1), (cy.height() - 2 * padY) / Math.max(1, y2 - y1))));
    cy.viewport({ zoom, pan: { x: cy.width() / 2 - zoom * (x1 + x2) / 2, y: cy.height() / 2 - zoom * (y1 + y2) / 2 } });
  }

  centre(id: string): void {
    const node = this.cy.getElementById(this.drawn?.owner.get(id) ?? id);
    if (node.nonempty()) this.cy.center(node);
  }

  /** True when every one of `ids` lies inside the window. */
  isInView(ids: string[]): boolean {
    const e = this.cy.extent();
    return ids.every((id) => {
      const n = this.cy.getElementById(this.drawn?.owner.get(id) ?? id);
      if (n.empty()) return true;
      const p = n.position();
      return p.x >= e.x1 && p.x <= e.x2 && p.y >= e.y1 && p.y <= e.y2;
    });
  }

  setViewport(viewport: { zoom: number; pan: Point }): void {
    this.cy.resize();
    this.cy.viewport({ zoom: viewport.zoom, pan: { ...viewport.pan } });
  }

  /** Positions on screen (rendered pixels) of the visible nodes, for arrow-key moves and the lasso. */
  renderedNodes(): (Point & { id: string })[] {
    return this.cy.nodes(':visible').map((n) => ({ id: n.id(), ...n.renderedPosition() }));
  }
}

/** Label sides other than the default (below), each a class. */
const LABEL_SIDES: LabelSide[] = ['above', 'left', 'right', 'below-right', 'below-left', 'above-right', 'above-left'];

function labelSide(n: NodeSingular): LabelSide {
  return LABEL_SIDES.find((s) => n.hasClass(`label-${s}`)) ?? 'below';
}

function nodeData(n: DrawnNode): Record<string, unknown> {
  return { id: n.id, label: n.label, name: n.name, type: n.type, degree: n.degree, size: n.size, colour: n.colour, isGroup: n.group !== undefined };
}

function edgeData(e: DrawnEdge): Record<string, unknown> {
  return { id: e.id, source: e.source, target: e.target, type: e.type, class: e.class, label: e.label, articles: e.articles, directed: e.directed, unasserted: e.unasserted, disputed: e.disputed, ended: e.ended !== null, members: e.members, count: e.count, isBundle: e.members.length > 1 || e.id.startsWith('pair:'), countLabel: e.count > 1 ? `×${e.count}` : '' };
}

/** Sets the data that changed (a data() call restyles the element, so unchanged ones are left alone). */
function updateData(element: cytoscape.CollectionReturnValue, data: Record<string, unknown>): void {
  const current = element.data() as Record<string, unknown>;
  const changed: Record<string, unknown> = {};
  let isChanged = false;
  for (const [k, v] of Object.entries(data)) {
    if (k === 'id' || k === 'source' || k === 'target') continue;
    const was = current[k];
    if (was === v || (Array.isArray(v) && Array.isArray(was) && v.length === was.length && v.every((x, i) => x === was[i]))) continue;
    changed[k] = v;
    isChanged = true;
  }
  if (isChanged) element.data(changed);
}

/** Element ids the selection names (a pair names both entities and the relations between them). */
export function selectedIds(state: Investigation): Set<string> {
  const s = state.selection;
  switch (s.kind) {
    case 'node':
    case 'edge':
      return new Set([s.id]);
    case 'nodes':
      return new Set(s.ids);
    case 'pair': {
      const ids = new Set([s.a, s.b]);
      for (const e of Object.values(state.edges)) if ((e.source === s.a && e.target === s.b) || (e.source === s.b && e.target === s.a)) ids.add(e.id);
      return ids;
    }
    default:
      return new Set();
  }
}
