/**
 * People: titled names ("Foreign Minister Gideon Sa’ar", "Major Pinar Kara", "President of
 * Azerbaijan Ilham Aliyev"), and the surnames by which the article names them again later.
 */
import { gazetteer, tokenKey } from '../gazetteer/index.ts';
import { NOT_NAME_WORDS, ORGANIZATION_HEADS, PLACE_NAME_HEADS } from './lexicon.ts';
import type { ArticleEntity, EntityRegistry, SentenceScan } from './mentions.ts';
import { capitalizedRun, longestHit, titleAt } from './spans.ts';

/**
 * Short names an article introduces for its entities: a person's surname once the full name was
 * given ("Aliyev" for Ilham Aliyev), an acronym defined in brackets ("Rapid Support Forces (RSF)").
 */
export class Surnames {
  private readonly bySurname = new Map<string, ArticleEntity>();

  register(person: ArticleEntity): void {
    const parts = person.name.split(/\s+/);
    const surname = parts[parts.length - 1];
    if (parts.length > 1 && surname) this.bySurname.set(surname, person);
  }

  /** "(RSF)" after "Rapid Support Forces": later "RSF" is that entity. */
  registerAcronym(acronym: string, entity: ArticleEntity): void {
    this.bySurname.set(acronym, entity);
  }

  get(word: string): ArticleEntity | undefined {
    return this.bySurname.get(word);
  }
}

/** Last words of a title no list holds ("Press Secretary", "Trade Representative", "Security Minister"). */
const TITLE_HEADS = new Set([
  'Minister', 'Secretary', 'Representative', 'Spokesperson', 'Spokesman', 'Spokeswoman', 'Adviser', 'Advisor', 'Commissioner', 'Chief',
  'Director', 'Envoy', 'Ambassador', 'Governor', 'Chairman', 'Chairwoman', 'Commander', 'Speaker', 'Prosecutor', 'Coordinator', 'Negotiator',
]);

/** "White House Press Secretary X", "Trade Representative X": up to three capitalized words ending in a title head, then a name. */
function compoundTitleAt(scan: SentenceScan, i: number): { text: string; next: number } | undefined {
  const { tokens } = scan;
  for (let h = i; h < Math.min(tokens.length - 1, i + 3); h++) {
    const t = tokens[h];
    if (!t?.isCapitalized || scan.covered[h] || NOT_NAME_WORDS.has(t.text)) return undefined;
    if (TITLE_HEADS.has(t.text) && h > i && tokens[h + 1]?.isCapitalized && !scan.covered[h + 1]) return { text: scan.text(i, h), next: h + 1 };
  }
  return undefined;
}

/** Capitalized words that can be a person's name after a title: two to four, none the head of a body or place. */
function isNameRun(scan: SentenceScan, first: number, last: number): boolean {
  if (last - first < 1 || last - first > 3) return false;
  for (let k = first; k <= last; k++) {
    const w = scan.tokens[k]?.text ?? '';
    if (!/^\p{Lu}\p{Ll}/u.test(w) || ORGANIZATION_HEADS.has(w) || PLACE_NAME_HEADS.has(w) || NOT_NAME_WORDS.has(w)) return false;
  }
  return true;
}

/** Adds titled people: a title, optionally "of <Country>", then a capitalized name. */
export function titledPeople(scan: SentenceScan, registry: EntityRegistry, surnames: Surnames): void {
  const { tokens } = scan;
  for (let i = 0; i < tokens.length; i++) {
    const listed = titleAt(tokens, i);
    const compound = listed ? undefined : compoundTitleAt(scan, i);
    if (compound) {
      const run = capitalizedRun(tokens, compound.next, false);
      if (!run || !scan.isFree(run.first, run.last) || !isNameRun(scan, run.first, run.last)) continue;
      const person = registry.fromPattern('Person', scan.text(run.first, run.last));
      surnames.register(person);
      // "Turkish Energy Minister X": the demonym says whose minister, it is not part of the title.
      const demonym = gazetteer().byTokens.get(tokenKey([tokens[i]!.text]))?.find((h) => h.kind === 'demonym' && h.entity.type === 'Country');
      const titleFirst = demonym && compound.next - 1 > i ? i + 1 : i;
      if (demonym && titleFirst > i) scan.add(registry.fromKnown(demonym.entity), i, i, 'demonym', { role: 'modifier' });
      scan.add(person, run.first, run.last, 'pattern', { title: scan.text(titleFirst, compound.next - 1), titleFirst, titleLast: compound.next - 1 });
      i = run.last;
      continue;
    }
    const title = listed;
    if (!title) continue;
    let nameFirst = title.next;
    // "President of Azerbaijan Ilham Aliyev", "Ambassador to the US Anatoly Antonov".
    if (scan.word(nameFirst) === 'of' || scan.word(nameFirst) === 'to') {
      const at = scan.word(nameFirst + 1) === 'the' ? nameFirst + 2 : nameFirst + 1;
      const country = longestHit(tokens, at);
      if (country?.hit.entity.type === 'Country' || country?.hit.entity.type === 'Organization') nameFirst = country.last + 1;
    }
    const titleFields = { title: title.text, titleFirst: i, titleLast: title.next - 1 };
    const existing = scan.mentions.find((m) => m.first === nameFirst && m.entity.type === 'Person');
    if (existing) {
      Object.assign(existing, titleFields);
      i = existing.last;
      continue;
    }
    if (!tokens[nameFirst]?.isCapitalized || scan.covered[nameFirst]) continue;
    const run = capitalizedRun(tokens, nameFirst, false);
    if (!run || !scan.isFree(run.first, run.last)) continue;
    const words = scan.text(run.first, run.last);
    // One capitalized word after a title is a name only when it is not a known word.
    if (run.last === run.first && !surnames.get(words) && (NOT_NAME_WORDS.has(words) || /^[A-Z]+$/.test(words))) continue;
    const person = surnames.get(words) ?? registry.fromPattern('Person', words);
    surnames.register(person);
    scan.add(person, run.first, run.last, 'pattern', titleFields);
    i = run.last;
  }
}
