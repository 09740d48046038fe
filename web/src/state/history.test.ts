import { describe, expect, it } from 'vitest';
import { addGraph, emptyInvestigation, hideNodes, select, setFilters, setPositions } from './actions.ts';
import { star } from './fixtures.test-util.ts';
import { Store } from './store.ts';
import type { Change } from './store.ts';

describe('undo and redo', () => {
  it('undoes and redoes canvas changes, one at a time, and says what', () => {
    const store = new Store(emptyInvestigation());
    store.dispatch(addGraph(star('RU', ['UA']), { label: 'open Russia' }));
    store.dispatch(hideNodes(['UA']));
    expect(store.undoLabel).toBe('hide a node');
    store.undo();
    expect(store.state.hidden).toEqual([]);
    expect(store.redoLabel).toBe('hide a node');
    store.undo();
    expect(store.state.nodes).toEqual({});
    store.redo();
    expect(Object.keys(store.state.nodes)).toEqual(['RU', 'UA']);
    store.redo();
    expect(store.state.hidden).toEqual(['UA']);
    expect(store.redoLabel).toBeUndefined();
  });

  it('does not count selections as changes, and keeps the current selection on undo', () => {
    const store = new Store(emptyInvestigation());
    store.dispatch(addGraph(star('RU', ['UA', 'BY']), { label: 'open' }));
    store.dispatch(hideNodes(['BY']));
    store.dispatch(select({ kind: 'node', id: 'UA' }));
    store.undo();
    expect(store.state.hidden).toEqual([]);
    expect(store.state.selection).toEqual({ kind: 'node', id: 'UA' });
    store.undo();
    expect(store.undoLabel).toBeUndefined();
  });

  it('folds an amended change (the first layout) into the previous one', () => {
    const store = new Store(emptyInvestigation());
    store.dispatch(addGraph(star('RU', ['UA']), { label: 'open' }));
    store.dispatch(setPositions({ RU: { x: 5, y: 5 } }, 'layout', true));
    expect(store.state.positions.RU).toEqual({ x: 5, y: 5 });
    store.undo();
    expect(store.state.nodes).toEqual({});
  });

  it('a new change after undo drops the redo branch; listeners hear every change with its kind', () => {
    const store = new Store(emptyInvestigation());
    const heard: Pick<Change, 'kind' | 'label'>[] = [];
    store.subscribe((c) => heard.push({ kind: c.kind, label: c.label }));
    store.dispatch(addGraph(star('RU', ['UA']), { label: 'open' }));
    store.undo();
    store.dispatch(addGraph(star('IR', ['IQ']), { label: 'open Iran' }));
    expect(store.redoLabel).toBeUndefined();
    store.dispatch(select({ kind: 'node', id: 'IR' }));
    expect(heard).toEqual([
      { kind: 'canvas', label: 'open' },
      { kind: 'canvas', label: 'undo' },
      { kind: 'canvas', label: 'open Iran' },
      { kind: 'selection', label: 'select' },
    ]);
  });
});

describe('one undo step per gesture', () => {
  it('folds the changes of one gesture (a slider dragged, arrow keys on it) into one step, and starts a new one for the next gesture', () => {
    const store = new Store(emptyInvestigation());
    store.dispatch(addGraph(star('RU', ['UA']), { label: 'open' }));
    const changes: Change[] = [];
    store.subscribe((c) => changes.push(c));
    for (const score of [0.1, 0.2, 0.3, 0.4]) store.dispatch(setFilters({ minScore: score }, 'minimum score', 'score#1'));
    expect(store.state.filters.minScore).toBe(0.4);
    // The first change of the gesture is a step (a history entry); the others fold into it.
    expect(changes.map((c) => c.amend)).toEqual([false, true, true, true]);
    store.dispatch(setFilters({ minScore: 0.6 }, 'minimum score', 'score#2'));
    store.undo();
    expect(store.state.filters.minScore).toBe(0.4);
    store.undo();
    expect(store.state.filters.minScore).toBe(0);
    expect(store.undoLabel).toBe('open');
  });

  it('ends a gesture when another change comes between', () => {
    const store = new Store(emptyInvestigation());
    store.dispatch(addGraph(star('RU', ['UA', 'BY']), { label: 'open' }));
    store.dispatch(setFilters({ minScore: 0.2 }, 'minimum score', 'score#1'));
    store.dispatch(hideNodes(['BY']));
    store.dispatch(setFilters({ minScore: 0.3 }, 'minimum score', 'score#1'));
    store.undo();
    expect(store.state.filters.minScore).toBe(0.2);
    expect(store.state.hidden).toEqual(['BY']);
  });
});

describe('Back and Forward over the undo steps', () => {
  it('walks to a state of the history without making a step, and refuses one it never held', () => {
    const store = new Store(emptyInvestigation());
    store.dispatch(addGraph(star('RU', ['UA', 'BY']), { label: 'open' }));
    const opened = store.state;
    store.dispatch(hideNodes(['BY']));
    const hidden = store.state;
    expect(store.travelTo(opened)).toBe(true);
    expect(store.state).toBe(opened);
    expect(store.undoLabel).toBe('open');
    expect(store.travelTo(hidden)).toBe(true);
    expect(store.state).toBe(hidden);
    // The same state (leaving the reader for the canvas it came from): nothing happens.
    let emitted = 0;
    store.subscribe(() => emitted++);
    expect(store.travelTo(hidden)).toBe(true);
    expect(emitted).toBe(0);
    expect(store.travelTo(structuredClone(hidden))).toBe(false);
  });
});
