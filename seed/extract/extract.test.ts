import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../db/local-settings.ts';
import { parseContent } from '../parse/parse.ts';
import { RELATION_TYPE_NAMES } from '../vocabulary.ts';
import { extractArticle } from './extract.ts';
import { expectTriple, extract, triples } from './testing.ts';

const entity = (text: string, name: string) => extract(text).entities.find((e) => e.name === name);

describe('entities', () => {
  it('resolves names, demonyms, epithets and acronyms to one canonical country', () => {
    const result = extract('The U.S. and America are the same. American diplomats met Washington officials. The Jewish state and Israeli ministers agreed.');
    const names = result.entities.map((e) => `${e.type}:${e.name}`);
    expect(names).toContain('Country:United States');
    expect(names).toContain('Country:Israel');
    expect(names.filter((n) => n === 'Country:United States')).toHaveLength(1);
    expect(entity('Officials met in Tbilisi.', 'Tbilisi')?.type).toBe('Place');
  });

  it('reads a capital as the government when it acts and as a place when visited (metonymy)', () => {
    const result = extract('Tehran accused Baku of spying. Later the minister visited Baku.');
    expect(result.relations.some((r) => r.source === 'Iran' && r.type === 'ACCUSES' && r.target === 'Azerbaijan')).toBe(true);
    expect(result.entities.find((e) => e.name === 'Baku')?.type).toBe('Place');
  });

  it('finds titled people, state bodies, agreements, laws and places the gazetteer does not list', () => {
    const result = extract('Deputy Foreign Minister Lena Marsh of Norway met officials. Norway’s ministry of fisheries issued the Tromso Declaration. Section 112 of the Coastal Trade Act applies in the Vardo region.');
    const names = result.entities.map((e) => `${e.type}:${e.name}`);
    expect(names).toContain('Person:Lena Marsh');
    expect(names).toContain('Organization:Ministry of Fisheries (Norway)');
    expect(names).toContain('Agreement:Tromso Declaration');
    expect(names).toContain('Legislation:Section 112 of the Coastal Trade Act');
    expect(names).toContain('Place:Vardo');
  });

  it('tells Georgia the country from the US state and Jordan the country from a person', () => {
    expect(entity('Georgia and Armenia discussed transit through Tbilisi.', 'Georgia')?.type).toBe('Country');
    expect(entity('The governor of Georgia spoke in Atlanta about the Senate race.', 'Georgia')).toBeUndefined();
    expect(entity('Michael Jordan visited the stadium.', 'Jordan')).toBeUndefined();
    expect(entity('Jordan closed its border after Amman received reports.', 'Jordan')?.type).toBe('Country');
  });

  it('keeps offsets that point at the mention in the text', () => {
    const text = 'Yesterday Canada praised Mexico.';
    for (const e of extract(text).entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

/** One sentence of our own per relation type of the vocabulary. */
const TYPE_CASES: [string, string, string][] = [
  ['VISITED', 'President Emmanuel Macron visited India in May.', 'Emmanuel Macron VISITED India'],
  ['MEETS_WITH', 'Chancellor Friedrich Merz met with Emmanuel Macron in Paris.', 'Emmanuel Macron MEETS_WITH Friedrich Merz'],
  ['SUPPORTS', 'Poland praised Ukraine for its resilience.', 'Poland SUPPORTS Ukraine'],
  ['APPEALS_TO', 'Egypt urged Ethiopia to share data on the dam.', 'Egypt APPEALS_TO Ethiopia'],
  ['MEDIATES', 'Qatar mediated between Hamas and Israel last month.', 'Qatar MEDIATES Hamas'],
  ['RECOGNIZES', 'Spain recognized Palestine in 2024.', 'Spain RECOGNIZES State of Palestine'],
  ['NORMALIZES_WITH', 'Morocco established diplomatic relations with Israel.', 'Morocco NORMALIZES_WITH Israel'],
  ['ALLIED_WITH', 'The alliance between Japan and Australia keeps growing.', 'Australia ALLIED_WITH Japan'],
  ['COOPERATES_WITH', 'Chile signed a deal on energy cooperation with Peru.', 'Chile COOPERATES_WITH Peru'],
  ['SUPPLIES', 'Norway supplies Germany with natural gas.', 'Norway SUPPLIES Germany'],
  ['EASES_SANCTIONS', 'The United States lifted sanctions on Syria in June.', 'United States EASES_SANCTIONS Syria'],
  ['IN_TENSION_WITH', 'Tensions between India and Pakistan rose again.', 'India IN_TENSION_WITH Pakistan'],
  ['ACCUSES', 'Serbia accused Kosovo of provoking clashes.', 'Serbia ACCUSES Kosovo'],
  ['DEMANDS', 'Lithuania demanded that Belarus close the border crossing.', 'Lithuania DEMANDS Belarus'],
  ['THREATENS', 'North Korea threatened South Korea with retaliation.', 'North Korea THREATENS South Korea'],
  ['REDUCES_TIES_WITH', 'Ecuador severed diplomatic ties with Mexico after the raid.', 'Ecuador REDUCES_TIES_WITH Mexico'],
  ['SANCTIONS', 'Canada imposed new sanctions on Belarus.', 'Canada SANCTIONS Belarus'],
  ['ATTACKS', 'Russia attacked Ukraine with drones overnight.', 'Russia ATTACKS Ukraine'],
  ['MEMBER_OF', 'Finland joined NATO in 2023.', 'Finland MEMBER_OF NATO'],
  ['PROPOSED_FOR', 'Diplomats urged the council to include Bosnia in the European Union.', 'Bosnia and Herzegovina PROPOSED_FOR European Union'],
  ['OFFICIAL_OF', 'Kenyan President William Ruto spoke on Monday.', 'William Ruto OFFICIAL_OF Kenya'],
  ['LOCATED_IN', 'Thousands of Kurds now live in Sweden.', 'Kurds LOCATED_IN Sweden'],
  ['PART_OF', 'Brazil’s foreign ministry issued a statement.', 'Ministry of Foreign Affairs (Brazil) PART_OF Brazil'],
  ['BORDERS', 'Mongolia borders China to the south.', 'Mongolia BORDERS China'],
];

describe('relation rules', () => {
  it.each(TYPE_CASES)('%s', (_type, sentence, expected) => expectTriple(sentence, expected));

  it('has a sentence for every relation type of the vocabulary', () => {
    expect(TYPE_CASES.map(([type]) => type).sort()).toEqual([...RELATION_TYPE_NAMES].sort());
  });

  it.each([
    ['two countries that share a border', 'Chile and Argentina share a long border in the Andes.', 'Argentina BORDERS Chile'],
    ['an ambassador named inside the trigger', 'Sweden expelled Iran’s ambassador after the plot was uncovered.', 'Sweden REDUCES_TIES_WITH Iran'],
    ['a coordinated subject before "agreed to"', 'Saudi Arabia and Iran agreed to restore diplomatic relations in March.', 'Iran NORMALIZES_WITH Saudi Arabia'],
    ['blacklisting', 'The United States blacklisted three Venezuelan banks and Venezuela itself.', 'United States SANCTIONS Venezuela'],
    ['airstrikes against', 'The United States carried out airstrikes against Yemen.', 'United States ATTACKS Yemen'],
    ['a cooperation agreement signed by two states', 'Ghana and Togo signed a defence cooperation agreement.', 'Ghana COOPERATES_WITH Togo'],
    ['a trade agreement signed with another state', 'Canada signed a trade agreement with Mexico on Monday.', 'Canada COOPERATES_WITH Mexico'],
    ['the nearest actor before an infinitive', 'Analysts counted the drones Russia used to strike Ukraine.', 'Russia ATTACKS Ukraine'],
    ['officials named by a demonym', 'Indian and Chinese commanders met on Sunday.', 'China MEETS_WITH India'],
    ['an ally in apposition', 'Serbia, a close ally of Russia, abstained.', 'Russia ALLIED_WITH Serbia'],
    ['the antecedent of a relative clause', 'Latvia and Estonia, which border Russia, raised their defence budgets.', 'Latvia BORDERS Russia'],
    ['a city standing for its state named in the article', 'Turkey criticized Israel and recalled its ambassador from Tel Aviv.', 'Turkey REDUCES_TIES_WITH Israel'],
    ['a demonym naming the condemned state', 'Norway condemned the Russian invasion.', 'Norway ACCUSES Russia'],
  ])('reads %s', (_what, sentence, expected) => expectTriple(sentence, expected));

  it('swaps arguments in the passive voice', () => {
    expect(triples('Armenia was accused by Azerbaijan of shelling the border.')).toContain('Azerbaijan ACCUSES Armenia');
  });

  it('distributes a relation over coordinated actors', () => {
    const found = triples('France and Germany sanctioned Iran.');
    expect(found).toEqual(expect.arrayContaining(['France SANCTIONS Iran', 'Germany SANCTIONS Iran']));
  });

  it('respects negation', () => {
    expect(triples('Italy did not sanction Libya.')).not.toContain('Italy SANCTIONS Libya');
  });

  it('does not read a call for lifting sanctions as lifting them: it is a proposal', () => {
    const easing = extract('Hungary called for lifting sanctions on Russia.').relations.filter((r) => r.type === 'EASES_SANCTIONS');
    expect(easing.map((r) => r.status)).toEqual(['proposed']);
  });

  it('turns a proposed membership into PROPOSED_FOR, not MEMBER_OF', () => {
    const found = triples('Analysts say Ukraine could join NATO within a decade.');
    expect(found).toContain('Ukraine PROPOSED_FOR NATO');
    expect(found).not.toContain('Ukraine MEMBER_OF NATO');
  });

  it('resolves "the country" and "its" to the country just named', () => {
    expect(triples('Oman hosted talks. The country also praised Kuwait.')).toContain('Oman SUPPORTS Kuwait');
  });

  it('attaches evidence with offsets, class and date', () => {
    const text = 'Quiet week. Norway supplies Germany with natural gas.';
    const relation = extract(text).relations.find((r) => r.type === 'SUPPLIES');
    expect(relation).toMatchObject({ class: 'material-cooperation', commodity: 'natural gas', date: '2025-03-01' });
    expect(text.slice(relation!.start, relation!.end)).toBe(relation!.evidence);
  });
});

describe('output invariants on the real dev articles', () => {
  // ../shared/eval/dev holds real articles kept outside the repository (CI clones it beside).
  const dev = join(PROJECT_ROOT, '..', 'shared', 'eval', 'dev');
  const files = existsSync(dev) ? readdirSync(dev).filter((f) => f.endsWith('.txt')) : [];

  it.runIf(files.length > 0)('makes every relation end and event party an entity of the output and every offset point at its text', () => {
    for (const file of files) {
      const [article] = parseContent(readFileSync(join(dev, file), 'utf8'), file);
      if (!article) throw new Error(`${file}: no article`);
      const result = extractArticle(article);
      const ids = new Set(result.entities.map((e) => e.id));
      const names = new Set(result.entities.map((e) => e.name));
      for (const r of result.relations) {
        expect(ids.has(r.sourceId) && ids.has(r.targetId), `${file}: ${r.source} ${r.type} ${r.target}`).toBe(true);
        expect(names.has(r.source) && names.has(r.target)).toBe(true);
        expect(article.text.slice(r.start, r.end)).toBe(r.evidence);
      }
      for (const e of result.entities) for (const m of e.mentions) expect(article.text.slice(m.start, m.end)).toBe(m.text);
      for (const e of result.events ?? []) {
        expect([e.instrumentId, ...e.actorIds].every((id) => id === undefined || ids.has(id)), `${file}: ${e.kind} event`).toBe(true);
        expect(article.text.slice(e.start, e.end)).toBe(e.evidence);
      }
    }
  });
});
