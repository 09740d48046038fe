/**
 * Which rules may match a sentence, found without running them. Testing each of ~160 rules'
 * keyword pattern on every sentence was most of the extractor's time; instead a rule list is
 * indexed once, by the first three letters of each keyword (`Rule.keywords`: every match starts
 * with one, at a word boundary) and by the head words of a word list (`Rule.phrases`), and a
 * sentence looks up its own word starts and words. The rules a sentence gets still run in full:
 * the index only leaves out those that cannot match. A rule with neither is always run.
 */
import type { SentenceContext } from './clause.ts';
import type { Rule } from './rules.ts';

const KEY_LENGTH = 3;
/** What `keywordPattern` in rules.ts builds: `\b(?:word|word two|...)`, words of [a-z' -]. */
const KEYWORD_SOURCE = /^\\b\(\?:([a-z' -]+(?:\|[a-z' -]+)*)\)$/;

export interface RuleIndex {
  /** The rules that may match the sentence (the others cannot). */
  mayMatch(ctx: SentenceContext): Set<Rule>;
}

/** Indexes a rule list (built once per list, at module load). */
export function ruleIndex(rules: readonly Rule[]): RuleIndex {
  const byKeyStart = new Map<string, number[]>();
  const byHeadWord = new Map<string, number[]>();
  const always: number[] = [];
  const add = (map: Map<string, number[]>, key: string, i: number) => map.set(key, [...(map.get(key) ?? []), i]);
  rules.forEach((rule, i) => {
    const keywords = rule.phrases ? undefined : keywordsOf(rule);
    if (rule.phrases) for (const head of rule.phrases.keys()) add(byHeadWord, head, i);
    else if (keywords) for (const k of new Set(keywords.map((w) => w.slice(0, KEY_LENGTH)))) add(byKeyStart, k, i);
    else always.push(i);
  });
  return {
    mayMatch(ctx) {
      const hit = new Uint8Array(rules.length);
      for (const i of always) hit[i] = 1;
      for (const key of wordStarts(ctx.sentence.text)) for (const i of byKeyStart.get(key) ?? []) hit[i] = 1;
      for (let t = 0; t < ctx.tokens.length; t++) for (const i of byHeadWord.get(ctx.word(t)) ?? []) hit[i] = 1;
      return new Set(rules.filter((_, i) => hit[i] === 1));
    },
  };
}

/** A rule's keywords, or undefined when its pattern is not one the index can read (the rule then always runs). */
function keywordsOf(rule: Rule): string[] | undefined {
  const words = rule.keywords && KEYWORD_SOURCE.exec(rule.keywords.source)?.[1]?.split('|');
  const readable = rule.keywords?.flags === 'i' && words?.every((w) => w.length >= KEY_LENGTH);
  return readable ? words : undefined;
}

/**
 * The first three characters, lower-cased, at every word boundary of a text (as `\b` sees one:
 * between [A-Za-z0-9_] and anything else). A case-insensitive keyword of ASCII letters matches
 * only ASCII letters, which lower-case exactly, so every keyword match shows up here.
 */
function wordStarts(text: string): Set<string> {
  const starts = new Set<string>();
  let wasWord = false;
  for (let p = 0; p < text.length; p++) {
    const isWord = isWordChar(text.charCodeAt(p));
    if (isWord !== wasWord) starts.add(text.slice(p, p + KEY_LENGTH).toLowerCase());
    wasWord = isWord;
  }
  return starts;
}

const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
