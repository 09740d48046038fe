/**
 * Notes (pure): an analyst's plain-text notes on the view, an entity or group, or a relation,
 * with when and, where the server's token names the writer, by whom. They are investigation
 * state like the rest: undoable, saved in views and short links, written into every export.
 * A note stays when its entity leaves the canvas (the panel says so), so nothing written is lost.
 */
import { canvas } from './actions.ts';
import type { Action, Investigation, Note, NoteTarget } from './types.ts';

/** Longest note, in characters. */
export const MAX_NOTE = 5_000;

export const sameTarget = (a: NoteTarget, b: NoteTarget): boolean => a.kind === b.kind && (a.kind === 'view' || (b.kind !== 'view' && a.id === b.id));

/** The notes about one target, oldest first. */
export const notesOn = (s: Investigation, target: NoteTarget): Note[] => s.notes.filter((n) => sameTarget(n.target, target));

/** Ids of the entities (and groups) and relations that carry a note: the canvas marks them. */
export function notedIds(s: Investigation): Set<string> {
  const ids = new Set<string>();
  for (const n of s.notes) if (n.target.kind !== 'view') ids.add(n.target.id);
  return ids;
}

const clean = (text: string) => text.replace(/\r\n?/g, '\n').trim().slice(0, MAX_NOTE);

/** Adds a note (empty text adds nothing). `id` and `at` come from the caller, so this stays pure. */
export function addNote(note: Note): Action {
  return canvas('add a note', (s) => {
    const text = clean(note.text);
    return text ? { ...s, notes: [...s.notes, { ...note, text }] } : s;
  });
}

/** New text for a note (when and by whom are the edit's); empty text removes it. */
export function editNote(id: string, text: string, at: string, by: string | null): Action {
  return canvas('edit a note', (s) => {
    const kept = clean(text);
    if (!kept) return { ...s, notes: s.notes.filter((n) => n.id !== id) };
    return { ...s, notes: s.notes.map((n) => (n.id === id ? { ...n, text: kept, at, by } : n)) };
  });
}

export function removeNote(id: string): Action {
  return canvas('remove a note', (s) => (s.notes.some((n) => n.id === id) ? { ...s, notes: s.notes.filter((n) => n.id !== id) } : s));
}

/** What a note is about, in words: "the view", an entity's name, "Iran supplies Russia". */
export function targetName(s: Investigation, target: NoteTarget, words: (type: string) => string): string {
  switch (target.kind) {
    case 'view':
      return 'the view';
    case 'entity':
      return s.nodes[target.id]?.label ?? s.groups.find((g) => g.id === target.id)?.label ?? target.id;
    case 'relation': {
      const e = s.edges[target.id];
      return e ? `${s.nodes[e.source]?.label ?? e.source} ${words(e.type)} ${s.nodes[e.target]?.label ?? e.target}` : target.id;
    }
  }
}

/** True when what the note is about is still on the canvas. */
export function isOnCanvas(s: Investigation, target: NoteTarget): boolean {
  if (target.kind === 'view') return true;
  if (target.kind === 'relation') return Boolean(s.edges[target.id]);
  return Boolean(s.nodes[target.id]) || s.groups.some((g) => g.id === target.id);
}
