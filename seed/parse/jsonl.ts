/** JSON Lines: one {title, url, published, source, text} object per line; each line is an article that fails alone. */
import type { Article } from '../types.ts';
import { readDate } from './dates.ts';
import { InputError } from './errors.ts';
import { hostOf } from './text.ts';

export interface JsonLinesResult {
  articles: Article[];
  /** One error per line that is not an article, its message naming file:line. */
  failed: InputError[];
}

const kindOf = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : `a ${typeof value}`);

/** One line as an article, or why it is not one. */
function parseLine(line: string, where: string, warnings: string[]): Article | InputError {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch {
    return new InputError('PARSE', `${where}: not valid JSON`);
  }
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    return new InputError('PARSE', `${where}: expected an object {title, url, published, source, text}, got ${kindOf(record)}`);
  }
  const fields = record as Record<string, unknown>;
  const text = typeof fields.text === 'string' ? fields.text.trim() : '';
  if (!text) return new InputError('NO_TEXT', `${where}: the "text" field is missing or empty`);
  const url = typeof fields.url === 'string' ? fields.url : undefined;
  return {
    title: typeof fields.title === 'string' && fields.title.trim() ? fields.title.trim() : where,
    text,
    url,
    published: readDate(fields.published, where, warnings),
    source: typeof fields.source === 'string' ? fields.source : hostOf(url),
  };
}

export function parseJsonLines(content: string, fileName: string, warnings: string[] = []): JsonLinesResult {
  const result: JsonLinesResult = { articles: [], failed: [] };
  content.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim()) return;
    const parsed = parseLine(line, `${fileName}:${index + 1}`, warnings);
    if (parsed instanceof InputError) result.failed.push(parsed);
    else result.articles.push(parsed);
  });
  if (result.articles.length === 0 && result.failed.length === 0) throw new InputError('EMPTY', `${fileName}: no articles (the file has no JSON lines)`);
  return result;
}
