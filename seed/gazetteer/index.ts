/**
 * The gazetteer as a lookup: every name, alias, demonym, capital and epithet of the curated
 * entities, keyed by its token sequence for longest-match scanning.
 */
import { tokenize } from '../extract/tokenize.ts';
import type { EntityIdentity } from '../types.ts';
import type { EntityType } from '../vocabulary.ts';
import { AMBIGUOUS_COUNTRIES, COUNTRY_ROWS } from './countries.ts';
import { AGREEMENTS, GROUPS, LEGISLATION, ORGANIZATIONS, PEOPLE, PLACES, type GazetteerEntry } from './entities.ts';
import { EARLIER_ROLES, PAST_LEADERS } from './past-leaders.ts';
import { generatedPlaces, type Geo } from './places.ts';
import { WORLD_AGREEMENTS, WORLD_GROUPS, WORLD_ORGANIZATIONS, WORLD_PEOPLE, WORLD_PLACES } from './world.ts';

export interface KnownEntity extends EntityIdentity {
  /** Adjectival demonyms of a country ("Israeli"). */
  demonyms?: string[];
  /** Plural demonyms of a country, the people ("Israelis"). */
  plurals?: string[];
  capitals?: string[];
  /** ISO alpha-2 of the country a body belongs to, a place lies in, or a leader serves. */
  country?: string;
  roles?: GazetteerEntry['roles'];
  isNonState?: boolean;
  /** For places of the GeoNames-based table: kind, population, coordinates. */
  geo?: Geo;
  /** A curated place's coordinates, from the place table's entry of the same name and country (for the map; recognition does not use them). */
  coordinates?: { latitude: number; longitude: number };
}

/** How a surface form names its entity; decides metonymy and argument roles. */
export type SurfaceKind = 'name' | 'demonym' | 'demonym-plural' | 'capital' | 'epithet';

export interface GazetteerHit {
  entity: KnownEntity;
  kind: SurfaceKind;
}

/**
 * A node of the surface forms' token trie: a scan steps token by token, building no keys.
 * (Both fields always present, so that every node has one shape and the scan's reads stay fast.)
 */
export interface TrieNode {
  /** The next token (as `keyText` gives it) → the node of the longer forms. */
  next: Map<string, TrieNode> | undefined;
  /** The hit a form ending here names (`pickHit` of its hits), chosen once. */
  best: GazetteerHit | undefined;
}

export interface Gazetteer {
  /** Token-sequence key → hits (usually one). */
  byTokens: Map<string, GazetteerHit[]>;
  /** The same forms as a trie, token by token: what the longest-match scan walks. */
  trie: TrieNode;
  byId: Map<string, KnownEntity>;
  countriesByIso2: Map<string, KnownEntity>;
  /** Capitals as places (their surface forms name the country as actor), by name: coordinates. */
  capitalPlaces: Map<string, KnownEntity>;
  ambiguous: typeof AMBIGUOUS_COUNTRIES;
}

export const TOKEN_KEY_SEPARATOR = '\u0001';
export const tokenKey = (texts: string[]) => texts.join(TOKEN_KEY_SEPARATOR);
/** A token as the index keys it: a curly apostrophe is the straight one ("People’s" = "People's"). */
export const keyText = (text: string) => (text.includes('’') ? text.replace(/’/g, "'") : text);

/** Deterministic id from type and canonical name, for entities without a Wikidata ID. */
export function slugId(type: EntityType, name: string): string {
  // Fast path for plain names (most of the place table): the general path gives the same result.
  const slug = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/.test(name)
    ? name.toLowerCase().replace(/ /g, '-')
    : name
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[’']/g, '')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '');
  return `${type.toLowerCase()}:${slug}`;
}

const EPITHETS: Record<string, string[]> = {
  IL: ['Jewish state', 'Jewish State'],
  IR: ['Islamic Republic'],
  US: ['Washington administration'],
};

/** Regular English plural of a demonym ("Israeli" → "Israelis", "Kazakh" → "Kazakhs"). */
function pluralDemonym(demonym: string): string {
  if (/(ese|ss|Swiss|Thai|Lao)$/.test(demonym)) return demonym;
  return `${demonym}s`;
}

function parseCountries(): (KnownEntity & { plurals: string[] })[] {
  return COUNTRY_ROWS.trim()
    .split('\n')
    .map((line) => {
      const [name = '', iso2 = '', iso3 = '', wikidata = '', demonymCol = '', capitalCol = '', otherCol = ''] = line.split('|');
      const demonyms: string[] = [];
      const plurals: string[] = [];
      for (const d of demonymCol.split(';').filter(Boolean)) {
        const [adjective = '', plural] = d.split('=');
        demonyms.push(adjective);
        plurals.push(plural ?? pluralDemonym(adjective));
      }
      const capitals = capitalCol.split(';').filter(Boolean);
      const others = otherCol.split(';').filter(Boolean);
      return {
        id: wikidata || slugId('Country', name),
        name,
        type: 'Country' as const,
        aliases: [name, ...others, ...(EPITHETS[iso2] ?? [])],
        wikidata,
        iso2,
        iso3,
        demonyms,
        capitals,
        plurals,
      };
    });
}

/** Builds the lookup once; the result is immutable and shared. */
function buildGazetteer(): Gazetteer {
  const byTokens = new Map<string, GazetteerHit[]>();
  const byId = new Map<string, KnownEntity>();
  const countriesByIso2 = new Map<string, KnownEntity>();
  const capitalPlaces = new Map<string, KnownEntity>();
  // Most surface forms are plain words; only those with punctuation need the tokenizer.
  const tokensOf = (surface: string) => (/^[\p{L} ]+$/u.test(surface) ? surface.split(' ') : tokenize(surface).map((t) => keyText(t.text)));
  const add = (surface: string, entity: KnownEntity, kind: SurfaceKind, texts = tokensOf(surface)) => {
    if (texts.length === 0) return;
    const key = tokenKey(texts);
    const hits = byTokens.get(key) ?? [];
    if (!hits.some((h) => h.entity.id === entity.id && h.kind === kind)) hits.push({ entity, kind });
    byTokens.set(key, hits);
  };

  for (const country of parseCountries()) {
    const { plurals } = country;
    const entity: KnownEntity = country;
    byId.set(entity.id, entity);
    countriesByIso2.set(entity.iso2 ?? '', entity);
    for (const alias of entity.aliases) add(alias, entity, EPITHETS[entity.iso2 ?? '']?.includes(alias) ? 'epithet' : 'name');
    for (const demonym of entity.demonyms ?? []) add(demonym, entity, 'demonym');
    for (const plural of plurals) add(plural, entity, 'demonym-plural');
    for (const capital of entity.capitals ?? []) add(capital, entity, 'capital');
  }
  for (const entry of [...ORGANIZATIONS, ...WORLD_ORGANIZATIONS, ...AGREEMENTS, ...WORLD_AGREEMENTS, ...LEGISLATION, ...PEOPLE, ...WORLD_PEOPLE, ...PAST_LEADERS, ...PLACES, ...WORLD_PLACES, ...GROUPS, ...WORLD_GROUPS]) {
    const entity: KnownEntity = {
      id: entry.wikidata ?? slugId(entry.type, entry.name),
      name: entry.name,
      type: entry.type,
      aliases: [...new Set([entry.name, ...entry.aliases])],
      ...(entry.wikidata ? { wikidata: entry.wikidata } : {}),
      ...(entry.country ? { country: entry.country } : {}),
      ...(entry.roles ? { roles: [...entry.roles, ...(EARLIER_ROLES[entry.name] ?? [])] } : {}),
      ...(entry.isNonState ? { isNonState: true } : {}),
    };
    byId.set(entity.id, entity);
    for (const alias of entity.aliases) add(alias, entity, 'name');
    for (const adjective of entry.adjectives ?? []) add(adjective, entity, 'demonym');
    // "Organization of Petroleum Exporting Countries": news often drops the article inside a long name.
    for (const alias of entity.aliases) if (/ of the \p{Lu}/u.test(alias)) add(alias.replace(/ of the (?=\p{Lu})/gu, ' of '), entity, 'name');
  }
  // Cities and provinces the curated lists do not name (capitals are the countries' own).
  for (const place of generatedPlaces()) {
    const surfaces = place.aliases.map(tokensOf);
    if (place.geo?.kind === 'capital') for (const alias of place.aliases) capitalPlaces.set(alias, place);
    if (byId.has(place.id) || surfaces.some((texts) => byTokens.has(tokenKey(texts)))) {
      // A curated place the table also lists (Tel Aviv, New York) takes its coordinates, for the map.
      const curated = (byTokens.get(tokenKey(surfaces[0] ?? [])) ?? []).find((h) => h.entity.type === 'Place' && h.entity.country === place.country && !h.entity.geo)?.entity;
      if (curated && !curated.coordinates && place.geo?.latitude !== undefined && place.geo.longitude !== undefined) curated.coordinates = { latitude: place.geo.latitude, longitude: place.geo.longitude };
      continue;
    }
    byId.set(place.id, place);
    place.aliases.forEach((alias, k) => add(alias, place, 'name', surfaces[k]));
  }
  return { byTokens, trie: trieOf(byTokens), byId, countriesByIso2, capitalPlaces, ambiguous: AMBIGUOUS_COUNTRIES };
}

/** The trie of the index's keys: every node stands for a prefix of some key, so a scan stops as soon as no form can continue. */
function trieOf(byTokens: Map<string, GazetteerHit[]>): TrieNode {
  const root: TrieNode = { next: undefined, best: undefined };
  for (const [key, hits] of byTokens) {
    let node = root;
    for (const text of key.split(TOKEN_KEY_SEPARATOR)) {
      node.next ??= new Map();
      let child = node.next.get(text);
      if (!child) {
        child = { next: undefined, best: undefined };
        node.next.set(text, child);
      }
      node = child;
    }
    node.best = pickHit(hits);
  }
  return root;
}

/** The order in which the kinds of a surface form's hits are preferred. */
const KIND_ORDER: SurfaceKind[] = ['name', 'epithet', 'capital', 'demonym', 'demonym-plural'];

/** Chooses among hits for one surface form (e.g. "Washington": capital of the US): the first of the most preferred kind. */
export function pickHit(hits: readonly GazetteerHit[]): GazetteerHit | undefined {
  return [...hits].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind))[0];
}

let shared: Gazetteer | undefined;

/** The shared gazetteer (built on first use, about 2 ms). */
export function gazetteer(): Gazetteer {
  shared ??= buildGazetteer();
  return shared;
}
