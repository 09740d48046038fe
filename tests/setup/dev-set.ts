/** The shared dev articles (beside the project as ../shared/eval/dev, in CI too), when present. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../../db/local-settings.ts';

export function devSetDir(): string | undefined {
  const candidates = [process.env.ENTENTE_DEV_SET, resolve(PROJECT_ROOT, '../shared/eval/dev'), '/work/shared/eval/dev'];
  return candidates.find((dir): dir is string => Boolean(dir) && existsSync(dir as string));
}
