/**
 * Which rules may match a sentence, found without running them. Testing each of ~160 rules'
 * patterns on every sentence was most of the extractor's time; instead a rule list is indexed
 * once by text every match must hold, keyed by its first three characters, and a sentence looks
 * up its own and compares the rest. That text is the head words of a word list (`Rule.phrases`),
 * or a pattern's keywords (`Rule.keywords`: every match starts with one, at a word boundary) and
 * the literal text it cannot match without (pattern-literals.ts, anywhere in the sentence), each
 * that the index can read. The rules a sentence gets still run in full: the index only leaves out
 * those that cannot match. A pattern it can read nothing of always runs.
 */
import type { SentenceContext } from './clause.ts';
import { requiredLiterals } from './pattern-literals.ts';
import type { Rule } from './rules.ts';

const KEY_LENGTH = 3;
/** A key holds three 7-bit character codes. */
const KEY_BITS = 7;
const KEY_BASE = 1 << KEY_BITS;
/** The last two characters of a key: rolling it on drops the first. */
const KEY_LOW = (1 << (KEY_BITS * (KEY_LENGTH - 1))) - 1;
/** What `keywordPattern` in rules.ts builds: `\b(?:word|word two|...)`, words of [a-z' -]. */
const KEYWORD_SOURCE = /^\\b\(\?:([a-z' -]+(?:\|[a-z' -]+)*)\)$/;

export interface RuleIndex {
  /** The rules that may match the sentence, in the list's order (the others cannot). */
  candidates(ctx: SentenceContext): Rule[];
}

/** Text that a rule's matches hold, lower-cased ASCII, and which of the rule's needs it meets. */
interface Needle {
  rule: number;
  text: string;
  need: number;
}

/** What a rule needs found in a sentence: a keyword at a word boundary, a literal anywhere, a head word. */
const KEYWORD = 1;
const LITERAL = 2;
const HEAD_WORD = 4;

/** Indexes a rule list (built once per list, at module load). */
export function ruleIndex(rules: readonly Rule[]): RuleIndex {
  const keywords = new Map<number, Needle[]>();
  const literals = new Map<number, Needle[]>();
  const headWords = new Map<string, number[]>();
  const needs = new Uint8Array(rules.length);
  const add = <K, V>(map: Map<K, V[]>, key: K, value: V) => map.set(key, [...(map.get(key) ?? []), value]);
  rules.forEach((rule, i) => {
    // A word list is found by its head words; a pattern by its keywords and its literals, both when it has both.
    if (rule.phrases) {
      needs[i] = HEAD_WORD;
      for (const head of rule.phrases.keys()) add(headWords, head, i);
      return;
    }
    const ruleKeywords = keywordsOf(rule);
    const ruleLiterals = literalsOf(rule);
    if (ruleKeywords) needs[i]! |= KEYWORD;
    if (ruleLiterals) needs[i]! |= LITERAL;
    for (const text of ruleKeywords ?? []) add(keywords, keyAt(text, 0), { rule: i, text, need: KEYWORD });
    for (const text of ruleLiterals ?? []) add(literals, keyAt(text, 0), { rule: i, text, need: LITERAL });
  });
  // Which keys any needle has, one bit each: most of a sentence's keys are no needle's.
  const isKey = new Uint32Array((1 << (KEY_BITS * KEY_LENGTH)) / 32);
  for (const key of [...keywords.keys(), ...literals.keys()]) isKey[key >>> 5]! |= 1 << (key & 31);
  const found = new Uint8Array(rules.length); // reused: one sentence at a time
  return {
    candidates(ctx) {
      found.fill(0);
      const text = ctx.sentence.text;
      // The key of the three characters ending at q, rolled along; `run` counts the ASCII ones in a row.
      let key = 0;
      let run = 0;
      for (let q = 0; q < text.length; q++) {
        const c = folded(text.charCodeAt(q));
        run = c < 0 ? 0 : run + 1;
        key = c < 0 ? 0 : ((key & KEY_LOW) << KEY_BITS) | c;
        if (run < KEY_LENGTH || (isKey[key >>> 5]! & (1 << (key & 31))) === 0) continue;
        const p = q - KEY_LENGTH + 1;
        markFound(found, literals.get(key), text, p);
        // A keyword match starts at a word boundary (`\b`).
        if (isWordChar(text.charCodeAt(p)) !== isWordChar(text.charCodeAt(p - 1))) markFound(found, keywords.get(key), text, p);
      }
      for (let t = 0; t < ctx.tokens.length; t++) for (const i of headWords.get(ctx.word(t)) ?? []) found[i] = HEAD_WORD;
      const candidates: Rule[] = [];
      for (let i = 0; i < rules.length; i++) if (found[i] === needs[i]) candidates.push(rules[i]!);
      return candidates;
    },
  };
}

/** Marks what the needles that stand in the text at offset p meet (their first three characters do). */
function markFound(found: Uint8Array, needles: Needle[] | undefined, text: string, p: number): void {
  if (!needles) return;
  for (const { rule, text: needle, need } of needles) {
    if ((found[rule]! & need) !== 0) continue;
    let k = KEY_LENGTH;
    while (k < needle.length && folded(text.charCodeAt(p + k)) === needle.charCodeAt(k)) k++;
    if (k === needle.length) found[rule]! |= need;
  }
}

/** A rule's keywords, or undefined when they are not in the form the index reads. */
function keywordsOf(rule: Rule): string[] | undefined {
  const words = rule.keywords && KEYWORD_SOURCE.exec(rule.keywords.source)?.[1]?.split('|');
  const readable = rule.keywords?.flags === 'i' && words?.every((w) => w.length >= KEY_LENGTH);
  return readable ? words : undefined;
}

/** Literal text a rule's pattern cannot match without, when every piece of it is long enough to key. */
function literalsOf(rule: Rule): string[] | undefined {
  const literals = requiredLiterals(rule.trigger.source);
  return literals?.every((w) => w.length >= KEY_LENGTH) ? literals : undefined;
}

/**
 * A character's code for keys: ASCII with letters lower-cased, and the two letters a
 * case-insensitive Unicode pattern folds to ASCII (ſ to s, the Kelvin sign to k); -1 for any
 * other non-ASCII character, which no keyword or literal (all ASCII) can match.
 */
function folded(c: number): number {
  const ascii = c === 0x17f ? 115 : c === 0x212a ? 107 : c >= 65 && c <= 90 ? c + 32 : c;
  return ascii < KEY_BASE ? ascii : -1;
}

/** The key of the three characters at an offset of a keyword or literal (all ASCII). */
function keyAt(text: string, offset: number): number {
  let key = 0;
  for (let k = offset; k < offset + KEY_LENGTH; k++) key = (key << KEY_BITS) | folded(text.charCodeAt(k));
  return key;
}

const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
