/** The details column: the panel for what is selected (an entity, a pair or relation, a path). */
import { useState } from 'preact/hooks';
import type { Controller } from '../controller.ts';
import { useInvestigation } from './hooks.ts';
import { NodePanel } from './node-panel.tsx';
import { PairPanel } from './pair-panel.tsx';
import { PathPanel } from './path-panel.tsx';

export function Details({ controller }: { controller: Controller }) {
  const state = useInvestigation(controller.store);
  const [pathStart, setPathStart] = useState<string | null>(null);
  const s = state.selection;
  switch (s.kind) {
    case 'node':
      return <NodePanel key={s.id} controller={controller} state={state} id={s.id} pathStart={pathStart} setPathStart={setPathStart} />;
    case 'edge': {
      const edge = state.edges[s.id];
      if (!edge) return <Hint />;
      return <PairPanel key={`${edge.source}|${edge.target}`} controller={controller} state={state} a={edge.source} b={edge.target} focus={s.id} />;
    }
    case 'pair':
      return <PairPanel key={`${s.a}|${s.b}`} controller={controller} state={state} a={s.a} b={s.b} />;
    case 'path':
      return <PathPanel key={`${s.from}|${s.to}`} controller={controller} state={state} from={s.from} to={s.to} />;
    default:
      return <Hint />;
  }
}

function Hint() {
  return (
    <p class="muted hint">
      Select an entity, a relation or a pair to see the details and the evidence. On the canvas: arrow keys move to the nearest entity, Enter expands it, E steps through its relations, Delete removes it, Ctrl+Z undoes.
    </p>
  );
}
