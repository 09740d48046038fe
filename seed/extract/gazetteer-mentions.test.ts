import { describe, expect, it } from 'vitest';
import { recognize } from './recognize.ts';
import { entities, extract } from './testing.ts';
import { splitSentences } from './tokenize.ts';

/** "text of the mention → Type:Name (role)" for every mention of a text. */
const mentions = (text: string) =>
  recognize(splitSentences(text), text).mentions.flat().map((m) => `${m.text} → ${m.entity.type}:${m.entity.name} (${m.role})`);

describe('gazetteer mentions', () => {
  it('reads a capital after a preposition of place as the city, otherwise as its government', () => {
    expect(mentions('Ottawa protested. The envoy flew to Ottawa.')).toEqual(['Ottawa → Country:Canada (actor)', 'Ottawa → Place:Ottawa (place)']);
    expect(mentions('He was on his way back from Lima.')).toContain('Lima → Place:Lima (place)');
  });

  it('reads a capital as the city after a place noun or a move from one place to another', () => {
    expect(mentions('Talks opened in the Kenyan capital Nairobi.')).toContain('Nairobi → Place:Nairobi (place)');
    expect(mentions('Crowds gathered in Peru’s capital, Lima.')).toContain('Lima → Place:Lima (place)');
    expect(mentions('Chile will move its embassy from Santiago to Lima.')).toEqual(expect.arrayContaining(['Santiago → Place:Santiago (place)', 'Lima → Place:Lima (place)']));
  });

  it('reads a capital that names an agreement as the city, and a name after "the" as no person', () => {
    expect(mentions('Both sides honoured the Lima agreement.')).toContain('Lima → Place:Lima (place)');
    expect(entities('Ships sailed on the Sara Vintner river.')).not.toContain('Person:Sara Vintner');
  });

  it('reads a bare "Congo" and "Congolese" as the Democratic Republic, as news style guides do; the smaller state by its full names', () => {
    expect(entities('Congo closed its border after Congolese troops withdrew.')).toEqual(['Country:Democratic Republic of the Congo']);
    expect(entities('Gabon met envoys of the Republic of Congo and of Congo-Brazzaville.')).toEqual(expect.arrayContaining(['Country:Republic of the Congo']));
    expect(entities('Gabon met envoys of the Republic of Congo and of Congo-Brazzaville.')).not.toContain('Country:Democratic Republic of the Congo');
  });

  it('reads a known leader\'s surname that opens another name as that other person', () => {
    // Gustavo Petro is in the leaders list; "Petro" is also a given name.
    expect(entities('The envoy met Ukrainian Senator Petro Vashchenko in Kyiv.')).toContain('Person:Petro Vashchenko');
    expect(entities('The envoy met Ukrainian Senator Petro Vashchenko in Kyiv.')).not.toContain('Person:Gustavo Petro');
    expect(entities('Colombia’s president, Petro, spoke.')).toContain('Person:Gustavo Petro');
  });

  it('knows religious communities and stateless peoples as groups', () => {
    expect(entities('Hindus, Sikhs and Yazidis fled the shelling; Tamils protested.')).toEqual(expect.arrayContaining(['Group:Hindus', 'Group:Sikhs', 'Group:Yazidis', 'Group:Tamils']));
  });

  it('gives cities and provinces of the place table their country and coordinates', () => {
    const place = extract('Floods hit Gujarat and the city of Surat in India.').entities.find((e) => e.name === 'Surat');
    expect(place).toMatchObject({ type: 'Place', country: 'IN' });
    expect(place?.latitude).toBeCloseTo(21.2, 0);
  });

  it('gives a curated place the coordinates the place table lists for it (for the map)', () => {
    const place = extract('The delegation landed in Haifa on Monday.').entities.find((e) => e.name === 'Haifa');
    expect(place).toMatchObject({ type: 'Place', country: 'IL' });
    expect(place?.latitude).toBeCloseTo(32.8, 0);
    expect(place?.longitude).toBeCloseTo(35.0, 0);
  });

  it('takes a small town of the table only in an article about its country', () => {
    // Kapan is a town in Armenia; without Armenia named it stays unknown.
    expect(entities('Trucks reached Kapan on Monday.')).not.toContain('Place:Kapan');
    expect(entities('Trucks reached Kapan, in southern Armenia, on Monday.')).toContain('Place:Kapan');
  });

  it('does not read a city inside a person’s name', () => {
    expect(entities('Santiago Alvear spoke first.')).not.toContain('Country:Chile');
  });

  it('reads an upper-case dateline as a place', () => {
    expect(mentions('LIMA — The talks ended.')).toContain('LIMA → Place:Lima (place)');
    expect(mentions('QUITO: The talks ended.')).toContain('QUITO → Place:Quito (place)');
    expect(mentions('SANTIAGO. May 2 (Agency) - The talks ended.')).toContain('SANTIAGO → Place:Santiago (place)');
  });

  it('reads the city where a body is based as a place, not its government', () => {
    expect(mentions('The Lima-based group met.')).toEqual(['Lima → Place:Lima (place)']);
    expect(mentions('A Lima-backed group met.')).toEqual(['Lima → Country:Peru (modifier)']);
  });

  it('splits hyphenated compounds into countries, acting or qualifying', () => {
    expect(mentions('The Peru-Chile border is quiet.')).toEqual(['Peru → Country:Peru (actor)', 'Chile → Country:Chile (actor)']);
    expect(mentions('An Iran-backed militia fired.')).toEqual(['Iran → Country:Iran (modifier)']);
  });

  it('reads a given name spelled another way as part of a known person’s name', () => {
    expect(mentions('Sergei Lavrov met the envoy.')).toEqual(['Sergei Lavrov → Person:Sergey Lavrov (actor)']);
    expect(mentions('Meanwhile Lavrov met the envoy.')).toEqual(['Lavrov → Person:Sergey Lavrov (actor)']);
  });

  it('reads a name of two words on either side of a hyphen', () => {
    expect(mentions('The Peru-North Korea pact was signed.')).toEqual(['Peru → Country:Peru (actor)', 'North Korea → Country:North Korea (actor)']);
    expect(mentions('The South Korea-Chile pact was signed.')).toEqual(['South Korea → Country:South Korea (actor)', 'Chile → Country:Chile (actor)']);
  });

  it('reads a demonym as the country acting when it heads officials, troops or a government', () => {
    expect(mentions('Chilean officials met Peruvian wine makers.')).toEqual(['Chilean → Country:Chile (actor)', 'Peruvian → Country:Peru (modifier)']);
  });

  it('reads "to" as a place only after motion, and a capital with a possessive as its government', () => {
    expect(mentions('The envoy flew to Lima.')).toContain('Lima → Place:Lima (place)');
    expect(mentions('The march on Lima failed.')).toContain('Lima → Place:Lima (place)');
    expect(mentions('The rebels surrendered to Lima.')).toContain('Lima → Country:Peru (actor)');
    expect(mentions('He spoke of an end to Lima’s campaign.')).toContain('Lima → Country:Peru (actor)');
  });

  it('reads the people of a country as a group, and the plural as the state when it acts', () => {
    expect(mentions('Chilean citizens living abroad voted.')).toContain('Chilean citizens → Group:Chileans (actor)');
    expect(mentions('The Peruvians said the border stays open.')).toContain('Peruvians → Country:Peru (actor)');
    expect(mentions('Ethnic Peruvians live there.')).toContain('Peruvians → Group:Peruvians (actor)');
  });

  it('needs context for names that are also people or states', () => {
    expect(entities('Michael Jordan visited the stadium.')).not.toContain('Country:Jordan');
    expect(entities('Jordan closed its border after Amman received reports.')).toContain('Country:Jordan');
  });
});

describe('communities named by their adjective', () => {
  it('names the group before a noun for its people, and nothing before other nouns', () => {
    expect(entities('Ankara struck Kurdish fighters near the border.')).toContain('Group:Kurds');
    expect(entities('Police detained Sikh activists in Delhi.')).toContain('Group:Sikhs');
    expect(entities('Ankara struck Kurdish fighters near the border.')).not.toContain('Organization:Kurdish');
    expect(entities('Chile is a Catholic country.')).not.toContain('Group:Catholics');
  });
});
