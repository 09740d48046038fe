/**
 * Keeps the canvas's ended relations current: when the playhead or the canvas's relations change,
 * one request asks the states of them all as known on the playhead's day (the latest request
 * wins), and `ended` tells the canvas and the legend. Drawing never waits for it.
 */
import { fetchRelationStates, isUnavailable } from '../api.ts';
import { endedFrom, endedQuery, hiddenEnded, type AsOf, type Ended } from '../state/ended.ts';
import type { Store } from '../state/store.ts';
import type { Investigation } from '../state/types.ts';
import { visibleElements, type Visible } from '../state/visibility.ts';
import { Observable } from '../ui/observable.ts';
import { say } from '../ui-state.ts';

export interface CurrentEnded extends AsOf {
  /** Which day and relations they describe (endedQuery's key). */
  key: string;
}

export const ended = new Observable<CurrentEnded | null>(null);

/** The ended relations of the canvas now (none without a playhead). */
export const endedNow = (): ReadonlyMap<string, Ended> => ended.value?.ended ?? new Map();

/** What the canvas shows: what the filters let through, less the ended relations when they are hidden. */
export const shownNow = (state: Investigation): Visible => visibleElements(state, hiddenEnded(state, endedNow()));

export function startEnded(store: Store): void {
  let asked = '';
  const update = async () => {
    const query = endedQuery(store.state);
    const key = query?.key ?? '';
    if (key === asked) return;
    asked = key;
    if (!query) {
      ended.set(null);
      delete document.body.dataset.endedAsOf;
      return;
    }
    try {
      const states = await fetchRelationStates(query.ids, query.day);
      if (asked !== key) return; // a later request was made meanwhile
      ended.set({ key, day: query.day, ended: endedFrom(states) });
      // Tests wait for this: the canvas is drawn as of this day.
      document.body.dataset.endedAsOf = query.day;
    } catch (error) {
      // The canvas stays drawn as it was (an outage is told by the status line already); asked again on the next change.
      if (asked === key) asked = '';
      if (!isUnavailable(error)) say(`Could not tell which relations had ended by ${query.day}: ${error instanceof Error ? error.message : String(error)}`, 'error');
    }
  };
  store.subscribe((change) => {
    if (change.state.edges !== change.previous.edges || change.state.filters.to !== change.previous.filters.to) void update();
  });
  void update();
}
