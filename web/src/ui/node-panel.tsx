/** An entity's panel: what it is, what expanding would add, actions, and its relations on the canvas by pair. */
import { useMemo } from 'preact/hooks';
import { fetchEntity } from '../api.ts';
import type { Controller } from '../controller.ts';
import { plural, relationWords } from '../format.ts';
import * as actions from '../state/actions.ts';
import { articlesHash } from '../state/url.ts';
import type { Investigation } from '../state/types.ts';
import { useRemote } from './hooks.ts';
import { NotesOn } from './notes.tsx';
import { RemoteView } from './remote-view.tsx';

/** Per other entity: the relations between it and `id` on the canvas. */
function pairsOf(state: Investigation, id: string): { other: string; name: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const e of Object.values(state.edges)) {
    if (e.source === id) counts.set(e.target, (counts.get(e.target) ?? 0) + 1);
    else if (e.target === id) counts.set(e.source, (counts.get(e.source) ?? 0) + 1);
  }
  return [...counts].map(([other, count]) => ({ other, name: state.nodes[other]?.label ?? other, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

export function NodePanel({ controller, state, id, pathStart, setPathStart }: { controller: Controller; state: Investigation; id: string; pathStart: string | null; setPathStart: (id: string | null) => void }) {
  const remote = useRemote(() => fetchEntity(id), [id]);
  const pairs = useMemo(() => pairsOf(state, id), [state.edges, state.nodes, id]);
  const store = controller.store;
  const isPinned = state.pinned.includes(id);
  return (
    <>
    <RemoteView remote={remote} loading="Loading…">
      {(entity) => {
        if (!entity) return <p>This entity is no longer in the graph.</p>;
        const total = entity.relationCounts.reduce((n, c) => n + c.count, 0);
        const onCanvas = new Map<string, number>();
        for (const e of Object.values(state.edges)) if (e.source === id || e.target === id) onCanvas.set(e.type, (onCanvas.get(e.type) ?? 0) + 1);
        const shown = [...onCanvas.values()].reduce((n, c) => n + c, 0);
        const missing = Math.max(0, total - shown);
        return (
          <>
            <h2 class="entity-name" title={entity.name}>
              {entity.name}
            </h2>
            <p class="muted">
              {entity.type}
              {entity.country ? ` · ${entity.country}` : ''} · {plural(entity.degree, 'relation')}
            </p>
            {entity.aliases.length > 0 && <p class="aliases">Also: {entity.aliases.slice(0, 12).join(', ')}</p>}
            {entity.wikidataId && (
              <p>
                <a href={`https://www.wikidata.org/wiki/${entity.wikidataId}`} target="_blank" rel="noopener noreferrer">
                  Wikidata {entity.wikidataId}
                </a>
              </p>
            )}
            <div class="actions">
              <button class="primary" id="expand-all" disabled={missing === 0} onClick={() => void controller.expand(id, { total })}>
                {missing === 0 ? `All ${plural(total, 'relation')} shown` : `Expand all (${plural(total, 'relation')}, ${missing} not shown)`}
              </button>
            </div>
            <h3>Expand one kind of relation</h3>
            <div class="actions">
              {entity.relationCounts.map((c) => (
                <button key={c.key} title={`Add the ${relationWords(c.key)} relations of ${entity.name} (${onCanvas.get(c.key) ?? 0} of ${c.count} on the canvas)`} onClick={() => void controller.expand(id, { types: [c.key], total: c.count })}>
                  {relationWords(c.key)} ({c.count})
                </button>
              ))}
            </div>
            <div class="actions">
              <button onClick={() => store.dispatch(actions.removeNodes([id], `remove ${entity.name}`))}>Remove</button>
              <button onClick={() => store.dispatch(actions.hideNodes([id]))}>Hide</button>
              <button aria-pressed={isPinned} onClick={() => store.dispatch(actions.setPinned([id], !isPinned))}>
                {isPinned ? 'Unpin' : 'Pin'}
              </button>
              {pathStart && pathStart !== id ? (
                <button onClick={() => (setPathStart(null), void controller.showPaths(pathStart, id))}>Path to here</button>
              ) : (
                <button aria-pressed={pathStart === id} onClick={() => setPathStart(pathStart === id ? null : id)}>
                  {pathStart === id ? 'Pick the other end…' : 'Path from here'}
                </button>
              )}
            </div>
            <h3>Relations with… ({pairs.length} on the canvas)</h3>
            <ul class="pairs">
              {pairs.slice(0, 40).map((p) => (
                <li key={p.other}>
                  <button class="link pair-link" title={`Every relation between ${entity.name} and ${p.name}`} onClick={() => controller.select({ kind: 'pair', a: id, b: p.other })}>
                    {p.name}
                  </button>{' '}
                  <span class="muted">{plural(p.count, 'relation')}</span>
                </li>
              ))}
              {pairs.length > 40 && <li class="muted">and {pairs.length - 40} more</li>}
            </ul>
            <p>
              <a href={articlesHash({ entity: id })}>Articles that mention it ({entity.articles.totalCount.toLocaleString('en')})</a>
            </p>
          </>
        );
      }}
    </RemoteView>
    <NotesOn controller={controller} state={state} target={{ kind: 'entity', id }} />
    </>
  );
}
