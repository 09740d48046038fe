import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.ts';

/** "kind instrument by actors [status] @ date" for each event of a text of our own. */
const events = (text: string, published = '2025-03-12') =>
  (extractArticle({ title: 'test', text, published }).events ?? []).map(
    (e) => `${e.kind}${e.instrument ? ` ${e.instrument}` : ''}${e.actors.length ? ` by ${e.actors.join(' & ')}` : ''} [${e.status}]${e.eventDate ? ` @ ${e.eventDate}` : ''}`,
  );

describe('instrument lifecycle: one verb family per kind, with who did it and when', () => {
  it.each([
    ['proposed', 'Senator Ana Ruiz introduced the Coastal Protection Act in March 2011.', 'proposed Coastal Protection Act by Ana Ruiz [asserted] @ 2011-03'],
    ['signed', 'Chile and Peru signed the Andean Trade Accord in 1994.', 'signed Andean Trade Accord by Chile & Peru [asserted] @ 1994'],
    ['signed, passive with its agents', 'The Andean Trade Accord was signed by Chile and Peru in 1994.', 'signed Andean Trade Accord by Chile & Peru [asserted] @ 1994'],
    ['signed, as a noun', 'The signing of the Andean Trade Accord by Chile and Peru in 1994 ended a long dispute.', 'signed Andean Trade Accord by Chile & Peru [asserted] @ 1994'],
    ['signed into law', 'Signed into law by President Ana Ruiz, the Coastal Protection Act took effect in 2012.', 'signed Coastal Protection Act by Ana Ruiz [asserted]'],
    ['ratified', 'Chile ratified the Andean Trade Accord last year.', 'ratified Andean Trade Accord by Chile [asserted] @ 2024'],
    ['ratified, as a possessive noun', 'Peru’s ratification of the Andean Trade Accord came in 1995.', 'ratified Andean Trade Accord by Peru [asserted] @ 1995'],
    ['passed (a law)', 'Congress passed the Coastal Protection Act in 2011.', 'ratified Coastal Protection Act by United States Congress [asserted] @ 2011'],
    ['entered into force', 'The Andean Trade Accord entered into force on 1 January 1996.', 'in-force Andean Trade Accord [asserted] @ 1996-01-01'],
    ['in force since', 'The Andean Trade Accord has been in force since 1996.', 'in-force Andean Trade Accord [asserted] @ 1996'],
    ['suspended', 'Peru suspended the Andean Trade Accord on Monday.', 'suspended Andean Trade Accord by Peru [asserted] @ 2025-03-10'],
    ['waived', 'The president waived the Coastal Protection Act in 2014.', 'waived Coastal Protection Act [asserted] @ 2014'],
    ['extended', 'Peru and Chile extended the Andean Trade Accord in 2006.', 'extended Andean Trade Accord by Peru & Chile [asserted] @ 2006'],
    ['withdrawn from', 'Chile withdrew from the Andean Trade Accord in 2019.', 'withdrawn Andean Trade Accord by Chile [asserted] @ 2019'],
    ['withdrawn from, as a possessive noun', 'Chile’s withdrawal from the Andean Trade Accord angered Peru.', 'withdrawn Andean Trade Accord by Chile [asserted]'],
    ['expired', 'The Andean Trade Accord expired in 2020.', 'expired Andean Trade Accord [asserted] @ 2020'],
    ['repealed', 'Congress repealed the Coastal Protection Act in 2015.', 'repealed Coastal Protection Act by United States Congress [asserted] @ 2015'],
    ['repealed, as a noun', 'The repeal of the Coastal Protection Act in 2015 surprised Chile.', 'repealed Coastal Protection Act [asserted] @ 2015'],
  ])('%s', (_, text, expected) => {
    expect(events(text)).toContain(expected);
  });

  it('reads each verb of a sentence with its own time', () => {
    expect(events('The Andean Trade Accord, signed in 1994, entered into force in 1996.')).toEqual([
      'signed Andean Trade Accord [asserted] @ 1994',
      'in-force Andean Trade Accord [asserted] @ 1996',
    ]);
  });

  it('drops what the sentence says did not happen', () => {
    for (const text of [
      'Chile did not ratify the Andean Trade Accord.',
      'Chile has yet to ratify the Andean Trade Accord.',
      'Chile refused to sign the Andean Trade Accord.',
      'Chile failed to ratify the Andean Trade Accord in 2019.',
      'Chile never withdrew from the Andean Trade Accord.',
      'Chile has not yet signed the Andean Trade Accord.',
    ]) {
      expect(events(text), text).toEqual([]);
    }
  });

  it('keeps a plan, a call or a future act as proposed, not done', () => {
    expect(events('Chile plans to withdraw from the Andean Trade Accord.')).toEqual(['withdrawn Andean Trade Accord by Chile [proposed]']);
    expect(events('Chile will ratify the Andean Trade Accord next month.')).toEqual(['ratified Andean Trade Accord by Chile [proposed] @ 2025-04']);
    expect(events('Peru called for the repeal of the Coastal Protection Act.')).toEqual(['repealed Coastal Protection Act [proposed]']);
    expect(events('Chile and Peru agreed to sign the Andean Trade Accord.')).toEqual(['signed Andean Trade Accord by Chile & Peru [proposed]']);
    expect(events('The expected signing of the Andean Trade Accord drew protests in Lima.')).toEqual(['signed Andean Trade Accord [proposed]']);
    // Said by someone, a plan is still a plan.
    expect(events('The Andean Trade Accord will be signed in Lima, the minister said.')).toEqual(['signed Andean Trade Accord [proposed]']);
  });

  it('keeps who says so: attributed and hedged', () => {
    expect(events('Peru said Chile had withdrawn from the Andean Trade Accord.')).toEqual(['withdrawn Andean Trade Accord by Chile [attributed]']);
    expect(events('Chile reportedly suspended the Andean Trade Accord.')).toEqual(['suspended Andean Trade Accord by Chile [hedged]']);
  });

  it('needs the instrument as the object: an act under an agreement is not the agreement’s', () => {
    expect(events('The Andean Trade Accord is old. Chile suspended patrols under the accord in 2019.')).toEqual([]);
  });
});

describe('ceasefires and peace between two parties', () => {
  it.each([
    ['agreed', 'Chile and Peru agreed to a ceasefire on Monday.', 'ceasefire by Chile & Peru [asserted] @ 2025-03-10'],
    ['brokered by a third party, who is not a party', 'Qatar brokered a truce between Chad and Niger in 2021.', 'ceasefire by Niger & Chad [asserted] @ 2021'],
    ['a peace agreement signed (the agreement, named by a common noun, is its instrument)', 'Chad and Niger signed a peace agreement in 2022.', 'peace peace agreement by Niger & Chad [asserted] @ 2022'],
    ['a ceasefire between two parties that took effect', 'A ceasefire between Chad and Niger took effect in May 2021.', 'ceasefire by Niger & Chad [asserted] @ 2021-05'],
    ['leaders sign for their states', 'President Ana Ruiz of Chile and President Luis Paredes of Peru signed a peace treaty in 1999.', 'peace peace treaty by Chile & Peru [asserted] @ 1999'],
  ])('%s', (_, text, expected) => {
    expect(events(text)).toContain(expected);
  });

  it('is not a ceasefire when it is violated, called for, refused or only talked about', () => {
    for (const text of [
      'Chile accused Peru of violating the ceasefire.',
      'Chile called for a ceasefire with Peru.',
      'Chile refused to agree to a ceasefire with Peru.',
      'Chile and Peru held talks on a ceasefire.',
      'Chile and Peru failed to reach a peace agreement.',
    ]) {
      expect(events(text), text).toEqual([]);
    }
  });
});
