import { describe, expect, it } from 'vitest';
import type { PairState } from '../../seed/lifecycles.ts';
import { PAIR_STATES } from '../../seed/lifecycles.ts';
import { pairHistory, periodsOn, relationPeriod, type TransitionRecord } from './states.ts';

let n = 0;
/** A transition of our own: a state said to hold at a time, by a sentence of an article published on a day. */
const said = (state: PairState, time: string, published = '2025-01-10', sourceId = 'A', targetId = 'B'): TransitionRecord => ({
  lifecycle: PAIR_STATES[state].lifecycle,
  state,
  sourceId,
  targetId,
  time,
  timeBasis: time === published ? 'PUBLISHED' : 'EVENT',
  published,
  articleId: `url:https://states.test/${published}`,
  start: n++,
  evidenceId: `e${n}`,
  eventId: null,
  relationId: null,
  count: 1,
});

describe('pair states: what holds, since when, opened and closed by sentences', () => {
  const established = said('TIES_NORMAL', '1992');
  const cut = said('TIES_CUT', '2016', '2024-05-02');
  const again = said('TIES_CUT', '2016-04', '2024-06-01');
  const restored = said('TIES_NORMAL', '2023', '2025-01-10');

  it('orders by event time, whatever the order the sentences arrive in, and closes each period with the next opposing sentence', () => {
    const history = pairHistory([restored, again, established, cut]);
    expect(history).toEqual(pairHistory([cut, established, restored, again]));
    expect(history.map((p) => [p.state, p.since, p.until, p.statements])).toEqual([
      ['TIES_NORMAL', '1992', '2016', 1],
      ['TIES_CUT', '2016', '2023', 2],
      ['TIES_NORMAL', '2023', null, 1],
    ]);
    expect(history[1]?.opening).toBe(cut);
    expect(history[1]?.closing).toBe(restored);
  });

  it('answers what held on a day: a year runs to its end', () => {
    const history = pairHistory([established, cut, restored]);
    expect(periodsOn(history, '2010-06-01').map((p) => p.state)).toEqual(['TIES_NORMAL']);
    expect(periodsOn(history, '2016').map((p) => p.state)).toEqual(['TIES_CUT']);
    expect(periodsOn(history, '2020').map((p) => p.state)).toEqual(['TIES_CUT']);
    expect(periodsOn(history, null).map((p) => [p.state, p.since])).toEqual([['TIES_NORMAL', '2023']]);
    expect(periodsOn(history, '1980')).toEqual([]);
  });

  it('keeps lifecycles apart, and sanctions per direction', () => {
    const history = pairHistory([
      said('SANCTIONED', '2018', '2025-01-10', 'A', 'B'),
      said('SANCTIONED', '2019', '2025-01-10', 'B', 'A'),
      said('SANCTIONS_EASED', '2021', '2025-01-10', 'A', 'B'),
      said('HOSTILITIES', '2020', '2025-01-10', 'B', 'A'),
      said('CEASEFIRE', '2020-11', '2025-01-10', 'A', 'B'),
    ]);
    const now = periodsOn(history, null).map((p) => `${p.state}${p.sourceId ? ` ${p.sourceId}>${p.targetId}` : ''}`);
    expect(now.sort()).toEqual(['CEASEFIRE', 'SANCTIONED B>A', 'SANCTIONS_EASED A>B']);
  });

  it('marks a relation’s own state held or superseded on a day', () => {
    const history = pairHistory([established, cut, restored]);
    const reduces = { type: 'REDUCES_TIES_WITH', sourceId: 'A', targetId: 'B' };
    expect(relationPeriod(history, reduces, '2020')).toMatchObject({ holds: true, since: '2016', until: '2023' });
    expect(relationPeriod(history, reduces, null)).toMatchObject({ holds: false, until: '2023' });
    expect(relationPeriod(history, reduces, '2010')).toBeUndefined();
    expect(relationPeriod(history, { type: 'MEETS_WITH', sourceId: 'A', targetId: 'B' }, null)).toBeUndefined();
  });
});
