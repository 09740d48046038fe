/**
 * People: titled names ("Foreign Minister Gideon Sa’ar", "Major Pinar Kara", "President of
 * Azerbaijan Ilham Aliyev"), and the surnames by which the article names them again later.
 */
import { NOT_NAME_WORDS } from './lexicon.ts';
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

/** Adds titled people: a title, optionally "of <Country>", then a capitalized name. */
export function titledPeople(scan: SentenceScan, registry: EntityRegistry, surnames: Surnames): void {
  const { tokens } = scan;
  for (let i = 0; i < tokens.length; i++) {
    const title = titleAt(tokens, i);
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
