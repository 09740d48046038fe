/** Beside the map: how many entities it could not place (no location known), listed on request, each selectable. */
import { useState } from 'preact/hooks';
import type { Controller } from '../controller.ts';
import { notPlaced } from '../ui-state.ts';
import { useObservable } from './observable.ts';

export function MapPanel({ controller }: { controller: Controller }) {
  const list = useObservable(notPlaced);
  const [isOpen, setOpen] = useState(false);
  if (list.length === 0) return null;
  return (
    <div class="map-panel" id="not-placed" role="region" aria-label="Entities not placed on the map">
      <button class="link" aria-expanded={isOpen} onClick={() => setOpen(!isOpen)}>
        not placed: {list.length}
      </button>
      {isOpen && (
        <ul>
          {list.slice(0, 100).map((n) => (
            <li key={n.id}>
              <button class="link" onClick={() => controller.select({ kind: 'node', id: n.id })}>
                {n.label}
              </button>{' '}
              <span class="muted">{n.type}</span>
            </li>
          ))}
          {list.length > 100 && <li class="muted">and {list.length - 100} more</li>}
        </ul>
      )}
    </div>
  );
}
