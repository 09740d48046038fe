/**
 * Keys. On the focused canvas: arrows move to the nearest entity in that direction, Enter
 * expands it (a group: expands it again), E / Shift+E step through its relations (whose evidence
 * then shows), Delete removes, H hides, P pins (the selected entities, one or several), L turns
 * the lasso on, the Menu key or Shift+F10 opens the context menu, Escape clears the selection.
 * Anywhere but in a text field: Ctrl+Z undoes, Ctrl+Shift+Z or Ctrl+Y redoes.
 */
import type { Controller } from './controller.ts';
import { relationWords } from './format.ts';
import { DIRECTION_KEYS, nearestInDirection } from './graph/nearest.ts';
import * as actions from './state/actions.ts';
import { visibleElements } from './state/visibility.ts';
import { contextMenu, isLassoOn, say } from './ui-state.ts';

const isTyping = (target: EventTarget | null) => target instanceof HTMLElement && (['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.isContentEditable);

export function startKeyboard(controller: Controller, canvasElement: HTMLElement): void {
  const { store, canvas } = controller;
  /** The entity whose relations E steps through (it stays while an edge of it is selected). */
  let anchor: string | null = null;

  document.addEventListener('keydown', (event) => {
    if (isTyping(event.target) || !(event.ctrlKey || event.metaKey)) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) store.undo();
    else if ((key === 'z' && event.shiftKey) || key === 'y') store.redo();
    else return;
    event.preventDefault();
  });

  canvasElement.addEventListener('keydown', (event) => {
    const state = store.state;
    const selection = state.selection;
    const nodeId = selection.kind === 'node' ? selection.id : null;
    const chosen = actions.selectedEntities(selection);
    if (nodeId) anchor = nodeId;
    const direction = DIRECTION_KEYS[event.key];
    if (direction) {
      event.preventDefault();
      const nodes = canvas.renderedNodes();
      if (nodes.length === 0) return;
      const from = nodeId ? nodes.find((n) => n.id === nodeId) : undefined;
      let next: string | undefined;
      if (from) next = nearestInDirection(from, nodes.filter((n) => n.id !== from.id), direction);
      else {
        // Nothing selected yet: start from the entity nearest the middle of the canvas.
        const mid = { x: canvasElement.clientWidth / 2, y: canvasElement.clientHeight / 2 };
        next = nodes.reduce((best, n) => (Math.hypot(n.x - mid.x, n.y - mid.y) < Math.hypot(best.x - mid.x, best.y - mid.y) ? n : best)).id;
      }
      if (!next) return say(`No entity ${direction} of ${state.nodes[nodeId!]?.label ?? 'here'}.`);
      controller.select({ kind: 'node', id: next });
      if (!canvas.isInView([next])) canvas.centre(next);
      say(state.nodes[next]?.label ?? next);
      return;
    }
    switch (event.key) {
      case 'Enter':
        if (nodeId) controller.open(nodeId);
        else if (chosen.length > 1) void controller.expandMany(chosen);
        break;
      case 'e':
      case 'E': {
        if (!anchor || !state.nodes[anchor]) return;
        const visible = visibleElements(state);
        const edges = Object.values(state.edges).filter((e) => visible.edges.has(e.id) && (e.source === anchor || e.target === anchor));
        if (edges.length === 0) return say(`${state.nodes[anchor]!.label} has no relation shown.`);
        const at = selection.kind === 'edge' ? edges.findIndex((e) => e.id === selection.id) : -1;
        const next = edges[(at + (event.shiftKey ? -1 : 1) + edges.length) % edges.length]!;
        controller.select({ kind: 'edge', id: next.id });
        say(`${state.nodes[next.source]?.label} ${relationWords(next.type)} ${state.nodes[next.target]?.label} (${edges.indexOf(next) + 1} of ${edges.length}): evidence in the panel`);
        break;
      }
      case 'Delete':
      case 'Backspace':
        if (nodeId) store.dispatch(actions.removeNodes([nodeId], `remove ${state.nodes[nodeId]?.label ?? 'a node'}`));
        else if (chosen.length) store.dispatch(actions.removeNodes(chosen));
        break;
      case 'h':
        if (chosen.length) store.dispatch(actions.hideNodes(chosen));
        break;
      case 'p':
        if (chosen.length) store.dispatch(actions.setPinned(chosen, !chosen.every((id) => state.pinned.includes(id))));
        break;
      case 'l':
        isLassoOn.set(!isLassoOn.value);
        break;
      case 'ContextMenu':
      case 'F10': {
        if (event.key === 'F10' && !event.shiftKey) return;
        const at = canvas.renderedNodes().find((n) => n.id === (controller.canvas.drawing?.owner.get(chosen[0] ?? '') ?? chosen[0]));
        const box = canvasElement.getBoundingClientRect();
        contextMenu.set({ id: at ? at.id : null, x: box.left + (at?.x ?? box.width / 2), y: box.top + (at?.y ?? box.height / 2) });
        break;
      }
      case 'Escape':
        controller.select({ kind: 'none' });
        break;
      default:
        return;
    }
    event.preventDefault();
  });
}
