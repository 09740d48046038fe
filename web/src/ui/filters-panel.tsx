/**
 * The sidebar: legend and filters with counts. Relation classes and entity types (each with
 * "only"; types and countries also "group"), claims (how relations no outlet asserts and
 * disputed ones are drawn), centrality and communities, evidence (articles, score, only
 * asserted, corroborating outlets; dates are the timeline's), outlets, countries, and "hide
 * unconnected". Every change is one undoable action.
 */
import { useMemo } from 'preact/hooks';
import type { Controller } from '../controller.ts';
import { ended, type CurrentEnded } from '../graph/ended-client.ts';
import { CLAIM_STYLE, CLASS_STYLE, ENDED_STYLE, TYPE_STYLE } from '../graph/style.ts';
import { hiddenEnded } from '../state/ended.ts';
import * as actions from '../state/actions.ts';
import type { Filters, Investigation } from '../state/types.ts';
import { groupNodes, membersBy } from '../state/groups.ts';
import { facetValues, legendCounts, visibleElements, type Visible } from '../state/visibility.ts';
import { isSidebarOpen } from '../ui-state.ts';
import { AnalysisPanel } from './analysis-panel.tsx';
import { useGesture, useInvestigation } from './hooks.ts';
import { useObservable } from './observable.ts';

export function FiltersPanel({ controller }: { controller: Controller }) {
  const state = useInvestigation(controller.store);
  const isOpen = useObservable(isSidebarOpen);
  const f = state.filters;
  const asOf = useObservable(ended);
  const visible = useMemo(() => visibleElements(state, hiddenEnded(state, asOf?.ended ?? new Map())), [state, asOf]);
  const counts = useMemo(() => legendCounts(state, visible), [state, visible]);
  const facets = useMemo(() => facetValues(state), [state.nodes, state.edges]);
  const set = (patch: Partial<Filters>, label: string, gesture?: string) => controller.store.dispatch(actions.setFilters(patch, label, gesture));
  const articlesGesture = useGesture('min-articles');
  const scoreGesture = useGesture('min-score');
  const toggle = (list: string[], key: string) => (list.includes(key) ? list.filter((k) => k !== key) : [...list, key]);
  const toggleOpen = () => {
    isSidebarOpen.set(!isOpen);
    localStorage.setItem('entente-sidebar', isOpen ? 'closed' : 'open');
    requestAnimationFrame(() => controller.canvas.cy.resize());
  };

  if (!isOpen) {
    return (
      <button class="sidebar-toggle" aria-expanded="false" aria-controls="sidebar" title="Show the legend and filters" onClick={toggleOpen}>
        ☰ Filters
      </button>
    );
  }
  const nodeCount = Object.keys(state.nodes).length;
  const edgeCount = Object.keys(state.edges).length;
  return (
    <div class="filters">
      <div class="sidebar-head">
        <strong>Legend and filters</strong>
        <button class="link" aria-expanded="true" aria-controls="sidebar" title="Collapse the legend and filters, for a wider canvas" onClick={toggleOpen}>
          « collapse
        </button>
      </div>
      <p class="muted" id="shown-counts">
        Showing {visible.nodes.size.toLocaleString('en')} of {nodeCount.toLocaleString('en')} entities, {visible.edges.size.toLocaleString('en')} of {edgeCount.toLocaleString('en')} relations
      </p>
      <AnalysisPanel controller={controller} />
      <h2>Relations</h2>
      {Object.entries(CLASS_STYLE).map(([cls, s]) => (
        <LegendRow
          key={cls}
          label={s.label}
          swatch={<span class={`swatch${s.dashed ? ' dashed' : ''}`} style={{ borderColor: s.color }} />}
          isChecked={!f.hiddenClasses.includes(cls)}
          count={counts.classes[cls]}
          onToggle={() => set({ hiddenClasses: toggle(f.hiddenClasses, cls) }, `${f.hiddenClasses.includes(cls) ? 'show' : 'hide'} ${s.label.toLowerCase()}`)}
          onOnly={() => set({ hiddenClasses: Object.keys(CLASS_STYLE).filter((c) => c !== cls) }, `only ${s.label.toLowerCase()}`)}
        />
      ))}
      <ClaimsLegend counts={counts.claims} />
      <EndedLegend state={state} asOf={asOf} visible={visible} />
      <h2>Entities</h2>
      {Object.entries(TYPE_STYLE).map(([type, s]) => (
        <LegendRow
          key={type}
          label={type}
          swatch={<span class="dot" style={{ background: s.color }} />}
          isChecked={!f.hiddenTypes.includes(type)}
          count={counts.types[type]}
          onToggle={() => set({ hiddenTypes: toggle(f.hiddenTypes, type) }, `${f.hiddenTypes.includes(type) ? 'show' : 'hide'} ${type}`)}
          onOnly={() => set({ hiddenTypes: Object.keys(TYPE_STYLE).filter((t) => t !== type) }, `only ${type}`)}
          onGroup={() => controller.store.dispatch(groupNodes(membersBy(state, 'type', type), { label: `${type} entities`, kind: 'type' }))}
        />
      ))}
      <label class="legend-row">
        <input type="checkbox" checked={f.hideUnconnected} onChange={() => set({ hideUnconnected: !f.hideUnconnected }, f.hideUnconnected ? 'show unconnected' : 'hide unconnected')} />
        Hide entities left without a relation
      </label>
      <h2>Evidence</h2>
      <label class="legend-row">
        at least{' '}
        <input type="number" min="1" max="99" class="small-number" aria-label="Minimum number of articles per edge" value={f.minArticles} onFocus={articlesGesture.start} onInput={(e) => set({ minArticles: Math.max(1, Number((e.target as HTMLInputElement).value) || 1) }, 'minimum articles', articlesGesture.key())} />{' '}
        article(s)
      </label>
      <label class="legend-row">
        score ≥{' '}
        <input type="range" min="0" max="1" step="0.05" aria-label="Minimum score" value={f.minScore} onFocus={scoreGesture.start} onPointerDown={scoreGesture.start} onInput={(e) => set({ minScore: Number((e.target as HTMLInputElement).value) }, 'minimum score', scoreGesture.key())} /> {f.minScore.toFixed(2)}
      </label>
      <label class="legend-row">
        <input type="checkbox" checked={f.assertedOnly} onChange={() => set({ assertedOnly: !f.assertedOnly }, f.assertedOnly ? 'show unasserted claims' : 'only asserted')} />
        Only asserted (at least one outlet states it in its own voice)
      </label>
      <label class="legend-row">
        corroborated by ≥{' '}
        <input type="number" min="1" max="99" class="small-number" aria-label="Minimum number of outlets per edge" value={f.minOutlets} onChange={(e) => set({ minOutlets: Math.max(1, Math.floor(Number((e.target as HTMLInputElement).value)) || 1) }, 'minimum outlets')} />{' '}
        outlet(s)
      </label>
      <p class="muted">Evidence dates: the timeline under the canvas.</p>
      <Facet title="Outlets" values={facets.outlets} chosen={f.outlets} onChange={(outlets) => set({ outlets }, 'outlets')} describe={(k) => k} />
      <Facet title="Countries" values={facets.countries} chosen={f.countries} onChange={(countries) => set({ countries }, 'countries')} describe={(k) => k} onGroup={(country) => controller.store.dispatch(groupNodes(membersBy(state, 'country', country), { label: `Entities of ${country}`, kind: 'country' }))} />
      <button class="reset" onClick={() => controller.store.dispatch(actions.resetFilters())}>
        Reset filters
      </button>
    </div>
  );
}

function LegendRow(props: { label: string; swatch: preact.JSX.Element; isChecked: boolean; count: { shown: number; total: number } | undefined; onToggle: () => void; onOnly: () => void; onGroup?: () => void }) {
  const count = props.count ?? { shown: 0, total: 0 };
  return (
    <div class="legend-row">
      <label>
        <input type="checkbox" checked={props.isChecked} onChange={props.onToggle} />
        {props.swatch}
        {props.label}
      </label>
      <span class="count" title={`${count.shown} shown of ${count.total} on the canvas`}>
        {count.shown === count.total ? count.total : `${count.shown}/${count.total}`}
      </span>
      <button class="only" title={`Show only ${props.label}`} aria-label={`Only ${props.label}`} onClick={props.onOnly}>
        only
      </button>
      {props.onGroup && count.total > 1 && (
        <button class="only" title={`Collapse every ${props.label} entity into one node`} aria-label={`Group ${props.label}`} onClick={props.onGroup}>
          group
        </button>
      )}
    </div>
  );
}

/** How claims are drawn: a dotted, lighter line when no outlet asserts the relation; a halo and a diamond when disputed. */
function ClaimsLegend({ counts }: { counts: { unasserted: { shown: number; total: number }; disputed: { shown: number; total: number } } }) {
  const rows = [
    { key: 'unasserted', style: CLAIM_STYLE.unasserted, swatch: <span class="swatch dotted" />, count: counts.unasserted },
    { key: 'disputed', style: CLAIM_STYLE.disputed, swatch: <span class="swatch disputed" />, count: counts.disputed },
  ];
  return (
    <div class="claims-legend" aria-label="Claims">
      {rows.map((row) => (
        <div class="legend-row" key={row.key} title={row.style.meaning}>
          <span class="legend-claim">
            {row.swatch}
            {row.style.label}
          </span>
          <span class="count" title={`${row.count.shown} shown of ${row.count.total} on the canvas`}>
            {row.count.shown === row.count.total ? row.count.total : `${row.count.shown}/${row.count.total}`}
          </span>
        </div>
      ))}
    </div>
  );
}

/** How relations ended by the playhead are drawn, and how many the canvas holds (shown, or hidden by the timeline's choice). */
function EndedLegend({ state, asOf, visible }: { state: Investigation; asOf: CurrentEnded | null; visible: Visible }) {
  const ids = [...(asOf?.ended.keys() ?? [])].filter((id) => state.edges[id]);
  const shown = ids.filter((id) => visible.edges.has(id)).length;
  const hidden = state.timeline.ended === 'hide';
  return (
    <div class="legend-row ended-legend" title={ENDED_STYLE.meaning}>
      <span class="legend-claim">
        <span class="swatch ended" />
        {asOf ? `Ended by ${asOf.day}` : ENDED_STYLE.label}
      </span>
      <span class="count" title={asOf ? `${shown} shown of ${ids.length} ended on the canvas${hidden ? ' (the timeline hides them)' : ''}` : 'Set the playhead on the timeline to see which relations had ended by then'}>
        {asOf ? (shown === ids.length ? ids.length : `${shown}/${ids.length}`) : '–'}
      </span>
    </div>
  );
}

/** A list of values (outlets, countries) to keep; nothing ticked keeps everything. */
function Facet(props: { title: string; values: { key: string; count: number }[]; chosen: string[]; onChange: (chosen: string[]) => void; describe: (key: string) => string; onGroup?: (key: string) => void }) {
  if (props.values.length === 0) return null;
  const shown = props.values.slice(0, 12);
  for (const key of props.chosen) if (!shown.some((v) => v.key === key)) shown.push({ key, count: 0 });
  return (
    <details class="facet" open={props.chosen.length > 0}>
      <summary>
        {props.title}
        {props.chosen.length ? ` (${props.chosen.length} chosen)` : ''}
      </summary>
      {shown.map((v) => (
        <label class="legend-row" key={v.key}>
          <input type="checkbox" checked={props.chosen.includes(v.key)} onChange={() => props.onChange(props.chosen.includes(v.key) ? props.chosen.filter((k) => k !== v.key) : [...props.chosen, v.key])} />
          <span class="facet-name" title={props.describe(v.key)}>
            {props.describe(v.key)}
          </span>
          <span class="count">{v.count}</span>
          {props.onGroup && v.count > 1 && (
            <button class="only" title={`Collapse the ${v.count} entities of ${props.describe(v.key)} into one node`} aria-label={`Group ${props.describe(v.key)}`} onClick={(e) => (e.preventDefault(), props.onGroup!(v.key))}>
              group
            </button>
          )}
        </label>
      ))}
      {props.chosen.length > 0 && (
        <button class="link" onClick={() => props.onChange([])}>
          any {props.title.toLowerCase()}
        </button>
      )}
    </details>
  );
}
