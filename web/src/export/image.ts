/**
 * The canvas as a self-contained SVG picture (pure): a title, the date range and filters in force,
 * the graph as drawn (every visible entity named, relations in their class's colour and dash,
 * claims, notes and relations ended by the playhead marked as on screen), a legend of what the
 * picture uses, and a source line.
 * The PNG export is this SVG rasterized by the browser, so both show the same thing.
 */
import type { Drawn, DrawnEdge, DrawnNode } from '../graph/drawn.ts';
import { CLAIM_STYLE, CLASS_STYLE, ENDED_STYLE, NOTE_COLOUR, TYPE_STYLE } from '../graph/style.ts';

export interface PictureText {
  title: string;
  /** Date range and filters in force. */
  subtitle: string;
  source: string;
  /** When the canvas is drawn as of the playhead: its day (the legend names it beside ended relations) and a line under the subtitle saying what ended. */
  asOf?: { day: string; words: string };
}

const FONT = 'font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif"';
const MARGIN = 24;
const HEADER = 76;
/** Under the subtitle, the as-of line. */
const AS_OF_LINE = 20;
const FOOTER = 40;
/** About how wide a character is at the subtitle's 13 px and the source line's 11 px (DejaVu Sans), so neither runs off the picture. */
const CHAR_13 = 7.8;
const CHAR_11 = 6.6;
const LEGEND_WIDTH = 230;

/** XML text and attribute values: the five characters XML reserves, escaped. */
export const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

const rounded = (n: number) => Math.round(n * 10) / 10;

/** A node's outline in the type's shape (circle, box, hexagon, diamond), centred on (x, y). */
function shape(n: DrawnNode, x: number, y: number): string {
  const r = n.size / 2;
  const fill = `fill="${escapeXml(n.colour)}" stroke="#ffffff" stroke-width="1"`;
  const kind = n.group ? 'group' : (TYPE_STYLE[n.type]?.shape ?? 'ellipse');
  const points = (pts: [number, number][]) => `<polygon points="${pts.map(([px, py]) => `${rounded(x + px * r)},${rounded(y + py * r)}`).join(' ')}" ${fill}/>`;
  switch (kind) {
    case 'ellipse':
      return `<circle cx="${rounded(x)}" cy="${rounded(y)}" r="${rounded(r)}" ${fill}/>`;
    case 'hexagon':
      return points([[-1, 0], [-0.5, -0.87], [0.5, -0.87], [1, 0], [0.5, 0.87], [-0.5, 0.87]]);
    case 'diamond':
      return points([[0, -1], [1, 0], [0, 1], [-1, 0]]);
    case 'group':
      return `<rect x="${rounded(x - r)}" y="${rounded(y - r)}" width="${rounded(2 * r)}" height="${rounded(2 * r)}" rx="${rounded(r / 2)}" fill="${escapeXml(n.colour)}" stroke="#0f172a" stroke-width="3"/>`;
    default:
      return `<rect x="${rounded(x - r)}" y="${rounded(y - r)}" width="${rounded(2 * r)}" height="${rounded(2 * r)}" rx="${rounded(r / 4)}" ${fill}/>`;
  }
}

const ENDED_DASH = ENDED_STYLE.dash.join(' ');
const RING_RADIUS = ENDED_STYLE.ringRadius;
const dashOf = (e: Pick<DrawnEdge, 'class' | 'unasserted' | 'ended'>) => (e.ended !== null ? ENDED_DASH : e.unasserted ? '2 3' : CLASS_STYLE[e.class]?.dashed ? '7 4' : '');
/** The hollow ring an ended relation ends in (graph, map and picture alike); `y` may be the legend row's placeholder. */
const ring = (x: number, y: number | '{y}', colour: string) => `<circle cx="${rounded(x)}" cy="${typeof y === 'number' ? rounded(y) : y}" r="${RING_RADIUS}" fill="#ffffff" stroke="${colour}" stroke-width="1.5"/>`;

/** An edge as a curve (parallel ones bend apart), with an arrow when directed (a ring when ended) and marks for claims and notes. */
function edgeSvg(e: DrawnEdge, from: { x: number; y: number }, centre: { x: number; y: number }, targetRadius: number, bend: number, isNoted: boolean): string {
  const colour = CLASS_STYLE[e.class]?.color ?? '#94a3b8';
  const dx = centre.x - from.x;
  const dy = centre.y - from.y;
  const length = Math.hypot(dx, dy) || 1;
  const cx = (from.x + centre.x) / 2 - (dy / length) * bend;
  const cy = (from.y + centre.y) / 2 + (dx / length) * bend;
  // The curve ends at the target's edge, so its arrow (or an ended relation's ring) shows.
  const isEnded = e.ended !== null;
  const tx = centre.x - cx;
  const ty = centre.y - cy;
  const towards = Math.hypot(tx, ty) || 1;
  const gap = targetRadius + 2 + (isEnded ? 2 * RING_RADIUS : 0);
  const to = e.directed || isEnded ? { x: centre.x - (tx / towards) * gap, y: centre.y - (ty / towards) * gap } : centre;
  const width = Math.min(6, 1.5 + Math.max(0, e.articles - 1) * 0.5);
  const dash = dashOf(e);
  const opacity = isEnded ? ENDED_STYLE.opacity : e.unasserted ? 0.55 : 1;
  const end = isEnded ? '' : e.directed ? ` marker-end="url(#arrow-${e.class})"` : '';
  const parts = [`<path d="M${rounded(from.x)},${rounded(from.y)} Q${rounded(cx)},${rounded(cy)} ${rounded(to.x)},${rounded(to.y)}" fill="none" stroke="${colour}" stroke-width="${rounded(width)}"${dash ? ` stroke-dasharray="${dash}"` : ''}${opacity < 1 ? ` stroke-opacity="${opacity}"` : ''}${end}/>`];
  if (isEnded) parts.push(ring(to.x + (tx / towards) * RING_RADIUS, to.y + (ty / towards) * RING_RADIUS, colour));
  // The curve's midpoint, where claims and notes are marked as on the canvas.
  const px = rounded(0.25 * from.x + 0.5 * cx + 0.25 * to.x);
  const py = rounded(0.25 * from.y + 0.5 * cy + 0.25 * to.y);
  if (e.disputed) parts.push(`<rect x="${px - 4}" y="${py - 4}" width="8" height="8" fill="${CLAIM_STYLE.disputed.color}" transform="rotate(45 ${px} ${py})"/>`);
  if (isNoted) parts.push(`<rect x="${px + 5}" y="${py - 4}" width="8" height="8" fill="${NOTE_COLOUR}"/>`);
  return parts.join('');
}

/** The legend: relation classes, claims, ended relations, notes and entity types that appear in the picture. */
function legend(drawn: Drawn, noted: Set<string>, x: number, y: number, asOf: string | undefined): { svg: string; height: number } {
  const rows: string[] = [];
  let at = y;
  const heading = (text: string) => {
    rows.push(`<text x="${x}" y="${at + 12}" font-size="12" font-weight="bold" fill="#0f172a">${escapeXml(text)}</text>`);
    at += 20;
  };
  const row = (swatch: string, text: string) => {
    rows.push(swatch.replaceAll('{y}', String(at + 8)) + `<text x="${x + 34}" y="${at + 12}" font-size="12" fill="#0f172a">${escapeXml(text)}</text>`);
    at += 18;
  };
  const edges = drawn.edges.filter((e) => e.visible);
  const nodes = drawn.nodes.filter((n) => n.visible);
  heading('Relations');
  for (const [cls, s] of Object.entries(CLASS_STYLE)) {
    if (!edges.some((e) => e.class === cls)) continue;
    row(`<line x1="${x}" y1="{y}" x2="${x + 26}" y2="{y}" stroke="${s.color}" stroke-width="3"${s.dashed ? ' stroke-dasharray="7 4"' : ''}/>`, s.label);
  }
  if (edges.some((e) => e.unasserted)) row(`<line x1="${x}" y1="{y}" x2="${x + 26}" y2="{y}" stroke="#94a3b8" stroke-width="3" stroke-dasharray="2 3"/>`, CLAIM_STYLE.unasserted.label);
  if (edges.some((e) => e.disputed)) row(`<rect x="${x + 9}" y="${at + 4}" width="8" height="8" fill="${CLAIM_STYLE.disputed.color}" transform="rotate(45 ${x + 13} ${at + 8})"/>`, CLAIM_STYLE.disputed.label);
  if (edges.some((e) => e.ended !== null)) {
    row(`<line x1="${x}" y1="{y}" x2="${x + 22}" y2="{y}" stroke="#64748b" stroke-width="3" stroke-dasharray="${ENDED_DASH}" stroke-opacity="${ENDED_STYLE.opacity}"/>${ring(x + 26, '{y}', '#64748b')}`, asOf ? `Ended by ${asOf}` : 'Ended');
    for (const line of ENDED_LEGEND_NOTE) {
      rows.push(`<text x="${x + 34}" y="${at + 9}" font-size="10" fill="#475569">${escapeXml(line)}</text>`);
      at += 13;
    }
    at += 3;
  }
  if (noted.size) row(`<rect x="${x + 9}" y="${at + 4}" width="8" height="8" fill="${NOTE_COLOUR}"/>`, 'Has a note');
  at += 8;
  heading('Entities');
  const types = [...new Set(nodes.filter((n) => !n.group).map((n) => n.type))].sort();
  for (const type of types) row(shape({ ...nodes.find((n) => n.type === type)!, size: 13 }, x + 13, at + 8), type);
  if (nodes.some((n) => n.group)) row(`<rect x="${x + 7}" y="${at + 2}" width="12" height="12" rx="3" fill="#475569" stroke="#0f172a" stroke-width="2"/>`, 'Group of entities');
  return { svg: rows.join('\n'), height: at - y };
}

/** Under "Ended by …": what it means, in lines that fit the legend's width. */
const ENDED_LEGEND_NOTE = ['its state closed by an opposing one:', 'ties restored after being cut,', 'sanctions eased, a ceasefire'];

/** The picture: what `drawn` shows at its positions, framed by a title, a legend and a source line. */
export function pictureSvg(drawn: Drawn, noted: Set<string>, text: PictureText): string {
  const nodes = drawn.nodes.filter((n) => n.visible && n.position);
  const at = new Map(nodes.map((n) => [n.id, n.position!]));
  const sizes = new Map(nodes.map((n) => [n.id, n.size]));
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const n of nodes) {
    const p = n.position!;
    // Room for the name under the node: about 7 px a character at 12 px.
    const half = Math.max(n.size / 2, (n.name.length * 7) / 2) + 8;
    x1 = Math.min(x1, p.x - half);
    x2 = Math.max(x2, p.x + half);
    y1 = Math.min(y1, p.y - n.size / 2);
    y2 = Math.max(y2, p.y + n.size / 2 + 18);
  }
  if (!nodes.length) [x1, y1, x2, y2] = [0, 0, 400, 300];
  // Very large canvases are scaled down to a printable width; small ones keep their size.
  const scale = Math.min(1, 1600 / Math.max(1, x2 - x1));
  const graphWidth = (x2 - x1) * scale;
  const graphHeight = (y2 - y1) * scale;
  const top = HEADER + (text.asOf ? AS_OF_LINE : 0);
  const place = (p: { x: number; y: number }) => ({ x: MARGIN + (p.x - x1) * scale, y: top + (p.y - y1) * scale });
  const legendPart = legend(drawn, noted, MARGIN + graphWidth + 24, top, text.asOf?.day);
  const textWidth = Math.max(...[text.subtitle, text.asOf?.words ?? ''].map((t) => t.length * CHAR_13), text.source.length * CHAR_11);
  const width = Math.round(Math.max(MARGIN + graphWidth + 24 + LEGEND_WIDTH, 2 * MARGIN + textWidth));
  const height = Math.round(top + Math.max(graphHeight, legendPart.height) + FOOTER);
  const pairs = new Map<string, number>();
  const edges = drawn.edges
    .filter((e) => e.visible && at.has(e.source) && at.has(e.target))
    .map((e) => {
      const key = e.source < e.target ? `${e.source}|${e.target}` : `${e.target}|${e.source}`;
      const index = pairs.get(key) ?? 0;
      pairs.set(key, index + 1);
      // Parallel relations of a pair bend apart: 0, +18, −18, +36, …
      const bend = index === 0 ? 0 : (index % 2 ? 1 : -1) * 18 * Math.ceil(index / 2);
      return edgeSvg(e, place(at.get(e.source)!), place(at.get(e.target)!), ((sizes.get(e.target) ?? 0) * scale) / 2, bend, noted.has(e.id));
    });
  const nodeSvg = nodes.map((n) => {
    const p = place(n.position!);
    const ring = noted.has(n.id) ? `<circle cx="${rounded(p.x)}" cy="${rounded(p.y)}" r="${rounded((n.size * scale) / 2 + 5)}" fill="none" stroke="${NOTE_COLOUR}" stroke-width="3" stroke-dasharray="2 2"/>` : '';
    const scaled = { ...n, size: n.size * scale };
    // Every visible entity is named, with a white halo so names stay readable over edges.
    const label = `<text x="${rounded(p.x)}" y="${rounded(p.y + (n.size * scale) / 2 + 13)}" text-anchor="middle" font-size="12" fill="#0f172a" stroke="#ffffff" stroke-width="3" paint-order="stroke">${escapeXml(n.name)}</text>`;
    return ring + shape(scaled, p.x, p.y) + label;
  });
  const markers = Object.entries(CLASS_STYLE)
    .map(([cls, s]) => `<marker id="arrow-${cls}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${s.color}"/></marker>`)
    .join('');
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ${FONT}>`,
    `<title>${escapeXml(text.title)}</title>`,
    `<defs>${markers}</defs>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${MARGIN}" y="32" font-size="20" font-weight="bold" fill="#0f172a">${escapeXml(text.title)}</text>`,
    `<text x="${MARGIN}" y="56" font-size="13" fill="#334155">${escapeXml(text.subtitle)}</text>`,
    text.asOf ? `<text x="${MARGIN}" y="${56 + AS_OF_LINE}" font-size="13" fill="#334155">${escapeXml(text.asOf.words)}</text>` : '',
    `<g class="edges">${edges.join('\n')}</g>`,
    `<g class="nodes">${nodeSvg.join('\n')}</g>`,
    `<g class="legend">${legendPart.svg}</g>`,
    `<text x="${MARGIN}" y="${height - 14}" font-size="11" fill="#475569">${escapeXml(text.source)}</text>`,
    `</svg>`,
  ].join('\n');
}
