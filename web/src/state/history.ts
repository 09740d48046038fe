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
  /** The gesture the last undo step belongs to, while it may go on (a slider still being dragged). */
  gesture?: string;
}

export const MAX_UNDO = 100;

export function startHistory(present: Investigation): History {
  return { past: [], present, future: [] };
}

/** True when a canvas action continues the last undo step's gesture (it folds into that step). */
export const continuesGesture = (history: History, action: Action): boolean => action.kind === 'canvas' && action.gesture !== undefined && action.gesture === history.gesture && history.past.length > 0;

/** The history after an action. */
export function record(history: History, action: Action): History {
  const next = action.apply(history.present);
  if (next === history.present) return history;
  if (action.kind !== 'canvas' || action.amend) return { ...history, present: next };
  if (continuesGesture(history, action)) return { ...history, present: next, future: [] };
  const past = [...history.past, { state: history.present, label: action.label }].slice(-MAX_UNDO);
  return action.gesture ? { past, present: next, future: [], gesture: action.gesture } : { past, present: next, future: [] };
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

/**
 * Moves to `target` when it is a state of the undo history (Back and Forward over canvas
 * changes walk the same steps as undo and redo); null when it is not there.
 */
export function travelTo(history: History, target: Investigation): History | null {
  if (target === history.present) return history;
  const back = history.past.findIndex((e) => e.state === target);
  if (back >= 0) {
    let h = history;
    while (h.present !== target && h.past.length > back) h = stepBack(h);
    return h;
  }
  const ahead = history.future.findIndex((e) => e.state === target);
  if (ahead < 0) return null;
  let h = history;
  for (let i = 0; i <= ahead; i++) h = stepForward(h);
  return h;
}

/** Back one step to the stored state itself (no view kept: the state is the entry's). */
function stepBack(history: History): History {
  const last = history.past.at(-1)!;
  return { past: history.past.slice(0, -1), present: last.state, future: [{ state: history.present, label: last.label }, ...history.future] };
}

function stepForward(history: History): History {
  const next = history.future[0]!;
  return { past: [...history.past, { state: history.present, label: next.label }], present: next.state, future: history.future.slice(1) };
}

function keepView(target: Investigation, current: Investigation): Investigation {
  const isThere = (id: string) => exists(target, id) || Boolean(target.edges[id]);
  return {
    ...target,
    viewport: current.viewport,
    selection: selectionSurvives(current.selection, isThere) ? current.selection : target.selection,
  };
}
