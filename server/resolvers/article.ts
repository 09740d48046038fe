/** Article fields: mentions and the relations it states, paged; a mention's entity through the loader. */
import { requireEntity } from '../context.ts';
import { countMentions, mentionPage } from '../db/articles.ts';
import { pageSize } from '../db/keyset.ts';
import type { ArticleResolvers, MentionResolvers } from '../generated/graphql.ts';
import { connection } from './connection.ts';
import { relationConnection } from './query.ts';

/** Mentions are small (an entity id and two offsets): a reader may take thousands at once. */
export const MAX_MENTIONS_PAGE = 5000;

export const Article: ArticleResolvers = {
  mentions: async (a, args, { db }) => {
    const page = await mentionPage(db, a.id, args.after, pageSize(args.first, 500, MAX_MENTIONS_PAGE));
    return connection(page, () => countMentions(db, a.id));
  },
  // Relations reached from an article carry its id: their evidence is that article's sentences.
  relations: (a, args, ctx) => relationConnection(ctx, { articleId: a.id, orderBy: args.orderBy }, args.first, args.after, 100),
};

export const Mention: MentionResolvers = {
  entity: (m, _, ctx) => requireEntity(ctx, m.entityId),
};
