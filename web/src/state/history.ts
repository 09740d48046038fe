/**
 * Undo and redo over investigations (pure). Canvas changes push the previous state; selection
 * and view changes only replace the present, so undo steps over what changed the canvas.
 */
import { exists, selectionSurvives } from './actions.ts';
import type { Action, Investigation } from './types.ts';

export interface Entry {
  state: Investigation;
  /** The action that led from this state to the next one (for "Undo expand Russia"). */
  label: string;
}

export interface History {
  past: Entry[];
  present: Investigation;
  future: Entry[];
}

export const MAX_UNDO = 100;

export function startHistory(present: Investigation): History {
  return { past: [], present, future: [] };
}

/** The history after an action. */
export function record(history: History, action: Action): History {
  const next = action.apply(history.present);
  if (next === history.present) return history;
  if (action.kind !== 'canvas' || action.amend) return { ...history, present: next };
  return { past: [...history.past, { state: history.present, label: action.label }].slice(-MAX_UNDO), present: next, future: [] };
}

/** Back one canvas change; the viewport stays, and so does the selection if it still exists. */
export function undo(history: History): History {
  const last = history.past.at(-1);
  if (!last) return history;
  return { past: history.past.slice(0, -1), present: keepView(last.state, history.present), future: [{ state: history.present, label: last.label }, ...history.future] };
}

export function redo(history: History): History {
  const next = history.future[0];
  if (!next) return history;
  return { past: [...history.past, { state: history.present, label: next.label }], present: keepView(next.state, history.present), future: history.future.slice(1) };
}

function keepView(target: Investigation, current: Investigation): Investigation {
  const isThere = (id: string) => exists(target, id) || Boolean(target.edges[id]);
  return {
    ...target,
    viewport: current.viewport,
    selection: selectionSurvives(current.selection, isThere) ? current.selection : target.selection,
  };
}
