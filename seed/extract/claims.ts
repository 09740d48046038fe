/**
 * Claims, not facts: how a sentence presents a relation it states. The outlet asserts it, a named
 * source is said to state it (attributed), an unnamed or uncertain source does (hedged), it is
 * planned or called for (proposed), or someone denies it (denied). Also who makes the claim: the
 * entity the text names, else a short phrase ("analysts", "Western officials"). Pure.
 */
import type { ClaimStatus } from '../types.ts';
import type { SentenceContext } from './clause.ts';
import type { ArticleEntity, Mention } from './mentions.ts';
import { modalWindow } from './rules.ts';

export interface Claim {
  status: ClaimStatus;
  /** The entity's name, or a phrase for an unnamed source. */
  attributedTo?: string;
  /** The entity making the claim, when the text names one (it is an entity of the output). */
  source?: ArticleEntity;
  /** The others speaking with the source, when a group speaks ("the five countries said"). */
  alongside?: ArticleEntity[];
}

/** How much a relation's confidence keeps under each status: a claim is weaker than a fact. */
export const STATUS_WEIGHT: Record<ClaimStatus, number> = { asserted: 1, attributed: 0.85, proposed: 0.75, hedged: 0.6, denied: 0.5 };

const DENIAL = /^(denied|denies|deny|denying|rejected|rejects|rejecting|dismissed|dismisses|refuted|refutes|disputed|disputes)$/;
const DENIED_OBJECT = /^(claims?|allegations?|reports?|accusations?|charges?|suggestions?|that|any|it|the)$/;
const HEDGES = /\b(?:reportedly|allegedly|purportedly|apparently|supposedly|possibly|probably|(?:is|are|was|were) (?:[a-z]+ )?(?:said|believed|thought|understood|reported|alleged|suspected|rumou?red) to|appears? to|seems? to|may|might|could|suspected of|likely to)\b/i;
const PROPOSALS = /\b(?:call(?:ed|s|ing)? for|urg(?:ed|es|ing)|propos(?:ed|es|al)|plans? to|planning to|seeks? to|seeking to|consider(?:ing|s|ed)?|hopes? to|wants? to|pledged to|promised to|push(?:ed|es|ing)? (?:for|to)|eager to|expected to|poised to|invit(?:ed|es|ing)|offer(?:ed|s|ing)? to|campaign(?:ed|ing)? for|petition(?:ed|s)?|negotiat(?:ing|ions) (?:on|over|to)|readiness to|ready to|willing(?:ness)? to|would)\b/i;
const REPORTING = /^(said|says|say|told|tells|tell|claimed|claims|claim|stated|announced|announces|insisted|insists|insist|argued|argues|argue|alleged|alleges|allege|asserted|asserts|added|noted|wrote|tweeted|believes|believe|believed|maintained|maintains|maintain|suggested|suggests|suggest|warned|warn|contend|contends|contended)$/;
/** Unnamed sources: a claim by them is hedged. */
const UNNAMED_SOURCES = /^(analysts?|experts?|observers?|officials?|sources?|diplomats?|critics?|reports?|media|supporters?|commentators?|insiders?|witnesses?|residents?|activists?|people|some|many|others|researchers?|intelligence)$/;

/**
 * The claim a sentence makes about a relation whose trigger spans tokens first..last. Only what
 * stands outside the trigger counts: a speech act that is itself the relation ("Iran accused
 * Israel") is what the outlet asserts; "Iran said Israel had ..." is Iran's claim. A relation that
 * is itself a proposal (PROPOSED_FOR: "is expected to join") is proposed.
 */
export function claimOf(ctx: SentenceContext, first: number, last: number, isProposal = false): Claim {
  const denial = denialBefore(ctx, first);
  if (denial) return denial;
  // The words that govern the trigger: the few before it in its clause ("is said to be uneasy about").
  const clauseStart = ctx.clauseStart(first);
  const window = modalWindow(ctx.tokens.slice(Math.max(clauseStart, first - 10), first).map((t) => t.text).join(' '));
  const reported = reportedBy(ctx, first, last);
  if (HEDGES.test(window) || reported?.status === 'hedged') return { status: 'hedged', ...(reported ? withoutStatus(reported) : {}) };
  if (isProposal || PROPOSALS.test(window)) return { status: 'proposed', ...(reported ? withoutStatus(reported) : {}) };
  if (reported) return reported;
  return { status: 'asserted' };
}

/** A reporting verb at token k, not a noun of the same spelling ("rejected the claims", "a warning"). */
const isReporting = (ctx: SentenceContext, k: number) => REPORTING.test(ctx.word(k)) && !DETERMINERS.has(ctx.word(k - 1));
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'these', 'those', 'such', 'any', 'no']);

const withoutStatus = ({ attributedTo, source }: Claim): Omit<Claim, 'status'> => ({
  ...(attributedTo ? { attributedTo } : {}),
  ...(source ? { source } : {}),
});

/** "X denied supplying", "X rejected claims that": the relation is stated only to be denied. */
function denialBefore(ctx: SentenceContext, first: number): Claim | undefined {
  for (let k = first - 1; k >= Math.max(0, first - 6); k--) {
    if (!DENIAL.test(ctx.word(k))) continue;
    // "denied supplying", "denied carrying out an attack", "rejected claims that".
    if (k !== first - 1 && !DENIED_OBJECT.test(ctx.word(k + 1)) && !/ing$/.test(ctx.word(k + 1))) continue;
    const who = speakerBefore(ctx, k);
    return { status: 'denied', ...(who ? { attributedTo: who.entity.name, source: who.entity } : {}) };
  }
  return undefined;
}

/**
 * Who the sentence reports the relation from: "X said (that) ...", "..., X said", "according to X",
 * "analysts say" (unnamed: a phrase, no entity).
 */
function reportedBy(ctx: SentenceContext, first: number, last: number): Claim | undefined {
  // A reporting verb before the trigger whose subject is before it: "Iran said Baku had ...".
  for (let k = first - 1; k >= 0; k--) {
    // "is said to" is a hedge, not a source speaking.
    if (!isReporting(ctx, k) || /^(is|are|was|were|be|been|being)$/.test(ctx.word(k - 1))) continue;
    const named = speakerBefore(ctx, k);
    if (named) return attributedTo(named);
    const phrase = unnamedBefore(ctx, k);
    if (phrase) return { status: 'hedged', attributedTo: phrase };
    break;
  }
  // A reporting verb after the trigger: "..., the minister said", "..., said Iran's ministry".
  for (let k = last + 1; k < ctx.tokens.length; k++) {
    // "..., where he announced": a new clause reports something else.
    if (/^(where|which|when|while|after|before|whereas)$/.test(ctx.word(k))) break;
    if (!isReporting(ctx, k)) continue;
    if (!/^[,"”’]$/.test(ctx.word(k - 1)) && !/^[,"”’]$/.test(ctx.word(k - 2)) && !ctx.mentions.some((m) => m.last === k - 1)) continue;
    // "..., Foreign Minister Ana Silva of Chile said": the person of the phrase before the verb speaks.
    // The nearest to the verb speaks ("with Minister X, Macron said": Macron).
    const speakers = ctx.mentions.filter((m) => ((m.last >= k - 4 && m.last <= k - 1) || m.first === k + 1 || m.first === k + 2) && isSpeaker(m))
      .sort((a, b) => Math.abs(a.last - k) - Math.abs(b.last - k));
    const named = speakers.find((m) => m.entity.type === 'Person') ?? speakers.find((m) => m.last === k - 1 || m.first > k);
    if (named) return attributedTo(named);
    const phrase = unnamedBefore(ctx, k);
    if (phrase) return { status: 'hedged', attributedTo: phrase };
  }
  // "according to X" anywhere in the sentence.
  for (let k = 0; k < ctx.tokens.length - 2; k++) {
    if (ctx.word(k) !== 'according' || ctx.word(k + 1) !== 'to') continue;
    // "according to the ministry", not "according to diplomats, Chile ...": the source before any comma.
    const named = ctx.mentions.find((m) => m.first >= k + 2 && m.first <= k + 4 && isSpeaker(m) && !ctx.tokens.slice(k + 2, m.first).some((t) => t.text === ','));
    if (named) return { status: 'attributed', attributedTo: named.entity.name, source: named.entity };
    const phrase = phraseAt(ctx, k + 2);
    // "according to sources" is hedged; "according to the ministry" names its source.
    return { status: UNNAMED_SOURCES.test(phrase.split(' ').pop()?.toLowerCase() ?? '') ? 'hedged' : 'attributed', attributedTo: phrase };
  }
  return undefined;
}

const attributedTo = (speaker: Mention): Claim =>
  ({ status: 'attributed', attributedTo: speaker.entity.name, source: speaker.entity, ...(speaker.group ? { alongside: speaker.group } : {}) });

const isSpeaker = (m: Mention) => ['Country', 'Person', 'Organization'].includes(m.entity.type) && m.role !== 'place';

/** The named subject of a verb at token k: the nearest speaker before it in its clause. */
function speakerBefore(ctx: SentenceContext, k: number): Mention | undefined {
  const start = ctx.clauseStart(k);
  return ctx.mentions.findLast((m) => m.last < k && m.first >= start && m.last >= k - 6 && isSpeaker(m) && !ctx.isInPrepositionalPhrase(m));
}

/** "analysts say", "Western officials said": an unnamed source right before a verb, as a phrase. */
function unnamedBefore(ctx: SentenceContext, k: number): string | undefined {
  const noun = ctx.word(k - 1);
  if (!UNNAMED_SOURCES.test(noun)) return undefined;
  const adjective = ctx.tokens[k - 2];
  const withAdjective = adjective && /^\p{Lu}|^(senior|western|european|arab|us|u\.s\.|israeli|iranian|local|security|military|government|intelligence)$/iu.test(adjective.text) && !/^(The|A|An)$/.test(adjective.text);
  return withAdjective ? `${adjective.text} ${ctx.tokens[k - 1]?.text ?? ''}` : (ctx.tokens[k - 1]?.text ?? noun);
}

/** A short phrase for an unnamed source after "according to" ("Western officials", "a report"). */
function phraseAt(ctx: SentenceContext, k: number): string {
  const words: string[] = [];
  for (let i = k; i < ctx.tokens.length && words.length < 3; i++) {
    const w = ctx.tokens[i]?.text ?? '';
    if (/^[,.;:]$/.test(w)) break;
    words.push(w);
  }
  return words.join(' ').replace(/^(?:the|a|an) /i, '');
}
