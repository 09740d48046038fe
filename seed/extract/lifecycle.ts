/**
 * Events that are not relations: the life of agreements and laws (proposed, signed, ratified,
 * entered into force, suspended, waived, extended, withdrawn from, expired, repealed), each with
 * who did it, and the ceasefires and peace that end hostilities between two parties. Verb and
 * noun patterns per family, read with the relation rules' argument frames (frames.ts: subjects,
 * passive agents, possessors, the list after "between"), their negation and the claim a sentence
 * makes (claims.ts: "plans to withdraw" is proposed, not done). Pure.
 */
import type { Article, ClaimStatus, EventKind, ExtractedEvent } from '../types.ts';
import type { EntityType } from '../vocabulary.ts';
import { claimOf, STATUS_WEIGHT } from './claims.ts';
import { entitiesOf, SentenceContext } from './clause.ts';
import { eventTimeOf, type TriggerSpan } from './event-time.ts';
import { findArguments, triggerSites, type TriggerSite } from './frames.ts';
import type { ArticleEntity, Mention, Recognition } from './mentions.ts';
import { articleFacts, type ArticleFacts } from './offices.ts';
import { modalWindow, type ArgumentFrame, type Rule } from './rules.ts';
import type { Sentence } from './tokenize.ts';

/**
 * How a pattern finds its instrument: `object` after the trigger ("signed the accord"), before
 * it when passive or a participle ("the accord was signed", "the accord, signed in 1994"),
 * `subject` before it ("the accord entered into force"), `noun` after it ("the repeal of the act").
 * `pair`: a ceasefire or peace between the subjects, the object after "with" or the list after "between".
 */
type EventFrame = 'object' | 'subject' | 'noun' | 'pair';

interface EventRule {
  id: string;
  kind: EventKind;
  frame: EventFrame;
  trigger: string;
  /** Pair rules whose subject brokers the event for others ("brokered a truce between A and B"). */
  isBrokered?: boolean;
  /** The text after the trigger must say it happened ("a truce between A and B took effect"). */
  confirmedBy?: RegExp;
}

const INSTRUMENTS: EntityType[] = ['Agreement', 'Legislation'];
const ACTORS: EntityType[] = ['Country', 'Person', 'Organization'];
const PARTIES: EntityType[] = ['Country', 'Person', 'Organization', 'Group'];
const CONFIDENCE = 0.75;
/** A verb form right after a determiner is a noun ("called for the repeal of"), which the noun rules read. */
const AFTER_DETERMINER = /\b(?:the|a|an|its|their|his|her|our|this|that|these|those)\s+$/i;
/** How far after its trigger an instrument named as the object may stand ("signed a new defence accord"). */
const OBJECT_GAP = 8;

const e = (id: string, kind: EventKind, frame: EventFrame, trigger: string, extra: Partial<EventRule> = {}): EventRule => ({ id, kind, frame, trigger, ...extra });

/** What parties do to a ceasefire or a peace that makes it one, and what a third party does to bring it about. */
const AGREE_VERBS = '(?:agreed|agree|agrees|agreeing|signed|sign|signs|signing|reached|reach|reaches|declared|declare|declares|struck|inked|concluded|accepted|accept|accepts)';
const BROKER_VERBS = '(?:brokered|broker|brokers|brokering|mediated|negotiated)';
/** A day named between the verb and its object: "agreed on Thursday to a truce". */
const WHEN = '(?:(?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday) )?';
/** What says a ceasefire named by its noun alone happened. */
const IN_EFFECT = /^[^.;]*?\b(?:(?:took|takes|went|goes|came|comes) (?:into )?effect|(?:came|comes|entered|enters) into force|(?:was|were|has been|had been) (?:agreed|signed|reached|declared|announced|brokered)|began|(?:has )?held|holds)\b/i;

/** One family per kind: its verbs, then its nouns. */
const EVENT_RULES: EventRule[] = [
  e('propose', 'proposed', 'object', 'propos(?:e|ed|es|ing)|introduc(?:e|ed|es|ing)|draft(?:ed|s|ing)|tabled|submitted|put forward'),
  e('proposal-of', 'proposed', 'noun', '(?:proposal|introduction|draft) (?:of|for)'),
  e('sign-into-law', 'signed', 'subject', 'sign(?:ed|s|ing)? into law'),
  e('sign', 'signed', 'object', 'sign(?:ed|s|ing)?(?! up| into law)|ink(?:ed|s)|initial(?:l)?ed|concluded'),
  e('signing-of', 'signed', 'noun', '(?:signing|signature) (?:of|on|to)'),
  e('ratify', 'ratified', 'object', 'ratif(?:y|ied|ies|ying)|approv(?:e|ed|es|ing)|pass(?:ed|es)|adopt(?:ed|s|ing)|enact(?:ed|s|ing)'),
  e('ratification-of', 'ratified', 'noun', '(?:ratification|approval|passage|adoption|enactment) of'),
  e('in-force', 'in-force', 'subject', '(?:enter(?:ed|s|ing)?|came|comes?|coming|went|go(?:es)?|going) into (?:force|effect)|t(?:ook|akes?|aking) effect|(?:became|becomes?) effective|in (?:force|effect)(?= since)'),
  e('entry-into-force', 'in-force', 'noun', 'entry into (?:force|effect) of'),
  e('suspend', 'suspended', 'object', 'suspend(?:ed|s|ing)?|fr(?:oze|ozen|eezes?|eezing)|put on hold'),
  e('suspension-of', 'suspended', 'noun', '(?:suspension|freezing) of'),
  e('waive', 'waived', 'object', 'waiv(?:e|ed|es|ing)'),
  e('waiver-of', 'waived', 'noun', 'waivers? (?:of|on|for|to|under)'),
  e('extend', 'extended', 'object', 'extend(?:ed|s|ing)?|renew(?:ed|s|ing)?|prolong(?:ed|s|ing)?'),
  e('extension-of', 'extended', 'noun', '(?:extension|renewal|prolongation) of'),
  e('withdraw', 'withdrawn', 'object', 'withdr(?:ew|awn|aws|aw|awing) from|pull(?:ed|s|ing)? out of|quit(?:s|ting)?|exit(?:ed|s|ing)?(?: from)?|renounc(?:e|ed|es|ing)|abandon(?:ed|s|ing)?'),
  e('withdrawal-from', 'withdrawn', 'noun', '(?:withdrawal|exit|departure) from'),
  e('expire', 'expired', 'subject', 'expir(?:e|ed|es|ing)|laps(?:e|ed|es|ing)|r(?:a|u)n out'),
  e('expiry-of', 'expired', 'noun', '(?:expiry|expiration|lapse) of'),
  e('repeal', 'repealed', 'object', 'repeal(?:ed|s|ing)?|revok(?:e|ed|es|ing)|rescind(?:ed|s|ing)?|scrap(?:ped|s|ping)?|abolish(?:ed|es|ing)?|annul(?:led|s|ling)?|str(?:uck|ike|ikes) down|overturn(?:ed|s|ing)?'),
  e('repeal-of', 'repealed', 'noun', '(?:repeal|revocation|abolition|annulment|scrapping) of'),
  // Ceasefires and peace between two parties: agreed, signed, reached or declared, never only called for or violated.
  e('agree-ceasefire', 'ceasefire', 'pair', `${AGREE_VERBS} ${WHEN}(?:(?:to|on|upon) )?(?:a |an |the )?(?:[\\w-]+ ){0,2}?(?:ceasefire|cease-fire|truce|armistice)`),
  e('agree-peace', 'peace', 'pair', `${AGREE_VERBS} ${WHEN}(?:(?:to|on|upon) )?(?:a |an |the )?(?:[\\w-]+ ){0,2}?peace (?:agreement|deal|treaty|accord|pact)|made peace|make peace|ended (?:the |their |a )?(?:[\\w-]+ ){0,2}?(?:war|hostilities)`),
  e('broker-ceasefire', 'ceasefire', 'pair', `${BROKER_VERBS} (?:a |an |the )?(?:[\\w-]+ ){0,2}?(?:ceasefire|cease-fire|truce|armistice)`, { isBrokered: true }),
  e('broker-peace', 'peace', 'pair', `${BROKER_VERBS} (?:a |an |the )?(?:[\\w-]+ ){0,2}?peace (?:agreement|deal|treaty|accord|pact)`, { isBrokered: true }),
  e('ceasefire-between', 'ceasefire', 'pair', '(?:ceasefire|cease-fire|truce|armistice)s? between', { confirmedBy: IN_EFFECT }),
  e('peace-between', 'peace', 'pair', 'peace (?:agreement|deal|treaty|accord|pact)s? between', { confirmedBy: IN_EFFECT }),
];

/** Words before a trigger that say it did not happen, beyond the relation rules' negation. */
const NOT_DONE = /\b(?:yet to|not yet|voted against|vetoed|blocked|rejected|refus(?:ed|es|ing) to)\b/i;
/** A future tense: "will ratify" is planned, not done. */
const PLANNED = /\b(?:will|shall|['’]ll|(?:is|are) (?:set|due|scheduled|about) to|(?:is|are) to|agreed to|agree to|agrees to)\b/i;
/** An act named by its noun as still to come: "the expected signing of", "the planned withdrawal from". */
const PLANNED_NOUN = /\b(?:expected|planned|upcoming|anticipated|proposed|possible|eventual|future)$/i;

/** The argument frame the relation rules use, for one event rule (frames.ts reads rules of this shape). */
function frameRule(rule: EventRule): Rule {
  const frame: ArgumentFrame = rule.frame === 'noun' ? 'noun' : 'svo';
  return {
    id: rule.id,
    // The frames need a relation type only to let a demonym stand as an object, which no event's argument is.
    type: 'MEMBER_OF',
    trigger: new RegExp(`\\b(?:${rule.trigger})\\b`, 'giu'),
    keywords: undefined,
    frame,
    confidence: CONFIDENCE,
    sources: rule.frame === 'pair' ? PARTIES : ACTORS,
    targets: rule.frame === 'pair' ? PARTIES : INSTRUMENTS,
    ...(rule.frame === 'noun' ? { isEventNoun: true } : rule.frame === 'object' || rule.frame === 'subject' ? { notAfter: AFTER_DETERMINER } : {}),
    ...(rule.frame === 'pair' ? { objectAfter: ['with'], mutualSubjects: true } : {}),
  };
}

const RULES = EVENT_RULES.map((rule) => ({ rule, frame: frameRule(rule) }));
/** A sentence that names no instrument and speaks of no ceasefire or peace has no event. */
const PAIR_CUE = /\b(?:ceasefire|cease-fire|truce|armistice|peace|war|hostilities)\b/i;

/** The events an article states, sentence by sentence. */
export function extractEvents(sentences: Sentence[], recognition: Recognition, article: Article): ExtractedEvent[] {
  let facts: ArticleFacts | undefined;
  const out = new Map<string, ExtractedEvent>();
  for (const sentence of sentences) {
    const mentions = recognition.mentions[sentence.index] ?? [];
    const hasInstrument = mentions.some((m) => INSTRUMENTS.includes(m.entity.type));
    const hasPairCue = mentions.length >= 2 && PAIR_CUE.test(sentence.text);
    if (!hasInstrument && !hasPairCue) continue;
    facts ??= articleFacts(sentences, recognition);
    const ctx = new SentenceContext(sentence, mentions);
    const found: { rule: EventRule; site: TriggerSite; event: Omit<ExtractedEvent, 'eventDate' | 'eventText'> }[] = [];
    for (const { rule, frame } of RULES) {
      if ((rule.frame === 'pair' ? !hasPairCue : !hasInstrument)) continue;
      for (const site of triggerSites(frame, ctx)) {
        const rest = sentence.text.slice((ctx.tokens[site.last]?.end ?? sentence.end) - sentence.start);
        if (rule.confirmedBy && !rule.confirmedBy.test(rest)) continue;
        if (NOT_DONE.test(ctx.tokens.slice(Math.max(0, site.first - 6), site.first).map((t) => t.text).join(' '))) continue;
        for (const event of rule.frame === 'pair' ? pairEvents(rule, frame, site, ctx, facts) : instrumentEvents(rule, frame, site, ctx, facts)) found.push({ rule, site, event });
      }
    }
    const triggers: TriggerSpan[] = found.map((f) => ({ first: f.site.first, last: f.site.last }));
    for (const { rule, site, event } of found) {
      const timed: ExtractedEvent = { ...event, date: article.published, ...eventTimeOf(sentence, article.published, { first: site.first, last: site.last }, triggers) };
      // One event per instrument and kind in a sentence, with everyone who did it ("the signing of X by A", "A signed X").
      const key = `${timed.kind}|${timed.instrumentId ?? ''}|${rule.frame === 'pair' ? timed.actorIds.join(',') : ''}|${sentence.index}`;
      out.set(key, merged(out.get(key), timed));
    }
  }
  return [...out.values()];
}

/** Two readings of one event in a sentence: the more confident one, with the actors of both and a time if either has one. */
function merged(a: ExtractedEvent | undefined, b: ExtractedEvent): ExtractedEvent {
  if (!a) return b;
  const [best, other] = a.confidence >= b.confidence ? [a, b] : [b, a];
  const ids = [...best.actorIds];
  const names = [...best.actors];
  other.actorIds.forEach((id, i) => {
    if (ids.includes(id)) return;
    ids.push(id);
    names.push(other.actors[i] ?? id);
  });
  const time = best.eventDate ? {} : other.eventDate ? { eventDate: other.eventDate, eventText: other.eventText ?? '' } : {};
  return { ...best, ...time, actorIds: ids, actors: names };
}

/** The claim a sentence makes about an event: a future tense or an agreement to act is a plan ("will ratify", "agreed to sign"). */
function statusOf(ctx: SentenceContext, site: TriggerSite) {
  const claim = claimOf(ctx, site.first, site.last);
  const window = modalWindow(ctx.tokens.slice(Math.max(site.clauseStart, site.first - 6), site.first).map((t) => t.text).join(' '));
  // A plan is a plan whoever states it: "the treaty will be signed in May, he said" is proposed, not attributed as done.
  const isPlanned = PLANNED.test(window) || PLANNED_NOUN.test(window);
  const status: ClaimStatus = (claim.status === 'asserted' || claim.status === 'attributed') && isPlanned ? 'proposed' : claim.status;
  return { ...claim, status };
}

function eventOf(rule: EventRule, site: TriggerSite, ctx: SentenceContext, instrument: ArticleEntity | undefined, actors: ArticleEntity[]): Omit<ExtractedEvent, 'eventDate' | 'eventText'> {
  const claim = statusOf(ctx, site);
  return {
    kind: rule.kind,
    ...(instrument ? { instrumentId: instrument.id, instrument: instrument.name } : {}),
    actorIds: actors.map((a) => a.id),
    actors: actors.map((a) => a.name),
    evidence: ctx.sentence.text,
    start: ctx.sentence.start,
    end: ctx.sentence.end,
    confidence: Math.round(CONFIDENCE * STATUS_WEIGHT[claim.status] * 100) / 100,
    rule: rule.id,
    status: claim.status,
    ...(claim.attributedTo ? { attributedTo: claim.attributedTo } : {}),
    ...(claim.source ? { attributedToId: claim.source.id } : {}),
  };
}

const isInstrument = (m: Mention) => INSTRUMENTS.includes(m.entity.type);
const NOT_IN_OBJECT = new Set([',', ';', ':', 'under', 'in', 'at', 'with', 'for', 'to', 'by', 'on', 'after', 'before', 'that', 'which', 'and', 'but', 'as', 'than', 'into', 'against', 'over', 'about']);
const BE = /^(?:is|are|was|were|be|been|being)$/;

/** The instrument of a trigger and who acted on it. */
function instrumentEvents(rule: EventRule, frame: Rule, site: TriggerSite, ctx: SentenceContext, facts: ArticleFacts): Omit<ExtractedEvent, 'eventDate' | 'eventText'>[] {
  // The object follows the trigger with no preposition or clause between ("suspended activities under the agreement" is not).
  const after = ctx.mentions.find((m) => isInstrument(m) && m.first > site.last && m.first <= Math.min(site.clauseEnd, site.last + OBJECT_GAP) && ctx.tokens.slice(site.last + 1, m.first).every((t) => !NOT_IN_OBJECT.has(t.text.toLowerCase())));
  // Passive ("was signed"), a participle after the instrument ("the accord, signed in 1994") or an intransitive verb: the instrument comes first.
  const isPassive = BE.test(ctx.word(site.first - 1)) || BE.test(ctx.word(site.first - 2)) || ctx.word(site.first - 1) === ',';
  const before = [...ctx.mentions].reverse().find((m) => isInstrument(m) && m.last < site.first && m.first >= site.clauseStart && m.last >= site.first - 12);
  let instrument: Mention | undefined;
  if (rule.frame === 'noun' || rule.frame === 'object') instrument = after ?? (rule.frame === 'object' && isPassive ? before : undefined);
  // An intransitive verb's instrument is its subject, before it or after a fronted phrase ("Signed into law by X, the act ...").
  else instrument = before ?? ctx.mentions.find((m) => isInstrument(m) && m.first > site.last && m.first <= site.clauseEnd);
  if (!instrument) return [];
  const args = findArguments(frame, site, ctx, facts);
  // The subject of an intransitive verb or of a passive is the instrument itself: only "by X" names who acted.
  const agentsOnly = rule.frame === 'subject' || (instrument === before && rule.frame === 'object');
  // A name in a phrase before the trigger ("supporters of X signed") did not act; agents after "by" did.
  const acting = args.subjects.filter((m) => m.first > site.last || (!agentsOnly && !ctx.isInPrepositionalPhrase(m)));
  // "the signing of X by A and B", "signed into law by A": the agents after the trigger or the instrument.
  const byAt = acting.length === 0 ? [site.last + 1, instrument.last + 1].find((k) => ctx.word(k) === 'by') : undefined;
  const by = byAt === undefined ? undefined : ctx.mentions.find((m) => m.first > byAt && m.first <= byAt + 4 && ACTORS.includes(m.entity.type));
  const actors = entitiesOf(by ? ctx.group(by, site.clauseEnd, (m) => ACTORS.includes(m.entity.type)) : acting).filter((a) => ACTORS.includes(a.type));
  return entitiesOf([instrument]).filter((i) => INSTRUMENTS.includes(i.type)).map((i) => eventOf(rule, site, ctx, i, actors));
}

/** A ceasefire or peace: one event per pair of parties, a person standing for the state they serve. */
function pairEvents(rule: EventRule, frame: Rule, site: TriggerSite, ctx: SentenceContext, facts: ArticleFacts): Omit<ExtractedEvent, 'eventDate' | 'eventText'>[] {
  const args = findArguments(frame, site, ctx, facts);
  const asParty = (p: ArticleEntity) => (p.type === 'Person' ? (facts.countryOf.get(p) ?? p) : p.isStateBody && p.country ? (facts.countries.get(p.country) ?? p) : p);
  const mediators = rule.isBrokered ? entitiesOf(args.subjects) : [];
  const named = args.between.length > 0 ? args.between : rule.isBrokered ? args.objects : [...args.subjects, ...args.objects];
  const parties = [...new Set(entitiesOf(named).filter((p) => !mediators.includes(p)).map(asParty))].filter((p) => PARTIES.includes(p.type));
  const instrument = ctx.mentions.find((m) => isInstrument(m) && m.first >= site.first && m.first <= site.last + 3)?.entity;
  const events: Omit<ExtractedEvent, 'eventDate' | 'eventText'>[] = [];
  for (let i = 0; i < parties.length; i++) {
    for (let j = i + 1; j < parties.length; j++) {
      const pair = [parties[i]!, parties[j]!].sort((a, b) => (a.id < b.id ? -1 : 1));
      events.push(eventOf(rule, site, ctx, instrument, pair));
    }
  }
  return events;
}
