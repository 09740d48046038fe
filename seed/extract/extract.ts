/**
 * The extractor: a pure function from an article to entities and relations with evidence.
 * No I/O; the CLI, the loader and the server's ingest mutation all call this.
 */
import type { Article, ExtractedEntity, ExtractedRelation, Extraction } from '../types.ts';
import { extractEvents } from './lifecycle.ts';
import { recognize, type ArticleEntity, type Recognition } from './recognize.ts';
import { extractRelations } from './relations.ts';
import { splitSentences } from './tokenize.ts';

/** Extracts entities and relations from one article. */
export function extractArticle(article: Article): Extraction {
  // Only the body is read: every evidence offset points into `text`. Headlines are left out on
  // purpose; they restate the body in compressed, often ambiguous form.
  const sentences = splitSentences(article.text);
  const recognition = recognize(sentences, article.text);
  const relations = extractRelations(sentences, recognition, article);
  const entities = toEntities(recognition, relations);
  // Events name only entities of the output (an instrument or a party named by a demonym alone is left out).
  const ids = new Set(entities.map((e) => e.id));
  const events = extractEvents(sentences, recognition, article).filter((e) => [e.instrumentId, ...e.actorIds].every((id) => id === undefined || ids.has(id)));
  return { article, entities, relations, events };
}

/**
 * The article's entities with their mentions: every entity that acts or is named, and every end
 * of a relation. A country named only adjectivally ("French wine") is left out unless a relation
 * needs it ("Dutch Foreign Minister X" is OFFICIAL_OF the Netherlands).
 */
function toEntities(recognition: Recognition, relations: ExtractedRelation[]): ExtractedEntity[] {
  const mentionsOf = new Map<ArticleEntity, ExtractedEntity['mentions']>();
  const included = new Set<ArticleEntity>();
  const ends = new Set<string>();
  for (const r of relations) {
    ends.add(r.sourceId).add(r.targetId);
    if (r.attributedToId) ends.add(r.attributedToId);
  }
  for (const entity of recognition.entities.values()) if (ends.has(entity.id)) included.add(entity);
  for (const list of recognition.mentions) for (const m of list) if (m.kind !== 'demonym' || m.role !== 'modifier') included.add(m.entity);
  for (const entity of included) mentionsOf.set(entity, []);
  for (const list of recognition.mentions) {
    for (const m of list) {
      if (m.kind === 'coreference') continue;
      mentionsOf.get(m.entity)?.push({ start: m.start, end: m.end, text: m.text, sentence: m.sentence });
    }
  }
  const entities: ExtractedEntity[] = [];
  for (const [entity, mentions] of mentionsOf) {
    const known = entity.known;
    const aliases = new Set([...(known?.aliases ?? []), ...entity.aliases]);
    aliases.delete(entity.name);
    entities.push({
      id: entity.id,
      name: entity.name,
      type: entity.type,
      aliases: [...aliases],
      ...(known?.wikidata ? { wikidata: known.wikidata } : {}),
      ...(known?.iso2 ? { iso2: known.iso2, iso3: known.iso3 ?? '' } : {}),
      ...(entity.country ? { country: entity.country } : {}),
      ...(known?.geo?.latitude !== undefined && known.geo.longitude !== undefined ? { latitude: known.geo.latitude, longitude: known.geo.longitude } : (known?.coordinates ?? {})),
      known: known !== undefined,
      mentions: mentions.sort((a, b) => a.start - b.start),
    });
  }
  return entities.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
}
