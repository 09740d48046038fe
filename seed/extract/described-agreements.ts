/**
 * Agreements named by a common noun phrase: "a border treaty", "the trilateral energy agreement",
 * "a memorandum of understanding with X", "the 2003 ceasefire agreement", "the 18th sanctions
 * package against X". Each becomes an Agreement (a sanctions package a Legislation) named as the
 * article names it ("border treaty") and identified by its parties as the clause gives them: the
 * id and an alias are the Wikipedia-style "Kyrgyzstan–Tajikistan border treaty", the same whichever
 * order the parties come in, so two articles about one treaty meet in one node and two treaties of
 * one name stay apart. A phrase whose parties the sentence does not name gets an id of its article,
 * so that two articles' "implementation annex" never become one node of the graph.
 */
import { slugId } from '../gazetteer/index.ts';
import type { ArticleEntity, EntityRegistry, Mention, SentenceScan } from './mentions.ts';
import { lower, titleAt } from './spans.ts';

/** Head nouns of an agreement ("memorandum" only as "memorandum of understanding"). */
const HEADS = new Set(['treaty', 'agreement', 'accord', 'pact', 'deal', 'memorandum', 'framework', 'annex', 'protocol', 'arrangement', 'package']);
/** Words before the head that say nothing about which agreement it is: left out of its name. */
const STATUS_WORDS = new Set([
  'new', 'historic', 'landmark', 'draft', 'final', 'proposed', 'previous', 'first', 'second', 'third', 'key', 'major', 'formal', 'interim',
  'preliminary', 'initial', 'provisional', 'separate', 'broader', 'wider', 'long-awaited', 'long-term', 'controversial', 'so-called', 'latest',
  'signed', 'planned', 'possible', 'potential', 'current', 'existing', 'original', 'revised', 'fragile', 'tentative', 'larger', 'broad', 'ambitious',
  'same', 'similar', 'earlier', 'previous', 'recent', 'last', 'next', 'whole', 'entire', 'wide-ranging', 'sweeping', 'much-needed', 'eventual',
]);
/** Words that end the phrase to the left: determiners and possessives. */
const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'this', 'that', 'these', 'his', 'her', 'our', '’s', "'s"]);
/** Words that are never part of an agreement's description. */
const NOT_MODIFIERS = new Set(['of', 'and', 'or', 'to', 'for', 'with', 'on', 'in', 'at', 'by', 'as', 'is', 'was', 'be', 'been', 'not', 'any', 'no', 'such', 'one', 'two', 'each', 'every', 'another', 'other', 'which', 'what', 'whose', 'more', 'most', 'very']);
/** Words after the phrase that introduce its parties. */
const PARTY_LINKS = new Set(['with', 'between', 'involving', 'among', 'including', 'by']);
/** How many parties a count word allows. */
const PARTY_COUNTS: Record<string, number> = { bilateral: 2, trilateral: 3, tripartite: 3, quadrilateral: 4 };

interface Phrase {
  /** First token of the description (after the determiner), head's last token. */
  first: number;
  last: number;
  /** The words that say which agreement it is ("border", "free trade"), and a leading year or ordinal. */
  words: string[];
  prefix?: string;
  head: string;
}

/** Adds the agreements a sentence names by a common noun phrase. Runs after the named entities are known. */
export function describedAgreements(scan: SentenceScan, registry: EntityRegistry): void {
  for (let i = 0; i < scan.tokens.length; i++) {
    if (scan.covered[i] || !HEADS.has(scan.tokens[i]?.text ?? '')) continue;
    const phrase = phraseAt(scan, i);
    if (!phrase) continue;
    const parties = partiesOf(scan, phrase);
    const description = [phrase.prefix, ...phrase.words, phrase.head].filter(Boolean).join(' ');
    let entity: ArticleEntity;
    if (phrase.head === 'package') {
      const target = sanctionTarget(scan, phrase.last);
      entity = registry.fromPattern('Legislation', target ? `${description} against ${target.name}` : description);
    } else if (parties.length >= 2) {
      // Named as the article names it, identified by its parties: "border treaty", the Kyrgyzstan–Tajikistan one.
      const qualified = [phrase.prefix, parties.map((p) => p.name).sort().join('–'), ...phrase.words, phrase.head].filter(Boolean).join(' ');
      entity = registry.fromPattern('Agreement', description, { id: slugId('Agreement', qualified) });
      entity.aliases.add(qualified);
      entity.parties = parties;
    } else {
      entity = registry.local('Agreement', description);
    }
    scan.add(entity, phrase.first, phrase.last, 'pattern');
    i = phrase.last;
  }
}

/** The description ending at head token `i`, when it says which agreement: "border treaty", not "the deal". */
function phraseAt(scan: SentenceScan, i: number): Phrase | undefined {
  const head = scan.tokens[i]?.text ?? '';
  let last = i;
  let headWords = head;
  if (head === 'memorandum') {
    if (scan.word(i + 1) !== 'of' || scan.word(i + 2) !== 'understanding') return undefined;
    last = i + 2;
    headWords = 'memorandum of understanding';
  }
  // "the Treaty of X" and "an agreement signed with Y" are others' to read; a capitalized word after the head continues a name.
  if (scan.tokens[last + 1]?.isCapitalized && /^\p{Lu}\p{Ll}/u.test(scan.tokens[last + 1]?.text ?? '') && !PARTY_LINKS.has(scan.word(last + 1))) return undefined;
  const words: string[] = [];
  let prefix: string | undefined;
  let first = i;
  let k = i - 1;
  for (; k >= 0; k--) {
    const t = scan.tokens[k];
    if (!t || scan.covered[k]) break;
    const w = t.text;
    if (/^["“”‘’']$/.test(w)) continue;
    if (/^(?:19|20)\d\d$/.test(w)) {
      prefix = w;
      first = k;
      continue;
    }
    // "18th": the tokenizer keeps the number and its suffix apart.
    const number = scan.tokens[k - 1];
    if (/^(?:st|nd|rd|th)$/.test(w) && number && /^\d+$/.test(number.text) && number.end === t.start) {
      prefix = number.text + w;
      first = --k;
      continue;
    }
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(w) || NOT_MODIFIERS.has(w) || DETERMINERS.has(w) || /ly$/.test(w)) break;
    if (!STATUS_WORDS.has(w) && (w.match(/-/g)?.length ?? 0) < 2) words.unshift(w);
    first = k;
  }
  // A description needs a word of its own ("memorandum of understanding" is one) and a determiner, a
  // possessive, a name or a compound before it, so that it is a noun phrase and not a verb's object list.
  const bounded = k < 0 || DETERMINERS.has(scan.word(k)) || scan.covered[k] === true || /^["“(]$/.test(scan.word(k));
  if (head === 'package') return words.includes('sanctions') && prefix && bounded ? { first, last, words: ['sanctions'], head: 'package', ...(prefix ? { prefix } : {}) } : undefined;
  if ((words.length === 0 && head !== 'memorandum') || !bounded) return undefined;
  while (first < i && /^["“”‘’']$/.test(scan.tokens[first]?.text ?? '')) first++;
  return { first, last, words, head: headWords, ...(prefix ? { prefix } : {}) };
}

const isParty = (m: Mention) =>
  (m.entity.type === 'Country' || (m.entity.type === 'Organization' && !m.entity.isStateBody)) && m.role !== 'place' && m.kind !== 'coreference';

/**
 * The parties as the clause names them: inside the phrase ("the EU-Mercosur deal"), after it
 * ("with X", "between X and Y", "involving X and Y"), and the subject that opens the sentence
 * ("X and Y signed", "Syrian President Z signed": the country of a titled person).
 */
function partiesOf(scan: SentenceScan, phrase: Phrase): ArticleEntity[] {
  const parties: ArticleEntity[] = [];
  const add = (e: ArticleEntity) => {
    if (!parties.includes(e)) parties.push(e);
  };
  const mentions = [...scan.mentions].sort((a, b) => a.first - b.first);
  // Compounds inside the phrase's noun phrase: "the Peru-Chile border treaty".
  for (const m of mentions) if (m.first >= phrase.first - 2 && m.last < phrase.first && isParty(m) && m.role !== 'modifier') add(m.entity);
  if (PARTY_LINKS.has(scan.word(phrase.last + 1))) for (const e of listAfter(scan, mentions, phrase.last + 2)) add(e);
  const limit = PARTY_COUNTS[phrase.words.find((w) => w in PARTY_COUNTS) ?? ''] ?? 4;
  if (parties.length < limit) for (const e of subjectOf(scan, mentions, phrase.first)) if (parties.length < limit) add(e);
  return parties.length <= limit ? parties : [];
}

/** The coordinated names starting at token `from` ("X, Y and Z"). */
function listAfter(scan: SentenceScan, mentions: Mention[], from: number): ArticleEntity[] {
  const found: ArticleEntity[] = [];
  let at = from;
  for (const m of mentions) {
    if (m.first < at) continue;
    // Between two names only list words ("and", ",", "the") may stand.
    for (let k = at; k < m.first; k++) if (!['and', ',', 'the', 'both'].includes(scan.word(k))) return found;
    if (!isParty(m)) return found;
    found.push(m.entity);
    at = m.last + 1;
  }
  return found;
}

/** The sentence's opening actors, before token `end`: names coordinated with the first, or titled people's countries. */
function subjectOf(scan: SentenceScan, mentions: Mention[], end: number): ArticleEntity[] {
  const found: ArticleEntity[] = [];
  let previous: Mention | undefined;
  for (const m of mentions) {
    if (m.first >= end) break;
    const isTitleDemonym = m.kind === 'demonym' && titleAt(scan.tokens, m.last + 1) !== undefined;
    const joined = previous === undefined || [...Array(m.first - previous.last - 1).keys()].every((d) => ['and', ',', 'the'].includes(scan.word(previous!.last + 1 + d)));
    if (previous !== undefined && !joined && !(isTitleDemonym || m.entity.type === 'Person')) break;
    if (m.entity.type === 'Person') {
      previous = m;
      continue;
    }
    if (!(isParty(m) && (m.role !== 'modifier' || isTitleDemonym))) break;
    found.push(m.entity);
    previous = m;
  }
  return found;
}

/** "the 18th sanctions package against Russia": the state or body it targets. */
function sanctionTarget(scan: SentenceScan, last: number): ArticleEntity | undefined {
  if (!['against', 'on'].includes(lower(scan.tokens[last + 1]))) return undefined;
  return scan.mentions.find((m) => m.first === last + 2 && isParty(m))?.entity;
}
