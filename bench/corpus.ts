/**
 * A synthetic corpus of realistic articles for benchmarks: sentences from templates over the
 * gazetteer's real actors, deterministic for a seed, about `words` words per article.
 */
import { gazetteer, type KnownEntity } from '../seed/gazetteer/index.ts';
import type { Article } from '../seed/types.ts';

/** Small deterministic PRNG (mulberry32), so runs are comparable. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Pick = <T>(items: T[]) => T;

const TEMPLATES: ((a: KnownEntity, b: KnownEntity, p: Pick, leader: (c: KnownEntity) => string) => string)[] = [
  (a, b) => `${a.name} accused ${b.name} of violating the ceasefire near the border.`,
  (a, b, p) => `${a.name} is a major supplier of ${p(['oil', 'gas', 'grain', 'arms'])} to ${b.name}, according to trade figures.`,
  (a, b) => `Officials in ${a.capitals?.[0] ?? a.name} said ${a.name} and ${b.name} would deepen security cooperation with ${b.name} next year.`,
  (a, b, _p, leader) => `${a.demonyms?.[0] ?? a.name} Foreign Minister ${leader(a)} visited ${b.capitals?.[0] ?? b.name} on Tuesday for talks.`,
  (a, b) => `Tensions between ${a.name} and ${b.name} rose after the incident.`,
  (a, b) => `${a.name} imposed new sanctions on ${b.name} over its nuclear programme.`,
  (a, b) => `The alliance between ${a.name} and ${b.name} has grown stronger over the past decade.`,
  (a, b) => `${a.name} did not recognize the election results announced in ${b.name}.`,
  (a, b) => `${a.name} praised ${b.name} for its role in the negotiations.`,
  (a, b) => `${a.name} and ${b.name} held military exercises near the border of a neighbouring state.`,
  (a, b) => `${a.name} urged ${b.name} to release the detained journalists.`,
  (a, b) => `${a.name} established diplomatic relations with ${b.name} in the 1990s.`,
  () => `Analysts said the decision reflected a broader shift in the region, where energy routes and security guarantees remain contested.`,
  () => `The statement did not give further details, and officials declined to comment on the timing of the next round of talks.`,
  () => `Trade between the two economies has more than doubled since the agreement entered into force, according to official data.`,
];

const FIRST = ['Amir', 'Elena', 'David', 'Leyla', 'Omar', 'Sofia', 'Tomas', 'Nadia', 'Karim', 'Irina', 'Samuel', 'Aylin'];
const LAST = ['Haddad', 'Petrova', 'Cohen', 'Mammadova', 'Farouk', 'Rossi', 'Novak', 'Aziz', 'Mansour', 'Volkova', 'Levi', 'Demir'];

/** Generates `count` articles of about `words` words each. */
export function generateCorpus(count: number, words = 600, seed = 42): Article[] {
  const next = random(seed);
  const pick: Pick = (items) => items[Math.floor(next() * items.length)] as (typeof items)[number];
  const countries = [...gazetteer().byId.values()].filter((e) => e.type === 'Country' && e.capitals?.length && e.demonyms?.length);
  const leader = () => `${pick(FIRST)} ${pick(LAST)}`;
  const articles: Article[] = [];
  for (let i = 0; i < count; i++) {
    const sentences: string[] = [];
    let length = 0;
    while (length < words) {
      const a = pick(countries);
      let b = pick(countries);
      while (b === a) b = pick(countries);
      const sentence = pick(TEMPLATES)(a, b, pick, leader);
      sentences.push(sentence);
      length += sentence.split(/\s+/).length;
    }
    const paragraphs: string[] = [];
    for (let s = 0; s < sentences.length; s += 4) paragraphs.push(sentences.slice(s, s + 4).join(' '));
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = String(1 + (Math.floor(i / 28) % 12)).padStart(2, '0');
    articles.push({
      title: `Synthetic report ${i + 1}`,
      text: paragraphs.join('\n\n'),
      url: `https://bench.entente.dev/${seed}/${i + 1}`,
      published: `${2020 + (Math.floor(i / 336) % 6)}-${month}-${day}`,
      source: pick(['Wire One', 'Daily Two', 'Review Three', 'Gazette Four']),
    });
  }
  return articles;
}
