import { describe, expect, it } from 'vitest';
import { addGraph, emptyInvestigation, hideNodes, setPinned, showPath } from './actions.ts';
import { edge, node, star } from './fixtures.test-util.ts';
import { groupNodes } from './groups.ts';
import { canvasOf, describeCanvas, investigationFromLink, packHex, readCanvas, timeAgo, unpackHex, writeCanvas, type CanvasRoute } from './link.ts';
import { hashOf, parseHash } from './url.ts';

/** Relation ids as the loader writes them (TYPE:24 hex digits), and one that is not. */
const rel = (source: string, target: string, type: string, hex: string) => edge(source, target, type, { id: `${type}:${hex}` });
const piece = {
  nodes: ['Q794', 'Q801', 'Q227', 'Q43', 'person:pinar-kara'].map((id) => node(id, 3)),
  edges: [
    rel('Q794', 'Q801', 'THREATENS', '0123456789abcdef01234567'),
    rel('Q801', 'Q227', 'SUPPLIES', 'fedcba9876543210fedcba98'),
    rel('Q227', 'Q43', 'SUPPLIES', '000000000000000000000fff'),
    edge('Q43', 'person:pinar-kara', 'MEETS_WITH'),
  ],
};

describe('canvas links', () => {
  const start = addGraph(piece, { label: 'open', around: ['Q794'], asSeeds: true }).apply(emptyInvestigation());
  const pathPiece = { nodes: [piece.nodes[0]!, piece.nodes[1]!, piece.nodes[2]!], edges: [piece.edges[0]!, piece.edges[1]!] };
  const canvas = [showPath(pathPiece, 'Q794', 'Q227', 'path'), hideNodes(['Q43']), setPinned(['Q801'], true), groupNodes(['Q43', 'person:pinar-kara'], { label: 'Pair', kind: 'selection' })].reduce((s, a) => a.apply(s), start);

  it('packs 24 hex digits into 16 URL-safe characters and back', () => {
    for (const hex of ['0123456789abcdef01234567', 'ffffffffffffffffffffffff', '000000000000000000000000']) {
      expect(packHex(hex)).toMatch(/^[A-Za-z0-9_-]{16}$/);
      expect(unpackHex(packHex(hex))).toBe(hex);
    }
  });

  it('writes exactly which entities and relations are shown, with path, hidden and pins, and reads them back', () => {
    const params = new URLSearchParams();
    writeCanvas(canvasOf(canvas), params);
    const read = readCanvas(params)!;
    expect(read.nodes).toEqual(Object.keys(canvas.nodes));
    expect([...read.edges].sort()).toEqual(Object.keys(canvas.edges).sort());
    expect([...read.path].sort()).toEqual([...canvas.path].sort());
    expect(read.hidden).toEqual(['Q43']);
    expect(read.pinned).toEqual(['Q801']);
    // The path is no longer what is selected (the group is): its ends are not in the link.
    expect(read.pathEnds).toBeNull();
    // Relation ids of the loader's form are packed per type; others are written as they are.
    expect(params.get('e')).toBe(`THREATENS*${packHex('0123456789abcdef01234567')}.SUPPLIES*${packHex('fedcba9876543210fedcba98')}${packHex('000000000000000000000fff')}`);
    expect(params.get('r')).toBe('MEETS_WITH:Q43:person:pinar-kara');
  });

  it('round-trips the whole route through the hash, groups and the selected path included', () => {
    const selected = showPath(pathPiece, 'Q794', 'Q227', 'path').apply(canvas);
    const route = parseHash(hashOf(selected));
    expect(route).toMatchObject({ view: 'graph', seeds: ['Q794'], groups: [{ kind: 'selection', label: 'Pair', members: ['Q43', 'person:pinar-kara'] }] });
    if (route.view !== 'graph' || !route.canvas) throw new Error('no canvas in the link');
    expect(route.canvas.pathEnds).toEqual({ from: 'Q794', to: 'Q227' });
    const reopened = investigationFromLink(route as CanvasRoute, piece, {});
    expect(Object.keys(reopened.nodes).sort()).toEqual(Object.keys(selected.nodes).sort());
    expect(Object.keys(reopened.edges).sort()).toEqual(Object.keys(selected.edges).sort());
    expect([...reopened.path].sort()).toEqual([...selected.path].sort());
    expect(reopened.hidden).toEqual(['Q43']);
    expect(reopened.pinned).toEqual(['Q801']);
    expect(reopened.seeds).toEqual(['Q794']);
    expect(reopened.groups.map((g) => g.members)).toEqual([['Q43', 'person:pinar-kara']]);
    expect(reopened.selection).toEqual({ kind: 'path', from: 'Q794', to: 'Q227' });
    expect(describeCanvas(reopened)).toBe('5 entities, 4 relations, path Q794 → Q227, 1 group, 1 hidden');
  });

  it('leaves out what the graph no longer holds, and reads an older link (no canvas) as none', () => {
    const route = parseHash(hashOf(canvas)) as CanvasRoute;
    const fewer = { nodes: piece.nodes.filter((n) => n.id !== 'Q43'), edges: piece.edges.filter((e) => e.source !== 'Q43' && e.target !== 'Q43') };
    const reopened = investigationFromLink(route, fewer, {});
    expect(Object.keys(reopened.nodes)).not.toContain('Q43');
    expect(reopened.hidden).toEqual([]);
    expect(reopened.groups).toEqual([]);
    expect(parseHash('#/graph?ids=Q794')).toMatchObject({ view: 'graph', seeds: ['Q794'], canvas: null });
    // Marks pointing past the lists are dropped, not read as another element.
    expect(readCanvas(new URLSearchParams('n=A,B&path=0.zz&hid=1'))).toMatchObject({ nodes: ['A', 'B'], path: ['A'], hidden: ['B'] });
  });

  it('keeps an ordinary canvas link short', () => {
    const hub = addGraph(star('Q794', Array.from({ length: 13 }, (_, i) => `Q${1000 + i}`)), { label: 'open', around: ['Q794'], asSeeds: true }).apply(emptyInvestigation());
    const packed = { ...hub, edges: Object.fromEntries(Object.values(hub.edges).map((e, i) => [`SUPPLIES:${i.toString(16).padStart(24, '0')}`, { ...e, id: `SUPPLIES:${i.toString(16).padStart(24, '0')}` }])) };
    // 14 entities, 13 relations: about 17 characters a relation.
    expect(hashOf(packed).length).toBeLessThan(400);
  });

  it('says how long ago', () => {
    const now = Date.parse('2026-03-10T12:00:00Z');
    expect(timeAgo('2026-03-07T11:00:00Z', now)).toBe('3 days ago');
    expect(timeAgo('2026-03-10T09:00:00Z', now)).toBe('3 hours ago');
    expect(timeAgo('2026-03-10T11:59:30Z', now)).toBe('just now');
  });
});
