/**
 * Centrality and communities of what is shown (computed in a worker, graph/measures-client.ts):
 * size by a measure, colour by type or community, the most central entities (click: select and
 * centre), and the communities with their sizes (select one, or collapse it into a group).
 */
import { useMemo } from 'preact/hooks';
import type { Controller } from '../controller.ts';
import { communityColour, SIZE_LABELS, SMALL_COMMUNITY_COLOUR, COMMUNITY_COLOURS } from '../graph/appearance.ts';
import { measures as currentMeasures, ranked } from '../graph/measures-client.ts';
import type { MeasureName } from '../graph/measures.ts';
import * as actions from '../state/actions.ts';
import { groupNodes } from '../state/groups.ts';
import type { ColourBy, SizeBy } from '../state/types.ts';
import { useInvestigation } from './hooks.ts';
import { useObservable } from './observable.ts';

const TOP = 10;

const formatValue = (measure: MeasureName, value: number) => (measure === 'betweenness' || measure === 'pagerank' ? value.toFixed(3) : value.toLocaleString('en'));

export function AnalysisPanel({ controller }: { controller: Controller }) {
  const state = useInvestigation(controller.store);
  const current = useObservable(currentMeasures);
  const { store } = controller;
  const m = current?.measures ?? null;
  // Ranked by the size measure when it is one of the canvas's, else by PageRank.
  const rankBy: MeasureName = state.styling.sizeBy === 'degree' ? 'pagerank' : state.styling.sizeBy;
  const top = useMemo(() => (m ? ranked(m[rankBy], TOP) : []), [m, rankBy]);
  const membersOf = useMemo(() => {
    const byCommunity = new Map<number, string[]>();
    for (const [id, c] of Object.entries(m?.community ?? {})) byCommunity.set(c, [...(byCommunity.get(c) ?? []), id]);
    return byCommunity;
  }, [m]);
  const name = (id: string) => state.nodes[id]?.label ?? id;
  if (Object.keys(state.nodes).length === 0) return null;
  const shownCommunities = m ? m.communities.filter((c) => c.size > 1).slice(0, COMMUNITY_COLOURS.length) : [];
  const smaller = m ? m.communities.length - shownCommunities.length : 0;
  return (
    <section class="analysis" aria-label="Centrality and communities">
      <h2>Centrality and communities</h2>
      <label class="legend-row">
        size by{' '}
        <select id="size-by" value={state.styling.sizeBy} onChange={(e) => store.dispatch(actions.setStyling({ sizeBy: (e.target as HTMLSelectElement).value as SizeBy }))}>
          {Object.entries(SIZE_LABELS).map(([k, label]) => (
            <option key={k} value={k}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label class="legend-row">
        colour by{' '}
        <select id="colour-by" value={state.styling.colourBy} onChange={(e) => store.dispatch(actions.setStyling({ colourBy: (e.target as HTMLSelectElement).value as ColourBy }))}>
          <option value="type">entity type</option>
          <option value="community">community</option>
        </select>
      </label>
      {!m ? (
        <p class="muted">Measuring…</p>
      ) : (
        <>
          <h3 id="most-central-title">Most central ({SIZE_LABELS[rankBy].toLowerCase()})</h3>
          <ol class="most-central" aria-labelledby="most-central-title">
            {/* Keyed by rank: a new ranking updates the rows in place instead of moving them. */}
            {top.map((r, rank) => (
              <li key={rank}>
                <button
                  class="link"
                  title={`Select ${name(r.id)}`}
                  onClick={() => {
                    controller.select({ kind: 'node', id: r.id });
                    controller.canvas.centre(r.id);
                  }}
                >
                  {name(r.id)}
                </button>{' '}
                <span class="muted">{formatValue(rankBy, r.value)}</span>
              </li>
            ))}
          </ol>
          <h3>
            Communities <span class="muted">({m.communities.length}, modularity {m.modularity.toFixed(2)})</span>
          </h3>
          <ul class="communities">
            {shownCommunities.map((c) => {
              const members = membersOf.get(c.index) ?? [];
              return (
                <li key={c.index} class="legend-row">
                  <span class="dot" style={{ background: communityColour(c.index) }} />
                  <button class="link community-name" title={`Select the ${c.size} entities of this community`} onClick={() => controller.select(actions.entitiesSelection(members))}>
                    {name(c.top)}
                    {c.size > 1 ? ` and ${c.size - 1} more` : ''}
                  </button>
                  <span class="count">{c.size}</span>
                  <button class="only" title={`Collapse this community into one node`} aria-label={`Group the community of ${name(c.top)}`} onClick={() => store.dispatch(groupNodes(members, { label: `Community of ${name(c.top)}`, kind: 'community' }))}>
                    group
                  </button>
                </li>
              );
            })}
            {smaller > 0 && (
              <li class="legend-row muted">
                <span class="dot" style={{ background: SMALL_COMMUNITY_COLOUR }} />
                {smaller} smaller ones, or single entities
              </li>
            )}
          </ul>
          <p class="muted" id="measured">
            {Object.keys(m.canvasDegree).length.toLocaleString('en')} entities measured in {current!.ms < 1000 ? `${Math.max(1, Math.round(current!.ms))} ms` : `${(current!.ms / 1000).toFixed(1)} s`}
          </p>
        </>
      )}
    </section>
  );
}
