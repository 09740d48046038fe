/**
 * Coreference: "the country", "its", "he", "the two countries", "those countries", "the accords",
 * "the region" resolved to what the article named before. Antecedents are looked up backwards
 * from the pronoun without copying the article's mention history, so the cost per pronoun does
 * not grow with the article.
 */
import { MEMBERSHIPS } from '../gazetteer/memberships.ts';
import { countriesDescribed } from '../gazetteer/regions.ts';
import type { EntityType } from '../vocabulary.ts';
import { gazetteer } from '../gazetteer/index.ts';
import type { ArticleEntity, EntityRegistry, Mention, SentenceScan } from './mentions.ts';

/** The mentions of the article so far, in document order, and those of the current sentence. */
export interface MentionHistory {
  /** Earlier sentences' mentions, in document order (group coreferences left out). */
  readonly before: Mention[];
  /** The current sentence's mentions that precede the pronoun, in token order. */
  readonly current: Mention[];
}

/** How far back an antecedent may be: pronouns refer to what was named recently. Also keeps the
 * cost per pronoun constant, however long the article. */
const REACH = 200;

/** Walks the mentions backwards: the current sentence first, then the earlier ones, up to REACH. */
function* backwards(h: MentionHistory): Generator<Mention> {
  for (let i = h.current.length - 1; i >= 0; i--) yield h.current[i] as Mention;
  for (let i = h.before.length - 1; i >= Math.max(0, h.before.length - REACH); i--) yield h.before[i] as Mention;
}

/** The last actor of one of `types` named before (never an adjective such as "the Israeli strikes"). */
export function lastActor(h: MentionHistory, types: EntityType[]): ArticleEntity | undefined {
  for (const m of backwards(h)) if (types.includes(m.entity.type) && isActing(m)) return m.entity;
  return undefined;
}

/** A mention that can be an antecedent: not a place, not an adjective inside a phrase. */
const isActing = (m: Mention): boolean => m.role !== 'place' && !(m.kind === 'demonym' && m.role === 'modifier');

export const lastCountry = (h: MentionHistory): ArticleEntity | undefined => lastActor(h, ['Country']);

/** The last actor named before that `accept` takes. */
function lastActorWhere(h: MentionHistory, accept: (e: ArticleEntity) => boolean): ArticleEntity | undefined {
  for (const m of backwards(h)) if (accept(m.entity) && isActing(m)) return m.entity;
  return undefined;
}

/** The last `count` distinct countries named, oldest first. */
export function lastCountries(h: MentionHistory, count: number): ArticleEntity[] {
  const found: ArticleEntity[] = [];
  for (const m of backwards(h)) {
    if (found.length >= count) break;
    if (m.entity.type === 'Country' && !found.includes(m.entity)) found.push(m.entity);
  }
  return found.reverse();
}

/** The last coordinated list of entities of a type ("Turkey, Pakistan and Azerbaijan"). */
export function lastGroup(h: MentionHistory, type: EntityType = 'Country'): ArticleEntity[] {
  for (const group of groupsBackwards(h, type)) return group;
  return [];
}

/** The coordinated lists of `type` named before, newest first: mentions in one sentence at most three tokens apart. */
function* groupsBackwards(h: MentionHistory, type: EntityType): Generator<ArticleEntity[]> {
  let group: ArticleEntity[] = [];
  let next: Mention | undefined;
  for (const m of backwards(h)) {
    if (m.entity.type !== type || m.role === 'modifier') continue;
    if (group.length > 0 && next && (m.sentence !== next.sentence || next.first - m.last > 3)) {
      yield group;
      group = [];
    }
    if (!group.includes(m.entity)) group.unshift(m.entity);
    next = m;
  }
  if (group.length > 0) yield group;
}

/** Numbers that count a group of countries or people ("the three governments"). */
const COUNTS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
/** Collective nouns with a size ("the trio", "the duo"): the countries or people last named, that many. */
const COLLECTIVES: Record<string, number> = { duo: 2, pair: 2, trio: 3, quartet: 4, quintet: 5 };
/** Nouns that, after "the", stand for the organization named last ("the group’s spokesman", "the bloc"). */
const ORGANIZATION_NOUNS = /^(group|militia|movement|organi[sz]ation|rebels|militants|bloc|insurgents|alliance|union|grouping|coalition)$/;
/** A state named by its kind: "the kingdom", "the emirate". */
const STATE_NOUNS = /^(country|nation|kingdom|republic|emirate|sultanate|government|regime|junta|administration)$/;
/** Plural nouns for states or their governments. */
const STATES_PLURAL = /^(countries|nations|states|republics|governments|neighbou?rs|sides|parties|capitals|allies)$/;
/** Plural nouns for people who lead or represent states. */
const LEADERS_PLURAL = /^(leaders|presidents|ministers|premiers|heads|men|women|officials|counterparts|diplomats|envoys|delegations)$/;
/** A person named by an office ("the minister", "the Venezuelan leader"). */
const OFFICE_NOUNS = /^(president|leader|minister|premier|chancellor|king|monarch|emir|prince|ambassador|envoy|spokesman|spokeswoman|spokesperson|secretary|commander|general|diplomat)$/;
/** Words between a demonym and an office that name which office ("the Iraqi prime minister"). */
const OFFICE_QUALIFIERS = /^(prime|foreign|defen[cs]e|interior|finance|deputy|vice|top|chief|army|military|trade|energy)$/;
/** Nouns for an agreement or a law named before ("the deal", "the law"). */
const AGREEMENT_NOUNS = /^(accords?|agreements?|declaration|deal|treaty|pact|memorandum|framework|charter|convention)$/;
const LEGISLATION_NOUNS = /^(law|act|bill|legislation|resolution|decree|section|amendment)$/;

/** Nouns for an act named before ("condemned the move"): they stand for whoever did it. */
const EVENT_NOUNS = /^(move|decision|step|announcement|measures?|sanctions|expulsion|recognition|order|plan|strikes|attacks?|action|actions|policy|policies|invasion|offensive|deployment|withdrawal|annexation)$/;

/** The words that can open a coreference: other tokens are skipped early. */
const COREFERENCE_WORDS = new Set(['state', 'neighbours', 'neighbors', 'these', 'its', 'it', 'he', 'she', 'him', 'her', 'his', 'both', 'those', 'their', 'them', 'they', 'region', 'ministry', ...COUNTS, ...Object.keys(COLLECTIVES)]);
const isCoreferenceWordUncached = (w: string) =>
  COREFERENCE_WORDS.has(w) || EVENT_NOUNS.test(w) || STATE_NOUNS.test(w) || ORGANIZATION_NOUNS.test(w) || AGREEMENT_NOUNS.test(w) || LEGISLATION_NOUNS.test(w) || OFFICE_NOUNS.test(w) || STATES_PLURAL.test(w) || w === 'members';
/** The answer per word, remembered: every token of every sentence asks. */
const coreferenceWords = new Map<string, boolean>();
const isCoreferenceWord = (w: string): boolean => {
  let known = coreferenceWords.get(w);
  if (known === undefined) coreferenceWords.set(w, (known = isCoreferenceWordUncached(w)));
  return known;
};

/** Adds coreference mentions to a sentence whose names are already recognized. */
export function resolveCoreference(scan: SentenceScan, before: Mention[], registry: EntityRegistry): void {
  const named = scan.mentions.slice().sort((a, b) => a.first - b.first);
  for (let i = 0; i < scan.tokens.length; i++) {
    if (scan.covered[i]) continue;
    const w = scan.word(i);
    if (!isCoreferenceWord(w)) continue;
    // Antecedents are what came before the pronoun, never what follows it.
    const h: MentionHistory = { before, current: named.filter((m) => m.last < i) };
    const added = resolveAt(scan, i, w, h, registry);
    if (added) {
      named.push(added);
      named.sort((a, b) => a.first - b.first);
    }
  }
}

/** The last `count` distinct people named, oldest first. */
function lastPeople(h: MentionHistory, count: number): ArticleEntity[] {
  const found: ArticleEntity[] = [];
  for (const m of backwards(h)) {
    if (found.length >= count) break;
    if (m.entity.type === 'Person' && !found.includes(m.entity)) found.push(m.entity);
  }
  return found.reverse();
}

/**
 * The plural a group noun refers to: the last coordinated list when it has the right size (or any
 * size, when uncounted), else the last `count` countries (or people, for "the two leaders").
 */
function lastPlural(h: MentionHistory, count: number | undefined, people: boolean): ArticleEntity[] {
  const list = lastGroup(h, people ? 'Person' : 'Country');
  if (list.length >= 2 && (count === undefined || list.length === count)) return list;
  // "the three nations" after a list of three and a country named alone since: the list.
  if (count !== undefined && count >= 3) {
    for (const earlier of groupsBackwards(h, people ? 'Person' : 'Country')) if (earlier.length === count) return earlier;
  }
  const found = people ? lastPeople(h, count ?? 2) : lastCountries(h, count ?? 2);
  return found.length === (count ?? 2) ? found : [];
}

/** The `count` countries named last, else the `count` people ("the two signed", "the trio"). */
function lastCountriesOrPeople(h: MentionHistory, count: number): ArticleEntity[] {
  const countries = lastPlural(h, count, false);
  return countries.length > 0 ? countries : lastPlural(h, count, true);
}

/** The country a person mention was introduced with ("Polish Minister X", "Poland’s X"), or the person’s listed country. */
function countryOfPerson(h: MentionHistory, person: Mention): string | undefined {
  const all = [...h.before, ...h.current];
  const at = all.indexOf(person);
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) {
    const m = all[k];
    if (!m || m.sentence !== person.sentence) break;
    const start = person.titleFirst ?? person.first;
    if (m.entity.type === 'Country' && (m.last === start - 1 || (m.isPossessive && m.last === start - 2))) return m.entity.known?.iso2;
  }
  // "Foreign Minister X of Peru".
  const after = all[at + 1];
  if (after && after.sentence === person.sentence && after.entity.type === 'Country' && after.first === person.last + 2) return after.entity.known?.iso2;
  return person.entity.known?.roles?.find((r) => r.country)?.country;
}

/** "the Polish minister", "the Venezuelan leader", "the minister": the last person of that office (and country). */
function lastOfficeHolder(h: MentionHistory, office: string, country: ArticleEntity | undefined): ArticleEntity | undefined {
  for (const m of backwards(h)) {
    if (m.entity.type !== 'Person' || m.kind === 'coreference') continue;
    const title = (m.title ?? m.entity.known?.roles?.map((r) => r.role).join(' ') ?? '').toLowerCase();
    const holdsOffice = title.includes(office) || (office === 'leader' && /president|prime minister|premier|king|chancellor|emir/.test(title));
    if (!holdsOffice) continue;
    if (!country || countryOfPerson(h, m) === country.known?.iso2) return m.entity;
  }
  return undefined;
}

/**
 * The subject of the last earlier sentence that opens with one: its first actors, coordinated
 * ("Norway, Spain and Ireland recognized Palestine."), the doers of whatever act it states.
 */
function lastSubject(h: MentionHistory): ArticleEntity[] {
  for (let k = h.before.length - 1; k >= Math.max(0, h.before.length - REACH); k--) {
    const m = h.before[k]!;
    const previous = h.before[k - 1];
    if (previous && previous.sentence === m.sentence) continue;
    // m is the first mention of its sentence: a subject when it opens the sentence and acts.
    if (m.first > 2 || m.role !== 'actor' || !['Country', 'Organization', 'Person'].includes(m.entity.type)) return [];
    const subject = [m.entity];
    for (let j = k + 1; j < h.before.length && h.before[j]!.sentence === m.sentence; j++) {
      const next = h.before[j]!;
      const isListed = next.first - h.before[j - 1]!.last <= 2 && next.role === 'actor' && next.entity.type === m.entity.type;
      if (!isListed) break;
      subject.push(next.entity);
    }
    return subject;
  }
  return [];
}

/**
 * The plural noun for states or leaders a count opens, right after it or past up to two describing
 * words ("the two countries", "the three Baltic states", "two hard-line Israeli ministers"); -1 if none.
 */
function pluralNounAfter(scan: SentenceScan, i: number): number {
  for (let k = i + 1; k <= i + 3; k++) {
    const w = scan.word(k);
    if (STATES_PLURAL.test(w) || LEADERS_PLURAL.test(w)) return k;
    if (!/^[\p{L}-]+$/u.test(w) || DESCRIBING_STOP.test(w)) return -1;
  }
  return -1;
}
/** Words that end a count's description: it counts something else ("two of the countries", "both sides' leaders"). */
const DESCRIBING_STOP = /^(of|and|or|the|a|an|in|on|at|to|for|with|by|from|were|are|was|is|have|has|had|more|other|days|years|weeks|months|times)$/;

/** A verb right after a bare "the two" or "both" ("the two signed", "both agreed"): they are the subject. */
const isVerbAfter = (w: string) => /^(have|had|has|are|were|will|would|agreed|signed|met|fought|held|said|also|share|shared|must|should|can|could)$/.test(w) || /ed$/.test(w);

/** A region named by its adjective ("Southeast Asian", "African"): it may describe a country. */
const isRegionAdjective = (scan: SentenceScan, m: Mention) => m.entity.type === 'Place' && /(?:an|ern)$/.test(scan.text(m.first, m.last));

/** Whether token k is inside a region's adjective. */
const isRegionWord = (scan: SentenceScan, k: number) => scan.mentions.some((m) => m.first <= k && k <= m.last && isRegionAdjective(scan, m));

/** Where "the" opens a description ending at token i: one to three words no entity covers but a region's adjective ("the South American country"). */
function describedFrom(scan: SentenceScan, i: number): number {
  for (let k = i - 2; k >= Math.max(0, i - 4); k--) {
    if (scan.covered[k + 1] && !isRegionWord(scan, k + 1)) return -1;
    if (scan.word(k) === 'the') return k;
  }
  return -1;
}

/**
 * The state of the person named last: a known person's, or the country that qualifies the title
 * they were named with ("Chilean President Ana Rojas", "Peru’s envoy Luis Soto").
 */
function personState(h: MentionHistory, registry: EntityRegistry): ArticleEntity | undefined {
  const recent = [...backwards(h)];
  const person = recent.find((m) => m.entity.type === 'Person' && m.role !== 'place')?.entity;
  if (!person) return undefined;
  const roles = person.known?.roles ?? [];
  const iso = person.known?.country ?? roles[roles.length - 1]?.country;
  const known = iso ? gazetteer().countriesByIso2.get(iso) : undefined;
  if (known) return registry.fromKnown(known);
  const titled = recent.find((m) => m.entity === person && m.kind !== 'coreference' && m.titleFirst !== undefined);
  const titleFirst = titled?.titleFirst;
  if (!titled || titleFirst === undefined) return undefined;
  return recent.find((m) => m.sentence === titled.sentence && m.entity.type === 'Country' && (m.last === titleFirst - 1 || (m.isPossessive && m.last === titleFirst - 2)))?.entity;
}

/** Nouns for a body's member states after its name ("the AES countries", "NATO allies", "EU member states"). */
const MEMBER_NOUNS = /^(countries|nations|states|members|allies|governments)$/;

/**
 * "The AES countries entered an alliance": the member states of a body the gazetteer knows, those
 * the article has named (two or more), in the order it named them.
 */
function bodyMembers(scan: SentenceScan, i: number, w: string, h: MentionHistory): { states: ArticleEntity[]; body: ArticleEntity; first: number } | undefined {
  if (!MEMBER_NOUNS.test(w)) return undefined;
  const bodyLast = scan.word(i - 1) === 'member' ? i - 2 : i - 1;
  const body = h.current.find((m) => m.last === bodyLast && m.entity.type === 'Organization' && m.kind !== 'coreference');
  // ("other NATO allies" stands for the members the article did not name.)
  if (body && scan.word(body.first - 1) === 'other') return undefined;
  const members = body && MEMBERSHIPS.get(body.entity.name);
  if (!body || !members) return undefined;
  const isMember = (e: ArticleEntity) => e.type === 'Country' && members.some((x) => x.iso2 === e.known?.iso2);
  const states: ArticleEntity[] = [];
  for (const m of backwards(h)) if (isMember(m.entity) && m.kind !== 'coreference' && !states.includes(m.entity)) states.unshift(m.entity);
  return states.length >= 2 ? { states, body: body.entity, first: bodyLast + 1 } : undefined;
}

/** A coreference mention of tokens first..last for a list of two or more entities (its head, the rest as its group). */
function addGroup(scan: SentenceScan, list: ArticleEntity[], first: number, last: number, extra: Partial<Mention> = {}): Mention | undefined {
  const [head, ...rest] = list;
  return head && rest.length > 0 ? scan.add(head, first, last, 'coreference', { group: rest, ...extra }) : undefined;
}

function resolveAt(scan: SentenceScan, i: number, w: string, h: MentionHistory, registry: EntityRegistry): Mention | undefined {
  const next = scan.word(i + 1);
  const prev = scan.word(i - 1);
  const members = bodyMembers(scan, i, w, h);
  if (members) return addGroup(scan, members.states, members.first, i, { membersOf: members.body });
  if (STATE_NOUNS.test(w) && prev === 'the' && next !== 'of') {
    const c = lastCountry(h);
    return c && scan.add(c, i - 1, i, 'coreference');
  }
  // "the South American country", "the Gulf kingdom", "the small African nation": a description of the last country.
  const described = (STATE_NOUNS.test(w) || w === 'state') && next !== 'of' ? describedFrom(scan, i) : -1;
  if (described !== -1) {
    // "the Gulf state": the last country of that region; none when no country of it was named.
    // ("state" alone is too often something else: "the Indian state of Assam", "the state media".)
    const region = countriesDescribed(scan.text(described + 1, i - 1));
    if (w === 'state' && !region) return undefined;
    const c = region ? lastActorWhere(h, (e) => e.type === 'Country' && region.has(e.known?.iso2 ?? '')) : lastCountry(h);
    if (!c) return undefined;
    // The region named inside the description qualifies the country; it is not where anything happens.
    for (const m of scan.mentions) if (m.first > described && m.last < i && isRegionAdjective(scan, m)) m.role = 'modifier';
    return scan.add(c, described, i, 'coreference');
  }
  if (w === 'its' || w === 'it') {
    const c = lastActor(h, ['Country', 'Organization']);
    return c && scan.add(c, i, i, 'coreference', { role: w === 'its' ? 'modifier' : 'actor', isPossessive: w === 'its' });
  }
  // "his country", "her government": the state of the person last named.
  if ((w === 'his' || w === 'her') && /^(country|nation|government|homeland)$/.test(next)) {
    const state = personState(h, registry);
    return state && scan.add(state, i, i + 1, 'coreference', { role: 'actor' });
  }
  if (['he', 'she', 'him', 'her', 'his'].includes(w)) {
    const p = lastActor(h, ['Person']);
    return p && scan.add(p, i, i, 'coreference', { role: w === 'his' || w === 'her' ? 'modifier' : 'actor' });
  }
  // "the AES countries", "the bloc's member states": the countries last listed, named by the body they form.
  if (/^(countries|nations|states|members)$/.test(w)) {
    const body = scan.mentions.find((m) => m.last === i - 1 && m.entity.type === 'Organization' && !m.entity.isStateBody && m.kind !== 'coreference');
    if (body && scan.word(body.first - 1) === 'the') return addGroup(scan, lastGroup(h, 'Country'), i, i);
  }
  // "the two countries", "all three nations", "both sides", "the sides", "those countries", "the two leaders".
  const counted = COUNTS.indexOf(w);
  const noun = counted >= 0 || w === 'both' || w === 'those' || w === 'these' ? pluralNounAfter(scan, i) : -1;
  if (noun !== -1) {
    const count = counted >= 0 ? counted + 2 : w === 'both' ? 2 : undefined;
    return addGroup(scan, lastPlural(h, count, LEADERS_PLURAL.test(scan.word(noun))), i, noun);
  }
  if (prev === 'the' && (w === 'sides' || w === 'parties')) return addGroup(scan, lastPlural(h, 2, false), i - 1, i);
  // "the border between the countries": the list (or pair) of countries named last ("two of the countries" is a part of it).
  if (prev === 'the' && (w === 'countries' || w === 'nations') && scan.word(i - 2) !== 'of' && !/^(?:of|in|that|which|who|whose|where)$/.test(next)) return addGroup(scan, lastPlural(h, undefined, false), i - 1, i);
  // "the Andean neighbours", "its Balkan neighbors": the two countries named last.
  if (/^neighbou?rs$/.test(w)) {
    const start = prev === 'the' ? i - 1 : describedFrom(scan, i);
    if (start !== -1) return addGroup(scan, lastPlural(h, 2, false), start, i);
  }
  // "The trio, founding members of the bloc": the three countries (else people) named last.
  const size = prev === 'the' ? COLLECTIVES[w] : undefined;
  if (size !== undefined) {
    return addGroup(scan, lastCountriesOrPeople(h, size), i - 1, i);
  }
  // "the two signed", "both agreed", "both of them".
  if ((w === 'two' && prev === 'the' && isVerbAfter(next)) || (w === 'both' && (isVerbAfter(next) || (next === 'of' && scan.word(i + 2) === 'them')))) {
    return addGroup(scan, lastCountriesOrPeople(h, 2), i, w === 'both' && next === 'of' ? i + 2 : i);
  }
  // "their", "they", "them": the list named last, when there is one.
  if (w === 'their' || w === 'they' || w === 'them') {
    const list = lastGroup(h, 'Country');
    const listed = list.length >= 2 ? list : lastGroup(h, 'Person');
    return addGroup(scan, listed, i, i, { role: w === 'their' ? 'modifier' : 'actor', isPossessive: w === 'their' });
  }
  if ((w === 'these' || w === 'those') && /^(groups|organi[sz]ations|militias|movements)$/.test(next)) {
    return addGroup(scan, lastGroup(h, 'Organization'), i, i + 1);
  }
  // "the minister", "the Polish minister", "the Venezuelan leader": the last person of that office.
  if (OFFICE_NOUNS.test(w) && !scan.tokens[i + 1]?.isCapitalized) {
    // "the Peruvian minister", "the Iraqi prime minister".
    const demonym = scan.mentions.find((m) => (m.last === i - 1 || (m.last === i - 2 && OFFICE_QUALIFIERS.test(prev))) && m.entity.type === 'Country' && m.kind === 'demonym');
    const opener = demonym ? scan.word(demonym.first - 1) : prev;
    if (opener !== 'the') return undefined;
    const holder = lastOfficeHolder(h, w, demonym?.entity);
    if (holder) return scan.add(holder, demonym ? demonym.last + 1 : i - 1, i, 'coreference');
    // "the Somali president arrived": no one the article named holds the office, so the state acts through it.
    if (demonym) demonym.role = 'actor';
    return undefined;
  }
  // "Israel condemned the move": whoever made the move, the subject of the sentence before.
  if (EVENT_NOUNS.test(w) && /^(the|this|that|these|such)$/.test(prev)) {
    const [head, ...rest] = lastSubject(h);
    return head && scan.add(head, i - 1, i, 'coreference', rest.length > 0 ? { group: rest } : {});
  }
  if (prev === 'the' && AGREEMENT_NOUNS.test(w)) {
    const a = lastActor(h, ['Agreement']);
    return a && scan.add(a, i - 1, i, 'coreference');
  }
  if (prev === 'the' && LEGISLATION_NOUNS.test(w)) {
    const l = lastActor(h, ['Legislation']);
    return l && scan.add(l, i - 1, i, 'coreference');
  }
  if (prev === 'the' && w === 'ministry') {
    const body = lastActor(h, ['Organization']);
    return body?.isStateBody && /ministry/i.test(body.name) ? scan.add(body, i - 1, i, 'coreference') : undefined;
  }
  // "the bloc", "the regional group" (a name after it, "the armed group Hamas", is the group itself).
  const describedBody = ORGANIZATION_NOUNS.test(w) && prev !== 'the' && !scan.tokens[i + 1]?.isCapitalized ? describedFrom(scan, i) : -1;
  if (ORGANIZATION_NOUNS.test(w) && (prev === 'the' || describedBody !== -1 || scan.tokens[i - 1]?.text.endsWith('-aligned') || scan.tokens[i - 1]?.text.endsWith('-backed'))) {
    const o = lastActor(h, ['Organization']);
    const at = prev === 'the' ? i - 1 : describedBody !== -1 ? describedBody : i;
    return o && !o.isStateBody ? scan.add(o, at, i, 'coreference', { isPossessive: scan.word(i + 1) === '’s' || scan.word(i + 1) === "'s" }) : undefined;
  }
  if (prev === 'the' && w === 'region') {
    const p = lastActor(h, ['Place']);
    return p && scan.add(p, i - 1, i, 'coreference', { role: 'place' });
  }
  return undefined;
}
