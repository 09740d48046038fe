/**
 * Researchers get the data in bulk (issue 19, section 6), on a 2,000-article graph (bench/'s
 * synthetic corpus, short articles to keep the load quick): the export over HTTP read back by a
 * real CSV parser and checked against the GraphQL API, paged with `after`, the same from the CLI,
 * refused clearly when asked wrongly, read page by page by pandas (docs/examples/research.py);
 * and the aggregates (timeline, top entities, root evidence) checked against the export.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus.ts';
import { PROJECT_ROOT } from '../../db/local-settings.ts';
import { ensureSchema } from '../../seed/load/neo4j-loader.ts';
import { extractAndLoad } from '../../seed/pipeline.ts';
import { startApi, type TestApi } from '../setup/api-server.ts';
import { openTestDriver } from '../setup/test-driver.ts';

const { driver, database } = openTestDriver();
let api: TestApi;
type Row = Record<string, string>;

const download = async (path: string) => {
  const response = await fetch(`${api.base}${path}`);
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
};
const csv = async (path: string): Promise<Row[]> => {
  const { status, text } = await download(path);
  expect(status, text.slice(0, 300)).toBe(200);
  return parse(text, { columns: true }) as Row[];
};
const jsonl = async (path: string) => {
  const { status, text } = await download(path);
  expect(status, text.slice(0, 300)).toBe(200);
  return text.trim() === '' ? [] : text.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
};
const data = async (query: string, variables: Record<string, unknown> = {}) => {
  const { body } = await api.gql(query, variables);
  expect(body.errors).toBeUndefined();
  return body.data;
};

beforeAll(async () => {
  await ensureSchema({ driver, database });
  const corpus = generateCorpus(2000, 40, 19);
  const summary = await extractAndLoad({ driver, database }, corpus.map((article) => ({ articles: [article] })));
  expect(summary.counts).toMatchObject({ new: 2000, failed: 0 });
  api = await startApi(driver, database);
}, 900_000);
afterAll(async () => {
  await api.close();
  await driver.close();
});

describe('bulk export', () => {
  it('gives every relation as CSV, read back by a CSV parser, with the figures the API gives', async () => {
    const rows = await csv('/export/relations.csv');
    const stats = (await data('{ stats { relations } }')).stats;
    expect(rows.length).toBe(stats.relations);
    expect(rows.length).toBeGreaterThan(1000);
    const ids = rows.map((r) => r.id!);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : 1)));
    const sample = rows[Math.floor(rows.length / 2)]!;
    const { relation } = await data('query ($id: ID!) { relation(id: $id) { type class articleCount score firstSeen lastSeen claims { asserted denied } disputed source { name } target { id } } }', { id: sample.id });
    expect(sample).toMatchObject({
      type: relation.type,
      class: relation.class,
      articleCount: String(relation.articleCount),
      score: String(relation.score),
      firstSeen: relation.firstSeen,
      lastSeen: relation.lastSeen,
      asserted: String(relation.claims.asserted),
      denied: String(relation.claims.denied),
      disputed: String(relation.disputed),
      sourceName: relation.source.name,
      targetId: relation.target.id,
    });
  });

  it('gives evidence as JSON Lines filtered like relations, the same rows page by page with `after`', async () => {
    const query = 'types=ACCUSES,SANCTIONS,SUPPLIES&since=2021&until=2022-06';
    const all = await jsonl(`/export/evidence.jsonl?${query}`);
    expect(all.length).toBeGreaterThan(100);
    for (const row of all) {
      expect(['ACCUSES', 'SANCTIONS', 'SUPPLIES']).toContain(row.type);
      expect((row.published as string) >= '2021' && (row.published as string) <= '2022-06-31').toBe(true);
      expect(row).toHaveProperty('sentence');
    }
    const { evidence } = await data('{ evidence(filter: { types: [ACCUSES, SANCTIONS, SUPPLIES], since: "2021", until: "2022-06" }, first: 0) { totalCount } }');
    expect(all.length).toBe(evidence.totalCount);
    const paged: Record<string, unknown>[] = [];
    for (let after: string | null = null; ; ) {
      const page = await jsonl(`/export/evidence.jsonl?${query}&limit=${Math.ceil(all.length / 3)}${after ? `&after=${encodeURIComponent(after)}` : ''}`);
      paged.push(...page);
      if (page.length < Math.ceil(all.length / 3)) break;
      after = page.at(-1)!.id as string;
    }
    expect(paged).toEqual(all);
  });

  it('gives the entities of a filter, the same bytes from npm run export as over HTTP', async () => {
    const filter = 'classes=MATERIAL_CONFLICT&minArticles=2';
    const relations = await csv(`/export/relations.csv?${filter}`);
    const http = await download(`/export/entities.csv?${filter}`);
    expect(http.type).toBe('text/csv; charset=utf-8');
    const entities = parse(http.text, { columns: true }) as Row[];
    expect(new Set(entities.map((e) => e.id))).toEqual(new Set(relations.flatMap((r) => [r.sourceId, r.targetId])));
    const out = join(mkdtempSync(join(tmpdir(), 'entente-export-')), 'entities.csv');
    await promisify(execFile)('npx', ['tsx', 'server/export-cli.ts', 'entities', '--classes', 'MATERIAL_CONFLICT', '--minArticles', '2', '--out', out], { cwd: PROJECT_ROOT, env: process.env });
    expect(readFileSync(out, 'utf8')).toBe(http.text);
  });

  it('refuses a wrong parameter with a 400 that names it, before sending anything', async () => {
    for (const [path, message] of [
      ['/export/relations.csv?types=HUGS', /"types": HUGS is not one of/],
      ['/export/evidence.jsonl?since=2024-02-30', /"since" must be a date/],
      ['/export/relations.csv?form=2024', /Unknown parameter "form"/],
      ['/export/relations.xlsx', /No export format "xlsx"/],
      ['/export/evidence.csv?after=nonsense', /"after" is not an evidence id/],
    ] as const) {
      const { status, text } = await download(path);
      expect(status, path).toBe(400);
      expect(JSON.parse(text).errors[0].message).toMatch(message);
    }
  });
});

describe('aggregates', () => {
  it('counts the timeline of any filter as the evidence export does', async () => {
    const evidence = await csv('/export/evidence.csv?classes=MATERIAL_CONFLICT');
    const { relationTimeline } = await data('{ relationTimeline(filter: { classes: [MATERIAL_CONFLICT] }, bucket: YEAR, groupBy: TYPE) { period counts { key relations evidence articles } } }');
    expect(relationTimeline.length).toBeGreaterThan(1);
    for (const bucket of relationTimeline) {
      for (const count of bucket.counts) {
        const rows = evidence.filter((e) => e.published!.startsWith(bucket.period) && e.type === count.key);
        expect(count, `${bucket.period} ${count.key}`).toEqual({ key: count.key, evidence: rows.length, relations: new Set(rows.map((e) => e.relationId)).size, articles: new Set(rows.map((e) => e.articleId)).size });
      }
    }
  });

  it('ranks the top entities of a window by degree and by articles, as the export counts them', async () => {
    const window = { since: '2022', until: '2022' };
    const evidence = await csv('/export/evidence.csv?since=2022&until=2022');
    const { byDegree, byArticles } = await data(
      `query ($f: RelationFilter) {
        byDegree: topEntities(filter: $f, first: 3) { entity { id } degree articles evidence }
        byArticles: topEntities(filter: $f, by: ARTICLES, first: 3) { entity { id } degree articles }
      }`,
      { f: window },
    );
    const touching = (id: string) => evidence.filter((e) => e.sourceId === id || e.targetId === id);
    for (const rank of byDegree) {
      const rows = touching(rank.entity.id);
      expect(rank).toMatchObject({ degree: new Set(rows.map((e) => e.relationId)).size, articles: new Set(rows.map((e) => e.articleId)).size, evidence: rows.length });
    }
    expect(byDegree[0].degree).toBeGreaterThanOrEqual(byDegree[2].degree);
    expect(byArticles[0].articles).toBeGreaterThanOrEqual(byArticles[2].articles);
  });

  it('filters root evidence by outlet, status, confidence and date, newest first', async () => {
    const { evidence } = await data('{ evidence(filter: { sources: ["Wire One"], statuses: [ASSERTED], minConfidence: 0.6, since: "2023-03", until: "2023-05" }, first: 50) { totalCount nodes { date status confidence article { source } } pageInfo { hasNextPage } } }');
    expect(evidence.totalCount).toBeGreaterThan(0);
    for (const node of evidence.nodes) {
      expect(node).toMatchObject({ status: 'ASSERTED', article: { source: 'Wire One' } });
      expect(node.confidence).toBeGreaterThanOrEqual(0.6);
      expect(node.date >= '2023-03-01' && node.date <= '2023-05-31').toBe(true);
    }
    const dates = evidence.nodes.map((n: { date: string }) => n.date);
    expect(dates).toEqual([...dates].sort().reverse());
  });
});

const hasPandas = await promisify(execFile)('python3', ['-c', 'import pandas, requests']).then(
  () => true,
  () => false,
);
if (!hasPandas) console.warn('docs/examples/research.py --export not run: python3 with pandas and requests is missing (pip install pandas requests).');

describe('docs/examples/research.py --export', () => {
  it.skipIf(!hasPandas)('pages through the relations export with pandas', async () => {
    const total = (await data('{ stats { relations } }')).stats.relations as number;
    const { stdout } = await promisify(execFile)('python3', [join(PROJECT_ROOT, 'docs/examples/research.py'), '--url', `${api.base}/graphql`, '--export', 'relations', '--page-size', '1000']);
    expect(stdout).toMatch(new RegExp(`\\n${total} relations rows in ${Math.floor(total / 1000) + 1} pages\\n$`));
    expect(stdout).toMatch(/MATERIAL_CONFLICT\s+\d+/);
  });
});
