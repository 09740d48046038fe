/** The I/O edge of parsing: expands files and folders and reads each file, one result per file. */
import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Article } from '../types.ts';
import { InputError } from './errors.ts';
import { decode, parseInput, SUPPORTED_EXTENSIONS } from './parse.ts';
import { binaryFormatOf, convertHint } from './sniff.ts';

export type InputResult = { file: string; articles: Article[]; failed: InputError[]; warnings: string[] } | { file: string; error: InputError };

/**
 * Lists the supported files under the given paths (folders recursively, sorted); files of a
 * folder in other formats (a .pdf) are listed as skipped, so they can be reported by name.
 */
export async function expandPaths(paths: string[]): Promise<{ files: string[]; missing: string[]; skipped: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  const skipped: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info) missing.push(path);
    else if (info.isDirectory()) {
      const entries = await filesOf(path);
      const supported = (name: string) => SUPPORTED_EXTENSIONS.includes(extname(name).toLowerCase());
      files.push(...entries.filter((e) => supported(e.name)).map((e) => join(e.parentPath, e.name)).sort());
      skipped.push(...entries.filter((e) => !supported(e.name)).map((e) => join(e.parentPath, e.name)).sort());
    } else files.push(path);
  }
  return { files, missing, skipped };
}

/** The files of a folder, recursively, with symbolic links to files among them (a folder of links to a corpus is common). */
async function filesOf(folder: string) {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const isLinkedFile = async (e: (typeof entries)[number]) => e.isSymbolicLink() && ((await stat(join(e.parentPath, e.name)).catch(() => undefined))?.isFile() ?? false);
  const kept = await Promise.all(entries.map(async (e) => e.isFile() || (await isLinkedFile(e))));
  return entries.filter((_, i) => kept[i]);
}

/** Reads and parses one file; never throws for bad input. */
export async function readInput(file: string): Promise<InputResult> {
  try {
    const bytes = await readFile(file);
    const binary = await binaryFormatOf(bytes);
    if (binary) throw new InputError('BINARY', `${file}: this is a ${binary.ext.toUpperCase()} file (${binary.mime}), not an article the seed reads: ${convertHint(binary.ext, file)}`);
    return { file, ...parseInput(decode(bytes, file), file) };
  } catch (error) {
    if (error instanceof InputError) return { file, error };
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { file, error: new InputError('NOT_FOUND', `${file}: no such file`) };
    if (code === 'EISDIR' || code === 'EACCES') return { file, error: new InputError('PARSE', `${file}: cannot be read (${code})`) };
    return { file, error: new InputError('PARSE', `${file}: could not be parsed (${(error as Error).message.split('\n')[0]})`) };
  }
}

/** Reads all inputs in order, yielding one result per file (and one per missing path); `onSkipped` hears of the files of a folder left out by format. */
export async function* readInputs(paths: string[], onSkipped?: (skipped: string[]) => void): AsyncGenerator<InputResult> {
  const { files, missing, skipped } = await expandPaths(paths);
  if (skipped.length > 0) onSkipped?.(skipped);
  for (const path of missing) yield { file: path, error: new InputError('NOT_FOUND', `${path}: no such file or folder`) };
  for (const file of files) yield await readInput(file);
}

/** The line both CLIs print for the files of a folder they left out. */
export const skippedLine = (skipped: string[]) => `skipped (not a format the seed reads: .txt .md .html, feeds, .jsonl): ${skipped.join(', ')}`;
