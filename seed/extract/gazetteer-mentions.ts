/**
 * Gazetteer mentions: the longest known surface form at each free token, read in context.
 * Metonymy (a capital after a preposition of place is the city, otherwise its government acts),
 * plural demonyms as population groups, demonyms as actors or modifiers by their head noun,
 * ambiguous country names (Georgia, Jordan, Chad) confirmed by context, and hyphenated
 * compounds ("Israel-Azerbaijan") split into their countries.
 */
import { gazetteer, tokenKey, type GazetteerHit } from '../gazetteer/index.ts';
import { ACTOR_HEADS, NOT_NAME_WORDS, ORGANIZATION_HEADS } from './lexicon.ts';
import type { ArticleEntity, EntityRegistry, MentionRole, SentenceScan } from './mentions.ts';
import { capitalizedRun, isApostropheS, longestHit, pickHit } from './spans.ts';

const LOCATION_PREPOSITIONS = new Set(['in', 'to', 'at', 'near', 'into', 'visited', 'visit', 'visiting', 'toward', 'towards', 'across', 'outside', 'inside', 'via', 'around']);

/** Adds the gazetteer's mentions to a sentence. `onPerson` hears of each person found. */
export function gazetteerMentions(scan: SentenceScan, registry: EntityRegistry, fullText: string, onPerson: (person: ArticleEntity) => void): void {
  const { tokens } = scan;
  for (let i = 0; i < tokens.length; i++) {
    if (scan.covered[i]) continue;
    const found = longestHit(tokens, i);
    if (found && scan.isFree(i, found.last) && acceptHit(scan, found.hit, i, found.last, fullText)) {
      addHit(scan, registry, found.hit, i, found.last, onPerson);
      i = found.last;
      continue;
    }
    splitCompound(scan, registry, i);
  }
}

/** Whether a hit names its entity here ("Washington Institute" is not Washington; "Chad Smith" not Chad). */
function acceptHit(scan: SentenceScan, hit: GazetteerHit, first: number, last: number, fullText: string): boolean {
  const { tokens } = scan;
  // "Washington Institute for Near East Policy": a place name opening an organization's name.
  const run = capitalizedRun(tokens, first, true);
  if (run && run.last > last && hit.entity.type !== 'Organization' && tokens.slice(last + 1, run.last + 1).some((t) => ORGANIZATION_HEADS.has(t.text))) {
    return false;
  }
  const rule = gazetteer().ambiguous[hit.entity.name];
  if (!rule || hit.kind !== 'name') return true;
  if (rule.reject.test(scan.sentence.text)) return false;
  const next = tokens[last + 1];
  const prev = tokens[first - 1];
  if (next?.isCapitalized && /^\p{Lu}\p{Ll}/u.test(next.text) && !isApostropheS(next)) return false; // "Chad Smith"
  if (prev?.isCapitalized && /^\p{Lu}\p{Ll}+$/u.test(prev.text) && !NOT_NAME_WORDS.has(prev.text)) return false; // "Michael Jordan"
  return rule.confirm.test(fullText) || !rule.reject.test(fullText);
}

function addHit(scan: SentenceScan, registry: EntityRegistry, hit: GazetteerHit, first: number, last: number, onPerson: (person: ArticleEntity) => void): void {
  const { tokens } = scan;
  const before = scan.word(first - 1);
  if (hit.kind === 'capital') {
    // Metonymy: a capital after a preposition of place is the city; otherwise the government.
    const before2 = scan.word(first - 2);
    const isLocation = LOCATION_PREPOSITIONS.has(before) || (before === 'the' && (LOCATION_PREPOSITIONS.has(before2) || before2 === 'of'));
    if (isLocation) scan.add(registry.placeFor(scan.text(first, last), hit.entity.iso2), first, last, 'capital', { role: 'place' });
    else scan.add(registry.fromKnown(hit.entity), first, last, 'capital');
    return;
  }
  if (hit.kind === 'demonym-plural') {
    // "the Azerbaijanis", "ethnic Armenians": a population group.
    const group = registry.fromPattern('Group', scan.text(first, last));
    scan.add(group, first, last, 'pattern');
    if (before === 'ethnic') group.aliases.add(`ethnic ${group.name}`);
    return;
  }
  const entity = registry.fromKnown(hit.entity);
  if (hit.kind === 'demonym') {
    // The head noun, past coordinated demonyms: "Indian and Chinese commanders".
    let k = last + 1;
    while ((scan.word(k) === 'and' || scan.word(k) === ',') && longestHit(tokens, k + 1)?.hit.kind === 'demonym') k = (longestHit(tokens, k + 1)?.last ?? k) + 1;
    const role: MentionRole = ACTOR_HEADS.has(scan.word(k)) ? 'actor' : 'modifier';
    scan.add(entity, first, last, 'demonym', { role });
    return;
  }
  if (entity.type === 'Person') onPerson(entity);
  scan.add(entity, first, last, hit.kind);
}

/** "Israel-Azerbaijan", "Azerbaijan–Iran": each country of a hyphenated compound. */
function splitCompound(scan: SentenceScan, registry: EntityRegistry, i: number): void {
  const token = scan.tokens[i];
  if (!token || !/[-–]/.test(token.text) || !/^\p{Lu}/u.test(token.text)) return;
  let offset = token.start;
  for (const part of token.text.split(/([-–])/)) {
    if (part !== '-' && part !== '–') {
      const hit = pickHit(gazetteer().byTokens.get(tokenKey([part])) ?? []);
      if (hit && hit.entity.type === 'Country') {
        const entity = registry.fromKnown(hit.entity);
        entity.aliases.add(part);
        scan.mentions.push({
          entity, sentence: scan.sentence.index, first: i, last: i, start: offset, end: offset + part.length, text: part,
          kind: hit.kind, role: 'actor', isPossessive: false,
        });
        scan.covered[i] = true;
      }
    }
    offset += part.length;
  }
}
