/**
 * Argument frames: where a rule's trigger stands in a sentence, whether negation or modality
 * changes it, and which mentions are its arguments. The subject before the trigger in its clause
 * (coordinated lists, a relative clause's antecedent, the nearest actor before an infinitive,
 * passive agents after "by"), the object after it, a possessor before it, the list after
 * "between", and companions ("alongside X").
 */
import { type EntityType } from '../vocabulary.ts';
import { INVERTED_SPEECH, isAfterPlacePreposition, type SentenceContext } from './clause.ts';
import type { Mention } from './mentions.ts';
import { TITLE_WORDS } from './lexicon.ts';
import { counterpartOf, type ArticleFacts } from './offices.ts';
import { MODALITY, modalWindow, NEGATION, type Rule } from './rules.ts';
import type { RelationType } from '../vocabulary.ts';

const DEFAULT_ACTORS: EntityType[] = ['Country', 'Person', 'Organization'];
const BE_AUX = new Set(['was', 'were', 'been', 'is', 'are', 'be', 'being', 'has', 'have', 'had']);
/** How far after the trigger its object may start: farther names belong to other phrases. */
const DEFAULT_OBJECT_GAP = 7;
const COMPANION_WORDS = new Set(['alongside', 'accompanied', 'joined', 'together']);

/** One match of a rule's trigger, with the relation type and confidence negation and modality leave. */
export interface TriggerSite {
  /** Token indices of the trigger. */
  first: number;
  last: number;
  clauseStart: number;
  clauseEnd: number;
  text: string;
  type: RelationType;
  confidence: number;
}

/** Where a trigger matched: its first and last tokens and the text between them. */
interface Match {
  first: number;
  last: number;
  /** Character offset in the sentence text. */
  index: number;
  text: string;
}

/** A pattern's matches, found by the regular expression. */
function* patternMatches(rule: Rule, ctx: SentenceContext): Generator<Match> {
  if (rule.keywords && !rule.keywords.test(ctx.sentence.text)) return;
  // exec with lastIndex rather than matchAll, which clones (recompiles) the pattern on every call.
  const trigger = rule.trigger;
  trigger.lastIndex = 0;
  for (let match = trigger.exec(ctx.sentence.text); match; match = trigger.exec(ctx.sentence.text)) {
    if (match[0] === '') trigger.lastIndex++;
    const first = ctx.tokenAt(match.index);
    yield { first, last: Math.max(first, ctx.tokenAt(match.index + match[0].length) - 1), index: match.index, text: match[0] };
  }
}

/** A word list's matches, found token by token: each phrase starts with a word of the sentence. */
function* phraseMatches(phrases: ReadonlyMap<string, readonly string[][]>, ctx: SentenceContext): Generator<Match> {
  for (let i = 0; i < ctx.tokens.length; i++) {
    const rests = phrases.get(ctx.word(i));
    // Longest phrase first ("open fire" before "open"); the list is sorted so.
    const rest = rests?.find((words) => words.every((w, k) => ctx.word(i + 1 + k) === w));
    if (!rest) continue;
    const last = i + rest.length;
    const index = ctx.tokens[i]!.start - ctx.sentence.start;
    yield { first: i, last, index, text: ctx.sentence.text.slice(index, ctx.tokens[last]!.end - ctx.sentence.start) };
    i = last;
  }
}

/**
 * The last n whitespace-separated words of a text joined by single spaces, as
 * `text.trim().split(/\s+/).slice(-n).join(' ')` gives them, splitting only those words (the text
 * before a trigger may be a long clause).
 */
function lastWords(text: string, n: number): string {
  const trimmed = text.trim();
  let start = trimmed.length;
  for (let words = 0; start > 0 && words < n; words++) {
    // Back over the whitespace before a word (none after the last: the text is trimmed), then over the word.
    while (start > 0 && /\s/.test(trimmed[start - 1]!)) start--;
    while (start > 0 && !/\s/.test(trimmed[start - 1]!)) start--;
  }
  return trimmed.slice(start).split(/\s+/).join(' ');
}

/** The matches of a rule in a sentence; negated ones dropped, modal ones changed as the rule says. */
export function triggerSites(rule: Rule, ctx: SentenceContext): TriggerSite[] {
  if (rule.requires && !rule.requires.test(ctx.sentence.text)) return [];
  const sites: TriggerSite[] = [];
  for (const match of rule.phrases ? phraseMatches(rule.phrases, ctx) : patternMatches(rule, ctx)) {
    const preceding = ctx.sentence.text.slice(Math.max(0, match.index - 40), match.index);
    if (rule.notAfter?.test(preceding)) continue;
    if (rule.onlyAfter && !rule.onlyAfter.test(preceding)) continue;
    // "Iran-backed", "US-led": a name's compound modifier, not a verb (unlike "re-establish").
    // (The pattern ends in a hyphen: most text before a trigger does not, and needs no search.)
    if (preceding.endsWith('-') && COMPOUND_AFTER_NAME.test(preceding)) continue;
    // "came under attack from X": the subject suffers it (the `under-attack` rule reads it so).
    if (rule.type === 'ATTACKS' && !rule.agentAfter && UNDER_ATTACK.test(preceding)) continue;
    const { first, last } = match;
    // "the Organization of Petroleum Exporting Countries": a word inside a name is no trigger.
    if (ctx.mentions.some((m) => m.last > m.first && m.kind !== 'coreference' && m.first <= first && m.last >= last)) continue;
    const clauseStart = ctx.clauseStart(first);
    const before = ctx.sentence.text.slice(ctx.tokens[clauseStart] ? ctx.tokens[clauseStart].start - ctx.sentence.start : 0, match.index);
    // The six words before the trigger, with the space after the last (patterns end in "to ").
    const window = modalWindow(`${lastWords(before, 6)} `);
    if (NEGATION.test(window)) continue;
    let type = rule.type;
    const confidence = rule.confidence;
    // Modality may change the type ("could join" → PROPOSED_FOR); the claim's status records it
    // either way ("called for lifting sanctions" is a proposed easing, not an easing: claims.ts).
    if (rule.whenModal && MODALITY.test(window)) type = rule.whenModal;
    // "could strike", "threatened to invade", "vowed to attack": an attack not (yet) made is a threat.
    if (type === 'ATTACKS' && (MODALITY.test(window) || THREAT_BEFORE.test(window))) type = 'THREATENS';
    sites.push({ first, last, clauseStart, clauseEnd: ctx.clauseEnd(last + 1), text: match.text, type, confidence });
  }
  return sites;
}

/** A target named after a pronoun and before the object limit ("troops to its border with X": X, not "its"). */
function isNamedAfter(pronoun: Mention, limit: number, ctx: SentenceContext, isTarget: (m: Mention) => boolean): boolean {
  return ctx.mentions.some((n) => n.first > pronoun.last && n.first <= limit && isTarget(n) && n.kind !== 'coreference');
}

/**
 * "accused China’s coastguard", "visited the Solomon Islands’ capital Honiara": the state's body,
 * or for a visit its place, after its possessive is the object, not the state.
 */
const isOwnPart = (m: Mention, iso: string | undefined, type: RelationType) => m.entity.country === iso && (m.entity.isStateBody === true || (type === 'VISITED' && m.entity.type === 'Place'));

const UNDER_ATTACK = /\b(?:came|come|comes|coming|be|been|is|was|were|are|remains?|remained) under (?:[a-z-]+ ){0,2}$/i;
const THREAT_BEFORE = /\b(?:threat(?:s|en|ens|ened|ening)?|vow(?:s|ed|ing)?|pledg(?:es|ed|ing)|promis(?:es|ed|ing)) to $/i;

/** The mentions that fill a trigger's frame. */
export interface Arguments {
  subjects: Mention[];
  objects: Mention[];
  /** The list after "between" or "among" following the trigger. */
  between: Mention[];
  /** The rule's object word ("with") stands in the clause, so its subjects do not act on each other. */
  hasObjectWord: boolean;
  /** People beside the subject: "alongside X", "accompanied by X". */
  companions: Mention[];
  possessor?: Mention;
}

interface Roles {
  targets: EntityType[];
  isSource: (m: Mention) => boolean;
  isTarget: (m: Mention) => boolean;
}

/** A rule's source and target tests, made once per rule (findArguments runs for every trigger site). */
const rolesByRule = new WeakMap<Rule, Roles>();
function rolesOf(rule: Rule): Roles {
  let roles = rolesByRule.get(rule);
  if (!roles) {
    const sources = rule.sources ?? DEFAULT_ACTORS;
    const targets = rule.targets ?? DEFAULT_ACTORS;
    roles = {
      targets,
      isSource: (m) => sources.includes(m.entity.type) && (m.role !== 'place' || sources.includes('Place')),
      isTarget: (m) => targets.includes(m.entity.type) && (m.role !== 'place' || targets.includes('Place') || m.entity.type === 'Country'),
    };
    rolesByRule.set(rule, roles);
  }
  return roles;
}

/** What deciding whether a city stands for its state needs: the rule's targets, the site, the sentence, the article. */
interface CityScope {
  targets: readonly EntityType[];
  isTarget: (m: Mention) => boolean;
  site: TriggerSite;
  ctx: SentenceContext;
  facts: ArticleFacts;
}

/** A city as the target of a relation between states stands for its state ("recalled its ambassador from Tel Aviv"). */
function cityAsCountry(m: Mention, { targets, site, ctx, facts }: CityScope): Mention | undefined {
  if (m.entity.type !== 'Place' || targets.includes('Place') || !targets.includes('Country') || !m.entity.country) return undefined;
  // "met in Arica": where something happens, not who it happens to ("closed its embassy in Lima": the trigger's own "in").
  if (m.first - 1 > site.last && isAfterPlacePreposition(ctx, m.first)) return undefined;
  const country = facts.countries.get(m.entity.country);
  return country ? { ...m, entity: country, role: 'actor' } : undefined;
}

const isTargetOrCity = (m: Mention, scope: CityScope) => scope.isTarget(m) || cityAsCountry(m, scope) !== undefined;
/** The party a mention stands for: a person's counterpart state, a city's state, else itself. */
const resolved = (m: Mention, scope: CityScope) => counterpartOf(m, scope.ctx, scope.facts.countryOf) ?? cityAsCountry(m, scope) ?? m;

/**
 * Finds the arguments of one trigger site. (Its tests are inline arrows over `scope`, not named
 * closures: under tsx each named closure costs a property definition per call.)
 */
export function findArguments(rule: Rule, site: TriggerSite, ctx: SentenceContext, facts: ArticleFacts): Arguments {
  const { targets, isSource, isTarget } = rolesOf(rule);
  const scope: CityScope = { targets, isTarget, site, ctx, facts };

  const objectFrom = objectStart(rule, site, ctx);
  const infinitive = rule.objectBeforeInfinitive ? ctx.tokens.findIndex((t, k) => k > site.last && t.text === 'to' && /^\p{Ll}/u.test(ctx.word(k + 1)) && ctx.word(k + 1) !== 'the') : -1;
  // "X, which Chile blames for the attack, denied it": a relative clause ends at its closing comma.
  const relativeEnd = relativeAntecedent(ctx, site) ? ctx.tokens.findIndex((t, k) => k > site.last && t.text === ',') : -1;
  const objectLimit = Math.min(site.clauseEnd, Math.max(site.last, objectFrom) + (rule.maxGap ?? DEFAULT_OBJECT_GAP), infinitive === -1 ? Infinity : infinitive - 1, relativeEnd === -1 ? Infinity : relativeEnd - 1);
  const objectFirst =
    // ("exports through Turkey": a route, not the object; "troops to its border with X": X, when named.)
    ctx.mentions.find((m) => m.first > objectFrom && m.first <= objectLimit && isTarget(m) && !(m.kind === 'coreference' && m.isPossessive && isNamedAfter(m, objectLimit, ctx, isTarget)) && !['through', 'via'].includes(ctx.word(m.first - 1)) && !isVenue(site.type, m, ctx) && !isSceneOfAttack(site, m, ctx) && (m.role !== 'modifier' || allowsModifierObject(site.type, m, ctx))
      && !(targets.includes('Person') && titledPersonAfter(ctx, m))) ??
    ctx.mentions.find((m) => m.first > objectFrom && m.first <= objectLimit && cityAsCountry(m, scope) !== undefined);
  // The object may sit inside the trigger ("expelled Iran’s ambassador", "expel four Russian diplomats").
  // ("closed its embassy in X": the embassy is the subject's own body, not the object.)
  const inside = ctx.mentions.filter((m) => m.first > site.first && m.last < site.last && isTarget(m) && m.kind !== 'coreference' && !m.entity.isStateBody);
  // The state's own body or place after its possessive is the object, not the state (isOwnPart).
  const ownBody = objectFirst?.isPossessive ? ctx.mentions.find((m) => m.first > objectFirst.last && m.first <= objectFirst.last + 3 && isOwnPart(m, objectFirst.entity.known?.iso2, site.type) && isTarget(m)) : undefined;
  // "support for Peru’s Sendero Front": the group the possessive introduces, not the state.
  const ownGroup = objectFirst && !ownBody ? ownedGroupAfter(ctx, objectFirst) : undefined;
  const firstObject = ownBody ?? (ownGroup && isTarget(ownGroup) ? ownGroup : undefined) ?? objectFirst;
  let objects = inside.length > 0 ? inside : (firstObject ? ctx.group(firstObject, site.clauseEnd, (m) => isTargetOrCity(m, scope)) : []).map((m) => resolved(m, scope));
  // "Georgia’s president accused Russia": the country's leader the article names.
  let subjects = clauseSubjects(ctx, site, isSource).map((m) => resolved(m, scope));
  const possessor = ctx.mentions.findLast((m) => m.last < site.first && m.last >= site.first - 4 && m.isPossessive && isSource(m));
  // "(companies) for supplying", "(drones Russia uses) to bomb": the nearest actor, even one named by a demonym.
  const nearest = ctx.mentions.findLast((m) => m.last < site.first && m.first >= site.clauseStart && isSource(m) && (m.role === 'actor' || m.isPossessive || m.kind === 'demonym'));

  if (rule.isEventNoun) {
    const agents = eventNounAgents(ctx, site, isSource);
    // "Turkey faces threats from X", "the trio faced sanctions from the bloc": the subject undergoes it.
    const undergoer = agents.length > 0 && UNDERGO_VERBS.test(ctx.word(site.first - 1) + ' ' + ctx.word(site.first - 2) + ' ' + ctx.word(site.first - 3))
      ? clauseSubjects(ctx, { ...site, first: site.first - 1 }, isTarget).filter((m) => !agents.includes(m))
      : [];
    const patients = undergoer.length > 0 ? undergoer : objects.filter((o) => !agents.includes(o));
    return { subjects: agents, objects: patients, hasObjectWord: rule.objectAfter !== undefined && objectFrom < ctx.tokens.length, between: [], companions: [] };
  }
  if (rule.frame === 'noun') {
    const inside = ctx.mentions.find((m) => m.first >= site.first && m.last <= site.last && isSource(m));
    if (inside) subjects = [inside];
    else if (possessor) subjects = [possessor];
  }
  // "to bomb", "for supplying", "the role of X in brokering": the nearest actor does it.
  const isInfinitive = ['to', 'for', 'of'].includes(ctx.word(site.first - 1)) || (ctx.word(site.first - 1) === 'in' && /ing$/.test(ctx.word(site.first)));
  if (nearest && (rule.frame === 'nearest' || (isInfinitive && !subjects.includes(nearest) && rule.frame !== 'participants'))) subjects = [nearest];
  // Passive voice: "X was accused by Y", also reduced ("talks mediated by X and Y"); an agent
  // after the trigger ("under the auspices of X").
  const agents = rule.agentAfter ? objects : passiveAgents(ctx, site, isSource);
  if (agents.length > 0) {
    objects = rule.agentAfter ? undergoers(ctx, site, isTarget) : subjects.filter(isTarget);
    subjects = agents;
    // "Under the auspices of Turkey, A and B agreed": after a fronted agent, its comma opens the clause.
    const [agent, ...rest] = agents;
    if (rule.agentAfter && objects.length === 0 && site.first <= 1 && agent && rest.length > 0 && ctx.word(agent.last + 1) === ',') [subjects, objects] = [[agent], rest];
  }
  // Copular inversion: "suppliers of oil to Israel are Kazakhstan and Nigeria".
  const lastObject = objects[objects.length - 1];
  if (subjects.length === 0 && lastObject && ['are', 'is', 'include', 'were', 'included'].includes(ctx.word(lastObject.last + 1))) {
    const inverted = ctx.mentions.find((m) => m.first > lastObject.last + 1 && isSource(m));
    if (inverted) subjects = ctx.group(inverted, site.clauseEnd, isSource);
  }
  // A participle after a comma shares the sentence's subject: "Pashinyan said ..., accusing Moscow of".
  // The participle after an inverted report is the speaker's: "…, Rojas added, calling on Peru".
  const isParticiple = /ing$/.test(ctx.word(site.first)) && ctx.word(site.first - 1) === ',';
  const speaker = isParticiple ? invertedSpeaker(ctx, site.first - 1, isSource) : undefined;
  if (speaker) subjects = [speaker];
  if (subjects.length === 0 && isParticiple) {
    const main = ctx.mentions.find((m) => m.last < site.first && isSource(m) && m.role === 'actor' && !ctx.isInPrepositionalPhrase(m));
    if (main) subjects = [main];
  }
  // "Chile signed a deal with Bolivia, a move that angered Peru": the sentence's subject made the move.
  if (subjects.length === 0 && isAppositiveEvent(ctx, site.first)) {
    const main = ctx.mentions.find((m) => m.last < site.first && isSource(m) && m.role === 'actor' && !ctx.isInPrepositionalPhrase(m));
    if (main) subjects = [main];
  }
  // "During a visit to Lima, Rojas met Paredes": the subject after a fronted phrase made the visit.
  if (site.type === 'VISITED' && rule.frame === 'noun' && subjects.length === 0) {
    const fronted = frontedPhraseSubject(ctx, site, isSource);
    if (fronted) subjects = [fronted];
  }
  // Participants of a meeting reported by one of them: "Hollande said after talks with Putin".
  if (rule.frame === 'participants' && subjects.length === 0) {
    const speaker = ctx.mentions.find((m) => m.last < site.first && isSource(m) && m.role === 'actor' && !ctx.isInPrepositionalPhrase(m));
    const fronted = speaker ? undefined : frontedPhraseSubject(ctx, site, isSource);
    if (speaker) subjects = [speaker];
    // The guests end at the phrase's comma, where the subject begins.
    if (fronted) [subjects, objects] = [[fronted], objects.filter((o) => o.last < fronted.first)];
  }
  // "Peru, which Chile invaded in 1879": a relative clause with a subject of its own has its antecedent as object.
  if (objects.length === 0 && subjects.length > 0 && rule.frame === 'svo' && subjects.every((m) => m.first >= site.clauseStart)) {
    const antecedent = relativeAntecedent(ctx, site);
    if (antecedent && isTarget(antecedent) && !subjects.includes(antecedent)) objects = [antecedent];
  }
  // A mediation's parties may stand past a dash: "brokered an agreement — and a handshake — between A and B".
  const listed = listAfter(ctx, site, (m) => isTargetOrCity(m, scope), rule.frame === 'mediation' ? ctx.tokens.length - 1 : site.clauseEnd);
  // "the truce between A and B was brokered by Qatar": a mediation's parties before a passive trigger.
  const betweenList = listed.length > 0 || rule.frame !== 'mediation'
    ? listed
    : listAfter(ctx, site, (m) => isTargetOrCity(m, scope), site.first - 1, site.clauseStart).filter((m) => m.last < site.first);
  // A subject inside the trigger that is also its object ("expelled Iran’s ambassador" read both ways) leaves no object.
  if (subjects.some((m) => m.last >= site.first && objects.includes(m))) objects = [];
  return {
    subjects,
    objects,
    hasObjectWord: rule.objectAfter !== undefined && objectFrom < ctx.tokens.length,
    between: betweenList.map((m) => resolved(m, scope)),
    companions: companions(ctx, isSource),
    ...(possessor ? { possessor } : {}),
  };
}

/** ", a move that (has) …" right before the trigger: an event in apposition to the clause before it. */
function isAppositiveEvent(ctx: SentenceContext, trigger: number): boolean {
  let k = trigger - 1;
  while (/^(?:has|had|have|also|further|only|deeply)$/.test(ctx.word(k))) k--;
  return /^(?:that|which)$/.test(ctx.word(k)) && /^(?:move|development|decision|step|deal|agreement|action|announcement|visit)$/.test(ctx.word(k - 1))
    && /^(?:a|an|the)$/.test(ctx.word(k - 2)) && ctx.word(k - 3) === ',';
}

/** "held talks at the State Department": a body after "at" is where a meeting happens, not who meets. */
const isVenue = (type: RelationType, m: Mention, ctx: SentenceContext) => type === 'MEETS_WITH' && (ctx.word(m.first - 1) === 'at' || (ctx.word(m.first - 1) === 'the' && ctx.word(m.first - 2) === 'at'));

/**
 * "attacks on ships in the Red Sea": a place after "in" that follows the attack's own object is
 * where it happened, not what was attacked ("strikes in Gaza", right after the trigger, is).
 */
function isSceneOfAttack(site: TriggerSite, m: Mention, ctx: SentenceContext): boolean {
  if (site.type !== 'ATTACKS' || m.entity.type !== 'Place') return false;
  const at = ctx.word(m.first - 1) === 'the' ? m.first - 2 : m.first - 1;
  return ['in', 'near', 'off', 'across'].includes(ctx.word(at)) && at > site.last + 1;
}

const COMPOUND_AFTER_NAME = /\p{Lu}[\p{L}.]*-$/u;

/** Verbs that take an event noun as their object and lend it their subject: "launched an invasion", "voiced support". */
const LIGHT_VERBS = new Set(
  ('launch launched launches launching carry carried carries carrying conduct conducted conducts conducting stage staged stages staging ' +
    'mount mounted mounts mounting hold held holds holding impose imposed imposes imposing level levelled leveled levels leveling levelling ' +
    'issue issued issues issuing express expressed expresses expressing voice voiced voices voicing lodge lodged lodges lodging ' +
    'wage waged wages waging escalate escalated escalates escalating intensify intensified intensifies intensifying ' +
    'resume resumed resumes resuming renew renewed renews renewing reiterate reiterated reiterates reiterating ' +
    'step stepped steps stepping offer offered offers offering extend extended extends extending pledge pledged pledges pledging ' +
    'make made makes making begin began begun begins beginning continue continued continues continuing')
    .split(' '),
);
/**
 * Words that may stand between a light verb or a modifier and its event noun ("launched a new wave
 * of", "the bitter Russian"): lower-case words that are neither prepositions (but "of") nor
 * conjunctions, auxiliaries or verbs of saying.
 */
const NOT_FILLER = new Set(['to', 'from', 'by', 'for', 'between', 'in', 'on', 'near', 'against', 'among', 'about', 'at', 'under', 'into', 'toward', 'towards', 'over', 'with', 'than', 'via', 'amid', 'during', 'since', 'and', 'or', 'but', 'that', 'which', 'who', 'while', 'after', 'before', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'said', 'says', 'not', 'as', 'if', 'when']);
const isFiller = (w: string) => /^[a-z][a-z-]*$/.test(w) && !NOT_FILLER.has(w);
/** "is locked in a spat with", "has a dispute with", "were engaged in talks with": the clause subject takes part. */
const PARTICIPATION = /^(?:has|have|had|hold|holds|held|holding|in|into|during)$/;

/** Verbs (in the three words before an event noun) whose subject undergoes it: "faces threats", "came under attack". */
const UNDERGO_VERBS = /\b(?:face[sd]?|facing|suffer(?:s|ed|ing)?|endured?|came under|come under|coming under)\b/;

/**
 * Who does what an event noun names: a name inside it, its possessor ("Russia’s invasion"), the
 * names or demonyms right before it ("the Russian invasion", "Russia-Ukraine talks"), the subject of
 * the light verb governing it ("Russia launched an invasion"), or the agent after it ("attacks by X").
 * Nothing else in the clause: a noun is not the act of whoever the sentence is about.
 */
function eventNounAgents(ctx: SentenceContext, site: TriggerSite, isSource: (m: Mention) => boolean): Mention[] {
  const inside = ctx.mentions.filter((m) => m.first >= site.first && m.last <= site.last && isSource(m));
  if (inside.length > 0) return inside;
  // Walk back over fillers; names and demonyms met on the way are the agents ("US-China trade talks").
  const before: Mention[] = [];
  let i = site.first - 1;
  let afterFiller = false;
  // "the second round of talks": a round counts as the talks themselves.
  let reach = 0;
  while (i >= 0 && site.first - i <= 6 + reach) {
    const m = ctx.mentions.find((n) => n.last === i && isSource(n));
    // A name stands right before the noun ("Houthi attacks", "Russia-Ukraine talks"); only a demonym
    // or a possessive may stand before adjectives ("Russian full-scale", "Russia’s new"), since a
    // name followed by a lower-case word is usually a subject and its verb ("Brazil watched an").
    if (m && afterFiller && !m.isPossessive && m.kind !== 'demonym') break;
    if (m) {
      afterFiller = false;
      before.unshift(m);
      i = m.first - 1;
      if (m.isPossessive) break;
      continue;
    }
    const w = ctx.word(i);
    if (before.length > 0 && (w === '-' || w === 'and' || w === ',' || w === '–')) { i--; continue; }
    if (w === '’s' || w === "'s") { i--; continue; }
    if (w === 'of' && before.length === 0 && reach === 0 && /^(?:rounds?|series|sessions?)$/.test(ctx.word(i - 1))) { reach = 2; i -= 2; continue; }
    if (isFiller(w) && !LIGHT_VERBS.has(w) && site.first - i <= 4 + reach) { afterFiller = true; i--; continue; }
    break;
  }
  if (before.length > 0) return before;
  // "X launched a wave of strikes", "X is locked in a dispute with Y": the clause subject.
  if (LIGHT_VERBS.has(ctx.word(i)) || PARTICIPATION.test(ctx.word(i))) {
    const verbSite = { ...site, first: i, last: i };
    return clauseSubjects(ctx, verbSite, isSource);
  }
  // "strikes by X on Y", "mediation by X", "threats from X".
  if (ctx.word(site.last + 1) === 'by' || ctx.word(site.last + 1) === 'from') {
    const agent = ctx.mentions.find((m) => m.first > site.last + 1 && m.first <= site.last + 4 && isSource(m) && m.role !== 'place');
    if (agent) return ctx.group(agent, site.clauseEnd, isSource);
  }
  // "The attack on Lima was carried out by X": the event noun as the subject of a passive light verb.
  const by = passiveLightVerbAgent(ctx, site);
  if (by !== -1) {
    const agent = ctx.mentions.find((m) => m.first > by && m.first <= by + 3 && isSource(m) && m.role !== 'place');
    if (agent) return ctx.group(agent, site.clauseEnd, isSource);
  }
  return [];
}

/** The "by" of "was carried out / launched / claimed by" after an event noun and its object (-1 if none). */
function passiveLightVerbAgent(ctx: SentenceContext, site: TriggerSite): number {
  for (let k = site.last + 1; k <= Math.min(site.clauseEnd, site.last + 8); k++) {
    if (!BE_AUX.has(ctx.word(k))) continue;
    const verb = ctx.word(k + 1) === 'being' ? k + 2 : k + 1;
    const by = ctx.word(verb + 1) === 'out' ? verb + 2 : verb + 1;
    return PASSIVE_LIGHT_VERBS.test(ctx.word(verb)) && ctx.word(by) === 'by' ? by : -1;
  }
  return -1;
}
const PASSIVE_LIGHT_VERBS = /^(carried|launched|conducted|claimed|staged|mounted|ordered|imposed|waged|led|brokered|mediated|organi[sz]ed)$/;

/**
 * "At a meeting with X in Paris, Macron said": a meeting in a phrase that opens the sentence
 * belongs to the subject after the phrase's comma.
 */
function frontedPhraseSubject(ctx: SentenceContext, site: TriggerSite, isSource: (m: Mention) => boolean): Mention | undefined {
  if (!FRONTING.has(ctx.word(0))) return undefined;
  const comma = ctx.tokens.findIndex((t, i) => i > site.last && t.text === ',');
  if (comma === -1) return undefined;
  const subject = ctx.mentions.find((m) => m.first > comma && isSource(m));
  return subject && subject.role === 'actor' && ctx.tokens.slice(comma + 1, subject.first).every((t) => t.isCapitalized || t.text === 'the') ? subject : undefined;
}
const FRONTING = new Set(['at', 'during', 'after', 'before', 'following', 'in', 'on', 'ahead']);

/** Where the object may start: after the trigger, or after a word the rule names ("with"). */
function objectStart(rule: Rule, site: TriggerSite, ctx: SentenceContext): number {
  if (!rule.objectAfter) return site.last;
  for (let i = site.last + 1; i <= site.clauseEnd; i++) if (rule.objectAfter.includes(ctx.word(i))) return i;
  return ctx.tokens.length;
}

/** A name in brackets ("BERLIN (Reuters)"). */
const isBracketed = (m: Mention, ctx: SentenceContext) => ctx.word(m.first - 1) === '(' && ctx.word(m.last + 1) === ')';

/** The subject of the trigger's clause, with what is coordinated with it. */
function clauseSubjects(ctx: SentenceContext, site: TriggerSite, isSource: (m: Mention) => boolean): Mention[] {
  // After a relative clause the subject is its antecedent: "China, which has invested in X, urged".
  const antecedent = afterRelativeClause(ctx, site, isSource) ?? beforeParticipleAside(ctx, site, isSource);
  if (antecedent) return [antecedent];
  // "BERLIN (Reuters) - X met Y": a bracketed credit is not the subject.
  const inClause = ctx.mentions.filter((m) => m.first >= site.clauseStart && m.last < site.first && isSource(m) && (m.role === 'actor' || m.isPossessive || m.role === 'place') && !isBracketed(m, ctx));
  // A coordinated clause with a subject of its own ("..., and Qatar mediated"); without one it shares the sentence's ("..., and have pressed").
  const coordinated = coordinatedClauseStart(ctx, site);
  const candidates = inClause.some((m) => m.first >= coordinated) ? inClause.filter((m) => m.first >= coordinated) : inClause;
  const found = candidates.find((m) => !ctx.isInPrepositionalPhrase(m)) ?? candidates[candidates.length - 1];
  // "Egypt’s Foreign Minister X held talks", "U.S. Secretary of State X spoke": the titled person acts, not the country.
  const start = (found && (titledPersonAfter(ctx, found) ?? ownedGroupAfter(ctx, found))) ?? found;
  if (start) return ctx.group(start, site.first - 1, isSource);
  // A relative clause's subject is its antecedent: "Lithuania and Poland, which border Belarus",
  // "Chile, whose troops attacked Peru".
  if (['which', 'who', 'that', 'whose'].includes(ctx.word(site.clauseStart - 1))) {
    const end = ctx.word(site.clauseStart - 2) === ',' ? site.clauseStart - 3 : site.clauseStart - 2;
    const last = ctx.mentions.findLast((m) => m.last === end && isSource(m));
    if (last) {
      const head = ctx.mentions.find((m) => m.first < last.first && isSource(m) && ctx.group(m, last.last, isSource).includes(last)) ?? last;
      return ctx.group(head, last.last, isSource);
    }
  }
  // A quoted verb: 'Kenya "strongly condemns" the decision': the subject stands before the quote.
  const quote = site.clauseStart - 1;
  if (['"', '“'].includes(ctx.word(quote)) && site.first - quote <= 3) {
    return clauseSubjects(ctx, { ...site, first: quote, clauseStart: ctx.clauseStart(quote) }, isSource);
  }
  return [];
}

/** The name a ", which"/", whom"/", that" clause holding the site hangs on ("Peru, which ..."). */
function relativeAntecedent(ctx: SentenceContext, site: TriggerSite): Mention | undefined {
  const opener = site.clauseStart - 1;
  if (!['which', 'whom', 'that'].includes(ctx.word(opener)) || ctx.word(opener - 1) !== ',') return undefined;
  return ctx.mentions.find((m) => m.last === opener - 2);
}

/**
 * Who undergoes what the agent after the trigger does: the clause's subject as a target ("Tacna came
 * under shelling by X"), or a demonym qualifying it ("Peruvian positions came under fire").
 */
function undergoers(ctx: SentenceContext, site: TriggerSite, isTarget: (m: Mention) => boolean): Mention[] {
  const subjects = clauseSubjects(ctx, site, isTarget);
  if (subjects.length > 0) return subjects;
  const demonym = ctx.mentions.find((m) => m.first >= site.clauseStart && m.last < site.first && m.kind === 'demonym' && isTarget(m));
  return demonym ? [demonym] : [];
}

/**
 * "Talks between A and B failed, and Qatar mediated": a clause joined by ", and" or ", but" after a
 * word that ends no name has its own subject (after "A, B, and C" the comma closes a list item).
 */
function coordinatedClauseStart(ctx: SentenceContext, site: TriggerSite): number {
  for (let k = site.first - 2; k > site.clauseStart; k--) {
    if (ctx.word(k) !== ',' || !/^(and|but|while|yet)$/.test(ctx.word(k + 1))) continue;
    if (ctx.mentions.some((m) => m.last === k - 1)) continue;
    return k + 2;
  }
  return 0;
}

/**
 * "Egypt’s Foreign Minister X", "U.S. Secretary of State X", "Pakistan’s army chief General X":
 * the person a country's name introduces with a title, who is the actor rather than the country.
 */
function titledPersonAfter(ctx: SentenceContext, country: Mention): Mention | undefined {
  // ("NATO Secretary General X", "UNESCO chief X": a body's titled person acts as a state's does.)
  if (country.entity.type !== 'Country' && country.entity.type !== 'Organization') return undefined;
  const person = ctx.mentions.find((m) => m.entity.type === 'Person' && m.first > country.last && m.first <= country.last + 6);
  const title = person ? ctx.tokens.slice(country.last + 1, person.first) : [];
  // ("Chile’s top diplomat X", "the Chilean envoy, X,": a comma may close the title before its name.)
  const words = title.at(-1)?.text === ',' && title.length > 1 ? title.slice(0, -1) : title;
  return person && words.every((t) => t.isCapitalized || /^(?:of|’s|'s)$/.test(t.text) || TITLE_WORDS.has(t.text.toLowerCase()) || TITLE_MODIFIERS.has(t.text.toLowerCase())) ? person : undefined;
}

/** Words that qualify a title ("top diplomat", "acting president"). */
const TITLE_MODIFIERS = new Set(['top', 'chief', 'senior', 'deputy', 'acting', 'former', 'new', 'outgoing', 'incoming', 'interim', 'then']);

/** "Yemen’s Houthi rebels, backed by Tehran": the group a country's possessive introduces. */
function ownedGroupAfter(ctx: SentenceContext, country: Mention): Mention | undefined {
  if (country.entity.type !== 'Country' || !country.isPossessive) return undefined;
  return ctx.mentions.find((m) => m.first === country.last + 2 && (m.entity.type === 'Group' || (m.entity.type === 'Organization' && !m.entity.isStateBody)));
}

/** "China, which has invested in X, urged": the antecedent, when the trigger follows the clause's closing comma. */
function afterRelativeClause(ctx: SentenceContext, site: TriggerSite, isSource: (m: Mention) => boolean): Mention | undefined {
  const opener = site.clauseStart - 1;
  if (!['which', 'who'].includes(ctx.word(opener)) || ctx.word(opener - 1) !== ',') return undefined;
  let closer = -1;
  for (let k = site.first - 1; k > opener; k--) if (ctx.word(k) === ',') { closer = k; break; }
  if (closer === -1 || ctx.mentions.some((m) => m.first > closer && m.first < site.first)) return undefined;
  return ctx.mentions.find((m) => m.last === opener - 2 && isSource(m));
}

/** "The plan will fail, Rojas added, calling on Peru …": the speaker of a report that ends at the comma `comma`. */
function invertedSpeaker(ctx: SentenceContext, comma: number, isSource: (m: Mention) => boolean): Mention | undefined {
  let verb = comma - 1;
  if (ctx.word(verb) === 'reporters' && ctx.word(verb - 1) === 'told') verb--;
  if (!INVERTED_SPEECH.test(ctx.word(verb))) return undefined;
  const speaker = ctx.mentions.find((m) => m.last === verb - 1 && isSource(m));
  return speaker && ctx.word(speaker.first - 1) === ',' ? speaker : undefined;
}

/** "Rojas, speaking after a G7 meeting in Rome, accused Peru": the name before a participle set off by commas. */
function beforeParticipleAside(ctx: SentenceContext, site: TriggerSite, isSource: (m: Mention) => boolean): Mention | undefined {
  if (ctx.word(site.first - 1) !== ',') return undefined;
  let opener = -1;
  for (let k = site.first - 2; k > 0; k--) if (ctx.word(k) === ',') { opener = k; break; }
  if (opener === -1 || !/^[a-z]+ing$/.test(ctx.word(opener + 1))) return undefined;
  return ctx.mentions.find((m) => m.last === opener - 1 && isSource(m) && m.role === 'actor');
}

/** "was accused by Y", "talks mediated by Saudi and US officials": the agents after "by". */
function passiveAgents(ctx: SentenceContext, site: TriggerSite, isSource: (m: Mention) => boolean): Mention[] {
  const by = ctx.tokens.findIndex((t, i) => i > site.last && i <= site.last + 2 && t.text === 'by');
  if (by === -1) return [];
  const isPassive = BE_AUX.has(ctx.word(site.first - 1)) || (/ed$/.test(ctx.word(site.last)) && ctx.word(site.last + 1) === 'by');
  if (!isPassive) return [];
  const near = ctx.mentions.filter((m) => m.first > by && m.first <= by + 6 && isSource(m));
  const agent = near.find((m) => m.entity.type === 'Person') ?? near[0];
  return agent ? ctx.group(agent, site.clauseEnd, isSource) : [];
}

/** The coordinated list after "between" or "among" that follows the trigger in its clause. */
function listAfter(ctx: SentenceContext, site: TriggerSite, accept: (m: Mention) => boolean, limit: number, from = site.first): Mention[] {
  let at = -1;
  for (let i = from; i <= limit; i++) {
    if (ctx.word(i) === 'between' || ctx.word(i) === 'among') {
      at = i;
      break;
    }
  }
  if (at === -1) return [];
  // "between the Sudanese army and X": the body, not the demonym qualifying it.
  // ("between Kosovar Prime Minister X and Y": the person, not the demonym that says whose they are.)
  const first = ctx.mentions.find((m) => m.first > at && m.first <= at + 6 && accept(m) && !(m.role === 'modifier' && ctx.mentions.some((n) => n.first === m.last + 1 && accept(n))) && !ctx.ownsNextPerson(m));
  return first ? ctx.group(first, ctx.tokens.length - 1, accept) : [];
}

/** "standing alongside X", "accompanied by X", "together with X": people beside the subject. */
function companions(ctx: SentenceContext, isSource: (m: Mention) => boolean): Mention[] {
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (!COMPANION_WORDS.has(ctx.word(i))) continue;
    const first = ctx.mentions.find((m) => m.first > i && m.first <= i + 6 && isSource(m) && m.role !== 'modifier' && !ctx.ownsNextPerson(m));
    if (first) return ctx.group(first, ctx.clauseEnd(first.last + 1), isSource);
  }
  return [];
}

/** Which modifier mentions may stand as object: "near the Iranian border", "restrictions on Iranian drivers". */
/** Words between a demonym and a later name that show the name is not what the demonym qualifies ("Peruvian positions near Tacna"). */
const NOT_QUALIFIED_AFTER = new Set(['near', 'in', 'at', 'on', 'of', 'to', 'from', 'by', 'along', 'around', 'outside', 'inside', 'across', 'off', 'toward', 'towards', 'into', 'with', 'over', 'under', 'and', ',']);

function allowsModifierObject(type: RelationType, m: Mention, ctx: SentenceContext): boolean {
  if (m.isPossessive) return true;
  if (m.kind !== 'demonym') return false;
  // "the Peruvian company Andina Mining": the named body is the object, not its country.
  const named = ctx.mentions.find((n) => n.first > m.last && n.first <= m.last + 3 && n.entity.type !== 'Country');
  // ("Peruvian positions near Tacna": a place after a preposition is not what the demonym names.)
  if (named && ctx.tokens.slice(m.last + 1, named.first).every((t) => !t.isCapitalized && !NOT_QUALIFIED_AFTER.has(t.text.toLowerCase()))) return false;
  if (type === 'LOCATED_IN') return /^(territory|soil|side|border)$/.test(ctx.word(m.last + 1));
  // "condemned the Russian invasion", "sanctions on Iranian banks", "near the Iranian border".
  return ['THREATENS', 'SANCTIONS', 'EASES_SANCTIONS', 'ATTACKS', 'BORDERS', 'ACCUSES', 'DEMANDS'].includes(type);
}
