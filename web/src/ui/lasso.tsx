/**
 * The lasso: with it on (toolbar button or L on the canvas), a drag over the canvas draws a free
 * shape, and the entities inside it are selected (with Shift: added). One shape per use.
 */
import { polygonContains } from 'd3-polygon';
import { useState } from 'preact/hooks';
import type { Controller } from '../controller.ts';
import * as actions from '../state/actions.ts';
import { isLassoOn } from '../ui-state.ts';
import { useObservable } from './observable.ts';

export function Lasso({ controller }: { controller: Controller }) {
  const isOn = useObservable(isLassoOn);
  const [points, setPoints] = useState<[number, number][]>([]);
  if (!isOn) return null;
  const local = (e: PointerEvent): [number, number] => {
    const box = (e.currentTarget as Element).getBoundingClientRect();
    return [e.clientX - box.left, e.clientY - box.top];
  };
  const finish = (e: PointerEvent) => {
    const shape = points;
    setPoints([]);
    isLassoOn.set(false);
    if (shape.length < 3) return;
    const inside = controller.canvas.renderedNodes().filter((n) => polygonContains(shape, [n.x, n.y])).map((n) => n.id);
    const state = controller.store.state;
    controller.select(e.shiftKey ? actions.toggleSelected(state.selection, inside) : actions.entitiesSelection(inside));
  };
  return (
    <svg
      class="lasso"
      aria-label="Lasso: drag around the entities to select"
      onPointerDown={(e) => {
        (e.currentTarget as Element).setPointerCapture(e.pointerId);
        setPoints([local(e)]);
      }}
      onPointerMove={(e) => points.length > 0 && setPoints([...points, local(e)])}
      onPointerUp={finish}
      onKeyDown={(e) => e.key === 'Escape' && isLassoOn.set(false)}
    >
      {points.length > 1 && <polygon points={points.map((p) => p.join(',')).join(' ')} />}
    </svg>
  );
}
