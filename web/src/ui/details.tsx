/** The details column: the panel for what is selected (an entity, a pair or relation, a path). */
import { useState } from 'preact/hooks';
import type { Controller } from '../controller.ts';
import type { Investigation } from '../state/types.ts';
import { GroupPanel } from './group-panel.tsx';
import { useInvestigation } from './hooks.ts';
import { NodePanel } from './node-panel.tsx';
import { AllNotes } from './notes.tsx';
import { PairPanel } from './pair-panel.tsx';
import { PathPanel } from './path-panel.tsx';
import { SelectionPanel } from './selection-panel.tsx';

export function Details({ controller }: { controller: Controller }) {
  const state = useInvestigation(controller.store);
  const [pathStart, setPathStart] = useState<string | null>(null);
  const s = state.selection;
  switch (s.kind) {
    case 'node': {
      const group = state.groups.find((g) => g.id === s.id);
      if (group) return <GroupPanel key={s.id} controller={controller} state={state} group={group} />;
      return <NodePanel key={s.id} controller={controller} state={state} id={s.id} pathStart={pathStart} setPathStart={setPathStart} />;
    }
    case 'nodes':
      return <SelectionPanel controller={controller} state={state} ids={s.ids} />;
    case 'edge': {
      const edge = state.edges[s.id];
      if (!edge) return <Hint controller={controller} state={state} />;
      return <PairPanel key={`${edge.source}|${edge.target}`} controller={controller} state={state} a={edge.source} b={edge.target} focus={s.id} />;
    }
    case 'pair':
      return <PairPanel key={`${s.a}|${s.b}`} controller={controller} state={state} a={s.a} b={s.b} />;
    case 'path':
      return <PathPanel key={`${s.from}|${s.to}`} controller={controller} state={state} from={s.from} to={s.to} />;
    default:
      return <Hint controller={controller} state={state} />;
  }
}

/** Nothing selected: how to start, and the notes of the investigation. */
function Hint({ controller, state }: { controller: Controller; state: Investigation }) {
  return (
    <>
    <p class="muted hint">
      Select an entity, a relation or a pair to see the details and the evidence. Shift + drag draws a box to select several (or use the lasso); a right click opens the actions on an entity, a double click expands it. On the canvas: arrow keys move to the nearest entity, Enter expands it, E steps through its relations, Delete removes it, Ctrl+Z undoes.
    </p>
    <AllNotes controller={controller} state={state} />
    </>
  );
}
