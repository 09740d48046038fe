import { describe, expect, it } from 'vitest';
import { canonical, extract } from './testing.ts';

/** The status, attribution and confidence of one relation a text states. */
function claim(text: string, triple: string) {
  const [source = '', type = '', target = ''] = triple.split(/ ([A-Z_]{5,}) /);
  const found = extract(text).relations.find((r) => canonical(r.source, r.type, r.target) === canonical(source, type, target));
  if (!found) throw new Error(`no ${triple} in: ${text}`);
  return { status: found.status, attributedTo: found.attributedTo, confidence: found.confidence };
}

describe('claims: who says it and how sure', () => {
  it('reads what the outlet states as asserted', () => {
    expect(claim('Norway supplies Germany with natural gas.', 'Norway SUPPLIES Germany')).toEqual({ status: 'asserted', attributedTo: undefined, confidence: 0.7 });
  });

  it('attributes a claim to the named source that makes it, before or after', () => {
    expect(claim('Chile said Peru had massed troops near the Chilean border.', 'Peru THREATENS Chile')).toMatchObject({ status: 'attributed', attributedTo: 'Chile' });
    expect(claim('Peru has expelled Bolivia’s ambassador, Foreign Minister Ana Silva of Chile said.', 'Peru REDUCES_TIES_WITH Bolivia')).toMatchObject({ status: 'attributed', attributedTo: 'Ana Silva' });
    expect(claim('Peru’s foreign ministry said Bolivia had recalled its envoy from Chile.', 'Bolivia REDUCES_TIES_WITH Chile')).toMatchObject({ status: 'attributed', attributedTo: 'Ministry of Foreign Affairs (Peru)' });
  });

  it('does not take a reporting verb in a later clause for the source, and takes the speaker nearest the verb', () => {
    expect(claim('Ana Rojas visited Peru last week, where she announced a trade plan.', 'Ana Rojas VISITED Peru')).toMatchObject({ status: 'asserted' });
    expect(claim('At a meeting with Foreign Minister Luis Paredes, President Ana Rojas said the talks went well.', 'Ana Rojas MEETS_WITH Luis Paredes')).toMatchObject({ status: 'attributed', attributedTo: 'Ana Rojas' });
  });

  it('takes the source of "according to" before the comma, not the subject after it', () => {
    expect(claim('According to diplomats, Chile supplied drones to Peru.', 'Chile SUPPLIES Peru')).toMatchObject({ status: 'hedged', attributedTo: 'diplomats' });
  });

  it('reads "May" capitalized as the month, not as a hedge', () => {
    expect(claim('President Ana Rojas, who visited Lima in May, criticised Peru’s approach.', 'Ana Rojas ACCUSES Peru')).toMatchObject({ status: 'asserted' });
  });

  it('does not take a noun spelled like a reporting verb for one', () => {
    expect(claim('Chile and the Baltic states have called on NATO to send more troops.', 'Chile APPEALS_TO NATO')).toMatchObject({ status: 'asserted' });
  });

  it('attributes a claim to an outlet it is reported by', () => {
    expect(claim('Kenya supplied Uganda with fuel, according to Reuters.', 'Kenya SUPPLIES Uganda')).toMatchObject({ status: 'attributed', attributedTo: 'Reuters' });
  });

  it('hedges what unnamed sources say or what is only believed', () => {
    expect(claim('Western officials say Iran supplied Russia with drones.', 'Iran SUPPLIES Russia')).toMatchObject({ status: 'hedged', attributedTo: 'Western officials' });
    expect(claim('Iran reportedly supplied Russia with drones.', 'Iran SUPPLIES Russia')).toMatchObject({ status: 'hedged' });
    expect(claim('Iran is believed to have supplied Russia with drones.', 'Iran SUPPLIES Russia')).toMatchObject({ status: 'hedged' });
    expect(claim('Kenya supplied Uganda with fuel, according to diplomatic sources.', 'Kenya SUPPLIES Uganda')).toMatchObject({ status: 'hedged', attributedTo: 'diplomatic sources' });
  });

  it('marks what is planned or called for as proposed', () => {
    expect(claim('Kazakhstan is expected to join the Abraham Accords.', 'Kazakhstan PROPOSED_FOR Abraham Accords')).toMatchObject({ status: 'proposed' });
    expect(claim('Peru plans to restore diplomatic relations with Bolivia.', 'Bolivia NORMALIZES_WITH Peru')).toMatchObject({ status: 'proposed' });
    expect(claim('Brazil offered to host talks between Chile and Peru.', 'Brazil MEDIATES Chile')).toMatchObject({ status: 'proposed' });
  });

  it('keeps a denied relation as denied, with who denies it', () => {
    expect(claim('Iran denied supplying drones to Russia.', 'Iran SUPPLIES Russia')).toMatchObject({ status: 'denied', attributedTo: 'Iran' });
    expect(claim('Chile rejected claims that it supplied arms to Peru.', 'Chile SUPPLIES Peru')).toMatchObject({ status: 'denied', attributedTo: 'Chile' });
  });

  it('gives a claim less confidence than a fact', () => {
    const fact = claim('Iran supplied Russia with drones.', 'Iran SUPPLIES Russia').confidence;
    const hedged = claim('Iran reportedly supplied Russia with drones.', 'Iran SUPPLIES Russia').confidence;
    const attributed = claim('Ukraine said Iran supplied Russia with drones.', 'Iran SUPPLIES Russia').confidence;
    expect(hedged).toBeLessThan(attributed);
    expect(attributed).toBeLessThan(fact);
  });

  it('reads a speech act that is itself the relation as asserted', () => {
    expect(claim('Chile accused Peru of violating the treaty.', 'Chile ACCUSES Peru')).toMatchObject({ status: 'asserted' });
  });

  it('records a call for an act as proposed and drops what is negated', () => {
    const relations = extract('Hungary called for lifting sanctions on Russia. Italy did not sanction Libya.').relations;
    expect(relations.filter((r) => r.type === 'EASES_SANCTIONS').map((r) => r.status)).toEqual(['proposed']);
    expect(relations.filter((r) => r.type === 'SANCTIONS')).toEqual([]);
  });
});
