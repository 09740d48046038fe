/**
 * Where a map draws an entity (Entity.location, GraphNode.location): a place at its stored
 * coordinates, a country at its representative point, anything else at the point of its country,
 * its own or the one its relations give it (OFFICIAL_OF, PART_OF, LOCATED_IN a country). The
 * country points are a generated table (scripts/build-lexicon-data.ts, from Natural Earth).
 */
import DataLoader from 'dataloader';
import { COUNTRY_POINTS } from '../../seed/gazetteer/generated/country-points.ts';
import type { Context } from '../context.ts';
import type { EntityRecord } from '../db/entities.ts';
import { countriesByRelation } from '../db/geo.ts';
import type { NodeRecord } from '../db/graph.ts';
import type { GeoPoint, Resolvers } from '../generated/graphql.ts';

/** One loader per request: every entity of a response that needs its country by relation, in one query. */
const countryLoaders = new WeakMap<Context, DataLoader<string, string | null>>();
function countryByRelation(ctx: Context, id: string): Promise<string | null> {
  let loader = countryLoaders.get(ctx);
  if (!loader) {
    loader = new DataLoader((ids) => countriesByRelation(ctx.db, ids));
    countryLoaders.set(ctx, loader);
  }
  return loader.load(id);
}

const point = (code: string | null | undefined) => (code ? COUNTRY_POINTS[code] : undefined);

export async function locate(entity: EntityRecord | undefined, ctx: Context): Promise<GeoPoint | null> {
  if (!entity) return null;
  if (entity.latitude != null && entity.longitude != null) return { latitude: entity.latitude, longitude: entity.longitude, precision: 'PLACE' };
  const own = entity.type === 'Country' ? point(entity.iso2) : undefined;
  if (own) return { latitude: own[0], longitude: own[1], precision: 'COUNTRY' };
  const of = point(entity.country ?? entity.iso2) ?? (entity.type === 'Country' ? undefined : point(await countryByRelation(ctx, entity.id)));
  return of ? { latitude: of[0], longitude: of[1], precision: 'COUNTRY_OF' } : null;
}

export const geoResolvers: Resolvers = {
  Entity: { location: (e, _, ctx) => locate(e, ctx) },
  GraphNode: { location: async (n: NodeRecord, _, ctx) => locate(await ctx.entityLoader.load(n.id), ctx) },
};
