/** Hooks shared by the panels: the investigation, and remote data that retries while the database is down. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, isUnavailable } from '../api.ts';
import type { Store } from '../state/store.ts';
import type { Investigation } from '../state/types.ts';
import { isDatabaseUp } from '../ui-state.ts';

/** The current investigation; the component re-renders on every change. */
export function useInvestigation(store: Store): Investigation {
  const [state, setState] = useState(store.state);
  useEffect(() => {
    setState(store.state);
    return store.subscribe((change) => setState(change.state));
  }, [store]);
  return state;
}

export type Remote<T> =
  | { phase: 'loading' }
  | { phase: 'waiting'; message: string } // the database is down: retried once it is back
  | { phase: 'failed'; message: string }
  | { phase: 'ready'; data: T };

const RETRY_MS = 4000;

/**
 * Data from the API for a panel. While the database is unreachable the panel says so and
 * tries again when it comes back (or every few seconds), instead of staying on "Loading…".
 */
export function useRemote<T>(load: () => Promise<T>, deps: unknown[]): Remote<T> {
  const [remote, setRemote] = useState<Remote<T>>({ phase: 'loading' });
  useEffect(() => {
    let isCurrent = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let unsubscribe = () => {};
    let timeouts = 0;
    const attempt = () => {
      clearTimeout(timer);
      unsubscribe();
      load().then(
        (data) => isCurrent && setRemote({ phase: 'ready', data }),
        (error: unknown) => {
          if (!isCurrent) return;
          if (isUnavailable(error)) {
            setRemote({ phase: 'waiting', message: (error as ApiError).message });
            timer = setTimeout(attempt, RETRY_MS);
            unsubscribe = isDatabaseUp.subscribe((isUp) => isUp && attempt());
          } else if (error instanceof ApiError && error.code === 'TIMEOUT' && timeouts++ < 3) {
            // A database that just came back answers slowly at first (cold caches): try again.
            setRemote({ phase: 'waiting', message: error.message });
            timer = setTimeout(attempt, RETRY_MS);
          } else setRemote({ phase: 'failed', message: error instanceof Error ? error.message : String(error) });
        },
      );
    };
    setRemote({ phase: 'loading' });
    attempt();
    return () => {
      isCurrent = false;
      clearTimeout(timer);
      unsubscribe();
    };
  }, deps);
  return remote;
}

let gestures = 0;
/**
 * A gesture key for one control: a new one each time the control is grabbed or focused, so the
 * changes of one drag or one run of arrow keys fold into one undo step, and the next drag is another.
 */
export function useGesture(name: string): { key: () => string; start: () => void } {
  const current = useRef(`${name}-${gestures++}`);
  return { key: () => current.current, start: () => void (current.current = `${name}-${gestures++}`) };
}
