/** JSON Lines: one {title, url, published, source, text} object per line. */
import type { Article } from '../types.ts';
import { toIsoDate } from './dates.ts';
import { InputError } from './errors.ts';
import { hostOf } from './text.ts';

export function parseJsonLines(content: string, fileName: string): Article[] {
  const articles: Article[] = [];
  content.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim()) return;
    let record: Record<string, unknown>;
    try {
      record = JSON.parse(line) as Record<string, unknown>;
    } catch {
      throw new InputError('PARSE', `${fileName}:${index + 1}: not valid JSON`);
    }
    const text = typeof record.text === 'string' ? record.text.trim() : '';
    if (!text) throw new InputError('NO_TEXT', `${fileName}:${index + 1}: the "text" field is missing or empty`);
    const url = typeof record.url === 'string' ? record.url : undefined;
    articles.push({
      title: typeof record.title === 'string' && record.title.trim() ? record.title.trim() : `${fileName}:${index + 1}`,
      text,
      url,
      published: toIsoDate(record.published),
      source: typeof record.source === 'string' ? record.source : hostOf(url),
    });
  });
  if (articles.length === 0) throw new InputError('EMPTY', `${fileName}: no articles (the file has no JSON lines)`);
  return articles;
}
