/**
 * Keeps the measures of the visible canvas current: when what is shown changes, the worker
 * computes them again (the latest request wins; one at a time), and `measures` tells the canvas
 * and the panels. Interaction never waits for it.
 */
import type { Store } from '../state/store.ts';
import type { Investigation } from '../state/types.ts';
import { visibleElements, type Visible } from '../state/visibility.ts';
import { Observable } from '../ui/observable.ts';
import type { MeasureInput, Measures } from './measures.ts';

export interface CurrentMeasures {
  /** Which visible canvas they describe. */
  key: string;
  measures: Measures;
  /** Time in the worker. */
  ms: number;
}

export const measures = new Observable<CurrentMeasures | null>(null);

/** The visible entities and relations (what the measures describe). */
export function measureInput(state: Investigation, visible: Visible = visibleElements(state)): { key: string; input: MeasureInput } {
  const nodes = [...visible.nodes];
  const edges = [...visible.edges].map((id) => state.edges[id]!).map((e) => ({ source: e.source, target: e.target, weight: Math.max(1, e.articleCount) }));
  return { key: `${nodes.length}:${edges.length}:${nodes.join(',')}|${[...visible.edges].join(',')}`, input: { nodes, edges } };
}

/**
 * Measures what `shown` says the canvas shows (default: what the filters let through), again on
 * every change of it; the function returned measures again now (what is shown changed outside the store).
 */
export function startMeasures(store: Store, shown: (state: Investigation) => Visible = visibleElements): () => void {
  let worker: Worker | undefined;
  let running: string | null = null;
  let queued: { key: string; input: MeasureInput } | null = null;
  let lastKey = '';
  const run = (job: { key: string; input: MeasureInput }) => {
    running = job.key;
    worker ??= Object.assign(new Worker(new URL('./measures.worker.ts', import.meta.url), { type: 'module' }), {
      onmessage: (event: MessageEvent<CurrentMeasures>) => finish(event.data),
    });
    worker.postMessage(job);
  };
  const finish = (result: CurrentMeasures) => {
    running = null;
    if (result.key === lastKey) {
      measures.set(result);
      // Tests and bench/web wait for this: the measures of what is shown now, and how long they took.
      if (!queued) delete document.body.dataset.measuring;
      document.body.dataset.measuresMs = String(Math.round(result.ms));
      document.body.dataset.measured = String(result.measures.communities.length);
      document.body.dataset.measuredAt = String(Math.round(performance.now()));
    }
    if (queued) {
      const next = queued;
      queued = null;
      run(next);
    }
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = (state: Investigation) => {
    clearTimeout(timer);
    // Set at once, so nobody reads the measures of what was shown before as current.
    document.body.dataset.measuring = 'yes';
    // A short pause first: a burst of changes (a drag of the timeline) is measured once.
    timer = setTimeout(() => {
      const job = measureInput(state, shown(state));
      if (job.key === lastKey) {
        if (!running && !queued) delete document.body.dataset.measuring;
        return;
      }
      lastKey = job.key;
      if (running) queued = job;
      else run(job);
    }, 60);
  };
  store.subscribe((change) => {
    const a = change.state;
    const b = change.previous;
    if (a.nodes !== b.nodes || a.edges !== b.edges || a.filters !== b.filters || a.hidden !== b.hidden || a.timeline !== b.timeline) schedule(a);
  });
  schedule(store.state);
  return () => schedule(store.state);
}

/** The `n` highest nodes by a measure (ties by id). */
export function ranked(values: Record<string, number>, n: number): { id: string; value: number }[] {
  return Object.entries(values)
    .map(([id, value]) => ({ id, value }))
    .sort((a, b) => b.value - a.value || a.id.localeCompare(b.id))
    .slice(0, n);
}
