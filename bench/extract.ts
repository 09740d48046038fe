/**
 * bench/extract: extraction speed on one core (this process, one thread), articles of about 600
 * words from bench/corpus.ts. Prints articles/s, ms per article (p50, p99), peak memory, and the
 * time for single long articles (0.1, 1 and 4 MB by default), which must grow linearly with length.
 *   npx tsx bench/extract.ts [--articles 2000] [--words 600] [--long 0.1,1,4]
 */
import { parseArgs } from 'node:util';
import { extractArticle } from '../seed/extract/extract.ts';
import { generateCorpus } from './corpus.ts';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '2000' }, words: { type: 'string', default: '600' }, long: { type: 'string', default: '0.1,1,4' } } });
const count = Number(values.articles);
const corpus = generateCorpus(count, Number(values.words));
const avgWords = corpus.reduce((n, a) => n + a.text.split(/\s+/).length, 0) / corpus.length;

// Warm-up: JIT and the gazetteer index, outside the measurement.
for (const article of corpus.slice(0, 50)) extractArticle(article);

const times: number[] = [];
let relations = 0;
let entities = 0;
const started = process.hrtime.bigint();
for (const article of corpus) {
  const t0 = process.hrtime.bigint();
  const result = extractArticle(article);
  times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  relations += result.relations.length;
  entities += result.entities.length;
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
times.sort((a, b) => a - b);
const quantile = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
console.log(`extract: ${count} articles of ~${Math.round(avgWords)} words on one core`);
console.log(`  throughput  ${(count / seconds).toFixed(0)} articles/s (${(count * avgWords / seconds / 1000).toFixed(0)}k words/s)`);
console.log(`  latency     p50 ${quantile(0.5).toFixed(2)} ms, p99 ${quantile(0.99).toFixed(2)} ms per article`);
console.log(`  output      ${(entities / count).toFixed(1)} entities and ${(relations / count).toFixed(1)} relations per article`);

// Long articles: the corpus's paragraphs joined into one text of the given size.
const paragraphs = corpus.map((a) => a.text).join('\n\n');
for (const megabytes of values.long.split(',').map(Number).filter((n) => n > 0)) {
  let text = '';
  while (text.length < megabytes * 1e6) text += `${paragraphs}\n\n`;
  text = text.slice(0, megabytes * 1e6);
  const t0 = process.hrtime.bigint();
  const result = extractArticle({ title: 'long', text });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  console.log(`  long        ${megabytes} MB in ${(ms / 1000).toFixed(2)} s (${(megabytes / (ms / 1000)).toFixed(2)} MB/s), ${result.relations.length} relations`);
}
console.log(`  peak memory ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (max RSS)`);
