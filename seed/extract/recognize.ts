/**
 * Entity recognition: the stages that turn an article's sentences into mentions of entities,
 * in order. Per sentence: state bodies named after a country, communities, names with an
 * organization or agreement head, the gazetteer (longest match, metonymy), titled people, the
 * other capitalized spans typed by context, agreements named by a common noun, then coreference.
 * Per article: state bodies named two ways folded into one. Pure: text in, mentions out.
 */
import { resolveCoreference } from './coreference.ts';
import { articleScope, gazetteerMentions } from './gazetteer-mentions.ts';
import { describedAgreements } from './described-agreements.ts';
import { EntityRegistry, SentenceScan, textKey, type Mention, type Recognition } from './mentions.ts';
import { bracketedAcronyms, communities, namedBodies, openSpans } from './open-spans.ts';
import { Surnames, titledPeople } from './people.ts';
import { bodiesOfCountry, bodiesOwnedByCountry, mergeStateBodies, unownedBodies } from './state-bodies.ts';
import type { Sentence } from './tokenize.ts';

export type { ArticleEntity, Mention, MentionRole, Recognition } from './mentions.ts';

/** Recognizes the entities of an article, sentence by sentence. */
export function recognize(sentences: Sentence[], fullText: string): Recognition {
  const scope = articleScope(sentences, fullText);
  const registry = new EntityRegistry(scope.countries, textKey(fullText));
  const surnames = new Surnames();
  const all: Mention[][] = [];
  const history: Mention[] = []; // earlier sentences' mentions, for coreference
  for (const sentence of sentences) {
    const scan = new SentenceScan(sentence);
    bodiesOfCountry(scan, registry);
    bodiesOwnedByCountry(scan, registry, history);
    unownedBodies(scan, registry, history);
    communities(scan, registry);
    namedBodies(scan, registry);
    gazetteerMentions(scan, registry, scope, (person) => surnames.register(person));
    titledPeople(scan, registry, surnames);
    bracketedAcronyms(scan, surnames);
    openSpans(scan, registry, surnames);
    bracketedAcronyms(scan, surnames);
    describedAgreements(scan, registry);
    resolveCoreference(scan, history, registry);
    const mentions = scan.mentions.sort((a, b) => a.first - b.first || a.start - b.start);
    all.push(mentions);
    for (const m of mentions) if (m.kind !== 'coreference' || m.group === undefined) history.push(m);
  }
  mergeStateBodies(registry, all);
  return { entities: registry.entities, mentions: all };
}
