/**
 * What one article may hold, checked before it is extracted or written: the same limits for the
 * seed and extract CLIs and for the API's ingestArticle. Neo4j refuses to index a property value
 * over about 8 kB ("Property value is too large to index"), and the url (inside the article id)
 * and the outlet are indexed, so they are bounded well below that; the text is bounded because
 * extraction time grows faster than length. Pure.
 */
import type { Article } from './types.ts';

/**
 * Extraction time grows faster than article length (until extraction is linear), so one huge
 * article would stall a whole seed: above this many characters an article fails with a message
 * and the batch goes on. A million characters is about 170,000 words, far beyond any article.
 */
export const MAX_ARTICLE_CHARS = 1_000_000;
/** Browsers and servers stop at about 2,000 characters; at 3 bytes a character it stays under Neo4j's 8 kB index limit. */
export const MAX_URL_CHARS = 2_000;
/** An outlet's name. */
export const MAX_SOURCE_CHARS = 200;
export const MAX_TITLE_CHARS = 1_000;

/** One field over its limit: which, how long, and the limit (in characters). */
export interface ArticleProblem {
  field: 'title' | 'text' | 'url' | 'source';
  length: number;
  limit: number;
}

const n = (x: number) => x.toLocaleString('en');

/** The fields of an article that are over their limit (empty when it may be loaded). */
export function articleProblems(article: Pick<Article, 'title' | 'text' | 'url' | 'source'>, maxTextChars = MAX_ARTICLE_CHARS): ArticleProblem[] {
  const checks: [ArticleProblem['field'], string | undefined, number][] = [
    ['title', article.title, MAX_TITLE_CHARS],
    ['url', article.url, MAX_URL_CHARS],
    ['source', article.source, MAX_SOURCE_CHARS],
    ['text', article.text, maxTextChars],
  ];
  return checks.filter(([, value, limit]) => value !== undefined && value.length > limit).map(([field, value, limit]) => ({ field, length: value!.length, limit }));
}

/** A problem as one sentence that names the field and the limit. */
export function describeProblem({ field, length, limit }: ArticleProblem): string {
  if (field === 'text') {
    return `"text" is ${n(length)} characters, over the limit of ${n(limit)} for one article (extraction time grows faster than length): split it`;
  }
  return `"${field}" is ${n(length)} characters, over the limit of ${n(limit)}`;
}

/** Text cut short for a message (a 10 kB url is not printed whole). */
export const shorten = (text: string, max = 100) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** A label for an article in messages: its url or title, cut short. */
export const articleLabel = (article: Pick<Article, 'title' | 'url'>, max = 100) => shorten(article.url ?? article.title, max);

/** Where an article comes from, for messages: its file (and place in it), then its url or title. */
export function articleOrigin(article: Article, file: string | undefined, index: number, count: number): string {
  if (!file) return articleLabel(article);
  return `${file}${count > 1 ? `#${index + 1}` : ''} (${articleLabel(article, 60)})`;
}

/** Why an article cannot be loaded (a field over its limit), as one message naming it; undefined when it can. */
export function refuseArticle(article: Article, origin: string, maxChars = MAX_ARTICLE_CHARS): string | undefined {
  const problems = articleProblems(article, maxChars);
  if (problems.length === 0) return undefined;
  const raise = problems.some((p) => p.field === 'text') ? ', or raise the limit with --max-article-chars' : '';
  return `${origin}: ${problems.map(describeProblem).join('; ')}${raise}`;
}
