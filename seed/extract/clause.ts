/**
 * The clause structure the relation rules read: one sentence's tokens with its mentions, where a
 * clause starts and ends, prepositional phrases, and coordinated lists ("A, B and C").
 */
import { PERSON_ROLES, PERSON_TITLES } from './lexicon.ts';
import type { ArticleEntity, Mention } from './mentions.ts';
import { lowerWords, type Sentence, type Token } from './tokenize.ts';

export const CLAUSE_WORDS = new Set(['while', 'but', 'whereas', 'although', 'though', 'because', 'which', 'who', 'that', 'when', 'after', 'despite', 'where', 'whose', 'however', 'yet']);
const PERSON_TITLE_WORDS = new Set([...PERSON_ROLES, ...PERSON_TITLES.flatMap((t) => t.split(/\s+/))]);
const PREPOSITIONS = new Set(['of', 'with', 'to', 'from', 'by', 'for', 'between', 'in', 'on', 'near', 'against', 'among', 'about', 'at', 'under', 'into', 'toward', 'towards', 'over', 'like', 'than', 'via', 'amid', 'during', 'since']);
/** Verbs that report what follows them. */
const REPORTING_VERBS = new Set(['said', 'says', 'claimed', 'claims', 'reported', 'reports', 'announced', 'stated', 'added', 'noted', 'insisted', 'argued', 'believes', 'believed', 'alleged', 'confirmed', 'suggested']);
const FINITE_AUXILIARIES = new Set(['had', 'has', 'have', 'was', 'were', 'is', 'are', 'would', 'will', 'could', 'did', 'does', 'should', 'might', 'may', 'can', 'must']);
/** Words that open a fronted subordinate clause ("After ..., X did Y"). */
const SUBORDINATORS = new Set(['after', 'when', 'while', 'before', 'since', 'although', 'though', 'as', 'once', 'if', 'despite']);
/** Words after a trigger that end its clause: the object is not beyond them. */
const CLAUSE_ENDS = new Set(['while', 'but', 'whereas', 'although', 'though', 'which', 'who', 'because', 'despite', 'however', 'yet']);
/** Verbs that follow their speaker after a quote or a clause ("…, Bolivia said"). */
export const INVERTED_SPEECH = /^(?:said|says|added|adds|told|stated|noted|warned|insisted|argued|wrote|explained|continued)$/;
const COORDINATORS = new Set([',', 'and', 'or', '&', 'as', 'well', 'the', 'also', 'both', 'neighbour', 'neighbor', 'neighbouring', 'neighboring']);

/** Token-level view of one sentence with its mentions. */
export class SentenceContext {
  readonly tokens: Token[];
  readonly lowerText: string;
  constructor(
    readonly sentence: Sentence,
    readonly mentions: Mention[],
  ) {
    this.tokens = sentence.tokens;
    this.lowerText = sentence.text.toLowerCase();
    this.words = lowerWords(sentence);
  }

  private readonly words: readonly string[];

  word(i: number): string {
    return this.words[i] ?? '';
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
      // A verb of speech opens the reported clause: in "the agency claimed the nation had withdrawn
      // its envoys", the agency did not withdraw them.
      if (w === ';' || w === ':' || w === '—' || w === '“' || w === '"' || CLAUSE_WORDS.has(w) || (REPORTING_VERBS.has(w) && this.reportsClause(i, before))) {
        // "After A and B signed the deal, B visited C": a fronted subordinate clause ends at its comma.
        if (i === 0 && SUBORDINATORS.has(w)) {
          const comma = this.tokens.findIndex((t, k) => k > 0 && k < before && t.text === ',');
          if (comma !== -1) return comma + 1;
        }
        return i + 1;
      }
    }
    return 0;
  }

  /**
   * "claimed Chile had withdrawn", "said Iran supplied": a reporting verb followed by a clause of
   * its own (a finite auxiliary or a name before the trigger), not by an object ("announced the severance").
   */
  private reportsClause(verb: number, before: number): boolean {
    // "is believed to have": a passive hedge, not a speaker.
    if (/^(is|are|was|were|be|been|being)$/.test(this.word(verb - 1))) return false;
    for (let k = verb + 1; k < before; k++) if (FINITE_AUXILIARIES.has(this.word(k)) || this.word(k) === 'that') return true;
    return this.mentions.some((m) => m.first > verb && m.last < before && m.role !== 'modifier');
  }

  clauseEnd(after: number): number {
    for (let i = after; i < this.tokens.length; i++) {
      const w = this.word(i);
      if (w === ';' || w === ':' || w === '—' || CLAUSE_ENDS.has(w)) return i - 1;
    }
    return this.tokens.length - 1;
  }

  isInPrepositionalPhrase(m: Mention): boolean {
    for (let i = m.first - 1; i >= Math.max(0, m.first - 3); i--) {
      const w = this.word(i);
      if (PREPOSITIONS.has(w)) return true;
      if (!['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'former', 'then-president'].includes(w) && !this.isTitleToken(i)) return false;
    }
    return false;
  }

  private isTitleToken(i: number): boolean {
    return this.mentions.some((m) => m.titleFirst !== undefined && i >= m.titleFirst && i < m.first);
  }

  /** "Uruguay’s Yamandú Orsi", "RSF commander X": a mention that only says whose the next person is. */
  ownsNextPerson(m: Mention): boolean {
    if (m.entity.type === 'Person') return false;
    const next = this.mentions.find((n) => n.first > m.last);
    if (!next || next.entity.type !== 'Person' || next.first > m.last + 4) return false;
    const gap = this.tokens.slice(m.last + 1, next.first).map((t) => t.text.toLowerCase());
    return gap.every((w) => w === '’s' || w === "'s" || PERSON_TITLE_WORDS.has(w)) && (gap.length > 0 || m.role === 'modifier');
  }

  /** A mention and the mentions coordinated with it ("A, B and C"). */
  group(start: Mention, limit: number, accept: (m: Mention) => boolean): Mention[] {
    const list = [start];
    let current = start;
    for (;;) {
      const next = this.mentions.find((m) => m.first > current.last && m.first <= limit && m !== current && this.isListItem(m, start, accept));
      if (!next) break;
      const gap = this.tokens.slice(current.last + 1, next.first).map((t) => t.text.toLowerCase());
      // Skip over titles and appositions of people in a list of people.
      const isPersonList = start.entity.type === 'Person' && next.entity.type === 'Person';
      const gapOk = isPersonList
        ? gap.length <= 8 && (gap.includes(',') || gap.includes('and')) && !gap.some((w) => CLAUSE_WORDS.has(w) || ['signed', 'said', 'met'].includes(w))
        : (gap.length <= 4 && gap.every((w) => COORDINATORS.has(w) || w === '’s' || w === "'s") && (gap.includes(',') || gap.includes('and') || gap.includes('or'))) || isDescribedItem(gap);
      if (!gapOk && !(gap.length === 0 && next.first === current.first)) break;
      if (current.isPossessive && !isPersonList) break;
      // "… the rebels, Bolivia said": the speaker of an inverted report ends the list.
      if (gap[0] === ',' && INVERTED_SPEECH.test(this.word(next.last + 1))) break;
      list.push(next);
      current = next;
    }
    return list;
  }

  /**
   * Whether a mention after `start` may be an item of its list. A method rather than a closure of
   * `group`, which runs for every frame: under tsx a named closure costs a property definition per call.
   */
  private isListItem(m: Mention, start: Mention, accept: (m: Mention) => boolean): boolean {
    // In a list, "Ukrainian President X", "Uruguay’s X" and "RSF commander X" name X, not their owners.
    // ("A and its partner B": a possessive pronoun qualifies what follows; it is no item of its own.)
    return accept(m) && !(m.kind === 'coreference' && m.isPossessive) && (start.role === 'modifier' || m.role !== 'modifier' || m.isPossessive) && !this.ownsNextPerson(m) && !this.qualifiesPerson(m);
  }

  /** "Rabin of Israel and Arafat": a person's country after "of" qualifies the person, it is not an item. */
  private qualifiesPerson(m: Mention): boolean {
    return this.word(m.first - 1) === 'of' && this.mentions.some((p) => p.entity.type === 'Person' && p.last === m.first - 2);
  }
}

/** "A and its major trading partner B", "A and their old rival B": the last item described before its name. */
const isDescribedItem = (gap: string[]) =>
  gap.length >= 3 && gap.length <= 7 && gap[0] === 'and' && ['its', 'their', 'his', 'her'].includes(gap[1] ?? '') && gap.slice(2).every((w) => /^[a-z-]+$/.test(w) && !CLAUSE_WORDS.has(w));

/** The entities of some mentions, a group coreference ("the two countries") standing for all of its members. */
export const entitiesOf = (mentions: Mention[]): ArticleEntity[] => {
  const out: ArticleEntity[] = [];
  for (const m of mentions) {
    if (!out.includes(m.entity)) out.push(m.entity);
    for (const e of m.group ?? []) if (!out.includes(e)) out.push(e);
  }
  return out;
};

/** "formed in 2001 as the Shanghai Five": a body's former name, not the body a sentence is about. */
export function isFormerName(ctx: SentenceContext, m: Mention): boolean {
  const as = ctx.word(m.first - 1) === 'as' ? m.first - 1 : ctx.word(m.first - 1) === 'the' && ctx.word(m.first - 2) === 'as' ? m.first - 2 : -1;
  return as !== -1 && ctx.tokens.slice(Math.max(0, as - 6), as).some((t) => /^(?:formed|founded|created|established|launched)$/.test(t.text));
}

/** "in Arica", "in the Chilean port city of Arica", "in the Bolivian capital, La Paz": a place named after a preposition of place, past the words that describe it. */
export function isAfterPlacePreposition(ctx: SentenceContext, first: number): boolean {
  for (let k = first - 1; k >= Math.max(0, first - 6); k--) {
    const w = ctx.word(k);
    if (['in', 'at', 'near', 'inside', 'outside'].includes(w)) return true;
    const describes = w === 'the' || w === 'of' || w === ',' || /^(capital|city|town|port|village|region|province)$/.test(w) || ctx.mentions.some((n) => n.kind === 'demonym' && n.first <= k && k <= n.last);
    if (!describes) return false;
  }
  return false;
}
