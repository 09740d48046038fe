/** The one store of the investigation: dispatch named actions, undo, redo, subscribe. */
import { record, redo, startHistory, undo, type History } from './history.ts';
import type { Action, ChangeKind, Investigation } from './types.ts';

export interface Change {
  state: Investigation;
  previous: Investigation;
  kind: ChangeKind;
  /** The action's label, or "undo"/"redo". */
  label: string;
  /** An amended canvas change (no new history entry). */
  amend: boolean;
  /** Undo, redo or a browser Back: the URL already moved, or must not get a new entry. */
  isTravel: boolean;
}

export type Listener = (change: Change) => void;

export class Store {
  private history: History;
  private readonly listeners = new Set<Listener>();

  constructor(initial: Investigation) {
    this.history = startHistory(initial);
  }

  get state(): Investigation {
    return this.history.present;
  }

  /** Labels of the next undo and redo, for the buttons' titles. */
  get undoLabel(): string | undefined {
    return this.history.past.at(-1)?.label;
  }

  get redoLabel(): string | undefined {
    return this.history.future[0]?.label;
  }

  dispatch(action: Action, options: { isTravel?: boolean } = {}): void {
    const previous = this.history.present;
    this.history = record(this.history, action);
    if (this.history.present === previous) return;
    this.emit({ state: this.history.present, previous, kind: action.kind, label: action.label, amend: Boolean(action.amend), isTravel: options.isTravel ?? false });
  }

  undo(): void {
    this.travel(undo(this.history), 'undo');
  }

  redo(): void {
    this.travel(redo(this.history), 'redo');
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private travel(next: History, label: string): void {
    const previous = this.history.present;
    if (next === this.history) return;
    this.history = next;
    this.emit({ state: next.present, previous, kind: 'canvas', label, amend: false, isTravel: false });
  }

  private emit(change: Change): void {
    for (const listener of this.listeners) listener(change);
  }
}
