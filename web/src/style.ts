/** Visual vocabulary: node shape and colour by entity type, edge colour by relation class. */
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

export const CLASS_STYLE: Record<string, { color: string; dashed: boolean; label: string }> = {
  VERBAL_COOPERATION: { color: '#16a34a', dashed: true, label: 'Verbal cooperation' },
  MATERIAL_COOPERATION: { color: '#15803d', dashed: false, label: 'Material cooperation' },
  VERBAL_CONFLICT: { color: '#dc2626', dashed: true, label: 'Verbal conflict' },
  MATERIAL_CONFLICT: { color: '#991b1b', dashed: false, label: 'Material conflict' },
  STRUCTURAL: { color: '#94a3b8', dashed: false, label: 'Structural' },
};

export const stylesheet: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-size': 11,
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-outline-color': '#fff',
      'text-outline-width': 2,
      width: 'mapData(degree, 0, 40, 18, 48)',
      height: 'mapData(degree, 0, 40, 18, 48)',
      'border-width': 1,
      'border-color': '#fff',
    },
  },
  ...Object.entries(TYPE_STYLE).map(([type, s]) => ({
    selector: `node[type = "${type}"]`,
    style: { 'background-color': s.color, shape: s.shape as never },
  })),
  {
    selector: 'edge',
    style: {
      width: 'mapData(articles, 1, 10, 1.5, 7)',
      'curve-style': 'bezier',
      'line-color': '#94a3b8',
      'target-arrow-color': '#94a3b8',
      'arrow-scale': 0.8,
      opacity: 0.85,
    },
  },
  { selector: 'edge[?directed]', style: { 'target-arrow-shape': 'triangle' } },
  ...Object.entries(CLASS_STYLE).map(([cls, s]) => ({
    selector: `edge[class = "${cls}"]`,
    style: { 'line-color': s.color, 'target-arrow-color': s.color, 'line-style': (s.dashed ? 'dashed' : 'solid') as never },
  })),
  { selector: ':selected', style: { 'overlay-opacity': 0.15, 'overlay-color': '#0f172a' } },
  { selector: '.faded', style: { opacity: 0.12 } },
  { selector: '.path', style: { opacity: 1, 'border-width': 3, 'border-color': '#f59e0b', 'line-color': '#f59e0b', 'target-arrow-color': '#f59e0b', 'z-index': 10 } },
  { selector: 'node:locked', style: { 'border-width': 3, 'border-color': '#0f172a' } },
  { selector: '.hidden', style: { display: 'none' } },
  { selector: 'edge.hover, edge:selected', style: { label: 'data(label)', 'font-size': 9, 'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.8 } },
];
