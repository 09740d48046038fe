import { describe, expect, it } from 'vitest';
import { entities, expectNoTriple, expectTriple, extract, itYields, triples } from './testing.ts';

describe('structural relations stated by names, titles and noun phrases', () => {
  it.each([
    // offices
    ['a title with a demonym', 'Kenyan Foreign Minister Musa Odhiambo arrived.', ['Musa Odhiambo OFFICIAL_OF Kenya']],
    ['a title followed by "of"', 'President Lucia Ferro of Uruguay spoke.', ['Lucia Ferro OFFICIAL_OF Uruguay']],
    ['an ambassador to another state', 'Chilean Ambassador to the US Rafael Soto protested.', ['Rafael Soto OFFICIAL_OF Chile']],
    ['a role word before a name', 'The Harak Movement spokesman Adil Farouk denied it.', ['Adil Farouk OFFICIAL_OF Harak Movement']],
    ['a country’s person', 'Peru’s Marta Quispe will attend.', ['Marta Quispe OFFICIAL_OF Peru']],
    ['the staff of a person', 'Kenyan President Musa Odhiambo spoke. Odhiambo’s spokeswoman, Wanjiru Kamau, confirmed it.', ['Wanjiru Kamau OFFICIAL_OF Kenya']],
    ['an apposition with a body', 'Lena Sorensen, a senior fellow at the Nordic Policy Institute, disagreed.', ['Lena Sorensen OFFICIAL_OF Nordic Policy Institute']],
    ['a role phrase before an apposition', 'The UN envoy for Chad, Tomas Vintner, told the council the talks had failed.', ['Tomas Vintner OFFICIAL_OF United Nations']],
    ['a demonym that is also a given name, before a title', 'Philippine Foreign Secretary Ana Cruz told reporters the talks failed.', ['Ana Cruz OFFICIAL_OF Philippines']],
    ['a place in a sea', 'Ships collided near Karvel Reef in the South China Sea.', ['Karvel Reef LOCATED_IN South China Sea']],
    ['an ambassador named after the post', 'Chile’s ambassador to Peru, Ana Lopez, was summoned.', ['Ana Lopez OFFICIAL_OF Chile']],
    ['the one country of a sentence', 'The Polish government decided to act, Foreign Minister Jan Nowicki said.', ['Jan Nowicki OFFICIAL_OF Poland']],
    // bodies
    ['a state body', 'Peru’s foreign ministry issued a note.', ['Ministry of Foreign Affairs (Peru) PART_OF Peru']],
    ['a body of an organization', 'The Harak Movement’s Ministry of Finance paid the salaries.', ['Ministry of Finance PART_OF Harak Movement']],
    ['a state outlet', 'Officials told state news agency TASS that Russia would respond.', ['TASS PART_OF Russia']],
    ['a company by the demonym before its kind', 'The Chilean daily La Cuarta reported the deal.', ['La Cuarta LOCATED_IN Chile']],
    // locations
    ['an apposition', 'Talks took place in Mombasa, Kenya, on Friday.', ['Mombasa LOCATED_IN Kenya']],
    ['a group in a place', 'Fighters of Hamas in Gaza fired rockets.', ['Hamas LOCATED_IN Gaza Strip']],
    ['a country’s group', 'Lebanon’s Hezbollah warned Israel.', ['Hezbollah LOCATED_IN Lebanon']],
    ['regions of a country', 'Georgia lost the breakaway Georgian regions of Abkhazia and South Ossetia.', ['Abkhazia LOCATED_IN Georgia', 'South Ossetia LOCATED_IN Georgia']],
    ['a demonym before a place', 'Tankers loaded at the Turkish Ceyhan port.', ['Ceyhan LOCATED_IN Turkey']],
    ['a capital of', 'Delegates met in Mekelle, the capital of Tigray, in northern Ethiopia.', ['Mekelle LOCATED_IN Tigray']],
    ['a compound of a two-word name', 'South Korea-Chile tensions grew over fishing.', ['Chile IN_TENSION_WITH South Korea']],
    ['a base named by compound', 'Raids hit Pakistan-based militant groups such as the Harak Movement.', ['Harak Movement LOCATED_IN Pakistan']],
    ['a base named by compound, then a list', 'Jets hit Kenya-based armed groups, including the Harak Movement and Al-Shabaab.', ['Harak Movement LOCATED_IN Kenya', 'Al-Shabaab LOCATED_IN Kenya']],
    ['a capital after its place', 'Fighting broke out in Nairobi, Kenya’s capital, on Monday.', ['Nairobi LOCATED_IN Kenya']],
    ['a capital named after a comma', 'Crowds gathered in Peru’s capital, Lima, overnight.', ['Lima LOCATED_IN Peru']],
    ['a capital after a demonym', 'Envoys met in the Belarusian capital Minsk on Monday.', ['Minsk LOCATED_IN Belarus']],
    ['places after a country’s possessive', 'Jets struck camps in Peru’s Cusco and Puno regions on Monday.', ['Cusco LOCATED_IN Peru', 'Puno LOCATED_IN Peru']],
    ['an apposition naming the unit', 'The attack took place in Tarvana, a district in the northern Karvel province, on Friday.', ['Tarvana LOCATED_IN Karvel Province']],
    ['a province of a country past an adjective', 'Floods hit Peru’s northern province of Tumbes.', ['Tumbes LOCATED_IN Peru']],
    ['a people no list holds, in a country', 'The Tarvani community in Chad has taken in refugees.', ['Tarvani LOCATED_IN Chad']],
    ['a named group after a demonym and its noun', 'The Chadian Sunni militant group Harak Movement raided the town.', ['Harak Movement LOCATED_IN Chad']],
    ['a country named as a body’s modifier', 'The Honduras Foreign Ministry issued a statement.', ['Ministry of Foreign Affairs (Honduras) PART_OF Honduras']],
    ['a branch in apposition with a possessive owner', 'The Lakeland Water Authority, the Harak Movement’s civilian arm, raised prices.', ['Lakeland Water Authority PART_OF Harak Movement']],
    ['a branch in apposition with an owner after "of"', 'The Tarvan Brigade, the armed wing of the Harak Movement, fired rockets.', ['Tarvan Brigade PART_OF Harak Movement']],
    // memberships
    ['members named after their body', 'NATO members Norway and Denmark sent ships.', ['Norway MEMBER_OF NATO', 'Denmark MEMBER_OF NATO']],
    ['a member in apposition', 'Chile, the newest Mercosur member, joined late.', ['Chile MEMBER_OF Mercosur']],
    // compounds
    ['a bloc led by a state', 'Armenia left the Russia-led Collective Security Treaty Organization.', ['Russia MEMBER_OF Collective Security Treaty Organization']],
    ['a state-aligned group', 'The Iran-aligned Houthis fired at ships.', ['Houthis ALLIED_WITH Iran']],
    ['two countries in one compound', 'Shots were fired on the Peru-Ecuador border.', ['Ecuador BORDERS Peru']],
    // visits and signings
    ['a meeting somewhere abroad', 'Chilean President Ana Rojas met Kenyan President Musa Odhiambo in Nairobi.', ['Ana Rojas VISITED Nairobi']],
    ['signers and the party they signed with', 'Kenya and Uganda signed two agreements with Tanzania on Friday.', ['Kenya MEETS_WITH Tanzania', 'Uganda MEETS_WITH Tanzania']],
    ['a meeting in a phrase that opens the sentence', 'At the start of a meeting with German Foreign Minister Hans Weber, Macron said the talks went well.', ['Emmanuel Macron MEETS_WITH Hans Weber']],
    ['co-signers', 'Chilean President Ana Rojas and Peruvian President Luis Paredes signed a trade agreement.', ['Ana Rojas MEETS_WITH Luis Paredes']],
  ])('reads %s', (_what, text, expected) => {
    for (const triple of expected) expectTriple(text, triple);
  });

  it('reads the states of a relative clause after a body ("the bloc to which both countries belong") as its members', () => {
    const out = triples('Chile met Peru on Monday. Chile said the move violates the rules of the Andean Community bloc to which both countries belong.');
    expect(out).toEqual(expect.arrayContaining(['Chile MEMBER_OF Andean Community', 'Peru MEMBER_OF Andean Community']));
  });

  it('places a unit named with its head in the country after "of", a place before "between", an island of a demonym, and "the capital, X"', () => {
    expect(triples('Two checkpoints opened in the Tarma region of Peru bordering Chile.')).toContain('Tarma Region LOCATED_IN Peru');
    expect(triples('The drill will take place in Tacna, Peru between 5-8 October.')).toContain('Tacna LOCATED_IN Peru');
    expect(triples('The shoal lies 200km from the Chilean island of Chiloé.')).toContain('Chiloé LOCATED_IN Chile');
    expect(triples('Fighting continued in the capital, Lima, as Peru’s army advanced.')).toContain('Lima LOCATED_IN Peru');
  });

  it('does not locate a town in the country whose forces took it', () => {
    expectNoTriple('Chilean forces captured the town of Tacna after months of fighting.', 'Tacna LOCATED_IN Chile');
  });

  it('does not send a host home on a visit', () => {
    expectNoTriple('Kenyan President Musa Odhiambo met Chilean President Ana Rojas in Nairobi.', 'Musa Odhiambo VISITED Nairobi');
  });

  it('does not read a new clause after a comma as an apposition', () => {
    expectNoTriple('Troops entered the region of Karabakh, Baku said.', 'Nagorno-Karabakh LOCATED_IN Azerbaijan');
  });

  it('does not call a country’s war target its group', () => {
    expectNoTriple('The rebels oppose Israel’s war against Hamas.', 'Hamas LOCATED_IN Israel');
  });

  it('gives an office only to a person the text ties to it', () => {
    expect(() => expectTriple('Reports from Chile say Ana Rojas will travel.', 'Ana Rojas OFFICIAL_OF Chile')).toThrow();
  });
});

describe('member lists', () => {
  it('reads the members a body is said to have, after the words that open the list', () => {
    expectTriple('The Andean Community’s other members are Peru, Ecuador and Bolivia.', 'Ecuador MEMBER_OF Andean Community');
    expectTriple('Mercosur, which includes the two largest economies of the region, Brazil and Argentina, along with Uruguay, met on Monday.', 'Uruguay MEMBER_OF Mercosur');
    expectTriple('Trade talks with the Pacific Alliance – made up of Chile, Peru and Mexico – resumed.', 'Mexico MEMBER_OF Pacific Alliance');
  });

  it('reads the members of the body an apposition describes, not of its former name', () => {
    const text = 'The Andean Forum, founded in 1969 as the Andean Group, initially comprised Chile, Peru and Bolivia.';
    expectTriple(text, 'Peru MEMBER_OF Andean Forum');
    expectNoTriple(text, 'Peru MEMBER_OF Andean Group');
  });

  it('does not take a country between the body and the list for a member, nor a lone country after "including"', () => {
    expectNoTriple('Mercosur met in Brazil, including officials from Chile.', 'Chile MEMBER_OF Mercosur');
  });
});

describe('offices of speakers', () => {
  it('gives a titled speaker the country that is the subject of what they report', () => {
    expectTriple('Norway will recognize Palestine next month, Foreign Minister Eline Dahl said.', 'Eline Dahl OFFICIAL_OF Norway');
    expectTriple('Bolivia was mentioned by Chilean ruler Tomas Berg.', 'Tomas Berg OFFICIAL_OF Chile');
  });
});

describe('visits to the place of a meeting', () => {
  it('gives the foreign participants of a meeting a visit to the place that follows it', () => {
    expectTriple('Peruvian Foreign Minister Ana Rivas met her Chilean counterpart in Santiago on Monday.', 'Ana Rivas VISITED Santiago');
    expectTriple('Peruvian Foreign Minister Ana Rivas attended a summit in Chile on Monday.', 'Ana Rivas VISITED Chile');
  });

  it('gives states that meet somewhere a visit to it, the host excepted, past the words that describe the place', () => {
    const text = 'Chile, Peru and Bolivia convened for a summit in the Bolivian capital, La Paz.';
    expectTriple(text, 'Chile VISITED La Paz');
    expectTriple(text, 'Peru VISITED La Paz');
    expectNoTriple(text, 'Bolivia VISITED La Paz');
  });

  it('does not send anyone to a place named far from the meeting', () => {
    expectNoTriple('During a meeting with his Peruvian counterpart, Chilean President Tomas Berg urged an end to the fighting in Bolivia.', 'Tomas Berg VISITED Bolivia');
  });
});

describe('offices named with a demonym or an organization', () => {
  it('reads the demonym before a title no list holds as the country served', () => {
    expectTriple('Chilean Mining Minister Tomas Berg told reporters.', 'Tomas Berg OFFICIAL_OF Chile');
  });

  it('reads "Secretary General of X" as an office in X', () => {
    expectTriple('Secretary General of the African Union Ana Rivas spoke on Monday.', 'Ana Rivas OFFICIAL_OF African Union');
  });
});

describe('parties of an agreement named by a common noun', () => {
  it('makes the parties its clause names members, and the states of the people who sign', () => {
    expectTriple('Chilean President Tomas Berg and Peruvian President Ana Rivas have signed a border treaty.', 'Chile MEMBER_OF border treaty');
    expectNoTriple('Chilean President Tomas Berg and Peruvian President Ana Rivas have signed a border treaty.', 'Tomas Berg MEMBER_OF border treaty');
  });

  it('makes them proposed members when the clause is a plan', () => {
    expectTriple('Chile agreed to sign a fisheries treaty with Peru.', 'Peru PROPOSED_FOR fisheries treaty');
  });
});

describe('datelines', () => {
  it('place the dateline’s city in the country it names, and a bare dateline nowhere', () => {
    expectTriple('TACNA, Peru (AFP) – Chile and Peru reopened the border crossing on Monday.', 'Tacna LOCATED_IN Peru');
    expectNoTriple('LIMA (AFP) – Chile and Peru reopened the border crossing on Monday.', 'Lima LOCATED_IN Peru');
  });
});

describe('places in places', () => {
  it('never puts a region no state holds inside one state’s city', () => {
    expect(triples('Ana Rojas began a tour of South America in Lima.')).not.toContain('South America LOCATED_IN Lima');
    expect(triples('Tacna in Peru was shelled.')).toContain('Tacna LOCATED_IN Peru');
  });
});

describe('offices stated after the name or with qualified titles', () => {
  itYields([
    ['a body headed', 'Ana Rojas, who heads Chile’s central bank, raised rates.', ['Ana Rojas OFFICIAL_OF Central Bank of Chile']],
    ['a fund chaired', 'Ana Rojas, who chairs the Andean Development Fund, resigned.', ['Ana Rojas OFFICIAL_OF Andean Development Fund']],
    ['an oath as a state’s president', 'Ana Rojas was sworn in as Chile’s president on Monday.', ['Ana Rojas OFFICIAL_OF Chile']],
    ['serving as a minister', 'Ana Rojas serves as Chile’s defence minister.', ['Ana Rojas OFFICIAL_OF Chile']],
    ['an appointment', 'Ana Rojas was appointed foreign minister of Chile in May.', ['Ana Rojas OFFICIAL_OF Chile']],
    ['a qualified title', 'Chile’s top diplomat Ana Rojas flew to Lima.', ['Ana Rojas OFFICIAL_OF Chile']],
    ['a title closed by a comma', 'The Chilean envoy, Ana Rojas, met Luis Paredes.', ['Ana Rojas MEETS_WITH Luis Paredes']],
    ['a title opened by a seat of government', 'White House Deputy Press Secretary Ana Rojas spoke on Monday.', ['Ana Rojas OFFICIAL_OF United States']],
    ['a body’s title past describing words', 'The Sendero Front fired at a patrol, the group’s chief military spokesman Ana Rojas said.', ['Ana Rojas OFFICIAL_OF Sendero Front']],
    ['the head of a state’s delegation', 'The head of the Chilean delegation, Ana Rojas, left Lima.', ['Ana Rojas OFFICIAL_OF Chile']],
  ]);

  it('reads no office from leading talks with a state', () => {
    expect(triples('Ana Rojas led the talks with Peru.')).not.toContain('Ana Rojas OFFICIAL_OF Peru');
    expect(triples('Chile’s top diplomat Ana Rojas flew to Lima.')).not.toContain('Chile VISITED Lima');
  });
});

describe('agreements not reached', () => {
  it('gives an agreement the talks failed to reach no parties', () => {
    expect(triples('Chile and Peru failed to reach a border treaty in Lima.')).not.toContain('Chile MEMBER_OF border treaty');
    expect(triples('Chile and Peru signed a border treaty in Lima.')).toContain('Chile MEMBER_OF border treaty');
  });

  it('reads "Washington, DC" as one capital, not a body named DC', () => {
    expect(entities('Talks between Washington, DC, and Beijing resumed.')).not.toContain('Organization:DC');
  });
});

describe('organs of larger bodies', () => {
  it('makes an organ PART_OF its body where the article names both, and not otherwise', () => {
    expect(triples('The European Parliament voted on Tuesday. The EU will impose the tariffs in May.')).toContain('European Parliament PART_OF European Union');
    expect(triples('UNICEF and Chile signed a plan for schools.')).not.toContain('UNICEF PART_OF United Nations');
  });
});

describe('offices the gazetteer knows', () => {
  it('ties a former leader to the state the article names, and not one who took office after the article', () => {
    expect(triples('Talks with the United States stalled after a call with Barack Obama.', '2024-05-01')).toContain('Barack Obama OFFICIAL_OF United States');
    expect(triples('Talks with the United States stalled after a call with Joe Biden.', '2005-05-01')).not.toContain('Joe Biden OFFICIAL_OF United States');
  });

  it('ties the head of an international body to the body when the article names it', () => {
    expect(triples('NATO met in Brussels. Stoltenberg spoke first.', '2020-05-01')).toContain('Jens Stoltenberg OFFICIAL_OF NATO');
  });

  it('knows past leaders: the state they served, after their term, and none before it', () => {
    expect(triples('Gas deliveries from Russia to Germany were agreed under Angela Merkel.', '2023-05-01')).toContain('Angela Merkel OFFICIAL_OF Germany');
    expect(triples('Petro Poroshenko praised the reforms in Ukraine.', '2016-05-01')).toContain('Petro Poroshenko OFFICIAL_OF Ukraine');
    expect(triples('Petro Poroshenko praised the reforms in Ukraine.', '2010-05-01')).not.toContain('Petro Poroshenko OFFICIAL_OF Ukraine');
    expect(triples('Ban Ki-moon asked the United Nations to act.', '2012-03-01')).toContain('Ban Ki-moon OFFICIAL_OF United Nations');
  });

  it('gives the office held on the article’s date to a person who held two', () => {
    const roleOn = (published: string) => extract('Dmitry Medvedev said Russia would modernise its economy.', published).relations.find((r) => r.type === 'OFFICIAL_OF')?.role;
    expect(roleOn('2010-05-01')).toBe('President');
    expect(roleOn('2015-05-01')).toBe('Prime Minister');
    // An earlier office added to a present leader's entry: Putin before 2012.
    expect(triples('Vladimir Putin opened a new bridge in Russia.', '2005-05-01')).toContain('Vladimir Putin OFFICIAL_OF Russia');
  });

  it('reads no leader in a surname that is also a word, unless the article named the person in full', () => {
    expect(entities('Trade talks with the United Kingdom resumed in May.')).not.toContain('Person:Theresa May');
    expect(triples('Theresa May flew to Brussels. May asked the United Kingdom’s partners for time.', '2018-05-01')).toContain('Theresa May OFFICIAL_OF United Kingdom');
  });
});

describe('memberships the gazetteer knows', () => {
  it('makes a state MEMBER_OF a body one sentence names with it, when it was a member on the article’s date', () => {
    expect(triples('Finland hosted a NATO exercise near Oulu.', '2025-05-01')).toContain('Finland MEMBER_OF NATO');
    expect(triples('Finland hosted a NATO exercise near Oulu.', '2021-05-01')).not.toContain('Finland MEMBER_OF NATO');
    expect(triples('Mali criticised an ECOWAS summit in Abuja.', '2026-02-01')).not.toContain('Mali MEMBER_OF ECOWAS');
  });

  it('says nothing of a member the article has leaving the body', () => {
    const text = 'Mali quit ECOWAS, and Nigeria regretted the decision.';
    expect(triples(text, '2020-05-01')).not.toContain('Mali MEMBER_OF ECOWAS');
    expect(triples(text, '2020-05-01')).toContain('Nigeria MEMBER_OF ECOWAS');
  });
});

describe('neighbours', () => {
  itYields([
    ['"the two neighbours" for the pair named last', 'Chile accused Peru of spying. The clashes were the worst between the two neighbours in years.', ['Chile BORDERS Peru']],
    ['"the Andean neighbors" without a count', 'Chile and Peru signed a deal. Flare-ups between the Andean neighbors worry investors.', ['Chile BORDERS Peru']],
  ]);
});

describe('a body named as a qualifier after a country’s possessive', () => {
  it('reads no community of the country, and sends the envoy for the country', () => {
    const found = triples('Chile’s UN ambassador Ana Ruiz rejected the plan.');
    expect(found).toContain('Ana Ruiz OFFICIAL_OF Chile');
    expect(found).not.toContain('United Nations LOCATED_IN Chile');
    expect(triples('Peru’s EU membership bid stalled in May.')).not.toContain('European Union LOCATED_IN Peru');
  });
});
