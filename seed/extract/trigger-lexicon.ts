/**
 * Relation rules whose triggers come from a lexicon, not from articles: the verbs and event nouns
 * of each relation type that scripts/build-trigger-lexicon.ts draws from WordNet
 * (generated/triggers.ts), each used with the argument frame its part of speech takes. A word a
 * hand-written rule of the same type already matches is left to that rule, whose pattern carries
 * the exceptions the word needs ("support" but not "support for", which is a noun frame).
 */
import { RELATION_TYPES, type EntityType, type RelationType } from '../vocabulary.ts';
import { TRIGGER_WORDS } from './generated/triggers.ts';
import { ENDING_BEFORE } from './lexicon.ts';
import type { ArgumentFrame, Rule } from './rules.ts';

const ACTORS: EntityType[] = ['Country', 'Person', 'Organization'];
const PLACES: EntityType[] = ['Country', 'Place'];

/** How a part of speech takes its arguments for a type. */
type Frame = Omit<Partial<Rule>, 'trigger' | 'keywords' | 'type' | 'id'> & { frame: ArgumentFrame };

interface TypeFrames {
  verb?: Frame;
  noun?: Frame;
  /** The doer ("critic", "supporter"): "X is a critic of Y", "X, a staunch supporter of Y". */
  agent?: Frame;
  /** "tensions between A and B", "talks between A and B": the noun also takes the list after "between". */
  nounBetween?: boolean;
}

/** Lexicon triggers weigh a little less than the hand-written patterns: they carry no context of their own. */
const CONFIDENCE = 0.65;
/**
 * A verb form after a determiner or a possessive is a noun ("the meeting", "its backing"), which
 * the noun rules read. How far the object may stand from a verb of the lexicon.
 */
const NOUN_USE = /\b(?:the|a|an|its|their|his|her|our|this|that|these|those|[’']s)\s+(?:[a-z-]+\s+)?$/i;
const VERB_OBJECT_GAP = 4;
/** A doer noun states a relation only as a predicate or an apposition of its subject: "is a critic of", ", the main backer of". */
const PREDICATE = /(?:\b(?:is|are|was|were|been|be|remains?|remained|became|become|as)|,)\s+(?:(?:a|an|the|its|their|his|her|one of the)\s+)?(?:[a-z-]+\s+){0,2}$/i;

export const LEXICON_FRAMES: Partial<Record<RelationType, TypeFrames>> = {
  ATTACKS: {
    agent: { frame: 'svo', targets: [...ACTORS, 'Place'], objectAfter: ['of', 'in'], maxGap: 3 },
    verb: { frame: 'svo', targets: [...ACTORS, 'Place'] },
    noun: { frame: 'noun', targets: [...ACTORS, 'Place'], objectAfter: ['on', 'against', 'of', 'into', 'in', 'at', 'targeting'], maxGap: 4 },
  },
  ACCUSES: {
    agent: { frame: 'svo', objectAfter: ['of'], maxGap: 3 },
    verb: { frame: 'svo' },
    noun: { frame: 'noun', objectAfter: ['of', 'against', 'on', 'toward', 'towards'], maxGap: 4 },
  },
  IN_TENSION_WITH: {
    agent: { frame: 'svo', objectAfter: ['of'], maxGap: 3 },
    verb: { frame: 'svo', objectAfter: ['with', 'against'], mutualSubjects: true },
    noun: { frame: 'noun', objectAfter: ['with', 'against', 'toward', 'towards'], maxGap: 4 },
    nounBetween: true,
  },
  MEETS_WITH: {
    verb: { frame: 'participants', targets: ['Person', 'Country', 'Organization'] },
    noun: { frame: 'participants', targets: ['Person', 'Country', 'Organization'], objectAfter: ['with'] },
    nounBetween: true,
  },
  COOPERATES_WITH: {
    agent: { frame: 'svo', objectAfter: ['of', 'with'], maxGap: 3 },
    verb: { frame: 'svo', objectAfter: ['with'], mutualSubjects: true },
    noun: { frame: 'noun', objectAfter: ['with'], maxGap: 4 },
    nounBetween: true,
  },
  SUPPORTS: {
    agent: { frame: 'svo', targets: [...ACTORS, 'Agreement'], objectAfter: ['of'], maxGap: 3 },
    verb: { frame: 'svo', targets: [...ACTORS, 'Agreement'] },
    noun: { frame: 'noun', targets: [...ACTORS, 'Agreement'], objectAfter: ['for', 'of'], maxGap: 3 },
  },
  APPEALS_TO: { verb: { frame: 'svo', maxGap: 3 } },
  MEDIATES: { verb: { frame: 'mediation' }, noun: { frame: 'mediation' }, agent: { frame: 'mediation' } },
  DEMANDS: { verb: { frame: 'svo' }, noun: { frame: 'noun', objectAfter: ['from', 'of', 'on', 'to'], maxGap: 3 } },
  THREATENS: { verb: { frame: 'svo' }, noun: { frame: 'noun', objectAfter: ['to', 'against', 'of'], maxGap: 3 } },
  SANCTIONS: { verb: { frame: 'svo' }, noun: { frame: 'noun', objectAfter: ['on', 'against'], maxGap: 3 } },
  SUPPLIES: { verb: { frame: 'svo' }, agent: { frame: 'svo', objectAfter: ['to', 'for'], maxGap: 4 } },
  RECOGNIZES: { verb: { frame: 'svo', sources: ['Country', 'Organization', 'Person'] } },
  VISITED: { verb: { frame: 'svo', targets: PLACES }, noun: { frame: 'noun', targets: PLACES, objectAfter: ['to'], maxGap: 3 }, agent: { frame: 'svo', targets: PLACES, objectAfter: ['to'], maxGap: 3 } },
  MEMBER_OF: {
    verb: { frame: 'svo', targets: ['Agreement', 'Organization'], whenModal: 'PROPOSED_FOR' },
    noun: { frame: 'noun', targets: ['Agreement', 'Organization'], objectAfter: ['in', 'of', 'to'], maxGap: 3 },
  },
};

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The words of a list that none of `covering` matches whole. (A rule's keywords go first: every
 * match starts with one, and a word without any needs no run of the whole pattern, whose first
 * runs, compiling it, are most of this module's cost at import.)
 */
function uncovered(words: string[], covering: Rule[]): string[] {
  return words.filter((w) => !covering.some((rule) => {
    if (rule.keywords && !rule.keywords.test(w)) return false;
    rule.trigger.lastIndex = 0;
    const m = rule.trigger.exec(w);
    rule.trigger.lastIndex = 0;
    return m !== null && m.index === 0 && m[0].length === w.length;
  }));
}

/** A rule matching any of the words, token by token (its `trigger` pattern says the same, for tests and coverage). */
function wordRule(id: string, type: RelationType, words: string[], frame: Frame): Rule | undefined {
  if (words.length === 0) return undefined;
  const sorted = [...words].sort((a, b) => b.length - a.length);
  const phrases = new Map<string, string[][]>();
  for (const w of sorted) {
    const [head = '', ...rest] = w.split(' ');
    phrases.set(head, [...(phrases.get(head) ?? []), rest]);
  }
  const trigger = new RegExp(`\\b(?:${sorted.map(escape).join('|')})\\b`, 'giu');
  return { id, type, trigger, keywords: undefined, phrases, confidence: CONFIDENCE, ...frame };
}

/** The lexicon's rules, leaving to `handRules` every word one of them matches. */
export function lexiconRules(handRules: Rule[]): Rule[] {
  const rules: Rule[] = [];
  for (const [type, frames] of Object.entries(LEXICON_FRAMES) as [RelationType, TypeFrames][]) {
    const words = TRIGGER_WORDS[type];
    if (!words) continue;
    const covering = handRules.filter((r) => r.type === type);
    const verbs = uncovered(words.verbs.split('|').filter(Boolean), covering);
    const nouns = uncovered(words.nouns.split('|').filter(Boolean), covering);
    const agents = uncovered(words.agents.split('|').filter(Boolean), covering);
    const add = (rule: Rule | undefined) => rule && rules.push(rule);
    if (frames.verb) add(wordRule(`lexicon-${type.toLowerCase()}-verb`, type, verbs, { maxGap: VERB_OBJECT_GAP, notAfter: NOUN_USE, ...frames.verb }));
    // "ended its cooperation with", "suspended talks with": cooperation stated only to be ended
    // (a war ended was still fought).
    const ending = RELATION_TYPES[type].class.endsWith('cooperation') ? { notAfter: ENDING_BEFORE } : {};
    if (frames.noun) add(wordRule(`lexicon-${type.toLowerCase()}-noun`, type, nouns, { isEventNoun: true, ...ending, ...frames.noun }));
    if (frames.agent) add(wordRule(`lexicon-${type.toLowerCase()}-agent`, type, agents, { onlyAfter: PREDICATE, ...frames.agent }));
    if (frames.nounBetween) {
      add(wordRule(`lexicon-${type.toLowerCase()}-between`, type, nouns.map((n) => `${n} between`), { frame: 'between' }));
    }
  }
  return rules;
}
