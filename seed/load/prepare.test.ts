import { describe, expect, it } from 'vitest';
import type { ExtractedEntity, ExtractedRelation, Extraction } from '../types.ts';
import { prepareExtraction, type KnownIdentity, type RedirectTarget } from './prepare.ts';

const entity = (id: string, name: string, start: number): ExtractedEntity => ({ id, name, type: 'Person', aliases: [], known: false, mentions: [{ start, end: start + name.length, text: name, sentence: 0 }] });
const relation = (sourceId: string, type: ExtractedRelation['type'], targetId: string): ExtractedRelation => ({
  source: sourceId, target: targetId, sourceId, targetId, type, class: 'structural', evidence: 'A sentence.', start: 0, end: 11, confidence: 0.8, rule: 'test', status: 'asserted',
});
const known: Record<string, KnownIdentity> = { Q711: { id: 'Q711', name: 'Mongolia', type: 'Country', aliases: ['Mongolia'], wikidata: 'Q711', iso2: 'MN', iso3: 'MNG' } };
const lookup = (id: string) => known[id];
const extraction = (entities: ExtractedEntity[], relations: ExtractedRelation[]): Extraction => ({ article: { title: 't', text: 'x' }, entities, relations });

describe('preparing an extraction for the graph', () => {
  it('adds a relation end the article does not list from the gazetteer, without mentions', () => {
    const { extraction: out, refused } = prepareExtraction(extraction([entity('person:bat', 'Bat', 0)], [relation('person:bat', 'OFFICIAL_OF', 'Q711')]), new Map(), lookup);
    expect(refused).toEqual([]);
    expect(out.entities.find((e) => e.id === 'Q711')).toMatchObject({ name: 'Mongolia', iso2: 'MN', known: true, mentions: [] });
  });

  it('refuses a relation whose end is nowhere, and leaves no entity behind for it', () => {
    const { extraction: out, refused } = prepareExtraction(extraction([entity('person:bat', 'Bat', 0)], [relation('person:bat', 'VISITED', 'place:nowhere')]), new Map(), lookup);
    expect(out.relations).toEqual([]);
    expect(refused[0]).toMatch(/refused: its end place:nowhere is neither an entity of the article nor in the gazetteer/);
  });

  it('lands a merged-away entity on the kept one, mentions combined, self-loops refused', () => {
    const to: RedirectTarget = { id: 'person:pinar-kara', name: 'Pinar Kara', type: 'Person', known: false };
    const input = extraction([entity('person:pinar-kara', 'Pinar Kara', 20), entity('person:kara', 'Kara', 0)], [relation('person:kara', 'MEETS_WITH', 'person:pinar-kara')]);
    const { extraction: out, refused } = prepareExtraction(input, new Map([['person:kara', to]]), lookup);
    expect(out.entities).toHaveLength(1);
    expect(out.entities[0]).toMatchObject({ id: 'person:pinar-kara', aliases: ['Kara'] });
    expect(out.entities[0]?.mentions.map((m) => m.start)).toEqual([0, 20]);
    expect(refused[0]).toMatch(/both ends are Pinar Kara since a merge/);
  });
});
