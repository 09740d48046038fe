/** The one store of the investigation: dispatch named actions, undo, redo, subscribe. */
import { continuesGesture, record, redo, startHistory, travelTo, undo, type History } from './history.ts';
import type { Action, ChangeKind, Investigation } from './types.ts';

export interface Change {
  state: Investigation;
  previous: Investigation;
  kind: ChangeKind;
  /** The action's label, or "undo"/"redo". */
  label: string;
  /** An amended canvas change, or one more change of the same gesture (no new history entry). */
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
    const isFolded = continuesGesture(this.history, action);
    this.history = record(this.history, action);
    if (this.history.present === previous) return;
    this.emit({ state: this.history.present, previous, kind: action.kind, label: action.label, amend: Boolean(action.amend) || isFolded, isTravel: options.isTravel ?? false });
  }

  /**
   * Back or Forward to a state of the undo history: walks the undo steps (no new one); false when
   * `target` is not in the history (a state from before a reload).
   */
  travelTo(target: Investigation): boolean {
    const next = travelTo(this.history, target);
    if (!next) return false;
    const previous = this.history.present;
    this.history = next;
    if (next.present !== previous) this.emit({ state: next.present, previous, kind: 'canvas', label: 'back', amend: false, isTravel: true });
    return true;
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
