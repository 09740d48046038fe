import { beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../extract/extract.ts';
import type { Article } from '../types.ts';
import { articleId, planBatch, type OldVersion } from './plan.ts';

const article: Article = { title: 'T', url: 'https://plan.test/1', published: '2025-01-05', source: 'Wire A', text: 'Norway praised Germany on Monday. Chile supplies Peru with copper.' };

/** The stored version a first load of `a` leaves, as readOldVersionsStatement returns it. */
function stored(a: Article): OldVersion {
  const plan = planBatch([extractArticle(a)], 'now');
  const evidence = plan.statements.filter((s) => s.cypher.includes('CREATE (v:Evidence)')).flatMap((s) => (s.params.rows as { props: Record<string, unknown> }[]).map((r) => r.props));
  const mentions = plan.statements.filter((s) => s.cypher.includes('CREATE (a)-[:MENTIONS')).flatMap((s) => s.params.rows as { entityId: string; offsets: number[] }[]);
  return { articleId: articleId(a), date: a.published ?? null, outlet: a.source ?? null, outletCountry: null, evidence, mentions: mentions.map(({ entityId, offsets }) => ({ entityId, offsets })) };
}
const touches = (plan: ReturnType<typeof planBatch>, what: RegExp) => plan.statements.filter((s) => what.test(s.cypher));
const rowsOf = (plan: ReturnType<typeof planBatch>, what: RegExp) => touches(plan, what).flatMap((s) => (s.params.rows ?? s.params.ids) as unknown[]);

// The first extraction builds the gazetteer's lookups (seconds on a busy machine).
beforeAll(() => void extractArticle(article), 60_000);

describe('planning an update: only the difference is written', () => {
  it('writes nothing for relations, evidence and mentions an appended sentence leaves as they were', () => {
    const updated = { ...article, text: `${article.text} Turkey accused Greece of violating its airspace.` };
    const plan = planBatch([extractArticle(updated)], 'now', [stored(article)]);
    expect(touches(plan, /DETACH DELETE v/)).toEqual([]);
    expect(touches(plan, /DELETE m/)).toEqual([]);
    // Only the new relation gets a row; Norway→Germany and Chile→Peru are untouched.
    expect(rowsOf(plan, /MERGE \(s\)-\[r:/).map((r: any) => r.relationId.split(':')[0])).toEqual(['ACCUSES']);
    expect(rowsOf(plan, /CREATE \(v:Evidence\)/)).toHaveLength(1);
  });

  it('takes out the support of a dropped sentence and deletes its evidence; a removed article goes entirely', () => {
    const shorter = { ...article, text: 'Norway praised Germany on Monday.' };
    const plan = planBatch([extractArticle(shorter)], 'now', [stored(article)]);
    const supplies = rowsOf(plan, /MERGE \(s\)-\[r:SUPPLIES/) as any[];
    expect(supplies).toEqual([expect.objectContaining({ articles: -1, tally: ['outlet:Wire A', 'status:asserted'], tallyArticles: [-1, -1], removedFirst: '2025-01-05' })]);
    expect(rowsOf(plan, /DETACH DELETE v/)).toHaveLength(1);
    expect(plan.orphanCandidates).toEqual(expect.arrayContaining(['Q419', 'Q298']));

    const removal = planBatch([], 'now', [stored(article)]);
    expect(rowsOf(removal, /DETACH DELETE a/)).toEqual([articleId(article)]);
    expect((rowsOf(removal, /MERGE \(s\)-\[r:/) as any[]).every((r) => r.articles === -1)).toBe(true);
  });
});
