/**
 * Vitest global setup: says in one line when the browser tests will be skipped (no Chromium),
 * and how to run them, instead of skipping them without a word; and builds the web app they
 * drive when web/dist is missing or older than its sources, so that `npm test` never runs the
 * browser tests against a stale build.
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../db/local-settings.ts';
import { CHROMIUM, hasChromium } from '../e2e/browser.ts';

export function browserNotice(isAvailable: boolean, path: string, files: number): string | null {
  if (isAvailable) return null;
  return `Browser tests skipped (${files} files in tests/e2e): no Chromium at ${path}. To run them: apt-get install chromium, or set CHROMIUM_PATH to a Chromium or Chrome binary.`;
}

/** Whether a build made at `builtAt` (ms; undefined: none) predates any of its sources' times. */
export const isBuildStale = (builtAt: number | undefined, sourceTimes: number[]): boolean => builtAt === undefined || sourceTimes.some((t) => t > builtAt);

/** Modification times of every file under `dir`. */
function modifiedTimes(dir: string): number[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).map((e) => statSync(join(e.parentPath, e.name)).mtimeMs);
}

export default function setup(): void {
  const files = readdirSync(join(PROJECT_ROOT, 'tests/e2e')).filter((f) => f.endsWith('.e2e.test.ts')).length;
  const notice = browserNotice(hasChromium, CHROMIUM, files);
  if (notice) console.warn(notice);
  if (!hasChromium || process.env.E2E_WEB_DIR) return;
  const built = join(PROJECT_ROOT, 'web/dist/index.html');
  const sources = [...modifiedTimes(join(PROJECT_ROOT, 'web/src')), ...['web/index.html', 'web/graphiql.html', 'vite.config.ts'].map((f) => statSync(join(PROJECT_ROOT, f)).mtimeMs)];
  if (!isBuildStale(existsSync(built) ? statSync(built).mtimeMs : undefined, sources)) return;
  console.warn('Building the web app for the browser tests (web/dist is missing or older than web/src) …');
  execSync('npm run -s build:web', { cwd: PROJECT_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}
