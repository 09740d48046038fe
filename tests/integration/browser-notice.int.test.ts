/** Issue 13, point 10: without Chromium, `npm test` says in one line that the browser tests were skipped, and how to enable them. */
import { spawnSync } from 'node:child_process';
import { describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../../db/local-settings.ts';
import { isBuildStale } from '../setup/browser-notice.ts';

describe('browser tests without Chromium', () => {
  it('are skipped with one line that says so and how to enable them', () => {
    const settings = inject('neo4j');
    // One browser test file, as `npm test` would run it on a machine without Chromium.
    const run = spawnSync('npx', ['vitest', 'run', '--project', 'integration', 'tests/e2e/pair.e2e.test.ts'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium', NEO4J_URI: settings.uri, NEO4J_USER: settings.user, NEO4J_PASSWORD: settings.password, NEO4J_DATABASE: settings.database, CI: 'true' },
    });
    const output = `${run.stdout}${run.stderr}`;
    expect(run.status, output).toBe(0);
    const lines = output.split('\n').filter((l) => l.includes('Browser tests skipped'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/no Chromium at \/nonexistent\/chromium\. To run them: apt-get install chromium, or set CHROMIUM_PATH/);
    expect(output).toMatch(/skipped/);
  }, 150_000);
});

describe('the web app the browser tests drive', () => {
  it('is rebuilt when missing or older than any of its sources, and not otherwise', () => {
    expect(isBuildStale(undefined, [1])).toBe(true);
    expect(isBuildStale(100, [50, 150])).toBe(true);
    expect(isBuildStale(100, [50, 100])).toBe(false);
  });
});
