/**
 * The context menu of the canvas (right click, long press, or the Menu key / Shift+F10 on the
 * selected entity): the actions on an entity, a group or the entities selected with it, and on
 * the background those on the whole canvas. Buttons in a menu: arrow keys move, Escape closes.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { Controller } from '../controller.ts';
import { measures } from '../graph/measures-client.ts';
import * as actions from '../state/actions.ts';
import { groupNodes, isGroupId, ungroupAll } from '../state/groups.ts';
import { visibleElements } from '../state/visibility.ts';
import { contextMenu } from '../ui-state.ts';
import { useInvestigation } from './hooks.ts';
import { useObservable } from './observable.ts';

interface Item {
  label: string;
  run: () => void;
}

export function ContextMenu({ controller }: { controller: Controller }) {
  const menu = useObservable(contextMenu);
  const state = useInvestigation(controller.store);
  const list = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!menu) return;
    list.current?.querySelector<HTMLButtonElement>('button')?.focus();
    const close = (e: Event) => {
      if (!list.current?.contains(e.target as Node)) contextMenu.set(null);
    };
    document.addEventListener('pointerdown', close, true);
    return () => document.removeEventListener('pointerdown', close, true);
  }, [menu]);
  if (!menu) return null;
  const { store } = controller;
  const selected = actions.selectedEntities(state.selection);
  // On one of several selected entities, the menu acts on all of them.
  const ids = menu.id === null ? [] : selected.length > 1 && selected.includes(menu.id) ? selected : [menu.id];
  const items: Item[] = [];
  const name = (id: string) => state.groups.find((g) => g.id === id)?.label ?? state.nodes[id]?.label ?? id;
  if (ids.length === 1) {
    const id = ids[0]!;
    const isPinned = state.pinned.includes(id);
    items.push({ label: isGroupId(id) ? 'Expand the group' : 'Expand', run: () => controller.open(id) });
    items.push({ label: 'Select its neighbours', run: () => controller.select(actions.entitiesSelection(neighbours(state, id))) });
    const community = measures.value?.measures.community[id];
    if (community !== undefined && !isGroupId(id)) {
      const members = Object.entries(measures.value!.measures.community).filter(([, c]) => c === community).map(([m]) => m);
      if (members.length > 1) items.push({ label: `Group its community (${members.length})`, run: () => store.dispatch(groupNodes(members, { label: `Community of ${name(id)}`, kind: 'community' })) });
    }
    items.push({ label: isPinned ? 'Unpin' : 'Pin', run: () => store.dispatch(actions.setPinned([id], !isPinned)) });
    items.push({ label: 'Hide', run: () => store.dispatch(actions.hideNodes([id])) });
    items.push({ label: 'Remove', run: () => store.dispatch(actions.removeNodes([id], `remove ${name(id)}`)) });
  } else if (ids.length > 1) {
    items.push({ label: `Expand ${ids.length} entities`, run: () => void controller.expandMany(ids) });
    items.push({ label: `Group ${ids.length} entities`, run: () => store.dispatch(groupNodes(ids, { label: `${actions.withMembers(state, ids).length} entities`, kind: 'selection' })) });
    items.push({ label: 'Pin them', run: () => store.dispatch(actions.setPinned(ids, true)) });
    items.push({ label: 'Hide them', run: () => store.dispatch(actions.hideNodes(ids)) });
    items.push({ label: 'Remove them', run: () => store.dispatch(actions.removeNodes(ids)) });
  } else {
    const shown = [...visibleElements(state).nodes];
    items.push({ label: 'Select everything shown', run: () => controller.select(actions.entitiesSelection(shown)) });
    if (state.groups.length) items.push({ label: 'Expand every group', run: () => store.dispatch(ungroupAll()) });
    items.push({ label: 'Fit to the window', run: () => controller.fit() });
  }
  const onKeyDown = (e: KeyboardEvent) => {
    const buttons = [...(list.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'Escape') {
      contextMenu.set(null);
      document.getElementById('cy')?.focus();
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') buttons[(at + (e.key === 'ArrowDown' ? 1 : -1) + buttons.length) % buttons.length]?.focus();
    else return;
    e.preventDefault();
  };
  return (
    <div ref={list} id="context-menu" class="context-menu" role="menu" aria-label={ids.length === 1 ? `Actions on ${name(ids[0]!)}` : ids.length ? `Actions on ${ids.length} entities` : 'Canvas actions'} style={{ left: `${menu.x}px`, top: `${menu.y}px` }} onKeyDown={onKeyDown}>
      {items.map((item) => (
        <button
          key={item.label}
          role="menuitem"
          onClick={() => {
            contextMenu.set(null);
            item.run();
          }}
        >
          {item.label}
        </button>
      ))}
    </div>
  );
}

function neighbours(state: ReturnType<typeof useInvestigation>, id: string): string[] {
  const members = new Set(actions.withMembers(state, [id]));
  const found = new Set<string>();
  for (const e of Object.values(state.edges)) {
    if (members.has(e.source) && !members.has(e.target)) found.add(e.target);
    if (members.has(e.target) && !members.has(e.source)) found.add(e.source);
  }
  return [...found];
}
