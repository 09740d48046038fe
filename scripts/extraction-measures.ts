/**
 * Where extraction loses relations, measured against gold annotations (a development tool: it
 * reads annotated folders such as ../shared/eval/dev; the product never needs them):
 *
 *   npx tsx scripts/extraction-measures.ts GOLD_DIR...
 *
 * For the gold relations of all folders together it prints three shares:
 * - ends missing: an end is not among the entities the extractor outputs (as eval/errors.mjs counts);
 * - ends in the sentence: both ends are named in the gold evidence sentence, or resolved there
 *   (a pronoun, "the two countries", a description standing for them);
 * - reachable found: of the relations with both ends in the sentence, the share the extractor
 *   outputs (matched as eval/score.mjs matches: type, both ends, symmetric types unordered).
 * `--list` prints the relations whose ends are not both in their sentence, `--missed` the reachable
 * ones the extractor does not output, each with its sentence.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { extractArticle } from '../seed/extract/extract.ts';
import { SentenceContext } from '../seed/extract/clause.ts';
import { triggerSites } from '../seed/extract/frames.ts';
import { recognize, type ArticleEntity } from '../seed/extract/recognize.ts';
import { RULES } from '../seed/extract/rules.ts';
import { splitSentences } from '../seed/extract/tokenize.ts';
import { readInputs } from '../seed/parse/read-inputs.ts';
import type { Article } from '../seed/types.ts';
import { RELATION_TYPES, type RelationType } from '../seed/vocabulary.ts';

interface GoldEntity { name: string; type: string; aliases?: string[] }
interface GoldRelation { source: string; type: RelationType; target: string; evidence: string }
interface Gold { entities: GoldEntity[]; relations: GoldRelation[] }

/** The scorer's name normalization (eval/score.mjs). */
const norm = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
  .replace(/[’'`´]s\b/g, '').replace(/[’'`´]/g, '').replace(/[^a-z0-9]+/g, ' ').trim().replace(/^the /, '');

interface Tally { relations: number; endMissing: number; inSentence: number; reachableFound: number }

async function readArticle(file: string): Promise<Article> {
  for await (const input of readInputs([file])) {
    if ('error' in input) throw input.error;
    const article = input.articles[0];
    if (article) return article;
  }
  throw new Error(`no article in ${file}`);
}

/** Index of the gold entity a name (of a type, when given) stands for, as the scorer resolves it. */
function resolver(gold: Gold): (name: string, type?: string) => number | undefined {
  const alias = new Map<string, number[]>();
  gold.entities.forEach((e, i) => [e.name, ...(e.aliases ?? [])].forEach((a) => {
    const k = norm(a);
    if (!k) return;
    const list = alias.get(k) ?? [];
    if (!list.includes(i)) list.push(i);
    alias.set(k, list);
  }));
  return (name, type) => {
    const list = alias.get(norm(name));
    if (!list) return undefined;
    return type === undefined ? list[0] : list.find((i) => gold.entities[i]!.type === type);
  };
}

/** The sentence (index) that holds the gold evidence, by the longest run of its words found. */
function evidenceSentence(sentences: { text: string }[], evidence: string): number | undefined {
  const target = norm(evidence);
  let best: number | undefined;
  let bestScore = 0;
  sentences.forEach((s, i) => {
    const text = norm(s.text);
    if (text.includes(target) || (target.includes(text) && text.length > 20)) {
      const score = Math.min(text.length, target.length) + 1000;
      if (score > bestScore) [best, bestScore] = [i, score];
      return;
    }
    const words = target.split(' ');
    const hits = words.filter((w) => w.length > 3 && text.includes(w)).length / Math.max(1, words.length);
    if (hits > 0.6 && hits * 100 > bestScore) [best, bestScore] = [i, hits * 100];
  });
  return best;
}

async function measureArticle(txt: string, gold: Gold, tally: Tally, list: string[], missed: string[]): Promise<void> {
  const article = await readArticle(txt);
  const extraction = extractArticle(article);
  const sentences = splitSentences(article.text);
  const recognition = recognize(sentences, article.text);
  const resolve = resolver(gold);
  const output = new Set<number>();
  for (const e of extraction.entities) {
    const i = resolve(e.name, e.type);
    if (i !== undefined) output.add(i);
  }
  const key = (a: number | string | undefined, type: RelationType, b: number | string | undefined) =>
    RELATION_TYPES[type].symmetric && String(a) > String(b) ? `${b}|${type}|${a}` : `${a}|${type}|${b}`;
  const predicted = new Set(extraction.relations.map((r) => key(resolve(r.source) ?? `?${r.source}`, r.type, resolve(r.target) ?? `?${r.target}`)));
  const gi = (name: string) => gold.entities.findIndex((e) => e.name === name);
  const named = (entities: ArticleEntity[]) => new Set(entities.map((e) => resolve(e.name, e.type)).filter((i) => i !== undefined));
  /** Why a reachable relation was missed: no trigger of its type, or what the triggers gave instead. */
  const why = (type: RelationType, at: number): string => {
    const sentence = sentences[at]!;
    const ctx = new SentenceContext(sentence, recognition.mentions[at] ?? []);
    const fired = RULES.filter((rule) => rule.type === type && triggerSites(rule, ctx).length > 0).map((rule) => rule.id);
    if (fired.length === 0) return 'no trigger';
    const gave = extraction.relations.filter((x) => x.type === type && x.start === sentence.start).map((x) => `${x.source}>${x.target}`);
    return `fired ${fired.join(',')}; gave ${gave.join(', ') || 'nothing'}`;
  };
  for (const r of gold.relations) {
    tally.relations++;
    const [s, t] = [gi(r.source), gi(r.target)];
    const endMissing = !output.has(s) || !output.has(t);
    if (endMissing) tally.endMissing++;
    const at = evidenceSentence(sentences, r.evidence);
    const inSentence = at === undefined ? new Set() : named((recognition.mentions[at] ?? []).flatMap((m) => [m.entity, ...(m.group ?? [])]));
    if (inSentence.has(s) && inSentence.has(t)) {
      tally.inSentence++;
      if (predicted.has(key(s, r.type, t))) tally.reachableFound++;
      else missed.push(`${txt}  ${r.source} ${r.type} ${r.target}  [${why(r.type, at!)}]\n      ${r.evidence}`);
    } else {
      list.push(`${txt}  ${r.source} ${r.type} ${r.target}${at === undefined ? '  [sentence not found]' : ''}${endMissing ? '  [an end missing]' : ''}\n      ${r.evidence}`);
    }
  }
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { list: { type: 'boolean' }, missed: { type: 'boolean' } } });
  if (positionals.length === 0) {
    console.error('usage: npx tsx scripts/extraction-measures.ts GOLD_DIR... [--list]');
    process.exit(2);
  }
  const tally: Tally = { relations: 0, endMissing: 0, inSentence: 0, reachableFound: 0 };
  const list: string[] = [];
  const missed: string[] = [];
  for (const dir of positionals) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
      const gold = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Gold;
      await measureArticle(join(dir, file.replace(/\.json$/, '.txt')), gold, tally, list, missed);
    }
  }
  const share = (n: number, d: number) => `${(d ? (100 * n) / d : 0).toFixed(1)} %`;
  if (values.list) console.log(list.join('\n'));
  if (values.missed) console.log(missed.join('\n'));
  console.log(
    `gold relations ${tally.relations} | ends missing ${share(tally.endMissing, tally.relations)} | ` +
      `ends in the sentence ${share(tally.inSentence, tally.relations)} | reachable found ${share(tally.reachableFound, tally.inSentence)}`,
  );
}

await main();
