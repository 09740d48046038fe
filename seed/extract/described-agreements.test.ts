import { describe, expect, it } from 'vitest';
import { extract } from './testing.ts';

const agreements = (text: string) =>
  extract(text).entities.filter((e) => e.type === 'Agreement' || e.type === 'Legislation').map((e) => ({ name: e.name, id: e.id, aliases: e.aliases }));

describe('agreements named by a common noun phrase', () => {
  it('names one as the article does and identifies it by the parties of the clause', () => {
    const [found] = agreements('Peru and Chile signed a new border treaty on Monday.');
    expect(found?.name).toBe('border treaty');
    expect(found?.aliases).toContain('Chile–Peru border treaty');
    expect(found?.id).toBe('agreement:chile-peru-border-treaty');
  });

  it('finds the parties after "with" and in titled people', () => {
    expect(agreements('Ghana signed a security pact with Togo.')[0]?.aliases).toContain('Ghana–Togo security pact');
    expect(agreements('Kenyan President Musa Odhiambo and Ugandan President Ruth Akello signed a water accord.')[0]?.aliases).toContain('Kenya–Uganda water accord');
  });

  it('gives the same id to one agreement whichever party comes first', () => {
    const a = agreements('Chile signed a fisheries agreement with Peru.')[0]?.id;
    expect(a).toBeDefined();
    expect(agreements('Peru and Chile signed a fisheries agreement.')[0]?.id).toBe(a);
  });

  it('keeps a leading year, a memorandum of understanding and a sanctions package', () => {
    expect(agreements('Both sides violated the 2019 ceasefire agreement.').map((a) => a.name)).toEqual(['2019 ceasefire agreement']);
    expect(agreements('Mali signed a memorandum of understanding with Niger.').map((a) => a.name)).toEqual(['memorandum of understanding']);
    expect(extract('Canada adopted its 5th sanctions package against Belarus.').entities.map((e) => `${e.type}:${e.name}`)).toContain('Legislation:5th sanctions package against Belarus');
  });

  it('gives a phrase without parties an id of its article, so that two articles do not share it', () => {
    const one = extract('Talks on the implementation annex stalled.').entities.find((e) => e.type === 'Agreement');
    const other = extract('Nobody has read the implementation annex yet.').entities.find((e) => e.type === 'Agreement');
    expect(one?.name).toBe('implementation annex');
    expect(other?.name).toBe('implementation annex');
    expect(one?.id).not.toBe(other?.id);
  });

  it('leaves out a bare "deal" and a capitalized name', () => {
    expect(agreements('Chile and Peru signed the deal on Monday.')).toEqual([]);
    expect(agreements('Chile and Peru signed the Lima Accord on Monday.').map((a) => a.name)).toEqual(['Lima Accord']);
  });
});
