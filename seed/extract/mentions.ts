/**
 * The data the recognition stages share: entities as known within one article, their mentions,
 * and the per-sentence scan that records which tokens a mention already covers.
 */
import { gazetteer, slugId, tokenKey, type KnownEntity, type SurfaceKind } from '../gazetteer/index.ts';
import { stateOfBodyTitle } from '../gazetteer/state-bodies.ts';
import type { EntityType } from '../vocabulary.ts';
import { isApostropheS } from './spans.ts';
import { lowerWords, type Sentence, type Token } from './tokenize.ts';

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
  /** An agreement named by a common noun: the parties its clause names ("A and B signed a border treaty"). */
  parties?: ArticleEntity[];
}

/** How a mention stands in its sentence; relation rules read it. */
export type MentionRole =
  | 'actor' // a name, a capital or government as actor, a demonym heading an actor phrase
  | 'modifier' // a demonym or possessive inside a larger noun phrase ("Israeli weaponry")
  | 'place'; // a capital or city as location

export type MentionKind = SurfaceKind | 'pattern' | 'coreference';

export interface Mention {
  entity: ArticleEntity;
  sentence: number;
  /** Token indices (inclusive) in the sentence. */
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
  kind: MentionKind;
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
  /** For a body's members named by the body ("the AES countries"): the body. */
  membersOf?: ArticleEntity;
}

export interface Recognition {
  entities: Map<string, ArticleEntity>;
  /** Mentions per sentence, in token order. */
  mentions: Mention[][];
}

/** Cities at least this large are recognized in any article; smaller places need their country named. */
const MAJOR_CITY = 100_000;

/**
 * Whether a place of the world-wide table may be meant in an article that names these countries:
 * large cities always; towns and provinces only in an article about their country, since many
 * names recur across the world ("Vardo") and only the country tells which one is meant.
 */
export function isPlaceInScope(known: KnownEntity, countries: ReadonlySet<string>): boolean {
  if (!known.geo) return true;
  return (known.geo.kind !== 'region' && (known.geo.population ?? 0) >= MAJOR_CITY) || countries.has(known.country ?? '');
}

/** The article's entities by id: the one place that creates them, so each is created once. */
export class EntityRegistry {
  readonly entities = new Map<string, ArticleEntity>();

  /**
   * `countries`: ISO alpha-2 of the countries the article names, which decide its places;
   * `articleKey`: what makes the ids of the article's own entities (see `local`) its own.
   */
  constructor(
    private readonly countries: ReadonlySet<string> = new Set(),
    private readonly articleKey = '',
  ) {}

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
      ...(known.type === 'Organization' && known.country && !known.isNonState && isGovernmentName(known.name) ? { isStateBody: true } : {}),
    };
    this.entities.set(entity.id, entity);
    return entity;
  }

  /** An entity found by a pattern, by its name; `extra.id` identifies it when its name does not. */
  fromPattern(type: EntityType, name: string, extra: Partial<ArticleEntity> = {}): ArticleEntity {
    const id = extra.id ?? slugId(type, name);
    const existing = this.entities.get(id);
    if (existing) return existing;
    // A pattern may find a known entity under its canonical name (e.g. a listed leader).
    const known = gazetteer().byTokens.get(tokenKey(name.split(/\s+/)))?.find((h) => h.entity.type === type && isPlaceInScope(h.entity, this.countries));
    if (known) return this.fromKnown(known.entity);
    // "the Chilean Government", "Government of Peru": a state's government is the state (ontology: Country).
    const state = type === 'Organization' ? stateByGovernmentName(name) : undefined;
    if (state) return this.fromKnown(state);
    // "Royal Navy", "Bolivarian National Armed Forces": a state's body under a title of its own.
    const titled = type === 'Organization' && extra.country === undefined ? stateOfBodyTitle(name) : undefined;
    if (titled && titled.title !== name) return this.fromPattern(type, titled.title, { ...extra, country: titled.iso2, isStateBody: true });
    const owner = type === 'Organization' && extra.country === undefined ? titled?.iso2 ?? stateOwningBody(name) : undefined;
    const entity: ArticleEntity = { id, name, type, aliases: new Set(), ...(owner ? { country: owner, isStateBody: true } : {}), ...extra };
    this.entities.set(id, entity);
    return entity;
  }

  /**
   * An entity that only this article identifies ("the implementation annex" of an agreement whose
   * parties it does not name): its id carries the article's key, so that other articles' phrases of
   * the same words stay other entities.
   */
  local(type: EntityType, name: string): ArticleEntity {
    const id = this.articleKey ? `${slugId(type, name)}-${this.articleKey}` : slugId(type, name);
    const existing = this.entities.get(id);
    if (existing) return existing;
    const entity: ArticleEntity = { id, name, type, aliases: new Set() };
    this.entities.set(id, entity);
    return entity;
  }

  /** A capital or city named as a location: a Place in its country. */
  placeFor(name: string, countryIso2: string | undefined): ArticleEntity {
    const capital = gazetteer().capitalPlaces.get(name);
    if (capital && capital.country === countryIso2 && !this.entities.has(capital.id)) {
      const entity: ArticleEntity = { id: capital.id, name: capital.name, type: 'Place', known: capital, aliases: new Set(), country: capital.country ?? '' };
      this.entities.set(entity.id, entity);
      return entity;
    }
    return this.fromPattern('Place', name, countryIso2 ? { country: countryIso2 } : {});
  }

  /** Folds `from` into `into`: its aliases and every mention of it. */
  fold(from: ArticleEntity, into: ArticleEntity, mentions: Mention[][]): void {
    for (const alias of from.aliases) into.aliases.add(alias);
    for (const list of mentions) for (const m of list) if (m.entity === from) m.entity = into;
    this.entities.delete(from.id);
  }
}

/** A short stable key of a text (FNV-1a, 32 bits, in base 36): the same article always gives the same key. */
export function textKey(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

/** The state a name of its government names: "Chilean Government", "U.S. Government", "Government of Peru". */
function stateByGovernmentName(name: string): KnownEntity | undefined {
  const words = /^(.+) Government$/.exec(name)?.[1] ?? /^Government of (?:the )?(.+)$/.exec(name)?.[1];
  if (!words) return undefined;
  return countryNamedBy(words.split(' '));
}

/** The country these words name, by its name or its demonym ("Peru", "Peruvian"). */
function countryNamedBy(words: string[]): KnownEntity | undefined {
  return gazetteer().byTokens.get(tokenKey(words))?.find((h) => h.entity.type === 'Country' && (h.kind === 'name' || h.kind === 'demonym'))?.entity;
}

/** Heads of a state's own bodies, when the body's name holds its state ("Supreme Court of Peru", "Kyrgyz Security Committee"). */
const STATE_BODY_NAME = /\b(Supreme Court|Constitutional Court|High Court|Central Bank|State Bank|National Bank|Reserve Bank|National Assembly|Parliament|Senate|Congress|Cabinet|Council of Ministers|Security Council|Security Committee|Security Service|Intelligence Service|General Staff|Armed Forces|Army|Navy|Air Force|Coast Guard|Border Guard|Police|Ministry|Presidency|Government)\b/;
/** Words after a demonym that make it a place's name, not a body's owner ("Indian Ocean Commission"). */
const GEOGRAPHIC_AFTER = /^(Ocean|Sea|Gulf|Basin|River|Peninsula|Union|Community|Development|League)$/;

/**
 * The state an organization's own name says it belongs to: a country or demonym opening it ("Peruvian
 * Supreme Court") or closing it after "of" ("State Bank of Peru"), for the heads of a state's bodies.
 */
function stateOwningBody(name: string): string | undefined {
  if (!STATE_BODY_NAME.test(name)) return undefined;
  const words = name.split(' ');
  const opening = GEOGRAPHIC_AFTER.test(words[1] ?? '') ? undefined : countryNamedBy(words.slice(0, 1))?.iso2;
  if (opening) return opening;
  const of = words.lastIndexOf('of');
  return of > 0 && of < words.length - 1 ? countryNamedBy(words.slice(of + 1))?.iso2 : undefined;
}

function isGovernmentName(name: string): boolean {
  return /\b(Ministry|Department|Army|Navy|Air Force|Forces|Corps|Embassy|Consulate|Agency|Guard|Treasury|Pentagon|Congress|Senate|Parliament|Knesset|Mossad|Council)\b/.test(name);
}

/** One sentence being recognized: its tokens, which of them a mention covers, its mentions so far. */
export class SentenceScan {
  readonly tokens: Token[];
  readonly covered: boolean[];
  readonly mentions: Mention[] = [];

  /** The tokens lower-cased, once: every stage reads them word by word. */
  private readonly words: readonly string[];

  constructor(readonly sentence: Sentence) {
    this.tokens = sentence.tokens;
    this.covered = new Array<boolean>(sentence.tokens.length).fill(false);
    this.words = lowerWords(sentence);
  }

  /** The sentence's text from token `first` to token `last`, as written. */
  text(first: number, last: number): string {
    const a = this.tokens[first];
    const b = this.tokens[last];
    return a && b ? this.sentence.text.slice(a.start - this.sentence.start, b.end - this.sentence.start) : '';
  }

  word(i: number): string {
    return this.words[i] ?? '';
  }

  isFree(first: number, last: number): boolean {
    for (let i = first; i <= last; i++) if (this.covered[i]) return false;
    return true;
  }

  /** Records a mention of `entity` over tokens first..last and marks them covered. */
  add(entity: ArticleEntity, first: number, last: number, kind: MentionKind, extra: Partial<Mention> = {}): Mention | undefined {
    const a = this.tokens[first];
    const b = this.tokens[last];
    if (!a || !b) return undefined;
    for (let i = first; i <= last; i++) this.covered[i] = true;
    const text = this.text(first, last);
    // "its" or "the two countries" refer to an entity; they are not its names.
    if (kind !== 'coreference') entity.aliases.add(text);
    const m: Mention = {
      entity,
      sentence: this.sentence.index,
      first,
      last,
      start: a.start,
      end: b.end,
      text,
      kind,
      role: 'actor',
      isPossessive: isApostropheS(this.tokens[last + 1]),
      ...extra,
    };
    this.mentions.push(m);
    return m;
  }
}
