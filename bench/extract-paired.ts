/**
 * bench/extract-paired: the extractor's throughput against another version of it, in one process:
 * batches of the same synthetic articles alternate between the two, so a machine whose load moves
 * by half between minutes moves both alike and the ratio stays meaningful.
 *   git worktree add ../entente-base <commit> && ln -s "$PWD/node_modules" ../entente-base/node_modules
 *   npx tsx bench/extract-paired.ts --base ../entente-base [--articles 2000] [--rounds 20]
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import type { Article, Extraction } from '../seed/types.ts';
import { extractArticle } from '../seed/extract/extract.ts';
import { generateCorpus } from './corpus.ts';

const { values } = parseArgs({ options: { base: { type: 'string' }, articles: { type: 'string', default: '2000' }, rounds: { type: 'string', default: '20' } } });
if (!values.base) {
  console.error('usage: npx tsx bench/extract-paired.ts --base <checkout of the other version> [--articles 2000] [--rounds 20]');
  process.exit(2);
}
const baseModule = pathToFileURL(resolve(values.base, 'seed/extract/extract.ts')).href;
const base = ((await import(baseModule)) as { extractArticle: (a: Article) => Extraction }).extractArticle;
const corpus = generateCorpus(Number(values.articles), 600);
const rounds = Number(values.rounds);

// Warm-up of both: JIT and the gazetteer index, outside the measurement.
for (const article of corpus.slice(0, 50)) {
  base(article);
  extractArticle(article);
}
const elapsed = [0, 0];
const size = Math.ceil(corpus.length / rounds);
for (let r = 0; r < rounds; r++) {
  const batch = corpus.slice(r * size, (r + 1) * size);
  // Which one goes first alternates too, so neither always runs on a warmer cache.
  for (const which of r % 2 === 0 ? [0, 1] : [1, 0]) {
    const extract = which === 0 ? base : extractArticle;
    const t0 = process.hrtime.bigint();
    for (const article of batch) extract(article);
    elapsed[which]! += Number(process.hrtime.bigint() - t0) / 1e9;
  }
}
const rate = (seconds: number) => (corpus.length / seconds).toFixed(0);
console.log(`extract-paired: ${corpus.length} articles of ~600 words, ${rounds} alternating rounds on one core`);
console.log(`  base ${rate(elapsed[0]!)} articles/s, this ${rate(elapsed[1]!)} articles/s, ratio ${(elapsed[0]! / elapsed[1]!).toFixed(2)}`);
