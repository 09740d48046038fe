/**
 * Binary formats told by their first bytes (file-type's magic numbers: PDF, Word, ZIP, images,
 * audio...), so that a PDF named on the command line is refused instead of being read as text
 * (an uncompressed PDF is ASCII: its operators "BT", "ET" and "EOF" became entities). Pure.
 */
import { fileTypeFromBuffer } from 'file-type';

/** Formats file-type recognizes that are text the parsers read (feeds are XML). */
const READABLE = new Set(['xml']);

/** The binary format of a file's bytes ("pdf", "docx"...), or undefined for text. */
export async function binaryFormatOf(bytes: Uint8Array): Promise<{ ext: string; mime: string } | undefined> {
  const found = await fileTypeFromBuffer(bytes.subarray(0, 64 * 1024));
  return found && !READABLE.has(found.ext) ? { ext: found.ext, mime: found.mime } : undefined;
}

/** What to do with a file of that format, as the end of a message. */
export function convertHint(ext: string, file: string): string {
  if (ext === 'pdf') return `extract its text first (pdftotext "${file}" article.txt) and give that file`;
  if (['docx', 'doc', 'odt', 'rtf', 'epub'].includes(ext)) return 'save it as plain text, Markdown or HTML first and give that file';
  return 'give the article as text, Markdown, HTML, a feed or JSON Lines';
}
