import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.ts';
import { expectNoTriple, triples } from './testing.ts';

const organizations = (text: string) =>
  extractArticle({ title: 't', text }).entities.filter((e) => e.type === 'Organization').map((e) => e.name);

describe('state bodies named by description, under their canonical names', () => {
  it.each([
    ['a possessive and a ministry', 'Peru’s foreign ministry issued a note on Monday.', 'Ministry of Foreign Affairs (Peru)'],
    ['a demonym and a ministry of a field', 'The Kenyan health ministry counted the cases.', 'Ministry of Health (Kenya)'],
    ['a ministry after "of"', 'The Foreign Affairs Ministry of Chile replied.', 'Ministry of Foreign Affairs (Chile)'],
    ['a country whose ministry has a title of its own', 'Germany’s foreign ministry summoned the envoy.', 'Federal Foreign Office'],
    ['the military by a demonym', 'The Thai military said it had returned fire.', 'Royal Thai Armed Forces'],
    ['the military by a possessive', 'Kenya’s military said two soldiers were hurt.', 'Kenya Defence Forces'],
    ['the military by the pattern of its kind', 'The Chadian military denied the report.', 'Chadian Armed Forces'],
    ['a coast guard in the plural', 'Chinese coastguards blocked two fishing boats.', 'China Coast Guard'],
    ['an air force', 'Jets of the Turkish air force struck the camps.', 'Turkish Air Force'],
    ['a parliament by its capital', 'Tehran’s parliament approved the bill.', 'Islamic Consultative Assembly'],
    ['the country’s parliament', 'Peru held a vote. The country’s parliament approved the bill.', 'Congress of the Republic of Peru'],
    ['the country’s ministry, the country named in the sentence', 'Germany will expel two diplomats, the country’s foreign ministry said.', 'Federal Foreign Office'],
    ['the foreign ministry of the country named last', 'Chile recalled its envoy. The foreign ministry said talks had failed.', 'Ministry of Foreign Affairs (Chile)'],
    ['a general staff', 'Ukraine’s General Staff said 40 drones were downed.', 'General Staff of the Armed Forces of Ukraine'],
    ['a central bank by its title', 'Japan’s central bank raised rates.', 'Bank of Japan'],
    ['a central bank by the pattern', 'Kenya’s central bank raised rates.', 'Central Bank of Kenya'],
    ['an embassy in a city', 'Kenya’s embassy in Lima will open in May.', 'Embassy of Kenya in Lima'],
    ['a United States embassy as its title names it', 'Protesters gathered outside the US embassy in Nairobi.', 'Embassy of the United States, Nairobi'],
    ['an embassy with the city right after', 'The talks took place at the US Embassy Lima.', 'Embassy of the United States, Lima'],
    ['a bare embassy of the country named last that is not its host', 'Peru expelled Chile’s consul. Visas at the embassy in Lima were suspended.', 'Embassy of Chile in Lima'],
    ['a court every state has, by a possessive', 'Kenya’s Supreme Court upheld the vote.', 'Supreme Court of Kenya'],
    ['a court by a demonym, a country named with "the"', 'The Philippine Supreme Court heard the case.', 'Supreme Court of the Philippines'],
    ['a security council, not the UN’s, named by its secretary', 'Georgia’s Security Council secretary flew to Kyiv.', 'Security Council of Georgia'],
    ['an electoral commission in lower case', 'Malawi’s electoral commission delayed the count.', 'Electoral Commission of Malawi'],
    ['a national assembly as Wikipedia disambiguates it', 'Serbia’s National Assembly passed the budget.', 'National Assembly (Serbia)'],
    ['a congress that is not the United States’', 'Chile’s Congress rejected the reform.', 'National Congress of Chile'],
  ])('reads %s', (_what, text, name) => {
    expect(organizations(text)).toContain(name);
  });

  it('knows armed groups and outlets of a country as no state body, whatever their name says', () => {
    expectNoTriple('Sudan said the Rapid Support Forces attacked the town.', 'Rapid Support Forces PART_OF Sudan');
    expectNoTriple('Colombia said the National Liberation Army attacked the town.', 'National Liberation Army (Colombia) PART_OF Colombia');
    expectNoTriple('Russia denied the report by Interfax.', 'Interfax PART_OF Russia');
  });

  it('leaves a body word that qualifies a noun to the country', () => {
    expect(organizations('Chinese military drills began near the island on Monday.')).toEqual([]);
    expect(organizations('Chile said the military junta had fallen.')).toEqual([]);
  });

  it('gives a capitalized ministry or court named alone to the country named last, or to the body named so before', () => {
    expect(organizations('Peru repaid the loan early, Finance Ministry officials said.')).toEqual(['Ministry of Finance (Peru)']);
    expect(organizations('Kenya signed the deal. The Ministry of Mines, Energy and Water welcomed it.')).toEqual(['Ministry of Mines, Energy and Water (Kenya)']);
    expect(organizations('Kenya appealed. The Supreme Court will rule in May.')).toEqual(['Supreme Court of Kenya']);
    expect(organizations('Chile’s Foreign Ministry wrote to Peru. The Foreign Ministry letter was firm.')).toEqual(['Ministry of Foreign Affairs (Chile)']);
  });

  it('leaves a capitalized ministry alone where a regional government has ministries of its own', () => {
    expect(organizations('The Basque Regional Government met officials from Spain. The Ministry of Culture agreed.')).not.toContain('Ministry of Culture (Spain)');
  });

  it('reads a state’s capitalized government as the state', () => {
    expect(organizations('The Chilean Government protested. The Government of Peru replied.')).toEqual([]);
    expect(triples('The Chilean Government protested to the Government of Peru.')).toEqual(['Chile ACCUSES Peru']);
  });

  it('knows a state’s bodies by titles of their own, also without their closing country', () => {
    const text = 'The Royal Navy sent a ship. The Bolivarian National Armed Forces held drills.';
    expect(organizations(text)).toEqual(['Royal Navy', 'Bolivarian National Armed Forces of Venezuela']);
    expect(triples(`Britain and Venezuela argued. ${text}`)).toEqual(expect.arrayContaining(['Royal Navy PART_OF United Kingdom', 'Bolivarian National Armed Forces of Venezuela PART_OF Venezuela']));
  });

  it('does not give a bare army or military to the country named last', () => {
    expect(organizations('Peru protested to Chile. The army said it had crossed no border.')).toEqual([]);
  });

  it('folds two phrasings of one body into one entity', () => {
    const text = 'Egypt’s foreign ministry said the talks would resume. The Egyptian ministry of foreign affairs later confirmed it.';
    expect(organizations(text)).toEqual(['Ministry of Foreign Affairs (Egypt)']);
  });
});

describe('bodies whose own name holds their state', () => {
  it('are the state’s bodies, opened by a demonym or closed by "of" and the state', () => {
    expect(triples('Peru raised rates. The State Bank of Peru acted on Monday.')).toContain('State Bank of Peru PART_OF Peru');
    expect(triples('Tonga and Fiji met. The Tongan National Security Committee said the border was calm.')).toContain('Tongan National Security Committee PART_OF Tonga');
  });

  it('are not bodies of a state a place or a region is named after', () => {
    expect(triples('India protested. The Indian Ocean Commission met in Port Louis.')).not.toContain('Indian Ocean Commission PART_OF India');
  });
});

