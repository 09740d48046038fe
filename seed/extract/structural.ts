/**
 * Relations stated by names, titles and noun phrases rather than by verbs, one function per
 * family: offices (OFFICIAL_OF), bodies (PART_OF), locations (LOCATED_IN), compounds ("the A-B
 * border", "Iran-backed X", "a Russia-led bloc"), visits (exchanged visits, a meeting somewhere, a
 * foreign official in a city, an embassy opened), and signings (co-signers and callers meet).
 */
import type { RelationType } from '../vocabulary.ts';
import { entitiesOf, isAfterPlacePreposition, isFormerName, type SentenceContext } from './clause.ts';
import { pushCandidate, type Candidate } from './candidates.ts';
import type { ArticleEntity, Mention } from './mentions.ts';
import { claimOf, type Claim } from './claims.ts';
import { counterpartOf, officeOf, type ArticleFacts } from './offices.ts';
import { ACTOR_HEADS } from './lexicon.ts';
import { ADMINISTRATIVE_HEADS } from './open-spans.ts';
import { MODALITY, modalWindow } from './rules.ts';

/**
 * One sentence's structural rules: its context, the article's facts, and where candidates go.
 * (A class, so that the rules share `add` without a closure made per sentence.)
 */
class Structural {
  constructor(
    readonly ctx: SentenceContext,
    readonly facts: ArticleFacts,
    private readonly out: Candidate[],
  ) {}

  /** Names and titles state facts. */
  add(source: ArticleEntity, type: RelationType, target: ArticleEntity, confidence: number, rule: string, props?: Candidate['props'], claim?: Claim): void {
    pushCandidate(this.out, { source, target, type, sentence: this.ctx.sentence, confidence, rule, ...(props ? { props } : {}), ...(claim ? { claim } : {}) }, this.facts.countryOf);
  }

  /** Events stated by noun phrases (visits, signings) are claims like any other: the claim of the words before token `at`. */
  addClaimed(at: number, source: ArticleEntity, type: RelationType, target: ArticleEntity, confidence: number, rule: string): void {
    this.add(source, type, target, confidence, rule, undefined, claimOf(this.ctx, at, at));
  }
}

/** Relations stated by names and titles rather than by verbs. */
export function structuralRelations(ctx: SentenceContext, out: Candidate[], facts: ArticleFacts): void {
  const s = new Structural(ctx, facts, out);
  offices(s);
  bodies(s);
  neighbours(s);
  locations(s);
  compounds(s);
  visits(s);
  signings(s);
  memberships(s);
  memberLists(s);
  belongingTo(s);
  agreementParties(s);
  branches(s);
}

/** The mention that starts at token `first`. */
const mentionAt = (mentions: Mention[], first: number) => mentions.find((n) => n.first === first);

/** "the two neighbours", "the Andean neighbors": the countries a group of neighbours stands for border each other. */
function neighbours(s: Structural): void {
  const { ctx } = s;
  for (const m of ctx.mentions) {
    if (m.kind !== 'coreference' || !m.group || !/^neighbou?rs$/.test(ctx.word(m.last))) continue;
    const members = [m.entity, ...m.group].filter((e) => e.type === 'Country');
    for (let a = 0; a < members.length; a++) for (let b = a + 1; b < members.length; b++) s.add(members[a]!, 'BORDERS', members[b]!, 0.65, 'neighbours');
  }
}

/** OFFICIAL_OF from titles, roles and appositions. */
function offices(s: Structural): void {
  const { ctx, facts } = s;
  for (const m of ctx.mentions) {
    if (m.entity.type !== 'Person' || m.kind === 'coreference') continue;
    const office = officeOf(m, ctx.mentions, ctx.tokens, facts.countries, facts.countryOf);
    if (office) s.add(m.entity, 'OFFICIAL_OF', office.holder, 0.9, 'title', { role: office.role });
  }
}

/** PART_OF: state bodies ("Iranian Foreign Ministry"), bodies owned by a possessive ("the KRG’s Ministry of X"). */
function bodies(s: Structural): void {
  const { ctx, facts } = s;
  for (const m of ctx.mentions) {
    if (m.entity.type !== 'Organization' || m.kind === 'coreference') continue;
    if (m.entity.isStateBody && m.entity.country) {
      const owner = ctx.mentions.find((o) => o.entity.type === 'Country' && o.entity.known?.iso2 === m.entity.country);
      const country = owner?.entity ?? facts.countries.get(m.entity.country);
      if (country) s.add(m.entity, 'PART_OF', country, 0.85, 'state-body');
    }
    const possessor = ctx.mentions.find((o) => o.last === m.first - 2 && o.isPossessive && (o.entity.type === 'Country' || o.entity.type === 'Organization'));
    if (possessor && !m.entity.known && possessor.entity !== m.entity) s.add(m.entity, 'PART_OF', possessor.entity, 0.75, 'possessive-body');
    // "state news agency TASS", "the official Qatar News Agency": a state's outlet.
    if (/^(state|official|state-run|state-owned)$/.test(ctx.word(m.first - 1)) || /^(state|official|state-run|state-owned)$/.test(ctx.word(m.first - 3))) {
      const iso = m.entity.country ?? m.entity.known?.country;
      const country = iso ? facts.countries.get(iso) : undefined;
      if (country) s.add(m.entity, 'PART_OF', country, 0.7, 'state-outlet');
    } else {
      const home = homeCountry(ctx, m);
      if (home) s.add(m.entity, 'LOCATED_IN', home, 0.7, 'home-country');
    }
  }
}

/** Kinds of company and outlet a demonym places in its country ("the Greek daily X", "Kenyan lender X"). */
const COMPANY_NOUNS = /^(?:newspaper|daily|weekly|broadcaster|channel|network|magazine|outlet|firm|company|manufacturer|maker|carrier|airline|lender|bank|insurer|shipbuilder|giant|conglomerate|group|producer|operator|contractor|developer|think-tank)$/;

/** "Greek newspaper Kathimerini": the country of a demonym before a company noun before the name. */
function homeCountry(ctx: SentenceContext, m: Mention): ArticleEntity | undefined {
  if (m.entity.isStateBody || m.entity.known?.isNonState) return undefined;
  let i = m.first - 1;
  const nouns = i;
  while (i > nouns - 2 && COMPANY_NOUNS.test(ctx.word(i))) i--;
  if (i === nouns) return undefined;
  const demonym = ctx.mentions.find((d) => d.last === i && d.kind === 'demonym' && d.entity.type === 'Country');
  return demonym?.entity;
}

/** Nouns that introduce a named non-state body: "the militant group X", "the rebel movement X". */
const GROUP_NOUNS = /^(group|movement|militia|faction|organi[sz]ation|party|alliance|network|outfit|coalition)$/;

const isPlaceLike = (m: Mention | undefined): m is Mention => !!m && (m.entity.type === 'Place' || m.entity.type === 'Country') && m.kind !== 'demonym' && m.role !== 'modifier';

/** LOCATED_IN: appositions, "X in Y", places a country owns, capitals. */
function locations(s: Structural): void {
  placeAppositions(s);
  placesOfCountries(s);
  capitals(s);
  datelines(s);
}

/** "KIGALI, Rwanda (AA) –": a dateline that names its place's country states where the place lies. */
function datelines(s: Structural): void {
  const { ctx } = s;
  const place = ctx.mentions.find((m) => m.first === 0 && m.entity.type === 'Place' && m.kind !== 'coreference');
  if (!place || ctx.word(place.last + 1) !== ',' || !/^\p{Lu}{3,}/u.test(ctx.tokens[0]?.text ?? '')) return;
  const country = ctx.mentions.find((m) => m.first === place.last + 2 && m.entity.type === 'Country');
  if (country && [',', '(', '—', '–', '-', '--'].includes(ctx.word(country.last + 1))) s.add(place.entity, 'LOCATED_IN', country.entity, 0.7, 'dateline');
}

/** LOCATED_IN from a name beside a place: "in Nakhchivan, Azerbaijan", "Hamas in Gaza", "X, a district in Y". */
function placeAppositions(s: Structural): void {
  const { ctx } = s;
  const { mentions } = ctx;
  for (const m of mentions) {
    if (m.kind === 'coreference') continue;
    const type = m.entity.type;
    // "in Nakhchivan, Azerbaijan", "the Red Village of Quba", "Jeddah, Saudi Arabia".
    if (type === 'Place' || type === 'Group') {
      const quoted = ['"', '”', '’'].includes(ctx.word(m.last + 1)) ? 1 : 0;
      const next = mentionAt(mentions, m.last + 2 + quoted);
      const sep = ctx.word(m.last + 1 + quoted);
      // The name after the comma ends the phrase ("Jeddah, Saudi Arabia, to resume"), it is not a
      // new clause's subject ("the region of Nagorno-Karabakh, Baku moved").
      const ends = next && /^(?:,|\.|;|\)|and|on|in|at|for|between|from|to|with|after|before|during|where|—|–|-|)$/.test(ctx.word(next.last + 1));
      // "the Batken region of Kyrgyzstan": a unit named with its head, "of" its country.
      const isUnitOf = sep === 'of' && type === 'Place' && (next?.entity.type === 'Place' || ADMINISTRATIVE_HEADS.has(ctx.word(m.last)));
      if (isPlaceLike(next) && next.kind !== 'capital' && next.entity !== m.entity && ((sep === ',' && ends) || isUnitOf)) {
        s.add(m.entity, 'LOCATED_IN', next.entity, 0.75, 'apposition');
      }
      if (type === 'Group' && ctx.word(m.last + 1) === 'from') {
        const origin = mentions.find((n) => n.first > m.last && n.first <= m.last + 3 && isPlaceLike(n));
        if (origin) s.add(m.entity, 'LOCATED_IN', origin.entity, 0.65, 'group-from');
      }
    }
    // "Hamas in Gaza", "the Houthis in Yemen", "the Line of Control in Kashmir", "the embassy in Baku".
    // "the Zaghawa community in Chad": a group's head noun may stand before "in".
    const head = type === 'Group' && /^(community|communities|minority|tribes?|clans?|population)$/.test(ctx.word(m.last + 1)) ? 1 : 0;
    if ((type === 'Organization' || type === 'Group' || type === 'Place') && ctx.word(m.last + 1 + head) === 'in') {
      const where = mentionAt(mentions, m.last + 2 + head) ?? (ctx.word(m.last + 2 + head) === 'the' ? mentionAt(mentions, m.last + 3 + head) : undefined);
      // ("a tour of South America in Lima": a region no state holds does not lie in one state's city.)
      const isWider = type === 'Place' && !m.entity.country && (where?.entity.country !== undefined || where?.entity.type === 'Country');
      if (isPlaceLike(where) && where.entity !== m.entity && !isWider && !(type === 'Organization' && m.entity.isStateBody && !/^(Embassy|Consulate)/.test(m.entity.name))) {
        s.add(m.entity, 'LOCATED_IN', where.entity, 0.7, 'in-place');
      }
    }
    // "North Waziristan, a district in the northwestern X province": an apposition naming the unit.
    if (type === 'Place' && ctx.word(m.last + 1) === ',' && ['a', 'an', 'the'].includes(ctx.word(m.last + 2))) {
      const unit = ctx.tokens.findIndex((t, k) => k > m.last + 2 && k <= m.last + 5 && /^(district|province|region|city|town|village|state|county|area|governorate|territory|island)$/.test(t.text));
      const where = unit === -1 || !['in', 'of'].includes(ctx.word(unit + 1)) ? undefined
        : mentions.find((n) => n.first > unit + 1 && n.first <= unit + 5 && isPlaceLike(n) && ctx.tokens.slice(unit + 2, n.first).every((t) => !t.isCapitalized));
      if (where && where.entity !== m.entity) s.add(m.entity, 'LOCATED_IN', where.entity, 0.7, 'unit-apposition');
    }
  }
}

/** Nouns a body's name qualifies ("Russia’s UN ambassador", "Peru’s EU membership bid"): the body is no community of the country. */
const QUALIFIED_BY_BODY = /^(?:ambassadors?|envoys?|representatives?|mission|delegation|delegates|seat|membership|bid|partners|allies|members|summit|talks|chair|presidency|accession|application|candidacy|obligations|commitments|funding|aid|loans?|peacekeepers|troops|forces|veto|vote|resolution|sanctions|observers?)$/;

/** LOCATED_IN from a country owning places and groups: "Yemen’s Houthis", "the Georgian regions of A and B", "Afghanistan’s Khost province". */
function placesOfCountries(s: Structural): void {
  const { ctx } = s;
  const { mentions } = ctx;
  for (const m of mentions) {
    if (m.kind === 'coreference') continue;
    const type = m.entity.type;
    // "Yemen’s Houthis", "Azerbaijan’s long-standing Jewish community": a group or a non-state
    // organization the gazetteer knows, right after the possessive (adjectives at most between).
    if (type === 'Country' && m.isPossessive) {
      const owned = mentions.find((g) => g.first > m.last && g.first <= m.last + 4 && (g.entity.type === 'Group' || (g.entity.type === 'Organization' && g.entity.known !== undefined && !g.entity.known.country))
        && !QUALIFIED_BY_BODY.test(ctx.word(g.last + 1)));
      const between = owned ? ctx.tokens.slice(m.last + 2, owned.first).map((t) => t.text) : [];
      if (owned && between.every((w) => /^[a-z-]+$/.test(w) && !/^(against|with|of|for|on|in|to|and|war|by)$/.test(w))) s.add(owned.entity, 'LOCATED_IN', m.entity, 0.7, 'possessive-community');
    }
    // "the breakaway Georgian regions of Abkhazia and South Ossetia", "the Turkish port of Ceyhan".
    if ((type === 'Country' || type === 'Place') && (m.kind === 'demonym' || m.isPossessive)) {
      for (let k = m.last + 1; k <= m.last + 4; k++) {
        // "Pakistani-controlled Kashmir’s capital": the noun belongs to the nearer name; "Russian
        // forces captured the town of X": only adjectives may stand between ("Iran’s northwestern province").
        const between = ctx.tokens[k - 1];
        if (k > m.last + 1 && between && (between.isCapitalized || (/(?:ed|s)$/.test(between.text) && !/-|^[’']s$/.test(between.text)) || ACTOR_HEADS.has(between.text))) break;
        if (!/^(regions?|provinces?|districts?|cities|city|towns?|villages?|ports?|capital|enclaves?|territor(?:y|ies)|islands?|prefectures?|governorates?|oblasts?|states?)$/.test(ctx.word(k))) continue;
        const first = ['of', ','].includes(ctx.word(k + 1)) ? mentionAt(mentions, k + 2) : mentionAt(mentions, k + 1);
        const places = first && first.entity.type === 'Place' ? ctx.group(first, ctx.tokens.length - 1, (n) => n.entity.type === 'Place') : [];
        for (const p of places) s.add(p.entity, 'LOCATED_IN', m.entity, 0.7, 'region-of');
        break;
      }
    }
    // "the Lebanese Shiite militant group Hezbollah": a demonym, a few modifiers, a group noun, its name.
    if (type === 'Country' && m.kind === 'demonym') {
      const head = ctx.tokens.findIndex((t, k) => k > m.last && k <= m.last + 4 && GROUP_NOUNS.test(t.text));
      const named = head === -1 ? undefined : mentionAt(mentions, head + 1);
      const onlyModifiers = !mentions.some((n) => n.first > m.last && n.first < head);
      if (named && onlyModifiers && (named.entity.type === 'Group' || (named.entity.type === 'Organization' && !named.entity.isStateBody))) {
        s.add(named.entity, 'LOCATED_IN', m.entity, 0.65, 'demonym-group');
      }
    }
    // "Afghanistan’s Khost and Paktika provinces": places right after a country's possessive.
    if (type === 'Country' && m.isPossessive) {
      const first = mentionAt(mentions, m.last + 2);
      const places = first && first.entity.type === 'Place' ? ctx.group(first, ctx.tokens.length - 1, (n) => n.entity.type === 'Place') : [];
      for (const p of places) s.add(p.entity, 'LOCATED_IN', m.entity, 0.7, 'possessive-place');
    }
    // "the Turkish Ceyhan port": a demonym right before a place.
    if (type === 'Country' && m.kind === 'demonym') {
      const place = mentionAt(mentions, m.last + 1);
      if (place?.entity.type === 'Place') s.add(place.entity, 'LOCATED_IN', m.entity, 0.65, 'demonym-place');
    }
  }
}

/** LOCATED_IN of capitals: "Khartoum, Sudan’s capital", "the capital Asunción", "Erbil, the capital of X". */
function capitals(s: Structural): void {
  const { ctx, facts } = s;
  const { mentions } = ctx;
  for (const m of mentions) {
    if (m.kind === 'coreference') continue;
    const type = m.entity.type;
    // "Khartoum, Sudan’s capital": a place, then its country's capital.
    const owner = type === 'Place' && ctx.word(m.last + 1) === ',' ? mentionAt(mentions, m.last + 2) : undefined;
    if (owner && owner.isPossessive && isPlaceLike(owner) && ctx.word(owner.last + 2) === 'capital') s.add(m.entity, 'LOCATED_IN', owner.entity, 0.7, 'capital-of');
    // "the capital Asunción": a capital named as a place is in its country.
    if (type === 'Place' && m.kind === 'capital' && (ctx.word(m.first - 1) === 'capital' || (ctx.word(m.first - 1) === ',' && ctx.word(m.first - 2) === 'capital')) && m.entity.country) {
      const country = facts.countries.get(m.entity.country);
      if (country) s.add(m.entity, 'LOCATED_IN', country, 0.65, 'the-capital');
    }
    // "Erbil, the capital of X".
    if (type === 'Place' && ctx.word(m.last + 1) === ',' && ctx.word(m.last + 3) === 'capital' && ctx.word(m.last + 4) === 'of') {
      const of = mentionAt(mentions, m.last + 5) ?? mentionAt(mentions, m.last + 6);
      if (isPlaceLike(of)) s.add(m.entity, 'LOCATED_IN', of.entity, 0.7, 'capital-of');
    }
  }
}

/** PART_OF from appositions: "the European Commission, the EU’s executive arm", "X, the external arm of Y". */
function branches(s: Structural): void {
  const { ctx } = s;
  const { mentions } = ctx;
  for (const m of mentions) {
    if (m.entity.type !== 'Organization' || m.kind === 'coreference' || ctx.word(m.last + 1) !== ',' || !['the', 'a', 'an'].includes(ctx.word(m.last + 2))) continue;
    const noun = ctx.tokens.findIndex((t, k) => k > m.last + 2 && k <= m.last + 8 && BRANCH_NOUNS.test(t.text));
    if (noun === -1) continue;
    // The owner: a possessive before the noun ("the EU’s executive arm") or a name after "of".
    const possessor = mentions.find((o) => o.first > m.last + 2 && o.last < noun && o.isPossessive && isBody(o));
    const ofOwner = ctx.word(noun + 1) === 'of' ? mentions.find((o) => o.first === noun + 2 && isBody(o)) ?? (ctx.word(noun + 2) === 'the' ? mentions.find((o) => o.first === noun + 3 && isBody(o)) : undefined) : undefined;
    // "of Iran’s Revolutionary Guards": the body after the possessive owns it.
    const owner = ofOwner?.isPossessive ? mentions.find((o) => o.first === ofOwner.last + 2 && isBody(o)) ?? ofOwner : ofOwner ?? possessor;
    if (owner && owner.entity !== m.entity) s.add(m.entity, 'PART_OF', owner.entity, 0.7, 'branch-apposition');
  }
}
const isBody = (m: Mention) => m.entity.type === 'Organization' || m.entity.type === 'Country';
const BRANCH_NOUNS = /^(arm|wing|branch|unit|division|subsidiary|agency|affiliate|offshoot|faction|body|organ)$/;

const SPEAKING = /^(said|says|told|tells|spoke|speaks|announced|announces)$/;
const ENVOY_NOUNS = /^(officials|delegation|delegations|ministers|diplomats|envoys|negotiators|leaders)$/;

/** A country named as a member of a body (not by a pronoun, not as a modifier). */
const isMember = (m: Mention) => m.entity.type === 'Country' && m.kind !== 'coreference' && m.role !== 'modifier';

/** MEMBER_OF from appositions: "NATO members Hungary and Slovakia", "Bolivia, the newest Mercosur member". */
function memberships(s: Structural): void {
  const { ctx } = s;
  const { mentions } = ctx;
  for (const body of mentions) {
    if (body.entity.type !== 'Organization' || body.entity.isStateBody) continue;
    // "the AES countries" standing for the countries listed before: each is a member.
    // (Not the members the gazetteer knows: "EU countries" are seldom only those the article named.)
    const named = mentions.find((m) => m.first === body.last + 1 && m.kind === 'coreference' && m.group && !m.membersOf);
    if (named) for (const e of entitiesOf([named])) if (e.type === 'Country') s.add(e, 'MEMBER_OF', body.entity, 0.7, 'member-group');
    if (!/^members?$/.test(ctx.word(body.last + 1))) continue;
    // "fellow NATO member Turkey", "EU member states Hungary and Slovakia".
    const skip = /^(states?|countries|country|nations?)$/.test(ctx.word(body.last + 2)) ? 1 : 0;
    const first = mentions.find((m) => m.first === body.last + 2 + skip && isMember(m));
    for (const m of first ? ctx.group(first, ctx.tokens.length - 1, isMember) : []) s.add(m.entity, 'MEMBER_OF', body.entity, 0.7, 'member-apposition');
    // "An OPEC member since 1960, Venezuela …": a fronted apposition, the country after its comma.
    if (['a', 'an'].includes(ctx.word(body.first - 1)) && (body.first === 1 || ctx.word(body.first - 2) === 'as')) {
      const comma = ctx.tokens.findIndex((t, k) => k > body.last + 1 && k <= body.last + 6 && t.text === ',');
      const country = comma === -1 ? undefined : mentions.find((m) => m.first === comma + 1 && isMember(m));
      if (country && ctx.tokens.slice(body.last + 2, comma).every((t) => !/^\p{Lu}/u.test(t.text))) s.add(country.entity, 'MEMBER_OF', body.entity, 0.7, 'member-apposition');
    }
    // "Bolivia, the newest Mercosur member": a country, a comma, an article, a few lowercase words.
    const article = [...ctx.tokens.slice(Math.max(0, body.first - 4), body.first)].map((t) => t.text.toLowerCase());
    const comma = article.lastIndexOf(',');
    if (comma === -1 || !['a', 'an', 'the'].includes(article[comma + 1] ?? '')) continue;
    const before = body.first - article.length + comma;
    const country = mentions.find((m) => m.last === before - 1 && isMember(m));
    const between = ctx.tokens.slice(before + 2, body.first);
    if (country && between.every((t) => !t.isCapitalized)) s.add(country.entity, 'MEMBER_OF', body.entity, 0.7, 'member-apposition');
  }
}

/** "the X bloc to which both countries belong": the members named in a relative clause after the body. */
function belongingTo(s: Structural): void {
  const { ctx } = s;
  const { mentions } = ctx;
  for (let k = 0; k < ctx.tokens.length - 2; k++) {
    if (ctx.word(k) !== 'to' || ctx.word(k + 1) !== 'which') continue;
    const verb = ctx.tokens.findIndex((t, j) => j > k + 1 && j <= k + 8 && /^belong(?:s|ed)?$/.test(t.text));
    const body = [...mentions].reverse().find((m) => m.last < k && m.last >= k - 2 && (m.entity.type === 'Organization' || m.entity.type === 'Agreement') && !m.entity.isStateBody);
    if (verb === -1 || !body) continue;
    const members = mentions.filter((m) => m.first > k + 1 && m.last < verb && (m.entity.type === 'Country' || m.group));
    for (const e of entitiesOf(members)) if (e.type === 'Country') s.add(e, 'MEMBER_OF', body.entity, 0.7, 'belonging-to');
  }
}

/** Words that open the list of a body's members. */
const MEMBER_LIST = /\b(?:(?:other |original |founding |new |full |current |five |six |seven |nine |ten )?members? (?:are|were|include[sd]?|including)|made up of|compris(?:es|ed|ing)(?: of)?|consist(?:s|ed|ing)? of|(?:which |that )?includ(?:es|ed|ing)|(?:brings|brought|bringing) together|member (?:states|countries|nations) (?:such as|including|like))\b/gi;
/** What may stand between two members of a list: "A, B and C", "A along with B", "A as well as B", "A plus B". */
const LIST_GAP = new Set([',', 'and', 'along', 'with', 'as', 'well', 'plus', 'the', 'or', 'also']);

/**
 * "ASEAN's other members are A, B and C", "Mercosur, which includes the region's two biggest
 * economies, A and B, along with C", "the Pacific Alliance – made up of A, B and C –": the body named
 * before the words that open the list, the countries listed after them.
 */
function memberLists(s: Structural): void {
  const { ctx } = s;
  const { mentions } = ctx;
  MEMBER_LIST.lastIndex = 0;
  for (let match = MEMBER_LIST.exec(ctx.sentence.text); match; match = MEMBER_LIST.exec(ctx.sentence.text)) {
    const first = ctx.tokenAt(match.index);
    const last = ctx.tokenAt(match.index + match[0].length) - 1;
    // The body: the last organization or agreement named before, with no country between it and the words.
    const body = [...mentions].reverse().find((m) => m.last < first && m.last >= first - 12 && (m.entity.type === 'Agreement' || (m.entity.type === 'Organization' && !m.entity.isStateBody)) && !isFormerName(ctx, m));
    if (!body || mentions.some((m) => m.first > body.last && m.last < first && isMember(m))) continue;
    // The list may open after an apposition ("the region's two biggest economies,").
    const start = mentions.find((m) => m.first > last && m.first <= last + 10 && isMember(m));
    if (!start) continue;
    const members = [start];
    for (const m of mentions) {
      const previous = members[members.length - 1]!;
      if (m.first <= previous.last || !isMember(m)) continue;
      const gap = ctx.tokens.slice(previous.last + 1, m.first).map((t) => t.text.toLowerCase());
      // "Brazil and Argentina, along with Paraguay": a list goes on over commas and conjunctions only.
      if (gap.length > 4 || !gap.every((w) => LIST_GAP.has(w))) break;
      members.push(m);
    }
    if (members.length < 2 && !/members? (?:are|were)/i.test(match[0])) continue;
    for (const m of members) if (m.entity !== body.entity) s.add(m.entity, 'MEMBER_OF', body.entity, 0.7, 'member-list');
  }
}

/** Words before an agreement that say it was not reached ("failed to reach a", "no", "without a"). */
const UNREACHED = /\b(?:fail(?:ed|s|ing)? to (?:reach|agree on|sign|conclude|clinch|secure)|(?:did|do|does|could|would|have|has|had) not (?:reach|sign|agree on|conclude)|not yet (?:reached|signed|agreed)|yet to (?:reach|sign|agree on|conclude)|no|without|collapse of|absence of|lack of)(?: (?:a|an|the|any))?(?: [a-z-]+){0,2}$/i;

/**
 * "A and B signed a border treaty", "a memorandum of understanding with X", "a trilateral energy
 * agreement involving A and B": the parties an agreement named by a common noun was identified by
 * are its members where the sentence names them (proposed members when the clause is a plan).
 */
function agreementParties(s: Structural): void {
  const { ctx } = s;
  for (const m of ctx.mentions) {
    const parties = m.entity.type === 'Agreement' ? m.entity.parties : undefined;
    if (!parties || m.kind === 'coreference') continue;
    const named = parties.filter((p) => ctx.mentions.some((n) => n.entity === p || (n.entity.type === 'Person' && n.entity.country === p.known?.iso2)));
    if (named.length < parties.length) continue;
    const before = ctx.tokens.slice(Math.max(0, m.first - 8), m.first).map((t) => t.text).join(' ');
    // "failed to reach a peace agreement", "without a deal": no agreement, no parties.
    if (UNREACHED.test(before)) continue;
    const type = MODALITY.test(modalWindow(before)) ? 'PROPOSED_FOR' : 'MEMBER_OF';
    for (const p of parties) s.add(p, type, m.entity, 0.7, 'agreement-parties');
  }
}

/** Hyphenated compounds: "the A-B border", "Iran-backed X", "a Russia-led bloc", "Pakistan-based groups". */
function compounds(s: Structural): void {
  const { ctx } = s;
  const { mentions } = ctx;
  // "Analysts say the A-B alliance ...": a compound inside a claim is that claim.
  const claimAt = mentions[0]?.first ?? 0;
  for (let i = 0; i < mentions.length - 1; i++) {
    const a = mentions[i];
    const b = mentions[i + 1];
    // The two names share a token ("Peru-Chile", "South Korea-Japan").
    if (!a || !b || b.first > a.last || a.entity.type !== 'Country' || b.entity.type !== 'Country') continue;
    const type = PAIR_HEADS.find(([head]) => head.test(ctx.word(Math.max(a.last, b.last) + 1)))?.[1];
    if (!type) continue;
    s.addClaimed(claimAt, a.entity, type, b.entity, 0.75, 'compound');
    if (type === 'ATTACKS') s.addClaimed(claimAt, b.entity, type, a.entity, 0.75, 'compound');
  }
  for (const m of mentions) {
    const suffix = /-(backed|supported|sponsored|funded|armed|aligned|allied|led|based|brokered|mediated)$/i.exec(ctx.tokens[m.first]?.text ?? '')?.[1]?.toLowerCase();
    if (!suffix || m.kind === 'coreference' || ctx.tokens[m.first]?.text.indexOf(m.text) !== 0) continue;
    // "A and B have been in EU-backed talks", "the Qatari-mediated truce between A and B": the compound mediates.
    if (/^(backed|sponsored|brokered|mediated|led)$/.test(suffix) && TALKS_NOUNS.test(ctx.word(m.last + 1))) {
      for (const party of talksParties(ctx, m)) s.addClaimed(claimAt, m.entity, 'MEDIATES', party.entity, 0.65, `compound-${suffix}-talks`);
      continue;
    }
    // What the compound qualifies: the next name, or the organization "the group" stands for.
    const target = mentions.find((n) => n.first > m.last && n.first <= m.last + 6 && n.entity !== m.entity && n.entity.type !== 'Place'
      && ctx.tokens.slice(m.last + 1, n.first).every((t) => !t.isCapitalized && t.text !== ','));
    const targets = target ? [target] : listAfterIncluding(ctx, m.last + 1);
    if (!targets.length) continue;
    const rule = `compound-${suffix}`;
    for (const target of targets) {
    if (/^(backed|supported|sponsored|funded|armed)$/.test(suffix)) s.addClaimed(claimAt, m.entity, 'SUPPORTS', target.entity, 0.7, rule);
    else if (suffix === 'aligned' || suffix === 'allied') s.addClaimed(claimAt, target.entity, 'ALLIED_WITH', m.entity, 0.65, rule);
    else if (suffix === 'led' && target.entity.type === 'Organization') s.addClaimed(claimAt, m.entity, 'MEMBER_OF', target.entity, 0.65, rule);
    else if (suffix === 'based' && (target.entity.type === 'Organization' || target.entity.type === 'Group')) s.addClaimed(claimAt, target.entity, 'LOCATED_IN', m.entity, 0.7, rule);
    }
  }
}

const TALKS_NOUNS = /^(talks|negotiations|deal|agreement|truce|ceasefire|accord|dialogue|mediation)$/;

/** The parties of talks a compound qualifies: those "between" after it, else the actors of its clause before it. */
function talksParties(ctx: SentenceContext, compound: Mention): Mention[] {
  const isParty = (n: Mention) => n.entity !== compound.entity && ['Country', 'Person', 'Organization', 'Group'].includes(n.entity.type) && n.role !== 'modifier' && n.kind !== 'coreference';
  if (ctx.word(compound.last + 2) === 'between') {
    const first = ctx.mentions.find((n) => n.first > compound.last + 2 && n.first <= compound.last + 5 && isParty(n));
    return first ? ctx.group(first, ctx.tokens.length - 1, isParty) : [];
  }
  const start = ctx.clauseStart(compound.first);
  const first = ctx.mentions.find((n) => n.first >= start && n.last < compound.first && isParty(n));
  return first ? ctx.group(first, compound.first - 1, isParty) : [];
}

/** "Pakistan-based militant groups, including A and B": the names listed after the common noun. */
function listAfterIncluding(ctx: SentenceContext, from: number): Mention[] {
  for (let i = from; i < Math.min(ctx.tokens.length, from + 6); i++) {
    const w = ctx.word(i);
    let itemsAt = w === 'including' ? i + 1 : w === 'such' && ctx.word(i + 1) === 'as' ? i + 2 : -1;
    if (itemsAt !== -1) {
      if (ctx.word(itemsAt) === 'the') itemsAt++;
      const isItem = (n: Mention) => n.entity.type === 'Organization' || n.entity.type === 'Group';
      const first = ctx.mentions.find((n) => n.first === itemsAt && isItem(n));
      return first ? ctx.group(first, ctx.tokens.length - 1, isItem) : [];
    }
    if (ctx.tokens[i]?.isCapitalized || !/^[a-z-]+$|^,$/.test(w)) return [];
  }
  return [];
}

/** "A and B signed agreements with C": each signer before the verb meets the party after "with". */
function signedWith(ctx: SentenceContext, at: number): [ArticleEntity, ArticleEntity][] {
  const isActor = (m: Mention) => ['Country', 'Person', 'Organization'].includes(m.entity.type) && m.role === 'actor';
  const start = ctx.clauseStart(at);
  const first = ctx.mentions.find((m) => m.first >= start && m.last < at && isActor(m) && !ctx.isInPrepositionalPhrase(m));
  const signers = first ? entitiesOf(ctx.group(first, at - 1, isActor)) : [];
  const end = Math.min(ctx.clauseEnd(at + 1), at + 8);
  const withAt = ctx.tokens.findIndex((t, i) => i > at && i <= end && t.text === 'with');
  const party = withAt === -1 ? undefined : ctx.mentions.find((m) => m.first === withAt + 1 && isActor(m));
  return party ? signers.filter((s) => s !== party.entity).map((s) => [s, party.entity]) : [];
}

const PAIR_HEADS: [RegExp, RelationType][] = [
  [/^(border|frontier|borders)$/, 'BORDERS'],
  [/^(alliance|partnership|axis)$/, 'ALLIED_WITH'],
  [/^(war|conflict)$/, 'ATTACKS'],
  [/^(tensions?|rivalry|dispute|disputes|standoff|stand-off|spat|row|feud|rift|quarrel)$/, 'IN_TENSION_WITH'],
  [/^(talks|summit|meeting)$/, 'MEETS_WITH'],
];

/** Visits stated without a verb of travel. */
function visits(s: Structural): void {
  const { ctx, facts } = s;
  const { mentions, sentence } = ctx;
  const { countryOf } = facts;
  // "A and B have exchanged visits": each visited the other's country.
  const exchanged = /\bexchanged visits\b/i.exec(sentence.text);
  if (exchanged) {
    const at = ctx.tokenAt(exchanged.index);
    const start = ctx.clauseStart(at);
    const first = mentions.find((m) => m.first >= start && m.last < at && m.role === 'actor');
    const parties = first ? entitiesOf(ctx.group(first, at - 1, (m) => m.role === 'actor')) : [];
    for (const a of parties) {
      for (const b of parties) {
        const destination = b.type === 'Country' ? b : countryOf.get(b);
        if (a !== b && destination) s.addClaimed(0, a, 'VISITED', destination, 0.7, 'exchanged-visits');
      }
    }
  }
  // A meeting somewhere: participants from other countries visited that place (a city, or a
  // country named after "in": "a summit in North Macedonia").
  const meeting = /\b(met|meet|meets|meeting|meetings|talks|summit|negotiations|conference|signed|signing|welcome|welcomed|hosted)\b/i.exec(sentence.text);
  if (meeting) {
    const at = ctx.tokenAt(meeting.index);
    // The place follows the meeting closely ("met in Cairo", "talks between A and B in Geneva").
    const place = mentions.find((m) => m.first > at && m.first <= at + 10 && (['in', 'at'].includes(ctx.word(m.first - 1)) || (m.entity.type === 'Place' && isAfterPlacePreposition(ctx, m.first))) && !m.isPossessive
      && ((m.role === 'place' && m.entity.type === 'Place') || (m.entity.type === 'Country' && m.role === 'actor' && ctx.word(m.first - 1) === 'in')));
    const placeCountry = place && (place.entity.type === 'Country' ? place.entity.known?.iso2 : place.entity.country);
    if (place) {
      // ("Egyptian and Qatari officials met in Cairo": a demonym before the envoys' noun takes part for its state.)
      const envoys = mentions.filter((m) => m.entity.type === 'Country' && m.kind === 'demonym' && m.last < at && ctx.tokens.slice(m.last + 1, Math.min(at, m.last + 5)).some((t) => ENVOY_NOUNS.test(t.text)));
      // ("Chile, Peru and Bolivia convened for a summit in La Paz", "the two leaders met in Quito": states and groups as subjects.)
      const subjects = mentions.filter((m) => m.last < at && m.role === 'actor' && !m.isPossessive && (m.entity.type === 'Country' || (m.kind === 'coreference' && m.group !== undefined)) && !ctx.isInPrepositionalPhrase(m));
      const members = subjects.flatMap((m) => [m, ...(m.group ?? []).map((entity) => ({ ...m, entity }))]);
      const participants = [...mentions.filter((m) => m.entity.type === 'Person' && m.kind !== 'coreference' && countryOf.has(m.entity)).map((m) => counterpartOf(m, ctx, countryOf) ?? m), ...envoys, ...members];
      const counterpart = mentions.map((m) => counterpartOf(m, ctx, countryOf)).find((m) => m !== undefined);
      const isForeign = (p: Mention) => !placeCountry || ((p.entity.type === 'Country' ? p.entity.known?.iso2 : countryOf.get(p.entity)?.known?.iso2) ?? placeCountry) !== placeCountry;
      for (const p of [...participants, ...(counterpart ? [counterpart] : [])]) if (isForeign(p)) s.addClaimed(0, p.entity, 'VISITED', place.entity, 0.6, 'meeting-place');
      // The states the talks are between ("talks between Washington and Beijing in Geneva"), not the host.
      if (ctx.word(at + 1) === 'between') {
        const states = mentions.filter((m) => m.first > at + 1 && m.last < place.first && m.entity.type === 'Country' && m.role === 'actor' && m.entity.known?.iso2 !== placeCountry);
        for (const st of states) s.addClaimed(0, st.entity, 'VISITED', place.entity, 0.55, 'meeting-place');
      }
    }
  }
  // "In Taipei, she said": an official of one country acting in a city of another.
  // ("On Friday in Tokyo, X told …": a date may open the sentence.)
  const city = mentions.find((m) => m.first <= 5 && m.role === 'place' && m.entity.type === 'Place' && ctx.word(m.first - 1) === 'in' && m.entity.country && ctx.tokens.slice(0, m.first).every((t) => !mentions.some((o) => o.first <= ctx.tokens.indexOf(t) && o.last >= ctx.tokens.indexOf(t))));
  const actor = city && mentions.find((m) => m.first > city.last && m.entity.type === 'Person' && m.role === 'actor');
  const home = actor && countryOf.get(actor.entity)?.known?.iso2;
  if (city && actor && home && home !== city.entity.country) s.addClaimed(0, actor.entity, 'VISITED', city.entity, 0.6, 'official-in-city');
  // "X said at a press conference in Geneva", "X told reporters in Lima": an official speaking abroad.
  for (const speaker of mentions) {
    const from = speaker.entity.type === 'Person' && speaker.role === 'actor' ? countryOf.get(speaker.entity)?.known?.iso2 : undefined;
    const verb = from ? ctx.tokens.findIndex((t, k) => k > speaker.last && k <= speaker.last + 3 && SPEAKING.test(t.text)) : -1;
    const place = verb === -1 ? undefined : mentions.find((m) => m.first > verb && m.first <= verb + 8 && m.entity.type === 'Place' && ctx.word(m.first - 1) === 'in' && m.entity.country);
    if (place && place.entity.country !== from) s.addClaimed(0, speaker.entity, 'VISITED', place.entity, 0.55, 'speaking-place');
  }
  // "X opened / reopened its embassy in Y": the two states have diplomatic relations.
  if (/\b(?:opened|reopened|reopening|reopens|inaugurated|opening)\b/i.test(sentence.text)) {
    for (const m of mentions) {
      if (!/^(Embassy|Consulate)/.test(m.entity.name) || !m.entity.country) continue;
      const owner = facts.countries.get(m.entity.country);
      const host = mentions.find((p) => p.first > m.last && p.first <= m.last + 3 && (p.entity.type === 'Country' || p.entity.type === 'Place'));
      const hostCountry = host && (host.entity.type === 'Country' ? host.entity : facts.countries.get(host.entity.country ?? ''));
      if (owner && hostCountry && owner !== hostCountry) s.addClaimed(0, owner, 'NORMALIZES_WITH', hostCountry, 0.65, 'embassy-opened');
    }
  }
}

/** People who sign an agreement together, or who are on one call, meet; a host of a peace signing mediates. */
function signings(s: Structural): void {
  const { ctx, facts } = s;
  const { mentions, sentence } = ctx;
  const signed = /\b(signed|sign|inked|concluded)\b[^.]*?\b(agreements?|deals?|accords?|declarations?|treat(?:y|ies)|pacts?|memorand(?:um|a)|communiqu[eé])\b/i.exec(sentence.text);
  const call = /\b(?:joint )?(?:phone|telephone|video) (?:call|conversation|conference) (?:among|between|with)\b/i.exec(sentence.text);
  const match = signed ?? call;
  if (!match) return;
  const hostedBy = /\b(hosted|brokered|mediated) by\b/i.exec(sentence.text);
  const at = ctx.tokenAt(match.index);
  const people = (signed ? mentions.filter((m) => m.last < at && m.entity.type === 'Person') : mentions.filter((m) => (m.first > at && m.entity.type === 'Person') || (m.kind === 'coreference' && m.entity.type === 'Person')))
    .map((m) => m.entity)
    .filter((e, i, list) => list.indexOf(e) === i);
  if (call && !people.length) return;
  const host = hostedBy ? mentions.find((m) => m.first > ctx.tokenAt(hostedBy.index) && m.entity.type === 'Person') : undefined;
  const parties = people.filter((p) => p !== host?.entity);
  for (let i = 0; i < parties.length; i++) for (let j = i + 1; j < parties.length; j++) s.addClaimed(0, parties[i] as ArticleEntity, 'MEETS_WITH', parties[j] as ArticleEntity, 0.7, signed ? 'co-signers' : 'joint-call');
  if (signed) for (const [a, b] of signedWith(ctx, at)) s.addClaimed(0, a, 'MEETS_WITH', b, 0.65, 'signed-with');
  if (host && signed && /\bpeace|ceasefire|truce\b/i.test(sentence.text)) {
    for (const p of parties) {
      s.addClaimed(0, host.entity, 'MEETS_WITH', p, 0.7, 'host');
      const country = facts.countryOf.get(p);
      if (country && country !== facts.countryOf.get(host.entity)) s.addClaimed(0, host.entity, 'MEDIATES', country, 0.65, 'peace-host');
    }
  }
}
