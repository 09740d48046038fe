import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSchema } from '../../seed/load/neo4j-loader.ts';
import { extractAndLoad } from '../../seed/pipeline.ts';
import { NoArticlesError, seedPaths } from '../../seed/seed-cli.ts';
import { openTestDriver } from '../setup/test-driver.ts';

const { driver, database } = openTestDriver();
const target = { driver, database };
const read = async (cypher: string, params: Record<string, unknown> = {}) =>
  (await driver.executeQuery(cypher, params, { database, routing: 'READ' })).records.map((r) => r.toObject());
const folder = () => mkdtempSync(join(tmpdir(), 'entente-inputs-'));

beforeAll(() => ensureSchema(target));
afterAll(() => driver.close());

describe('every input accounted for', () => {
  it('loads the good lines of a JSON Lines file around a broken one and a null, counting articles; names skipped files', async () => {
    const dir = folder();
    const line = (n: number) => JSON.stringify({ title: `Line ${n}`, url: `https://inputs.test/${n}`, published: n === 2 ? 'yesterday-ish' : '2025-05-0' + n, text: `Peru praised Chile for the talks number ${n}.` });
    writeFileSync(join(dir, 'feed.jsonl'), [line(1), line(2), '{"title": "broken', line(3), 'null', line(4), line(5), line(6), line(7), line(8), line(9)].join('\n'));
    writeFileSync(join(dir, 'report.pdf'), '%PDF-1.4 not read');
    const summary = await seedPaths(target, [dir]);
    expect(summary.counts).toEqual({ new: 9, updated: 0, unchanged: 0, failed: 2 });
    expect(summary.failures).toEqual([`${join(dir, 'feed.jsonl')}:3: not valid JSON`, `${join(dir, 'feed.jsonl')}:5: expected an object {title, url, published, source, text}, got null`]);
    expect(summary.skipped).toEqual([join(dir, 'report.pdf')]);
    expect(summary.warnings).toEqual([`${join(dir, 'feed.jsonl')}:2: published "yesterday-ish" is not an explicit date (relative, partial or unreadable); stored as unknown`]);
    const [undated] = await read("MATCH (a:Article {id: 'url:https://inputs.test/2'}) RETURN a.published AS published");
    expect(undated).toEqual({ published: null });
  });

  it('treats an input with no articles as an error: an empty folder, or one with only unsupported files', async () => {
    await expect(seedPaths(target, [folder()])).rejects.toThrow(NoArticlesError);
    const dir = folder();
    writeFileSync(join(dir, 'scan.pdf'), '%PDF-1.4');
    await expect(seedPaths(target, [dir])).rejects.toThrow(/no articles to load: only files in formats it cannot read \(.*scan\.pdf\)/);
  });

  it('fails one huge article with a clear message and loads the rest of the batch', async () => {
    const huge = { title: 'Huge', url: 'https://inputs.test/huge', text: 'Peru praised Chile. '.repeat(60_000) };
    const small = (n: number) => ({ title: `Small ${n}`, url: `https://inputs.test/small-${n}`, text: `Norway praised Germany on day ${n}.` });
    const summary = await extractAndLoad(target, [{ articles: [small(1), huge, small(2)] }], { maxArticleChars: 1_000_000 });
    expect(summary.counts).toMatchObject({ new: 2, failed: 1 });
    expect(summary.failures[0]).toMatch(/^https:\/\/inputs\.test\/huge: "text" is 1,200,000 characters, over the limit of 1,000,000 for one article .*--max-article-chars/);
    expect(await read("MATCH (a:Article {id: 'url:https://inputs.test/huge'}) RETURN a")).toHaveLength(0);
  });
});
