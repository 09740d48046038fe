/** Mutations: only with the configured API token; they reuse the seed pipeline's pure extractor and loader. */
import { articleProblems, describeProblem } from '../../seed/article-limits.ts';
import { loadExtraction, mergeEntities, removeArticle } from '../../seed/load/neo4j-loader.ts';
import { toIsoDate } from '../../seed/parse/dates.ts';
import { requireEntity, type Context } from '../context.ts';
import type { MutationResolvers } from '../generated/graphql.ts';
import { EntenteError, ErrorCode, badInput, mapDriverError, notFound } from '../errors.ts';
import { runGraphWrite } from '../writes.ts';

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

/** A graph write through the server's write lane, driver errors mapped (their cause kept for the log). */
export async function graphWrite<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await runGraphWrite(work);
  } catch (error) {
    throw mapDriverError(error);
  }
}

/** Checks an article before extraction: not empty, each field within its limit (seed/article-limits.ts), a real url and date. */
function checkArticleInput(input: ArticleInput) {
  if (!input.title.trim() || !input.text.trim()) throw badInput('"title" and "text" must not be empty');
  const problems = articleProblems({ title: input.title.trim(), text: input.text, url: input.url ?? undefined, source: input.source ?? undefined });
  if (problems.length > 0) throw badInput(problems.map(describeProblem).join('; '));
  if (input.url && !/^https?:\/\//.test(input.url)) throw badInput('"url" must start with http:// or https://');
  const published = input.published ? toIsoDate(input.published) : undefined;
  if (input.published && !published) throw badInput(`"published" is not a date: "${input.published.slice(0, 100)}"`);
  return { title: input.title.trim(), text: input.text, url: input.url ?? undefined, published, source: input.source ?? undefined };
}

export const Mutation: MutationResolvers = {
  ingestArticle: async (_: unknown, { input }: { input: ArticleInput }, ctx: Context) => {
    requireToken(ctx);
    const article = checkArticleInput(input);
    const extraction = await ctx.extractor.extract(article).catch((error: unknown) => {
      throw mapDriverError(error);
    });
    const result = await graphWrite(() => loadExtraction({ driver: ctx.db.driver, database: ctx.db.database }, extraction));
    return {
      article: { id: result.articleId, title: article.title, url: article.url ?? null, source: article.source ?? null, published: article.published ?? null },
      status: result.status,
      entities: result.entities,
      relations: result.relations,
    };
  },
  removeArticle: async (_: unknown, { id }: { id: string }, ctx: Context) => {
    requireToken(ctx);
    return graphWrite(() => removeArticle({ driver: ctx.db.driver, database: ctx.db.database }, id));
  },
  mergeEntities: async (_, { keep, remove }, ctx) => {
    requireToken(ctx);
    const outcome = await graphWrite(() => mergeEntities({ driver: ctx.db.driver, database: ctx.db.database }, keep, remove));
    switch (outcome.status) {
      case 'same':
        throw badInput('"keep" and "remove" must be different entities');
      case 'missing':
        throw outcome.ids.length === 1 ? notFound(`Entity ${outcome.ids[0]}`) : new EntenteError(ErrorCode.NOT_FOUND, `Entities ${outcome.ids.join(' and ')} were not found`);
      case 'type-mismatch':
        throw badInput(`${remove} is a ${outcome.removeType} and ${keep} a ${outcome.keepType}: only entities of the same type can be merged`);
      case 'merged':
        ctx.entityLoader.clear(keep).clear(remove);
        return requireEntity(ctx, keep);
      default:
        throw new Error(`Unknown merge outcome ${String(outcome satisfies never)}`);
    }
  },
};
