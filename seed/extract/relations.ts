/**
 * Typed relations: applies the verb and noun rules of rules.ts to each sentence, finds their
 * arguments in the clause (subject, object, passive voice, coordination, possessors), respects
 * negation and modality; then adds the structural relations (structural.ts). Pure.
 */
import type { Article, ExtractedRelation } from '../types.ts';
import { RELATION_TYPES, UnreachableCaseError, type EntityType, type RelationType } from '../vocabulary.ts';
import { finalize, pushCandidate, type Candidate } from './candidates.ts';
import { entitiesOf, SentenceContext } from './clause.ts';
import { COMMODITIES, DOMAINS } from './lexicon.ts';
import type { ArticleEntity, Mention, Recognition } from './mentions.ts';
import { articleFacts, counterpartOf } from './offices.ts';
import { MODALITY, NEGATION, RULES, type Rule } from './rules.ts';
import { structuralRelations } from './structural.ts';
import type { Sentence } from './tokenize.ts';

const DEFAULT_ACTORS: EntityType[] = ['Country', 'Person', 'Organization'];
const BE_AUX = new Set(['was', 'were', 'been', 'is', 'are', 'be', 'being', 'has', 'have', 'had']);

/** Extracts the relations an article states, one per (source, type, target, sentence). */
export function extractRelations(sentences: Sentence[], recognition: Recognition, article: Article): ExtractedRelation[] {
  const candidates: Candidate[] = [];
  const { countries, countryOf } = articleFacts(sentences, recognition);
  for (const sentence of sentences) {
    const mentions = recognition.mentions[sentence.index] ?? [];
    if (mentions.length === 0) continue;
    const ctx = new SentenceContext(sentence, mentions);
    for (const rule of RULES) applyRule(rule, ctx, candidates, countryOf, countries);
    structuralRelations(ctx, candidates, countryOf, countries);
  }
  return finalize(candidates, article);
}

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

