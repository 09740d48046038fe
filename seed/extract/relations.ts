/**
 * Typed relations: applies the verb and noun rules of rules.ts to each sentence. For every
 * trigger it finds the arguments in the clause (frames.ts: subject, object, passive agents,
 * coordination, possessors), respects negation and modality, and turns the frame into
 * (source, type, target) candidates; then adds the structural relations (structural.ts). Pure.
 */
import { isMemberOn, MEMBERSHIPS } from '../gazetteer/memberships.ts';
import { PARENT_BODIES } from '../gazetteer/world.ts';
import type { Article, ExtractedRelation } from '../types.ts';
import { RELATION_TYPES, UnreachableCaseError, type RelationType } from '../vocabulary.ts';
import { finalize, pushCandidate, type Candidate } from './candidates.ts';
import type { TriggerSpan } from './event-time.ts';
import { claimOf, type Claim } from './claims.ts';
import { entitiesOf, isFormerName, SentenceContext } from './clause.ts';
import { findArguments, triggerSites, type Arguments, type TriggerSite } from './frames.ts';
import { COMMODITIES, DOMAINS } from './lexicon.ts';
import type { ArticleEntity, Mention, Recognition } from './mentions.ts';
import { articleFacts, type ArticleFacts } from './offices.ts';
import { ruleIndex } from './rule-index.ts';
import { RULES, type Rule } from './rules.ts';
import { structuralRelations } from './structural.ts';
import type { Sentence } from './tokenize.ts';

/** Extracts the relations an article states, one per (source, type, target, sentence). */
export function extractRelations(sentences: Sentence[], recognition: Recognition, article: Article): ExtractedRelation[] {
  const candidates: Candidate[] = [];
  const facts = articleFacts(sentences, recognition);
  const memory: ArticleMemory = { parties: [] };
  for (const sentence of sentences) {
    const mentions = recognition.mentions[sentence.index] ?? [];
    // A relation needs two entities; most sentences of an article name fewer. One named alone may
    // mediate between the parties the article named before ("X tried to mediate"), or join the
    // body it named before ("Peru joined in 2001").
    const named = entitiesOf(mentions).length;
    const singles = named === 1 ? [...(memory.parties.length > 0 ? MEDIATION_RULES : []), ...(memory.body ? [JOIN_RULE] : [])] : [];
    if (named >= 2 || singles.length > 0) {
      const ctx = new SentenceContext(sentence, mentions);
      for (const rule of named >= 2 ? RULE_INDEX.candidates(ctx) : singles) {
        for (const site of triggerSites(rule, ctx)) applyFrame(rule, site, findArguments(rule, site, ctx, facts), ctx, facts, memory, candidates);
      }
      if (named >= 2) structuralRelations(ctx, candidates, facts);
    }
    memory.body = lastBodyOf(mentions) ?? memory.body;
  }
  const byName = entitiesByName(recognition);
  const known = [
    ...knownOffices(sentences, recognition, facts, byName, candidates, article.published),
    ...knownBodies(sentences, recognition, facts, candidates),
    ...knownOrgans(sentences, recognition, byName, candidates),
    ...knownMemberships(sentences, recognition, candidates, article.published),
  ];
  return finalize(withoutMediatorMeetings([...candidates, ...known]), article);
}

/** "Qatar helped negotiate the truce between A and B": the mediator does not meet its parties as a party does. */
function withoutMediatorMeetings(candidates: Candidate[]): Candidate[] {
  const mediations = new Set(candidates.filter((c) => c.type === 'MEDIATES').map((c) => `${c.sentence.index}|${c.source.id}|${c.target.id}`));
  const mediates = (a: ArticleEntity, b: ArticleEntity, sentence: number) => mediations.has(`${sentence}|${a.id}|${b.id}`);
  return candidates.filter((c) => c.type !== 'MEETS_WITH' || !(mediates(c.source, c.target, c.sentence.index) || mediates(c.target, c.source, c.sentence.index)));
}

/**
 * Facts the gazetteer or the article already holds, stated once for an entity no rule gave one:
 * the evidence is the first sentence that names it. `factOf` says what holds for the entity.
 */
function knownFacts(sentences: Sentence[], recognition: Recognition, candidates: Candidate[], type: RelationType, factOf: (e: ArticleEntity) => { target: ArticleEntity; confidence: number; rule: string; props?: Candidate['props'] } | undefined): Candidate[] {
  const stated = new Set(candidates.filter((c) => c.type === type).map((c) => c.source));
  const out: Candidate[] = [];
  for (const sentence of sentences) {
    for (const { entity } of recognition.mentions[sentence.index] ?? []) {
      const fact = stated.has(entity) ? undefined : factOf(entity);
      if (!fact) continue;
      stated.add(entity);
      out.push({ source: entity, type, sentence, ...fact });
    }
  }
  return out;
}

/** PART_OF for a state body named in a sentence that names nothing else ("the State Department declined to comment"). */
const knownBodies = (sentences: Sentence[], recognition: Recognition, facts: ArticleFacts, candidates: Candidate[]) =>
  knownFacts(sentences, recognition, candidates, 'PART_OF', (body) => {
    const country = body.type === 'Organization' && body.isStateBody && body.country ? facts.countries.get(body.country) : undefined;
    return country && { target: country, confidence: 0.8, rule: 'state-body' };
  });

type Role = NonNullable<NonNullable<ArticleEntity['known']>['roles']>[number];

/** The article's entities by canonical name, for facts the gazetteer states by name. */
const entitiesByName = (recognition: Recognition) => new Map([...recognition.entities.values()].map((e) => [e.name, e]));
type EntitiesByName = ReturnType<typeof entitiesByName>;

/** PART_OF for an organ or agency of a larger body that the article also names ("the European Commission" and the EU). */
const knownOrgans = (sentences: Sentence[], recognition: Recognition, byName: EntitiesByName, candidates: Candidate[]) =>
  knownFacts(sentences, recognition, candidates, 'PART_OF', (body) => {
    const parent = body.type === 'Organization' && body.known ? byName.get(PARENT_BODIES[body.name] ?? '') : undefined;
    return parent && { target: parent, confidence: 0.75, rule: 'known-organ' };
  });

/**
 * OFFICIAL_OF for the leaders the gazetteer knows (in office on the article's date, else before it), whose country
 * the article names, when no sentence states their office ("a police force loyal to President X").
 */
const knownOffices = (sentences: Sentence[], recognition: Recognition, facts: ArticleFacts, byName: EntitiesByName, candidates: Candidate[], published: string | undefined) =>
  knownFacts(sentences, recognition, candidates, 'OFFICIAL_OF', (person) => {
    if (person.type !== 'Person') return undefined;
    // The state or body of the role, when the article names it; "former President X" still belongs to the state.
    const holderOf = (r: Role) => (r.country ? facts.countries.get(r.country) : r.organization ? byName.get(r.organization) : undefined);
    const roles = person.known?.roles?.filter((r) => holderOf(r)) ?? [];
    const role = roles.find((r) => isInOffice(r, published)) ?? roles.find((r) => !published || !r.from || r.from <= published);
    const holder = role && holderOf(role);
    return role && holder && { target: holder, confidence: 0.7, rule: 'known-office', props: { role: role.role } };
  });

/**
 * MEMBER_OF for a state and an international body one sentence names together, when the gazetteer
 * lists the state as a member on the article's date and no sentence relates the two otherwise
 * (joining, applying, leaving): "Greece and Turkey, both in NATO, …", "ASEAN chair Malaysia".
 */
function knownMemberships(sentences: Sentence[], recognition: Recognition, candidates: Candidate[], published: string | undefined): Candidate[] {
  const related = new Set(candidates.filter((c) => MEMBERSHIP_TYPES.has(c.type)).map((c) => `${c.source.id}|${c.target.id}`));
  const out: Candidate[] = [];
  for (const sentence of sentences) {
    // (A capital standing for its state may stand for a body seated there: "Brussels" for the EU.)
    const named = (recognition.mentions[sentence.index] ?? []).filter((m) => m.kind !== 'coreference' && m.kind !== 'capital');
    for (const body of named) {
      const members = MEMBERSHIPS.get(body.entity.name);
      if (!members) continue;
      for (const { entity: state } of named) {
        const membership = state.type === 'Country' ? members.find((x) => x.iso2 === state.known?.iso2) : undefined;
        const key = `${state.id}|${body.entity.id}`;
        if (!membership || !isMemberOn(membership, published) || related.has(key)) continue;
        related.add(key);
        out.push({ source: state, target: body.entity, type: 'MEMBER_OF', sentence, confidence: 0.6, rule: 'known-member' });
      }
    }
  }
  return out;
}
/** Relations between a state and a body that say, one way or another, whether it is a member. */
const MEMBERSHIP_TYPES = new Set<RelationType>(['MEMBER_OF', 'PROPOSED_FOR', 'REDUCES_TIES_WITH']);

/** Whether a role held on the article's date (without a date: a role still held). */
const isInOffice = (role: { from?: string; to?: string }, published: string | undefined) =>
  published ? (!role.from || role.from <= published) && (!role.to || published <= role.to) : !role.to;

/** What earlier sentences said that a later one refers to. */
interface ArticleMemory {
  /** "the talks, mediated by X" are between these parties. */
  parties: ArticleEntity[];
  /** "Peru joined in 2001": the international body or agreement named last. */
  body?: ArticleEntity | undefined;
}

/** The last international body or agreement a sentence names (not a state's own body, not a modifier). */
function lastBodyOf(mentions: Mention[]): ArticleEntity | undefined {
  const isBody = (m: Mention) => m.role !== 'modifier' && (m.entity.type === 'Agreement' || (m.entity.type === 'Organization' && !m.entity.isStateBody && !m.entity.country && !m.entity.known?.country));
  return mentions.filter(isBody).sort((a, b) => a.last - b.last).at(-1)?.entity;
}

/** What may follow "joined" when the body joined is left unsaid ("joined in 2001", "joined last year."). */
const JOINED_WITHOUT_OBJECT = /^(?:in|on|last|this|earlier|later|after|when|shortly|soon|officially|formally|too|as|and|,|\.|;)$/;

/** "Peru joined in 2001": the body named before the trigger in its sentence, else in the sentences before. */
function bodyLeftUnsaid(site: TriggerSite, ctx: SentenceContext, memory: ArticleMemory): ArticleEntity | undefined {
  if (!/^join/i.test(site.text) || !JOINED_WITHOUT_OBJECT.test(ctx.word(site.last + 1))) return undefined;
  return lastBodyOf(ctx.mentions.filter((m) => m.last < site.first)) ?? memory.body;
}

const RULE_INDEX = ruleIndex(RULES);
const MEDIATION_RULES = RULES.filter((rule) => rule.frame === 'mediation');
const MEET_RULE = RULES.find((rule) => rule.id === 'meet') as Rule;
const JOIN_RULE = RULES.find((rule) => rule.id === 'join') as Rule;
/** Participles whose agent is a host the guest meets ("was received by X"). */
const HOSTING = /^(received|hosted|welcomed|greeted)$/;

/** Relations only states enter into: a minister who severs ties does so for the state. */
const STATE_LEVEL = new Set<RelationType>(['NORMALIZES_WITH', 'REDUCES_TIES_WITH', 'RECOGNIZES', 'BORDERS', 'SANCTIONS', 'EASES_SANCTIONS']);
/** Relations whose two sides a later mention of "the talks" or "mediated" refers to. */
const PARTY_TYPES = new Set<RelationType>(['MEETS_WITH', 'IN_TENSION_WITH', 'ATTACKS']);

/**
 * Turns one trigger site's arguments into candidates of its type, with its claim and trigger.
 * (A class, not closures made per site: under tsx each named closure costs a property definition.)
 */
class SiteEmitter {
  private readonly type: RelationType;
  private readonly trigger: TriggerSpan;

  constructor(
    private readonly rule: Rule,
    private readonly site: TriggerSite,
    private readonly ctx: SentenceContext,
    private readonly facts: ArticleFacts,
    private readonly memory: ArticleMemory,
    private readonly out: Candidate[],
    private readonly claim: Claim,
  ) {
    this.type = site.type;
    this.trigger = { first: site.first, last: site.last };
  }

  private asActor(e: ArticleEntity): ArticleEntity {
    const { type, facts } = this;
    // A state body supplies for its state ("the State Department approved the sale of jets to X").
    if (type === 'SUPPLIES' && e.isStateBody && e.country) return facts.countries.get(e.country) ?? e;
    if (!STATE_LEVEL.has(type)) return e;
    if (e.type === 'Person') return facts.countryOf.get(e) ?? e;
    return e.isStateBody && e.country ? (facts.countries.get(e.country) ?? e) : e;
  }

  emit(sources: ArticleEntity[], targets: ArticleEntity[]): void {
    const { type, rule, site, ctx, facts, claim, trigger, out } = this;
    const props = propertiesFor(type, ctx, site.text);
    for (const source of sources.map((e) => this.asActor(e))) {
      // "X and Y hailed the two governments’ decision": praise of a joint act the source's own state shares.
      if (type === 'SUPPORTS' && targets.length >= 2 && targets.includes(facts.countryOf.get(source) ?? source)) continue;
      for (const b of targets.map((e) => this.asActor(e))) {
        // Signers of an agreement sign for their state: "President X signed the treaty" makes the country a party.
        const a = (type === 'MEMBER_OF' || type === 'PROPOSED_FOR') && b.type === 'Agreement' && source.type === 'Person' ? (facts.countryOf.get(source) ?? source) : source;
        if (a === b) continue;
        pushCandidate(out, { source: a, target: b, type, sentence: ctx.sentence, confidence: site.confidence, rule: rule.id, props, claim, trigger }, facts.countryOf);
        // Officials of two states meeting is a meeting of their states (CAMEO codes it to both levels).
        const [ca, cb] = [facts.countryOf.get(a), facts.countryOf.get(b)];
        if (type === 'MEETS_WITH' && ca && cb && ca !== cb) pushCandidate(out, { source: ca, target: cb, type, sentence: ctx.sentence, confidence: site.confidence * 0.9, rule: `${rule.id}:states`, props, claim, trigger }, facts.countryOf);
        if (rule.isMutual) pushCandidate(out, { source: b, target: a, type, sentence: ctx.sentence, confidence: site.confidence, rule: rule.id, claim, trigger }, facts.countryOf);
      }
    }
    if (PARTY_TYPES.has(type)) this.memory.parties = [...new Set([...sources, ...targets])];
  }

  /** Each pair of the list, in list order (and the other way too when `bothWays`). */
  pairs(list: ArticleEntity[], bothWays = false): void {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        this.emit([list[i] as ArticleEntity], [list[j] as ArticleEntity]);
        if (bothWays) this.emit([list[j] as ArticleEntity], [list[i] as ArticleEntity]);
      }
    }
  }
}

function applyFrame(rule: Rule, site: TriggerSite, args: Arguments, ctx: SentenceContext, facts: ArticleFacts, memory: ArticleMemory, out: Candidate[]): void {
  const { type } = site;
  const claim = claimOf(ctx, site.first, site.last, type === 'PROPOSED_FOR');
  const emitter = new SiteEmitter(rule, site, ctx, facts, memory, out, claim);
  const symmetric = RELATION_TYPES[type].symmetric;

  if (rule.isReportedWrong) {
    accuseForReportedWrong(rule, site, claim, entitiesOf(args.subjects), ctx, out, facts);
    return;
  }
  // "welcomed President X at the airport": welcoming a person is receiving them, not praise.
  if (type === 'SUPPORTS' && /^welcom/i.test(site.text) && args.objects.length > 0 && args.objects.every((m) => m.entity.type === 'Person')) {
    applyFrame(MEET_RULE, { ...site, type: 'MEETS_WITH' }, args, ctx, facts, memory, out);
    return;
  }
  switch (rule.frame) {
    case 'svo':
    case 'noun':
    case 'nearest': {
      const s = entitiesOf(args.subjects);
      const o = entitiesOf(args.objects).filter((e) => !s.includes(e));
      const unsaid = o.length === 0 && rule === JOIN_RULE ? bodyLeftUnsaid(site, ctx, memory) : undefined;
      if (s.length > 0 && o.length > 0) emitter.emit(s, o);
      else if (s.length > 0 && unsaid) emitter.emit(s, [unsaid]);
      else if (s.length >= 2 && o.length === 0 && !args.hasObjectWord && !rule.needsObject && (symmetric || rule.isMutual || rule.mutualSubjects)) emitter.pairs(s, rule.mutualSubjects && !symmetric);
      break;
    }
    case 'participants': {
      // "a deal negotiated by X": a participle with its agent names who brokered something, not who met
      // ("X was received by Y": the guest meets the host; "the ceremony hosted by Y" is no guest).
      const isGuest = HOSTING.test(ctx.word(site.last)) && /^(was|were|is|are|been|being)$/.test(ctx.word(site.first - 1));
      if (ctx.word(site.last + 1) === 'by' && /(?:ed|en)$/.test(ctx.word(site.last)) && !isGuest) break;
      // Everyone at the meeting meets everyone else: subjects, objects and companions.
      const all = entitiesOf([...args.subjects, ...args.objects, ...args.companions]);
      if (all.length >= 2) emitter.pairs(all);
      break;
    }
    case 'mediation': {
      // Mediators are never their own parties; with none named, the article's last parties.
      const mediators = entitiesOf(args.subjects);
      const parties = entitiesOf(args.between.length > 0 ? args.between : args.objects).filter((p) => !mediators.includes(p));
      emitter.emit(mediators, parties.length > 0 ? parties : memory.parties.filter((p) => !mediators.includes(p)));
      break;
    }
    case 'between': {
      const list = entitiesOf(args.between);
      // "between A and B": a pair; a long list is membership in something, not pairwise ties.
      if (list.length >= 2 && list.length <= 4) emitter.pairs(list);
      break;
    }
    case 'include': {
      // "to include Azerbaijan in the Abraham Accords": the object after is the candidate.
      const candidate = ctx.mentions.find((m) => m.first > site.last && (m.entity.type === 'Country' || m.entity.type === 'Organization'));
      const body = candidate && ctx.mentions.find((m) => m.first > candidate.last && (m.entity.type === 'Agreement' || m.entity.type === 'Organization'));
      if (candidate && body) emitter.emit([candidate.entity], [body.entity]);
      break;
    }
    case 'group': {
      const list = entitiesOf(args.objects);
      if (list.length >= 2) emitter.pairs(list);
      break;
    }
    case 'possessor-object': {
      const possessor = args.possessor;
      if (!possessor) break;
      const subject = args.subjects.filter((m) => m !== possessor);
      const s = subject.length > 0 ? entitiesOf(subject) : entitiesOf(args.objects);
      emitter.emit(s.filter((e) => e !== possessor.entity), [possessor.entity]);
      break;
    }
    case 'reverse': {
      if (args.objects.length > 0 && args.subjects.length > 0) emitter.emit(entitiesOf(args.objects), entitiesOf(args.subjects));
      break;
    }
    case 'members': {
      // "the Abraham Accords included A, B", "Mercosur, which includes A and B": a body before, its members after.
      // An agreement may stand a few words back ("the Accords, signed in 2020, included"); a body right before.
      const nearest = ctx.mentions.findLast((m) => m.last < site.first && (m.entity.type === 'Agreement' ? m.last >= site.first - 12 : m.last >= site.first - 3 && (rule.targets ?? []).includes(m.entity.type)));
      // "The SCO, formed in 2001 as the Shanghai Five, comprised …": the body the apposition describes, not its former name.
      const formerName = nearest !== undefined && isFormerName(ctx, nearest);
      // ("The SCO, formed in 2001, comprised …": past an apposition, the body that opens the sentence.)
      const closesApposition = ctx.tokens.slice(Math.max(0, site.first - 3), site.first).some((t) => t.text === ',');
      const opener = formerName || (!nearest && closesApposition) ? ctx.mentions.find((m) => m.last < site.first && (rule.targets ?? []).includes(m.entity.type) && ctx.word(m.last + 1) === ',') : undefined;
      const body = formerName || !nearest ? opener : nearest;
      if (!body) break;
      // The members are the countries and bodies listed after the trigger, whatever the rule's targets.
      const first = ctx.mentions.find((m) => m.first > site.last && m.first <= site.last + 4 && isListedMember(m));
      const members = first ? entitiesOf(ctx.group(first, site.clauseEnd, isListedMember)).filter((e) => e !== body.entity) : [];
      emitter.emit(members, [body.entity]);
      break;
    }
    default:
      throw new UnreachableCaseError(rule.frame);
  }
}

/** A member listed after a body: a country or a body named as an actor. */
const isListedMember = (m: Mention) => (m.entity.type === 'Country' || m.entity.type === 'Organization') && m.role !== 'modifier';

/** The speaker of an attributed claim accuses each doer of the wrong it reports (the outlet asserts the accusation). */
function accuseForReportedWrong(rule: Rule, site: TriggerSite, claim: Claim, doers: ArticleEntity[], ctx: SentenceContext, out: Candidate[], facts: ArticleFacts): void {
  const accusers = claim.status === 'attributed' && claim.source ? [claim.source, ...(claim.alongside ?? [])] : [];
  for (const [accuser, doer] of accusers.flatMap((a) => doers.map((d) => [a, d] as const))) {
    if (doer === accuser || facts.countryOf.get(accuser) === doer) continue;
    pushCandidate(out, { source: accuser, target: doer, type: 'ACCUSES', sentence: ctx.sentence, confidence: site.confidence * 0.9, rule: `reported:${rule.id}`, claim: { status: 'asserted' }, trigger: { first: site.first, last: site.last } }, facts.countryOf);
  }
}

const wordPattern = (words: string[]) => words.map((w) => [w, new RegExp(`\\b${w}\\b`)] as const);
const COMMODITY_PATTERNS = wordPattern(COMMODITIES);
const DOMAIN_PATTERNS = wordPattern(DOMAINS);

/** The qualifier a relation type carries: the commodity supplied, the domain of cooperation. */
function propertiesFor(type: RelationType, ctx: SentenceContext, trigger: string): Candidate['props'] {
  const text = ctx.lowerText;
  if (type === 'SUPPLIES') {
    const inTrigger = COMMODITY_PATTERNS.find(([, p]) => p.test(trigger.toLowerCase()));
    const commodity = inTrigger ?? COMMODITY_PATTERNS.find(([, p]) => p.test(text));
    return commodity ? { commodity: commodity[0] } : {};
  }
  if (type === 'COOPERATES_WITH') {
    const domains = DOMAIN_PATTERNS.filter(([, p]) => p.test(text)).map(([d]) => d);
    return domains.length > 0 ? { domain: domains.join(', ') } : {};
  }
  return {};
}
