/**
 * Token-level span finders the recognition stages share: gazetteer longest match, capitalized
 * runs with the joiners names use, titles, laws. Pure functions over a sentence's tokens.
 */
import { gazetteer, keyText, type GazetteerHit, type KnownEntity, type TrieNode } from '../gazetteer/index.ts';
import { NAME_PARTICLES, NOT_NAME_WORDS, PERSON_TITLES } from './lexicon.ts';
import type { Token } from './tokenize.ts';
import { isCommonWord } from './words.ts';

export interface Span {
  first: number;
  last: number;
}

export const lower = (t: Token | undefined): string => t?.text.toLowerCase() ?? '';
export const isApostropheS = (t: Token | undefined): boolean => t?.text === '’s' || t?.text === "'s";

export function titleCase(words: string): string {
  const small = new Set(['of', 'and', 'the', 'for', 'in', 'on']);
  return words
    .split(/\s+/)
    .map((w, i) => (i > 0 && small.has(w.toLowerCase()) ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

/** The words of tokens first..last joined by spaces; a plain loop, as it runs for every capitalized token. */
export function tokenPhrase(tokens: Token[], first: number, last: number, lowerCase = false): string {
  let phrase = '';
  for (let i = first; i <= last && i < tokens.length; i++) {
    const text = (tokens[i] as Token).text;
    phrase += (i > first ? ' ' : '') + (lowerCase ? text.toLowerCase() : text);
  }
  return phrase;
}

/** Nouns for a people whose possessive is part of a body's name rather than its owner ("People’s Army"). */
const COLLECTIVE_POSSESSORS = new Set(['People', 'Peoples', 'Workers', 'Women', 'Farmers', 'Peasants', 'Citizens', 'Martyrs']);

/** Lower-case words that join the parts of a name ("Ministry of Trade and Industry"). */
const JOINERS = new Set(['of', 'for', 'and', 'the', 'on']);

/** Extends a capitalized run from `first` (names, with inner particles such as "bin", "of"). */
export function capitalizedRun(tokens: Token[], first: number, allowOf: boolean): Span | undefined {
  // A run opens with a capitalized word (this runs for every token; most are not).
  if (!tokens[first]?.isCapitalized) return undefined;
  let last = -1;
  for (let i = first; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) break;
    const isNamePart = t.isCapitalized || (i > first && /^(?:al|el|bin|ibn|abu|ad|as)-\p{Lu}/u.test(t.text));
    if (isNamePart && /\p{L}/u.test(t.text) && !(i > first && NOT_NAME_WORDS.has(t.text) && t.text !== 'Al')) {
      last = i;
      continue;
    }
    // "People’s Liberation Army", "Kurdistan Workers’ Party": a possessive that belongs to the name.
    const namePossessive = /^[’']s?$/.test(t.text) && COLLECTIVE_POSSESSORS.has(tokens[i - 1]?.text ?? '');
    const inner = namePossessive || NAME_PARTICLES.has(t.text) || t.text === '&' || (allowOf && JOINERS.has(t.text)) || (allowOf && isListComma(tokens, first, i));
    // "Institute for the Study of War": "for the" goes on with the name ("X of the Y" may be a person of a body).
    if (inner && last >= first && (tokens[i + 1]?.isCapitalized || (t.text === 'for' && tokens[i + 1]?.text === 'the' && tokens[i + 2]?.isCapitalized))) continue;
    break;
  }
  return last >= first ? { first, last } : undefined;
}

/**
 * "Ministry of Trade, Industry and Energy": a comma inside the of-phrase of a body's name, where
 * single capitalized words follow, the last after "and".
 */
const LISTING_HEADS = new Set(['Ministry', 'Ministries', 'Department', 'Committee', 'Commission', 'Office', 'Secretariat', 'Directorate', 'Council']);

function isListComma(tokens: Token[], first: number, i: number): boolean {
  if (tokens[i]?.text !== ',') return false;
  let of = i - 1;
  while (of > first && tokens[of]?.text !== 'of') of--;
  if (tokens[of]?.text !== 'of' || !LISTING_HEADS.has(tokens[of - 1]?.text ?? '')) return false;
  for (let k = i + 1; k < tokens.length - 1; k += 2) {
    if (!tokens[k]?.isCapitalized) return false;
    const after = tokens[k + 1]?.text;
    if (after === 'and') return tokens[k + 2]?.isCapitalized === true;
    if (after !== ',') return false;
  }
  return false;
}

type Hit = { hit: GazetteerHit; last: number } | undefined;
/** Longest hits already looked up, per sentence's token list: every stage asks for the same ones. */
const hitCache = new WeakMap<Token[], Hit[]>();

/** The longest gazetteer surface form starting at token i. */
export function longestHit(tokens: Token[], i: number): Hit {
  let cached = hitCache.get(tokens);
  if (!cached) {
    cached = new Array<Hit>(tokens.length);
    hitCache.set(tokens, cached);
  }
  if (i in cached) return cached[i];
  const found = findLongestHit(tokens, i);
  cached[i] = found;
  return found;
}

/** Walks the gazetteer's trie from token i; the deepest node with a hit is the longest form. */
function findLongestHit(tokens: Token[], i: number): Hit {
  let node: TrieNode | undefined = gazetteer().trie;
  let best: Hit;
  for (let j = i; j < tokens.length; j++) {
    node = node.next?.get(keyText(tokens[j]?.text ?? ''));
    if (!node) break;
    if (node.best) best = { hit: node.best, last: j };
  }
  return best;
}

/**
 * The country "its" refers to before token `end`: the nearest one owning a phrase ("the United
 * States’ decision to move its embassy"), else the first named (the subject: "Chile accused Peru
 * of spying on its navy").
 */
export function ownerCountryBefore(tokens: Token[], end: number): KnownEntity | undefined {
  let first: KnownEntity | undefined;
  let possessive: KnownEntity | undefined;
  for (let i = 0; i < end; i++) {
    const found = longestHit(tokens, i);
    if (found && found.hit.entity.type === 'Country' && found.hit.kind !== 'demonym' && found.last < end) {
      first ??= found.hit.entity;
      // "Bolivia’s", and "the United States’" (the tokenizer keeps a bare apostrophe apart).
      if (isApostropheS(tokens[found.last + 1]) || /^[’']$/.test(tokens[found.last + 1]?.text ?? '')) possessive = found.hit.entity;
    }
    if (found) i = found.last;
  }
  return possessive ?? first;
}

const TITLES = new Set(PERSON_TITLES);
const TITLE_FIRST_WORDS = new Set(PERSON_TITLES.map((t) => t.split(/[ -]/)[0]));

/** A title starting at token i ("Prime Minister", "Ayatollah"), and where the name starts. */
export function titleAt(tokens: Token[], i: number): { text: string; next: number } | undefined {
  // (The word up to its first hyphen, without splitting: this runs for every token.)
  const word = lower(tokens[i]);
  const dash = word.indexOf('-');
  if (!TITLE_FIRST_WORDS.has(dash === -1 ? word : word.slice(0, dash))) return undefined;
  for (let len = 4; len >= 1; len--) {
    if (i + len > tokens.length) continue;
    const phrase = tokenPhrase(tokens, i, i + len - 1, true).replace(/ - /g, '-');
    if (!TITLES.has(phrase)) continue;
    // "army chief General X": a capitalized rank after a lower-case role is part of the title, not of the name.
    const rank = !tokens[i]?.isCapitalized && tokens[i + len]?.isCapitalized ? titleAt(tokens, i + len) : undefined;
    return { text: tokenPhrase(tokens, i, i + len - 1), next: rank && tokens[rank.next]?.isCapitalized ? rank.next : i + len };
  }
  return undefined;
}

/** "Section 907 (of the Freedom Support Act)", "Resolution 2231", "Executive Order 14024". */
export function legislationAt(tokens: Token[], i: number): { last: number } | undefined {
  const w = tokens[i]?.text;
  if ((w === 'Section' || w === 'Resolution' || w === 'Article') && /^\d+[A-Za-z]?$/.test(tokens[i + 1]?.text ?? '')) {
    let last = i + 1;
    if (tokens[last + 1]?.text === 'of' && tokens[last + 2]?.text === 'the') {
      const run = capitalizedRun(tokens, last + 3, true);
      if (run && /^(Act|Law|Code|Constitution)$/.test(tokens[run.last]?.text ?? '')) last = run.last;
    }
    return { last };
  }
  if (w === 'Executive' && tokens[i + 1]?.text === 'Order' && /^\d+$/.test(tokens[i + 2]?.text ?? '')) return { last: i + 2 };
  const run = capitalizedRun(tokens, i, true);
  if (run && run.last > i && /^(Act|Law|Amendment)$/.test(tokens[run.last]?.text ?? '') && !NOT_NAME_WORDS.has(w ?? '')) return { last: run.last };
  return undefined;
}

/** "Russia-led", "Iran-backed": a qualifier before a name, not part of it. */
export const COMPOUND_QUALIFIER = /-(?:backed|supported|sponsored|funded|armed|aligned|allied|led|based|brokered|mediated|controlled|administered|owned|run|flagged)$/i;

export const JOINERS_AFTER_OF = new Set(['of', 'for', 'on']);

/**
 * The capitalized run at token i, cut where a joiner does not join one name: "and" only inside
 * an of-phrase ("Ministry of Trade and Industry", not "Hamas and Islamic Jihad"), "the" only after
 * of/for/on. A common word opening a sentence ("Officials in Kashmir") and function words
 * ("The", "In") are not part of a name.
 */
export function nameSpan(tokens: Token[], i: number): Span | undefined {
  const run = capitalizedRun(tokens, i, true);
  if (!run) return undefined;
  let first = run.first;
  let sawOf = false;
  let last = first;
  for (let k = first; k <= run.last; k++) {
    const w = tokens[k]?.text ?? '';
    if (JOINERS_AFTER_OF.has(w)) sawOf = true;
    if ((w === 'and' && !sawOf) || (w === 'the' && !JOINERS_AFTER_OF.has(tokens[k - 1]?.text ?? ''))) break;
    if (tokens[k]?.isCapitalized || /^(?:al|el|bin|ibn|abu|ad|as)-\p{Lu}/u.test(w)) last = k;
  }
  while (first <= last && (NOT_NAME_WORDS.has(tokens[first]?.text ?? '') || COMPOUND_QUALIFIER.test(tokens[first]?.text ?? '') || (isSentenceStart(tokens, first) && isCommonWord(tokens[first]?.text ?? '') && !longestHit(tokens, first)))) first++;
  while (first <= last && !tokens[first]?.isCapitalized) first++;
  return first <= last ? { first, last } : undefined;
}

export function isSentenceStart(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) if (!/^["“‘'([—–-]$/.test(tokens[k]?.text ?? '')) return false;
  return true;
}

