/**
 * Entity recognition: finds the mentions of entities in an article's sentences and decides
 * what each one refers to. Curated gazetteer first (longest match), then patterns for what
 * the gazetteer does not know (titled people, organizations, agreements, laws, places,
 * groups), then metonymy (a capital as actor is the country) and simple coreference.
 * Pure: text in, mentions out.
 */
import { gazetteer, slugId, TOKEN_KEY_SEPARATOR, tokenKey, type GazetteerHit, type KnownEntity, type SurfaceKind } from '../gazetteer/index.ts';
import type { EntityType } from '../vocabulary.ts';
import {
  ACTOR_HEADS,
  AGREEMENT_HEADS,
  NAME_PARTICLES,
  NOT_NAME_WORDS,
  ORGANIZATION_HEADS,
  PERSON_TITLES,
  PLACE_HEADS,
  STATE_BODY,
} from './lexicon.ts';
import type { Sentence, Token } from './tokenize.ts';

/** An entity as known within one article. */
export interface ArticleEntity {
  id: string;
  name: string;
  type: EntityType;
  known?: KnownEntity;
  aliases: Set<string>;
  /** ISO alpha-2 of the country a body belongs to or a place lies in. */
  country?: string;
  /** A state body ("Iranian Foreign Ministry"): PART_OF its country. */
  isStateBody?: boolean;
}

/** How a mention stands in its sentence; relation rules read it. */
export type MentionRole =
  | 'actor' // a name, a capital or government as actor, a demonym heading an actor phrase
  | 'modifier' // a demonym or possessive inside a larger noun phrase ("Israeli weaponry")
  | 'place'; // a capital or city as location

export interface Mention {
  entity: ArticleEntity;
  sentence: number;
  /** Token indices (inclusive) in the sentence. */
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
  kind: SurfaceKind | 'pattern' | 'coreference';
  role: MentionRole;
  /** Followed by ’s. */
  isPossessive: boolean;
  /** For a person introduced by a title: the title as written ("Foreign Minister"). */
  title?: string;
  /** For a person: the token indices of the title before the name. */
  titleFirst?: number;
  titleLast?: number;
  /** For coordinated coreference ("the two countries"): the other entities it stands for. */
  group?: ArticleEntity[];
}

export interface Recognition {
  entities: Map<string, ArticleEntity>;
  /** Mentions per sentence, in token order. */
  mentions: Mention[][];
}

const LOCATION_PREPOSITIONS = new Set(['in', 'to', 'at', 'near', 'into', 'visited', 'visit', 'visiting', 'toward', 'towards', 'across', 'outside', 'inside', 'via', 'around']);
const lower = (t: Token | undefined) => t?.text.toLowerCase() ?? '';
const isApostropheS = (t: Token | undefined) => t?.text === '’s' || t?.text === "'s";

function titleCase(words: string): string {
  const small = new Set(['of', 'and', 'the', 'for', 'in', 'on']);
  return words
    .split(/\s+/)
    .map((w, i) => (i > 0 && small.has(w.toLowerCase()) ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

class EntityRegistry {
  readonly entities = new Map<string, ArticleEntity>();

  fromKnown(known: KnownEntity): ArticleEntity {
    const existing = this.entities.get(known.id);
    if (existing) return existing;
    const entity: ArticleEntity = {
      id: known.id,
      name: known.name,
      type: known.type,
      known,
      aliases: new Set(),
      ...(known.country ? { country: known.country } : {}),
      ...(known.type === 'Organization' && known.country && isGovernmentName(known.name) ? { isStateBody: true } : {}),
    };
    this.entities.set(entity.id, entity);
    return entity;
  }

  fromPattern(type: EntityType, name: string, extra: Partial<ArticleEntity> = {}): ArticleEntity {
    const id = slugId(type, name);
    const existing = this.entities.get(id);
    if (existing) return existing;
    // A pattern may find a known entity under its canonical name (e.g. a listed leader).
    const known = gazetteer().byTokens.get(tokenKey(name.split(/\s+/)))?.find((h) => h.entity.type === type);
    if (known) return this.fromKnown(known.entity);
    const entity: ArticleEntity = { id, name, type, aliases: new Set(), ...extra };
    this.entities.set(id, entity);
    return entity;
  }

  /** A capital or city named as a location: a Place in its country. */
  placeFor(name: string, countryIso2: string | undefined): ArticleEntity {
    return this.fromPattern('Place', name, countryIso2 ? { country: countryIso2 } : {});
  }
}

function isGovernmentName(name: string): boolean {
  return /\b(Ministry|Department|Army|Navy|Air Force|Forces|Corps|Embassy|Consulate|Agency|Guard|Treasury|Pentagon|Congress|Senate|Parliament|Knesset|Mossad|Council)\b/.test(name);
}

/** Chooses among hits for one surface form (e.g. "Washington": capital of the US). */
function pickHit(hits: GazetteerHit[]): GazetteerHit | undefined {
  const order: SurfaceKind[] = ['name', 'epithet', 'capital', 'demonym', 'demonym-plural'];
  return [...hits].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind))[0];
}

interface Span {
  first: number;
  last: number;
}

/** Extends a capitalized run from `first` (names, with inner particles such as "bin", "of"). */
function capitalizedRun(tokens: Token[], first: number, allowOf: boolean): Span | undefined {
  let last = -1;
  for (let i = first; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) break;
    const isNamePart = t.isCapitalized || (i > first && /^(?:al|el|bin|ibn|abu|ad|as)-\p{Lu}/u.test(t.text));
    if (isNamePart && /\p{L}/u.test(t.text) && !(i > first && NOT_NAME_WORDS.has(t.text) && t.text !== 'Al')) {
      last = i;
      continue;
    }
    const inner = NAME_PARTICLES.has(t.text) || (allowOf && ['of', 'for', 'and', 'the', 'on'].includes(t.text));
    if (inner && last >= first && tokens[i + 1]?.isCapitalized) continue;
    break;
  }
  return last >= first ? { first, last } : undefined;
}

/** The words of tokens first..last joined by spaces; a plain loop, as it runs for every capitalized token. */
function tokenPhrase(tokens: Token[], first: number, last: number, lowerCase = false): string {
  let phrase = '';
  for (let i = first; i <= last && i < tokens.length; i++) {
    const text = (tokens[i] as Token).text;
    phrase += (i > first ? ' ' : '') + (lowerCase ? text.toLowerCase() : text);
  }
  return phrase;
}

const spanText = (s: Sentence, first: number, last: number) => {
  const a = s.tokens[first];
  const b = s.tokens[last];
  return a && b ? s.text.slice(a.start - s.start, b.end - s.start) : '';
};

/** Recognizes the entities of an article, sentence by sentence. */
export function recognize(sentences: Sentence[], fullText: string): Recognition {
  const g = gazetteer();
  const registry = new EntityRegistry();
  const all: Mention[][] = [];
  const surnames = new Map<string, ArticleEntity>();
  const history: Mention[] = []; // for coreference, in document order

  for (const sentence of sentences) {
    const tokens = sentence.tokens;
    const covered = new Array<boolean>(tokens.length).fill(false);
    const mentions: Mention[] = [];
    const add = (entity: ArticleEntity, first: number, last: number, kind: Mention['kind'], extra: Partial<Mention> = {}) => {
      const a = tokens[first];
      const b = tokens[last];
      if (!a || !b) return undefined;
      for (let i = first; i <= last; i++) covered[i] = true;
      const text = spanText(sentence, first, last);
      // "its" or "the two countries" refer to an entity; they are not its names.
      if (kind !== 'coreference') entity.aliases.add(text);
      const m: Mention = {
        entity,
        sentence: sentence.index,
        first,
        last,
        start: a.start,
        end: b.end,
        text,
        kind,
        role: 'actor',
        isPossessive: isApostropheS(tokens[last + 1]),
        ...extra,
      };
      mentions.push(m);
      return m;
    };
    const isFree = (first: number, last: number) => {
      for (let i = first; i <= last; i++) if (covered[i]) return false;
      return true;
    };

    // 1a. "Air Force of Ukraine’s Armed Forces", "Ministry of Defence of Armenia": body of a country.
    for (let i = 0; i < tokens.length; i++) {
      if (!tokens[i]?.isCapitalized) continue;
      for (let end = Math.min(tokens.length - 1, i + 3); end >= i; end--) {
        const phrase = tokenPhrase(tokens, i, end);
        if (!STATE_BODY.test(phrase) || lower(tokens[end + 1]) !== 'of') continue;
        const owner = longestHit(tokens, end + 2);
        if (!owner || owner.hit.entity.type !== 'Country') break;
        const country = registry.fromKnown(owner.hit.entity);
        let last = owner.last;
        if (isApostropheS(tokens[last + 1])) {
          for (let tail = Math.min(tokens.length - 1, last + 5); tail > last + 1; tail--) {
            if (STATE_BODY.test(tokenPhrase(tokens, last + 2, tail))) {
              last = tail;
              break;
            }
          }
        }
        const name = `${owner.hit.entity.demonyms?.[0] ?? country.name} ${titleCase(phrase)}`;
        const body = registry.fromPattern('Organization', name, { country: owner.hit.entity.iso2 ?? '', isStateBody: true });
        add(body, i, last, 'pattern');
        i = last;
        break;
      }
    }

    // 1. State bodies named after a country: "Iran’s foreign ministry", "the Iranian army",
    //    "Israel’s embassy in Baku", "its embassy in Baku".
    for (let i = 0; i < tokens.length; i++) {
      if (covered[i]) continue;
      const owner = countryAt(tokens, i);
      if (!owner) continue;
      const j = owner.next;
      for (let end = Math.min(tokens.length - 1, j + 5); end >= j; end--) {
        const phrase = tokenPhrase(tokens, j, end);
        if (!STATE_BODY.test(phrase)) continue;
        const country = owner.country ?? lastCountry(history, mentions);
        if (!country?.known) break;
        let name = `${country.known.demonyms?.[0] ?? country.name} ${titleCase(phrase)}`;
        let lastToken = end;
        let place: { entity: ArticleEntity; first: number; last: number } | undefined;
        if (/^(embassy|consulate)/i.test(phrase) && lower(tokens[end + 1]) === 'in') {
          const hit = longestHit(tokens, end + 2);
          const cityName = hit ? undefined : capitalizedRun(tokens, end + 2, false);
          if (hit || cityName) {
            const first = end + 2;
            const last = hit ? hit.last : (cityName?.last ?? first);
            const city = spanText(sentence, first, last);
            name = `${titleCase(phrase.replace(/ general$/i, ' General'))} of ${country.name} in ${city}`;
            place = { entity: registry.placeFor(city, hit?.hit.entity.iso2 ?? hit?.hit.entity.country), first, last };
            lastToken = end;
          }
        }
        const body = registry.fromPattern('Organization', name, { country: country.known.iso2 ?? '', isStateBody: true });
        if (owner.first !== undefined && owner.countryTokenLast !== undefined && owner.country) {
          add(owner.country, owner.first, owner.countryTokenLast, owner.kind, { role: 'modifier' });
        }
        add(body, j, lastToken, 'pattern');
        if (place) add(place.entity, place.first, place.last, 'capital', { role: 'place' });
        i = (place?.last ?? lastToken);
        break;
      }
    }

    // 1b. "Azerbaijan’s long-standing Jewish community": the Jews of that country, a group.
    for (let i = 0; i < tokens.length; i++) {
      if (covered[i] || lower(tokens[i]) !== 'community') continue;
      const faith = tokens.slice(Math.max(0, i - 2), i).find((t) => /^(Jewish|Muslim|Christian|Armenian|Kurdish|Greek|Catholic|Orthodox)$/.test(t.text));
      if (!faith) continue;
      const ownerStart = tokens.slice(Math.max(0, i - 6), i).findIndex((t, k, arr) => isApostropheS(arr[k + 1]) || /^(Azerbaijani|Iranian|Israeli|Turkish|Russian|American|French|British|German|Ukrainian|Georgian|Armenian)$/.test(t.text));
      const owner = ownerStart === -1 ? undefined : longestHit(tokens, Math.max(0, i - 6) + ownerStart);
      if (!owner || owner.hit.entity.type !== 'Country') continue;
      const demonym = owner.hit.entity.demonyms?.[0] ?? owner.hit.entity.name;
      const members = { Jewish: 'Jews', Muslim: 'Muslims', Christian: 'Christians', Armenian: 'Armenians', Kurdish: 'Kurds', Greek: 'Greeks', Catholic: 'Catholics', Orthodox: 'Orthodox Christians' }[faith.text] ?? faith.text;
      const group = registry.fromPattern('Group', `${demonym} ${members}`);
      const faithIndex = tokens.indexOf(faith);
      add(group, faithIndex, i, 'pattern');
    }

    // 2. Gazetteer: longest match at each free token; hyphenated compounds split into parts.
    for (let i = 0; i < tokens.length; i++) {
      if (covered[i]) continue;
      const found = longestHit(tokens, i);
      if (found && isFree(i, found.last)) {
        const entity = acceptHit(found.hit, tokens, i, found.last, sentence.text, fullText);
        if (entity) {
          addGazetteerMention(found.hit, i, found.last);
          i = found.last;
          continue;
        }
      }
      const token = tokens[i];
      if (token && /[-–]/.test(token.text) && /^\p{Lu}/u.test(token.text)) {
        let offset = token.start;
        for (const part of token.text.split(/([-–])/)) {
          if (part !== '-' && part !== '–') {
            const hit = pickHit(g.byTokens.get(tokenKey([part])) ?? []);
            if (hit && hit.entity.type === 'Country') {
              const entity = registry.fromKnown(hit.entity);
              entity.aliases.add(part);
              mentions.push({
                entity, sentence: sentence.index, first: i, last: i, start: offset, end: offset + part.length, text: part,
                kind: hit.kind, role: 'actor', isPossessive: false,
              });
              covered[i] = true;
            }
          }
          offset += part.length;
        }
      }
    }

    function addGazetteerMention(hit: GazetteerHit, first: number, last: number) {
      const before = lower(tokens[first - 1]);
      if (hit.kind === 'capital') {
        // Metonymy: a capital after a preposition of place is the city; otherwise the government.
        const before2 = lower(tokens[first - 2]);
        const isLocation = LOCATION_PREPOSITIONS.has(before) || (before === 'the' && (LOCATION_PREPOSITIONS.has(before2) || before2 === 'of'));
        if (isLocation) {
          add(registry.placeFor(spanText(sentence, first, last), hit.entity.iso2), first, last, 'capital', { role: 'place' });
        } else {
          add(registry.fromKnown(hit.entity), first, last, 'capital');
        }
        return;
      }
      if (hit.kind === 'demonym-plural') {
        // "the Azerbaijanis", "ethnic Armenians": a population group.
        const group = registry.fromPattern('Group', spanText(sentence, first, last));
        add(group, first, last, 'pattern');
        if (before === 'ethnic' && tokens[first - 1]) {
          group.aliases.add(`ethnic ${group.name}`);
        }
        return;
      }
      const entity = registry.fromKnown(hit.entity);
      if (hit.kind === 'demonym') {
        // The head noun, past coordinated demonyms: "Indian and Chinese commanders".
        let k = last + 1;
        while ((lower(tokens[k]) === 'and' || lower(tokens[k]) === ',') && longestHit(tokens, k + 1)?.hit.kind === 'demonym') k = (longestHit(tokens, k + 1)?.last ?? k) + 1;
        const head = lower(tokens[k]);
        const role: MentionRole = ACTOR_HEADS.has(head) ? 'actor' : 'modifier';
        add(entity, first, last, 'demonym', { role });
        return;
      }
      if (entity.type === 'Person') registerSurname(entity);
      add(entity, first, last, hit.kind);
    }

    function registerSurname(person: ArticleEntity) {
      const parts = person.name.split(/\s+/);
      const surname = parts[parts.length - 1];
      if (parts.length > 1 && surname) surnames.set(surname, person);
    }

    // 3. Titled people: "Foreign Minister Gideon Sa’ar", "Major Pinar Kara", "Sheikh Abdullah bin Zayed".
    for (let i = 0; i < tokens.length; i++) {
      const title = titleAt(tokens, i);
      if (!title) continue;
      let nameFirst = title.next;
      if (lower(tokens[nameFirst]) === 'of') {
        const country = longestHit(tokens, nameFirst + 1);
        if (country?.hit.entity.type === 'Country') nameFirst = country.last + 1;
      }
      const existing = mentions.find((m) => m.first === nameFirst && m.entity.type === 'Person');
      if (existing) {
        existing.title = title.text;
        existing.titleFirst = i;
        existing.titleLast = title.next - 1;
        i = existing.last;
        continue;
      }
      if (!tokens[nameFirst]?.isCapitalized || covered[nameFirst]) continue;
      const run = capitalizedRun(tokens, nameFirst, false);
      if (!run || !isFree(run.first, run.last)) continue;
      const words = spanText(sentence, run.first, run.last);
      if (run.last === run.first && !surnames.has(words)) {
        // One capitalized word after a title is a name only when it is not a known word.
        if (NOT_NAME_WORDS.has(words) || /^[A-Z]+$/.test(words)) continue;
      }
      const person = surnames.get(words) ?? registry.fromPattern('Person', words);
      registerSurname(person);
      add(person, run.first, run.last, 'pattern', { title: title.text, titleFirst: i, titleLast: title.next - 1 });
      i = run.last;
    }

    // 4. Capitalized spans the gazetteer does not know: organizations, agreements, laws, places.
    for (let i = 0; i < tokens.length; i++) {
      if (covered[i] || !tokens[i]?.isCapitalized) continue;
      const legislation = legislationAt(tokens, i);
      if (legislation && isFree(i, legislation.last)) {
        add(registry.fromPattern('Legislation', spanText(sentence, i, legislation.last)), i, legislation.last, 'pattern');
        i = legislation.last;
        continue;
      }
      const run = capitalizedRun(tokens, i, true);
      if (!run) continue;
      let { last } = run;
      while (last > i && !isFree(i, last)) last--;
      if (!isFree(i, last)) continue;
      const words = tokens.slice(i, last + 1).map((t) => t.text);
      const first = NOT_NAME_WORDS.has(words[0] ?? '') ? i + 1 : i;
      if (first > last) continue;
      const headIndex = findLastIndex(words, (w) => ORGANIZATION_HEADS.has(w) || AGREEMENT_HEADS.has(w));
      const head = words[headIndex];
      const text = spanText(sentence, first, last);
      if (head && AGREEMENT_HEADS.has(head) && headIndex + i > first) {
        add(registry.fromPattern('Agreement', spanText(sentence, first, i + headIndex)), first, i + headIndex, 'pattern');
        i = i + headIndex;
        continue;
      }
      if (head && ORGANIZATION_HEADS.has(head) && last > first) {
        add(registry.fromPattern('Organization', text), first, last, 'pattern');
        i = last;
        continue;
      }
      const next = lower(tokens[last + 1]);
      const prev = lower(tokens[first - 1]);
      const prev2 = lower(tokens[first - 2]);
      if (PLACE_HEADS.has(next) && next !== 'city') {
        const place = registry.fromPattern('Place', text);
        place.aliases.add(`${text} ${tokens[last + 1]?.text ?? ''}`);
        add(place, first, last + 1, 'pattern', { role: 'place' });
        i = last + 1;
        continue;
      }
      if ((prev === 'of' && PLACE_HEADS.has(prev2)) || (prev === '"' && PLACE_HEADS.has(lower(tokens[last + 2])))) {
        add(registry.fromPattern('Place', text), first, last, 'pattern', { role: 'place' });
        i = last;
        continue;
      }
      // Outlets and agencies cited as sources: "according to Axios", "cited by Agerpres".
      if (last === first && ((prev === 'to' && prev2 === 'according') || (prev === 'by' && prev2 === 'cited') || next === 'reported')) {
        add(registry.fromPattern('Organization', text), first, last, 'pattern');
        continue;
      }
      // People introduced by speech: "said Ghaith al-Omari, a senior fellow".
      if (last > first && last - first <= 3 && (prev === 'said' || prev === 'told') && tokens[last + 1]?.text === ',') {
        const person = registry.fromPattern('Person', text);
        registerSurname(person);
        add(person, first, last, 'pattern');
        i = last;
        continue;
      }
      // A surname of a person already named in the article.
      const single = words.length === 1 ? surnames.get(text) : undefined;
      if (single) add(single, first, last, 'pattern');
    }

    // 5. Coreference: the country / the two countries / its / he / she / the accords.
    const allMentions = mentions.slice();
    for (let i = 0; i < tokens.length; i++) {
      if (covered[i]) continue;
      const w = lower(tokens[i]);
      if (!COREFERENCE_WORDS.has(w)) continue;
      // Antecedents are what came before the pronoun, never what follows it.
      mentions.length = 0;
      mentions.push(...allMentions.filter((m) => m.last < i));
      const next = lower(tokens[i + 1]);
      const prev = lower(tokens[i - 1]);
      if ((w === 'country' || w === 'nation') && prev === 'the') {
        const c = lastCountry(history, mentions);
        if (c) add(c, i - 1, i, 'coreference');
      } else if (['its', 'it'].includes(w)) {
        const c = lastActor(history, mentions, ['Country', 'Organization']);
        if (c) add(c, i, i, 'coreference', { role: w === 'its' ? 'modifier' : 'actor', isPossessive: w === 'its' });
      } else if (['he', 'she', 'him', 'her', 'his'].includes(w)) {
        const p = lastActor(history, mentions, ['Person']);
        if (p) add(p, i, i, 'coreference', { role: w === 'his' || w === 'her' ? 'modifier' : 'actor' });
      } else if ((w === 'two' || w === 'both') && /^(countries|nations|states|sides|republics)$/.test(next) || (w === 'those' && next === 'countries')) {
        const group = w === 'those' ? lastGroup(history, mentions) : lastCountries(history, mentions, 2);
        const [head, ...rest] = group;
        if (head) add(head, i, i + 1, 'coreference', { group: rest });
      } else if (prev === 'the' && /^(accords|agreement|declaration|deal|treaty|pact)$/.test(w)) {
        const a = lastActor(history, mentions, ['Agreement']);
        if (a && a.name.toLowerCase().includes(w.replace(/s$/, ''))) add(a, i - 1, i, 'coreference');
      } else if (prev === 'the' && w === 'region') {
        const p = lastActor(history, mentions, ['Place']);
        if (p) add(p, i - 1, i, 'coreference', { role: 'place' });
      }
      // Back to all mentions of the sentence, with what was just added.
      const added = mentions.filter((m) => !allMentions.includes(m));
      allMentions.push(...added);
      mentions.length = 0;
      mentions.push(...allMentions);
    }

    mentions.sort((a, b) => a.first - b.first || a.start - b.start);
    all.push(mentions);
    history.push(...mentions.filter((m) => m.kind !== 'coreference' || m.group === undefined));
  }

  mergeStateBodies(registry, all);
  return { entities: registry.entities, mentions: all };

  // --- helpers that read the tokens of one sentence ---

  function acceptHit(hit: GazetteerHit, tokens: Token[], first: number, last: number, sentenceText: string, text: string): boolean {
    // "Washington Institute for Near East Policy": a place name opening an organization's name.
    const run = capitalizedRun(tokens, first, true);
    if (run && run.last > last && hit.entity.type !== 'Organization' && tokens.slice(last + 1, run.last + 1).some((t) => ORGANIZATION_HEADS.has(t.text))) {
      return false;
    }
    const rule = g.ambiguous[hit.entity.name];
    if (!rule || hit.kind !== 'name') return true;
    if (rule.reject.test(sentenceText)) return false;
    const next = tokens[last + 1];
    const prev = tokens[first - 1];
    if (next?.isCapitalized && /^\p{Lu}\p{Ll}/u.test(next.text) && !isApostropheS(next)) return false; // "Chad Smith"
    if (prev?.isCapitalized && /^\p{Lu}\p{Ll}+$/u.test(prev.text) && !NOT_NAME_WORDS.has(prev.text)) return false; // "Michael Jordan"
    return rule.confirm.test(text) || !rule.reject.test(text);
  }

  function countryAt(tokens: Token[], i: number):
    | { country?: ArticleEntity; first?: number; countryTokenLast?: number; kind: SurfaceKind; next: number }
    | undefined {
    const w = lower(tokens[i]);
    if (w === 'its' || w === 'their') {
      const subject = firstCountryBefore(tokens, i);
      return { ...(subject ? { country: registry.fromKnown(subject) } : {}), kind: 'name', next: i + 1 };
    }
    const hit = longestHit(tokens, i);
    if (!hit || hit.hit.entity.type !== 'Country') return undefined;
    const entity = registry.fromKnown(hit.hit.entity);
    if (isApostropheS(tokens[hit.last + 1])) return { country: entity, first: i, countryTokenLast: hit.last, kind: hit.hit.kind, next: hit.last + 2 };
    if (hit.hit.kind === 'demonym') return { country: entity, first: i, countryTokenLast: hit.last, kind: 'demonym', next: hit.last + 1 };
    return undefined;
  }
}

/** The first country named (not by demonym) before token `end`: the subject "its" refers to. */
function firstCountryBefore(tokens: Token[], end: number): KnownEntity | undefined {
  for (let i = 0; i < end; i++) {
    const found = longestHit(tokens, i);
    if (found && found.hit.entity.type === 'Country' && found.hit.kind !== 'demonym' && found.last < end) return found.hit.entity;
    if (found) i = found.last;
  }
  return undefined;
}

function longestHit(tokens: Token[], i: number): { hit: GazetteerHit; last: number } | undefined {
  const g = gazetteer();
  let key = '';
  let best: { hit: GazetteerHit; last: number } | undefined;
  for (let j = i; j < tokens.length && j - i < g.maxTokens; j++) {
    key = j === i ? (tokens[j]?.text ?? '') : `${key}${TOKEN_KEY_SEPARATOR}${tokens[j]?.text ?? ''}`;
    if (!g.prefixes.has(key)) break;
    const hits = g.byTokens.get(key);
    const hit = hits && pickHit(hits);
    if (hit) best = { hit, last: j };
  }
  return best;
}

/** The words that can open a coreference (step 5 of recognize): other tokens are skipped early. */
const COREFERENCE_WORDS = new Set(['country', 'nation', 'its', 'it', 'he', 'she', 'him', 'her', 'his', 'two', 'both', 'those', 'accords', 'agreement', 'declaration', 'deal', 'treaty', 'pact', 'region']);

const TITLES = new Set(PERSON_TITLES);
const TITLE_FIRST_WORDS = new Set(PERSON_TITLES.map((t) => t.split(/[ -]/)[0]));

/** A title starting at token i ("Prime Minister", "Ayatollah"), and where the name starts. */
function titleAt(tokens: Token[], i: number): { text: string; next: number } | undefined {
  if (!TITLE_FIRST_WORDS.has(lower(tokens[i]).split('-')[0] ?? '')) return undefined;
  for (let len = 4; len >= 1; len--) {
    if (i + len > tokens.length) continue;
    const phrase = tokenPhrase(tokens, i, i + len - 1, true).replace(/ - /g, '-');
    if (TITLES.has(phrase)) return { text: tokenPhrase(tokens, i, i + len - 1), next: i + len };
  }
  return undefined;
}

/** "Section 907 (of the Freedom Support Act)", "Resolution 2231", "Executive Order 14024". */
function legislationAt(tokens: Token[], i: number): { last: number } | undefined {
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

function findLastIndex<T>(items: T[], predicate: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (predicate(items[i] as T)) return i;
  return -1;
}

function lastActor(history: Mention[], current: Mention[], types: EntityType[]): ArticleEntity | undefined {
  const pool = [...history, ...current.slice().sort((a, b) => a.first - b.first)];
  // A pronoun refers to an actor named before it, not to an adjective ("the Israeli strikes").
  for (let i = pool.length - 1; i >= 0; i--) {
    const m = pool[i];
    if (m && types.includes(m.entity.type) && m.role !== 'place' && !(m.kind === 'demonym' && m.role === 'modifier')) return m.entity;
  }
  return undefined;
}

function lastCountry(history: Mention[], current: Mention[]): ArticleEntity | undefined {
  return lastActor(history, current, ['Country']);
}

function lastCountries(history: Mention[], current: Mention[], count: number): ArticleEntity[] {
  const found: ArticleEntity[] = [];
  const pool = [...history, ...current];
  for (let i = pool.length - 1; i >= 0 && found.length < count; i--) {
    const m = pool[i];
    if (m?.entity.type === 'Country' && !found.includes(m.entity)) found.push(m.entity);
  }
  return found.reverse();
}

/** The last coordinated list of countries ("Turkey, Pakistan and Azerbaijan"). */
function lastGroup(history: Mention[], current: Mention[]): ArticleEntity[] {
  const pool = [...history, ...current].filter((m) => m.entity.type === 'Country' && m.role !== 'modifier');
  const group: ArticleEntity[] = [];
  for (let i = pool.length - 1; i >= 0; i--) {
    const m = pool[i];
    const next = pool[i + 1];
    if (!m) break;
    if (group.length > 0 && next && (m.sentence !== next.sentence || next.first - m.last > 2)) break;
    if (!group.includes(m.entity)) group.unshift(m.entity);
  }
  return group;
}

/**
 * Entity resolution within an article: "Ankara’s defence ministry" and "Turkey’s ministry of
 * national defence" are one body when country and head agree and one's words contain the other's.
 */
function mergeStateBodies(registry: EntityRegistry, mentions: Mention[][]): void {
  const bodies = [...registry.entities.values()].filter((e) => e.isStateBody && !e.known);
  const words = (e: ArticleEntity) => new Set(e.name.toLowerCase().split(/\s+/).slice(1).filter((w) => !['of', 'the', 'and'].includes(w)));
  for (const a of bodies) {
    for (const b of bodies) {
      if (a === b || a.country !== b.country || !registry.entities.has(a.id) || !registry.entities.has(b.id)) continue;
      const wa = words(a);
      const wb = words(b);
      if (wa.size < wb.size && [...wa].every((w) => wb.has(w))) {
        for (const alias of a.aliases) b.aliases.add(alias);
        for (const list of mentions) for (const m of list) if (m.entity === a) m.entity = b;
        registry.entities.delete(a.id);
      }
    }
  }
}
