/** The status line over the canvas (it never pushes the canvas down), and the database warning. */
import { isDatabaseUp, status } from '../ui-state.ts';
import { useObservable } from './observable.ts';

export function StatusLine() {
  const current = useObservable(status);
  const isUp = useObservable(isDatabaseUp);
  return (
    <>
      {!isUp && (
        <div id="db-down" class="banner error" role="alert">
          The graph database is not reachable right now. Entente keeps trying and carries on by itself once it is back.
        </div>
      )}
      {current && (
        <div id="status" role="status" aria-live="polite" class={current.kind}>
          {current.text}
        </div>
      )}
    </>
  );
}
