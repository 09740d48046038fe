import { parse as parseCsv } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { typeColour } from '../graph/appearance.ts';
import { drawGraph } from '../graph/drawn.ts';
import { ENDED_STYLE } from '../graph/style.ts';
import { addGraph, emptyInvestigation, hideNodes, setFilters } from '../state/actions.ts';
import { hiddenEnded } from '../state/ended.ts';
import { edge, node } from '../state/fixtures.test-util.ts';
import { addNote } from '../state/notes.ts';
import { setTimeline } from '../state/timeline.ts';
import type { Investigation } from '../state/types.ts';
import { visibleElements } from '../state/visibility.ts';
import { briefingHtml } from './briefing.ts';
import { pictureSvg } from './image.ts';
import { csvZip, safeCell, toCsv, toGexf, toGraph, toGraphml } from './files.ts';
import { asOfInWords, dateRange, exportTables, filtersInWords, sourceLine, type EvidenceItem } from './tables.ts';

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
  it('names every visible entity, escapes text, and carries title, legend and source line', () => {
    const placed = { ...state, positions: { RU: { x: 0, y: 0 }, UA: { x: 200, y: 0 }, BY: { x: 0, y: 200 }, XX: { x: 200, y: 200 } } };
    const drawn = drawGraph(placed, visibleElements(placed), { bundle: false }, typeColour);
    const svg = pictureSvg(drawn, new Set(['RU']), { title: 'A <title> & more', subtitle: 'Evidence 2024-01-05 to 2024-03-05 · No filters', source: meta.source });
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const texts = Array.from(doc.getElementsByTagName('text'), (t) => t.textContent);
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

describe('as of a day (the playhead set)', () => {
  const cut = edge('RU', 'BY', 'REDUCES_TIES_WITH', { class: 'VERBAL_CONFLICT' });
  const asOfState = apply(state, addGraph({ nodes: [], edges: [cut] }, { label: 'b' }), setFilters({ to: '2024-09' }), setTimeline({ mode: 'asOf' }));
  const asOf = { day: '2024-09-30', ended: new Map([[cut.id, { until: '2024-09-03', by: 'TIES_NORMAL', sentence: 'They <b>restored</b> ties, "fully".' }]]) };
  const visible = visibleElements(asOfState, hiddenEnded(asOfState, asOf.ended));
  const LONG_SUBTITLE = `Evidence 2024-01-05 to 2024-03-05 · Filters: outlets: ${'Outlet A, '.repeat(12)}`;
  const endedTables = exportTables({ state: asOfState, visible, measures: null, extras: new Map(), evidence: [], asOf });

  it('relations carry whether they had ended, when, by what and the closing sentence; without a playhead, no such columns', () => {
    expect(endedTables.relations.columns).toEqual(expect.arrayContaining(['ended', 'ended_on', 'ended_by', 'closing_sentence']));
    expect(endedTables.relations.rows.find((r) => r.id === cut.id)).toMatchObject({ ended: true, ended_on: '2024-09-03', ended_by: 'ties restored', closing_sentence: 'They <b>restored</b> ties, "fully".' });
    expect(endedTables.relations.rows.find((r) => r.id === 'ATTACKS:RU:UA')).toMatchObject({ ended: false, ended_on: '', ended_by: '' });
    expect(tables.relations.columns).not.toContain('ended');
    const csv = parseCsv(toCsv(endedTables.relations), { bom: true, columns: true }) as Record<string, string>[];
    expect(csv.find((r) => r.id === cut.id)).toMatchObject({ ended: 'true', ended_on: '2024-09-03', ended_by: 'ties restored' });
    const graph = toGraph(endedTables, { ...meta, as_of: asOf.day });
    for (const back of [parseGraphml(MultiDirectedGraph, toGraphml(graph)), parseGexf(MultiDirectedGraph, toGexf(graph))]) {
      expect(back.getEdgeAttributes(cut.id)).toMatchObject({ ended: true, ended_on: '2024-09-03', ended_by: 'ties restored' });
      expect(back.getEdgeAttributes('ATTACKS:RU:UA')).toMatchObject({ ended: false });
      expect(back.getAttribute('as_of')).toBe('2024-09-30');
    }
  });

  it('says in the subtitle how many had ended by the day, drawn ended or left out', () => {
    expect(asOfInWords(asOfState, visible, asOf)).toBe('As of 2024-09-30: 1 relation ended by then, drawn ended');
    const hiding = apply(asOfState, setTimeline({ ended: 'hide' }));
    expect(asOfInWords(hiding, visibleElements(hiding, hiddenEnded(hiding, asOf.ended)), asOf)).toBe('As of 2024-09-30: 1 relation ended by then left out');
    expect(asOfInWords(asOfState, visible, { day: asOf.day, ended: new Map() })).toBe('As of 2024-09-30: none of the relations shown had ended by then');
  });

  it('the picture draws an ended relation in short dashes ending in a ring, and its legend says what that means; nothing of it when none is shown', async () => {
    const placed = { ...asOfState, positions: { RU: { x: 0, y: 0 }, UA: { x: 200, y: 0 }, BY: { x: 0, y: 200 }, XX: { x: 200, y: 200 } } };
    const picture = (s: Investigation) => pictureSvg(drawGraph(s, visibleElements(s, hiddenEnded(s, asOf.ended)), { bundle: false, ended: asOf.ended }, typeColour), new Set(), { title: 't', subtitle: LONG_SUBTITLE, source: 'src', asOf: { day: asOf.day, words: 'As of 2024-09-30: 1 relation ended by then, drawn ended' } });
    const doc = new DOMParser().parseFromString(picture(placed), 'image/svg+xml');
    const texts = Array.from(doc.getElementsByTagName('text'), (t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(['Ended by 2024-09-30', 'its state closed by an opposing one:', 'As of 2024-09-30: 1 relation ended by then, drawn ended']));
    // Wide enough for its subtitle, however small the graph.
    expect(Number(doc.documentElement.getAttribute('width'))).toBeGreaterThan(LONG_SUBTITLE.length * 7);
    const dashed = Array.from(doc.getElementsByTagName('path')).filter((p) => p.getAttribute('stroke-dasharray') === ENDED_STYLE.dash.join(' '));
    expect(dashed).toHaveLength(1);
    expect(dashed[0]!.getAttribute('stroke-opacity')).toBe(String(ENDED_STYLE.opacity));
    // Its ring: a hollow circle where the edge meets its target.
    expect(Array.from(doc.getElementsByTagName('circle')).filter((c) => c.getAttribute('fill') === '#ffffff' && c.getAttribute('r') === String(ENDED_STYLE.ringRadius)).length).toBe(2); // the edge's and the legend's
    const hidden = picture(apply(placed, setTimeline({ ended: 'hide' })));
    expect(hidden).not.toContain('Ended by');
    expect(hidden).not.toContain(`stroke-dasharray="${ENDED_STYLE.dash.join(' ')}"`);
  });

  it('the briefing says of an ended relation when, by what, and quotes the closing sentence as text', () => {
    const html = briefingHtml({ title: 't', source: 's', svg: '<svg/>', tables: endedTables });
    expect(html).toContain('<p class="ended">Ended 2024-09-03 by ties restored: “They &lt;b&gt;restored&lt;/b&gt; ties, &quot;fully&quot;.”</p>');
    expect(html.match(/class="ended"/g)).toHaveLength(1);
  });
});
