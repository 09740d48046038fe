/** Shortest paths between two entities: listed step by step, highlighted on the canvas. */
import { fetchPaths } from '../api.ts';
import type { Controller } from '../controller.ts';
import { relationWords } from '../format.ts';
import * as actions from '../state/actions.ts';
import type { Investigation } from '../state/types.ts';
import { useRemote } from './hooks.ts';
import { RemoteView } from './remote-view.tsx';

export function PathPanel({ controller, state, from, to }: { controller: Controller; state: Investigation; from: string; to: string }) {
  const remote = useRemote(() => fetchPaths(from, to), [from, to]);
  const name = (id: string) => state.nodes[id]?.label ?? id;
  return (
    <RemoteView remote={remote} loading={`Finding paths from ${name(from)} to ${name(to)}…`}>
      {(paths) =>
        paths.length === 0 ? (
          <>
            <h2>No path</h2>
            <p>
              {name(from)} and {name(to)} are not connected within 4 steps.
            </p>
          </>
        ) : (
          <>
            <h2 class="entity-name">
              How {name(from)} connects to {name(to)}
            </h2>
            <p class="muted">
              {paths.length} shortest path(s) of {paths[0]!.length} step(s)
            </p>
            <ol class="paths">
              {paths.map((p, i) => (
                <li key={i}>
                  {p.edges.map((e, j) => (
                    <span key={e.id}>
                      {j > 0 && ' · '}
                      <button class="link" title="The evidence for this step" onClick={() => controller.select({ kind: 'pair', a: e.source, b: e.target })}>
                        {name(e.source)} {relationWords(e.type)} {name(e.target)}
                      </button>
                    </span>
                  ))}
                </li>
              ))}
            </ol>
            <div class="actions">
              <button onClick={() => controller.select({ kind: 'pair', a: from, b: to })}>
                Relations between {name(from)} and {name(to)}
              </button>
              <button onClick={() => controller.store.dispatch(actions.clearPath())}>Clear path highlight</button>
            </div>
          </>
        )
      }
    </RemoteView>
  );
}
