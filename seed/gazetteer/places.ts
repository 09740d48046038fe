/**
 * Places from the generated GeoNames-based table (scripts/build-lexicon-data.ts): cities with
 * their country, population and coordinates, and first-level divisions (provinces, states).
 */
import { PLACE_ROWS } from './generated/places.ts';
import { slugId, type KnownEntity } from './index.ts';

export interface Geo {
  kind: 'capital' | 'city' | 'region';
  population?: number;
  latitude?: number;
  longitude?: number;
}

/** Folds diacritics: "Muzaffarābād" → "Muzaffarabad", so news spellings find the place. */
export const foldDiacritics = (s: string): string => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');

/** Every generated place as a gazetteer entity (parsed once by the gazetteer). */
export function generatedPlaces(): KnownEntity[] {
  const places: KnownEntity[] = [];
  for (const line of PLACE_ROWS.split('\n')) {
    if (!line) continue;
    const [name = '', country = '', kind = 'city', population, latitude, longitude] = line.split('|');
    const folded = /^[\x20-\x7e]*$/.test(name) ? name : foldDiacritics(name);
    const geo: Geo = {
      kind: kind as Geo['kind'],
      ...(population ? { population: Number(population) } : {}),
      ...(latitude && longitude ? { latitude: Number(latitude), longitude: Number(longitude) } : {}),
    };
    places.push({ id: slugId('Place', name), name, type: 'Place', aliases: folded === name ? [name] : [name, folded], country, geo });
  }
  return places;
}
