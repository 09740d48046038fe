import { extractArticle } from '/work/main/seed/extract/extract.ts';
const text = process.argv[2] ?? '';
const r = extractArticle({ title: 't', text });
for (const e of r.entities) console.log(e.type, '|', e.name, '|', e.mentions.map((m) => m.text).join('; '));
for (const x of r.relations) console.log(' ', x.source, x.type, x.target, `(${x.rule} ${x.confidence})`);
