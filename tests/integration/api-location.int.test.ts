/**
 * Where the map draws entities, through the API over HTTP (Entity.location, GraphNode.location):
 * a place at its coordinates, a country at its point, a person at the point of the country its
 * relations give it, and nothing for what has no country.
 */
import { describe, expect, it } from 'vitest';
import { COUNTRY_POINTS } from '../../seed/gazetteer/generated/country-points.ts';
import type { Article } from '../../seed/types.ts';
import { serveArticles } from '../setup/served-articles.ts';

const ARTICLES: Article[] = [
  { title: 'Visit', url: 'https://news.example.test/location-1', source: 'Wire', published: '2025-02-03', text: 'Israeli Foreign Minister Gideon Saar visited Azerbaijan. The delegation landed in Haifa on Monday after talks in Baku.' },
  { title: 'Accord', url: 'https://news.example.test/location-2', source: 'Wire', published: '2025-02-04', text: 'Morocco joined the Abraham Accords.' },
];

const { gql } = serveArticles(ARTICLES);

describe('locations for the map', () => {
  it('gives places their coordinates, countries their point, and people their country’s point; null without a country', async () => {
    const result = await gql('{ neighborhood(ids: ["Q227", "Q801", "Q1028"], depth: 1, limit: 100) { nodes { id label type location { latitude longitude precision } } } }');
    expect(result.body.errors).toBeUndefined();
    const nodes = result.body.data.neighborhood.nodes as { id: string; label: string; type: string; location: { latitude: number; longitude: number; precision: string } | null }[];
    const byLabel = (label: string) => nodes.find((n) => n.label === label);
    expect(byLabel('Azerbaijan')?.location).toEqual({ latitude: COUNTRY_POINTS.AZ![0], longitude: COUNTRY_POINTS.AZ![1], precision: 'COUNTRY' });
    const saar = nodes.find((n) => n.type === 'Person');
    expect(saar?.location).toEqual({ latitude: COUNTRY_POINTS.IL![0], longitude: COUNTRY_POINTS.IL![1], precision: 'COUNTRY_OF' });
    expect(byLabel('Abraham Accords')?.location).toBeNull();
    // The same on Entity; places at their coordinates (Baku of the place table, Haifa curated).
    const entity = await gql('{ entity(id: "Q801") { location { precision } } }');
    expect(entity.body.data.entity.location).toEqual({ precision: 'COUNTRY' });
    const places = await gql('{ entities(filter: {types: [Place]}, first: 20) { nodes { name location { latitude longitude precision } } } }');
    const place = (name: string) => (places.body.data.entities.nodes as { name: string; location: { latitude: number; longitude: number; precision: string } }[]).find((p) => p.name === name)?.location;
    expect(place('Baku')).toMatchObject({ precision: 'PLACE' });
    expect(place('Baku')!.longitude).toBeCloseTo(49.9, 0);
    expect(place('Haifa')).toMatchObject({ precision: 'PLACE' });
    expect(place('Haifa')!.latitude).toBeCloseTo(32.8, 0);
  });
});
