/**
 * Relation extraction: applies the rules of rules.ts to each sentence, finds the arguments in
 * the clause (subject, object, passive voice, coordination, possessors), respects negation and
 * modality, and adds the structural relations that titles and names state (OFFICIAL_OF,
 * PART_OF, LOCATED_IN, MEMBER_OF lists, co-signers meeting). Pure.
 */
import type { Article, ExtractedRelation } from '../types.ts';
import { RELATION_TYPES, UnreachableCaseError, type EntityType, type RelationType } from '../vocabulary.ts';
import { COMMODITIES, DOMAINS, OFFICE_TITLES } from './lexicon.ts';
import type { ArticleEntity, Mention, Recognition } from './recognize.ts';
import { MODALITY, NEGATION, RULES, type Rule } from './rules.ts';
import type { Sentence, Token } from './tokenize.ts';

const DEFAULT_ACTORS: EntityType[] = ['Country', 'Person', 'Organization'];
const CLAUSE_WORDS = new Set(['while', 'but', 'whereas', 'although', 'though', 'because', 'which', 'who', 'that', 'when', 'after', 'despite', 'where', 'whose', 'however', 'yet']);
const PREPOSITIONS = new Set(['of', 'with', 'to', 'from', 'by', 'for', 'between', 'in', 'on', 'near', 'against', 'among', 'about', 'at', 'under', 'into', 'toward', 'towards', 'over', 'like', 'than', 'via', 'amid', 'during', 'since']);
const COORDINATORS = new Set([',', 'and', 'or', '&', 'as', 'well', 'the', 'also', 'both', 'neighbour', 'neighbor', 'neighbouring', 'neighboring']);
const BE_AUX = new Set(['was', 'were', 'been', 'is', 'are', 'be', 'being', 'has', 'have', 'had']);

interface Candidate {
  source: ArticleEntity;
  target: ArticleEntity;
  type: RelationType;
  sentence: Sentence;
  confidence: number;
  rule: string;
  props?: Partial<Pick<ExtractedRelation, 'domain' | 'commodity' | 'instrument' | 'role'>>;
}

/** Extracts the relations an article states, one per (source, type, target, sentence). */
export function extractRelations(sentences: Sentence[], recognition: Recognition, article: Article): ExtractedRelation[] {
  const candidates: Candidate[] = [];
  const countries = articleCountries(recognition);
  const countryOf = countriesOfPeople(sentences, recognition, countries);
  for (const sentence of sentences) {
    const mentions = recognition.mentions[sentence.index] ?? [];
    if (mentions.length === 0) continue;
    const ctx = new SentenceContext(sentence, mentions);
    for (const rule of RULES) applyRule(rule, ctx, candidates, countryOf, countries);
    structuralRelations(ctx, candidates, countryOf, countries);
  }
  return finalize(candidates, article);
}

/** Token-level view of one sentence with its mentions. */
class SentenceContext {
  readonly tokens: Token[];
  readonly lowerText: string;
  constructor(
    readonly sentence: Sentence,
    readonly mentions: Mention[],
  ) {
    this.tokens = sentence.tokens;
    this.lowerText = sentence.text.toLowerCase();
  }

  word(i: number): string {
    return this.tokens[i]?.text.toLowerCase() ?? '';
  }

  /** Index of the first token starting at or after a character offset in the sentence text. */
  tokenAt(offset: number): number {
    const abs = offset + this.sentence.start;
    const i = this.tokens.findIndex((t) => t.end > abs);
    return i === -1 ? this.tokens.length : i;
  }

  clauseStart(before: number): number {
    for (let i = before - 1; i >= 0; i--) {
      const w = this.word(i);
      if (w === ';' || w === ':' || w === '—' || w === '“' || w === '"' || CLAUSE_WORDS.has(w)) return i + 1;
    }
    return 0;
  }

  clauseEnd(after: number): number {
    for (let i = after; i < this.tokens.length; i++) {
      const w = this.word(i);
      if (w === ';' || w === ':' || w === '—' || ['while', 'but', 'whereas', 'although', 'which', 'who', 'because', 'despite', 'however'].includes(w)) return i - 1;
    }
    return this.tokens.length - 1;
  }

  isInPrepositionalPhrase(m: Mention): boolean {
    for (let i = m.first - 1; i >= Math.max(0, m.first - 3); i--) {
      const w = this.word(i);
      if (PREPOSITIONS.has(w)) return true;
      if (!['the', 'a', 'an', 'former', 'then-president'].includes(w) && !this.isTitleToken(i)) return false;
    }
    return false;
  }

  private isTitleToken(i: number): boolean {
    return this.mentions.some((m) => m.titleFirst !== undefined && i >= m.titleFirst && i < m.first);
  }

  /** A mention and the mentions coordinated with it ("A, B and C"). */
  group(start: Mention, limit: number, accept: (m: Mention) => boolean): Mention[] {
    const list = [start];
    let current = start;
    for (;;) {
      const next = this.mentions.find((m) => m.first > current.last && m.first <= limit && m !== current && accept(m));
      if (!next) break;
      const gap = this.tokens.slice(current.last + 1, next.first).map((t) => t.text.toLowerCase());
      // Skip over titles and appositions of people in a list of people.
      const isPersonList = start.entity.type === 'Person' && next.entity.type === 'Person';
      const gapOk = isPersonList
        ? gap.length <= 8 && (gap.includes(',') || gap.includes('and')) && !gap.some((w) => CLAUSE_WORDS.has(w) || ['signed', 'said', 'met'].includes(w))
        : gap.length <= 4 && gap.every((w) => COORDINATORS.has(w) || w === '’s' || w === "'s") && (gap.includes(',') || gap.includes('and') || gap.includes('or'));
      if (!gapOk && !(gap.length === 0 && next.first === current.first)) break;
      if (current.isPossessive && !isPersonList) break;
      list.push(next);
      current = next;
    }
    return list;
  }
}

const entitiesOf = (mentions: Mention[]): ArticleEntity[] => {
  const out: ArticleEntity[] = [];
  for (const m of mentions) for (const e of [m.entity, ...(m.group ?? [])]) if (!out.includes(e)) out.push(e);
  return out;
};

function applyRule(rule: Rule, ctx: SentenceContext, out: Candidate[], countryOf: Map<ArticleEntity, ArticleEntity>, countries: Map<string, ArticleEntity>): void {
  rule.trigger.lastIndex = 0;
  for (const match of ctx.sentence.text.matchAll(rule.trigger)) {
    const trigFirst = ctx.tokenAt(match.index);
    const trigLast = Math.max(trigFirst, ctx.tokenAt(match.index + match[0].length) - 1);
    const clauseStart = ctx.clauseStart(trigFirst);
    const clauseEnd = ctx.clauseEnd(trigLast + 1);
    const before = ctx.sentence.text.slice(ctx.tokens[clauseStart] ? ctx.tokens[clauseStart].start - ctx.sentence.start : 0, match.index);
    const window = before.split(/\s+/).slice(-6).join(' ');
    if (NEGATION.test(window)) continue;
    let type = rule.type;
    let confidence = rule.confidence;
    if (MODALITY.test(window)) {
      if (rule.whenModal === 'skip') continue;
      if (rule.whenModal) type = rule.whenModal;
      else confidence *= 0.8;
    }
    const sources = rule.sources ?? DEFAULT_ACTORS;
    const targets = rule.targets ?? DEFAULT_ACTORS;
    const isSource = (m: Mention) => sources.includes(m.entity.type) && (m.role !== 'place' || sources.includes('Place'));
    const isTarget = (m: Mention) => targets.includes(m.entity.type) && (m.role !== 'place' || targets.includes('Place') || m.entity.type === 'Country');
    const symmetric = RELATION_TYPES[type].symmetric;
    const emit = (s: ArticleEntity[], t: ArticleEntity[], conf = confidence) => {
      for (const a of s) for (const b of t) pushCandidate(out, { source: a, target: b, type, sentence: ctx.sentence, confidence: conf, rule: rule.id, props: propertiesFor(type, ctx, match[0]) }, countryOf);
      if (rule.isMutual) for (const a of s) for (const b of t) pushCandidate(out, { source: b, target: a, type, sentence: ctx.sentence, confidence: conf, rule: rule.id }, countryOf);
    };
    const pairs = (list: ArticleEntity[], conf = confidence) => {
      for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) emit([list[i] as ArticleEntity], [list[j] as ArticleEntity], conf);
    };

    // Arguments after the trigger (the object) and before it (the subject).
    if (rule.requires && !rule.requires.test(ctx.sentence.text)) continue;
    const objectLimit = rule.maxGap === undefined ? clauseEnd : Math.min(clauseEnd, trigLast + rule.maxGap);
    const objectStart = ctx.mentions.find((m) => m.first > trigLast && m.first <= objectLimit && isTarget(m) && (m.role !== 'modifier' || allowsModifierObject(type, m, ctx)));
    // A city as the target of a relation between states stands for its state ("recalled its ambassador from Tel Aviv").
    const placeAsCountry = (m: Mention): Mention | undefined => {
      if (m.entity.type !== 'Place' || targets.includes('Place') || !targets.includes('Country') || !m.entity.country) return undefined;
      const country = countries.get(m.entity.country);
      return country ? { ...m, entity: country, role: 'actor' } : undefined;
    };
    const isTargetOrCity = (m: Mention) => isTarget(m) || placeAsCountry(m) !== undefined;
    const objectFirst = objectStart ?? ctx.mentions.find((m) => m.first > trigLast && m.first <= objectLimit && placeAsCountry(m) !== undefined);
    const objects = (objectFirst ? ctx.group(objectFirst, clauseEnd, isTargetOrCity) : []).map((m) => counterpartOf(m, ctx, countryOf) ?? placeAsCountry(m) ?? m);
    const subjectCandidates = ctx.mentions.filter((m) => m.first >= clauseStart && m.last < trigFirst && isSource(m) && (m.role === 'actor' || m.isPossessive));
    const subjectStart = subjectCandidates.find((m) => !ctx.isInPrepositionalPhrase(m)) ?? subjectCandidates[subjectCandidates.length - 1];
    let subjects = subjectStart ? ctx.group(subjectStart, trigFirst - 1, isSource) : [];
    // A relative clause's subject is its antecedent: "Lithuania and Poland, which border Belarus".
    if (subjects.length === 0 && ['which', 'who', 'that'].includes(ctx.word(clauseStart - 1))) {
      const end = ctx.word(clauseStart - 2) === ',' ? clauseStart - 3 : clauseStart - 2;
      const last = [...ctx.mentions].reverse().find((m) => m.last === end && isSource(m));
      if (last) {
        const head = ctx.mentions.find((m) => m.first < last.first && isSource(m) && ctx.group(m, last.last, isSource).includes(last)) ?? last;
        subjects = ctx.group(head, last.last, isSource);
      }
    }
    const possessor = [...ctx.mentions].reverse().find((m) => m.last < trigFirst && m.last >= trigFirst - 4 && m.isPossessive && isSource(m));
    // "(companies) for supplying", "(drones Russia uses) to bomb": the nearest actor, even one named by a demonym.
    const nearest = [...ctx.mentions].reverse().find((m) => m.last < trigFirst && isSource(m) && (m.role === 'actor' || m.isPossessive || m.kind === 'demonym'));

    switch (rule.frame) {
      case 'svo':
      case 'noun':
      case 'nearest': {
        const inside = ctx.mentions.find((m) => m.first >= trigFirst && m.last <= trigLast && isSource(m));
        let subj = rule.frame === 'noun' && inside ? [inside] : rule.frame === 'noun' && possessor ? [possessor] : subjects;
        // "(drones) Russia uses to bomb", "(sanctions on) Iran for supplying": the nearest actor acts,
        // unless it already belongs to the subject ("Saudi Arabia and Iran agreed to restore").
        const isInfinitive = ctx.word(trigFirst - 1) === 'to' || ctx.word(trigFirst - 1) === 'for';
        if (nearest && (rule.frame === 'nearest' || (isInfinitive && !subjects.includes(nearest)))) subj = [nearest];
        // The object may sit inside the trigger ("expelled Iran’s ambassador").
        let obj = objects.length > 0 ? objects : ctx.mentions.filter((m) => m.first > trigFirst && m.last < trigLast && isTarget(m));
        // Passive voice: "X was accused by Y".
        const byIndex = ctx.tokens.findIndex((t, i) => i > trigLast && i <= trigLast + 2 && t.text === 'by');
        // Passive voice, also reduced ("a ceremony hosted by X").
        const isPassive = BE_AUX.has(ctx.word(trigFirst - 1)) || (/ed$/.test(ctx.word(trigLast)) && ctx.word(trigLast + 1) === 'by');
        if (isPassive && byIndex !== -1) {
          const near = ctx.mentions.filter((m) => m.first > byIndex && m.first <= byIndex + 6 && isSource(m));
          const agent = near.find((m) => m.entity.type === 'Person') ?? near[0];
          if (agent) {
            obj = subjects.filter(isTarget);
            subj = [agent];
          }
        }
        // Copular inversion: "suppliers of oil to Israel are Kazakhstan and Nigeria".
        const lastObj = obj[obj.length - 1];
        if (subj.length === 0 && lastObj && ['are', 'is', 'include', 'were', 'included'].includes(ctx.word(lastObj.last + 1))) {
          const inverted = ctx.mentions.find((m) => m.first > lastObj.last + 1 && isSource(m));
          if (inverted) subj = ctx.group(inverted, clauseEnd, isSource);
        }
        const s = entitiesOf(subj);
        const o = entitiesOf(obj).filter((e) => !s.includes(e) && !subj.some((m) => m.last >= trigFirst && obj.includes(m)));
        if (s.length > 0 && o.length > 0) emit(s, o);
        else if (symmetric && s.length >= 2 && o.length === 0) pairs(s);
        break;
      }
      case 'between': {
        const list = entitiesOf(objects);
        // "between A and B": a pair; a long list is membership in something, not pairwise ties.
        if (list.length >= 2 && (list.length <= 3 || type === 'MEETS_WITH')) pairs(list);
        break;
      }
      case 'include': {
        // "to include Azerbaijan in the Abraham Accords": the object after is the candidate.
        const candidate = ctx.mentions.find((m) => m.first > trigLast && (m.entity.type === 'Country' || m.entity.type === 'Organization'));
        const body = candidate && ctx.mentions.find((m) => m.first > candidate.last && (m.entity.type === 'Agreement' || m.entity.type === 'Organization'));
        if (candidate && body) emit([candidate.entity], [body.entity]);
        break;
      }
      case 'group': {
        const list = entitiesOf(objects);
        if (list.length >= 2) pairs(list);
        break;
      }
      case 'possessor-object': {
        if (!possessor) break;
        const subject = subjects.filter((m) => m !== possessor);
        const s = subject.length > 0 ? entitiesOf(subject) : objects.length > 0 ? entitiesOf(objects) : [];
        emit(s.filter((e) => e !== possessor.entity), [possessor.entity]);
        break;
      }
      case 'reverse': {
        if (objects.length > 0 && subjects.length > 0) emit(entitiesOf(objects), entitiesOf(subjects));
        break;
      }
      case 'agreement-members': {
        const agreement = [...ctx.mentions].reverse().find((m) => m.last < trigFirst && m.last >= trigFirst - 12 && (m.entity.type === 'Agreement'));
        if (!agreement) break;
        const members = entitiesOf(objects).filter((e) => e.type === 'Country' || e.type === 'Organization');
        emit(members, [agreement.entity]);
        break;
      }
      default:
        throw new UnreachableCaseError(rule.frame);
    }
  }
}

/**
 * "his Turkish counterpart", "the U.S. president": a country standing for its leader, resolved
 * to the person of that country the article names.
 */
function counterpartOf(m: Mention, ctx: SentenceContext, countryOf: Map<ArticleEntity, ArticleEntity>): Mention | undefined {
  if (m.entity.type !== 'Country' || !/^(counterpart|president|leader|prime|premier)$/.test(ctx.word(m.last + 1))) return undefined;
  if (ctx.tokens[m.last + 2]?.isCapitalized) return undefined;
  const people = [...countryOf].filter(([, country]) => country === m.entity).map(([person]) => person);
  return people.length === 1 && people[0] ? { ...m, entity: people[0], role: 'actor' } : undefined;
}

/** Which modifier mentions may stand as object: "near the Iranian border", "restrictions on Iranian drivers". */
function allowsModifierObject(type: RelationType, m: Mention, ctx: SentenceContext): boolean {
  if (m.isPossessive) return true;
  if (m.kind !== 'demonym') return false;
  if (type === 'LOCATED_IN') return /^(territory|soil|side|border)$/.test(ctx.word(m.last + 1));
  // "condemned the Russian invasion", "sanctions on Iranian banks", "near the Iranian border".
  return ['THREATENS', 'SANCTIONS', 'ATTACKS', 'BORDERS', 'ACCUSES'].includes(type);
}

function propertiesFor(type: RelationType, ctx: SentenceContext, trigger: string): Candidate['props'] {
  const text = ctx.lowerText;
  if (type === 'SUPPLIES') {
    const inTrigger = COMMODITIES.find((c) => new RegExp(`\\b${c}\\b`).test(trigger.toLowerCase()));
    const commodity = inTrigger ?? COMMODITIES.find((c) => new RegExp(`\\b${c}\\b`).test(text));
    return commodity ? { commodity } : {};
  }
  if (type === 'COOPERATES_WITH') {
    const domains = DOMAINS.filter((d) => new RegExp(`\\b${d}\\b`).test(text));
    return domains.length > 0 ? { domain: domains.join(', ') } : {};
  }
  return {};
}

function pushCandidate(out: Candidate[], c: Candidate, countryOf: Map<ArticleEntity, ArticleEntity>): void {
  if (c.source === c.target) return;
  // A person and the country they serve are one actor here ("Aliyev" and "Azerbaijan").
  if (c.type !== 'OFFICIAL_OF' && (countryOf.get(c.source) === c.target || countryOf.get(c.target) === c.source)) return;
  if (c.type !== 'LOCATED_IN' && c.type !== 'VISITED' && c.type !== 'ATTACKS' && c.target.type === 'Place') return;
  if (c.type !== 'LOCATED_IN' && c.source.type === 'Place') return;
  // A visit is to somewhere abroad: a leader touring their own country is not coded as VISITED.
  if (c.type === 'VISITED') {
    const home = c.source.type === 'Country' ? c.source : countryOf.get(c.source);
    const iso = home?.known?.iso2;
    if (iso && (c.target.country === iso || c.target.known?.iso2 === iso)) return;
  }
  out.push(c);
}

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

/** The office a titled person holds, as the sentence states it. */
function officeOf(person: Mention, mentions: Mention[], tokens: Token[], articleCountries: Map<string, ArticleEntity>): { holder: ArticleEntity; role: string } | undefined {
  const lowerAt = (i: number) => tokens[i]?.text.toLowerCase() ?? '';
  if (person.title !== undefined && person.titleFirst !== undefined && OFFICE_TITLES.has(person.title.toLowerCase().replace(/^(then-|former )/, ''))) {
    // "Israeli Foreign Minister X", "Israel’s Prime Minister X", "Iran’s foreign ministry spokesman X".
    const owner = [...mentions].reverse().find((m) => m !== person && (m.entity.type === 'Country' || m.entity.type === 'Organization') && (m.last === person.titleFirst! - 1 || (m.isPossessive && m.last === person.titleFirst! - 2)));
    if (owner) return { holder: owner.entity, role: person.title };
    // "President Ilham Aliyev of Azerbaijan".
    if (lowerAt(person.last + 1) === 'of') {
      const of = mentions.find((m) => m.first === person.last + 2 && m.entity.type === 'Country');
      if (of) return { holder: of.entity, role: person.title };
    }
    // "President of Azerbaijan Ilham Aliyev".
    const afterTitle = (person.titleLast ?? person.titleFirst) + 1;
    if (lowerAt(afterTitle) === 'of') {
      const of = mentions.find((m) => m.first === afterTitle + 1 && m.entity.type === 'Country');
      if (of) return { holder: of.entity, role: person.title };
    }
    // A listed leader: the country of the matching role.
    const role = person.entity.known?.roles?.find((r) => r.role.toLowerCase().includes(person.title!.toLowerCase().replace(/^(then-|former )/, '')));
    const holder = role?.country ? articleCountries.get(role.country) : undefined;
    if (holder) return { holder, role: person.title };
  }
  // Apposition: "X, the UAE’s Minister of Foreign Affairs", "X, a spokesperson from Turkey’s ministry".
  if (tokens[person.last + 1]?.text === ',') {
    const after = tokens.slice(person.last + 2, person.last + 12).map((t) => t.text.toLowerCase()).join(' ');
    const title = [...OFFICE_TITLES].filter((t) => after.includes(t)).sort((a, b) => b.length - a.length)[0];
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

/** Relations stated by names and titles rather than by verbs. */
function structuralRelations(ctx: SentenceContext, out: Candidate[], countryOf: Map<ArticleEntity, ArticleEntity>, countries: Map<string, ArticleEntity>): void {
  const { mentions, tokens, sentence } = ctx;
  const add = (source: ArticleEntity, type: RelationType, target: ArticleEntity, confidence: number, rule: string, props?: Candidate['props']) => {
    if (target.id.startsWith('iso:')) return;
    pushCandidate(out, { source, target, type, sentence, confidence, rule, ...(props ? { props } : {}) }, countryOf);
  };

  for (const m of mentions) {
    // OFFICIAL_OF from titles.
    if (m.entity.type === 'Person' && m.kind !== 'coreference') {
      const office = officeOf(m, mentions, tokens, countries);
      if (office) add(m.entity, 'OFFICIAL_OF', office.holder, 0.9, 'title', { role: office.role });
    }
    // PART_OF: state bodies ("Iranian Foreign Ministry") and bodies owned by a possessive country.
    if (m.entity.type === 'Organization' && m.kind !== 'coreference') {
      const owner = mentions.find((o) => o.entity.type === 'Country' && o.entity.known?.iso2 === m.entity.country);
      if (m.entity.isStateBody && m.entity.country) {
        const country = owner?.entity ?? countries.get(m.entity.country);
        if (country) add(m.entity, 'PART_OF', country, 0.85, 'state-body');
      }
      const before = mentions.find((o) => o.last === m.first - 2 && o.isPossessive && o.entity.type === 'Country');
      if (before && !m.entity.known) add(m.entity, 'PART_OF', before.entity, 0.75, 'possessive-body');
      // "embassy in Baku": the body is located in the city that follows it.
      const place = mentions.find((p) => p.role === 'place' && p.first === m.last + 2 && ctx.word(m.last + 1) === 'in');
      if (place && /^(Embassy|Consulate)/.test(m.entity.name)) add(m.entity, 'LOCATED_IN', place.entity, 0.85, 'embassy-in');
    }
    // LOCATED_IN by apposition: "in Nakhchivan, Azerbaijan", "the Red Village of Quba".
    if (m.entity.type === 'Place' || m.entity.type === 'Group') {
      const quoted = ['"', '”', '’'].includes(ctx.word(m.last + 1)) ? 1 : 0;
      const next = mentions.find((n) => n.first === m.last + 2 + quoted && ['Country', 'Place'].includes(n.entity.type));
      const sep = ctx.word(m.last + 1 + quoted);
      if (next && (sep === ',' || (sep === 'of' && m.entity.type === 'Place' && next.entity.type === 'Place'))) {
        add(m.entity, 'LOCATED_IN', next.entity, 0.75, 'apposition');
      }
      if (m.entity.type === 'Group' && ctx.word(m.last + 1) === 'from') {
        const origin = mentions.find((n) => n.first > m.last && n.first <= m.last + 3 && ['Place', 'Country'].includes(n.entity.type));
        if (origin) add(m.entity, 'LOCATED_IN', origin.entity, 0.65, 'group-from');
      }
    }
    // "Azerbaijan’s long-standing Jewish community" → the group lives in that country.
    if (m.entity.type === 'Country' && m.isPossessive) {
      const group = mentions.find((g) => g.entity.type === 'Group' && g.first > m.last && g.first <= m.last + 5);
      if (group) add(group.entity, 'LOCATED_IN', m.entity, 0.7, 'possessive-community');
    }
  }

  // "A-B border", "the Israel-Azerbaijan alliance": two countries in one hyphenated token.
  for (let i = 0; i < mentions.length - 1; i++) {
    const a = mentions[i];
    const b = mentions[i + 1];
    if (!a || !b || a.first !== b.first || a.entity.type !== 'Country' || b.entity.type !== 'Country') continue;
    const head = ctx.word(a.last + 1);
    const type: RelationType | undefined = /^(border|frontier|borders)$/.test(head)
      ? 'BORDERS'
      : /^(alliance|partnership|axis)$/.test(head)
        ? 'ALLIED_WITH'
        : /^(war|conflict)$/.test(head)
          ? 'ATTACKS'
          : /^(tensions?|rivalry|dispute|standoff)$/.test(head)
            ? 'IN_TENSION_WITH'
            : /^(talks|summit|meeting)$/.test(head)
              ? 'MEETS_WITH'
              : undefined;
    if (type) {
      add(a.entity, type, b.entity, 0.75, 'compound');
      if (type === 'ATTACKS') add(b.entity, type, a.entity, 0.75, 'compound');
    }
  }

  // "A and B have exchanged visits": each visited the other's country.
  const exchanged = /\bexchanged visits\b/i.exec(sentence.text);
  if (exchanged) {
    const at = ctx.tokenAt(exchanged.index);
    const start = ctx.clauseStart(at);
    const first = mentions.find((m) => m.first >= start && m.last < at && (m.role === 'actor'));
    const parties = first ? entitiesOf(ctx.group(first, at - 1, (m) => m.role === 'actor')) : [];
    for (const a of parties) {
      for (const b of parties) {
        const destination = b.type === 'Country' ? b : countryOf.get(b);
        if (a !== b && destination) add(a, 'VISITED', destination, 0.7, 'exchanged-visits');
      }
    }
  }

  // A meeting somewhere: participants from other countries visited that place.
  const meeting = /\b(met|meeting|talks|summit)\b/i.exec(sentence.text);
  if (meeting) {
    const at = ctx.tokenAt(meeting.index);
    const place = mentions.find((m) => m.first > at && m.role === 'place' && m.entity.type === 'Place' && ['in', 'the'].includes(ctx.word(m.first - 1)));
    if (place) {
      const participants = mentions.filter((m) => m.entity.type === 'Person' && m.first < place.first).map((m) => counterpartOf(m, ctx, countryOf) ?? m);
      const counterpart = mentions.map((m) => counterpartOf(m, ctx, countryOf)).find((m) => m !== undefined);
      for (const p of [...participants, ...(counterpart ? [counterpart] : [])]) add(p.entity, 'VISITED', place.entity, 0.6, 'meeting-place');
    }
  }

  // People who sign an agreement together, or who are on one call, meet.
  const signed = /\b(signed|sign|inked|concluded)\b[^.]*?\b(agreement|deal|accords?|declaration|treaty|pact|memorandum)\b/i.exec(sentence.text);
  const call = /\b(?:joint )?(?:phone|telephone|video) (?:call|conversation|conference) (?:among|between|with)\b/i.exec(sentence.text);
  const hostedBy = /\b(hosted|brokered|mediated) by\b/i.exec(sentence.text);
  if (signed || call) {
    const at = ctx.tokenAt((signed ?? call)!.index);
    const people = (signed ? mentions.filter((m) => m.last < at && m.entity.type === 'Person') : mentions.filter((m) => m.first > at && m.entity.type === 'Person' || (m.kind === 'coreference' && m.entity.type === 'Person')))
      .map((m) => m.entity)
      .filter((e, i, list) => list.indexOf(e) === i);
    if (call && !people.length) return;
    const host = hostedBy ? mentions.find((m) => m.first > ctx.tokenAt(hostedBy.index) && m.entity.type === 'Person') : undefined;
    const parties = people.filter((p) => p !== host?.entity);
    for (let i = 0; i < parties.length; i++) for (let j = i + 1; j < parties.length; j++) add(parties[i] as ArticleEntity, 'MEETS_WITH', parties[j] as ArticleEntity, 0.7, signed ? 'co-signers' : 'joint-call');
    if (host && signed && /\bpeace|ceasefire|truce\b/i.test(sentence.text)) {
      for (const p of parties) {
        add(host.entity, 'MEETS_WITH', p, 0.7, 'host');
        const country = countryOf.get(p);
        if (country && country !== countryOf.get(host.entity)) add(host.entity, 'MEDIATES', country, 0.65, 'peace-host');
      }
    }
  }
}

function finalize(candidates: Candidate[], article: Article): ExtractedRelation[] {
  const seen = new Map<string, ExtractedRelation>();
  for (const c of candidates) {
    const info = RELATION_TYPES[c.type];
    const [a, b] = info.symmetric && c.source.id > c.target.id ? [c.target, c.source] : [c.source, c.target];
    const key = `${a.id}|${c.type}|${b.id}|${c.sentence.index}`;
    const existing = seen.get(key);
    if (existing && existing.confidence >= c.confidence) continue;
    seen.set(key, {
      source: a.name,
      target: b.name,
      sourceId: a.id,
      targetId: b.id,
      type: c.type,
      class: info.class,
      evidence: c.sentence.text,
      start: c.sentence.start,
      end: c.sentence.end,
      confidence: Math.round(c.confidence * 100) / 100,
      rule: c.rule,
      date: article.published,
      ...c.props,
    });
  }
  return [...seen.values()];
}
