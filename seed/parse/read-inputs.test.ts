import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandPaths } from './read-inputs.ts';

describe('expandPaths', () => {
  it('lists the articles of a folder, links to files among them, and names the files it skips', async () => {
    const root = mkdtempSync(join(tmpdir(), 'entente-inputs-'));
    const corpus = join(root, 'corpus');
    const picked = join(root, 'picked');
    mkdirSync(corpus);
    mkdirSync(picked);
    writeFileSync(join(corpus, 'a.txt'), 'Chile praised Peru.');
    writeFileSync(join(corpus, 'a.json'), '{}');
    writeFileSync(join(picked, 'own.md'), 'Peru praised Chile.');
    symlinkSync(join(corpus, 'a.txt'), join(picked, 'linked.txt'));
    symlinkSync(join(corpus, 'a.json'), join(picked, 'linked.json'));
    symlinkSync(join(root, 'nowhere.txt'), join(picked, 'broken.txt'));
    const { files, skipped, missing } = await expandPaths([picked]);
    expect(files).toEqual([join(picked, 'linked.txt'), join(picked, 'own.md')]);
    expect(skipped).toEqual([join(picked, 'linked.json')]);
    expect(missing).toEqual([]);
  });
});
