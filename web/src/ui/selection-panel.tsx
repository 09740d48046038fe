/**
 * Several entities selected (box, lasso, shift-click, a community): what they are, and the bulk
 * actions on them: expand, group, pin, hide, remove. Each is one undoable change.
 */
import { useState } from 'preact/hooks';
import type { Controller } from '../controller.ts';
import { plural } from '../format.ts';
import * as actions from '../state/actions.ts';
import { groupNodes, isGroupId } from '../state/groups.ts';
import type { Investigation } from '../state/types.ts';

export function SelectionPanel({ controller, state, ids }: { controller: Controller; state: Investigation; ids: string[] }) {
  const { store } = controller;
  const entities = actions.withMembers(state, ids).filter((id) => state.nodes[id]);
  const [name, setName] = useState('');
  const allPinned = ids.every((id) => state.pinned.includes(id));
  const byType = new Map<string, number>();
  for (const id of entities) byType.set(state.nodes[id]!.type, (byType.get(state.nodes[id]!.type) ?? 0) + 1);
  const label = (id: string) => (isGroupId(id) ? (state.groups.find((g) => g.id === id)?.label ?? id) : (state.nodes[id]?.label ?? id));
  return (
    <div class="selection-panel">
      <h2>{plural(entities.length, 'entity', 'entities')} selected</h2>
      <p class="muted">{[...byType].map(([type, n]) => `${n} ${type}`).join(' · ')}</p>
      <div class="actions" role="group" aria-label="Act on the selection">
        <button class="primary" id="bulk-expand" onClick={() => void controller.expandMany(ids)}>
          Expand all
        </button>
        <button id="bulk-pin" onClick={() => store.dispatch(actions.setPinned(ids, !allPinned))}>
          {allPinned ? 'Unpin' : 'Pin'}
        </button>
        <button id="bulk-hide" onClick={() => store.dispatch(actions.hideNodes(ids))}>
          Hide
        </button>
        <button id="bulk-remove" onClick={() => store.dispatch(actions.removeNodes(ids))}>
          Remove
        </button>
      </div>
      <form class="row" onSubmit={(e) => (e.preventDefault(), store.dispatch(groupNodes(ids, { label: name.trim() || `${entities.length} entities`, kind: 'selection' })))}>
        <input aria-label="Name of the group" placeholder={`${entities.length} entities`} value={name} maxLength={60} onInput={(e) => setName((e.target as HTMLInputElement).value)} />
        <button type="submit" id="bulk-group" disabled={entities.length < 2}>
          Group
        </button>
      </form>
      <ul class="selected-list">
        {ids.slice(0, 60).map((id) => (
          <li key={id}>
            <button class="link" onClick={() => controller.select({ kind: 'node', id })}>
              {label(id)}
            </button>
          </li>
        ))}
        {ids.length > 60 && <li class="muted">and {ids.length - 60} more</li>}
      </ul>
    </div>
  );
}
