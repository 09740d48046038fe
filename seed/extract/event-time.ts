/**
 * Event time: when the event a sentence states happened, when the text says so ("in 1992",
 * "last November", "on Monday", "since 2002", "two years ago"), resolved against the article's
 * publication date, with the precision the text gives (a day, a month or a year). chrono-node
 * reads the calendar expressions; bare years (which chrono does not read), the tense a weekday
 * or a month without a year is read in, and which expression belongs to which trigger are ours.
 * Nothing is invented: a relative expression in an undated article resolves to nothing, and a
 * trigger with no expression of its own has no time. Pure.
 */
import * as chrono from 'chrono-node';
import { lowerWords, type Sentence } from './tokenize.ts';

/** A time expression of a sentence, resolved. */
export interface TimeExpression {
  /** Token indices in the sentence (inclusive), its preposition or modifier included. */
  first: number;
  last: number;
  /** As written: "in 2016", "last November", "on Monday". */
  text: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD: the length is the precision (a year, a month, a day). */
  date: string;
}

/** Token indices of a trigger in its sentence (inclusive). */
export interface TriggerSpan {
  first: number;
  last: number;
}

/** The event time a relation or an event carries. */
export interface EventTime {
  eventDate: string;
  eventText: string;
}

/** Words that may open a sentence's time expression: a sentence without any has none (chrono is not run). */
const CUE = /\b(?:1[89]\d\d|20\d\d|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|ago|last|this|next|earlier)\b/i;
/** What chrono reads that is not a day, a month or a year: a week, a decade, an hour. */
const TOO_VAGUE = /\b(?:weeks?|weekends?|decades?|centur(?:y|ies)|hours?|minutes?|seconds?|now)\b/i;
/** A result must say a date in words chrono cannot mistake: a month or weekday name, a year, a casual day word. */
const DATE_WORDS = /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow|ago|year|month|1[89]\d\d|20\d\d)\b/i;
/**
 * DATE_WORDS anywhere, word boundaries or not: a chrono result's text is a piece of the sentence,
 * so a sentence without any of these gives no result that DATE_WORDS accepts, and chrono (the
 * extractor's costliest call) need not run on it.
 */
const DATE_TEXT = new RegExp(DATE_WORDS.source.replace(/^\\b|\\b$/g, ''), DATE_WORDS.flags);
/** Words before a year that make it the time of an event ("in 2016", "since 2002", "in early 2022"). */
const YEAR_PREPOSITIONS = new Set(['in', 'since', 'from', 'during', 'of', 'early', 'mid', 'late', 'around', 'throughout']);
/** Words taken into an expression before it: its preposition and modifiers ("since", "last", "earlier this"). */
const LEAD_WORDS = new Set(['in', 'on', 'since', 'from', 'during', 'of', 'early', 'mid', 'late', 'last', 'next', 'this', 'earlier', 'later', 'around', 'throughout', 'the', 'end', 'start', 'beginning', 'until']);
/** Words before an expression that make it a bound, not the time of the event ("until 2016", "by 2030"). */
const BOUND_WORDS = new Set(['until', 'till', 'by', 'before', 'after', 'between', 'than']);
const FUTURE = /\b(?:will|shall|['’]ll|would|(?:is|are|set|due|scheduled|expected|planning|plans?) to|next|coming|tomorrow)\b/i;

/**
 * Words between a trigger and an expression that put the expression in another clause: "which
 * it cut in 2016", "after talks on Monday", "the ministry said on Monday".
 */
const BOUNDARIES = new Set([
  ';', ':', '—', '(', ')', 'which', 'who', 'whom', 'whose', 'that', 'when', 'while', 'after', 'before', 'until', 'since', 'although', 'though',
  'because', 'whereas', 'despite', 'but', 'yet', 'however', 'where', 'as', 'once', 'if', 'said', 'says', 'say', 'told', 'announced', 'reported', 'added', 'stated',
]);
const APPOSITION = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their']);

const pad = (n: number) => String(n).padStart(2, '0');
const dayString = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** Noon of a publication date (YYYY-MM-DD) in UTC: the reference relative expressions are read against. */
function referenceOf(published: string | undefined): Date | undefined {
  if (!published || !/^\d{4}-\d{2}-\d{2}$/.test(published)) return undefined;
  const date = new Date(`${published}T12:00:00Z`);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

const cache = new WeakMap<Sentence, Map<string, TimeExpression[]>>();

/**
 * The time expressions of a sentence, resolved against the publication date (YYYY-MM-DD):
 * without one, only expressions that name their year. Memoized per sentence.
 */
export function timeExpressions(sentence: Sentence, published: string | undefined): TimeExpression[] {
  const key = published ?? '';
  const known = cache.get(sentence)?.get(key);
  if (known) return known;
  const found = CUE.test(sentence.text) ? findExpressions(sentence, referenceOf(published)) : [];
  const bySentence = cache.get(sentence) ?? new Map<string, TimeExpression[]>();
  bySentence.set(key, found);
  cache.set(sentence, bySentence);
  return found;
}

function findExpressions(sentence: Sentence, reference: Date | undefined): TimeExpression[] {
  const words = lowerWords(sentence);
  const out: TimeExpression[] = [];
  // A fixed reference when the article has none: only expressions that name their year are kept then.
  const results = DATE_TEXT.test(sentence.text) ? chrono.parse(sentence.text, { instant: reference ?? new Date('2000-06-15T12:00:00Z'), timezone: 0 }) : [];
  for (const result of results) {
    const first = tokenAt(sentence, result.index);
    const last = tokenAt(sentence, result.index + result.text.length - 1);
    const date = resolveResult(result, reference, words, first);
    if (date) out.push(widen({ first, last, text: '', date }, words, sentence));
  }
  for (let i = 0; i < words.length; i++) {
    if (out.some((e) => i >= e.first && i <= e.last)) continue;
    const year = yearAt(words, i);
    if (year) out.push(widen({ first: i, last: i, text: '', date: year }, words, sentence));
  }
  return out.filter((e) => !BOUND_WORDS.has(words[e.first - 1] ?? '') && !BOUND_WORDS.has(words[e.first] ?? '')).sort((a, b) => a.first - b.first);
}

/** The token at a character offset of the sentence text (the last token past its end). */
function tokenAt(sentence: Sentence, offset: number): number {
  const abs = offset + sentence.start;
  const i = sentence.tokens.findIndex((t) => t.end > abs);
  return i === -1 ? sentence.tokens.length - 1 : i;
}

/** A year named as the time of something: "in 2016", "since 2002", "in mid-2021" ("Resolution 2231", "2,000 troops" are not). */
function yearAt(words: readonly string[], i: number): string | undefined {
  const word = words[i] ?? '';
  const compound = /^(?:mid|early|late)-((?:1[89]|20)\d\d)$/.exec(word);
  if (compound) return compound[1];
  if (!/^(?:1[89]|20)\d\d$/.test(word)) return undefined;
  // A range, a decade or a count ("2016-2018", "the 1990s", "of 2000 troops").
  if (/^[-–]$/.test(words[i + 1] ?? '') || /^[a-z]+s$/.test(words[i + 1] ?? '')) return undefined;
  return YEAR_PREPOSITIONS.has(words[i - 1] ?? '') ? word : undefined;
}

/** The date of a chrono result with the precision its text gives, or undefined when it is no usable date. */
function resolveResult(result: chrono.ParsedResult, reference: Date | undefined, words: readonly string[], first: number): string | undefined {
  const text = result.text;
  if (TOO_VAGUE.test(text) || !DATE_WORDS.test(text)) return undefined;
  // "may restore", "a march": month names only capitalized.
  if (/\b(?:may|march)\b/.test(text)) return undefined;
  const s = result.start;
  const isAbsolute = /\b(?:1[89]|20)\d\d\b/.test(text) && s.isCertain('year');
  if (!isAbsolute && !reference) return undefined;
  const year = s.get('year');
  const month = s.get('month');
  const day = s.get('day');
  if (year === null || month === null || day === null) return undefined;
  if (isAbsolute) {
    if (s.isCertain('day')) return `${year}-${pad(month)}-${pad(day)}`;
    return s.isCertain('month') ? `${year}-${pad(month)}` : String(year);
  }
  const ref = reference as Date;
  const before = words.slice(Math.max(0, first - 8), first).join(' ');
  const modifier = words[first - 1] === 'last' || words[first] === 'last' ? 'last' : words[first - 1] === 'next' || words[first] === 'next' ? 'next' : undefined;
  const isFuture = modifier === 'next' || (modifier !== 'last' && FUTURE.test(`${before} ${text.toLowerCase()}`));
  if (s.isCertain('weekday') && !s.isCertain('day')) return weekdayDate(ref, s.get('weekday') ?? 0, isFuture, modifier !== undefined);
  if (s.isCertain('month') && !s.isCertain('year')) {
    const y = yearOfMonth(ref, month, isFuture, modifier !== undefined);
    return s.isCertain('day') ? `${y}-${pad(month)}-${pad(day)}` : `${y}-${pad(month)}`;
  }
  // Relative to the reference ("two years ago", "last month", "yesterday"): chrono counted from it.
  if (s.isCertain('day')) return `${year}-${pad(month)}-${pad(day)}`;
  if (s.isCertain('month')) return `${year}-${pad(month)}`;
  return s.isCertain('year') ? String(year) : undefined;
}

/** "On Monday": the Monday on or before the reference day, or on or after it for a future event ("last", "next": never the day itself). */
function weekdayDate(reference: Date, weekday: number, isFuture: boolean, isStrict: boolean): string {
  const today = reference.getUTCDay();
  let delta = isFuture ? (weekday - today + 7) % 7 : -((today - weekday + 7) % 7);
  if (isStrict && delta === 0) delta = isFuture ? 7 : -7;
  return dayString(new Date(reference.getTime() + delta * 86_400_000));
}

/** The year of a month named without one: the latest such month on or before the reference, or the next one for a future event. */
function yearOfMonth(reference: Date, month: number, isFuture: boolean, isStrict: boolean): number {
  const year = reference.getUTCFullYear();
  const current = reference.getUTCMonth() + 1;
  if (isFuture) return month > current || (month === current && !isStrict) ? year : year + 1;
  return month < current || (month === current && !isStrict) ? year : year - 1;
}

/** Takes the expression's preposition and modifiers into it ("since 2002", "last November", "earlier this month"). */
function widen(e: TimeExpression, words: readonly string[], sentence: Sentence): TimeExpression {
  let first = e.first;
  while (first > 0 && LEAD_WORDS.has(words[first - 1] ?? '') && first > e.first - 3) first--;
  const start = (sentence.tokens[first]?.start ?? sentence.start) - sentence.start;
  const end = (sentence.tokens[e.last]?.end ?? sentence.end) - sentence.start;
  return { ...e, first, text: sentence.text.slice(start, end) };
}

/**
 * True when a word of tokens (from, to) exclusive puts what follows in another clause; after a
 * trigger, an apposition too ("with Peru, a country it fought in 1879").
 */
function isBlocked(words: readonly string[], from: number, to: number, isAfterTrigger: boolean): boolean {
  for (let k = from + 1; k < to; k++) {
    const w = words[k] ?? '';
    if (BOUNDARIES.has(w)) return true;
    if (isAfterTrigger && w === ',' && APPOSITION.has(words[k + 1] ?? '')) return true;
  }
  return false;
}

/**
 * The expression that dates a trigger, among the sentence's expressions and its other triggers.
 * An expression after a trigger belongs to the nearest trigger before it in the same clause
 * ("cut ties in 2016 and restored them in 2023"); one before every trigger ("In 2016, ...")
 * dates the triggers after it that have none of their own, unless a clause boundary or a
 * reporting verb stands between ("On Monday, X said Y had cut ties": the saying).
 */
export function attachTime(expressions: readonly TimeExpression[], sentence: Sentence, trigger: TriggerSpan, triggers: readonly TriggerSpan[]): TimeExpression | undefined {
  if (expressions.length === 0) return undefined;
  const words = lowerWords(sentence);
  const inside = expressions.find((e) => e.first >= trigger.first && e.last <= trigger.last);
  if (inside) return inside;
  const others = triggers.filter((t) => t.first !== trigger.first || t.last !== trigger.last);
  const owned = expressions.find((e) => e.first > trigger.last && !isBlocked(words, trigger.last, e.first, true) && !others.some((t) => t.first > trigger.last && t.last < e.first));
  if (owned) return owned;
  // A leading expression: no trigger stands before it.
  const leading = [...expressions].reverse().find((e) => e.last < trigger.first && !triggers.some((t) => t.last < e.first));
  return leading && !isBlocked(words, leading.last, trigger.first, false) ? leading : undefined;
}

/** The event time of a trigger (the fields a relation or an event carries), or {} when the text gives none. */
export function eventTimeOf(sentence: Sentence, published: string | undefined, trigger: TriggerSpan | undefined, triggers: readonly TriggerSpan[]): Partial<EventTime> {
  if (!trigger) return {};
  const e = attachTime(timeExpressions(sentence, published), sentence, trigger, triggers);
  return e ? { eventDate: e.date, eventText: e.text } : {};
}

/** The precision of a stored event date: its length tells it. */
export const precisionOf = (date: string): 'year' | 'month' | 'day' => (date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day');
