/**
 * A representative point for each country, for maps: the centroid of its largest landmass (so
 * France's is in metropolitan France, the United States' in the lower 48), or, when that falls
 * outside it (a crescent), the landmass's point farthest from its coast (polylabel), from Natural
 * Earth's 1:50m countries (world-atlas). Used by build-lexicon-data.ts to write the table the
 * API reads (seed/gazetteer/generated/country-points.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoArea, geoCentroid, geoContains } from 'd3-geo';
import isoCountries from 'i18n-iso-countries';
import polylabel from 'polylabel';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface GeoPoint {
  latitude: number;
  longitude: number;
}

/** Shapes Natural Earth gives no ISO numeric code. */
const CODES_BY_NAME: Record<string, string> = { Kosovo: 'XK' };

/** Country points by ISO 3166-1 alpha-2 code. */
export function countryPoints(): Map<string, GeoPoint> {
  const file = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
  const topology = JSON.parse(readFileSync(file, 'utf8')) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.countries);
  const result = new Map<string, GeoPoint>();
  for (const f of collection.features) {
    const iso2 = (f.id !== undefined ? isoCountries.numericToAlpha2(String(f.id)) : undefined) ?? CODES_BY_NAME[f.properties.name];
    if (!iso2 || result.has(iso2)) continue;
    const g = f.geometry;
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
    const largest = polygons.reduce<number[][][] | undefined>((best, p) => (!best || geoArea({ type: 'Polygon', coordinates: p }) > geoArea({ type: 'Polygon', coordinates: best }) ? p : best), undefined);
    if (!largest) continue;
    const shape = { type: 'Polygon' as const, coordinates: largest };
    const centroid = geoCentroid(shape);
    const [longitude, latitude] = geoContains(shape, centroid) ? centroid : (polylabel(largest as [number, number][][], 0.1) as unknown as [number, number]);
    result.set(iso2, { latitude: round(latitude), longitude: round(longitude) });
  }
  return result;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
