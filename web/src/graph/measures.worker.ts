/** Computes the canvas's measures off the main thread: betweenness at thousands of nodes takes a while. */
import { computeMeasures, type MeasureInput } from './measures.ts';

self.onmessage = (event: MessageEvent<{ key: string; input: MeasureInput }>) => {
  const started = performance.now();
  const measures = computeMeasures(event.data.input);
  self.postMessage({ key: event.data.key, measures, ms: performance.now() - started });
};
