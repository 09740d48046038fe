/** RSS 2.0 and Atom feeds: one article per item, content from content:encoded, content or description. */
import { XMLParser } from 'fast-xml-parser';
import type { Article } from '../types.ts';
import { readDate } from './dates.ts';
import { InputError } from './errors.ts';
import { htmlFragmentToText } from './html.ts';
import { hostOf } from './text.ts';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', textNodeName: '#text', processEntities: true });

const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const text = (v: unknown): string => {
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  if (v && typeof v === 'object' && '#text' in v) return String((v as Record<string, unknown>)['#text']);
  return '';
};

/** The parts of RSS 2.0 and Atom this reader uses, as fast-xml-parser shapes them. */
type FeedItem = Record<string, unknown>;
interface AtomLink {
  '@rel'?: string;
  '@href'?: string;
}
interface FeedDocument {
  rss?: { channel?: { title?: unknown; item?: FeedItem | FeedItem[] } };
  feed?: { title?: unknown; entry?: FeedItem | FeedItem[] };
}

export function isFeed(content: string): boolean {
  return /<(rss|feed)[\s>]/i.test(content.slice(0, 2000));
}

export function parseFeed(xml: string, fileName: string, warnings: string[] = []): Article[] {
  let doc: FeedDocument;
  try {
    doc = parser.parse(xml) as FeedDocument;
  } catch (error) {
    throw new InputError('PARSE', `${fileName}: not a valid RSS or Atom feed (${(error as Error).message.split('\n')[0]})`);
  }
  const channel = doc.rss?.channel;
  const feedTitle = text(channel?.title ?? doc.feed?.title);
  const items = channel ? asArray(channel.item) : asArray(doc.feed?.entry);
  const articles: Article[] = [];
  for (const [index, item] of items.entries()) {
    const link = channel ? text(item.link) : (asArray(item.link as AtomLink | AtomLink[]).find((l) => !l['@rel'] || l['@rel'] === 'alternate')?.['@href'] ?? '');
    const html = text(item['content:encoded'] ?? item.content ?? item.description ?? item.summary);
    const body = htmlFragmentToText(html);
    if (!body) continue;
    articles.push({
      title: text(item.title).trim() || feedTitle,
      text: body,
      url: link || undefined,
      published: readDate(text(item.pubDate ?? item.published ?? item.updated ?? item['dc:date']) || undefined, `${fileName} item ${index + 1}`, warnings),
      source: feedTitle || hostOf(link),
    });
  }
  if (articles.length === 0) throw new InputError('NO_TEXT', `${fileName}: the feed has no items with text`);
  return articles;
}
