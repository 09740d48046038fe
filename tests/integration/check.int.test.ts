import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wipeDatabase } from '../../db/wipe.ts';
import { checkGraph, INVARIANTS, repairAggregates } from '../../seed/check/check.ts';
import { ensureSchema } from '../../seed/load/neo4j-loader.ts';
import { SAMPLES_DIR, seedPaths } from '../../seed/seed-cli.ts';
import { devSetDir } from '../setup/dev-set.ts';
import { dumpGraph } from '../setup/graph-dump.ts';
import { openTestDriver } from '../setup/test-driver.ts';

const { driver, database } = openTestDriver();
const target = { driver, database };
const write = (cypher: string, params: Record<string, unknown> = {}) => driver.executeQuery(cypher, params, { database });

beforeAll(() => ensureSchema(target));
afterAll(() => driver.close());

describe('npm run check: the graph invariants', () => {
  it('finds and names each kind of broken data, and repairs wrong aggregates from the evidence', async () => {
    await seedPaths(target, [join(SAMPLES_DIR, '09-us-sanctions-iran.md'), join(SAMPLES_DIR, '08-turkey-azerbaijan-alliance.md')]);
    expect((await checkGraph(target)).violations).toEqual([]);
    // Plant one violation of each kind.
    await write(`MATCH (a:Article) WITH a LIMIT 1 CREATE (:Evidence {id: 'orphan', relationId: 'ATTACKS:nothing', articleId: a.id, sourceId: 'Q1', targetId: 'Q2', sentence: 'x', start: 0, end: 1, date: a.published})-[:FROM]->(a)`);
    await write(`MATCH (:Entity)-[r]->(:Entity) WHERE r.id IS NOT NULL WITH r ORDER BY r.id LIMIT 1 SET r.articleCount = r.articleCount + 5`);
    await write(`MATCH (a:Article)-[m:MENTIONS]->(:Entity) WITH a, m ORDER BY a.id LIMIT 1 SET m.offsets = [0, size(a.text) + 10]`);
    await write(`CREATE (:Entity:Country {id: 'country:atlantis', name: 'Atlantis', type: 'Country', aliases: []})`);
    await write(`MATCH (e:Entity) WITH e LIMIT 1 CREATE (:Redirect {from: e.id, to: 'Q1'})`);
    await write(`MATCH (s:Entity {id: 'country:atlantis'}), (t:Entity) WHERE t <> s WITH s, t LIMIT 1 CREATE (s)-[:ATTACKS {id: 'ATTACKS:bogus', class: 'material-conflict', cameo: '18', symmetric: false}]->(t)`);
    const report = await checkGraph(target);
    const names = new Set(report.violations.map((v) => v.invariant));
    for (const name of ['evidence-has-relation', 'relation-aggregates', 'mention-offsets', 'redirect-source-absent', 'relation-has-evidence', 'relation-identity']) expect(names).toContain(name);
    expect(report.violations.find((v) => v.invariant === 'relation-aggregates')?.detail).toMatch(/articleCount \d+ instead of \d+/);
    // Without its relation, Atlantis is an entity nothing supports.
    await write(`MATCH ()-[r:ATTACKS {id: 'ATTACKS:bogus'}]->() DELETE r`);
    expect((await checkGraph(target)).violations.map((v) => v.invariant)).toContain('entity-supported');
    expect(await repairAggregates(target, report)).toBe(1);
    expect((await checkGraph(target)).violations.map((v) => v.invariant)).not.toContain('relation-aggregates');
    expect(INVARIANTS.map((i) => i.name)).toEqual(expect.arrayContaining([...names, 'entity-supported', 'evidence-offsets', 'entity-type', 'redirect-chain-ends']));
    await wipeDatabase(driver, database);
  });

  it('counts offsets as the API does (UTF-16): an article with emoji and other characters outside the BMP holds', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'entente-check-'));
    writeFileSync(
      join(dir, 'emoji.md'),
      '# Emoji 🌍 report\nurl: https://check.test/emoji\npublished: 2025-02-03\n\n🇮🇱 Israel praised Azerbaijan for the talks 🤝. 𝐍𝐞𝐰𝐬: Turkey accused Greece of spying on its navy. 😀😀 Peru praised Chile.\n',
    );
    expect((await seedPaths(target, [dir])).counts.new).toBe(1);
    const { records } = await driver.executeQuery(
      "MATCH (v:Evidence)-[:FROM]->(a:Article {id: 'url:https://check.test/emoji'}) RETURN a.text AS text, v.start AS start, v.end AS end, v.sentence AS sentence",
      {},
      { database },
    );
    expect(records.length).toBeGreaterThanOrEqual(3);
    // The API hands out these offsets as JavaScript string positions: they must cut out the sentence.
    for (const r of records) expect((r.get('text') as string).slice(r.get('start') as number, r.get('end') as number)).toBe(r.get('sentence'));
    expect((await checkGraph(target)).violations).toEqual([]);
    // A sentence off by one code unit is still found.
    await write("MATCH (v:Evidence)-[:FROM]->(:Article {id: 'url:https://check.test/emoji'}) WITH v ORDER BY v.start DESC LIMIT 1 SET v.start = v.start + 1");
    expect((await checkGraph(target)).violations.map((v) => v.invariant)).toEqual(['evidence-offsets']);
    await wipeDatabase(driver, database);
  });

  it('holds on the dev articles and the samples loaded in two different orders, which give identical graphs', async () => {
    const dev = devSetDir();
    const devFiles = dev ? readdirSync(dev).filter((f) => f.endsWith('.txt')).map((f) => join(dev, f)) : [];
    const samples = readdirSync(SAMPLES_DIR).map((f) => join(SAMPLES_DIR, f));
    const files = [...devFiles, ...samples];
    expect(files.length).toBeGreaterThanOrEqual(10);
    const first = await seedPaths(target, files);
    expect(first.counts.failed).toBe(0);
    const report = await checkGraph(target);
    expect(report.violations).toEqual([]);
    expect(report.relationsChecked).toBeGreaterThan(20);
    const forward = await dumpGraph(driver, database);

    await wipeDatabase(driver, database);
    const reversed = [...files].reverse();
    await seedPaths(target, reversed);
    expect((await checkGraph(target)).violations).toEqual([]);
    expect(await dumpGraph(driver, database)).toEqual(forward);
  }, 240_000);
});
