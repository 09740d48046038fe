import { describe, expect, it } from 'vitest';
import { summarizePair } from './pairs.ts';

describe('pair summary', () => {
  it('counts relations, evidence and distinct articles by class and type, with first and last dates', () => {
    const rows = [
      { id: 'ACCUSES:1', type: 'ACCUSES', class: 'verbal-conflict', evidence: 2, articles: ['a1', 'a2'], first: '2021-01-01', last: '2024-01-01' },
      { id: 'IN_TENSION_WITH:2', type: 'IN_TENSION_WITH', class: 'verbal-conflict', evidence: 3, articles: ['a1', 'a3'], first: '2020-05-01', last: '2022-01-01' },
      { id: 'MEETS_WITH:3', type: 'MEETS_WITH', class: 'verbal-cooperation', evidence: 1, articles: ['a4'], first: null, last: null },
      { id: 'SUPPORTS:4', type: 'SUPPORTS', class: 'verbal-cooperation', evidence: 0, articles: [], first: null, last: null },
    ];
    const pair = summarizePair(rows, { aId: 'A', bId: 'B', direction: 'BOTH', time: { window: { from: '2020', to: null }, by: 'PUBLISHED', asOf: null } });
    expect(pair).toMatchObject({ relationCount: 3, evidenceCount: 6, articleCount: 4, firstDate: '2020-05-01', lastDate: '2024-01-01', from: '2020', to: null });
    expect(pair.relationIds).toEqual(['ACCUSES:1', 'IN_TENSION_WITH:2', 'MEETS_WITH:3']);
    expect(pair.byClass).toEqual([
      { key: 'VERBAL_CONFLICT', relations: 2, evidence: 5, articles: 3, firstDate: '2020-05-01', lastDate: '2024-01-01' },
      { key: 'VERBAL_COOPERATION', relations: 1, evidence: 1, articles: 1, firstDate: null, lastDate: null },
    ]);
    expect(pair.byType.map((t) => t.key)).toEqual(['IN_TENSION_WITH', 'ACCUSES', 'MEETS_WITH']);
  });
});
