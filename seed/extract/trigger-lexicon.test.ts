import { describe, expect, it } from 'vitest';
import { TRIGGER_WORDS } from './generated/triggers.ts';
import { RULES } from './rules.ts';
import { expectNoTriple, expectTriple, extract } from './testing.ts';

const ruleOf = (text: string, triple: string) => extract(text).relations.find((r) => `${r.source} ${r.type} ${r.target}` === triple)?.rule;

describe('triggers from the WordNet lexicon', () => {
  it('generates every inflection of the seed senses and their hyponyms', () => {
    const attacks = TRIGGER_WORDS.ATTACKS!.verbs.split('|');
    expect(attacks).toEqual(expect.arrayContaining(['bombard', 'bombarded', 'bombarding', 'besieged', 'overran', 'overrun', 'strafed']));
    // Left out by hand, with the reason in scripts/lexicon/trigger-seeds.ts.
    expect(attacks).not.toContain('pepper');
    expect(TRIGGER_WORDS.IN_TENSION_WITH!.nouns.split('|')).toEqual(expect.arrayContaining(['spat', 'spats', 'rift', 'feud', 'squabble']));
  });

  it('leaves to a hand-written rule every word it already reads', () => {
    const lexiconAccuses = RULES.find((r) => r.id === 'lexicon-accuses-verb')!;
    lexiconAccuses.trigger.lastIndex = 0;
    expect(lexiconAccuses.trigger.test('accused')).toBe(false);
    lexiconAccuses.trigger.lastIndex = 0;
    expect(lexiconAccuses.trigger.test('lambasted')).toBe(true);
  });

  it('reads a verb of the lexicon with the verb frame', () => {
    expectTriple('Chad bombarded Niger on Monday night.', 'Chad ATTACKS Niger');
    expect(ruleOf('Chad bombarded Niger on Monday night.', 'Chad ATTACKS Niger')).toBe('lexicon-attacks-verb');
    expectTriple('Ghana lambasted Togo over the border closure.', 'Ghana ACCUSES Togo');
    expectTriple('Peru has quarrelled with Chile over fishing rights.', 'Peru IN_TENSION_WITH Chile');
  });

  it('reads an event noun with the agent tied to it, never a name elsewhere in the clause', () => {
    expectTriple('Officials counted the losses of the Kenyan incursion into Somalia.', 'Kenya ATTACKS Somalia');
    expectTriple('Kenya launched an incursion into Somalia last year.', 'Kenya ATTACKS Somalia');
    expectTriple('Peru is locked in a bitter spat with Chile.', 'Peru IN_TENSION_WITH Chile');
    expectNoTriple('Brazil watched a fresh incursion into Somalia.', 'Brazil ATTACKS Somalia');
  });

  it('does not read a verb form after a determiner as a verb', () => {
    expectNoTriple('Peru cancelled the consulting of Chile.', 'Peru MEETS_WITH Chile');
  });
});

describe('event nouns with their agent after them', () => {
  it('reads "threats from X" with X as the agent, and the one who faces them as the target', () => {
    expectTriple('Chile is facing growing threats from Bolivia.', 'Bolivia THREATENS Chile');
    expectNoTriple('Chile is facing growing threats from Bolivia.', 'Chile THREATENS Bolivia');
  });
});

describe('doers of the lexicon', () => {
  it('reads a doer noun as a predicate or an apposition of its subject', () => {
    expectTriple('Ana Rivas, who has long been a fierce critic of Bolivia, won the vote.', 'Ana Rivas ACCUSES Bolivia');
    expectTriple('Chile is the largest supplier of copper to China.', 'Chile SUPPLIES China');
  });

  it('does not give a doer noun to a subject it is not said of', () => {
    expectNoTriple('Peru invited the critics of Bolivia to Lima.', 'Peru ACCUSES Bolivia');
  });
});
