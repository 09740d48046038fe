/**
 * Names no list holds: capitalized spans typed by their head word and their context.
 * Laws ("Section 907 of the … Act"), agreements (… Accords, … Treaty), organizations
 * (… Ministry, … Forces), places ("X region", "the city of X"), cited outlets, people introduced
 * by speech, surnames of people named before, and communities ("Azerbaijan’s Jewish community").
 */
import { AGREEMENT_HEADS, NOT_NAME_WORDS, ORGANIZATION_HEADS, PLACE_HEADS } from './lexicon.ts';
import type { EntityRegistry, SentenceScan } from './mentions.ts';
import type { Surnames } from './people.ts';
import { capitalizedRun, isApostropheS, legislationAt, longestHit } from './spans.ts';

function findLastIndex<T>(items: T[], predicate: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (predicate(items[i] as T)) return i;
  return -1;
}

/** Adds the typed capitalized spans of a sentence that no earlier stage claimed. */
export function openSpans(scan: SentenceScan, registry: EntityRegistry, surnames: Surnames): void {
  const { tokens } = scan;
  for (let i = 0; i < tokens.length; i++) {
    if (scan.covered[i] || !tokens[i]?.isCapitalized) continue;
    const legislation = legislationAt(tokens, i);
    if (legislation && scan.isFree(i, legislation.last)) {
      scan.add(registry.fromPattern('Legislation', scan.text(i, legislation.last)), i, legislation.last, 'pattern');
      i = legislation.last;
      continue;
    }
    const run = capitalizedRun(tokens, i, true);
    if (!run) continue;
    let { last } = run;
    while (last > i && !scan.isFree(i, last)) last--;
    if (!scan.isFree(i, last)) continue;
    const words = tokens.slice(i, last + 1).map((t) => t.text);
    const first = NOT_NAME_WORDS.has(words[0] ?? '') ? i + 1 : i;
    if (first > last) continue;
    const headIndex = findLastIndex(words, (w) => ORGANIZATION_HEADS.has(w) || AGREEMENT_HEADS.has(w));
    const head = words[headIndex];
    const text = scan.text(first, last);
    if (head && AGREEMENT_HEADS.has(head) && headIndex + i > first) {
      scan.add(registry.fromPattern('Agreement', scan.text(first, i + headIndex)), first, i + headIndex, 'pattern');
      i = i + headIndex;
      continue;
    }
    if (head && ORGANIZATION_HEADS.has(head) && last > first) {
      scan.add(registry.fromPattern('Organization', text), first, last, 'pattern');
      i = last;
      continue;
    }
    const next = scan.word(last + 1);
    const prev = scan.word(first - 1);
    const prev2 = scan.word(first - 2);
    if (PLACE_HEADS.has(next) && next !== 'city') {
      const place = registry.fromPattern('Place', text);
      place.aliases.add(`${text} ${tokens[last + 1]?.text ?? ''}`);
      scan.add(place, first, last + 1, 'pattern', { role: 'place' });
      i = last + 1;
      continue;
    }
    if ((prev === 'of' && PLACE_HEADS.has(prev2)) || (prev === '"' && PLACE_HEADS.has(scan.word(last + 2)))) {
      scan.add(registry.fromPattern('Place', text), first, last, 'pattern', { role: 'place' });
      i = last;
      continue;
    }
    // Outlets and agencies cited as sources: "according to Axios", "cited by Agerpres".
    if (last === first && ((prev === 'to' && prev2 === 'according') || (prev === 'by' && prev2 === 'cited') || next === 'reported')) {
      scan.add(registry.fromPattern('Organization', text), first, last, 'pattern');
      continue;
    }
    // People introduced by speech: "said Ghaith al-Omari, a senior fellow".
    if (last > first && last - first <= 3 && (prev === 'said' || prev === 'told') && tokens[last + 1]?.text === ',') {
      const person = registry.fromPattern('Person', text);
      surnames.register(person);
      scan.add(person, first, last, 'pattern');
      i = last;
      continue;
    }
    // A surname of a person already named in the article.
    const single = words.length === 1 ? surnames.get(text) : undefined;
    if (single) scan.add(single, first, last, 'pattern');
  }
}

const FAITH_MEMBERS: Record<string, string> = {
  Jewish: 'Jews', Muslim: 'Muslims', Christian: 'Christians', Armenian: 'Armenians', Kurdish: 'Kurds', Greek: 'Greeks', Catholic: 'Catholics', Orthodox: 'Orthodox Christians',
};

/** "Azerbaijan’s long-standing Jewish community": the Jews of that country, a group. */
export function communities(scan: SentenceScan, registry: EntityRegistry): void {
  const { tokens } = scan;
  for (let i = 0; i < tokens.length; i++) {
    if (scan.covered[i] || scan.word(i) !== 'community') continue;
    const faith = tokens.slice(Math.max(0, i - 2), i).find((t) => Object.hasOwn(FAITH_MEMBERS, t.text));
    if (!faith) continue;
    const ownerStart = tokens.slice(Math.max(0, i - 6), i).findIndex((t, k, arr) => isApostropheS(arr[k + 1]) || /^(Azerbaijani|Iranian|Israeli|Turkish|Russian|American|French|British|German|Ukrainian|Georgian|Armenian)$/.test(t.text));
    const owner = ownerStart === -1 ? undefined : longestHit(tokens, Math.max(0, i - 6) + ownerStart);
    if (!owner || owner.hit.entity.type !== 'Country') continue;
    const demonym = owner.hit.entity.demonyms?.[0] ?? owner.hit.entity.name;
    const group = registry.fromPattern('Group', `${demonym} ${FAITH_MEMBERS[faith.text] ?? faith.text}`);
    scan.add(group, tokens.indexOf(faith), i, 'pattern');
  }
}
