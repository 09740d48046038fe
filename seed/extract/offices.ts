/**
 * Who holds which office: the country each person serves (from titles in the article and the
 * gazetteer's roles), the office a titled person holds as the sentence states it, and "his
 * Turkish counterpart" resolved to the person of that country the article names.
 */
import { OFFICE_TITLES } from './lexicon.ts';
import type { SentenceContext } from './clause.ts';
import type { ArticleEntity, Mention, Recognition } from './mentions.ts';
import type { Sentence, Token } from './tokenize.ts';

/** What an article says about its actors, read once and used by every rule. */
export interface ArticleFacts {
  /** The article's countries by ISO alpha-2. */
  countries: Map<string, ArticleEntity>;
  /** The country each person serves. */
  countryOf: Map<ArticleEntity, ArticleEntity>;
}

export function articleFacts(sentences: Sentence[], recognition: Recognition): ArticleFacts {
  const countries = articleCountries(recognition);
  return { countries, countryOf: countriesOfPeople(sentences, recognition, countries) };
}

/**
 * "his Turkish counterpart", "the U.S. president": a country standing for its leader, resolved
 * to the person of that country the article names.
 */
export function counterpartOf(m: Mention, ctx: SentenceContext, countryOf: Map<ArticleEntity, ArticleEntity>): Mention | undefined {
  if (m.entity.type !== 'Country' || !/^(counterpart|president|leader|prime|premier)$/.test(ctx.word(m.last + 1))) return undefined;
  if (ctx.tokens[m.last + 2]?.isCapitalized) return undefined;
  const people = [...countryOf].filter(([, country]) => country === m.entity).map(([person]) => person);
  return people.length === 1 && people[0] ? { ...m, entity: people[0], role: 'actor' } : undefined;
}

/** The article's countries by ISO alpha-2. */
function articleCountries(recognition: Recognition): Map<string, ArticleEntity> {
  const byIso = new Map<string, ArticleEntity>();
  for (const e of recognition.entities.values()) if (e.type === 'Country' && e.known?.iso2) byIso.set(e.known.iso2, e);
  return byIso;
}

/** The country each person serves, from titles in the article and the gazetteer's roles. */
function countriesOfPeople(sentences: Sentence[], recognition: Recognition, byIso: Map<string, ArticleEntity>): Map<ArticleEntity, ArticleEntity> {
  const result = new Map<ArticleEntity, ArticleEntity>();
  for (const sentence of sentences) {
    const mentions = recognition.mentions[sentence.index] ?? [];
    for (const m of mentions) {
      if (m.entity.type !== 'Person' || result.has(m.entity)) continue;
      const office = officeOf(m, mentions, sentence.tokens, byIso);
      if (office?.holder.type === 'Country') result.set(m.entity, office.holder);
    }
  }
  for (const e of recognition.entities.values()) {
    if (e.type !== 'Person' || result.has(e)) continue;
    const iso = e.known?.roles?.find((r) => r.country)?.country;
    const country = iso ? byIso.get(iso) : undefined;
    if (country) result.set(e, country);
  }
  return result;
}

/** Roles that, in an apposition, tie a person to the body named after them ("a senior fellow at X"). */
const APPOSITION_ROLES = ['fellow', 'researcher', 'director', 'analyst', 'professor', 'head', 'chief', 'leader', 'member', 'representative', 'commander', 'chairman', 'founder'];

const APPOSITION_PATTERNS = [...OFFICE_TITLES, ...APPOSITION_ROLES].map((t) => [t, new RegExp(`(?:^|\\s)${t.replace('.', '\\.')}(?:\\s|$)`)] as const);

/** Roles that state an office when written before a name without being a title ("the group's spokesman X"). */
const OFFICE_ROLES = new Set(['leader', 'ruler', 'strongman', 'monarch', 'king', 'queen', 'emir', 'sultan', 'chief', 'head', 'commander', 'spokesman', 'spokeswoman', 'spokesperson', 'counterpart', 'nominee', 'envoy', 'negotiator', 'official', 'founder', 'chairman', 'deputy', 'lawmaker', 'representative', 'premier', 'ambassador', 'minister', 'president', 'secretary', 'adviser', 'advisor', 'director']);

/** "the UN envoy for Sudan, X": a role word ending the phrase before the comma that opens X. */
function roleBeforeApposition(person: Mention, tokens: Token[]): number | undefined {
  if (tokens[person.first - 1]?.text !== ',') return undefined;
  for (let k = person.first - 2; k >= Math.max(0, person.first - 6); k--) {
    const w = tokens[k]?.text.toLowerCase() ?? '';
    if (OFFICE_ROLES.has(w)) return ['for', 'to', 'in', 'on'].includes(tokens[k + 1]?.text ?? '') || k === person.first - 2 ? k : undefined;
    if (w === ',' || w === '.') return undefined;
  }
  return undefined;
}

/** "the head of the Chilean delegation, X", "the leader of Chile’s team, X": who leads a state's delegation serves the state. */
/** Token i's text in lower case ('' past either end). */
const lowerAt = (tokens: Token[], i: number) => tokens[i]?.text.toLowerCase() ?? '';

function delegationOwner(person: Mention, mentions: Mention[], tokens: Token[]): ArticleEntity | undefined {
  if (lowerAt(tokens, person.first - 1) !== ',' || !/^(?:delegation|team|mission|negotiators)$/.test(lowerAt(tokens, person.first - 2))) return undefined;
  const country = mentions.find((m) => m.entity.type === 'Country' && m.last < person.first - 2 && m.last >= person.first - 4);
  if (!country) return undefined;
  const of = lowerAt(tokens, country.first - 1) === 'the' ? country.first - 2 : country.first - 1;
  return lowerAt(tokens, of) === 'of' && /^(?:head|leader|chief)$/.test(lowerAt(tokens, of - 1)) ? country.entity : undefined;
}

/** Verbs that make the person next to them the speaker of the sentence. */
const SPEAKER_VERBS = /^(?:said|says|told|added|announced|stated|declared|confirmed|noted|stressed|warned|insisted|explained|wrote|tweeted)$/;

/**
 * "Ireland will recognize Palestine on Tuesday, Foreign Minister X said": a titled person who
 * reports a sentence that opens with a country as its subject speaks for that country.
 */
function speakerCountry(person: Mention, mentions: Mention[], tokens: Token[]): ArticleEntity | undefined {
  const start = person.titleFirst ?? person.first;
  const isSpeaker = SPEAKER_VERBS.test(lowerAt(tokens, person.last + 1)) && lowerAt(tokens, start - 1) === ',';
  if (!isSpeaker) return undefined;
  const subject = mentions[0];
  if (!subject || subject === person || subject.entity.type !== 'Country' || subject.role !== 'actor' || subject.first > 1) return undefined;
  // One country acts in the sentence; the others are what it acts on.
  return subject.entity;
}

/** A title of office: a listed one, or one that ends in an office word ("Mining Minister", "Trade Representative"). */
function isOfficeTitle(title: string): boolean {
  const bare = title.toLowerCase().replace(/^(then-|former )/, '');
  return OFFICE_TITLES.has(bare) || /\b(?:minister|secretary|ambassador|envoy|governor|commissioner|representative|spokes(?:man|woman|person))$/.test(bare);
}

/** "the group’s spokesman X", "the group’s chief military spokesman X": a possessive, up to two describing words, the title. */
function isPossessiveOfTitle(tokens: Token[], possessorLast: number, titleFirst: number): boolean {
  const between = tokens.slice(possessorLast + 2, titleFirst);
  return possessorLast + 2 <= titleFirst && between.length <= 2 && between.every((t) => /^(?:chief|top|senior|military|official|political|deputy|acting|main|lead|foreign|press)$/.test(t.text));
}

/** The office a titled person holds, as the sentence states it. */
export function officeOf(
  person: Mention,
  mentions: Mention[],
  tokens: Token[],
  articleCountries: Map<string, ArticleEntity>,
  countryOf?: Map<ArticleEntity, ArticleEntity>,
): { holder: ArticleEntity; role: string } | undefined {
  if (person.title !== undefined && person.titleFirst !== undefined && isOfficeTitle(person.title)) {
    // "Israeli Foreign Minister X", "Israel’s Prime Minister X", "Iran’s foreign ministry spokesman X".
    const owner = [...mentions].reverse().find((m) => m !== person && (m.entity.type === 'Country' || m.entity.type === 'Organization') && (m.last === person.titleFirst! - 1 || (m.isPossessive && isPossessiveOfTitle(tokens, m.last, person.titleFirst!))));
    // "Russia’s UN ambassador X": an envoy to a body serves the country that sends them.
    const sender = owner?.entity.type === 'Organization' && /ambassador|envoy|representative/i.test(person.title)
      ? mentions.find((m) => m.entity.type === 'Country' && m.isPossessive && m.last === owner.first - 2) : undefined;
    if (sender) return { holder: sender.entity, role: person.title };
    if (owner) return { holder: owner.entity, role: person.title };
    // "President Ilham Aliyev of Azerbaijan".
    if (lowerAt(tokens, person.last + 1) === 'of') {
      const of = mentions.find((m) => m.first === person.last + 2 && (m.entity.type === 'Country' || m.entity.type === 'Organization'));
      if (of) return { holder: of.entity, role: person.title };
    }
    // "President of Azerbaijan Ilham Aliyev", "Secretary General of NATO X".
    const afterTitle = (person.titleLast ?? person.titleFirst) + 1;
    if (lowerAt(tokens, afterTitle) === 'of') {
      const at = lowerAt(tokens, afterTitle + 1) === 'the' ? afterTitle + 2 : afterTitle + 1;
      const of = mentions.find((m) => m.first === at && (m.entity.type === 'Country' || m.entity.type === 'Organization'));
      if (of) return { holder: of.entity, role: person.title };
    }
    // A listed leader: the country of the matching role.
    const role = person.entity.known?.roles?.find((r) => r.role.toLowerCase().includes(person.title!.toLowerCase().replace(/^(then-|former )/, '')));
    const holder = role?.country ? articleCountries.get(role.country) : undefined;
    if (holder) return { holder, role: person.title };
    // "Ireland will recognize Palestine, Foreign Minister X said": the speaker of a sentence whose
    // subject is a country speaks for it.
    const speaksFor = speakerCountry(person, mentions, tokens);
    if (speaksFor && !(countryOf?.has(person.entity) && countryOf.get(person.entity) !== speaksFor)) return { holder: speaksFor, role: person.title };
    // "The Polish authorities decided ..., Foreign Minister X said": the one country of the sentence.
    // Only a country that acts or qualifies (a demonym, a possessive), not a place someone went to,
    // and not for a person the article already placed in another country.
    const named = mentions.filter((m) => m.entity.type === 'Country' && m.kind !== 'coreference');
    const countries = new Set(named.map((m) => m.entity));
    const [only] = countries;
    const placedElsewhere = only !== undefined && countryOf?.has(person.entity) === true && countryOf.get(person.entity) !== only;
    // The country comes first ("The Polish government decided ..., Foreign Minister X said"), not as
    // the object after the person ("President X criticised Peru’s approach").
    if (countries.size === 1 && only && !placedElsewhere && named.every((m) => (m.kind === 'demonym' || m.isPossessive) && m.first < person.first) && !mentions.some((m) => m.entity.type === 'Person' && m !== person && m.title !== undefined)) return { holder: only, role: person.title };
  }
  // A role word before the name: "the Palestinian leader X", "RSF commander X", "his Honduran
  // counterpart X", "the group's military spokesman X".
  const roleAt = [person.first - 1, person.first - 2].find((i) => OFFICE_ROLES.has(lowerAt(tokens, i))) ?? roleBeforeApposition(person, tokens);
  if (person.title === undefined && roleAt !== undefined && (roleAt === person.first - 1 || /^(?:[a-z-]+|,)$/.test(tokens[person.first - 1]?.text ?? ''))) {
    const owner = [...mentions].reverse().find((m) => m !== person && m.last < roleAt && m.last >= roleAt - 3 && (m.entity.type === 'Country' || m.entity.type === 'Organization')
      && tokens.slice(m.last + 1, roleAt).every((t) => /^(?:’s|'s|[a-z-]+)$/.test(t.text)));
    if (owner) return { holder: owner.entity, role: lowerAt(tokens, roleAt).replace(/^\w/, (c) => c.toUpperCase()) };
  }
  const delegation = delegationOwner(person, mentions, tokens);
  if (delegation && person.title === undefined) return { holder: delegation, role: 'Head of delegation' };
  // "Argentina’s Javier Milei", "Israel’s Netanyahu": a country's person, its office unnamed.
  const possessor = mentions.find((m) => m.entity.type === 'Country' && m.isPossessive && m.last === person.first - 2);
  if (possessor && person.title === undefined) return { holder: possessor.entity, role: 'Official' };
  // "Abiy’s chief of staff, Fitsum Arega", "Prime Minister X's spokeswoman, Y": the staff of a
  // person serve that person's country.
  if (lowerAt(tokens, person.first - 1) === ',') {
    const chief = [...mentions].reverse().find((m) => m.entity.type === 'Person' && m.entity !== person.entity && m.isPossessive && m.last < person.first && m.last >= person.first - 6);
    const role = chief && tokens.slice(chief.last + 2, person.first - 1).map((t) => t.text.toLowerCase()).join(' ');
    const country = chief && countryOf?.get(chief.entity);
    if (role && country && [...OFFICE_ROLES, ...OFFICE_TITLES].some((r) => role.includes(r))) return { holder: country, role: role.replace(/\b\w/g, (c) => c.toUpperCase()) };
  }
  const predicated = predicatedOffice(person, mentions, tokens);
  if (predicated) return predicated;
  // Apposition: "X, the UAE’s Minister of Foreign Affairs", "X, a spokesperson from Turkey’s ministry".
  if (tokens[person.last + 1]?.text === ',') {
    const after = tokens.slice(person.last + 2, person.last + 12).map((t) => t.text.toLowerCase()).join(' ');
    const title = APPOSITION_PATTERNS.filter(([, p]) => p.test(after)).map(([t]) => t).sort((a, b) => b.length - a.length)[0];
    if (title) {
      // The owner is the first body or country named, not the country inside a body's name.
      const owner = mentions.find((m) => m.first > person.last + 1 && m.first <= person.last + 12 && (m.entity.type === 'Country' || m.entity.type === 'Organization') && m.entity !== person.entity
        && !(m.entity.type === 'Country' && mentions.some((o) => o.entity.type === 'Organization' && o.first > m.last && o.first <= m.last + 2)));
      if (owner) {
        const titleText = after.slice(after.indexOf(title), after.indexOf(title) + title.length);
        return { holder: owner.entity, role: titleText.replace(/\b\w/g, (c) => c.toUpperCase()) };
      }
    }
  }
  return undefined;
}

/** Verbs that state an office after the name, with the role each names when no title follows. */
const OFFICE_VERBS = new Map([
  ['heads', 'Head'], ['headed', 'Head'], ['leads', 'Leader'], ['led', 'Leader'], ['chairs', 'Chair'], ['chaired', 'Chair'], ['runs', 'Head'],
  ['serves', ''], ['served', ''], ['appointed', ''], ['named', ''], ['elected', ''], ['sworn', ''], ['installed', ''], ['confirmed', ''], ['became', ''],
]);

/**
 * "X, who heads Chile’s central bank", "X was sworn in as Chile’s president", "X serves as defence
 * minister of Chile": an office the sentence gives the person after the name. The verbs that do not
 * name the role themselves need a title word before the owner or right after its possessive.
 */
function predicatedOffice(person: Mention, mentions: Mention[], tokens: Token[]): { holder: ArticleEntity; role: string } | undefined {
  for (let k = person.last + 1; k <= person.last + 4; k++) {
    if (/^[.;:]$/.test(lowerAt(tokens, k)) || (lowerAt(tokens, k) === ',' && k > person.last + 1)) return undefined;
    const verbRole = OFFICE_VERBS.get(lowerAt(tokens, k));
    if (verbRole === undefined) continue;
    const isBody = (m: Mention) => m.entity.type === 'Country' || m.entity.type === 'Organization';
    const first = mentions.find((m) => m.first > k && m.first <= k + 6 && isBody(m));
    if (!first || mentions.some((m) => m.entity.type === 'Person' && m.first > k && m.first < first.first)) return undefined;
    // "heads the fund", "chairs Chile’s bank": the body right after the verb ("led the talks with Peru" heads no Peru).
    if (verbRole && first.first > k + 2) return undefined;
    // "Chile’s central bank": the body a possessive country introduces holds the office.
    const owner = (first.isPossessive && mentions.find((m) => m.entity.type === 'Organization' && m.first > first.last && m.first <= first.last + 3)) || first;
    const words = tokens.slice(k + 1, Math.max(owner.first, first.last + 4)).map((t) => t.text.toLowerCase());
    const title = [...OFFICE_TITLES, ...OFFICE_ROLES].filter((t) => words.join(' ').includes(t)).sort((a, b) => b.length - a.length)[0];
    const role = title ? title.replace(/\b\w/g, (c) => c.toUpperCase()) : verbRole;
    return role ? { holder: owner.entity, role } : undefined;
  }
  return undefined;
}

/** Relations stated by names and titles rather than by verbs. */