/**
 * Which rules may match a sentence, found without running them. Testing each of ~160 rules'
 * patterns on every sentence was most of the extractor's time; instead a rule list is indexed
 * once by text every match must hold, keyed by its first four characters (three for the few
 * shorter), and a sentence looks up its own and compares the rest. That text is the head words
 * of a word list (`Rule.phrases`), or a pattern's keywords (`Rule.keywords`: every match starts
 * with one, at a word boundary) and the literal text it cannot match without (pattern-literals.ts,
 * anywhere in the sentence), each that the index can read. The rules a sentence gets still run
 * in full: the index only leaves out those that cannot match. A pattern it can read nothing of
 * always runs.
 */
import type { SentenceContext } from './clause.ts';
import { requiredLiterals } from './pattern-literals.ts';
import type { Rule } from './rules.ts';

/** A needle is keyed by its first four characters, or three when it has no more (few have). */
const LONG_KEY = 4;
const SHORT_KEY = 3;
/** A key holds 7-bit character codes. */
const KEY_BITS = 7;
const KEY_BASE = 1 << KEY_BITS;
/** The last three characters of a long key: rolling it on drops the first; also the short key. */
const KEY_LOW = (1 << (KEY_BITS * SHORT_KEY)) - 1;
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
  const needles: Needle[] = [];
  const headWords = new Map<string, number[]>();
  const needs = new Uint8Array(rules.length);
  rules.forEach((rule, i) => {
    // A word list is found by its head words; a pattern by its keywords and its literals, both when it has both.
    if (rule.phrases) {
      needs[i] = HEAD_WORD;
      for (const head of rule.phrases.keys()) headWords.set(head, [...(headWords.get(head) ?? []), i]);
      return;
    }
    const ruleKeywords = keywordsOf(rule);
    const ruleLiterals = literalsOf(rule);
    if (ruleKeywords) needs[i]! |= KEYWORD;
    if (ruleLiterals) needs[i]! |= LITERAL;
    for (const text of ruleKeywords ?? []) needles.push({ rule: i, text, need: KEYWORD });
    for (const text of ruleLiterals ?? []) needles.push({ rule: i, text, need: LITERAL });
  });
  const long = needleTable(needles.filter((n) => n.text.length >= LONG_KEY), LONG_KEY);
  const short = needleTable(needles.filter((n) => n.text.length < LONG_KEY), SHORT_KEY);
  const found = new Uint8Array(rules.length); // reused: one sentence at a time
  return {
    candidates(ctx) {
      found.fill(0);
      const text = ctx.sentence.text;
      // The key of the four characters ending at q, rolled along (its last three are the short key);
      // `run` counts the ASCII ones in a row.
      let key = 0;
      let run = 0;
      for (let q = 0; q < text.length; q++) {
        const c = folded(text.charCodeAt(q));
        run = c < 0 ? 0 : run + 1;
        key = c < 0 ? 0 : ((key & KEY_LOW) << KEY_BITS) | c;
        // (The filters first, inline: most keys are no needle's.)
        if (run >= SHORT_KEY && mayHold(short, key & KEY_LOW)) markFound(found, short, key & KEY_LOW, text, q - SHORT_KEY + 1);
        if (run >= LONG_KEY && mayHold(long, key)) markFound(found, long, key, text, q - LONG_KEY + 1);
      }
      for (let t = 0; t < ctx.tokens.length; t++) for (const i of headWords.get(ctx.word(t)) ?? []) found[i] = HEAD_WORD;
      const candidates: Rule[] = [];
      for (let i = 0; i < rules.length; i++) if (found[i] === needs[i]) candidates.push(rules[i]!);
      return candidates;
    },
  };
}

/** A key's bit in a table's filter: 2^15 bits, 4 KB. */
const FILTER_BITS = 15;
const filterBit = (key: number) => Math.imul(key, 0x9e3779b1) >>> (32 - FILTER_BITS);
/** Whether some needle of the table may have the key (false: none has). */
function mayHold(table: NeedleTable, key: number): boolean {
  const bit = filterBit(key);
  return (table.filter[bit >>> 5]! & (1 << (bit & 31))) !== 0;
}

/** Marks what the needles with the key of the text at offset p meet (their first characters are the key). */
function markFound(found: Uint8Array, table: NeedleTable, key: number, text: string, p: number): void {
  const slot = table.slotOf(key);
  if (slot === -1) return;
  // A keyword match starts at a word boundary (`\b`).
  const atBoundary = isWordChar(text.charCodeAt(p)) !== isWordChar(text.charCodeAt(p - 1));
  for (let n = table.from[slot]!; n < table.to[slot]!; n++) {
    const need = table.need[n]!;
    const rule = table.rule[n]!;
    if ((found[rule]! & need) !== 0 || (need === KEYWORD && !atBoundary)) continue;
    const start = table.start[n]!;
    const length = table.length[n]!;
    let k = table.keyLength;
    while (k < length && folded(text.charCodeAt(p + k)) === table.chars[start + k]) k++;
    if (k === length) found[rule]! |= need;
  }
}

/**
 * The needles in flat typed arrays, grouped by key, and an open-addressing table from a key to
 * its group. Looked up at every character of a sentence, it is a few kilobytes in a row that stay
 * in the processor's cache between sentences (maps of needle objects did not, and cost most of
 * the index's time).
 */
interface NeedleTable {
  /** How many first characters of a needle its key holds. */
  keyLength: number;
  /** One bit per filter slot (`filterBit`) that a needle's key falls in. */
  filter: Uint32Array;
  /** The group of a key (its needles are from[slot]..to[slot]-1), or -1 when no needle has the key. */
  slotOf(key: number): number;
  from: Int32Array;
  to: Int32Array;
  rule: Uint16Array;
  need: Uint8Array;
  /** Where each needle's characters start in `chars`, and how many it has. */
  start: Int32Array;
  length: Int32Array;
  chars: Uint16Array;
}

function needleTable(needles: Needle[], keyLength: number): NeedleTable {
  const byKey = new Map<number, Needle[]>();
  for (const needle of needles) {
    const key = keyAt(needle.text, keyLength);
    byKey.set(key, [...(byKey.get(key) ?? []), needle]);
  }
  // A table at most half full, so that a key no needle has is told after a probe or two.
  let bits = 4;
  while (1 << bits < 2 * byKey.size) bits++;
  const size = 1 << bits;
  const keys = new Int32Array(size).fill(-1);
  const filter = new Uint32Array((1 << FILTER_BITS) / 32);
  const from = new Int32Array(size);
  const to = new Int32Array(size);
  const rule = new Uint16Array(needles.length);
  const need = new Uint8Array(needles.length);
  const start = new Int32Array(needles.length);
  const length = new Int32Array(needles.length);
  const chars = new Uint16Array(needles.reduce((sum, n) => sum + n.text.length, 0));
  const home = (key: number) => Math.imul(key, 0x9e3779b1) >>> (32 - bits);
  let n = 0;
  let c = 0;
  for (const [key, group] of byKey) {
    // (A needle that opens with other than ASCII has a negative key, which no sentence's key is.)
    if (key < 0) continue;
    let slot = home(key);
    while (keys[slot] !== -1) slot = (slot + 1) & (size - 1);
    keys[slot] = key;
    filter[filterBit(key) >>> 5]! |= 1 << (filterBit(key) & 31);
    from[slot] = n;
    for (const needle of group) {
      rule[n] = needle.rule;
      need[n] = needle.need;
      start[n] = c;
      length[n] = needle.text.length;
      for (let k = 0; k < needle.text.length; k++) chars[c++] = needle.text.charCodeAt(k);
      n++;
    }
    to[slot] = n;
  }
  return {
    keyLength,
    filter,
    slotOf(key) {
      for (let slot = home(key); ; slot = (slot + 1) & (size - 1)) {
        if (keys[slot] === key) return slot;
        if (keys[slot] === -1) return -1;
      }
    },
    from,
    to,
    rule,
    need,
    start,
    length,
    chars,
  };
}

/** A rule's keywords, or undefined when they are not in the form the index reads. */
function keywordsOf(rule: Rule): string[] | undefined {
  const words = rule.keywords && KEYWORD_SOURCE.exec(rule.keywords.source)?.[1]?.split('|');
  const readable = rule.keywords?.flags === 'i' && words?.every((w) => w.length >= SHORT_KEY);
  return readable ? words : undefined;
}

/** Literal text a rule's pattern cannot match without, when every piece of it is long enough to key. */
function literalsOf(rule: Rule): string[] | undefined {
  const literals = requiredLiterals(rule.trigger.source);
  return literals?.every((w) => w.length >= SHORT_KEY) ? literals : undefined;
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

/** The key of a keyword's or literal's first `length` characters (all ASCII). */
function keyAt(text: string, length: number): number {
  let key = 0;
  for (let k = 0; k < length; k++) key = (key << KEY_BITS) | folded(text.charCodeAt(k));
  return key;
}

const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
