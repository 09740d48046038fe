/**
 * State bodies named after their country: "Ministry of Defence of Armenia", "Iran’s foreign
 * ministry", "the Thai military", "Chinese coastguards", "the country’s parliament", "its embassy
 * in Baku". Each becomes an Organization of that country (PART_OF it) under its canonical name
 * (gazetteer/state-bodies.ts: "Ministry of Foreign Affairs (Iran)", "Royal Thai Armed Forces"),
 * so that every phrasing lands on one entity.
 */
import type { KnownEntity, SurfaceKind } from '../gazetteer/index.ts';
import { stateBodyName, type StateBodyKind } from '../gazetteer/state-bodies.ts';
import { lastCountries, lastCountry } from './coreference.ts';
import type { ArticleEntity, EntityRegistry, Mention, SentenceScan } from './mentions.ts';
import { STATE_BODY } from './lexicon.ts';
import { capitalizedRun, ownerCountryBefore, isApostropheS, longestHit, titleCase, tokenPhrase } from './spans.ts';

/** Institutions most states have under one name ("Peru’s Supreme Court", "the Kenyan electoral commission"). */
const INSTITUTION = /^(?:supreme court|constitutional court|high court|security council|security cabinet|senate|national police|(?:central )?election commission|electoral commission|national assembly)$/i;

/** Bodies named by description beyond the lexicon's STATE_BODY: the military and its branches, parliaments, courts. */
const DESCRIBED_BODY = /^(?:military|congress|air forces|coast ?guards?|coastguards?|foreign affairs ministry|ministry of external affairs|national defen[cs]e ministry|general staff|legislature|ministry of (?:public|social|internal|economic|state|digital|natural|higher|foreign) [a-z]+|(?:commerce|oil|petroleum|labou?r|industry|information|communications?|environment|tourism|planning|water|mines|science|technology|housing|infrastructure|home|internal affairs|public health|public security|state security) ministry)$/i;

const isBodyPhrase = (phrase: string): boolean => STATE_BODY.test(phrase) || DESCRIBED_BODY.test(phrase) || INSTITUTION.test(phrase);

/** What a body phrase names, for the kinds that have a canonical pattern; `topic` for other ministries. */
function bodyKindOf(phrase: string): { kind: StateBodyKind; topic?: string } | undefined {
  const p = phrase.toLowerCase().replace(/\s+/g, ' ');
  if (/^(?:foreign(?: affairs)? ministry|ministry of (?:foreign|external) affairs|foreign office)$/.test(p)) return { kind: 'foreign-ministry' };
  if (/^(?:(?:national )?defen[cs]e ministry|ministry of (?:national )?defen[cs]e)$/.test(p)) return { kind: 'defence-ministry' };
  if (/^(?:military|armed forces|defen[cs]e forces)$/.test(p)) return { kind: 'armed-forces' };
  if (p === 'army') return { kind: 'army' };
  if (p === 'navy') return { kind: 'navy' };
  if (/^air forces?$/.test(p)) return { kind: 'air-force' };
  if (/^coast ?guards?$|^coastguards?$/.test(p)) return { kind: 'coast-guard' };
  if (p === 'parliament' || p === 'legislature' || p === 'congress') return { kind: 'parliament' };
  if (INSTITUTION.test(p)) return { kind: 'institution', topic: titleCase(p) };
  if (p === 'general staff') return { kind: 'general-staff' };
  if (p === 'central bank') return { kind: 'central-bank' };
  const topic = /^([a-z]+) ministry$/.exec(p)?.[1] ?? /^ministry of ((?:[a-z]+, )*[a-z]+(?: [a-z]+)?(?: and [a-z]+)?)$/.exec(p)?.[1];
  return topic ? { kind: 'ministry', topic: titleCase(topic) } : undefined;
}

/** The canonical name of a country's body named by `phrase` ("foreign ministry", "Ministry of Health"). */
function bodyName(phrase: string, country: KnownEntity, asWritten = false): string {
  const kind = bodyKindOf(phrase);
  if (kind && country.iso2) return stateBodyName(kind.kind, { name: country.name, iso2: country.iso2, demonym: country.demonyms?.[0] }, kind.topic);
  return `${(!asWritten && country.demonyms?.[0]) || country.name} ${titleCase(phrase)}`;
}

/** "Air Force of Ukraine’s Armed Forces", "Ministry of Defence of Armenia": body of a country. */
export function bodiesOfCountry(scan: SentenceScan, registry: EntityRegistry): void {
  const { tokens } = scan;
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]?.isCapitalized) continue;
    for (let end = Math.min(tokens.length - 1, i + 3); end >= i; end--) {
      // (The cheap test first: most phrases have no "of" after them, and need not be built and matched.)
      if (scan.word(end + 1) !== 'of') continue;
      const phrase = tokenPhrase(tokens, i, end);
      if (!isBodyPhrase(phrase)) continue;
      const owner = longestHit(tokens, end + 2);
      if (!owner || owner.hit.entity.type !== 'Country') break;
      const country = registry.fromKnown(owner.hit.entity);
      let last = owner.last;
      if (isApostropheS(tokens[last + 1])) {
        for (let tail = Math.min(tokens.length - 1, last + 5); tail > last + 1; tail--) {
          if (isBodyPhrase(tokenPhrase(tokens, last + 2, tail))) {
            last = tail;
            break;
          }
        }
      }
      const name = bodyName(phrase, owner.hit.entity);
      const body = registry.fromPattern('Organization', name, { country: owner.hit.entity.iso2 ?? '', isStateBody: true });
      scan.add(body, i, end, 'pattern');
      scan.add(country, end + 2, owner.last, owner.hit.kind, { role: 'modifier' });
      // "… of Ukraine’s Armed Forces": the tail after the possessive names the same body.
      if (last > owner.last) scan.add(body, owner.last + 2, last, 'pattern');
      i = last;
      break;
    }
  }
}

/**
 * Bodies every state has, named without their country: "the country’s parliament", "the foreign
 * ministry". Bare, only the ministries and parliament a statement comes from: "the army" or "the
 * military" of a conflict article is as often the other side's.
 */
function isCommonBody(phrase: string, bare: boolean): boolean {
  const kind = bodyKindOf(phrase)?.kind;
  if (!kind || kind === 'ministry' || kind === 'police') return false;
  // Capitalized, "the Army" is more often a name of its own than a country's.
  return !bare || (/^\p{Ll}/u.test(phrase) && (kind === 'foreign-ministry' || kind === 'defence-ministry' || kind === 'parliament'));
}

interface Owner {
  country?: ArticleEntity;
  first?: number;
  countryTokenLast?: number;
  kind: SurfaceKind;
  /** The country's name modifies the body as written ("Honduras Foreign Ministry"): the body keeps that name. */
  asWritten?: boolean;
  /** The token after the owner, where the body's name starts. */
  next: number;
  /** Only a body of a kind every state has ("the country’s parliament", not "the country’s central bank"). */
  needsKind?: boolean;
  /** No owner written at all ("the army"). */
  bare?: boolean;
}

const COUNTRY_NOUNS = new Set(['country', 'nation', 'kingdom', 'republic']);
/** First words of the bodies named with "the" alone (see isCommonBody): other "the"s are not looked at. */
const BARE_BODY_FIRST = new Set(['foreign', 'defence', 'defense', 'national', 'ministry', 'parliament', 'legislature', 'embassy', 'consulate']);

/** Body words that also modify a noun ("military drills", "army chief"): a body only when no noun follows. */
const ADJECTIVAL_BODY = /^(?:military|army|navy|air forces?|coast ?guards?|coastguards?|armed forces|parliament)$/i;
/** Nouns an institution's name qualifies without naming the institution itself ("a Security Council seat"). */
const QUALIFIED_BY_INSTITUTION = /^(?:seats?|veto(?:es)?|resolutions?|votes?|elections?|race|bid|candidates?|campaign|majority|rulings?|decisions?|verdicts?|hearings?)$/;
/** What may follow such a word when it names the body: a verb, a preposition, a conjunction, punctuation. */
const AFTER_BODY = new Set([
  'has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'did', 'does', 'do',
  'also', 'said', 'says', 'in', 'on', 'at', 'of', 'to', 'from', 'with', 'for', 'by', 'near', 'along', 'against', 'into', 'after', 'before',
  'since', 'over', 'under', 'and', 'or', 'but', 'which', 'who', 'that', 'as', 'then', 'still', 'later', 'not', 'reportedly',
  // Irregular past forms that news reports a body's acts with.
  'struck', 'hit', 'shot', 'fought', 'sent', 'took', 'began', 'held', 'made', 'led', 'told', 'left', 'met', 'gave', 'found', 'brought',
  'built', 'lost', 'won', 'ran', 'set', 'put', 'kept', 'drove', 'flew', 'threw', 'broke', 'spoke', 'chose', 'withdrew', 'overran', 'sought',
]);

/** Whether a body phrase ending at token `end` names the body rather than qualifying a noun after it. */
function endsNounPhrase(scan: SentenceScan, phrase: string, end: number): boolean {
  const next = scan.tokens[end + 1];
  // "Russia’s Security Council seat", "the Supreme Court ruling": an institution qualifying an act of its own kind.
  if (INSTITUTION.test(phrase) || /^congress$/i.test(phrase)) return !next || !QUALIFIED_BY_INSTITUTION.test(next.text);
  if (!ADJECTIVAL_BODY.test(phrase)) return true;
  if (!next || !/^\p{Ll}/u.test(next.text)) return true;
  return AFTER_BODY.has(next.text) || /(?:ed|ing)$/.test(next.text);
}

/**
 * Capitalized bodies of a state named without it: "the Finance Ministry said", "the Ministry of
 * Trade, Industry and Energy", "the Supreme Court ruled". Only kinds no international body shares
 * ("the Security Council" is the UN's, "the Army" often a group's own name).
 */
const UNOWNED_BODY = /^(?:(?:\w+ )?ministry|ministry of .+|council of ministers|supreme court|constitutional court)$/i;

/** A government below the state ("the Kurdistan Regional Government"): it has ministries of its own. */
const isRegionalGovernment = (m: Mention): boolean => m.entity.type === 'Organization' && !m.entity.country && /\b(?:government|authority)\b/i.test(m.entity.name);

/** "The Finance Ministry said": a capitalized body of the country the sentence names first, else the one named last, under its canonical name. */
export function unownedBodies(scan: SentenceScan, registry: EntityRegistry, before: Mention[]): void {
  const { tokens } = scan;
  for (let i = 0; i < tokens.length; i++) {
    if (scan.covered[i] || !tokens[i]?.isCapitalized || tokens[i - 1]?.isCapitalized) continue;
    const first = tokens[i]?.text === 'The' ? i + 1 : i;
    const run = capitalizedRun(tokens, first, true);
    if (!run || !scan.isFree(run.first, run.last) || isApostropheS(tokens[run.last + 1])) continue;
    const phrase = tokenPhrase(tokens, run.first, run.last).replace(/ ,/g, ',');
    const kind = UNOWNED_BODY.test(phrase) ? bodyKindOf(phrase) : undefined;
    if (!kind || !endsNounPhrase(scan, phrase, run.last)) continue;
    // "Israel’s Foreign Ministry … the Foreign Ministry report": the body named before.
    const lowerPhrase = phrase.toLowerCase();
    const named = before.find((m) => m.entity.type === 'Organization' && m.text.toLowerCase() === lowerPhrase);
    const inSentence = ownerCountryBefore(tokens, run.first);
    const country = inSentence ? registry.fromKnown(inSentence) : lastCountry({ before, current: scan.mentions });
    if (named || !country?.known?.iso2 || before.some(isRegionalGovernment)) {
      if (named) scan.add(named.entity, run.first, run.last, 'pattern');
      i = run.last;
      continue;
    }
    const body = registry.fromPattern('Organization', bodyName(phrase, country.known), { country: country.known.iso2, isStateBody: true });
    scan.add(body, run.first, run.last, 'pattern');
    i = run.last;
  }
}

/** A country owning what follows: "Iran’s", "Iranian", "its", "their", "the country’s"; "the" alone for the last country. */
function ownerAt(scan: SentenceScan, registry: EntityRegistry, i: number): Owner | undefined {
  const { tokens } = scan;
  const w = scan.word(i);
  if (w === 'its' || w === 'their') {
    const subject = ownerCountryBefore(tokens, i);
    return { ...(subject ? { country: registry.fromKnown(subject) } : {}), kind: 'name', next: i + 1 };
  }
  // "the country’s parliament": the country the sentence names first, else the one the article named last.
  if (w === 'the' && COUNTRY_NOUNS.has(scan.word(i + 1)) && isApostropheS(tokens[i + 2])) {
    const named = ownerCountryBefore(tokens, i);
    return { ...(named ? { country: registry.fromKnown(named) } : {}), kind: 'name', next: i + 3, needsKind: true };
  }
  // "the foreign ministry": a body every state has, of the country named last.
  if (w === 'the' && BARE_BODY_FIRST.has(scan.word(i + 1))) return { kind: 'name', next: i + 1, needsKind: true, bare: true };
  const hit = longestHit(tokens, i);
  if (!hit || hit.hit.entity.type !== 'Country') return undefined;
  const entity = registry.fromKnown(hit.hit.entity);
  if (isApostropheS(tokens[hit.last + 1])) return { country: entity, first: i, countryTokenLast: hit.last, kind: hit.hit.kind, next: hit.last + 2 };
  if (hit.hit.kind === 'demonym') return { country: entity, first: i, countryTokenLast: hit.last, kind: 'demonym', next: hit.last + 1 };
  // "the Honduras Foreign Ministry": a country's name as the modifier of a capitalized body.
  if (hit.hit.kind === 'name' && tokens[hit.last + 1]?.isCapitalized) return { country: entity, first: i, countryTokenLast: hit.last, kind: 'name', asWritten: true, next: hit.last + 1 };
  // "the US embassy", "the China coast guard": the name as a modifier of a body word.
  if (hit.hit.kind === 'name' && /^\p{Ll}/u.test(tokens[hit.last + 1]?.text ?? '')) return { country: entity, first: i, countryTokenLast: hit.last, kind: 'name', next: hit.last + 1 };
  return undefined;
}

/** "Iran’s foreign ministry", "the Iranian army", "Israel’s embassy in Baku", "its embassy in Baku", "the embassy in Lima". */
export function bodiesOwnedByCountry(scan: SentenceScan, registry: EntityRegistry, before: Mention[]): void {
  const { tokens } = scan;
  for (let i = 0; i < tokens.length; i++) {
    if (scan.covered[i]) continue;
    const owner = ownerAt(scan, registry, i);
    if (!owner) continue;
    const j = owner.next;
    // "Japan’s Ministry of Economy, Trade and Industry": a longer name of its own is the name stage's.
    const ownName = tokens[j]?.isCapitalized ? capitalizedRun(tokens, j, true) : undefined;
    const isListName = ownName !== undefined && tokens[ownName.last]?.isCapitalized === true && /,/.test(tokenPhrase(tokens, j, ownName.last));
    for (let end = Math.min(tokens.length - 1, j + 5); end >= j; end--) {
      if (isListName && ownName.last > end) break;
      const phrase = tokenPhrase(tokens, j, end);
      if (!isBodyPhrase(phrase) || !endsNounPhrase(scan, phrase, end)) continue;
      const mission = /^(embassy|consulate)/i.test(phrase) ? missionPlace(scan, registry, end) : undefined;
      if (owner.needsKind && !isCommonBody(phrase, owner.bare === true) && !(owner.bare && mission)) continue;
      const history = { before, current: scan.mentions };
      // "the embassy in Lima" is another country's: the last one named that is not the host.
      const country = owner.country ?? (owner.bare && mission ? lastCountries(history, 4).reverse().find((c) => c.known?.iso2 !== mission.country) : lastCountry(history));
      if (!country?.known) break;
      const name = mission ? missionName(phrase, country.known, mission.hostName) : bodyName(phrase, country.known, owner.asWritten);
      const body = registry.fromPattern('Organization', name, { country: country.known.iso2 ?? '', isStateBody: true });
      if (owner.first !== undefined && owner.countryTokenLast !== undefined && owner.country) {
        scan.add(owner.country, owner.first, owner.countryTokenLast, owner.kind, { role: 'modifier' });
      }
      scan.add(body, j, end, 'pattern');
      if (mission) scan.add(mission.entity, mission.first, mission.last, mission.entity.type === 'Country' ? 'name' : 'capital', { role: 'place' });
      i = mission?.last ?? end;
      break;
    }
  }
}

interface MissionPlace {
  entity: ArticleEntity;
  /** The host's ISO alpha-2, the canonical name of a host country or the city as written. */
  country?: string | undefined;
  hostName: string;
  first: number;
  last: number;
}

/** Where an embassy ending at token `end` is: "in Baku", "in Ethiopia", or a city right after ("US Embassy Havana"). */
function missionPlace(scan: SentenceScan, registry: EntityRegistry, end: number): MissionPlace | undefined {
  const { tokens } = scan;
  const first = scan.word(end + 1) === 'in' ? end + 2 : end + 1;
  const hit = longestHit(tokens, first);
  if (first === end + 1 && hit?.hit.kind !== 'capital') return undefined;
  const cityName = hit ? undefined : capitalizedRun(tokens, first, false);
  if (!hit && !cityName) return undefined;
  const last = hit ? hit.last : (cityName?.last ?? first);
  const city = scan.text(first, last);
  // "its embassy in Ethiopia": the host is a country, named by its canonical name.
  const host = hit?.hit.entity.type === 'Country' && hit.hit.kind === 'name' ? registry.fromKnown(hit.hit.entity) : undefined;
  const country = hit?.hit.entity.iso2 ?? hit?.hit.entity.country;
  const entity = host ?? registry.placeFor(city, country);
  return { entity, country, hostName: host?.name ?? entity.name, first, last };
}

/** "Embassy of Israel in Baku"; the United States' missions as their titles name them ("Embassy of the United States, Havana"). */
function missionName(phrase: string, owner: KnownEntity, hostName: string): string {
  const kind = titleCase(phrase.replace(/ general$/i, ' General'));
  return owner.iso2 === 'US' ? `${kind} of the United States, ${hostName}` : `${kind} of ${owner.name} in ${hostName}`;
}

/**
 * Entity resolution within an article: "Ankara’s defence ministry" and "Turkey’s ministry of
 * national defence" are one body when country and head agree and one's words contain the other's.
 */
export function mergeStateBodies(registry: EntityRegistry, mentions: Mention[][]): void {
  const bodies = [...registry.entities.values()].filter((e) => e.isStateBody && !e.known);
  const words = (e: ArticleEntity) => new Set(e.name.toLowerCase().split(/\s+/).slice(1).filter((w) => !['of', 'the', 'and'].includes(w)));
  for (const a of bodies) {
    for (const b of bodies) {
      if (a === b || a.country !== b.country || !registry.entities.has(a.id) || !registry.entities.has(b.id)) continue;
      const wa = words(a);
      const wb = words(b);
      if (wa.size < wb.size && [...wa].every((w) => wb.has(w))) registry.fold(a, b, mentions);
    }
  }
}
