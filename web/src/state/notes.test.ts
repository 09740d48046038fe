import { describe, expect, it } from 'vitest';
import { addGraph, emptyInvestigation, removeNodes } from './actions.ts';
import { edge, star } from './fixtures.test-util.ts';
import { addNote, editNote, isOnCanvas, notedIds, notesOn, removeNote, targetName } from './notes.ts';
import { fromDocument, toJson } from './serialize.ts';
import type { Investigation } from './types.ts';

const apply = (s: Investigation, ...actions: { apply: (s: Investigation) => Investigation }[]) => actions.reduce((x, a) => a.apply(x), s);
const words = (t: string) => t.toLowerCase().replace(/_/g, ' ');

describe('notes', () => {
  const base = apply(emptyInvestigation(), addGraph(star('RU', ['UA']), { label: 'a', around: ['RU'] }));
  const relation = edge('RU', 'UA').id;

  it('adds notes on the view, an entity and a relation, as plain text with when and by whom', () => {
    const s = apply(
      base,
      addNote({ id: 'n1', target: { kind: 'view' }, text: '  Why this view: the <b>spring</b> escalation.  ', at: '2025-03-01T10:00:00Z', by: null }),
      addNote({ id: 'n2', target: { kind: 'entity', id: 'RU' }, text: 'Check the sanctions list', at: '2025-03-01T10:01:00Z', by: 'Ana' }),
      addNote({ id: 'n3', target: { kind: 'relation', id: relation }, text: 'Only one outlet', at: '2025-03-01T10:02:00Z', by: 'Ana' }),
      addNote({ id: 'n4', target: { kind: 'entity', id: 'UA' }, text: '   ', at: '2025-03-01T10:03:00Z', by: null }),
    );
    expect(s.notes.map((n) => n.id)).toEqual(['n1', 'n2', 'n3']);
    expect(s.notes[0]!.text).toBe('Why this view: the <b>spring</b> escalation.');
    expect(notesOn(s, { kind: 'entity', id: 'RU' })).toHaveLength(1);
    expect([...notedIds(s)].sort()).toEqual(['RU', relation].sort());
    expect(targetName(s, { kind: 'relation', id: relation }, words)).toBe('RU meets with UA');
    expect(s.modified).toBe(true);
  });

  it('edits and removes a note (empty text removes it); a removed entity keeps its note, marked off the canvas', () => {
    let s = apply(base, addNote({ id: 'n1', target: { kind: 'entity', id: 'UA' }, text: 'first', at: 't1', by: null }));
    s = apply(s, editNote('n1', 'second', 't2', 'Bo'));
    expect(s.notes).toEqual([{ id: 'n1', target: { kind: 'entity', id: 'UA' }, text: 'second', at: 't2', by: 'Bo' }]);
    s = apply(s, removeNodes(['UA']));
    expect(s.notes).toHaveLength(1);
    expect(isOnCanvas(s, s.notes[0]!.target)).toBe(false);
    expect(apply(s, editNote('n1', '', 't3', null)).notes).toEqual([]);
    expect(apply(s, removeNote('n1')).notes).toEqual([]);
  });

  it('round-trip in view documents, and a document without notes opens with none', () => {
    const s = apply(base, addNote({ id: 'n1', target: { kind: 'relation', id: relation }, text: 'a "quoted" line\nand a second', at: 't', by: 'Ana' }));
    expect(fromDocument(toJson(s, 'x')).investigation.notes).toEqual(s.notes);
    const doc = JSON.parse(toJson(s, 'x'));
    delete doc.investigation.notes;
    expect(fromDocument(doc).investigation.notes).toEqual([]);
    doc.investigation.notes = [{ id: 'n', target: { kind: 'planet' }, text: 'x', at: 't' }];
    expect(() => fromDocument(doc)).toThrow(/view, an entity or a relation/);
  });
});
