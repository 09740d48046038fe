/**
 * Notes in the details column: the notes on one target with a form to add one (entity, relation,
 * the view), and the list of every note of the investigation. A note's text reaches the page
 * only as text (JSX escapes it; line breaks kept by CSS), never as HTML.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { setToken } from '../api.ts';
import type { Controller } from '../controller.ts';
import { plural, relationWords } from '../format.ts';
import { addNote, editNote, isOnCanvas, MAX_NOTE, notesOn, removeNote, targetName } from '../state/notes.ts';
import type { Investigation, Note, NoteTarget } from '../state/types.ts';
import { writer } from '../ui-state.ts';
import { useObservable } from './observable.ts';

let counter = 0;
/** A new note's id: unique in this investigation (time, then a counter). */
const newNoteId = () => `note-${Date.now().toString(36)}-${(counter++).toString(36)}`;

const when = (at: string) => at.slice(0, 16).replace('T', ' ');

/** The notes on one target and a form for a new one. */
export function NotesOn({ controller, state, target, heading = 'Notes' }: { controller: Controller; state: Investigation; target: NoteTarget; heading?: string }) {
  const [text, setText] = useState('');
  const notes = notesOn(state, target);
  const add = (e: Event) => {
    e.preventDefault();
    if (!text.trim()) return;
    controller.store.dispatch(addNote({ id: newNoteId(), target, text, at: new Date().toISOString(), by: writer.value }));
    setText('');
  };
  return (
    <section class="notes" aria-label={heading}>
      <h3>
        {heading} {notes.length > 0 && <span class="muted">({notes.length})</span>}
      </h3>
      <ul class="note-list">
        {notes.map((n) => (
          <NoteItem key={n.id} controller={controller} note={n} />
        ))}
      </ul>
      <form class="note-form" onSubmit={add}>
        <textarea aria-label={`New note on ${targetName(state, target, relationWords)}`} placeholder="Write a note…" rows={2} maxLength={MAX_NOTE} value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
        <button type="submit" class="add-note" disabled={!text.trim()}>
          Add note
        </button>
      </form>
    </section>
  );
}

/** One note: its text, when (and by whom), and edit or delete. */
function NoteItem({ controller, note, about }: { controller: Controller; note: Note; about?: ComponentChildren }) {
  const [draft, setDraft] = useState<string | null>(null);
  const { store } = controller;
  if (draft !== null) {
    return (
      <li class="note">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            store.dispatch(editNote(note.id, draft, new Date().toISOString(), writer.value));
            setDraft(null);
          }}
        >
          <textarea aria-label="Edit the note" rows={3} maxLength={MAX_NOTE} value={draft} onInput={(e) => setDraft((e.target as HTMLTextAreaElement).value)} />
          <div class="actions">
            <button type="submit">Save</button>
            <button type="button" onClick={() => setDraft(null)}>
              Cancel
            </button>
          </div>
        </form>
      </li>
    );
  }
  return (
    <li class="note">
      {about}
      <p class="note-text">{note.text}</p>
      <p class="muted">
        {when(note.at)}
        {note.by ? ` · ${note.by}` : ''} ·{' '}
        <button class="link" onClick={() => setDraft(note.text)}>
          edit
        </button>{' '}
        ·{' '}
        <button class="link" onClick={() => store.dispatch(removeNote(note.id))}>
          delete
        </button>
      </p>
    </li>
  );
}

/** Every note of the investigation: the view's first, then by what they are about; a click selects it. */
export function AllNotes({ controller, state }: { controller: Controller; state: Investigation }) {
  const others = state.notes.filter((n) => n.target.kind !== 'view');
  const select = (target: NoteTarget) => {
    if (target.kind === 'entity') controller.select({ kind: 'node', id: target.id });
    else if (target.kind === 'relation') controller.select({ kind: 'edge', id: target.id });
  };
  return (
    <div class="all-notes">
      <NotesOn controller={controller} state={state} target={{ kind: 'view' }} heading="Notes on the view" />
      <SignedBy />
      {others.length > 0 && (
        <section class="notes" aria-label="Notes on entities and relations">
          <h3>
            Notes on entities and relations <span class="muted">({plural(others.length, 'note')})</span>
          </h3>
          <ul class="note-list">
            {others.map((n) => {
              const name = targetName(state, n.target, relationWords);
              const about = isOnCanvas(state, n.target) ? (
                <button class="link note-about" onClick={() => select(n.target)}>
                  {name}
                </button>
              ) : (
                <span class="note-about">
                  {name} <span class="muted">(not on the canvas)</span>
                </span>
              );
              return <NoteItem key={n.id} controller={controller} note={n} about={about} />;
            })}
          </ul>
        </section>
      )}
    </div>
  );
}

/** Who signs new notes: the writer the API token names; a token can be given here (kept for this tab only). */
function SignedBy() {
  const name = useObservable(writer);
  const [token, setText] = useState('');
  if (name) return <p class="muted signed-by">Your notes are signed by {name}.</p>;
  return (
    <details class="signed-by">
      <summary class="muted">Notes are unsigned: sign them with your API token</summary>
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          if (token.trim()) setToken(token.trim());
          setText('');
        }}
      >
        <input type="password" aria-label="Your API token" autocomplete="off" value={token} onInput={(e) => setText((e.target as HTMLInputElement).value)} />
        <button type="submit" id="use-token" disabled={!token.trim()}>
          Sign
        </button>
      </form>
    </details>
  );
}
