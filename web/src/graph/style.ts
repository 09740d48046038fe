/** Visual vocabulary: node shape and colour by entity type, edge colour and dash by relation class. */
import type { StylesheetJson } from 'cytoscape';

export const TYPE_STYLE: Record<string, { color: string; shape: string }> = {
  Country: { color: '#2563eb', shape: 'ellipse' },
  Person: { color: '#d97706', shape: 'round-rectangle' },
  Organization: { color: '#7c3aed', shape: 'hexagon' },
  Place: { color: '#059669', shape: 'diamond' },
  Agreement: { color: '#db2777', shape: 'round-tag' },
  Legislation: { color: '#64748b', shape: 'rectangle' },
  Group: { color: '#0891b2', shape: 'barrel' },
};

/**
 * Relation classes: cooperation blue, conflict vermilion (Okabe and Ito's palette, told apart
 * with the common colour-blindnesses), verbal dashed and material solid, and directed conflicts
 * end in a barred arrow: each class differs by more than its colour.
 */
export const CLASS_STYLE: Record<string, { color: string; dashed: boolean; label: string }> = {
  VERBAL_COOPERATION: { color: '#0072b2', dashed: true, label: 'Verbal cooperation' },
  MATERIAL_COOPERATION: { color: '#005483', dashed: false, label: 'Material cooperation' },
  VERBAL_CONFLICT: { color: '#d55e00', dashed: true, label: 'Verbal conflict' },
  MATERIAL_CONFLICT: { color: '#a13f00', dashed: false, label: 'Material conflict' },
  STRUCTURAL: { color: '#94a3b8', dashed: false, label: 'Structural' },
};

/** How claims are drawn (edges, legend swatches): relations no outlet asserts, and disputed ones. */
export const CLAIM_STYLE = {
  unasserted: { label: 'Not asserted by any outlet', meaning: 'No outlet states it in its own voice: its sentences are only attributed, hedged, proposed or denied' },
  disputed: { color: '#c026d3', label: 'Disputed', meaning: 'Asserted or attributed in some sentences, and denied in others' },
} as const;

/** How a relation ended by the playhead is drawn (state/ended.ts): dashed in short strokes, faded, a ring at its end. */
export const ENDED_STYLE = {
  label: 'Ended by the playhead',
  /** Dash and gap (px at zoom 1) and line opacity: the graph, the map and the exported picture draw it alike. */
  dash: [4, 5],
  opacity: 0.7,
  /** The hollow ring at its end, px (the map and the picture draw it themselves). */
  ringRadius: 4,
  meaning: 'Its state was closed on or before the playhead by an opposing one (ties restored after being cut, sanctions eased, a ceasefire): drawn in short dashes, faded, with a ring at its end; its label says when and by what',
} as const;

/** The marker of an element that carries a note (canvas and legend). */
export const NOTE_COLOUR = '#d97706';

/** Above this many edges drawn, edges are faded and drawn straight in one stroke per pair (haystack). */
export const LARGE_GRAPH_EDGES = 800;

/** Label size on screen in pixels; the canvas divides it by the zoom so labels keep their size. */
export const LABEL_PX = 12;

/**
 * The stylesheet; `isLarge` fades and bundles edges. Label sizes here are for zoom 1: the canvas
 * sets them on the labelled elements for the current zoom (canvas.ts), which is far cheaper than
 * restyling thousands of elements after every zoom.
 */
export function stylesheet(options: { isLarge: boolean }): StylesheetJson {
  const font = LABEL_PX;
  return [
    {
      selector: 'node',
      style: {
        label: '',
        width: 'data(size)',
        height: 'data(size)',
        // The colour is the type's or the community's (graph/appearance.ts); the shape always says the type.
        'background-color': 'data(colour)',
        'border-width': 1,
        'border-color': '#fff',
        'font-size': font,
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-outline-color': '#fff',
        'text-outline-width': 2,
        color: '#0f172a',
      },
    },
    // Named nodes draw over unnamed ones, so a hub's name is not hidden under its leaves. Only the
    // labels the canvas chose are drawn (the selection, its neighbours and paths are chosen first):
    // forcing more, a hub's hundred neighbours, would pile them on each other.
    { selector: 'node.labelled', style: { label: 'data(label)', 'z-index': 5 } },
    { selector: 'node.label-above', style: { 'text-valign': 'top', 'text-margin-y': -3 } },
    { selector: 'node.label-right', style: { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-y': 0, 'text-margin-x': 4 } },
    { selector: 'node.label-left', style: { 'text-valign': 'center', 'text-halign': 'left', 'text-margin-y': 0, 'text-margin-x': -4 } },
    ...(['below-right', 'below-left', 'above-right', 'above-left'] as const).map((side) => ({
      selector: `node.label-${side}`,
      style: { 'text-valign': side.startsWith('below') ? 'bottom' : 'top', 'text-halign': side.endsWith('right') ? 'right' : 'left' } as never,
    })),
    ...Object.entries(TYPE_STYLE).map(([type, s]) => ({
      selector: `node[type = "${type}"]`,
      style: { shape: s.shape as never },
    })),
    // A group: an octagon with a double border, its count in its label ("People (23)").
    { selector: 'node[?isGroup]', style: { shape: 'round-octagon', 'border-width': 4, 'border-style': 'double', 'border-color': '#0f172a', 'font-weight': 'bold' } },
    {
      selector: 'edge',
      style: {
        width: 'mapData(articles, 1, 10, 1.5, 6)',
        'curve-style': options.isLarge ? 'haystack' : 'bezier',
        'haystack-radius': 0,
        'line-color': '#94a3b8',
        'target-arrow-color': '#94a3b8',
        'arrow-scale': 0.8,
        opacity: options.isLarge ? 0.22 : 0.85,
        'font-size': font * 0.85,
        'text-rotation': 'autorotate',
        'text-background-color': '#fff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        color: '#334155',
      },
    },
    ...(options.isLarge
      ? []
      : [
          { selector: 'edge[?directed]', style: { 'target-arrow-shape': 'triangle' as const } },
          { selector: 'edge[?directed][class $= "_CONFLICT"]', style: { 'target-arrow-shape': 'triangle-tee' as const } },
        ]),
    ...Object.entries(CLASS_STYLE).map(([cls, s]) => ({
      selector: `edge[class = "${cls}"]`,
      style: { 'line-color': s.color, 'target-arrow-color': s.color, 'line-style': (s.dashed ? 'dashed' : 'solid') as never },
    })),
    // Claims after the class colours: a claim no outlet asserts is dotted and lighter whatever its
    // class; a disputed one keeps its class colour under a magenta halo with a diamond at its middle.
    { selector: 'edge[?unasserted]', style: { 'line-style': 'dotted', 'line-opacity': 0.55 } },
    {
      selector: 'edge[?disputed]',
      style: {
        'underlay-color': CLAIM_STYLE.disputed.color,
        'underlay-opacity': options.isLarge ? 0.25 : 0.35,
        'underlay-padding': 4,
        'mid-target-arrow-shape': 'diamond',
        'mid-target-arrow-color': CLAIM_STYLE.disputed.color,
        'mid-target-arrow-fill': 'filled',
        color: CLAIM_STYLE.disputed.color,
      } as never,
    },
    // Ended by the playhead, whatever its class: short dashes, faded, a hollow ring where it ends (after the claims: an ended claim reads as ended).
    {
      selector: 'edge[?ended]',
      style: { 'line-style': 'dashed', 'line-dash-pattern': ENDED_STYLE.dash, 'line-opacity': ENDED_STYLE.opacity, 'target-arrow-shape': 'circle', 'target-arrow-fill': 'hollow', 'arrow-scale': 1.1 } as never,
    },
    // The selection's own edges stand out of a faded large graph.
    { selector: 'edge.of-selected, edge:selected, edge.hover', style: { opacity: 1 } },
    // Bundled relations of a pair (and a group's aggregated ones) say how many they are.
    { selector: 'edge.show-count[count > 1]', style: { label: 'data(countLabel)', 'font-weight': 'bold', color: '#0f172a' } },
    { selector: 'edge.show-label, edge:selected, edge.hover', style: { label: 'data(label)' } },
    { selector: ':selected', style: { 'overlay-opacity': 0.15, 'overlay-color': '#0f172a', 'overlay-padding': 4 } },
    { selector: 'edge:selected', style: { width: 6 } },
    { selector: '.faded', style: { opacity: 0.1 } },
    { selector: 'edge.faded', style: { opacity: 0.05 } },
    { selector: '.path', style: { opacity: 1, 'border-width': 3, 'border-color': '#f59e0b', 'line-color': '#f59e0b', 'target-arrow-color': '#f59e0b', 'z-index': 10 } },
    { selector: 'node.pinned', style: { 'border-width': 3, 'border-color': '#0f172a' } },
    { selector: 'node.focus', style: { 'border-width': 3, 'border-color': '#f97316' } },
    // A note: an amber dotted ring around the entity, an amber square at the middle of the relation.
    { selector: 'node.noted', style: { 'outline-width': 3, 'outline-color': NOTE_COLOUR, 'outline-style': 'dotted', 'outline-offset': 2 } as never },
    { selector: 'edge.noted', style: { 'mid-source-arrow-shape': 'square', 'mid-source-arrow-color': NOTE_COLOUR, 'mid-source-arrow-fill': 'filled' } as never },
    { selector: '.hidden', style: { display: 'none' } },
  ];
}
