/** Runs the force layout off the main thread: the canvas stays responsive while thousands of nodes settle. */
import { forceLayout, type LayoutInput } from './force-layout.ts';

self.onmessage = (event: MessageEvent<{ id: number; input: LayoutInput }>) => {
  const started = performance.now();
  const positions = forceLayout(event.data.input);
  self.postMessage({ id: event.data.id, positions, ms: performance.now() - started });
};
