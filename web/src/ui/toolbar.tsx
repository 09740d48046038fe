/** The canvas toolbar: undo and redo, fit, layouts, edge labels, hidden nodes, clear, exports, views. */
import type { Controller } from '../controller.ts';
import { LAYOUTS } from '../graph/layouts.ts';
import * as actions from '../state/actions.ts';
import { isLassoOn } from '../ui-state.ts';
import { useInvestigation } from './hooks.ts';
import { useObservable } from './observable.ts';
import { ExportMenu } from './export-menu.tsx';
import { ViewsMenu } from './views-menu.tsx';

export function Toolbar({ controller }: { controller: Controller }) {
  const { store } = controller;
  const state = useInvestigation(store);
  const isEmpty = Object.keys(state.nodes).length === 0;
  const isLasso = useObservable(isLassoOn);
  const isMap = state.styling.display === 'map';
  return (
    <div class="toolbar" role="toolbar" aria-label="Canvas">
      <span class="segmented" role="radiogroup" aria-label="Draw the investigation as">
        <button id="show-graph" role="radio" aria-checked={!isMap} onClick={() => isMap && store.dispatch(actions.setStyling({ display: 'graph' }))}>
          Graph
        </button>
        <button id="show-map" role="radio" aria-checked={isMap} title="The same investigation on a world map" onClick={() => !isMap && store.dispatch(actions.setStyling({ display: 'map' }))}>
          Map
        </button>
      </span>
      <button id="undo" disabled={!store.undoLabel} title={store.undoLabel ? `Undo ${store.undoLabel} (Ctrl+Z)` : 'Nothing to undo'} onClick={() => store.undo()}>
        ↶ Undo
      </button>
      <button id="redo" disabled={!store.redoLabel} title={store.redoLabel ? `Redo ${store.redoLabel} (Ctrl+Shift+Z)` : 'Nothing to redo'} onClick={() => store.redo()}>
        ↷ Redo
      </button>
      <button id="fit" title="Fit what is shown to the window" onClick={() => controller.fit()}>
        Fit
      </button>
      <button id="lasso" aria-pressed={isLasso} disabled={isEmpty || isMap} title="Lasso: drag around entities to select them (L on the canvas); Shift + drag on the canvas draws a box" onClick={() => isLassoOn.set(!isLasso)}>
        Lasso
      </button>
      <label class="visually-hidden" for="layout">
        Layout
      </label>
      <select id="layout" title="Layout for a full re-layout" value={state.styling.layout} onChange={(e) => {
        const layout = (e.target as HTMLSelectElement).value;
        store.dispatch(actions.setStyling({ layout }));
        void controller.layout(layout);
      }}>
        {LAYOUTS.map((l) => (
          <option value={l.id} key={l.id}>
            {l.label}
          </option>
        ))}
      </select>
      <button id="relayout" title="Lay the whole graph out again (undoable)" disabled={isEmpty || isMap} onClick={() => void controller.layout(state.styling.layout)}>
        Re-layout
      </button>
      <button
        id="edge-labels"
        aria-pressed={state.styling.edgeLabels === 'all'}
        title="Label every relation on the canvas (otherwise only the selection's)"
        onClick={() => store.dispatch(actions.setStyling({ edgeLabels: state.styling.edgeLabels === 'all' ? 'selection' : 'all' }))}
      >
        Labels
      </button>
      {state.hidden.length > 0 && (
        <button id="show-hidden" title="Show the nodes you hid" onClick={() => store.dispatch(actions.showHiddenNodes())}>
          Show {state.hidden.length} hidden
        </button>
      )}
      <button id="clear" title="Remove everything from the canvas (undoable)" disabled={isEmpty} onClick={() => store.dispatch(actions.clearCanvas())}>
        Clear
      </button>
      <ExportMenu controller={controller} isEmpty={isEmpty} />
      <ViewsMenu controller={controller} />
      {state.view && (
        <span class="view-title" id="view-title" title={state.view.name}>
          {state.view.name}
          <span class="muted">{state.modified ? '· changed' : '· saved'}</span>
        </span>
      )}
    </div>
  );
}
