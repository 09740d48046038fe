import { describe, expect, it } from 'vitest';
import { addGraph, emptyInvestigation, hideNodes, setFilters } from './actions.ts';
import { edge, node } from './fixtures.test-util.ts';
import type { Investigation } from './types.ts';
import { evidenceByMonth, hasEvidenceIn, legendCounts, visibleElements } from './visibility.ts';

const graph = addGraph(
  {
    nodes: [node('RU', 3, 'Country', 'RU'), node('UA', 2, 'Country', 'UA'), node('Putin', 1, 'Person', 'RU'), node('NATO', 1, 'Organization', null)],
    edges: [
      edge('RU', 'UA', 'ATTACKS', { class: 'MATERIAL_CONFLICT', articleCount: 5, score: 0.9, outlets: ['Wire'], months: { '2024-01': 2, '2024-06': 1 } }),
      edge('Putin', 'RU', 'OFFICIAL_OF', { class: 'STRUCTURAL', articleCount: 1, score: 0.3, outlets: ['Daily'], months: { '2023-05': 1 } }),
      edge('UA', 'NATO', 'APPEALS_TO', { class: 'VERBAL_COOPERATION', articleCount: 2, score: 0.6, outlets: ['Daily', 'Wire'], months: { '2024-03': 4 } }),
    ],
  },
  { label: 'a' },
);
const base = graph.apply(emptyInvestigation());
const visible = (s: Investigation) => {
  const v = visibleElements(s);
  return { nodes: [...v.nodes].sort(), edges: [...v.edges].map((id) => id.split(':')[0]).sort() };
};

describe('filters', () => {
  it('hides relations by class, articles, score and outlet', () => {
    expect(visible(setFilters({ hiddenClasses: ['STRUCTURAL'] }).apply(base)).edges).toEqual(['APPEALS_TO', 'ATTACKS']);
    expect(visible(setFilters({ minArticles: 2 }).apply(base)).edges).toEqual(['APPEALS_TO', 'ATTACKS']);
    expect(visible(setFilters({ minScore: 0.8 }).apply(base)).edges).toEqual(['ATTACKS']);
    expect(visible(setFilters({ outlets: ['Daily'] }).apply(base)).edges).toEqual(['APPEALS_TO', 'OFFICIAL_OF']);
  });

  it('keeps a relation in a date window only when it has evidence inside it, not merely before and after', () => {
    const attacks = base.edges['ATTACKS:RU:UA']!;
    expect(hasEvidenceIn(attacks, '2024-02', '2024-05')).toBe(false);
    expect(hasEvidenceIn(attacks, '2024-05', '2024-06')).toBe(true);
    expect(visible(setFilters({ from: '2024-02', to: '2024-04' }).apply(base)).edges).toEqual(['APPEALS_TO']);
  });

  it('hides entity types, countries, hidden nodes, and with "hide unconnected" the nodes left without a relation', () => {
    expect(visible(setFilters({ hiddenTypes: ['Person'] }).apply(base)).nodes).toEqual(['NATO', 'RU', 'UA']);
    expect(visible(setFilters({ countries: ['RU'] }).apply(base)).nodes).toEqual(['Putin', 'RU']);
    expect(visible(hideNodes(['UA']).apply(base)).edges).toEqual(['OFFICIAL_OF']);
    const onlyConflict = setFilters({ hiddenClasses: ['STRUCTURAL', 'VERBAL_COOPERATION'], hideUnconnected: true }).apply(base);
    expect(visible(onlyConflict).nodes).toEqual(['RU', 'UA']);
  });

  it('counts what is shown per class and type, and evidence per month', () => {
    const s = setFilters({ hiddenClasses: ['STRUCTURAL'] }).apply(base);
    const counts = legendCounts(s, visibleElements(s));
    expect(counts.classes.STRUCTURAL).toEqual({ shown: 0, total: 1 });
    expect(counts.classes.MATERIAL_CONFLICT).toEqual({ shown: 1, total: 1 });
    expect(counts.types.Country).toEqual({ shown: 2, total: 2 });
    expect(evidenceByMonth(base)).toEqual({ '2024-01': 2, '2024-06': 1, '2023-05': 1, '2024-03': 4 });
  });
});
