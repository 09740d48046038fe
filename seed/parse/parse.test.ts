import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from './errors.ts';
import { parseDate } from './dates.ts';
import { decode, MAX_INPUT_BYTES, parseContent, parseInput } from './parse.ts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../tests/fixtures', name), 'utf8');
const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error instanceof InputError ? error.code : 'OTHER';
  }
  return 'NONE';
};

describe('decoding bad input', () => {
  it('refuses an empty file', () => expect(codeOf(() => decode(new Uint8Array(), 'a.txt'))).toBe('EMPTY'));
  it('refuses a binary file', () => expect(codeOf(() => decode(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]), 'a.png'))).toBe('BINARY'));
  it('refuses a file over 50 MB', () => expect(codeOf(() => decode(new Uint8Array(MAX_INPUT_BYTES + 1).fill(65), 'big.txt'))).toBe('TOO_LARGE'));
  it('refuses text that is not UTF-8 and says how to convert it', () => {
    const latin1 = Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6c, 0xe9]);
    expect(codeOf(() => decode(latin1, 'old.txt'))).toBe('ENCODING');
    expect(() => decode(latin1, 'old.txt')).toThrow(/iconv/);
  });
  it('reads UTF-16 with a byte order mark', () => {
    const text = 'Peru supplies Chile.';
    const bytes = Uint8Array.from([0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(decode(bytes, 'u16.txt')).toBe(text);
  });
});

describe('formats', () => {
  it('reads the text header (title, url, published, source)', () => {
    const [a] = parseContent('# A title\nurl: https://example.test/x\npublished: March 3, 2025\nsource: Wire\n\nBody text here.', 'x.txt');
    expect(a).toMatchObject({ title: 'A title', url: 'https://example.test/x', published: '2025-03-03', source: 'Wire', text: 'Body text here.' });
  });
  it('reduces Markdown to its text', () => {
    const [a] = parseContent('---\ntitle: Md\n---\nSee **bold** and [a link](https://x.test).\n\n- item one', 'x.md');
    expect(a?.text).toBe('See bold and a link.\n\nitem one');
  });
  it('leaves out share buttons and navigation bullets from text and Markdown too', () => {
    const [a] = parseContent('# T\n\n- [Home](/)\n- [World](/world)\n\nPeru praised Chile.\n\nShare this article\n\nRead more: other stories', 'x.md');
    expect(a?.text).toBe('Peru praised Chile.');
  });
  it('extracts the article body and metadata from HTML, without navigation or share buttons', () => {
    const [a] = parseContent(fixture('article.html'), 'a.html');
    expect(a).toMatchObject({ source: 'Example Daily', url: 'https://example.test/a', published: '2025-04-02' });
    expect(a?.text).toContain('Greece and Cyprus held talks with Egypt');
    expect(a?.text).not.toMatch(/Share this article|Home|Copyright/);
  });
  it('refuses broken HTML with no article text clearly', () => {
    expect(codeOf(() => parseContent('<html><body><div><p>', 'broken.html'))).toBe('NO_TEXT');
  });
  it('reads each feed item with text as an article', () => {
    const articles = parseContent(fixture('sample-feed.xml'), 'feed.xml');
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({ title: 'Kazakhstan and Azerbaijan expand a ferry link', published: '2025-06-10', source: 'Caspian Wire' });
    expect(articles[0]?.text).not.toContain('Share this');
  });
  it('fails a broken JSON line alone, naming file:line, and keeps the good lines', () => {
    const good = (n: number) => JSON.stringify({ title: `a${n}`, text: `Peru praised Chile ${n}.` });
    const lines = [good(1), good(2), '{oops', good(3), 'null', good(4), '[1, 2]', good(5), good(6), good(7), good(8), good(9)];
    const parsed = parseInput(lines.join('\n'), 'x.jsonl');
    expect(parsed.articles).toHaveLength(9);
    expect(parsed.failed.map((e) => e.message)).toEqual([
      'x.jsonl:3: not valid JSON',
      'x.jsonl:5: expected an object {title, url, published, source, text}, got null',
      'x.jsonl:7: expected an object {title, url, published, source, text}, got an array',
    ]);
  });
  it('keeps the text of broken but common HTML (a paragraph with an unclosed <b>, paragraphs left open)', () => {
    const [a] = parseContent(fixture('broken-markup.html'), 'broken-markup.html');
    expect(a?.text).toContain('Peru praised Chile for reopening the northern crossing');
    expect(a?.text.split('\n\n')).toHaveLength(3);
    expect(a?.text).not.toMatch(/Home|Copyright/);
  });
});

describe('publication dates', () => {
  it('reads explicit dates as written', () => {
    expect(parseDate('2025-03-04')).toEqual({ date: '2025-03-04' });
    expect(parseDate('March 3, 2025')).toEqual({ date: '2025-03-03' });
    expect(parseDate('Mon, 03 Mar 2025 23:30:00 -0500')).toEqual({ date: '2025-03-03' });
  });
  it('never invents a date from a relative, partial or unreadable value: a warning, and unknown', () => {
    for (const value of ['yesterday-ish', 'yesterday', '3 days ago', 'March 3', '2025', '2025-02-30']) {
      const parsed = parseDate(value);
      expect(parsed.date, value).toBeUndefined();
      expect(parsed.warning, value).toMatch(/not (an explicit date|a real day)/);
    }
    const parsed = parseInput('# Title\npublished: yesterday-ish\n\nPeru praised Chile.', 'x.md');
    expect(parsed.articles[0]?.published).toBeUndefined();
    expect(parsed.warnings).toEqual(['x.md: published "yesterday-ish" is not an explicit date (relative, partial or unreadable); stored as unknown']);
  });
});

// Each test starts the CLI in a process of its own (tsx, the gazetteer): seconds, more on a busy machine.
describe('extract CLI', { timeout: 60_000 }, () => {
  it('reports each bad file by name, still processes the good ones, and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'entente-'));
    writeFileSync(join(dir, 'good.txt'), '# Good\n\nFinland joined NATO in 2023.');
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 255]));
    const result = spawnSync('npx', ['tsx', 'seed/extract-cli.ts', '--format', 'jsonl', dir, join(dir, 'missing.txt')], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/empty\.txt: the file is empty/);
    expect(result.stderr).toMatch(/binary\.txt: this is a binary file/);
    expect(result.stderr).toMatch(/missing\.txt: no such file/);
    expect(result.stderr).not.toMatch(/\bat .*\.ts:\d+/); // no stack trace
    const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as { file: string; relations: { type: string }[] });
    expect(lines).toHaveLength(1);
    expect(lines[0]?.relations.map((r) => r.type)).toContain('MEMBER_OF');
  }, 30_000);
  it('prints a table by default', () => {
    const out = execFileSync('npx', ['tsx', 'seed/extract-cli.ts', 'seed/samples/10-kazakhstan-joins-accords.md'], { encoding: 'utf8' });
    expect(out).toMatch(/Kazakhstan —MEMBER_OF→ Abraham Accords/);
  }, 30_000);
});
