/**
 * The map view: the investigation (map/placement.ts) drawn on a world map in one 2D canvas, with
 * no tile server. Country shapes come from Natural Earth (world-atlas, shipped with the app and
 * loaded when the map first opens), projected with d3-geo (Natural Earth projection); d3-zoom
 * pans and zooms. Countries on the canvas are tinted at their shape; nodes sit at their points;
 * relations are arcs coloured and dashed by class as on the graph, those ended by the playhead
 * drawn ended as there (short faded dashes, a ring at their end). Clicks and hovers are hit tested
 * here and go out as the same callbacks as the graph's, so selection and the details panel are
 * shared.
 */
import { geoContains, geoNaturalEarth1, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas110 from 'world-atlas/countries-110m.json?url';
import atlas50 from 'world-atlas/countries-50m.json?url';
import { labelWidth } from '../graph/canvas.ts';
import { chooseLabels } from '../graph/labels.ts';
import { CLAIM_STYLE, CLASS_STYLE, ENDED_STYLE, LABEL_PX, TYPE_STYLE } from '../graph/style.ts';
import type { Point } from '../state/types.ts';
import type { MapArc, MapModel, MapNode } from './placement.ts';

export interface MapEvents {
  onTapNode(id: string, isAdditive: boolean): void;
  onTapEdge(edge: { id: string; source: string; target: string; members: string[] }): void;
  onTapBackground(): void;
  onDoubleTapNode(id: string): void;
  onContextMenu(id: string | null, at: Point): void;
}

/** What the map highlights: selected nodes and edges (drawn ids), and the focus whose arcs stand out. */
export interface MapHighlight {
  selected: Set<string>;
  focus: string | null;
}

type Country = Feature<Geometry, { name: string }>;

/** Projected base size; the zoom transform scales it to the screen. */
const BASE = { width: 1000, height: 520 };
/** Above this zoom the 1:50m shapes replace the 1:110m ones. */
const DETAIL_ZOOM = 3;

async function loadCountries(url: string): Promise<Country[]> {
  const topology = (await (await fetch(url)).json()) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  return (feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>).features;
}

export class MapView {
  readonly canvas: HTMLCanvasElement;
  private readonly context: CanvasRenderingContext2D;
  private readonly projection = geoNaturalEarth1().fitExtent([[4, 4], [BASE.width - 4, BASE.height - 4]], { type: 'Sphere' });
  private readonly zoomer: ZoomBehavior<HTMLCanvasElement, unknown>;
  private transform: ZoomTransform = zoomIdentity;
  private model: MapModel = { nodes: [], arcs: [], notPlaced: [] };
  private highlight: MapHighlight = { selected: new Set(), focus: null };
  private hovered: string | null = null;
  /** Country shapes (coarse, then detailed once zoomed in) as projected paths. */
  private shapes: { coarse: Country[] | null; detail: Country[] | null } = { coarse: null, detail: null };
  private paths = new Map<Country, Path2D>();
  private tints = new Map<string, Country | null>();
  private projected = new Map<string, [number, number]>();
  private frame = 0;
  private isLoadingDetail = false;
  /** While a pan or zoom goes on, frames leave out borders and labels (drawn again when it ends). */
  private isMoving = false;
  /** Screen positions of the last drawing, for hit tests and tests. */
  private screen = new Map<string, { x: number; y: number; r: number }>();

  constructor(
    private readonly container: HTMLElement,
    private readonly events: MapEvents,
  ) {
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'map-canvas';
    this.canvas.tabIndex = 0;
    this.canvas.setAttribute('aria-label', 'World map of the investigation: drag to pan, wheel or +/- to zoom, 0 fits; click an entity or arc to select it');
    container.append(this.canvas);
    this.context = this.canvas.getContext('2d')!;
    this.zoomer = zoom<HTMLCanvasElement, unknown>()
      .scaleExtent([0.8, 80])
      .on('start', () => {
        this.isMoving = true;
      })
      .on('zoom', (event: D3ZoomEvent<HTMLCanvasElement, unknown>) => {
        this.transform = event.transform;
        this.request();
      })
      .on('end', () => {
        this.isMoving = false;
        this.request();
      });
    select(this.canvas).call(this.zoomer).on('dblclick.zoom', null);
    this.canvas.addEventListener('click', (e) => this.onClick(e));
    this.canvas.addEventListener('dblclick', (e) => {
      const hit = this.nodeAt(this.local(e));
      if (hit) events.onDoubleTapNode(hit);
    });
    this.canvas.addEventListener('contextmenu', (e) => {
      e.preventDefault();
      events.onContextMenu(this.nodeAt(this.local(e)), { x: e.clientX, y: e.clientY });
    });
    this.canvas.addEventListener('pointermove', (e) => {
      const hit = this.nodeAt(this.local(e)) ?? this.arcAt(this.local(e))?.id ?? null;
      this.canvas.style.cursor = hit ? 'pointer' : 'grab';
      if (hit !== this.hovered) {
        this.hovered = hit;
        if (hit) document.body.dataset.mapHovered = hit;
        else delete document.body.dataset.mapHovered;
        this.request();
      }
    });
    this.canvas.addEventListener('keydown', (e) => this.onKey(e));
    new ResizeObserver(() => this.request()).observe(container);
  }

  /** Loads the country shapes (once) and draws. */
  async open(): Promise<void> {
    this.shapes.coarse ??= await loadCountries(atlas110);
    this.tints.clear();
    this.request();
  }

  /** Draws a new model (the investigation changed) with what is selected. */
  sync(model: MapModel, highlight: MapHighlight): void {
    this.model = model;
    this.highlight = highlight;
    this.projected.clear();
    for (const n of model.nodes) {
      const p = this.projection([n.lon, n.lat]);
      if (p) this.projected.set(n.id, p);
    }
    this.request();
  }

  /** Zooms to what is placed (the whole world when nothing is). */
  fit(): void {
    const { width, height } = this.size();
    const points = [...this.projected.values()];
    let t = zoomIdentity.translate((width - BASE.width * Math.min(width / BASE.width, height / BASE.height)) / 2, (height - BASE.height * Math.min(width / BASE.width, height / BASE.height)) / 2).scale(Math.min(width / BASE.width, height / BASE.height));
    if (points.length > 0) {
      const xs = points.map((p) => p[0]);
      const ys = points.map((p) => p[1]);
      const [x1, x2, y1, y2] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
      // Room around for the rings of entities at a country's point and for labels.
      const pad = 70;
      const k = Math.max(0.8, Math.min(12, (width - 2 * pad) / Math.max(20, x2 - x1), (height - 2 * pad) / Math.max(20, y2 - y1)));
      t = zoomIdentity.translate(width / 2 - (k * (x1 + x2)) / 2, height / 2 - (k * (y1 + y2)) / 2).scale(k);
    }
    select(this.canvas).call(this.zoomer.transform, t);
  }

  /** Screen positions (px, in the map's box) of placed nodes: tests, bench/web and the keyboard use them. */
  screenPositions(): { id: string; x: number; y: number; r: number }[] {
    return [...this.screen].map(([id, p]) => ({ id, ...p }));
  }

  /** The middle of an arc on screen (tests click it). */
  arcMidpoint(id: string): Point | null {
    const arc = this.model.arcs.find((a) => a.id === id);
    const curve = arc && this.curve(arc);
    if (!curve) return null;
    return { x: 0.25 * curve.a.x + 0.5 * curve.control.x + 0.25 * curve.b.x, y: 0.25 * curve.a.y + 0.5 * curve.control.y + 0.25 * curve.b.y };
  }

  /** The arcs drawn (ids and ends; `ended`: drawn ended, with when and by what). */
  arcs(): { id: string; source: string; target: string; class: string; count: number; ended: string | null }[] {
    return this.model.arcs.filter((a) => this.screen.has(a.source) && this.screen.has(a.target)).map((a) => ({ id: a.id, source: a.source, target: a.target, class: a.class, count: a.count, ended: a.ended }));
  }

  get notPlaced(): MapModel['notPlaced'] {
    return this.model.notPlaced;
  }

  private size(): { width: number; height: number } {
    return { width: this.container.clientWidth || 800, height: this.container.clientHeight || 500 };
  }

  private request(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  private local(e: MouseEvent): Point {
    const box = this.canvas.getBoundingClientRect();
    return { x: e.clientX - box.left, y: e.clientY - box.top };
  }

  private draw(): void {
    const started = performance.now();
    const { width, height } = this.size();
    const ratio = window.devicePixelRatio || 1;
    if (this.canvas.width !== Math.round(width * ratio) || this.canvas.height !== Math.round(height * ratio)) {
      this.canvas.width = Math.round(width * ratio);
      this.canvas.height = Math.round(height * ratio);
      this.canvas.style.width = `${width}px`;
      this.canvas.style.height = `${height}px`;
    }
    const c = this.context;
    c.setTransform(ratio, 0, 0, ratio, 0, 0);
    c.fillStyle = '#e8f0f8';
    c.fillRect(0, 0, width, height);
    this.drawCountries(c, ratio);
    this.placeOnScreen();
    this.drawArcs(c);
    this.drawNodes(c);
    if (!this.isMoving) this.drawLabels(c, width, height);
    // Tests and bench/web read these: what was drawn, and how long the frame took.
    document.body.dataset.mapDrawn = String(this.screen.size);
    document.body.dataset.mapFrameMs = (performance.now() - started).toFixed(1);
  }

  private drawCountries(c: CanvasRenderingContext2D, ratio: number): void {
    const t = this.transform;
    if (t.k >= DETAIL_ZOOM && !this.shapes.detail && !this.isLoadingDetail) {
      this.isLoadingDetail = true;
      void loadCountries(atlas50).then((countries) => {
        this.shapes.detail = countries;
        this.tints.clear();
        this.request();
      });
    }
    const countries = (t.k >= DETAIL_ZOOM && this.shapes.detail) || this.shapes.coarse;
    c.save();
    c.setTransform(ratio * t.k, 0, 0, ratio * t.k, ratio * t.x, ratio * t.y);
    c.fillStyle = '#f8fafc';
    c.beginPath();
    geoPath(this.projection, c)({ type: 'Sphere' });
    c.fill();
    if (countries) {
      c.fillStyle = '#e2e8f0';
      c.strokeStyle = '#ffffff';
      c.lineWidth = 0.8 / t.k;
      for (const country of countries) {
        const path = this.pathOf(country);
        c.fill(path);
        if (!this.isMoving) c.stroke(path);
      }
      // Countries on the canvas: their shape tinted with their node's colour.
      c.globalAlpha = 0.28;
      for (const n of this.model.nodes) {
        if (!n.isCountry) continue;
        const shape = this.shapeOf(n, countries);
        if (!shape) continue;
        c.fillStyle = n.colour;
        c.fill(this.pathOf(shape));
      }
      c.globalAlpha = 1;
    }
    c.restore();
  }

  private pathOf(country: Country): Path2D {
    let path = this.paths.get(country);
    if (!path) {
      path = new Path2D(geoPath(this.projection)(country as GeoPermissibleObjects) ?? '');
      this.paths.set(country, path);
    }
    return path;
  }

  /** The shape containing a country node's point (found once per node and atlas). */
  private shapeOf(n: MapNode, countries: Country[]): Country | null {
    const key = `${countries === this.shapes.detail ? 'd' : 'c'}:${n.id}`;
    if (!this.tints.has(key)) this.tints.set(key, countries.find((f) => geoContains(f, [n.lon, n.lat])) ?? null);
    return this.tints.get(key)!;
  }

  private placeOnScreen(): void {
    const t = this.transform;
    this.screen.clear();
    for (const n of this.model.nodes) {
      const p = this.projected.get(n.id);
      if (!p) continue;
      this.screen.set(n.id, { x: t.x + t.k * p[0] + n.dx, y: t.y + t.k * p[1] + n.dy, r: n.radius });
    }
  }

  /** Control point of an arc: the chord bent sideways by its `bend` (placement.ts: a pair's arcs to one side, an ended one further). */
  private curve(arc: MapArc): { a: Point; b: Point; control: Point } | null {
    const a = this.screen.get(arc.source);
    const b = this.screen.get(arc.target);
    if (!a || !b) return null;
    const mx = (a.x + b.x) / 2;
    const my = (a.y + b.y) / 2;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    return { a, b, control: { x: mx - dy * arc.bend, y: my + dx * arc.bend } };
  }

  /** Arcs grouped by look (colour, dash, width, opacity), one path and one stroke per group: thousands stay cheap. */
  private drawArcs(c: CanvasRenderingContext2D): void {
    const { selected, focus } = this.highlight;
    const isAnySelected = selected.size > 0;
    const groups = new Map<string, { colour: string; dash: number[]; width: number; alpha: number; curves: { a: Point; b: Point; control: Point }[] }>();
    const rings: { at: Point; colour: string; alpha: number }[] = [];
    const add = (key: string, look: { colour: string; dash: number[]; width: number; alpha: number }, curve: { a: Point; b: Point; control: Point }) => {
      const group = groups.get(key) ?? { ...look, curves: [] };
      group.curves.push(curve);
      groups.set(key, group);
    };
    for (const arc of this.model.arcs) {
      const curve = this.curve(arc);
      if (!curve) continue;
      const style = CLASS_STYLE[arc.class];
      const isStrong = selected.has(arc.id) || arc.source === focus || arc.target === focus || arc.id === this.hovered || arc.source === this.hovered || arc.target === this.hovered;
      if (arc.disputed) add(`d${arc.width}`, { colour: CLAIM_STYLE.disputed.color, dash: [], width: arc.width + 5, alpha: 0.3 }, curve);
      const isEnded = arc.ended !== null;
      const dash = isEnded ? [...ENDED_STYLE.dash] : arc.unasserted ? [2, 3] : style?.dashed ? [6, 4] : [];
      const width = isStrong ? arc.width + 1.5 : arc.width;
      const alpha = (isStrong ? 1 : isAnySelected ? 0.25 : arc.unasserted ? 0.45 : 0.65) * (isEnded && !isStrong ? ENDED_STYLE.opacity : 1);
      const colour = style?.color ?? '#94a3b8';
      add(`${colour}|${dash.join()}|${width}|${alpha}`, { colour, dash, width, alpha }, curve);
      if (isEnded) rings.push({ at: ringAt(curve, this.screen.get(arc.target)!.r), colour, alpha: Math.min(1, alpha / ENDED_STYLE.opacity) }); // the ring unfaded, as the graph's arrow
    }
    // Strong arcs last, over the others.
    for (const g of [...groups.values()].sort((a, b) => a.alpha - b.alpha)) {
      c.beginPath();
      for (const { a, b, control } of g.curves) {
        c.moveTo(a.x, a.y);
        c.quadraticCurveTo(control.x, control.y, b.x, b.y);
      }
      c.strokeStyle = g.colour;
      c.lineWidth = g.width;
      c.setLineDash(g.dash);
      c.globalAlpha = g.alpha;
      c.stroke();
    }
    c.setLineDash([]);
    // Ended arcs end in a hollow ring, as on the graph.
    c.lineWidth = 2;
    c.fillStyle = '#ffffff';
    for (const ring of rings) {
      c.globalAlpha = ring.alpha;
      c.strokeStyle = ring.colour;
      c.beginPath();
      c.arc(ring.at.x, ring.at.y, RING_RADIUS, 0, 2 * Math.PI);
      c.fill();
      c.stroke();
    }
    c.globalAlpha = 1;
  }

  private drawNodes(c: CanvasRenderingContext2D): void {
    const { selected, focus } = this.highlight;
    for (const n of this.model.nodes) {
      const p = this.screen.get(n.id);
      if (!p) continue;
      c.beginPath();
      traceShape(c, n.isGroup ? 'octagon' : (TYPE_STYLE[n.type]?.shape ?? 'ellipse'), p.x, p.y, p.r);
      c.fillStyle = n.colour;
      c.fill();
      const isSelected = selected.has(n.id) || n.id === focus;
      c.lineWidth = isSelected ? 3 : n.isGroup ? 2.5 : 1.2;
      c.strokeStyle = isSelected ? '#0f172a' : n.id === this.hovered ? '#f97316' : '#ffffff';
      c.stroke();
    }
  }

  /** Labels that fit without overlapping (the graph's rule), the selection and the largest first. */
  private drawLabels(c: CanvasRenderingContext2D, width: number, height: number): void {
    const { selected, focus } = this.highlight;
    const candidates = this.model.nodes.flatMap((n) => {
      const p = this.screen.get(n.id);
      if (!p) return [];
      const boost = selected.has(n.id) || n.id === focus || n.id === this.hovered ? 1e9 : 0;
      return [{ id: n.id, x: p.x, y: p.y, r: p.r, width: labelWidth(n.label), height: LABEL_PX + 2, importance: boost + n.importance }];
    });
    const chosen = chooseLabels(candidates, 1, { x1: 0, y1: 0, x2: width, y2: height }, 300);
    c.font = `${LABEL_PX}px system-ui, sans-serif`;
    c.lineWidth = 3;
    c.strokeStyle = 'rgba(255,255,255,0.9)';
    c.fillStyle = '#0f172a';
    c.lineJoin = 'round';
    const byId = new Map(this.model.nodes.map((n) => [n.id, n]));
    for (const [id, side] of chosen) {
      const p = this.screen.get(id)!;
      const text = byId.get(id)!.label;
      const w = labelWidth(text);
      const x = side.endsWith('right') ? p.x + p.r + 3 : side.endsWith('left') ? p.x - p.r - 3 - w : p.x - w / 2;
      const y = side.startsWith('below') ? p.y + p.r + 3 + LABEL_PX : side.startsWith('above') ? p.y - p.r - 4 : p.y + LABEL_PX / 2 - 1;
      c.strokeText(text, x, y);
      c.fillText(text, x, y);
    }
    document.body.dataset.mapLabels = String(chosen.size);
  }

  private nodeAt(at: Point): string | null {
    let best: string | null = null;
    let bestDistance = Infinity;
    for (const [id, p] of this.screen) {
      const d = Math.hypot(p.x - at.x, p.y - at.y);
      if (d <= p.r + 3 && d < bestDistance) {
        best = id;
        bestDistance = d;
      }
    }
    return best;
  }

  private arcAt(at: Point): MapArc | null {
    for (const arc of this.model.arcs) {
      const curve = this.curve(arc);
      if (!curve) continue;
      for (let i = 0; i <= 16; i++) {
        const t = i / 16;
        const x = (1 - t) * (1 - t) * curve.a.x + 2 * (1 - t) * t * curve.control.x + t * t * curve.b.x;
        const y = (1 - t) * (1 - t) * curve.a.y + 2 * (1 - t) * t * curve.control.y + t * t * curve.b.y;
        if (Math.hypot(x - at.x, y - at.y) <= arc.width / 2 + 3) return arc;
      }
    }
    return null;
  }

  private onClick(e: MouseEvent): void {
    const at = this.local(e);
    const node = this.nodeAt(at);
    if (node) return this.events.onTapNode(node, e.shiftKey);
    const arc = this.arcAt(at);
    if (arc) return this.events.onTapEdge({ id: arc.id, source: arc.source, target: arc.target, members: arc.members });
    this.events.onTapBackground();
  }

  private onKey(e: KeyboardEvent): void {
    const step = 60;
    const move: Record<string, [number, number]> = { ArrowLeft: [step, 0], ArrowRight: [-step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
    const selection = select(this.canvas);
    if (move[e.key]) this.zoomer.translateBy(selection, move[e.key]![0] / this.transform.k, move[e.key]![1] / this.transform.k);
    else if (e.key === '+' || e.key === '=') this.zoomer.scaleBy(selection, 1.5);
    else if (e.key === '-') this.zoomer.scaleBy(selection, 1 / 1.5);
    else if (e.key === '0') this.fit();
    else return;
    e.preventDefault();
  }
}

/** The ring at an ended arc's end: on the curve, just outside its target. */
const RING_RADIUS = ENDED_STYLE.ringRadius;
function ringAt({ b, control }: { b: Point; control: Point }, targetRadius: number): Point {
  const length = Math.hypot(b.x - control.x, b.y - control.y) || 1;
  const away = targetRadius + RING_RADIUS + 2;
  return { x: b.x - ((b.x - control.x) / length) * away, y: b.y - ((b.y - control.y) / length) * away };
}

/** The graph's node shapes, drawn small on the map (a diamond for places, a square for people, …). */
function traceShape(c: CanvasRenderingContext2D, shape: string, x: number, y: number, r: number): void {
  const polygon = (sides: number, rotation: number) => {
    for (let i = 0; i < sides; i++) {
      const a = rotation + (2 * Math.PI * i) / sides;
      if (i === 0) c.moveTo(x + r * Math.cos(a), y + r * Math.sin(a));
      else c.lineTo(x + r * Math.cos(a), y + r * Math.sin(a));
    }
    c.closePath();
  };
  switch (shape) {
    case 'diamond':
      return polygon(4, 0);
    case 'hexagon':
      return polygon(6, 0);
    case 'octagon':
      return polygon(8, Math.PI / 8);
    case 'round-rectangle':
    case 'rectangle':
    case 'barrel':
    case 'round-tag':
      return c.rect(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7);
    default:
      c.arc(x, y, r, 0, 2 * Math.PI);
  }
}
