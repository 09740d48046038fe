import { readFileSync, readdirSync } from 'node:fs';
import { extractArticle } from '/work/main/seed/extract/extract.ts';
const dir = '/work/shared/eval/dev';
const base = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(`${dir}/${f}`, 'utf8').split('\n\n').slice(1).join('\n\n')).join('\n\n');
for (const mb of (process.argv[2] ?? '0.1,0.4,0.8').split(',').map(Number)) {
  let text = '';
  while (text.length < mb * 1e6) text += base + '\n\n';
  const t0 = performance.now();
  const r = extractArticle({ title: 'long', text });
  console.log(`${mb} MB: ${((performance.now() - t0) / 1000).toFixed(2)} s, ${r.entities.length} entities, ${r.relations.length} relations`);
}
