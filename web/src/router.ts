/**
 * The URL and browser history. A canvas change adds a history entry carrying the exact
 * investigation (history.state), a selection only replaces the current one; Back and Forward
 * put the stored investigation back as it was, positions included (no new layout). The URL names
 * what is on the canvas (state/link.ts); one too long for an address becomes a short link
 * (short-links.ts).
 */
import type { Controller } from './controller.ts';
import { setFilters, setStyling } from './state/actions.ts';
import { groupNodes } from './state/groups.ts';
import { setTimeline } from './state/timeline.ts';
import { hashOf, parseHash } from './state/url.ts';
import { addressOf, isStill } from './short-links.ts';
import type { Investigation } from './state/types.ts';
import { route } from './ui-state.ts';

interface Entry {
  investigation: Investigation;
}

export function startRouter(controller: Controller): void {
  const { store } = controller;
  store.subscribe((change) => {
    const isReading = route.value.view === 'article' || route.value.view === 'articles';
    if (isReading && change.kind !== 'canvas') return;
    const entry: Entry = { investigation: change.state };
    const hash = addressOf(change.state, (short, key) => {
      // The short link replaces the long address if the canvas is still the one it keeps.
      if (!isStill(store.state, key) || !location.hash.startsWith('#/graph')) return;
      history.replaceState(history.state, '', short);
    });
    if (change.isTravel) return history.replaceState(entry, '', hash);
    // A canvas change is a new entry; so is leaving the reader for the canvas (a mention clicked).
    if ((change.kind === 'canvas' && !change.amend) || isReading) history.pushState(entry, '', hash);
    else history.replaceState(entry, '', hash);
    route.set(parseHash(hashOf(change.state)));
  });
  // popstate covers Back/Forward, links and typed hashes (hashchange would run a second time).
  window.addEventListener('popstate', () => void follow(controller, history.state as Entry | null));
  void follow(controller, history.state as Entry | null);
}

/** Shows what the URL (and the history entry) says. */
async function follow(controller: Controller, entry: Entry | null): Promise<void> {
  const { store, canvas } = controller;
  const target = parseHash(location.hash);
  route.set(target);
  if (target.view === 'article' || target.view === 'articles') return;
  if (entry?.investigation) {
    if (entry.investigation !== store.state) controller.restore(entry.investigation, 'back', { isTravel: true });
    requestAnimationFrame(() => {
      canvas.cy.resize();
      if (!entry.investigation.viewport) canvas.fit();
    });
    return;
  }
  if (target.view === 'saved') return controller.openView(target.id, { isTravel: true });
  if (target.view === 'shared') return controller.openShared(target.id);
  // A link naming its canvas: those entities and relations, as they were.
  if (target.canvas) return controller.openLink({ ...target, canvas: target.canvas });
  // An older link or a typed URL: starting entities, filters, timeline, display and groups; rebuild from them.
  const current = store.state;
  if (target.seeds.length && target.seeds.join(',') !== current.seeds.join(',')) {
    store.dispatch(setFilters(target.filters, 'filters from the link'), { isTravel: true });
    store.dispatch(setTimeline(target.timeline), { isTravel: true });
    store.dispatch(setStyling(target.styling), { isTravel: true });
    await controller.openEntities(target.seeds);
    for (const group of target.groups) store.dispatch(groupNodes(group.members, { label: group.label, kind: group.kind }), { isTravel: true });
  }
  if (target.selected && store.state.nodes[target.selected]) controller.select({ kind: 'node', id: target.selected });
  else if (target.selected && store.state.edges[target.selected]) controller.select({ kind: 'edge', id: target.selected });
  requestAnimationFrame(() => canvas.cy.resize());
}
