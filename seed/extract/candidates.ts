/**
 * Relation candidates: what a rule proposes, the checks every candidate passes, and the final
 * list (one relation per source, type, target and sentence, with its evidence).
 */
import type { Article, ExtractedRelation } from '../types.ts';
import { RELATION_TYPES, type RelationType } from '../vocabulary.ts';
import { STATUS_WEIGHT, type Claim } from './claims.ts';
import { eventTimeOf, type TriggerSpan } from './event-time.ts';
import type { ArticleEntity } from './mentions.ts';
import type { Sentence } from './tokenize.ts';

export interface Candidate {
  source: ArticleEntity;
  target: ArticleEntity;
  type: RelationType;
  sentence: Sentence;
  confidence: number;
  rule: string;
  props?: Partial<Pick<ExtractedRelation, 'domain' | 'commodity' | 'instrument' | 'role'>>;
  /** How the sentence presents it (asserted when absent). */
  claim?: Claim;
  /** Where its trigger stands in the sentence, for its event time (structural relations have none). */
  trigger?: TriggerSpan;
}

const isBodyOf = (body: ArticleEntity, state: ArticleEntity) => body.isStateBody === true && body.country !== undefined && state.known?.iso2 === body.country;

export function pushCandidate(out: Candidate[], c: Candidate, countryOf: Map<ArticleEntity, ArticleEntity>): void {
  if (c.source === c.target) return;
  // A person and the country they serve are one actor here ("Aliyev" and "Azerbaijan").
  if (c.type !== 'OFFICIAL_OF' && (countryOf.get(c.source) === c.target || countryOf.get(c.target) === c.source)) return;
  // So are a state body and its state ("the Afghan defence ministry warned that Kabul would …").
  if (c.type !== 'PART_OF' && c.type !== 'LOCATED_IN' && (isBodyOf(c.source, c.target) || isBodyOf(c.target, c.source))) return;
  // Places are where things are, are visited or attacked, or are part of a larger place ("a pipeline of a corridor").
  const placeToPlace = c.type === 'PART_OF' && c.source.type === 'Place' && c.target.type === 'Place';
  if (c.type !== 'LOCATED_IN' && c.type !== 'VISITED' && c.type !== 'ATTACKS' && !placeToPlace && c.target.type === 'Place') return;
  if (c.type !== 'LOCATED_IN' && !placeToPlace && c.source.type === 'Place') return;
  // A visit is to somewhere abroad: a leader touring their own country is not coded as VISITED.
  if (c.type === 'VISITED') {
    const home = c.source.type === 'Country' ? c.source : countryOf.get(c.source);
    const iso = home?.known?.iso2;
    if (iso && (c.target.country === iso || c.target.known?.iso2 === iso)) return;
  }
  out.push(c);
}

export function finalize(candidates: Candidate[], article: Article): ExtractedRelation[] {
  const seen = new Map<string, ExtractedRelation>();
  const triggers = new Map<number, TriggerSpan[]>();
  for (const c of candidates) {
    if (!c.trigger) continue;
    const list = triggers.get(c.sentence.index);
    if (list) list.push(c.trigger);
    else triggers.set(c.sentence.index, [c.trigger]);
  }
  for (const c of candidates) {
    const info = RELATION_TYPES[c.type];
    const [a, b] = info.symmetric && c.source.id > c.target.id ? [c.target, c.source] : [c.source, c.target];
    const key = `${a.id}|${c.type}|${b.id}|${c.sentence.index}`;
    const claim = c.claim ?? { status: 'asserted' };
    // A claim is weaker evidence than a fact: the confidence keeps the status's weight.
    const confidence = Math.round(c.confidence * STATUS_WEIGHT[claim.status] * 100) / 100;
    const existing = seen.get(key);
    if (existing && existing.confidence >= confidence) continue;
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
      confidence,
      rule: c.rule,
      status: claim.status,
      ...(claim.attributedTo ? { attributedTo: claim.attributedTo } : {}),
      ...(claim.source ? { attributedToId: claim.source.id } : {}),
      date: article.published,
      ...eventTimeOf(c.sentence, article.published, c.trigger, triggers.get(c.sentence.index) ?? []),
      ...c.props,
    });
  }
  return [...seen.values()];
}
