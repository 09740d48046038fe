/** A group's panel: what it holds, its relations to the rest, and expanding it again. */
import type { Controller } from '../controller.ts';
import { NotesOn } from './notes.tsx';
import { plural } from '../format.ts';
import * as actions from '../state/actions.ts';
import { ungroup } from '../state/groups.ts';
import type { Group, Investigation } from '../state/types.ts';
import { visibleElements } from '../state/visibility.ts';

const KIND_WORDS: Record<Group['kind'], string> = { community: 'a community', selection: 'a selection', type: 'one type', country: 'one country' };

export function GroupPanel({ controller, state, group }: { controller: Controller; state: Investigation; group: Group }) {
  const { store } = controller;
  const members = new Set(group.members);
  const visible = visibleElements(state);
  let inside = 0;
  let outside = 0;
  for (const id of visible.edges) {
    const e = state.edges[id]!;
    const ends = Number(members.has(e.source)) + Number(members.has(e.target));
    if (ends === 2) inside++;
    else if (ends === 1) outside++;
  }
  const isPinned = state.pinned.includes(group.id);
  return (
    <div class="group-panel">
      <h2 class="entity-name">{group.label}</h2>
      <p class="muted">
        Group of {KIND_WORDS[group.kind]} · {plural(group.members.length, 'entity', 'entities')} · {plural(inside, 'relation')} inside, {plural(outside, 'relation')} to the rest
      </p>
      <div class="actions">
        <button class="primary" id="expand-group" onClick={() => store.dispatch(ungroup(group.id))}>
          Expand the group
        </button>
        <button onClick={() => void controller.expandMany([group.id])}>Expand its members' relations</button>
        <button aria-pressed={isPinned} onClick={() => store.dispatch(actions.setPinned([group.id], !isPinned))}>
          {isPinned ? 'Unpin' : 'Pin'}
        </button>
        <button onClick={() => store.dispatch(actions.hideNodes([group.id]))}>Hide</button>
        <button onClick={() => store.dispatch(actions.removeNodes([group.id], `remove ${group.label}`))}>Remove</button>
      </div>
      <h3>Members</h3>
      <ul class="selected-list">
        {group.members.slice(0, 80).map((id) => (
          <li key={id}>
            <button class="link" title="Show this member's details" onClick={() => controller.select({ kind: 'node', id })}>
              {state.nodes[id]?.label ?? id}
            </button>{' '}
            <span class="muted">{state.nodes[id]?.type}</span>
          </li>
        ))}
        {group.members.length > 80 && <li class="muted">and {group.members.length - 80} more</li>}
      </ul>
      <NotesOn controller={controller} state={state} target={{ kind: 'entity', id: group.id }} />
    </div>
  );
}
