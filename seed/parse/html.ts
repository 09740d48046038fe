/**
 * HTML pages: the article body, title, date and site through Mozilla's Readability (the engine
 * of Firefox Reader View) over linkedom's DOM, so navigation, share buttons and footers are
 * left out. Metadata comes from the page's Open Graph and article meta tags.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { parse as parseHtml5, parseFragment, serialize } from 'parse5';
import type { Article } from '../types.ts';
import { readDate } from './dates.ts';
import { InputError } from './errors.ts';
import { hostOf } from './text.ts';

/** Lines that are page furniture, not article text ("Share this article", "Read more"). */
export const BOILERPLATE = /^(share( this( article| story| page)?)?( on \w+)?|read more:?.*|related( articles| stories)?:?|advertisement|subscribe.*|sign up.*|follow us.*|click here.*|comments?|print|email|tweet)$/i;

/**
 * Broken but common HTML (an unclosed <b>, <p> left open) is first rebuilt the way a browser
 * would, by parse5 (the WHATWG tree-construction algorithm): linkedom's lenient parser nests such
 * markup wrongly and Readability then drops the paragraph.
 */
const normalizeDocument = (html: string) => serialize(parseHtml5(html));
const normalizeFragment = (html: string) => serialize(parseFragment(html));

export function parseHtmlArticle(html: string, fileName: string, warnings: string[] = []): Article {
  const { document } = parseHTML(normalizeDocument(html));
  const meta = (selector: string) => document.querySelector(selector)?.getAttribute('content') ?? undefined;
  const url = meta('meta[property="og:url"]') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  const published =
    meta('meta[property="article:published_time"]') ??
    meta('meta[name="date"]') ??
    meta('meta[name="pubdate"]') ??
    meta('meta[itemprop="datePublished"]') ??
    document.querySelector('time[datetime]')?.getAttribute('datetime') ??
    undefined;
  const reader = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  const paragraphs: string[] = [];
  if (reader?.content) {
    const { document: body } = parseHTML(`<html><body>${reader.content}</body></html>`);
    for (const el of body.querySelectorAll('h1,h2,h3,h4,p,li,blockquote')) {
      if (el.querySelector('p,li')) continue; // the inner elements carry the text
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text && !BOILERPLATE.test(text)) paragraphs.push(text);
    }
  }
  const text = paragraphs.join('\n\n');
  if (!text) throw new InputError('NO_TEXT', `${fileName}: no article text found in this HTML page (is it an article page?)`);
  return {
    title: (reader?.title ?? meta('meta[property="og:title"]') ?? document.title ?? fileName).trim(),
    text,
    url: url && /^https?:/.test(url) ? url : undefined,
    published: readDate(published ?? reader?.publishedTime ?? undefined, fileName, warnings),
    source: reader?.siteName ?? meta('meta[property="og:site_name"]') ?? hostOf(url),
  };
}

/** Text of an HTML fragment (feed item content), paragraphs kept apart. */
export function htmlFragmentToText(html: string): string {
  const { document } = parseHTML(`<html><body>${normalizeFragment(html).replace(/<\/(p|div|li|h\d|br)>/gi, '$&\n\n').replace(/<br\s*\/?>/gi, '\n')}</body></html>`);
  return (document.body.textContent ?? '')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p && !BOILERPLATE.test(p))
    .join('\n\n');
}
