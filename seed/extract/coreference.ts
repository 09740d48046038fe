/**
 * Coreference: "the country", "its", "he", "the two countries", "those countries", "the accords",
 * "the region" resolved to what the article named before. Antecedents are looked up backwards
 * from the pronoun without copying the article's mention history, so the cost per pronoun does
 * not grow with the article.
 */
import type { EntityType } from '../vocabulary.ts';
import type { ArticleEntity, Mention, SentenceScan } from './mentions.ts';

/** The mentions of the article so far, in document order, and those of the current sentence. */
export interface MentionHistory {
  /** Earlier sentences' mentions, in document order (group coreferences left out). */
  readonly before: Mention[];
  /** The current sentence's mentions that precede the pronoun, in token order. */
  readonly current: Mention[];
}

/** Walks the mentions backwards: the current sentence first, then the earlier ones. */
function* backwards(h: MentionHistory): Generator<Mention> {
  for (let i = h.current.length - 1; i >= 0; i--) yield h.current[i] as Mention;
  for (let i = h.before.length - 1; i >= 0; i--) yield h.before[i] as Mention;
}

/** The last actor of one of `types` named before (never an adjective such as "the Israeli strikes"). */
export function lastActor(h: MentionHistory, types: EntityType[]): ArticleEntity | undefined {
  for (const m of backwards(h)) {
    if (types.includes(m.entity.type) && m.role !== 'place' && !(m.kind === 'demonym' && m.role === 'modifier')) return m.entity;
  }
  return undefined;
}

export const lastCountry = (h: MentionHistory): ArticleEntity | undefined => lastActor(h, ['Country']);

/** The last `count` distinct countries named, oldest first. */
export function lastCountries(h: MentionHistory, count: number): ArticleEntity[] {
  const found: ArticleEntity[] = [];
  for (const m of backwards(h)) {
    if (found.length >= count) break;
    if (m.entity.type === 'Country' && !found.includes(m.entity)) found.push(m.entity);
  }
  return found.reverse();
}

/** The last coordinated list of entities of a type ("Turkey, Pakistan and Azerbaijan"). */
export function lastGroup(h: MentionHistory, type: EntityType = 'Country'): ArticleEntity[] {
  const group: ArticleEntity[] = [];
  let next: Mention | undefined;
  for (const m of backwards(h)) {
    if (m.entity.type !== type || m.role === 'modifier') continue;
    if (group.length > 0 && next && (m.sentence !== next.sentence || next.first - m.last > 3)) break;
    if (!group.includes(m.entity)) group.unshift(m.entity);
    next = m;
  }
  return group;
}

/** The words that can open a coreference: other tokens are skipped early. */
const COREFERENCE_WORDS = new Set([
  'three', 'four', 'five', 'these', 'country', 'nation', 'its', 'it', 'he', 'she', 'him', 'her', 'his', 'two', 'both', 'those', 'accords', 'agreement', 'declaration', 'deal',
  'treaty', 'pact', 'region', 'group', 'militia', 'movement', 'organization', 'organisation', 'rebels', 'militants', 'bloc', 'insurgents',
]);
/** Nouns that, after "the", stand for the organization named last ("the group’s spokesman"). */
const ORGANIZATION_NOUNS = /^(group|militia|movement|organi[sz]ation|rebels|militants|bloc|insurgents)$/;

/** Adds coreference mentions to a sentence whose names are already recognized. */
export function resolveCoreference(scan: SentenceScan, before: Mention[]): void {
  const named = scan.mentions.slice().sort((a, b) => a.first - b.first);
  for (let i = 0; i < scan.tokens.length; i++) {
    if (scan.covered[i]) continue;
    const w = scan.word(i);
    if (!COREFERENCE_WORDS.has(w)) continue;
    // Antecedents are what came before the pronoun, never what follows it.
    const h: MentionHistory = { before, current: named.filter((m) => m.last < i) };
    const added = resolveAt(scan, i, w, h);
    if (added) {
      named.push(added);
      named.sort((a, b) => a.first - b.first);
    }
  }
}

function resolveAt(scan: SentenceScan, i: number, w: string, h: MentionHistory): Mention | undefined {
  const next = scan.word(i + 1);
  const prev = scan.word(i - 1);
  if ((w === 'country' || w === 'nation') && prev === 'the') {
    const c = lastCountry(h);
    return c && scan.add(c, i - 1, i, 'coreference');
  }
  if (w === 'its' || w === 'it') {
    const c = lastActor(h, ['Country', 'Organization']);
    return c && scan.add(c, i, i, 'coreference', { role: w === 'its' ? 'modifier' : 'actor', isPossessive: w === 'its' });
  }
  if (['he', 'she', 'him', 'her', 'his'].includes(w)) {
    const p = lastActor(h, ['Person']);
    return p && scan.add(p, i, i, 'coreference', { role: w === 'his' || w === 'her' ? 'modifier' : 'actor' });
  }
  if (((w === 'two' || w === 'both') && /^(countries|nations|states|sides|republics|governments|neighbou?rs)$/.test(next)) || (w === 'those' && next === 'countries')) {
    const [head, ...rest] = w === 'those' ? lastGroup(h) : lastCountries(h, 2);
    return head && scan.add(head, i, i + 1, 'coreference', { group: rest });
  }
  // "the three governments", "these groups": the last list of that kind.
  const counted = /^(three|four|five)$/.exec(w) && /^(countries|nations|states|governments|parties)$/.test(next);
  if (counted) {
    const [head, ...rest] = lastCountries(h, ['three', 'four', 'five'].indexOf(w) + 3);
    return head && scan.add(head, i, i + 1, 'coreference', { group: rest });
  }
  if ((w === 'these' || w === 'those') && /^(groups|organi[sz]ations|militias|movements)$/.test(next)) {
    const [head, ...rest] = lastGroup(h, 'Organization');
    return head && rest.length > 0 ? scan.add(head, i, i + 1, 'coreference', { group: rest }) : undefined;
  }
  if (prev === 'the' && /^(accords|agreement|declaration|deal|treaty|pact)$/.test(w)) {
    const a = lastActor(h, ['Agreement']);
    return a && a.name.toLowerCase().includes(w.replace(/s$/, '')) ? scan.add(a, i - 1, i, 'coreference') : undefined;
  }
  if (ORGANIZATION_NOUNS.test(w) && (prev === 'the' || scan.tokens[i - 1]?.text.endsWith('-aligned') || scan.tokens[i - 1]?.text.endsWith('-backed'))) {
    const o = lastActor(h, ['Organization']);
    const at = prev === 'the' ? i - 1 : i;
    return o && !o.isStateBody ? scan.add(o, at, i, 'coreference', { isPossessive: scan.word(i + 1) === '’s' || scan.word(i + 1) === "'s" }) : undefined;
  }
  if (prev === 'the' && w === 'region') {
    const p = lastActor(h, ['Place']);
    return p && scan.add(p, i - 1, i, 'coreference', { role: 'place' });
  }
  return undefined;
}
