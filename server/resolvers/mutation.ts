/** Mutations: only with the configured API token; they reuse the seed pipeline's pure extractor and loader. */
import { extractArticle } from '../../seed/extract/extract.ts';
import { loadExtraction, removeArticle } from '../../seed/load/neo4j-loader.ts';
import { toIsoDate } from '../../seed/parse/dates.ts';
import { isRelationType } from '../../seed/vocabulary.ts';
import { requireEntity, type Context } from '../context.ts';
import type { MutationResolvers } from '../generated/graphql.ts';
import { EntenteError, ErrorCode, badInput, mapDriverError, notFound } from '../errors.ts';

function requireToken(ctx: Context): void {
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
    const extraction = extractArticle(article);
    try {
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
  mergeEntities: async (_: unknown, { keep, remove }: { keep: string; remove: string }, ctx: Context) => {
    requireToken(ctx);
    if (keep === remove) throw badInput('"keep" and "remove" must be different entities');
    const rows = await ctx.db.write<{ ok: boolean }>(
      `MATCH (k:Entity {id: $keep}), (r:Entity {id: $remove})
       CALL (k, r) {
         MATCH (a:Article)-[m:MENTIONS]->(r)
         MERGE (a)-[m2:MENTIONS]->(k)
         SET m2.offsets = coalesce(m2.offsets, []) + m.offsets, m2.count = size(m2.offsets) / 2
       }
       SET k.aliases = k.aliases + [x IN coalesce(r.aliases, []) + [r.name] WHERE NOT x IN k.aliases]
       SET k.aliasText = reduce(s = '', x IN k.aliases | s + ' ' + x)
       RETURN true AS ok`,
      { keep, remove },
    );
    if (rows.length === 0) throw notFound(`Entity ${keep} or ${remove}`);
    // Relations are re-pointed one by one with their vocabulary type (types cannot be parameters).
    const rels = await ctx.db.read<{ id: string; type: string; out: boolean; other: string }>(
      `MATCH (r:Entity {id: $remove})-[x]-(o:Entity) WHERE x.id IS NOT NULL
       RETURN x.id AS id, type(x) AS type, startNode(x) = r AS out, o.id AS other`,
      { remove },
    );
    for (const rel of rels) {
      if (!isRelationType(rel.type) || rel.other === keep) continue;
      await ctx.db.write(
        `MATCH (r:Entity {id: $remove})-[x:${rel.type} {id: $id}]-(o:Entity {id: $other}), (k:Entity {id: $keep})
         ${rel.out ? `MERGE (k)-[y:${rel.type} {id: $id}]->(o)` : `MERGE (o)-[y:${rel.type} {id: $id}]->(k)`}
         SET y += properties(x)
         DELETE x`,
        { remove, keep, id: rel.id, other: rel.other },
      );
    }
    await ctx.db.write(`MATCH (v:Evidence) WHERE v.sourceId = $remove SET v.sourceId = $keep`, { remove, keep });
    await ctx.db.write(`MATCH (v:Evidence) WHERE v.targetId = $remove SET v.targetId = $keep`, { remove, keep });
    await ctx.db.write('MATCH (r:Entity {id: $remove}) DETACH DELETE r', { remove });
    ctx.entityLoader.clear(keep);
    return requireEntity(ctx, keep);
  },
};
