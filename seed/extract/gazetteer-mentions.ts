/**
 * Gazetteer mentions: the longest known surface form at each free token, read in context.
 * Metonymy (a capital after a preposition of place is the city, otherwise its government acts),
 * plural demonyms as population groups, demonyms as actors or modifiers by their head noun,
 * ambiguous country names (Georgia, Jordan, Chad) confirmed by context, and hyphenated
 * compounds ("Israel-Azerbaijan") split into their countries.
 */
import { gazetteer, pickHit, tokenKey, type GazetteerHit } from '../gazetteer/index.ts';
import { ACTOR_HEADS, NOT_NAME_WORDS, ORGANIZATION_HEADS, PLACE_NAME_HEADS, TITLE_WORDS } from './lexicon.ts';
import { isPlaceInScope, type ArticleEntity, type EntityRegistry, type MentionRole, type SentenceScan } from './mentions.ts';
import { ADMINISTRATIVE_HEADS } from './open-spans.ts';
import { COMPOUND_QUALIFIER, isApostropheS, longestHit, nameSpan, titleCase } from './spans.ts';
import type { Sentence, Token } from './tokenize.ts';
import { isCommonWord, isGivenName } from './words.ts';

const LOCATION_PREPOSITIONS = new Set(['in', 'to', 'at', 'near', 'into', 'visited', 'visit', 'visiting', 'toward', 'towards', 'across', 'outside', 'inside', 'via', 'around']);
/** Nouns for a population after a demonym ("Russian citizens"). */
const PEOPLE_NOUNS = /^(citizens|nationals|people|civilians|tourists|pilgrims|refugees|migrants|workers|students|residents|villagers|population|minority|minorities|diaspora|expatriates|settlers)$/;
/** Nouns for a community's people or members after its adjective ("Kurdish fighters", "the Druze community"). */
const GROUP_PEOPLE = /^(militants|fighters|rebels|separatists|insurgents|militias?|activists|protesters|demonstrators|communit(?:y|ies)|groups|leaders|families|children|women|men|majority|worshippers|clerics|voters|areas|villages|neighbo(?:u)?rhoods)$/;
/** After "the Saudis": a verb that makes them the state acting. */
const ACTING_AFTER = /^(said|say|says|have|has|had|were|are|accused|claimed|announced|demanded|insisted|argued|responded|rejected|denied|warned|broke|cut|severed)$/;
/** Before "the Qataris": a verb whose object is a state. */
const ACTING_BEFORE = /^(accused|accusing|blamed|blaming|urged|urging|warned|warning|sanctioned|condemned|criticized|criticised)$/;

/** "flew to", "on a trip to", "move its embassy from": motion within the few words before "to" or "from". */
function afterMotion(scan: SentenceScan, to: number): boolean {
  for (let k = to - 1; k >= Math.max(0, to - 6); k--) if (MOTION_WORDS.test(scan.word(k))) return true;
  return false;
}
const MOTION_WORDS = /^(went|go|going|goes|gone|travel\w*|flew|fly|flying|flights?|return\w*|came|come|coming|move[ds]?|moving|head(?:ed|ing|s)?|trips?|visits?|journey\w*|delegations?|arriv\w*|sent|send|back|way|route|drove|sail\w*|deployed|relocat\w*|moved|evacuated|fled|exported|shipped)$/;

/** "the Belarusian capital Minsk", "the city of Kyiv", "Peru’s capital, Lima": a noun that names the capital as a place. */
const PLACE_NOUNS = /^(capital|city|town|port|outskirts|suburbs?|streets|centre|center|residents|mayor)$/;

/** "the Pretoria agreement", "the Minsk talks": a capital naming where something was agreed is the city. */
const NAMED_AFTER_PLACE = /^(agreement|agreements|accord|accords|deal|talks|summit|process|format|declaration|protocol|memorandum|negotiations|conference)$/;

/** Nouns of a force moving on a city ("the march on Moscow", "an advance on Kyiv"): the city is a place. */
const ADVANCE_NOUNS = /^(march|advance|assault|offensive|push|drive)$/;

/** Words before "from" that make a capital a place left ("back from Beijing"), not a sender ("pressure from Beijing"). */
const TRAVEL_WORDS = new Set(['back', 'returned', 'returning', 'flew', 'travelled', 'traveled', 'arrived', 'arriving', 'home', 'departed', 'fled']);

/**
 * A dateline: a place opening the sentence, followed by a comma, a dash, a bracket or a colon
 * ("WASHINGTON, Sep 15 —", "LIMA:"), or alone before a full stop ("OSLO.").
 */
function isDateline(scan: SentenceScan, first: number, last: number): boolean {
  const next = scan.word(last + 1);
  const isAlone = last === scan.tokens.length - 1 || (last === scan.tokens.length - 2 && next === '.');
  return first === 0 && (isAlone || [',', '—', '–', '-', '(', ':'].includes(next));
}

/** What the whole article tells the gazetteer stage: its text and the countries it names. */
export interface ArticleScope {
  fullText: string;
  /** ISO alpha-2 of every country the article names (by name, demonym or capital). */
  countries: Set<string>;
  /** Whether each ambiguous country name is confirmed by the article (computed once per name). */
  ambiguity: Map<string, boolean>;
}

/** Reads the article once for what decides gazetteer hits in every sentence. */
export function articleScope(sentences: Sentence[], fullText: string): ArticleScope {
  const countries = new Set<string>();
  for (const sentence of sentences) {
    for (let i = 0; i < sentence.tokens.length; i++) {
      const found = longestHit(sentence.tokens, i);
      if (!found) continue;
      if (found.hit.entity.type === 'Country' && found.hit.entity.iso2 && !gazetteer().ambiguous[found.hit.entity.name]) countries.add(found.hit.entity.iso2);
      i = found.last;
    }
  }
  return { fullText, countries, ambiguity: new Map() };
}

/** Adds the gazetteer's mentions to a sentence. `onPerson` hears of each person found. */
export function gazetteerMentions(scan: SentenceScan, registry: EntityRegistry, scope: ArticleScope, onPerson: (person: ArticleEntity) => void): void {
  const { tokens } = scan;
  for (let i = 0; i < tokens.length; i++) {
    if (scan.covered[i]) continue;
    const found = longestHit(tokens, i);
    if (found && scan.isFree(i, found.last) && acceptHit(scan, found.hit, i, found.last, scope)) {
      const first = isVariantGivenName(scan, found.hit, i) ? i - 1 : i;
      addHit(scan, registry, found.hit, first, found.last, onPerson);
      i = found.last;
      continue;
    }
    if (!splitCompound(scan, registry, i)) datelinePlace(scan, registry, i);
  }
}

/**
 * "Yasir Arafat" for Yasser Arafat, "Sergei Lavrov" for Sergey Lavrov: a known person's surname after
 * a capitalized word that spells the given name another way (same initial), which belongs to the name.
 */
function isVariantGivenName(scan: SentenceScan, hit: GazetteerHit, i: number): boolean {
  const before = scan.tokens[i - 1];
  const given = hit.entity.name.split(' ')[0] ?? '';
  return hit.entity.type === 'Person' && !!before && before.isCapitalized && scan.isFree(i - 1, i - 1) && given !== before.text && hit.entity.name.includes(' ')
    && before.text.charAt(0) === given.charAt(0) && !TITLE_WORDS.has(before.text.toLowerCase()) && !longestHit(scan.tokens, i - 1) && !isCommonWord(before.text);
}

/** "RIO DE JANEIRO, Dec 20 —", "ANKARA (AA) –": an upper-case dateline names a place. */
function datelinePlace(scan: SentenceScan, registry: EntityRegistry, i: number): void {
  if (i !== 0 || !/^\p{Lu}{3,}$/u.test(scan.tokens[0]?.text ?? '')) return;
  let last = 0;
  while (/^(?:\p{Lu}{2,}|DE|DA|DO|DEL|LA|EL|AL)$/u.test(scan.tokens[last + 1]?.text ?? '')) last++;
  if (!isDateline(scan, 0, last)) return;
  const words = scan.tokens.slice(0, last + 1).map((t) => (/^(DE|DA|DO|DEL|LA|EL)$/.test(t.text) ? t.text.toLowerCase() : t.text.charAt(0) + t.text.slice(1).toLowerCase()));
  const hit = gazetteer().byTokens.get(tokenKey(words))?.[0];
  const name = hit && (hit.kind === 'capital' || hit.entity.type === 'Place') ? (hit.kind === 'capital' ? words.join(' ') : hit.entity.name) : words.join(' ');
  const country = hit?.kind === 'capital' ? hit.entity.iso2 : hit?.entity.country;
  const place = registry.placeFor(name, country);
  scan.add(place, 0, last, 'pattern', { role: 'place' });
}

/** Whether a hit names its entity here ("Washington Institute" is not Washington; "Chad Smith" not Chad). */
function acceptHit(scan: SentenceScan, hit: GazetteerHit, first: number, last: number, scope: ArticleScope): boolean {
  const { tokens } = scan;
  // "Washington Institute for Near East Policy": a place name opening an organization's name.
  const run = nameSpan(tokens, first);
  if (run && run.last > last && hit.entity.type !== 'Organization' && !opensTitle(tokens, last + 1) && tokens.slice(last + 1, run.last + 1).some((t) => ORGANIZATION_HEADS.has(t.text))) {
    return false;
  }
  // "Tren de Aragua", "Casa de Nariño": a place after a particle that joins it to a capitalized word no list holds.
  if (hit.entity.type !== 'Organization' && JOINING_PARTICLES.has(tokens[first - 1]?.text ?? '') && tokens[first - 2]?.isCapitalized && !scan.covered[first - 2] && !longestHit(tokens, first - 2)) return false;
  // "South American", "Central Asian", "East African": a region's adjective, not the country's ("South Korean" is matched whole before).
  if ((hit.kind === 'demonym' || hit.kind === 'demonym-plural') && /^(?:South|North|East|West|Central|Latin|Southeast|Southern|Northern|Eastern|Western|Sub-Saharan)$/.test(tokens[first - 1]?.text ?? '')) return false;
  // "Simon Harris" is not Kamala Harris: a known surname after another given name is another person's.
  if (hit.entity.type === 'Person' && first === last && isGivenName(tokens[first - 1]?.text ?? '')) return false;
  // "Petro Poroshenko" is not Gustavo Petro: a known surname followed by another name opens another person's name.
  if (hit.entity.type === 'Person' && first === last && hit.entity.name.endsWith(` ${tokens[first]?.text ?? ''}`) && continuesName(tokens[last + 1])) return false;
  // "Rafael Soto": a known one-word name that is also a given name, opening a person's name.
  if (first === last && isGivenName(tokens[first]?.text ?? '') && continuesName(tokens[last + 1])) return false;
  // "Santiago Peña", "Carlos Santiago": a city's name inside a person's name.
  // ("White House Press Secretary X": capitalized words that end in a title do not continue the name.)
  if ((hit.kind === 'capital' || hit.entity.geo) && ((continuesName(tokens[last + 1]) && !opensTitle(tokens, last + 1)) || isGivenName(tokens[first - 1]?.text ?? ''))) return false;
  // "Trade Representative Jamieson Greer": a place's name after a title and a capitalized word is a surname.
  if (hit.entity.geo && first === last && /^\p{Lu}\p{Ll}/u.test(tokens[first - 1]?.text ?? '') && TITLE_WORDS.has(tokens[first - 2]?.text.toLowerCase() ?? '')) return false;
  if (!isPlaceInScope(hit.entity, scope.countries)) return false;
  const rule = gazetteer().ambiguous[hit.entity.name];
  if (!rule || hit.kind !== 'name') return true;
  if (rule.reject.test(scan.sentence.text)) return false;
  const next = tokens[last + 1];
  const prev = tokens[first - 1];
  if (next?.isCapitalized && /^\p{Lu}\p{Ll}/u.test(next.text) && !isApostropheS(next)) return false; // "Chad Smith"
  if (prev?.isCapitalized && /^\p{Lu}\p{Ll}+$/u.test(prev.text) && !NOT_NAME_WORDS.has(prev.text)) return false; // "Michael Jordan"
  let confirmed = scope.ambiguity.get(hit.entity.name);
  if (confirmed === undefined) {
    confirmed = rule.confirm.test(scope.fullText) || !rule.reject.test(scope.fullText);
    scope.ambiguity.set(hit.entity.name, confirmed);
  }
  return confirmed;
}

/** Particles of Romance names that join two capitalized words into one name. */
const JOINING_PARTICLES = new Set(['de', 'del', 'da', 'do', 'dos', 'das', 'di']);

/** Capitalized words from k that end in a title within three words ("Press Secretary", "Chief Negotiator"). */
function opensTitle(tokens: Token[], k: number): boolean {
  for (let h = k; h < Math.min(tokens.length, k + 3); h++) {
    const t = tokens[h]!;
    if (!t.isCapitalized) return false;
    if (TITLE_WORDS.has(t.text.toLowerCase())) return true;
  }
  return false;
}

/** A capitalized word that continues a name (not "Monday", not a title, not "’s"). */
function continuesName(next: Token | undefined): boolean {
  return !!next && /^\p{Lu}\p{Ll}/u.test(next.text) && !NOT_NAME_WORDS.has(next.text) && !ORGANIZATION_HEADS.has(next.text) && !PLACE_NAME_HEADS.has(next.text) && !TITLE_WORDS.has(next.text.toLowerCase()) && !isApostropheS(next);
}

function addHit(scan: SentenceScan, registry: EntityRegistry, hit: GazetteerHit, first: number, last: number, onPerson: (person: ArticleEntity) => void): void {
  const { tokens } = scan;
  const before = scan.word(first - 1);
  if (hit.kind === 'capital') {
    // Metonymy: a capital after a preposition of place is the city; otherwise the government.
    const before2 = scan.word(first - 2);
    // "to" is a place only after motion ("flew to Baku"), not after "surrendered to Baku";
    // a capital with a possessive is its government ("Moscow’s operation").
    const isPreposition = before === 'to' ? afterMotion(scan, first - 1) : LOCATION_PREPOSITIONS.has(before);
    const isLocation = !isApostropheS(tokens[last + 1]) && (isPreposition || (before === 'the' && (LOCATION_PREPOSITIONS.has(before2) || before2 === 'of'))
      || (before === 'from' && (TRAVEL_WORDS.has(before2) || afterMotion(scan, first - 1))) || isDateline(scan, first, last)
      || PLACE_NOUNS.test(before) || ((before === 'of' || before === ',') && PLACE_NOUNS.test(before2))
      || NAMED_AFTER_PLACE.test(scan.word(last + 1)) || (before === 'on' && ADVANCE_NOUNS.test(before2)));
    if (isLocation) scan.add(registry.placeFor(scan.text(first, last), hit.entity.iso2), first, last, 'capital', { role: 'place' });
    else scan.add(registry.fromKnown(hit.entity), first, last, 'capital');
    return;
  }
  if (hit.kind === 'demonym-plural') {
    // "the Saudis said", "accused the Qataris of": the state acting; "ethnic Armenians": a group.
    if (before === 'the' && (ACTING_AFTER.test(scan.word(last + 1)) || ACTING_BEFORE.test(scan.word(first - 2)))) {
      scan.add(registry.fromKnown(hit.entity), first, last, 'demonym-plural');
      return;
    }
    const group = registry.fromPattern('Group', scan.text(first, last));
    scan.add(group, first, last, 'pattern');
    if (before === 'ethnic') group.aliases.add(`ethnic ${group.name}`);
    return;
  }
  // "the Batken region (of Kyrgyzstan)": the administrative unit, named with its head as its title is
  // ("Batken Region"); a city of the same name is its seat, not the unit.
  const head = scan.word(last + 1);
  if (hit.entity.geo && ADMINISTRATIVE_HEADS.has(head) && (scan.word(last + 2) !== 'of' || longestHit(tokens, last + 3)?.hit.entity.type === 'Country')) {
    const name = `${hit.entity.name} ${titleCase(head)}`;
    const unit = hit.entity.geo.kind === 'region' ? registry.fromKnown(hit.entity) : registry.fromPattern('Place', name, hit.entity.country ? { country: hit.entity.country } : {});
    if (unit.name === hit.entity.name) unit.name = name;
    scan.add(unit, first, last + 1, hit.kind, { role: 'place' });
    return;
  }
  // "Kurdish fighters", "Hindu pilgrims": a group's adjective names the group only before a noun for its people.
  if (hit.kind === 'demonym' && hit.entity.type === 'Group') {
    if (GROUP_PEOPLE.test(scan.word(last + 1)) || PEOPLE_NOUNS.test(scan.word(last + 1))) scan.add(registry.fromKnown(hit.entity), first, last, 'demonym', { role: 'actor' });
    return;
  }
  const entity = registry.fromKnown(hit.entity);
  if (hit.kind === 'demonym') {
    // The head noun, past coordinated demonyms: "Indian and Chinese commanders".
    let k = last + 1;
    while ((scan.word(k) === 'and' || scan.word(k) === ',') && longestHit(tokens, k + 1)?.hit.kind === 'demonym') k = (longestHit(tokens, k + 1)?.last ?? k) + 1;
    // "Russian citizens", "Hindu pilgrims": the people, a group named by the plural.
    const plural = hit.entity.plurals?.[0];
    if (plural && PEOPLE_NOUNS.test(scan.word(k)) && k === last + 1) {
      scan.add(registry.fromPattern('Group', plural), first, k, 'pattern');
      return;
    }
    // "his Saudi counterpart Faisal X": a head followed by a name introduces the person, who acts.
    const namesPerson = tokens[k + 1]?.isCapitalized === true && !NOT_NAME_WORDS.has(tokens[k + 1]?.text ?? '') && /^(counterpart|leader|envoy|diplomat|official)$/.test(scan.word(k));
    const role: MentionRole = ACTOR_HEADS.has(scan.word(k)) && !namesPerson ? 'actor' : 'modifier';
    scan.add(entity, first, last, 'demonym', { role });
    return;
  }
  if (entity.type === 'Person') onPerson(entity);
  scan.add(entity, first, last, hit.kind);
}

/**
 * "Israel-Azerbaijan", "Azerbaijan–Iran": each country of a hyphenated compound, as actors;
 * "anti-Iran", "Iran-backed": the country as a modifier of what follows.
 */
function splitCompound(scan: SentenceScan, registry: EntityRegistry, i: number): boolean {
  const token = scan.tokens[i];
  if (!token || !/[-–]/.test(token.text) || !/^(?:\p{Lu}|(?:anti|pro|non|post|pre|ex)-\p{Lu})/u.test(token.text)) return false;
  const role: MentionRole = /^\p{Ll}|-\p{Ll}+$/u.test(token.text) ? 'modifier' : 'actor';
  const parts = token.text.split(/([-–])/);
  let offset = token.start;
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p] as string;
    if (part !== '-' && part !== '–') {
      // "South Korea-Japan", "Russia-North Korea": a name's other words stand in the next or previous token.
      const joined = (p === 0 ? joinBefore(scan, i, part) : undefined) ?? (p === parts.length - 1 ? joinAfter(scan, i, part) : undefined);
      const hit = joined?.hit ?? pickHit(gazetteer().byTokens.get(tokenKey([part])) ?? []);
      // ("EU-backed", "NATO-led": a body qualifies what follows as a country does.)
      if (hit && (hit.entity.type === 'Country' || (hit.entity.type === 'Organization' && COMPOUND_QUALIFIER.test(token.text)))) {
        // "a London-based group": where a body is based is the city, not its government.
        const isSeat = hit.kind === 'capital' && /-based$/i.test(token.text);
        const entity = isSeat ? registry.placeFor(part, hit.entity.iso2) : registry.fromKnown(hit.entity);
        const first = joined?.first ?? i;
        const last = joined?.last ?? i;
        const start = joined?.start ?? offset;
        const end = joined?.end ?? offset + part.length;
        const text = scan.sentence.text.slice(start - scan.sentence.start, end - scan.sentence.start);
        entity.aliases.add(text);
        scan.mentions.push({ entity, sentence: scan.sentence.index, first, last, start, end, text, kind: hit.kind, role: isSeat ? 'place' : role, isPossessive: false });
        for (let k = first; k <= last; k++) scan.covered[k] = true;
      }
    }
    offset += part.length;
  }
  return scan.covered[i] ?? false;
}

interface JoinedName {
  hit: GazetteerHit;
  first: number;
  last: number;
  start: number;
  end: number;
}

/** "South Korea-Japan": the compound's first part ends a name that free tokens before it begin. */
function joinBefore(scan: SentenceScan, i: number, part: string): JoinedName | undefined {
  for (let first = Math.max(0, i - 2); first < i; first++) {
    if (!scan.isFree(first, i - 1)) continue;
    const words = [...scan.tokens.slice(first, i).map((t) => t.text), part];
    const hit = pickHit(gazetteer().byTokens.get(tokenKey(words)) ?? []);
    const start = scan.tokens[first]?.start;
    const token = scan.tokens[i];
    if (hit && start !== undefined && token) return { hit, first, last: i, start, end: token.start + part.length };
  }
  return undefined;
}

/** "Russia-North Korea": the compound's last part begins a name that the tokens after it end. */
function joinAfter(scan: SentenceScan, i: number, part: string): JoinedName | undefined {
  for (let last = Math.min(scan.tokens.length - 1, i + 2); last > i; last--) {
    const words = [part, ...scan.tokens.slice(i + 1, last + 1).map((t) => t.text)];
    const hit = pickHit(gazetteer().byTokens.get(tokenKey(words)) ?? []);
    const token = scan.tokens[i];
    const end = scan.tokens[last]?.end;
    if (hit && token && end !== undefined) return { hit, first: i, last, start: token.end - part.length, end };
  }
  return undefined;
}
