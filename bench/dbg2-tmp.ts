import { recognize } from '../seed/extract/recognize.ts';
import { splitSentences } from '../seed/extract/tokenize.ts';
const text = process.argv[2] ?? '';
const r = recognize(splitSentences(text), text);
for (const list of r.mentions) for (const m of list) console.log(m.entity.type, m.entity.name, '|', m.text, m.kind, m.role, m.title ?? '');
