/** Decodes a file's bytes and parses it into articles by its kind. Pure: bytes in, articles out. */
import type { Article } from '../types.ts';
import { InputError } from './errors.ts';
import { isFeed, parseFeed } from './feed.ts';
import { parseHtmlArticle } from './html.ts';
import { parseJsonLines } from './jsonl.ts';
import { parseTextArticle } from './text.ts';

export const MAX_INPUT_BYTES = 50 * 1024 * 1024;
export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.xml', '.rss', '.atom', '.jsonl', '.ndjson'];

/** Bytes to text: UTF-8 (with or without BOM) or UTF-16 with BOM; anything else is refused clearly. */
export function decode(bytes: Uint8Array, fileName: string): string {
  if (bytes.length === 0) throw new InputError('EMPTY', `${fileName}: the file is empty`);
  if (bytes.length > MAX_INPUT_BYTES) {
    throw new InputError('TOO_LARGE', `${fileName}: ${(bytes.length / 1048576).toFixed(1)} MB is over the 50 MB limit for one file; split it (JSON Lines or a feed) into smaller files`);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const sample = bytes.subarray(0, 8192);
  if (sample.includes(0)) throw new InputError('BINARY', `${fileName}: this is a binary file, not text, HTML, a feed or JSON Lines`);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError('ENCODING', `${fileName}: the text is not valid UTF-8; convert it first, e.g. "iconv -f WINDOWS-1252 -t UTF-8 ${fileName} > fixed.txt"`);
  }
}

/** A file's articles, the items of it that failed alone (a JSON line), and warnings (an unreadable date). */
export interface ParsedInput {
  articles: Article[];
  failed: InputError[];
  warnings: string[];
}

/** Parses decoded content by extension (and sniffing for HTML and feeds); throws InputError when the whole file fails. */
export function parseInput(content: string, fileName: string): ParsedInput {
  const lowerName = fileName.toLowerCase();
  const ext = lowerName.slice(lowerName.lastIndexOf('.'));
  const head = content.slice(0, 1000).trimStart().toLowerCase();
  const warnings: string[] = [];
  if (['.jsonl', '.ndjson'].includes(ext)) return { ...parseJsonLines(content, fileName, warnings), warnings };
  const articles = (() => {
    if (['.xml', '.rss', '.atom'].includes(ext) || (head.startsWith('<?xml') && isFeed(content))) {
      if (!isFeed(content)) throw new InputError('UNSUPPORTED', `${fileName}: XML that is not an RSS or Atom feed`);
      return parseFeed(content, fileName, warnings);
    }
    if (['.html', '.htm'].includes(ext) || head.startsWith('<!doctype html') || head.startsWith('<html')) return [parseHtmlArticle(content, fileName, warnings)];
    const article = parseTextArticle(content, fileName, warnings);
    if (!article.text.trim()) throw new InputError('NO_TEXT', `${fileName}: no article text after the header`);
    return [article];
  })();
  return { articles, failed: [], warnings };
}

/** The articles of decoded content (items that fail alone and warnings left out: see parseInput). */
export function parseContent(content: string, fileName: string): Article[] {
  return parseInput(content, fileName).articles;
}
