/**
 * A relation's aggregates (articles, outlets, first and last date, score, qualifiers) as pure
 * arithmetic over what each supporting article contributes, so that a load adds an article's
 * contribution and a replacement or removal takes the old one out again, without reading the
 * relation's other evidence. Pure: no I/O.
 *
 * Stored on each relation: articleCount; logMiss (Σ per-article log(1 − best confidence), each
 * term rounded to 6 decimals, so any order of adds and subtracts gives the same value) and
 * score = 1 − exp(logMiss); firstSeen, lastSeen; and a tally of how many articles give each
 * outlet and qualifier: `tally` (sorted keys "outlet:Wire A", "commodity:gas", ...) with the
 * aligned counts `tallyArticles`. A key leaves the tally when its count reaches zero; the lists
 * the API reads (outlets, commodities, domains, instruments, roles, statuses, outlet countries)
 * are derived from it. One tally rather than counted lists keeps the Cypher small (Neo4j plans
 * it in a third of the time). Claim statuses are tallied per evidence sentence ("status:hedged"
 * counts the hedged sentences), everything else per article.
 *
 * Time: firstEvent and lastEvent, the earliest and latest event time its sentences state
 * (seed/extract/event-time.ts), read again from the evidence only when an article that held one
 * leaves, as firstSeen and lastSeen are; and a `timeline` of what each publication day added
 * ("2024-03-05|a" articles, "|e" evidence sentences, "|m" the articles' miss terms in millionths),
 * with the aligned `timelineCounts`, so that the relation as known on any day (`asOf`) is a sum
 * over the days up to it, without reading its evidence.
 *
 * The score combines them (docs/EXTRACTION.md): a noisy-or over the articles' best confidence
 * (each already weighted by its claim status), its evidence discounted when few independent
 * outlet countries carry it, and halved when the relation is disputed (asserted or attributed
 * somewhere and denied elsewhere).
 */

/** What one article contributes to a relation. */
export interface ArticleSupport {
  best: number;
  date: string | null;
  outlet: string | null;
  /** The outlet's home country (ISO alpha-2), when known. */
  outletCountry: string | null;
  /** The claim status of each evidence sentence (one per sentence). */
  statuses: string[];
  /** The event time of each evidence sentence that states one (YYYY, YYYY-MM or YYYY-MM-DD). */
  eventDates: string[];
  commodities: string[];
  domains: string[];
  instruments: string[];
  roles: string[];
}

/** Sorted keys with an aligned count each. */
export interface Counted {
  keys: string[];
  counts: number[];
}

/** The lists derived from the tally, each with the prefix of its keys. */
export const TALLY_LISTS = {
  outlets: 'outlet',
  outletCountries: 'country',
  statuses: 'status',
  commodities: 'commodity',
  domains: 'domain',
  instruments: 'instrument',
  roles: 'role',
} as const;
export type TallyList = keyof typeof TALLY_LISTS;
export const TALLY_LIST_NAMES = Object.keys(TALLY_LISTS) as TallyList[];

/** A change to a relation's aggregates: what some articles add minus what others take away. */
export interface AggregateDelta {
  articles: number;
  logMiss: number;
  /** Earliest and latest date added. */
  first: string | null;
  last: string | null;
  /**
   * Earliest and latest date taken away and not added back: when one of them equals the stored
   * first or last date, the dates are read again from the evidence (nothing else is).
   */
  removedFirst: string | null;
  removedLast: string | null;
  /** The same for event times. */
  firstEvent: string | null;
  lastEvent: string | null;
  removedFirstEvent: string | null;
  removedLastEvent: string | null;
  tally: Counted;
  /** What each publication day adds to the relation as known on a day (see the module's comment). */
  timeline: Counted;
}

/** Rounds half away from zero to 6 decimals, as Cypher's round(x, 6) does. */
export const round6 = (x: number) => (Math.sign(x) * Math.round(Math.abs(x) * 1e6)) / 1e6;

/** One article's term of logMiss. */
export const missTerm = (best: number) => round6(Math.log(1 - Math.min(best, 0.99)));

/** The tally keys an article gives: each at most once per article, but a status once per sentence. */
function tallyKeysOf(support: ArticleSupport): string[] {
  const valuesOf = (list: TallyList): (string | null)[] => (list === 'outlets' ? [support.outlet] : list === 'outletCountries' ? [support.outletCountry] : support[list]);
  const perArticle = TALLY_LIST_NAMES.filter((list) => list !== 'statuses').flatMap((list) => valuesOf(list).filter((v): v is string => Boolean(v)).map((v) => `${TALLY_LISTS[list]}:${v}`));
  return [...new Set(perArticle), ...support.statuses.map((s) => `${TALLY_LISTS.statuses}:${s}`)];
}

/** Independent outlet countries discount repetition: sqrt(min(sources, articles) / articles). */
export function independence(articles: number, outletCountries: number, outlets: number): number {
  if (articles <= 0) return 1;
  const sources = outletCountries > 0 ? outletCountries : Math.max(1, outlets);
  return Math.sqrt(Math.min(sources, articles) / articles);
}

/** Asserted or attributed in some evidence and denied in other evidence. */
export const isDisputed = (statuses: string[]) => statuses.includes('denied') && (statuses.includes('asserted') || statuses.includes('attributed'));

/** The relation's score (see the module's comment), rounded to 3 decimals. */
export function scoreOf(logMiss: number, articles: number, tallyKeys: string[]): number {
  const lists = tallyLists(tallyKeys);
  const corroborated = 1 - Math.exp(logMiss * independence(articles, lists.outletCountries.length, lists.outlets.length));
  return Math.round(corroborated * (isDisputed(lists.statuses) ? 0.5 : 1) * 1000) / 1000;
}

/** Cypher: the same score for relation r from its stored aggregates (after the tally lists are set). */
export const SCORE_CYPHER = `round((1 - exp(r.logMiss * CASE WHEN r.articleCount <= 0 THEN 1.0 ELSE
    sqrt(toFloat(CASE WHEN size(r.outletCountries) > 0 THEN size(r.outletCountries) ELSE CASE WHEN size(r.outlets) > 1 THEN size(r.outlets) ELSE 1 END END)
      / r.articleCount) END))
  * CASE WHEN 'denied' IN r.statuses AND ('asserted' IN r.statuses OR 'attributed' IN r.statuses) THEN 0.5 ELSE 1.0 END, 3)`;

function countKeys(adds: string[][], removes: string[][]): Counted {
  const counts = new Map<string, number>();
  for (const values of adds) for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  for (const values of removes) for (const v of values) counts.set(v, (counts.get(v) ?? 0) - 1);
  const keys = [...counts.keys()].filter((k) => counts.get(k) !== 0).sort();
  return { keys, counts: keys.map((k) => counts.get(k) as number) };
}

/** Dates of `removed` not matched by an equal date in `added` (multiset difference). */
function unmatchedDates(removed: (string | null)[], added: (string | null)[]): string[] {
  const left = added.filter((d): d is string => Boolean(d));
  const out: string[] = [];
  for (const date of removed) {
    if (!date) continue;
    const i = left.indexOf(date);
    if (i >= 0) left.splice(i, 1);
    else out.push(date);
  }
  return out.sort();
}

/** An article's entries of the timeline: on its publication day, one article, its sentences, its miss term in millionths. */
function timelineOf(support: ArticleSupport): [string, number][] {
  if (!support.date) return [];
  return [
    [`${support.date}|${TIMELINE.articles}`, 1],
    [`${support.date}|${TIMELINE.evidence}`, support.statuses.length],
    [`${support.date}|${TIMELINE.miss}`, Math.round(-missTerm(support.best) * 1e6)],
  ];
}

/** The suffixes of timeline keys: articles, evidence sentences, miss terms (millionths). */
export const TIMELINE = { articles: 'a', evidence: 'e', miss: 'm' } as const;

function countWeighted(adds: [string, number][][], removes: [string, number][][]): Counted {
  const counts = new Map<string, number>();
  for (const entries of adds) for (const [k, n] of entries) counts.set(k, (counts.get(k) ?? 0) + n);
  for (const entries of removes) for (const [k, n] of entries) counts.set(k, (counts.get(k) ?? 0) - n);
  const keys = [...counts.keys()].filter((k) => counts.get(k) !== 0).sort();
  return { keys, counts: keys.map((k) => counts.get(k) as number) };
}

/** The change to a relation when the `added` articles' support arrives and the `removed` one's leaves. */
export function aggregateDelta(added: ArticleSupport[], removed: ArticleSupport[] = []): AggregateDelta {
  const dates = added.map((a) => a.date).filter((d): d is string => Boolean(d)).sort();
  const gone = unmatchedDates(removed.map((r) => r.date), added.map((a) => a.date));
  const events = added.flatMap((a) => a.eventDates).sort();
  const goneEvents = unmatchedDates(removed.flatMap((r) => r.eventDates), added.flatMap((a) => a.eventDates));
  const sum = (xs: ArticleSupport[]) => xs.reduce((s, a) => s + missTerm(a.best), 0);
  return {
    articles: added.length - removed.length,
    logMiss: round6(sum(added) - sum(removed)),
    first: dates[0] ?? null,
    last: dates[dates.length - 1] ?? null,
    removedFirst: gone[0] ?? null,
    removedLast: gone[gone.length - 1] ?? null,
    firstEvent: events[0] ?? null,
    lastEvent: events[events.length - 1] ?? null,
    removedFirstEvent: goneEvents[0] ?? null,
    removedLastEvent: goneEvents[goneEvents.length - 1] ?? null,
    tally: countKeys(added.map(tallyKeysOf), removed.map(tallyKeysOf)),
    timeline: countWeighted(added.map(timelineOf), removed.map(timelineOf)),
  };
}

/** A relation as known on a day, from its stored timeline: the articles, sentences and score of the days up to it. */
export function knownOn(timeline: Counted, day: string): { articles: number; evidence: number; score: number; lastSeen: string | null } {
  let articles = 0;
  let evidence = 0;
  let miss = 0;
  let lastSeen: string | null = null;
  timeline.keys.forEach((key, i) => {
    const date = key.slice(0, key.indexOf('|'));
    if (date > `${day}\uffff`) return;
    const n = timeline.counts[i] ?? 0;
    if (key.endsWith(`|${TIMELINE.articles}`)) {
      articles += n;
      if (lastSeen === null || date > lastSeen) lastSeen = date;
    } else if (key.endsWith(`|${TIMELINE.evidence}`)) evidence += n;
    else miss += n;
  });
  return { articles, evidence, score: Math.round((1 - Math.exp(-miss / 1e6)) * 1000) / 1000, lastSeen };
}

/** A relation's stored aggregates, as they must be for the given supporting articles. */
export interface Aggregates {
  articleCount: number;
  logMiss: number;
  score: number;
  firstSeen: string | null;
  lastSeen: string | null;
  firstEvent: string | null;
  lastEvent: string | null;
  tally: Counted;
  timeline: Counted;
}

/** The aggregates of a relation supported by exactly these articles (the check and repairs use it). */
export function aggregate(articles: ArticleSupport[]): Aggregates {
  const delta = aggregateDelta(articles);
  return {
    articleCount: delta.articles,
    logMiss: delta.logMiss,
    score: scoreOf(delta.logMiss, delta.articles, delta.tally.keys),
    firstSeen: delta.first,
    lastSeen: delta.last,
    firstEvent: delta.firstEvent,
    lastEvent: delta.lastEvent,
    tally: delta.tally,
    timeline: delta.timeline,
  };
}

/** Cypher: the sorted union of list `target` and sorted list `added` (entity aliases), touched only when something is new. */
export function unionSorted(target: string, added: string): string {
  return `CASE WHEN all(x IN ${added} WHERE x IN ${target}) THEN ${target}
          ELSE reduce(acc = ${target}, v IN ${added} | CASE WHEN v IN acc THEN acc ELSE [y IN acc WHERE y < v] + v + [y IN acc WHERE y > v] END) END`;
}

/** The derived lists (outlets, commodities, ...) of a tally's keys. */
export function tallyLists(keys: string[]): Record<TallyList, string[]> {
  return Object.fromEntries(TALLY_LIST_NAMES.map((list) => [list, keys.filter((k) => k.startsWith(`${TALLY_LISTS[list]}:`)).map((k) => k.slice(TALLY_LISTS[list].length + 1))])) as Record<TallyList, string[]>;
}

/** The stored lists a counted delta is added to: the tally (default) or the timeline. */
export const TALLY_TARGET = { keys: 'r.tally', counts: 'r.tallyArticles' };
export const TIMELINE_TARGET = { keys: 'coalesce(r.timeline, [])', counts: 'coalesce(r.timelineCounts, [])' };

/**
 * Cypher: adds the counted delta (`keys` sorted, aligned `counts`) to relation r's tally (or the
 * lists `target` names); yields a map {k, c} (keys whose count fell to zero are still in it: see positiveKeys).
 */
export function addToTally(keys: string, counts: string, target = TALLY_TARGET): string {
  const merged = `reduce(acc = {k: ${target.keys}, c: ${target.counts}}, i IN range(0, size(${keys}) - 1) |
      CASE WHEN ${keys}[i] IN acc.k
        THEN {k: acc.k, c: [j IN range(0, size(acc.k) - 1) | acc.c[j] + CASE WHEN acc.k[j] = ${keys}[i] THEN ${counts}[i] ELSE 0 END]}
        ELSE {k: [y IN acc.k WHERE y < ${keys}[i]] + ${keys}[i] + [y IN acc.k WHERE y > ${keys}[i]],
              c: [j IN range(0, size(acc.k) - 1) WHERE acc.k[j] < ${keys}[i] | acc.c[j]] + ${counts}[i] + [j IN range(0, size(acc.k) - 1) WHERE acc.k[j] > ${keys}[i] | acc.c[j]]}
      END)`;
  return `CASE WHEN size(${keys}) = 0 THEN {k: ${target.keys}, c: ${target.counts}} ELSE ${merged} END`;
}

/** Cypher: the entries of counted map `m` ({k, c}) whose count is above zero. */
export const positiveKeys = (m: string) => `[j IN range(0, size(${m}.k) - 1) WHERE ${m}.c[j] > 0 | ${m}.k[j]]`;
export const positiveCounts = (m: string) => `[j IN range(0, size(${m}.k) - 1) WHERE ${m}.c[j] > 0 | ${m}.c[j]]`;

/** Cypher: a tally key's count on relation r (0 when absent). */
const tallyCount = (key: string) => `reduce(n = 0, j IN range(0, size(r.tally) - 1) | n + CASE WHEN r.tally[j] = '${key}' THEN r.tallyArticles[j] ELSE 0 END)`;

/** The claim statuses whose evidence sentences a relation counts (r.asserted, r.hedged, ...). */
export const CLAIM_STATUS_NAMES = ['asserted', 'attributed', 'hedged', 'proposed', 'denied'] as const;

/** Cypher (after SET_TALLY_LISTS): outlet count, evidence counts per claim status, disputed, and the score. */
export const SET_CLAIM_FIGURES = [
  ['r.outletCount = size(r.outlets)', ...CLAIM_STATUS_NAMES.map((st) => `r.${st} = ${tallyCount(`${TALLY_LISTS.statuses}:${st}`)}`)].join(', '),
  "r.disputed = 'denied' IN r.statuses AND ('asserted' IN r.statuses OR 'attributed' IN r.statuses)",
  `r.score = ${SCORE_CYPHER}`,
].join('\n             SET ');

/** Cypher: sets the lists derived from r.tally. */
export const SET_TALLY_LISTS = TALLY_LIST_NAMES.map(
  (list) => `r.${list} = [k IN r.tally WHERE k STARTS WITH '${TALLY_LISTS[list]}:' | substring(k, ${TALLY_LISTS[list].length + 1})]`,
).join(', ');
