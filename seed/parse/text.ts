/**
 * Plain text and Markdown articles. An optional header gives the metadata:
 *   # Title            (or a first line, or YAML front matter: title:, url:, published:, source:)
 *   url: https://…
 *   published: 2025-01-30
 *   source: Outlet
 * Markdown syntax is reduced to its text so that offsets point at readable prose.
 */
import type { Article } from '../types.ts';
import { readDate } from './dates.ts';
import { BOILERPLATE } from './html.ts';

const FIELD = /^(title|url|link|published|date|source|outlet|site):\s*(.*)$/i;

export function parseTextArticle(raw: string, fallbackTitle: string, warnings: string[] = []): Article {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  const meta: Record<string, string> = {};
  let i = 0;
  if (lines[0]?.trim() === '---') {
    for (i = 1; i < lines.length && lines[i]?.trim() !== '---'; i++) {
      const m = FIELD.exec(lines[i] ?? '');
      if (m?.[1] && m[2] !== undefined) meta[m[1].toLowerCase()] = m[2].replace(/^["']|["']$/g, '');
    }
    i++;
  }
  while (i < lines.length && !lines[i]?.trim()) i++;
  const heading = /^#{1,2}\s+(.+)$/.exec(lines[i] ?? '');
  if (heading?.[1] && !meta.title) {
    meta.title = heading[1].trim();
    i++;
  }
  for (; i < lines.length; i++) {
    const m = FIELD.exec(lines[i] ?? '');
    if (!m?.[1] || m[2] === undefined) break;
    meta[m[1].toLowerCase()] = m[2].trim();
  }
  const text = markdownToText(lines.slice(i).join('\n'))
    .split('\n')
    .filter((line) => !BOILERPLATE.test(line.trim()))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return {
    title: meta.title ?? firstLine(text) ?? fallbackTitle,
    text,
    url: cleanUrl(meta.url ?? meta.link),
    published: readDate(meta.published ?? meta.date, fallbackTitle, warnings),
    source: meta.source ?? meta.outlet ?? meta.site ?? hostOf(meta.url ?? meta.link),
  };
}

function firstLine(text: string): string | undefined {
  const line = text.split('\n').find((l) => l.trim());
  return line && line.length < 160 ? line.trim() : undefined;
}

function cleanUrl(url: string | undefined): string | undefined {
  return url && /^https?:\/\//.test(url) ? url : undefined;
}

export function hostOf(url: string | undefined): string | undefined {
  if (!url || !/^https?:\/\//.test(url)) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

/** Markdown to plain text: links, emphasis, headings, list markers, images, code fences. */
export function markdownToText(md: string): string {
  return md
    .replace(/```[\s\S]*?```/g, '')
    // Navigation bullets: list items that are nothing but a link ("- [World](/world)").
    .replace(/^[ \t]*[-*+][ \t]+\[[^\]]*\]\([^)]*\)[ \t]*$/gm, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^[ \t]*[-*+][ \t]+/gm, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/^>\s?/gm, '')
    .replace(/\n{3,}/g, '\n\n');
}
