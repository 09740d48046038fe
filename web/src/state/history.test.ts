import { describe, expect, it } from 'vitest';
import { addGraph, emptyInvestigation, hideNodes, select, setPositions } from './actions.ts';
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
