/**
 * State bodies named after their country: "Ministry of Defence of Armenia", "Iran’s foreign
 * ministry", "the Iranian army", "its embassy in Baku". Each becomes an Organization of that
 * country (PART_OF it), named "<demonym> <Body>" so that every phrasing lands on one entity.
 */
import type { SurfaceKind } from '../gazetteer/index.ts';
import { lastCountry } from './coreference.ts';
import type { ArticleEntity, EntityRegistry, Mention, SentenceScan } from './mentions.ts';
import { STATE_BODY } from './lexicon.ts';
import { capitalizedRun, ownerCountryBefore, isApostropheS, longestHit, titleCase, tokenPhrase } from './spans.ts';

/** "Air Force of Ukraine’s Armed Forces", "Ministry of Defence of Armenia": body of a country. */
export function bodiesOfCountry(scan: SentenceScan, registry: EntityRegistry): void {
  const { tokens } = scan;
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]?.isCapitalized) continue;
    for (let end = Math.min(tokens.length - 1, i + 3); end >= i; end--) {
      const phrase = tokenPhrase(tokens, i, end);
      if (!STATE_BODY.test(phrase) || scan.word(end + 1) !== 'of') continue;
      const owner = longestHit(tokens, end + 2);
      if (!owner || owner.hit.entity.type !== 'Country') break;
      const country = registry.fromKnown(owner.hit.entity);
      let last = owner.last;
      if (isApostropheS(tokens[last + 1])) {
        for (let tail = Math.min(tokens.length - 1, last + 5); tail > last + 1; tail--) {
          if (STATE_BODY.test(tokenPhrase(tokens, last + 2, tail))) {
            last = tail;
            break;
          }
        }
      }
      const name = `${owner.hit.entity.demonyms?.[0] ?? country.name} ${titleCase(phrase)}`;
      const body = registry.fromPattern('Organization', name, { country: owner.hit.entity.iso2 ?? '', isStateBody: true });
      scan.add(body, i, last, 'pattern');
      i = last;
      break;
    }
  }
}

interface Owner {
  country?: ArticleEntity;
  first?: number;
  countryTokenLast?: number;
  kind: SurfaceKind;
  /** The country's name modifies the body as written ("Honduras Foreign Ministry"): the body keeps that name. */
  asWritten?: boolean;
  /** The token after the owner, where the body's name starts. */
  next: number;
}

/** A country owning what follows: "Iran’s", "Iranian", "its", "their". */
function ownerAt(scan: SentenceScan, registry: EntityRegistry, i: number): Owner | undefined {
  const { tokens } = scan;
  const w = scan.word(i);
  if (w === 'its' || w === 'their') {
    const subject = ownerCountryBefore(tokens, i);
    return { ...(subject ? { country: registry.fromKnown(subject) } : {}), kind: 'name', next: i + 1 };
  }
  const hit = longestHit(tokens, i);
  if (!hit || hit.hit.entity.type !== 'Country') return undefined;
  const entity = registry.fromKnown(hit.hit.entity);
  if (isApostropheS(tokens[hit.last + 1])) return { country: entity, first: i, countryTokenLast: hit.last, kind: hit.hit.kind, next: hit.last + 2 };
  if (hit.hit.kind === 'demonym') return { country: entity, first: i, countryTokenLast: hit.last, kind: 'demonym', next: hit.last + 1 };
  // "the Honduras Foreign Ministry": a country's name as the modifier of a capitalized body.
  if (hit.hit.kind === 'name' && tokens[hit.last + 1]?.isCapitalized) return { country: entity, first: i, countryTokenLast: hit.last, kind: 'name', asWritten: true, next: hit.last + 1 };
  return undefined;
}

/** "Iran’s foreign ministry", "the Iranian army", "Israel’s embassy in Baku", "its embassy in Baku". */
export function bodiesOwnedByCountry(scan: SentenceScan, registry: EntityRegistry, before: Mention[]): void {
  const { tokens } = scan;
  for (let i = 0; i < tokens.length; i++) {
    if (scan.covered[i]) continue;
    const owner = ownerAt(scan, registry, i);
    if (!owner) continue;
    const j = owner.next;
    for (let end = Math.min(tokens.length - 1, j + 5); end >= j; end--) {
      const phrase = tokenPhrase(tokens, j, end);
      if (!STATE_BODY.test(phrase)) continue;
      const country = owner.country ?? lastCountry({ before, current: scan.mentions });
      if (!country?.known) break;
      let name = `${(!owner.asWritten && country.known.demonyms?.[0]) || country.name} ${titleCase(phrase)}`;
      let place: { entity: ArticleEntity; first: number; last: number } | undefined;
      if (/^(embassy|consulate)/i.test(phrase) && scan.word(end + 1) === 'in') {
        const hit = longestHit(tokens, end + 2);
        const cityName = hit ? undefined : capitalizedRun(tokens, end + 2, false);
        if (hit || cityName) {
          const first = end + 2;
          const last = hit ? hit.last : (cityName?.last ?? first);
          const city = scan.text(first, last);
          // "its embassy in Ethiopia": the host is a country, named by its canonical name.
          const host = hit?.hit.entity.type === 'Country' && hit.hit.kind === 'name' ? registry.fromKnown(hit.hit.entity) : undefined;
          name = `${titleCase(phrase.replace(/ general$/i, ' General'))} of ${country.name} in ${host?.name ?? city}`;
          place = { entity: host ?? registry.placeFor(city, hit?.hit.entity.iso2 ?? hit?.hit.entity.country), first, last };
        }
      }
      const body = registry.fromPattern('Organization', name, { country: country.known.iso2 ?? '', isStateBody: true });
      if (owner.first !== undefined && owner.countryTokenLast !== undefined && owner.country) {
        scan.add(owner.country, owner.first, owner.countryTokenLast, owner.kind, { role: 'modifier' });
      }
      scan.add(body, j, end, 'pattern');
      if (place) scan.add(place.entity, place.first, place.last, place.entity.type === 'Country' ? 'name' : 'capital', { role: 'place' });
      i = place?.last ?? end;
      break;
    }
  }
}

/**
 * Entity resolution within an article: "Ankara’s defence ministry" and "Turkey’s ministry of
 * national defence" are one body when country and head agree and one's words contain the other's.
 */
export function mergeStateBodies(registry: EntityRegistry, mentions: Mention[][]): void {
  const bodies = [...registry.entities.values()].filter((e) => e.isStateBody && !e.known);
  const words = (e: ArticleEntity) => new Set(e.name.toLowerCase().split(/\s+/).slice(1).filter((w) => !['of', 'the', 'and'].includes(w)));
  for (const a of bodies) {
    for (const b of bodies) {
      if (a === b || a.country !== b.country || !registry.entities.has(a.id) || !registry.entities.has(b.id)) continue;
      const wa = words(a);
      const wb = words(b);
      if (wa.size < wb.size && [...wa].every((w) => wb.has(w))) registry.fold(a, b, mentions);
    }
  }
}
