/**
 * Names no list holds: capitalized spans (with the joiners names use: of, for, on, the, and,
 * al-, bin, de) typed by their head word and their context.
 * - Before the gazetteer: spans with an organization or agreement head ("Qatar News Agency",
 *   "Forum on China-Africa Cooperation", "Shusha Declaration"), so a country inside a name does
 *   not break it.
 * - After the gazetteer and titled people: laws, places ("Gulf of Aden", "X province", "in X"),
 *   people (a role before, an apposition or a verb of speech after, a given name, a surname named
 *   before), organizations ("the militant group X", "X militants", acronyms), cited outlets, and
 *   communities ("Azerbaijan’s Jewish community").
 */
import type { EntityType } from '../vocabulary.ts';
import {
  AGREEMENT_HEADS,
  NAME_PARTICLES,
  ORGANIZATION_CUES,
  ORGANIZATION_HEADS,
  ORGANIZATION_MEMBERS,
  PERSON_ROLES,
  PERSON_TITLES,
  PLACE_HEADS,
  PLACE_NAME_HEADS,
  SPEECH_VERBS,
  TITLE_WORDS,
} from './lexicon.ts';
import type { EntityRegistry, MentionRole, SentenceScan } from './mentions.ts';
import type { Surnames } from './people.ts';
import { isApostropheS, JOINERS_AFTER_OF, legislationAt, longestHit, nameSpan, titleCase, type Span } from './spans.ts';
import { isCommonWord, isGivenName } from './words.ts';

/** A typed span: what it is, the tokens it covers and, for places, that it is a location. */
interface Typed extends Span {
  type: EntityType;
  role?: MentionRole;
  /** The canonical name when it is not the span's text ("Kashmir" for "Kashmir region"). */
  name?: string;
}

function lastIndexOf(scan: SentenceScan, span: Span, heads: Set<string>): number {
  for (let k = span.last; k >= span.first; k--) if (heads.has(scan.tokens[k]?.text ?? '')) return k;
  return -1;
}

/** Before the gazetteer: names with an organization, agreement or place head. */
export function namedBodies(scan: SentenceScan, registry: EntityRegistry): void {
  for (let i = 0; i < scan.tokens.length; i++) {
    if (scan.covered[i] || !scan.tokens[i]?.isCapitalized) continue;
    // "African Growth and Opportunity Act": a law's name, before a region or country inside it is read alone.
    const legislation = legislationAt(scan.tokens, i);
    if (legislation && scan.isFree(i, legislation.last) && (longestHit(scan.tokens, i)?.last ?? -1) < legislation.last) {
      scan.add(registry.fromPattern('Legislation', scan.text(i, legislation.last)), i, legislation.last, 'pattern');
      i = legislation.last;
      continue;
    }
    const span = nameSpan(scan.tokens, i);
    if (!span) continue;
    let { last } = span;
    while (last > span.first && !scan.isFree(span.first, last)) last--;
    if (!scan.isFree(span.first, last)) continue;
    const free = { first: span.first, last };
    // A name the gazetteer holds whole is its to read ("Negev Forum", "European Union").
    // (A name with commas, "United Nations Educational, Scientific and Cultural Organization", runs past the span.)
    const known = longestHit(scan.tokens, free.first)?.last ?? -1;
    if (known >= last) {
      i = known;
      continue;
    }
    // "Gulf of Aden", "Kurdistan Region of Iraq": a place head before an of-phrase, so Aden is not the place.
    const placeHead = lastIndexOf(scan, free, PLACE_NAME_HEADS);
    // "Southern Gas Corridor", "Karvel Oil Field": a commodity before a place head qualifies the place.
    const bodyHead = lastIndexOf(scan, free, ORGANIZATION_HEADS);
    const onlyCommodity = bodyHead === -1 || scan.tokens.slice(free.first, last).every((t) => !ORGANIZATION_HEADS.has(t.text) || COMMODITY_WORDS.has(t.text));
    if ((placeHead >= free.first && scan.word(placeHead + 1) === 'of' && last > placeHead + 1) || (placeHead === last && last > free.first && onlyCommodity)) {
      scan.add(registry.fromPattern('Place', scan.text(free.first, last)), free.first, last, 'pattern', { role: 'place' });
      i = last;
      continue;
    }
    const agreementHead = lastIndexOf(scan, free, AGREEMENT_HEADS);
    const orgHead = lastIndexOf(scan, free, ORGANIZATION_HEADS);
    const head = Math.max(agreementHead, orgHead);
    // A bare head ("Ministry", "Agreement") is not a name; nor is a known name alone.
    if (head <= free.first && !(head === free.first && head < last)) continue;
    // "White House Press Secretary X": a head inside a title is not a body's.
    if (TITLE_WORDS.has(scan.word(head + 1)) && scan.tokens[head + 1]?.isCapitalized) continue;
    // "the African Union Summit of Heads of State and Government": an event of a body, not a body.
    if (scan.tokens.slice(free.first, head).some((t) => EVENT_HEADS.has(t.text))) {
      i = last;
      continue;
    }
    // "Chief of Staff Valery Gerasimov": a title before the name it belongs to is no body.
    if (PERSON_TITLE_SET.has(scan.text(free.first, head).toLowerCase()) && scan.tokens[head + 1]?.isCapitalized) {
      i = head;
      continue;
    }
    const type: EntityType = head === agreementHead ? 'Agreement' : 'Organization';
    // A name ends at its head unless an of-phrase follows it: "Treaty of Versailles", "Ministry of
    // Foreign Affairs", but "European Commission" in "European Commission President Ursula von der Leyen".
    const end = JOINERS_AFTER_OF.has(scan.tokens[head + 1]?.text ?? '') ? last : head;
    scan.add(registry.fromPattern(type, scan.text(free.first, end)), free.first, end, 'pattern');
    i = end;
  }
}

/** After the gazetteer and titled people: the remaining capitalized spans, typed by context. */
export function openSpans(scan: SentenceScan, registry: EntityRegistry, surnames: Surnames): void {
  const { tokens } = scan;
  for (let i = 0; i < tokens.length; i++) {
    if (scan.covered[i] || !tokens[i]?.isCapitalized) continue;
    const legislation = legislationAt(tokens, i);
    if (legislation && scan.isFree(i, legislation.last)) {
      scan.add(registry.fromPattern('Legislation', scan.text(i, legislation.last)), i, legislation.last, 'pattern');
      i = legislation.last;
      continue;
    }
    const span = nameSpan(scan.tokens, i);
    if (!span) continue;
    let { last } = span;
    while (last > span.first && !scan.isFree(span.first, last)) last--;
    if (!scan.isFree(span.first, last)) continue;
    const typed = typeSpan(scan, { first: span.first, last }, surnames);
    if (!typed) {
      i = last;
      continue;
    }
    const name = typed.name ?? scan.text(typed.first, Math.min(typed.last, last));
    const entity = surnames.get(name) ?? registry.fromPattern(typed.type, name);
    if (entity.type === 'Person') surnames.register(entity);
    scan.add(entity, typed.first, typed.last, 'pattern', typed.role ? { role: typed.role } : {});
    i = typed.last;
  }
}

/**
 * "Rapid Support Forces (RSF)", "the Intergovernmental Authority on Development (IGAD)": an
 * acronym in brackets after a name is that entity, here and wherever the article uses it again.
 */
export function bracketedAcronyms(scan: SentenceScan, surnames: Surnames): void {
  for (const m of [...scan.mentions]) {
    if (m.kind === 'coreference' || scan.word(m.last + 1) !== '(' || scan.word(m.last + 3) !== ')') continue;
    const acronym = scan.tokens[m.last + 2]?.text ?? '';
    if (!/^[A-Z][A-Za-z]{1,7}$/.test(acronym) || !/^[A-Z]{2}/.test(acronym) || !scan.isFree(m.last + 2, m.last + 2)) continue;
    surnames.registerAcronym(acronym, m.entity);
    scan.add(m.entity, m.last + 2, m.last + 2, 'pattern', { role: m.role });
  }
}

const PERSON_TITLE_SET = new Set(PERSON_TITLES);
const MODEL_DESIGNATION = /^\p{Lu}[\p{L}]{0,3}-\d+[\p{L}]{0,2}$/u;
/** Heads of events, not bodies: what a name ends in after them is the event's ("Summit of Heads of State"). */
const EVENT_HEADS = new Set(['Summit', 'Summits', 'Meeting', 'Talks', 'Games', 'Olympics', 'Cup']);

const COMMODITY_WORDS = new Set(['Gas', 'Oil', 'Energy', 'Petroleum']);

/** Heads of administrative units, kept in the unit's name ("Sisaket Province"); other heads are not ("the Kharg port"). */
export const ADMINISTRATIVE_HEADS = new Set(['province', 'region', 'district', 'governorate', 'oblast', 'county', 'prefecture', 'municipality']);

/** Decides what a capitalized span names, from its own words first, then from its neighbours. */
export function typeSpan(scan: SentenceScan, span: Span, surnames: Surnames): Typed | undefined {
  const { tokens } = scan;
  const { first, last } = span;
  const words = tokens.slice(first, last + 1).map((t) => t.text);
  const text = scan.text(first, last);
  const next = scan.word(last + 1);
  const prev = scan.word(first - 1);
  const prev2 = scan.word(first - 2);

  // "Chief of Staff Valery Gerasimov": a title before the name it belongs to is no entity.
  if (PERSON_TITLE_SET.has(text.toLowerCase()) && tokens[last + 1]?.isCapitalized) return undefined;
  // "F-16", "MiG-29", "the Sukhoi Su-35": a model of equipment, alone or after its maker, names no entity.
  if (MODEL_DESIGNATION.test(words[words.length - 1] ?? '') && words.length <= 2) return undefined;
  // Its own head: "Gulf of Aden", "Kharg Island", "Itamaraty Palace".
  const placeHead = lastIndexOf(scan, span, PLACE_NAME_HEADS);
  if (placeHead > first || (placeHead === first && scan.word(first + 1) === 'of' && last > first + 1)) return { first, last, type: 'Place', role: 'place' };
  // "Kashmir region", "Tigray province": the place, the head word kept as an alias.
  // ("the mainly Berber region of Kabylie", "the Kurdish region": an adjective, the place comes after "of" or not at all).
  // An administrative unit keeps its head, as its title does ("Kayanza Province"); an area no list
  // holds called a region is as often informal ("the Catatumbo region"), and is named without it.
  const ofCountry = scan.word(last + 2) === 'of' && longestHit(tokens, last + 3)?.hit.entity.type === 'Country';
  if (PLACE_HEADS.has(next) && next !== 'city' && (scan.word(last + 2) !== 'of' || ofCountry) && !/(?:ish|ese|ian|an|i)$/.test(text)) {
    return { first, last: last + 1, type: 'Place', role: 'place', name: ADMINISTRATIVE_HEADS.has(next) && next !== 'region' ? `${text} ${titleCase(next)}` : text };
  }
  // "the city of X", "the town of X", "X" in quotes after a place head.
  if ((prev === 'of' && (PLACE_HEADS.has(prev2) || prev2 === 'town')) || (prev === '"' && PLACE_HEADS.has(scan.word(last + 2)))) {
    return { first, last, type: 'Place', role: 'place' };
  }
  // A person named before by surname, or an acronym defined before.
  const named = words.length === 1 ? surnames.get(text) : undefined;
  if (named) return { first, last, type: named.type, name: named.name };
  // Outlets and agencies cited as sources: "according to Axios", "cited by Agerpres", "X reported".
  if ((prev === 'to' && prev2 === 'according') || (prev === 'by' && prev2 === 'cited') || next === 'reported' || next === 'reports') {
    // "the Greek newspaper X reported": the cue noun before says what speaks.
    return looksLikePerson(scan, span) && !ORGANIZATION_CUES.has(prev) ? { first, last, type: 'Person' } : { first, last, type: 'Organization' };
  }
  // "Pratt & Whitney": names joined by an ampersand are firms.
  if (words.includes('&')) return { first, last, type: 'Organization' };
  // "the Frente Andino Libre (FAL)": a name that defines its acronym is a body's.
  if (words.length >= 2 && next === '(' && scan.word(last + 3) === ')' && /^[A-Z]{2,7}$/.test(tokens[last + 2]?.text ?? '') && tokens[last + 2]?.text[0] === words[0]?.[0]) {
    return { first, last, type: 'Organization' };
  }
  // "the Zaghawa community", "the Hazara minority": a people no list holds.
  if (/^(community|minority|tribe|tribes|clan|clans|tribesmen)$/.test(next) && words.length <= 2 && !isCommonWord(text)) return { first, last, type: 'Group' };
  // "the militant group X", "X militants", "the X bloc", "groups, including X and Y".
  // ("the Shiite group Hezbollah": before a cue that names what follows, the word is an adjective.)
  // ("the Kurdish news agency": an adjective the gazetteer knows qualifies the cue; it names no body.)
  const cueNamesNext = ORGANIZATION_CUES.has(next) && (tokens[last + 2]?.isCapitalized === true || (first === last && longestHit(tokens, first)?.hit.kind === 'demonym'));
  if (ORGANIZATION_CUES.has(prev) || ORGANIZATION_MEMBERS.has(next) || (ORGANIZATION_CUES.has(next) && !cueNamesNext) || isListedAfter(scan, first, ORGANIZATION_CUES)) {
    return { first, last, type: 'Organization' };
  }
  // People: a role before ("the Palestinian leader X"), speech ("said X,", "X said"), an apposition
  // (", the foreign minister"), or a given name.
  // One unknown word that speaks ("Boeing said") is a company or agency; a person would have been
  // named in full before.
  if (isPersonContext(scan, span) && looksLikePerson(scan, span, true)) {
    return { first, last, type: words.length === 1 && SPEECH_VERBS.has(next) && !SURNAME_ENDING.test(text) ? 'Organization' : 'Person' };
  }
  // "X, a militant group", "X — one of the country’s biggest gangs": an apposition that names the kind of body.
  if (isOrganizationApposition(scan, last)) return { first, last, type: 'Organization' };
  // "Uruguay’s Yamandú Orsi": a country's person.
  if (words.length >= 2 && isApostropheS(tokens[first - 1]) && looksLikePerson(scan, span) && longestHit(tokens, first - 2)?.hit.entity.type === 'Country') return { first, last, type: 'Person' };
  // "state-owned Ethio Telecom", "the defence firm Baykar": a name right after a word for a kind of company or outlet.
  if (ORGANIZATION_KINDS.has(prev) && !isGivenName(words[0] ?? '')) return { first, last, type: 'Organization' };
  // Acronyms of organizations ("the RSF", "IGAD"), not of things ("GDP", "LNG").
  if (words.length === 1 && /^[A-Z]{2,6}$/.test(text) && !isCommonWord(text) && !NOT_ORGANIZATION_ACRONYMS.has(text)) return { first, last, type: 'Organization' };
  // A place after a preposition of place: "fighting in Kashmir", "talks in Jeddah" (not a
  // language: "in English").
  if (['in', 'near', 'at', 'from', 'outside', 'across'].includes(prev) && words.length <= 3 && !isGivenName(words[0] ?? '') && !isApostropheS(tokens[last + 1]) && !/(?:ish|ese)$/.test(text)) {
    return { first, last, type: 'Place', role: 'place' };
  }
  // "IHS, Wood Mackenzie and Rystad Energy": an item between organizations in a list is one.
  if (isBetweenOrganizations(scan, first, last)) return { first, last, type: 'Organization' };
  // A given name opening two to four uncommon capitalized words: a person.
  if (words.length >= 2 && words.length <= 4 && prev !== 'the' && isGivenName(words[0] ?? '') && looksLikePerson(scan, span)) return { first, last, type: 'Person' };
  return undefined;
}

/** Whether a span stands in a list ("A, X and B") whose neighbouring items on both sides are organizations. */
function isBetweenOrganizations(scan: SentenceScan, first: number, last: number): boolean {
  const isOrganization = (k: number) => scan.mentions.some((m) => m.entity.type === 'Organization' && m.first <= k && m.last >= k);
  const before = scan.word(first - 1) === ',' && isOrganization(first - 2);
  const after = [',', 'and'].includes(scan.word(last + 1)) && isOrganization(last + 2);
  return before && after;
}

/** Lower-case words for a kind of company or outlet, written before its name. */
const ORGANIZATION_KINDS = new Set(['state-owned', 'state-run', 'company', 'firm', 'operator', 'giant', 'lender', 'carrier', 'maker', 'manufacturer', 'producer', 'conglomerate', 'outlet', 'broadcaster', 'newspaper', 'daily', 'insurer', 'miner', 'refiner', 'shipper', 'startup', 'airline']);

/** Acronyms of things, not organizations. */
const NOT_ORGANIZATION_ACRONYMS = new Set([
  'GDP', 'GNP', 'CEO', 'CFO', 'MP', 'MPS', 'PM', 'FM', 'GOP', 'EEZ', 'CCTV', 'UAV', 'UAVS', 'LNG', 'NGO', 'NGOS', 'AI', 'TV', 'PM', 'AM', 'BC', 'AD', 'COVID', 'HIV', 'AIDS', 'DNA', 'IT', 'ID',
  'VIP', 'HQ', 'OK', 'USD', 'EUR', 'RPG', 'IED', 'IEDS', 'ICBM', 'MLRS', 'LGBT', 'LGBTQ', 'SMS', 'GPS', 'UTC', 'GMT', 'EST', 'CET', 'BBL', 'MW', 'GW', 'KM',
  'WMD', 'POW', 'POWS', 'IDP', 'IDPS', 'FDI', 'VAT', 'CPI', 'OPED', 'PDF', 'URL', 'FAQ', 'APP', 'PHOTO', 'VIDEO', 'READ', 'UPDATE', 'EXCLUSIVE',
]);

/**
 * A name in a list introduced by a cue noun: "militant groups, including X and Y", "groups such
 * as X, Y and Z": the cue stands a few tokens before, with only list words in between.
 */
function isListedAfter(scan: SentenceScan, first: number, cues: Set<string>): boolean {
  if (!LIST_WORDS.has(scan.word(first - 1))) return false;
  for (let k = first - 1; k >= Math.max(0, first - 12); k--) {
    const w = scan.word(k);
    if (cues.has(w) && !scan.tokens[k]?.isCapitalized) return true;
    const isListWord = LIST_WORDS.has(w) || w === 'such' || (scan.tokens[k]?.isCapitalized ?? false);
    if (!isListWord) return false;
  }
  return false;
}

const LIST_WORDS = new Set([',', 'and', 'or', 'including', 'as', 'like', 'namely']);

/** Kin named before a person in apposition ("his son, X,"). */
const KIN = new Set(['son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'father', 'mother', 'widow', 'nephew', 'cousin']);

/** A role, title or verb of speech around the span says it is a person. */
function isPersonContext(scan: SentenceScan, span: Span): boolean {
  const prev = scan.word(span.first - 1);
  const next = scan.word(span.last + 1);
  if (PERSON_ROLES.has(prev) || /^(mr|mrs|ms|dr)\.?$/.test(prev)) return true;
  if (SPEECH_VERBS.has(next) || (SPEECH_VERBS.has(prev) && scan.word(span.last + 1) === ',')) return true;
  if (next === ',') {
    // Apposition: "X, the foreign minister", "X, a spokesman for", "X, who".
    for (let k = span.last + 2; k <= span.last + 6; k++) {
      const w = scan.word(k);
      if (PERSON_ROLES.has(w) || w === 'who') return true;
      if (w === ',' || w === '.') break;
    }
  }
  // Apposition before: "the head of the general staff, X", "the UN envoy for Sudan, X,", "its intelligence chief - X -".
  if (prev === ',' || prev === '-' || prev === '—' || prev === '–') {
    for (let k = span.first - 2; k >= Math.max(0, span.first - 6); k--) {
      const w = scan.word(k);
      if (PERSON_ROLES.has(w) || KIN.has(w)) return true;
      if (w === ',' || w === '.' || SPEECH_VERBS.has(w)) break;
    }
  }
  return false;
}

/**
 * Capitalized words that could be a personal name: no head of a body or place, no lower-case word
 * but name particles ("bin", "de"), the words after the first not everyday words, and the first a
 * given name or not an everyday word either ("Line of Control" is not a person).
 */
function looksLikePerson(scan: SentenceScan, span: Span, inPersonContext = false): boolean {
  const words = scan.tokens.slice(span.first, span.last + 1).map((t) => t.text);
  if (words.length > 5) return false;
  if (words.some((w) => ORGANIZATION_HEADS.has(w) || AGREEMENT_HEADS.has(w) || PLACE_NAME_HEADS.has(w) || /^[A-Z]{2,}$/.test(w) || /\d/.test(w))) return false;
  if (words.some((w) => !/^\p{Lu}/u.test(w) && !NAME_PARTICLES.has(w) && !/^(?:al|el|bin|ibn|abu|ad|as)-/.test(w))) return false;
  // "Philippine President", "Philippine Foreign Secretary": a demonym and a title, not a name.
  if (words.some((w) => TITLE_WORDS.has(w.toLowerCase())) && longestHit(scan.tokens, span.first)?.hit.entity.type === 'Country') return false;
  const [head = '', ...rest] = words;
  // "Donald Tusk": after a given name any surname will do; otherwise no everyday word ("Line of Control").
  // A role or an apposition around the name ("X Gill, a spokesman") lets a surname be an everyday word.
  if (inPersonContext && rest.length > 0) return !isCommonWord(head) || isGivenName(head);
  return isGivenName(head) || (!isCommonWord(head) && rest.filter((w) => /^\p{Lu}/u.test(w)).every((w) => !isCommonWord(w)));
}

/** Endings of surnames across Slavic, Caucasian, Turkic and Balkan languages ("Zelenskiy", "Aliyeva", "Kobakhidze"). */
const SURNAME_ENDING = /(?:enko|chuk|yuk|sk(?:i|iy|yi|y|a|aya)|[oe]vi?ch|[oe]va?|yan|shvili|dze|o[gğ]lu|escu|vi[cć]|owski|ewska)$/;

/** Kind words an apposition names an organization by ("one of the biggest gangs", "a militant group"). */
const APPOSITION_CUES = new Set([...ORGANIZATION_CUES, 'gang', 'gangs', 'cartel', 'cartels', 'militia', 'rebels', 'insurgents']);

/** "X, a militant group that …", "X — one of Venezuela’s biggest gangs": a kind noun within a few words after a comma or dash. */
function isOrganizationApposition(scan: SentenceScan, last: number): boolean {
  if (![',', '—', '–', '('].includes(scan.word(last + 1))) return false;
  const opener = scan.word(last + 2);
  if (!['a', 'an', 'the', 'one'].includes(opener) && !isApostropheS(scan.tokens[last + 3])) return false;
  for (let k = last + 3; k <= last + 8; k++) {
    const t = scan.tokens[k];
    if (!t || [',', '.', '—', '–', ')', 'that', 'which', 'who'].includes(t.text)) return false;
    if (!t.isCapitalized && APPOSITION_CUES.has(t.text)) return true;
  }
  return false;
}

const FAITH_MEMBERS: Record<string, string> = {
  Jewish: 'Jews', Muslim: 'Muslims', Christian: 'Christians', Armenian: 'Armenians', Kurdish: 'Kurds', Greek: 'Greeks', Catholic: 'Catholics', Orthodox: 'Orthodox Christians',
};

/** "Azerbaijan’s long-standing Jewish community": the Jews of that country, a group. */
export function communities(scan: SentenceScan, registry: EntityRegistry): void {
  const { tokens } = scan;
  for (let i = 0; i < tokens.length; i++) {
    if (scan.covered[i] || scan.word(i) !== 'community') continue;
    const faith = tokens.slice(Math.max(0, i - 2), i).find((t) => Object.hasOwn(FAITH_MEMBERS, t.text));
    if (!faith) continue;
    let owner: ReturnType<typeof longestHit>;
    for (let k = Math.max(0, i - 6); k < i && !owner; k++) {
      const hit = longestHit(tokens, k);
      if (hit?.hit.entity.type === 'Country' && (hit.hit.kind === 'demonym' || isApostropheS(tokens[hit.last + 1]))) owner = hit;
    }
    if (!owner) continue;
    const demonym = owner.hit.entity.demonyms?.[0] ?? owner.hit.entity.name;
    const group = registry.fromPattern('Group', `${demonym} ${FAITH_MEMBERS[faith.text] ?? faith.text}`);
    scan.add(group, tokens.indexOf(faith), i, 'pattern');
  }
}
