import { parse as parseCsv } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { addGraph, emptyInvestigation, hideNodes } from '../state/actions.ts';
import { edge, node } from '../state/fixtures.test-util.ts';
import { addNote } from '../state/notes.ts';
import type { Investigation } from '../state/types.ts';
import { visibleElements } from '../state/visibility.ts';
import { briefingHtml } from './briefing.ts';
import { pictureSvg } from './image.ts';
import { csvZip, safeCell, toCsv, toGexf, toGraph, toGraphml } from './files.ts';
import { dateRange, exportTables, filtersInWords, sourceLine, type EvidenceItem } from './tables.ts';

const apply = (s: Investigation, ...actions: { apply: (s: Investigation) => Investigation }[]) => actions.reduce((x, a) => a.apply(x), s);

const tricky = 'Café "Zürich", =HYPERLINK("x")\nsecond line';
const piece = {
  nodes: [{ ...node('RU', 2), label: 'Russia' }, { ...node('UA'), label: tricky }, node('BY'), node('XX')],
  edges: [
    edge('RU', 'UA', 'ATTACKS', { class: 'MATERIAL_CONFLICT', symmetric: false, outlets: ['Outlet A', 'Outlet B'], claims: { asserted: 2, attributed: 1, hedged: 0, proposed: 0, denied: 1 }, disputed: true }),
    edge('RU', 'BY'),
    edge('RU', 'XX'),
  ],
  omitted: [],
};
const state = apply(
  emptyInvestigation(),
  addGraph(piece, { label: 'a', around: ['RU'] }),
  hideNodes(['XX']),
  addNote({ id: 'n1', target: { kind: 'entity', id: 'RU' }, text: '-1 is <not> HTML', at: '2025-01-01T00:00:00Z', by: null }),
  addNote({ id: 'n2', target: { kind: 'view' }, text: 'The view', at: '2025-01-01T00:00:00Z', by: null }),
);
const evidence: EvidenceItem[] = [
  { relationId: 'ATTACKS:RU:UA', sentence: 'Russia attacked, "officials" said; =1+1', status: 'ATTRIBUTED', attributedTo: 'officials', date: '2024-02-01', title: 'A, B & C', url: 'https://example.org/a?x=1&y=2', outlet: 'Outlet A' },
  { relationId: 'MEETS_WITH:RU:XX', sentence: 'hidden relation', status: 'ASSERTED', attributedTo: null, date: null, title: 't', url: null, outlet: null },
];
const tables = exportTables({ state, visible: visibleElements(state), measures: null, extras: new Map([['RU', { wikidataId: 'Q159', country: 'RU' }]]), evidence });
const meta = { title: 'Russia & neighbours', filters: filtersInWords(state.filters), source: sourceLine(tables, '2026-01-02T03:04:05Z'), notes: 'The view' };

describe('export tables', () => {
  it('hold what the canvas shows: hidden entities and their relations and evidence left out', () => {
    expect(tables.entities.rows.map((r) => r.id).sort()).toEqual(['BY', 'RU', 'UA']);
    expect(tables.relations.rows.map((r) => r.id).sort()).toEqual(['ATTACKS:RU:UA', 'MEETS_WITH:RU:BY']);
    expect(tables.evidence.rows).toHaveLength(1);
    expect(tables.entities.rows.find((r) => r.id === 'RU')).toMatchObject({ wikidata: 'Q159', country: 'RU', notes: '-1 is <not> HTML' });
    expect(tables.relations.rows.find((r) => r.id === 'ATTACKS:RU:UA')).toMatchObject({ source: 'Russia', outlets: 2, outlet_names: 'Outlet A; Outlet B', attributed: 1, denied: 1, disputed: true, directed: true });
    expect(tables.notes.rows.map((r) => r.about)).toEqual(['Russia', 'the view']);
    expect(meta.source).toBe('3 entities, 2 relations, from 1 article of 1 outlet · Entente, exported 2026-01-02 03:04 UTC');
    expect(dateRange(state, visibleElements(state))).toEqual({ first: '2024-01-05', last: '2024-03-05' });
  });
});

describe('CSV', () => {
  it('is UTF-8 with a BOM, quoted so a parser reads every cell back, formulas defused', () => {
    const csv = toCsv(tables.entities);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.find((r) => r.id === 'UA')!.name).toBe(tricky);
    expect(rows.find((r) => r.id === 'RU')!.notes).toBe("'-1 is <not> HTML");
    expect(safeCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(safeCell(-3)).toBe(-3);
  });

  it('zips entities, relations, evidence and notes with a README', () => {
    const files = unzipSync(csvZip(tables, 'readme'));
    expect(Object.keys(files).sort()).toEqual(['README.txt', 'entities.csv', 'evidence.csv', 'notes.csv', 'relations.csv']);
    const ev = parseCsv(strFromU8(files['evidence.csv']!), { bom: true, columns: true }) as Record<string, string>[];
    expect(ev[0]).toMatchObject({ relation_id: 'ATTACKS:RU:UA', sentence: "Russia attacked, \"officials\" said; =1+1", status: 'attributed', attributed_to: 'officials', url: 'https://example.org/a?x=1&y=2' });
  });
});

describe('GraphML and GEXF', () => {
  const graph = toGraph(tables, meta);

  it('GraphML reads back with every node, edge and attribute (graphology-graphml)', () => {
    const back = parseGraphml(MultiDirectedGraph, toGraphml(graph));
    expect(back.order).toBe(3);
    expect(back.size).toBe(2);
    expect(back.getNodeAttributes('UA').label).toBe(tricky);
    expect(back.getNodeAttributes('RU')).toMatchObject({ wikidata: 'Q159', degree: 2, notes: '-1 is <not> HTML' });
    const attack = back.findEdge((_, a) => a.type === 'ATTACKS')!;
    expect(back.getEdgeAttributes(attack)).toMatchObject({ class: 'MATERIAL_CONFLICT', articles: 1, disputed: true, outlet_names: 'Outlet A; Outlet B' });
    expect(back.extremities(attack)).toEqual(['RU', 'UA']);
    expect(back.getAttribute('title')).toBe('Russia & neighbours');
  });

  it('GEXF reads back with every node, edge and attribute (graphology-gexf)', () => {
    const back = parseGexf(MultiDirectedGraph, toGexf(graph));
    expect(back.order).toBe(3);
    expect(back.size).toBe(2);
    expect(back.getNodeAttributes('UA').label).toBe(tricky);
    expect(back.getNodeAttributes('RU')).toMatchObject({ wikidata: 'Q159', degree: 2 });
    const attack = back.findEdge((_, a) => a.type === 'ATTACKS')!;
    expect(back.getEdgeAttributes(attack)).toMatchObject({ class: 'MATERIAL_CONFLICT', disputed: true });
  });
});

describe('picture', () => {
  it('names every visible entity, escapes text, and carries title, legend and source line', async () => {
    const { drawGraph } = await import('../graph/drawn.ts');
    const { typeColour } = await import('../graph/appearance.ts');
    const placed = { ...state, positions: { RU: { x: 0, y: 0 }, UA: { x: 200, y: 0 }, BY: { x: 0, y: 200 }, XX: { x: 200, y: 200 } } };
    const drawn = drawGraph(placed, visibleElements(placed), { bundle: false }, typeColour);
    const svg = pictureSvg(drawn, new Set(['RU']), { title: 'A <title> & more', subtitle: 'Evidence 2024-01-05 to 2024-03-05 · No filters', source: meta.source });
    const doc = new (await import('@xmldom/xmldom')).DOMParser().parseFromString(svg, 'image/svg+xml');
    const list = doc.getElementsByTagName('text');
    const texts = Array.from({ length: list.length }, (_, i) => list.item(i)!.textContent);
    expect(texts).toEqual(expect.arrayContaining(['Russia', tricky, 'BY', 'A <title> & more', meta.source, 'Material conflict', 'Disputed', 'Has a note', 'Country']));
    expect(texts).not.toContain('XX');
  });
});

describe('printable briefing', () => {
  it('holds the picture, the view notes and every relation shown with its sentences, all text escaped', () => {
    const html = briefingHtml({ title: 'A <b>title</b>', source: meta.source, svg: '<?xml version="1.0"?>\n<svg><text>pic</text></svg>', tables });
    expect(html).not.toContain('<?xml');
    expect(html).toContain('<svg><text>pic</text></svg>');
    expect(html).toContain('<h1 class="for-readers">A &lt;b&gt;title&lt;/b&gt;</h1>');
    expect(html).toContain('<p class="notes">The view</p>');
    expect(html).toContain('<p class="notes"><strong>Russia</strong>: -1 is &lt;not&gt; HTML</p>');
    expect(html).toContain('The relations shown (2), strongest first');
    expect(html).toContain('“Russia attacked, &quot;officials&quot; said; =1+1”');
    expect(html).toContain('<a href="https://example.org/a?x=1&amp;y=2">A, B &amp; C</a>');
    expect(html).toContain('2 asserted, 1 attributed, 1 denied · disputed');
    expect(html).not.toMatch(/<not>/);
  });
});
