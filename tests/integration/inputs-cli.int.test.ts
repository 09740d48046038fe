/**
 * The extract and seed commands tell the truth about their inputs (issue 19, section 5): the files
 * of a folder they skip are named, binary files (a PDF, even one named .txt) are refused by both,
 * an article over the limits fails naming its file; and markup left in an article's text
 * separates sentences rather than merging them into a false relation (over HTTP).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../db/local-settings.ts';
import { ensureSchema } from '../../seed/load/neo4j-loader.ts';
import { seedPaths } from '../../seed/seed-cli.ts';
import { startApi, type TestApi } from '../setup/api-server.ts';
import { openTestDriver } from '../setup/test-driver.ts';

const { driver, database } = openTestDriver();
const TOKEN = 'inputs-test-token';
let api: TestApi;
// An uncompressed PDF is ASCII: read as text, its operators became entities ("BT", "EOF").
const PDF = '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\nBT /F1 12 Tf (BT ACCUSES Israel) Tj ET\n%%EOF\n';

/** Runs `npm run -s extract -- ARGS` and gives its exit code and output (it fails with exit 1 on a failed input). */
async function extract(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)('npx', ['tsx', 'seed/extract-cli.ts', ...args], { cwd: PROJECT_ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'entente-cli-'));
  writeFileSync(join(dir, 'good.txt'), 'Peru praised Chile for the talks.\n');
  writeFileSync(join(dir, 'report.pdf'), PDF);
  writeFileSync(join(dir, 'scan.txt'), PDF);
  writeFileSync(join(dir, 'links.jsonl'), JSON.stringify({ title: 'Long', url: `https://cli.test/${'x'.repeat(3000)}`, text: 'Norway praised Germany.' }) + '\n');
  return dir;
}

beforeAll(async () => {
  await ensureSchema({ driver, database });
  api = await startApi(driver, database, { apiToken: TOKEN });
});
afterAll(async () => {
  await api.close();
  await driver.close();
});

describe('npm run extract', () => {
  // One run (the command takes seconds to start): a folder, and a PDF named on the command line.
  it('names the files of a folder it skips, refuses PDFs (named .pdf or .txt), fails articles over the limits naming their file', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'long.md'), `# Long\n\n${'Peru praised Chile for the talks. '.repeat(40)}`);
    const { code, stdout, stderr } = await extract('--format', 'jsonl', '--max-article-chars', '1000', dir, join(dir, 'report.pdf'));
    expect(code).toBe(1);
    expect(stderr).toContain(`skipped (not a format the seed reads: .txt .md .html, feeds, .jsonl): ${join(dir, 'report.pdf')}`);
    expect(stderr).toContain(`error: ${join(dir, 'scan.txt')}: this is a PDF file (application/pdf), not an article the seed reads: extract its text first (pdftotext`);
    expect(stderr).toContain(`error: ${join(dir, 'report.pdf')}: this is a PDF file (application/pdf)`);
    expect(stderr).toMatch(new RegExp(`error: ${join(dir, 'links.jsonl')} \\(https://cli\\.test/x+…\\): "url" is 3,017 characters, over the limit of 2,000`));
    expect(stderr).toContain(`error: ${join(dir, 'long.md')} (Long): "text" is 1,359 characters, over the limit of 1,000 for one article`);
    expect(stderr).toContain('4 inputs failed');
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as { file: string });
    expect(lines.map((l) => l.file)).toEqual([join(dir, 'good.txt')]);
  });
});

describe('npm run seed', () => {
  it('refuses the same PDF and loads nothing of it', async () => {
    const dir = folder();
    const summary = await seedPaths({ driver, database }, [join(dir, 'report.pdf'), join(dir, 'scan.txt'), join(dir, 'good.txt')]);
    expect(summary.counts).toMatchObject({ new: 1, failed: 2 });
    expect(summary.failures.filter((f) => /this is a PDF file/.test(f))).toHaveLength(2);
    const { records } = await driver.executeQuery("MATCH (e:Entity) WHERE e.name IN ['BT', 'EOF', 'ET'] RETURN count(e) AS n", {}, { database });
    expect(records[0]?.get('n')).toBe(0);
  });
});

describe('markup left in an article', () => {
  it('separates sentences: no relation across an <img> tag, and none across a bare carriage return', async () => {
    const text = 'Peru praised Chile for the talks<img src="map.png" alt="Map"> Norway accused Germany of spying.\rSpain welcomed the deal';
    const ingest = await api.gql('mutation ($a: ArticleInput!) { ingestArticle(input: $a) { article { id } } }', { a: { title: 'Markup', text, url: 'https://cli.test/markup' } }, { authorization: `Bearer ${TOKEN}` });
    expect(ingest.body.errors).toBeUndefined();
    const { body } = await api.gql('{ article(id: "url:https://cli.test/markup") { relations { nodes { type source { name } target { name } evidence { nodes { sentence } } } } } }');
    const found = body.data.article.relations.nodes.map((r: any) => `${r.source.name} ${r.type} ${r.target.name}: ${r.evidence.nodes[0].sentence}`);
    expect(found.sort()).toEqual(['Norway ACCUSES Germany: Norway accused Germany of spying.', 'Peru SUPPORTS Chile: Peru praised Chile for the talks']);
  });
});
