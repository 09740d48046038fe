/**
 * npm run -s extract -- [--format table|jsonl] [--max-article-chars N] FILE|FOLDER...
 * Prints what the extractor finds in each article: a table for people, JSON Lines for programs
 * (one object per article: file, article, entities, relations). Reads and refuses what the seed
 * does (binary files, articles over the limits), and names the files of a folder it skips.
 * Exit 1 when any input failed.
 */
import { parseArgs } from 'node:util';
import { articleOrigin, MAX_ARTICLE_CHARS, refuseArticle } from './article-limits.ts';
import { extractArticle } from './extract/extract.ts';
import { readInputs, skippedLine } from './parse/read-inputs.ts';
import type { Extraction } from './types.ts';

const USAGE = `usage: npm run -s extract -- [--format table|jsonl] [--max-article-chars N] FILE|FOLDER...
  Inputs: .txt .md .html .xml/.rss/.atom feeds, .jsonl ({title, url, published, source, text} per line)`;

function main(): Promise<number> | number {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { format: { type: 'string', default: 'table' }, 'max-article-chars': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  if (values.format !== 'table' && values.format !== 'jsonl') {
    console.error(`unknown --format "${values.format}": use table or jsonl`);
    return 2;
  }
  const maxChars = values['max-article-chars'] === undefined ? MAX_ARTICLE_CHARS : Number(values['max-article-chars']);
  if (!Number.isInteger(maxChars) || maxChars < 1) {
    console.error(`--max-article-chars must be a whole number above 0, got "${values['max-article-chars']}"`);
    return 2;
  }
  return run(positionals, values.format, maxChars);
}

async function run(paths: string[], format: 'table' | 'jsonl', maxChars: number): Promise<number> {
  let failed = 0;
  for await (const input of readInputs(paths, (skipped) => console.error(skippedLine(skipped)))) {
    if ('error' in input) {
      failed++;
      console.error(`error: ${input.error.message}`);
      continue;
    }
    // Items that failed alone (a broken JSON line) and unreadable dates are reported too.
    for (const error of input.failed) console.error(`error: ${error.message}`);
    for (const warning of input.warnings) console.error(`warning: ${warning}`);
    failed += input.failed.length;
    input.articles.forEach((article, i) => {
      const refused = refuseArticle(article, articleOrigin(article, input.file, i, input.articles.length), maxChars);
      if (refused) {
        failed++;
        console.error(`error: ${refused}`);
        return;
      }
      const file = input.articles.length > 1 ? `${input.file}#${i + 1}` : input.file;
      const extraction = extractArticle(article);
      process.stdout.write(format === 'jsonl' ? `${JSON.stringify(toJson(file, extraction))}\n` : toTable(file, extraction));
    });
  }
  if (failed > 0) console.error(`${failed} input${failed > 1 ? 's' : ''} failed`);
  return failed > 0 ? 1 : 0;
}

function toJson(file: string, { article, entities, relations, events }: Extraction) {
  return {
    file,
    article: { title: article.title, url: article.url ?? null, published: article.published ?? null, source: article.source ?? null },
    entities: entities.map(({ known: _known, mentions, ...e }) => ({ ...e, mentions: mentions.map(({ start, end, text }) => ({ start, end, text })) })),
    relations,
    events: events ?? [],
  };
}

function toTable(file: string, { article, entities, relations, events }: Extraction): string {
  const lines = [`\n${file}`, `  ${article.title}${article.published ? ` (${article.published})` : ''}${article.source ? ` · ${article.source}` : ''}`, ''];
  lines.push(`  Entities (${entities.length})`);
  for (const e of entities) lines.push(`    ${e.type.padEnd(13)} ${e.name}${e.wikidata ? ` [${e.wikidata}]` : ''}  ×${e.mentions.length}`);
  lines.push('', `  Relations (${relations.length})`);
  for (const r of relations) {
    const extra = r.commodity ?? r.domain ?? r.role ?? r.instrument;
    const claim = r.status === 'asserted' ? '' : `  [${r.status}${r.attributedTo ? ` by ${r.attributedTo}` : ''}]`;
    lines.push(`    ${r.source} —${r.type}→ ${r.target}${extra ? ` (${extra})` : ''}  ${r.confidence.toFixed(2)}${claim}${r.eventDate ? ` @ ${r.eventDate}` : ''}`);
    lines.push(`        “${r.evidence.length > 140 ? `${r.evidence.slice(0, 137)}…` : r.evidence}”`);
  }
  if (events?.length) lines.push('', `  Events (${events.length})`);
  for (const e of events ?? []) {
    const claim = e.status === 'asserted' ? '' : `  [${e.status}]`;
    lines.push(`    ${e.kind}${e.instrument ? ` ${e.instrument}` : ''}${e.actors.length ? ` by ${e.actors.join(', ')}` : ''}${e.eventDate ? ` @ ${e.eventDate}` : ''}${claim}`);
  }
  return `${lines.join('\n')}\n`;
}

process.exitCode = await main();
