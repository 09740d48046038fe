/**
 * Vitest global setup: says in one line when the browser tests will be skipped (no Chromium),
 * and how to run them, instead of skipping them without a word.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../db/local-settings.ts';
import { CHROMIUM, hasChromium } from '../e2e/browser.ts';

export function browserNotice(isAvailable: boolean, path: string, files: number): string | null {
  if (isAvailable) return null;
  return `Browser tests skipped (${files} files in tests/e2e): no Chromium at ${path}. To run them: apt-get install chromium, or set CHROMIUM_PATH to a Chromium or Chrome binary.`;
}

export default function setup(): void {
  const files = readdirSync(join(PROJECT_ROOT, 'tests/e2e')).filter((f) => f.endsWith('.e2e.test.ts')).length;
  const notice = browserNotice(hasChromium, CHROMIUM, files);
  if (notice) console.warn(notice);
}
