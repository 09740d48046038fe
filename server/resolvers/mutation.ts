/** Mutations: only with the configured API token; they reuse the seed pipeline's pure extractor and loader. */
import { loadExtraction, mergeEntities, removeArticle } from '../../seed/load/neo4j-loader.ts';
import { toIsoDate } from '../../seed/parse/dates.ts';
import { requireEntity, type Context } from '../context.ts';
import type { MutationResolvers } from '../generated/graphql.ts';
import { EntenteError, ErrorCode, badInput, mapDriverError, notFound } from '../errors.ts';

export function requireToken(ctx: Context): void {
  if (!ctx.hasToken) throw new EntenteError(ErrorCode.FORBIDDEN, 'Mutations are disabled: the server has no ENTENTE_API_TOKEN configured.');
  if (!ctx.isAuthorized) throw new EntenteError(ErrorCode.UNAUTHENTICATED, 'This mutation needs the header "Authorization: Bearer <ENTENTE_API_TOKEN>".');
}

interface ArticleInput {
  title: string;
  text: string;
  url?: string | null;
  published?: string | null;
  source?: string | null;
}

export const Mutation: MutationResolvers = {
  ingestArticle: async (_: unknown, { input }: { input: ArticleInput }, ctx: Context) => {
    requireToken(ctx);
    if (!input.title.trim() || !input.text.trim()) throw badInput('"title" and "text" must not be empty');
    if (input.text.length > 1_000_000) throw badInput('"text" is at most 1,000,000 characters');
    if (input.url && !/^https?:\/\//.test(input.url)) throw badInput('"url" must start with http:// or https://');
    const published = input.published ? toIsoDate(input.published) : undefined;
    if (input.published && !published) throw badInput(`"published" is not a date: "${input.published}"`);
    const article = { title: input.title.trim(), text: input.text, url: input.url ?? undefined, published, source: input.source ?? undefined };
    try {
      const extraction = await ctx.extractor.extract(article);
      const result = await loadExtraction({ driver: ctx.db.driver, database: ctx.db.database }, extraction);
      return {
        article: { id: result.articleId, title: article.title, url: article.url ?? null, source: article.source ?? null, published: published ?? null },
        status: result.status,
        entities: result.entities,
        relations: result.relations,
      };
    } catch (error) {
      throw mapDriverError(error);
    }
  },
  removeArticle: async (_: unknown, { id }: { id: string }, ctx: Context) => {
    requireToken(ctx);
    try {
      return await removeArticle({ driver: ctx.db.driver, database: ctx.db.database }, id);
    } catch (error) {
      throw mapDriverError(error);
    }
  },
  mergeEntities: async (_, { keep, remove }, ctx) => {
    requireToken(ctx);
    if (keep === remove) throw badInput('"keep" and "remove" must be different entities');
    let merged: boolean;
    try {
      merged = await mergeEntities({ driver: ctx.db.driver, database: ctx.db.database }, keep, remove);
    } catch (error) {
      throw mapDriverError(error);
    }
    if (!merged) throw notFound(`Entity ${keep} or ${remove}`);
    ctx.entityLoader.clear(keep).clear(remove);
    return requireEntity(ctx, keep);
  },
};
