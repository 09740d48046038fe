/**
 * The clause structure the relation rules read: one sentence's tokens with its mentions, where a
 * clause starts and ends, prepositional phrases, and coordinated lists ("A, B and C").
 */
import type { ArticleEntity, Mention } from './mentions.ts';
import type { Sentence, Token } from './tokenize.ts';

export const CLAUSE_WORDS = new Set(['while', 'but', 'whereas', 'although', 'though', 'because', 'which', 'who', 'that', 'when', 'after', 'despite', 'where', 'whose', 'however', 'yet']);
const PREPOSITIONS = new Set(['of', 'with', 'to', 'from', 'by', 'for', 'between', 'in', 'on', 'near', 'against', 'among', 'about', 'at', 'under', 'into', 'toward', 'towards', 'over', 'like', 'than', 'via', 'amid', 'during', 'since']);
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

/** The entities of some mentions, a group coreference ("the two countries") standing for all of its members. */
export const entitiesOf = (mentions: Mention[]): ArticleEntity[] => {
  const out: ArticleEntity[] = [];
  for (const m of mentions) for (const e of [m.entity, ...(m.group ?? [])]) if (!out.includes(e)) out.push(e);
  return out;
};
