/**
 * Saved views, short links (shared canvases), canvases by id, and the canvas facets the explorer filters on (schema.graphql, "Explorer" block).
 * Who may save: with ENTENTE_API_TOKEN set, only callers presenting it; without it (the local,
 * single-user default, listening on 127.0.0.1), anyone who reaches the server. Reading needs nothing.
 */
import DataLoader from 'dataloader';
import type { Context } from '../context.ts';
import { relationFacets, type RelationFacets } from '../db/facets.ts';
import { canvasById, type NodeRecord } from '../db/graph.ts';
import { pageSize } from '../db/keyset.ts';
import type { RelationRecord } from '../db/relations.ts';
import { shareCanvas, sharedCanvas } from '../db/shared-canvases.ts';
import { countViews, deleteView, listViews, renameView, saveView, viewById, viewPage, viewState, type ViewRecord } from '../db/views.ts';
import { EntenteError, ErrorCode, notFound } from '../errors.ts';
import type { Resolvers } from '../generated/graphql.ts';
import { connection, connectionFields } from './connection.ts';

function requireViewWriter(ctx: Context): void {
  if (ctx.hasToken && !ctx.isAuthorized) throw new EntenteError(ErrorCode.UNAUTHENTICATED, 'Saving views on this server needs the header "Authorization: Bearer <ENTENTE_API_TOKEN>".');
}

/** One facets loader per request, batching every edge of a response into one query. */
const facetLoaders = new WeakMap<Context, DataLoader<string, RelationFacets>>();
function facetsOf(ctx: Context, id: string): Promise<RelationFacets> {
  let loader = facetLoaders.get(ctx);
  if (!loader) {
    loader = new DataLoader((ids) => relationFacets(ctx.db, ids));
    facetLoaders.set(ctx, loader);
  }
  return loader.load(id);
}

export const viewResolvers: Resolvers = {
  Query: {
    views: (_, args, { db }) => listViews(db, pageSize(args.first, 50)),
    savedViews: async (_, args, { db }) => connection(await viewPage(db, args.after, pageSize(args.first, 50)), () => countViews(db)),
    view: (_, { id }, { db }) => viewById(db, id).then((v) => v ?? null),
    canvas: (_, { entityIds, relationIds }, { db }) => canvasById(db, entityIds, relationIds),
    sharedCanvas: (_, { id }, { db }) => sharedCanvas(db, id).then((c) => c ?? null),
    writer: (_, __, { writer }) => writer,
  },
  Mutation: {
    // Open to every caller, as reading is: a short link is how a reader shares what they see.
    shareCanvas: (_, { state }, { db }) => shareCanvas(db, state),
    saveView: (_, { input }, ctx) => {
      requireViewWriter(ctx);
      return saveView(ctx.db, input);
    },
    deleteView: (_, { id }, ctx) => {
      requireViewWriter(ctx);
      return deleteView(ctx.db, id);
    },
    renameView: (_, { id, name }, ctx) => {
      requireViewWriter(ctx);
      return renameView(ctx.db, id, name);
    },
  },
  SavedViewConnection: connectionFields((v: ViewRecord) => v),
  SavedView: {
    // Listing leaves the (large) state out; it is read only when asked for.
    state: async (v: ViewRecord, _, { db }) => {
      if (v.state !== undefined) return v.state;
      const state = await viewState(db, v.id);
      if (state === undefined) throw notFound(`View ${v.id}`);
      return state;
    },
  },
  GraphNode: {
    country: async (n: NodeRecord, _, { entityLoader }) => {
      const entity = await entityLoader.load(n.id);
      return entity?.country ?? entity?.iso2 ?? null;
    },
  },
  GraphEdge: {
    outlets: (r: RelationRecord, _, ctx) => facetsOf(ctx, r.id).then((f) => f.outlets),
    evidenceByMonth: (r: RelationRecord, _, ctx) => facetsOf(ctx, r.id).then((f) => f.evidenceByMonth),
  },
};
