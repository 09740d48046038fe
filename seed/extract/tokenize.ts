/**
 * Sentences and tokens with character offsets into the article text. Hand-written rather than
 * a general NLP tokenizer because the extractor needs exact control over what news text does
 * to names: "U.S." is one token, "Israel’s" is "Israel" + "’s", "Baku-Tbilisi-Ceyhan" and
 * "Sa’ar" stay whole, and "U.S. President" does not end a sentence.
 */

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Starts with an upper-case letter or digit (names, acronyms). */
  isCapitalized: boolean;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  tokens: Token[];
}

// Acronyms with dots (U.S., D.C.), words with inner hyphens or apostrophes (Sa’ar, al-Omari,
// Baku-Tbilisi-Ceyhan), a possessive 's as its own token, numbers with separators, or one
// other visible character.
const TOKEN = /(?:[A-Z]\.){2,}|[’']s\b|\p{L}[\p{L}\p{M}\p{N}]*(?:[-–’'][\p{L}\p{M}\p{N}]+)*(?<![’'](?=s\b))|\p{N}+(?:[.,]\p{N}+)*|\S/gu;

/** Splits text into tokens; possessive 's becomes a separate token. */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  // exec with lastIndex rather than matchAll, which copies the pattern on every call (every sentence).
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match; match = TOKEN.exec(text)) {
    let value = match[0];
    let start = match.index + offset;
    // "Israel’s" matched whole (the regex cannot look behind variable-length names): split it.
    // (Only a token ending in 's can be; most do not, and need no pattern.)
    const possessive = value.endsWith('s') ? /^(.+?)([’']s)$/u.exec(value) : null;
    if (possessive && possessive[1] && possessive[2] && /\p{L}/u.test(possessive[1])) {
      tokens.push(makeToken(possessive[1], start));
      start += possessive[1].length;
      value = possessive[2];
    }
    tokens.push(makeToken(value, start));
  }
  return tokens;
}

/**
 * A sentence's words in lower case, made once per sentence: recognition, the relation rules and
 * event times all read them (shared, so read-only).
 */
const lowerWordsOf = new WeakMap<Sentence, readonly string[]>();
export function lowerWords(sentence: Sentence): readonly string[] {
  let words = lowerWordsOf.get(sentence);
  if (!words) {
    words = sentence.tokens.map((t) => t.text.toLowerCase());
    lowerWordsOf.set(sentence, words);
  }
  return words;
}

function makeToken(text: string, start: number): Token {
  return { text, start, end: start + text.length, isCapitalized: /^[\p{Lu}\p{N}]/u.test(text) };
}

// Tokens after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set([
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Sgt', 'Sen', 'Rep', 'Gov', 'St', 'Jr', 'Sr', 'No',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'vs', 'etc', 'approx', 'Inc', 'Corp', 'Ltd', 'Co',
]);

/**
 * Inline markup that may sit inside a sentence (<b>Iran</b> said): not a boundary. Any other tag
 * left in an article's text (<img>, <br>, <p>, <div>, a comment) separates what is around it.
 */
const INLINE_TAGS = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var']);

/**
 * Splits an article into sentences: at . ! ? followed by a capital or quote; at line breaks
 * (headings, list items, paragraphs; \r, U+2028 and U+2029 too); and at markup left in the text
 * (a tag other than inline formatting, which is left out of both sentences), never after an
 * abbreviation or an acronym with dots.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const boundary = /[.!?]+["”’)]*(?=\s+["“‘(]?[\p{Lu}\p{N}])|[\n\r\u2028\u2029]+|<!--[\s\S]*?-->|<\/?([A-Za-z][\w-]*)(?:\s[^<>]*)?\/?>/gu;
  let start = 0;
  const push = (end: number, next = end) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) {
      const s = start + lead;
      sentences.push({ index: sentences.length, start: s, end: s + body.length, text: body, tokens: tokenize(body, s) });
    }
    start = next;
  };
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    const end = match.index + match[0].length;
    if (match[0][0] === '<') {
      // A tag ends the sentence before it; the next one starts after it.
      if (!INLINE_TAGS.has((match[1] ?? '').toLowerCase())) push(match.index, end);
      continue;
    }
    if (match[0][0] === '.') {
      const before = /([\p{L}.]+)\.$/u.exec(text.slice(Math.max(0, match.index - 12), match.index + 1));
      const word = before?.[1] ?? '';
      if (ABBREVIATIONS.has(word) || /^(?:[A-Z]\.)+[A-Z]$/.test(word) || /^[A-Z]$/.test(word)) continue;
    }
    push(end);
  }
  push(text.length);
  return sentences;
}
