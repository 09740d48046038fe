/**
 * The documentation cannot drift from the API: every ```graphql block of docs/API.md runs against
 * the sample articles over real HTTP (variables from the ```json block right after it) and must
 * answer without errors; docs/examples/research.py runs against the same server.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../db/local-settings.ts';
import { ensureSchema } from '../../seed/load/neo4j-loader.ts';
import { SAMPLES_DIR, seedPaths } from '../../seed/seed-cli.ts';
import { startApi, type TestApi } from '../setup/api-server.ts';
import { openTestDriver } from '../setup/test-driver.ts';

const TOKEN = 'docs-test-token';
const { driver, database } = openTestDriver();
let api: TestApi;

interface Example {
  line: number;
  query: string;
  variables: Record<string, unknown>;
}

/** The ```graphql blocks of a Markdown text, each with the variables of a ```json block right after it. */
function graphqlExamples(markdown: string): Example[] {
  const blocks = [...markdown.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1], body: m[2]!, start: m.index, end: m.index + m[0].length }));
  return blocks.flatMap((block, i) => {
    if (block.lang !== 'graphql') return [];
    const next = blocks[i + 1];
    const hasVariables = next?.lang === 'json' && markdown.slice(block.end, next.start).trim() === '';
    const line = markdown.slice(0, block.start).split('\n').length;
    return [{ line, query: block.body, variables: hasVariables ? (JSON.parse(next.body) as Record<string, unknown>) : {} }];
  });
}

const API_MD = readFileSync(join(PROJECT_ROOT, 'docs/API.md'), 'utf8');
const examples = graphqlExamples(API_MD);

beforeAll(async () => {
  await ensureSchema({ driver, database });
  await seedPaths({ driver, database }, [SAMPLES_DIR]);
  api = await startApi(driver, database, { apiToken: TOKEN });
});
afterAll(async () => {
  await api.close();
  await driver.close();
});

describe('docs/API.md', () => {
  it('has examples, variables included', () => {
    expect(examples.length).toBeGreaterThanOrEqual(8);
    expect(examples.filter((e) => Object.keys(e.variables).length > 0).length).toBeGreaterThanOrEqual(4);
  });

  it.each(examples.map((e) => [e.line, e]))('runs the example at line %i without errors', async (_, example) => {
    const { status, body } = await api.gql(example.query, example.variables, { authorization: `Bearer ${TOKEN}` });
    expect(body.errors, example.query).toBeUndefined();
    expect(status).toBe(200);
    // Each root field answered with data (null would mean an id in the docs no longer exists).
    for (const [field, value] of Object.entries(body.data)) expect(value, field).not.toBeNull();
  });
});

const python = await promisify(execFile)('python3', ['-c', 'import requests']).then(
  () => true,
  () => false,
);
if (!python) console.warn('docs/examples/research.py not run: python3 with the requests package is missing (apt-get install python3-requests).');

describe('docs/examples/research.py', () => {
  it.skipIf(!python)('pages through a pair’s relations and evidence in a date window', async () => {
    const script = join(PROJECT_ROOT, 'docs/examples/research.py');
    const { stdout } = await promisify(execFile)('python3', [script, '--url', `${api.base}/graphql`, '--a', 'Q227', '--b', 'Q801', '--from', '2024-01', '--to', '2025-12-31', '--page-size', '2']);
    const relations = Number(/(\d+) relations\n$/.exec(stdout)?.[1]);
    expect(relations).toBeGreaterThan(2); // more than one page of 2
    expect(stdout).toMatch(/Azerbaijan ALLIED_WITH Israel|Israel ALLIED_WITH Azerbaijan/);
    expect(stdout).toMatch(/^ {2}20\d\d-\d\d-\d\d .*"/m);
    expect(stdout).toMatch(/^ {4}\S.*\./m);
  });
});
