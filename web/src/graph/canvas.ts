/**
 * The canvas: one Cytoscape instance kept in step with the investigation. `sync` applies the
 * difference between the state and what is drawn (elements, positions, classes), so the state
 * stays the only source of truth; user gestures go back out as callbacks that dispatch actions.
 */
import cytoscape, { type Core, type EdgeCollection, type ElementDefinition, type NodeCollection, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { Investigation, Point } from '../state/types.ts';
import type { Visible } from '../state/visibility.ts';
import { chooseLabels, type LabelCandidate } from './labels.ts';
import { LABEL_PX, LARGE_GRAPH_EDGES, stylesheet } from './style.ts';
import { edgeElement, nodeElement } from './to-elements.ts';

cytoscape.use(fcose);

export interface CanvasEvents {
  onTapNode(id: string): void;
  onTapEdge(id: string): void;
  onTapBackground(): void;
  /** Nodes the analyst dragged, at their new places. */
  onDragged(positions: Record<string, Point>): void;
  onViewport(viewport: { zoom: number; pan: Point }): void;
}

const textWidths = new Map<string, number>();
let measure: CanvasRenderingContext2D | null | undefined;
/** Width in pixels of a label at LABEL_PX (measured once per text). */
function labelWidth(text: string): number {
  let width = textWidths.get(text);
  if (width === undefined) {
    measure ??= document.createElement('canvas').getContext('2d');
    if (measure) measure.font = `${LABEL_PX}px system-ui, sans-serif`;
    width = measure ? measure.measureText(text).width : text.length * LABEL_PX * 0.6;
    textWidths.set(text, width);
  }
  return width;
}

export class Canvas {
  readonly cy: Core;
  private state: Investigation | undefined;
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
      boxSelectionEnabled: false,
    });
    const cy = this.cy;
    cy.on('tap', 'node', (e) => events.onTapNode((e.target as NodeSingular).id()));
    cy.on('tap', 'edge', (e) => events.onTapEdge(e.target.id() as string));
    cy.on('tap', (e) => {
      if (e.target === cy) events.onTapBackground();
    });
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

  /** Draws the investigation: adds, removes and moves elements, and sets their classes. */
  sync(state: Investigation, visible: Visible): void {
    const cy = this.cy;
    this.state = state;
    // Switch the stylesheet before adding thousands of elements, not after (a restyle of all of them).
    const isLarge = visible.edges.size > LARGE_GRAPH_EDGES;
    if (isLarge !== this.isLarge) {
      this.isLarge = isLarge;
      cy.style(stylesheet({ isLarge }));
    }
    cy.batch(() => {
      cy.remove(cy.nodes().filter((n) => !state.nodes[n.id()]));
      cy.remove(cy.edges().filter((e) => !state.edges[e.id()]));
      const added: ElementDefinition[] = [];
      for (const n of Object.values(state.nodes)) {
        const existing = cy.getElementById(n.id);
        if (existing.empty()) {
          added.push(nodeElement(n, state.positions[n.id]));
          continue;
        }
        const element = nodeElement(n, undefined);
        if (existing.data('size') !== element.data.size || existing.data('name') !== element.data.name) existing.data(element.data);
        const at = state.positions[n.id];
        const now = existing.position();
        if (at && (Math.abs(now.x - at.x) > 0.5 || Math.abs(now.y - at.y) > 0.5)) {
          const wasLocked = existing.locked();
          existing.unlock().position({ ...at });
          if (wasLocked) existing.lock();
        }
      }
      if (added.length) cy.add(added);
      const edges = Object.values(state.edges).filter((e) => cy.getElementById(e.id).empty());
      if (edges.length) cy.add(edges.map(edgeElement));
      this.applyClasses(state, visible);
    });
    this.updateLabels();
  }

  private applyClasses(state: Investigation, visible: Visible): void {
    const cy = this.cy;
    const pinned = new Set(state.pinned);
    const path = new Set(state.path);
    const selected = selectedIds(state);
    // A selected entity's relations and neighbours stand out (a pair's are already in `selected`).
    const focus = state.selection.kind === 'node' ? state.selection.id : null;
    const neighbours = new Set<string>();
    const ofSelected = new Set<string>();
    for (const e of Object.values(state.edges)) {
      if (e.source === focus || e.target === focus) {
        neighbours.add(e.source).add(e.target);
        ofSelected.add(e.id);
      }
    }
    const allLabels = state.styling.edgeLabels === 'all';
    cy.nodes().forEach((n) => {
      const id = n.id();
      n.toggleClass('hidden', !visible.nodes.has(id));
      n.toggleClass('path', path.has(id));
      n.toggleClass('faded', path.size > 0 && !path.has(id));
      n.toggleClass('pinned', pinned.has(id));
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
      e.toggleClass('hidden', !visible.edges.has(id));
      e.toggleClass('path', path.has(id));
      e.toggleClass('faded', path.size > 0 && !path.has(id));
      e.toggleClass('of-selected', ofSelected.has(id));
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
        n.style({ 'font-size': LABEL_PX * k, 'text-margin-y': (n.hasClass('label-above') ? -3 : 3) * k, 'text-outline-width': 2 * k });
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
      const importance = (selected.has(n.id()) ? 1e6 : 0) + (n.hasClass('neighbour-of-selected') ? 1e5 : 0) + (seeds.has(n.id()) ? 1e4 : 0) + (n.data('degree') as number);
      candidates.push({ id: n.id(), x: p.x, y: p.y, r: (n.data('size') as number) / 2, width: labelWidth(label), height: LABEL_PX + 2, importance });
    });
    const chosen = chooseLabels(candidates, cy.zoom(), extent);
    cy.batch(() =>
      cy.nodes().forEach((n) => {
        n.toggleClass('labelled', chosen.below.has(n.id()) || chosen.above.has(n.id()));
        n.toggleClass('label-above', chosen.above.has(n.id()));
      }),
    );
    this.scaleLabels(cy.elements('node.labelled, node:selected, node.neighbour-of-selected, node.path, edge.show-label, edge:selected'));
  }

  /**
   * Fits the visible nodes (or `ids`) into the window. The box comes from node positions and
   * sizes: Cytoscape's own fit measures every edge and label, seconds at 5,000 elements.
   */
  fit(ids?: string[]): void {
    const cy = this.cy;
    cy.resize();
    const wanted = new Set(ids ?? []);
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
    const node = this.cy.getElementById(id);
    if (node.nonempty()) this.cy.center(node);
  }

  /** True when every one of `ids` lies inside the window. */
  isInView(ids: string[]): boolean {
    const e = this.cy.extent();
    return ids.every((id) => {
      const n = this.cy.getElementById(id);
      if (n.empty()) return true;
      const p = n.position();
      return p.x >= e.x1 && p.x <= e.x2 && p.y >= e.y1 && p.y <= e.y2;
    });
  }

  setViewport(viewport: { zoom: number; pan: Point }): void {
    this.cy.resize();
    this.cy.viewport({ zoom: viewport.zoom, pan: { ...viewport.pan } });
  }

  /** Positions on screen (rendered pixels) of the visible nodes, for arrow-key moves. */
  renderedNodes(): (Point & { id: string })[] {
    return this.cy.nodes(':visible').map((n) => ({ id: n.id(), ...n.renderedPosition() }));
  }
}

/** Element ids the selection names (a pair names both entities and the relations between them). */
export function selectedIds(state: Investigation): Set<string> {
  const s = state.selection;
  switch (s.kind) {
    case 'node':
    case 'edge':
      return new Set([s.id]);
    case 'pair': {
      const ids = new Set([s.a, s.b]);
      for (const e of Object.values(state.edges)) if ((e.source === s.a && e.target === s.b) || (e.source === s.b && e.target === s.a)) ids.add(e.id);
      return ids;
    }
    default:
      return new Set();
  }
}
