import { describe, expect, it } from 'vitest';
import { entities, expectNoTriple, expectTriple, extract, itYields, triples } from './testing.ts';

describe('relation families, generalized from phrasing', () => {
  it.each([
    // meetings of several participants: everyone meets everyone
    ['an accusation by "slammed"', 'The Chilean foreign ministry slammed Peru for the decision.', ['Ministry of Foreign Affairs (Chile) ACCUSES Peru']],
    ['an accusation by "held responsible"', 'Chile held Peru responsible for the blast.', ['Chile ACCUSES Peru']],
    ['an accusation by "lashed out at"', 'Chile lashed out at Peru on Monday.', ['Chile ACCUSES Peru']],
    ['an accusation by "hit out at"', 'Chile hit out at Peru on Monday.', ['Chile ACCUSES Peru']],
    ['a rout', 'Chilean forces routed the Sendero Front near Arica.', ['Chile ATTACKS Sendero Front']],
    ['an attack repelled', 'Peruvian troops repelled the Sendero Front.', ['Peru ATTACKS Sendero Front']],
    ['rockets and shells fired into a state', 'Chile was firing rockets and artillery shells into Peru.', ['Chile ATTACKS Peru']],
    ['an objection to a state’s plan', 'Chile objected to Peru’s plan for the river.', ['Chile ACCUSES Peru']],
    ['a decision regretted', 'Chile regretted Peru’s unilateral decision.', ['Chile ACCUSES Peru']],
    ['a state described as a bad neighbour', 'Chile described Peru as a bad neighbour.', ['Chile ACCUSES Peru']],
    ['a body’s titled person acting, not the body', 'Andean Forum chief Ana Rojas regretted Peru’s decision.', ['Ana Rojas ACCUSES Peru']],
    ['concern about a state’s actions', 'Chile is deeply concerned about Peru’s actions.', ['Chile IN_TENSION_WITH Peru']],
    ['an appeal by "pressed ... to"', 'Chile pressed Peru to release the sailors.', ['Chile APPEALS_TO Peru']],
    ['a sanction by frozen assets', 'Chile froze the assets of Peru’s central bank.', ['Chile SANCTIONS Peru']],
    ['a named company after a demonym as the object', 'The United States blacklisted the Peruvian company Andina Mining.', ['United States SANCTIONS Andina Mining']],
    ['a phone call held by two states', 'Chile and Peru held a phone call on Monday.', ['Chile MEETS_WITH Peru']],
    ['cooperation two states agreed to boost', 'Chile and Peru agreed to boost cooperation in energy and trade.', ['Chile COOPERATES_WITH Peru']],
    ['relations between two states that soured', 'Relations between Chile and Peru have deteriorated sharply.', ['Chile IN_TENSION_WITH Peru']],
    ['states at odds', 'Chile and Peru have long been at odds over the maritime border.', ['Chile IN_TENSION_WITH Peru']],
    ['a body named by its "Alliance" head', 'Chile joined the Coastal Alliance in 2012.', ['Chile MEMBER_OF Coastal Alliance']],
    ['the possessor of a bid to join', 'Chile voiced support for Peru’s bid to join the OECD.', ['Peru PROPOSED_FOR OECD']],
    ['fighting between a state’s army and a militia', 'Fighting between the Chadian army and the Harak Movement spread north.', ['Chadian Armed Forces ATTACKS Harak Movement', 'Harak Movement ATTACKS Chadian Armed Forces']],
    ['talks between a titled minister and a named counterpart', 'Chile’s Foreign Minister Ana Lopez held talks with her Peruvian counterpart Luis Paredes in Lima.', ['Ana Lopez MEETS_WITH Luis Paredes']],
    ['a titled person after a country name as the subject', 'U.S. Secretary of State Tom Hale spoke by phone with Ana Lopez on Wednesday.', ['Tom Hale MEETS_WITH Ana Lopez']],
    ['a welcome to a place as hosting', 'President Ana Rojas welcomed President Luis Paredes to the Moneda Palace on Friday.', ['Ana Rojas MEETS_WITH Luis Paredes']],
    ['two blocs negotiating', 'The European Union and Mercosur are negotiating a trade agreement that Chile has opposed.', ['European Union MEETS_WITH Mercosur']],
    ['a founding member', 'Chile is a founding member of the Andean Community.', ['Chile MEMBER_OF Andean Community']],
    ['a barrage launched at a country’s cities', 'Chile launched more than 100 drones and missiles at Peruvian cities overnight.', ['Chile ATTACKS Peru']],
    ['a planned trip', 'The palace said President Ana Rojas would travel to Lima next month.', ['Ana Rojas VISITED Lima']],
    ['a dateline credit is not the subject', 'LIMA (Reuters) - Chilean President Ana Rojas met Peruvian President Luis Paredes in Lima on Friday.', ['Ana Rojas MEETS_WITH Luis Paredes']],
    ['officials of two states meeting', 'Chilean Foreign Minister Ana Rojas met her Peruvian counterpart Luis Soto in Lima.', ['Ana Rojas MEETS_WITH Luis Soto', 'Chile MEETS_WITH Peru']],
    ['talks the clause’s subjects took part in', 'Chile and Peru failed to agree during the second round of talks in Quito.', ['Chile MEETS_WITH Peru']],
    ['a loan approved for a state', 'The IMF approved a $2 billion loan for Peru.', ['International Monetary Fund SUPPLIES Peru']],
    ['an agreement called a landmark', 'Chile and Peru signed the Lima Accord. Ana Rojas called the accord a landmark.', ['Ana Rojas SUPPORTS Lima Accord']],
    ['an agreement said to bolster something', 'Chile and Peru signed the Lima Accord. Bolivia said the accord would bolster regional security.', ['Bolivia SUPPORTS Lima Accord']],
    ['a signing celebrated', 'Chile and Peru signed the Lima Accord. Ana Rojas celebrated the signing of the accord.', ['Ana Rojas SUPPORTS Lima Accord']],
    ['trade suspended', 'Chile suspended trade with Peru.', ['Chile SANCTIONS Peru']],
    ['a state placed on a sanctions list', 'Chile placed Peru on its sanctions list.', ['Chile SANCTIONS Peru']],
    ['supplies cut off', 'Chile cut off gas supplies to Peru.', ['Chile SANCTIONS Peru']],
    ['a ban ended', 'Chile ended its ban on Peruvian beef imports.', ['Chile EASES_SANCTIONS Peru']],
    ['assets unfrozen', 'Chile unfroze Peruvian assets.', ['Chile EASES_SANCTIONS Peru']],
    ['a leader heading to a capital', 'Ana Rojas will head to Lima next week.', ['Ana Rojas VISITED Lima']],
    ['a leader received in a capital', 'Ana Rojas was received in Lima by Luis Soto.', ['Ana Rojas VISITED Lima', 'Ana Rojas MEETS_WITH Luis Soto']],
    ['wariness of a state', 'Chile remains wary of Peru.', ['Chile IN_TENSION_WITH Peru']],
    ['a state’s relations with another souring', 'Chile’s relations with Peru have soured since the election.', ['Chile IN_TENSION_WITH Peru']],
    ['a spat named by a compound', 'The Chile-Peru spat escalated.', ['Chile IN_TENSION_WITH Peru']],
    ['an armed clash, both ways', 'Chilean troops clashed with Harak Movement fighters near the border.', ['Chile ATTACKS Harak Movement', 'Harak Movement ATTACKS Chile']],
    ['an ambush of a state’s convoy', 'Gunmen from the Harak Movement ambushed a Chilean convoy.', ['Harak Movement ATTACKS Chile']],
    ['a state’s drone shot down', 'Chile shot down a Peruvian drone.', ['Chile ATTACKS Peru']],
    ['positions pounded', 'Chile pounded Peruvian positions with artillery.', ['Chile ATTACKS Peru']],
    ['war games around a state', 'Chile launched war games around Peru.', ['Chile THREATENS Peru']],
    ['aggression not tolerated', 'Chile said it would not tolerate Peru’s aggression.', ['Chile THREATENS Peru']],
    ['a state’s defence come to', 'Chile came to Peru’s defence.', ['Chile SUPPORTS Peru']],
    ['a message of solidarity', 'Chile sent a message of solidarity to Peru.', ['Chile SUPPORTS Peru']],
    ['a state stood by', 'Chile stood by Peru.', ['Chile SUPPORTS Peru']],
    ['sovereignty respected', 'Chile said it respects Peru’s sovereignty.', ['Chile SUPPORTS Peru']],
    ['a right recognized', 'Chile recognized Peru’s right to defend itself.', ['Chile SUPPORTS Peru']],
    ['a fronted mediator', 'Under the auspices of Turkey, Chile and Peru agreed to talks.', ['Turkey MEDIATES Chile', 'Turkey MEDIATES Peru']],
    ['a prisoner swap negotiated for two others', 'Brazil helped negotiate the prisoner swap between Chile and Peru.', ['Brazil MEDIATES Chile', 'Brazil MEDIATES Peru']],
    ['two states agreeing to boost trade', 'Chile and Peru agreed to boost trade.', ['Chile COOPERATES_WITH Peru']],
    ['a meeting of a body requested', 'Chile requested an emergency meeting of the Andean Community.', ['Chile APPEALS_TO Andean Community']],
    ['a case taken to a court', 'Chile took its case to the International Court of Justice.', ['Chile APPEALS_TO International Court of Justice']],
    ['help sought of a state', 'Chile sought the help of Brazil.', ['Chile APPEALS_TO Brazil']],
    ['a lender turned to for a loan', 'Chile turned to the IMF for a loan.', ['Chile APPEALS_TO International Monetary Fund']],
    ['an allegation', 'Chile alleged that Peru had armed the rebels.', ['Chile ACCUSES Peru']],
    ['a complaint', 'Chile complained that Peru had broken the deal.', ['Chile ACCUSES Peru']],
    ['outrage expressed', 'Chile expressed outrage at Peru’s decision.', ['Chile ACCUSES Peru']],
    ['a state said to be behind an attack', 'Chile said Peru was behind the bombing.', ['Chile ACCUSES Peru']],
    ['a quoted judgement of what a state did', 'Peru imposed sanctions on Bolivia. Chile called the sanctions “reckless”.', ['Chile ACCUSES Peru']],
    ['a demonym before military aircraft acts for its state', 'Fourteen Chilean aircraft violated Peruvian airspace on Monday.', ['Chile THREATENS Peru']],
    ['a participle after an inverted report is the speaker’s', 'Chile closed the border, Ana Lopez told reporters, accusing Peru of spying.', ['Ana Lopez ACCUSES Peru']],
    ['the antecedent of a relative clause that ends before a pronoun', 'The Harak Movement, which Chile blames for the attack, denied it.', ['Chile ACCUSES Harak Movement']],
    ['the subject before a relative clause', 'Chile, which has long supported Peru, urged Bolivia to show restraint.', ['Chile APPEALS_TO Bolivia']],
    ['mediators of talks held in one of their own cities', 'Chilean jets struck camps in Peru on Monday. Qatar and Turkey mediated talks in Doha last month.', ['Qatar MEDIATES Chile', 'Turkey MEDIATES Peru']],
    ['a name that defines its acronym', 'Lima blames the Frente Andino Libre (FAL) for the attacks.', ['Peru ACCUSES Frente Andino Libre']],
    ['an embassy closed in a capital', 'Peru protested. Chile closed its embassy in Lima.', ['Chile REDUCES_TIES_WITH Peru']],
    ['troops deployed to a border', 'Chile deployed troops to its border with Peru.', ['Chile THREATENS Peru']],
    ['a vow to retaliate', 'Chile vowed to retaliate against Peru.', ['Chile THREATENS Peru']],
    ['aid pledged', 'Chile pledged $200 million in military aid to Peru.', ['Chile SUPPLIES Peru']],
    ['a memorandum on cooperation', 'Chile and Peru signed a memorandum of understanding on cooperation in mining.', ['Chile COOPERATES_WITH Peru']],
    ['a trading partner', 'Chile is Peru’s largest trading partner.', ['Chile COOPERATES_WITH Peru']],
    ['a summit held', 'Chile and Peru held a summit in Arica.', ['Chile MEETS_WITH Peru']],
    ['a delegation sent', 'Chile sent a delegation to Lima for talks.', ['Chile VISITED Lima']],
    ['a war fought by two states', 'Chile and Peru fought a border war in 1879.', ['Chile ATTACKS Peru', 'Peru ATTACKS Chile']],
    ['a pipeline that is part of a corridor', 'The Karvel Pipeline is part of the Northern Gas Corridor.', ['Karvel Pipeline PART_OF Northern Gas Corridor']],
    ['a quoted verb', 'Chile said it "strongly condemns" Peru’s decision.', ['Chile ACCUSES Peru']],
    ['states deadlocked', 'Chile and Peru remain deadlocked over the river.', ['Chile IN_TENSION_WITH Peru']],
    ['an attempt to mediate', 'Chile and Peru remain deadlocked over the river. The Andean Community has tried to mediate the dispute.', ['Andean Community MEDIATES Chile', 'Andean Community MEDIATES Peru']],
    ['the one who brokers, after "in"', 'Chile and Peru remain deadlocked. President Ana Rojas praised the role of the Andean Community in brokering the deal.', ['Andean Community MEDIATES Peru']],
    ['a visit by the possessor', 'Chile and Peru agreed to deepen defence ties during President Ana Rojas’s visit to Lima.', ['Ana Rojas VISITED Lima', 'Chile COOPERATES_WITH Peru']],
    ['a titled person after a possessive role, and a titled object', 'Chile’s army chief General Tomas Vintner met US Defense Secretary Lena Holt in Washington.', ['Tomas Vintner MEETS_WITH Lena Holt']],
    ['two states restoring ties in a deal another brokered', 'Chile and Peru agreed to restore diplomatic relations in a deal brokered by Brazil.', ['Chile NORMALIZES_WITH Peru', 'Brazil MEDIATES Chile']],
    ['a group a country’s possessive introduces', 'Chad’s Harak Movement rebels, backed by Sudan, took the town.', ['Sudan SUPPORTS Harak Movement']],
    ['a host of talks between two others', 'Norway has hosted indirect talks between Chile and Peru.', ['Norway MEDIATES Chile', 'Norway MEDIATES Peru']],
    ['leaders travelling together', 'Presidents Ana Rojas and Luis Paredes travelled together to Kyiv on Saturday.', ['Ana Rojas VISITED Kyiv', 'Luis Paredes VISITED Kyiv']],
    ['a deal to buy from another state', 'Chile signed a deal to buy fighter jets from France.', ['France SUPPLIES Chile']],
    ['an order placed with another state', 'Chile has ordered 12 patrol boats from Norway.', ['Norway SUPPLIES Chile']],
    ['a loan received, not a visitor', 'Peru received a $3 billion loan from Qatar.', ['Qatar SUPPLIES Peru']],
    ['a town captured', 'Chilean forces captured the town of Tacna after months of fighting.', ['Chile ATTACKS Tacna']],
    ['joint naval exercises of two states', 'Chile and Peru held joint naval exercises off the coast.', ['Chile COOPERATES_WITH Peru']],
    ['cooperation ended', 'Chile ended its cooperation with the Andean Community.', ['Chile REDUCES_TIES_WITH Andean Community']],
    ['a decision to cut ties', 'Chile decided to sever diplomatic ties with Peru.', ['Chile REDUCES_TIES_WITH Peru']],
    ['a meeting with two guests', 'Prime Minister Lena Holt met with Chancellor Ivo Berg and President Ana Sousa in Lisbon.', ['Ana Sousa MEETS_WITH Lena Holt', 'Ivo Berg MEETS_WITH Lena Holt', 'Ana Sousa MEETS_WITH Ivo Berg']],
    ['a phone call of a coordinated subject', 'Ghana and Togo spoke by phone on Monday.', ['Ghana MEETS_WITH Togo']],
    ['talks reported by one who took part', '"We agreed," Minister Ola Berg told reporters, standing alongside Minister Tom Hale after talks with Minister Rui Costa.', ['Ola Berg MEETS_WITH Rui Costa', 'Ola Berg MEETS_WITH Tom Hale']],
    // mediation in its forms: one relation per party
    ['brokering between two parties', 'Qatar brokered a truce between Chad and Niger.', ['Qatar MEDIATES Chad', 'Qatar MEDIATES Niger']],
    ['talks mediated by two states, their parties named before', 'Fighting between Chad and Niger went on. The talks, mediated by Qatar and Oman, stalled.', ['Qatar MEDIATES Chad', 'Oman MEDIATES Niger']],
    ['talks under the auspices of a body', 'Chad and Niger resumed negotiations under the auspices of the African Union.', ['African Union MEDIATES Chad', 'African Union MEDIATES Niger']],
    // visits
    ['a stop on the way', 'The minister stopped in Kenya before the summit. Chancellor Ivo Berg returned to Nairobi on Friday.', ['Ivo Berg VISITED Nairobi']],
    ['a foreign official in a city', 'Chancellor Ivo Berg of Austria arrived. In Nairobi, Berg praised the plan.', ['Ivo Berg VISITED Nairobi']],
    ['visits exchanged', 'Ghana and Togo have exchanged visits this year.', ['Ghana VISITED Togo', 'Togo VISITED Ghana']],
    // support
    ['thanks for a contribution', 'Chile thanked Peru for its help with the rescue.', ['Chile SUPPORTS Peru']],
    ['a tribute', 'Spain paid a warm tribute to Portugal on Monday.', ['Spain SUPPORTS Portugal']],
    ['a state-backed group', 'The Iran-backed Hezbollah fired rockets.', ['Iran SUPPORTS Hezbollah']],
    // reduced ties
    ['ties cut with a state', 'Bolivia cut diplomatic ties with Israel in 2023.', ['Bolivia REDUCES_TIES_WITH Israel']],
    ['ties lowered by two states towards each other', 'Chile and Peru lowered their diplomatic ties last year.', ['Chile REDUCES_TIES_WITH Peru', 'Peru REDUCES_TIES_WITH Chile']],
    ['a state leaving a body', 'Mali suspended its participation in the African Union.', ['Mali REDUCES_TIES_WITH African Union']],
    ['a minister acting for the state', 'Foreign Minister Ana Silva of Chile announced the severance of diplomatic relations with Peru.', ['Chile REDUCES_TIES_WITH Peru']],
    // normalization
    ['ambassadors exchanged', 'Chile and Peru will exchange ambassadors again.', ['Chile NORMALIZES_WITH Peru']],
    ['normal relations', 'Morocco has normal relations with Spain and Portugal.', ['Morocco NORMALIZES_WITH Spain', 'Morocco NORMALIZES_WITH Portugal']],
    ['an embassy reopened', 'Kenya reopened its embassy in Mogadishu, ending its rift with Somalia.', ['Kenya NORMALIZES_WITH Somalia']],
    // alliances and cooperation
    ['allies listed', 'Estonia counts on its allies, particularly Finland and Sweden.', ['Estonia ALLIED_WITH Finland', 'Estonia ALLIED_WITH Sweden']],
    ['an agreement to strengthen cooperation', 'Kenya signed agreements with Uganda to strengthen cooperation in energy.', ['Kenya COOPERATES_WITH Uganda']],
    ['a tripartite agreement', 'They signed a tripartite agreement between Kenya, Uganda and Tanzania.', ['Kenya COOPERATES_WITH Tanzania', 'Tanzania COOPERATES_WITH Uganda']],
    // conflict
    ['fighting between two sides, both ways', 'Fighting between Armenia and Azerbaijan resumed.', ['Armenia ATTACKS Azerbaijan', 'Azerbaijan ATTACKS Armenia']],
    ['fire exchanged', 'India and Pakistan exchanged heavy fire overnight.', ['India ATTACKS Pakistan', 'Pakistan ATTACKS India']],
    ['strained relations', 'Relations have long been strained between Chile and Bolivia.', ['Bolivia IN_TENSION_WITH Chile']],
    ['tension with words between', 'Tensions have been running high between Serbia and Kosovo.', ['Kosovo IN_TENSION_WITH Serbia']],
    ['an accusation as a participle', 'Armenia froze the talks, accusing Azerbaijan of shelling villages.', ['Armenia ACCUSES Azerbaijan']],
    ['condemnation in the infinitive', 'Canada was quick to condemn the Russian strikes.', ['Canada ACCUSES Russia']],
    ['blame on listed groups', 'The Harak Movement and the Veltra Front were banned. Officials in Chad blamed these groups for the attack.', ['Chad ACCUSES Harak Movement', 'Chad ACCUSES Veltra Front']],
    // structure
    ['neighbours', 'The neighbours Chile and Argentina signed a deal.', ['Argentina BORDERS Chile']],
    ['a common border', 'Kenya and Uganda clashed along their common border.', ['Kenya BORDERS Uganda']],
    ['members of a body', 'The Andean Community, which includes Peru and Bolivia, met.', ['Peru MEMBER_OF Andean Community', 'Bolivia MEMBER_OF Andean Community']],
  ])('reads %s', (_what, text, expected) => {
    for (const triple of expected) expectTriple(text, triple);
  });

  it('ends a list at the speaker of an inverted report', () => {
    expectNoTriple('Chile supports the Harak Movement, Bolivia said.', 'Chile SUPPORTS Bolivia');
    expectTriple('Chile supports the Harak Movement, Bolivia said.', 'Chile SUPPORTS Harak Movement');
  });

  it('reads supplies cut off as no supply', () => {
    expectNoTriple('Chile cut off gas supplies to Peru.', 'Chile SUPPLIES Peru');
  });

  it('recognizes a state, not its rights or claims', () => {
    expectNoTriple('Chile recognized Peru’s right to defend itself.', 'Chile RECOGNIZES Peru');
  });

  it('appeals to whoever stands before the infinitive, not to a state after it', () => {
    expectNoTriple('Chile urged allies to stop Peru’s shelling of its ports.', 'Chile APPEALS_TO Peru');
    expectTriple('Chile urged Bolivia to stop the shelling.', 'Chile APPEALS_TO Bolivia');
  });

  it('does not pair up states that cut ties with a third one', () => {
    const text = 'Chile, Peru and Bolivia cut diplomatic relations and trade with Venezuela.';
    expectTriple(text, 'Peru REDUCES_TIES_WITH Venezuela');
    expectNoTriple(text, 'Chile REDUCES_TIES_WITH Peru');
  });

  it('does not take a reporter for the actor of what is reported', () => {
    const text = 'The Lakeland News Agency claimed Chile had withdrawn its ambassador from Peru.';
    expectTriple(text, 'Chile REDUCES_TIES_WITH Peru');
    expect(triples(text).some((t) => t.startsWith('Lakeland News Agency REDUCES_TIES_WITH'))).toBe(false);
  });

  it('reads the main clause after a fronted subordinate clause', () => {
    const text = 'After Chile and Peru signed the deal, Peru visited Bolivia.';
    expectTriple(text, 'Peru VISITED Bolivia');
    expectNoTriple(text, 'Chile VISITED Bolivia');
  });

  it('does not read a name’s compound modifier as a verb', () => {
    const text = 'Chile and Peru struck camps in Bolivia after raids by the Venezuela-backed militia.';
    expect(triples(text).filter((t) => t.includes('SUPPORTS') && !t.startsWith('Venezuela'))).toEqual([]);
  });

  it('gives "its embassy" to the country owning the phrase, else to the subject', () => {
    const text = 'Chile and Peru lowered their ties after Bolivia’s decision to move its embassy to Lima.';
    expectTriple(text, 'Bolivian Embassy PART_OF Bolivia');
    expectNoTriple(text, 'Chilean Embassy PART_OF Chile');
    expectTriple('Chile accused Peru of spying on its navy.', 'Chilean Navy PART_OF Chile');
  });

  it('gives a leader the gazetteer knows the office held on the article’s date, when the article names the country', () => {
    const text = 'Turkey struck camps in Iraq. The police stayed loyal to Erdogan.';
    expect(extract(text, '2020-05-01').relations.map((r) => `${r.source} ${r.type} ${r.target}`)).toContain('Recep Tayyip Erdoğan OFFICIAL_OF Turkey');
    // Before any office was held (Erdoğan became prime minister in 2003), nothing; nor without the country.
    expect(extract(text, '2001-05-01').relations.map((r) => `${r.source} ${r.type} ${r.target}`)).not.toContain('Recep Tayyip Erdoğan OFFICIAL_OF Turkey');
    expectNoTriple('The police stayed loyal to Erdogan.', 'Recep Tayyip Erdoğan OFFICIAL_OF Turkey');
  });

  it('reads restricted exports, cut aid and revoked visas as sanctions, and exports under sanctions as no supply', () => {
    expectTriple('Last year Chile restricted exports to Peru of two metals.', 'Chile SANCTIONS Peru');
    expectTriple('Chile will revoke visas for Peruvian officials.', 'Chile SANCTIONS Peru');
    expectTriple('In March Chile halted military aid to Bolivia.', 'Chile SANCTIONS Bolivia');
    const text = 'Chile imposed tariffs on Peruvian exports after the vote.';
    expectTriple(text, 'Chile SANCTIONS Peru');
    expectNoTriple(text, 'Chile SUPPLIES Peru');
    expectTriple('Chile exports copper to Peru.', 'Chile SUPPLIES Peru');
  });

  it('reads an official speaking in a foreign city as a visit there, not one at home', () => {
    expectTriple('"We agree," Chilean Finance Minister Ana Rojas said at a press conference in Geneva.', 'Ana Rojas VISITED Geneva');
    expectTriple('On Friday in Tokyo, Peruvian President Luis Paredes told business leaders that trade must grow.', 'Luis Paredes VISITED Tokyo');
    expectNoTriple('Chilean Finance Minister Ana Rojas said in Santiago that talks failed.', 'Ana Rojas VISITED Santiago');
  });

  it('reads soured ties with a described party, flare-ups, shared concerns and a threat as tension', () => {
    expectTriple('Ties between Chile and its major trading partner Peru had deteriorated in recent years.', 'Chile IN_TENSION_WITH Peru');
    expectTriple('Trade has suffered from worsening relations between Chile and Bolivia.', 'Chile IN_TENSION_WITH Bolivia');
    expectTriple('Flare-ups between Chile and Peru have stoked fears.', 'Chile IN_TENSION_WITH Peru');
    expectTriple('Chile and Peru formed a front driven by shared concerns over Bolivia.', 'Peru IN_TENSION_WITH Bolivia');
    expectTriple('Chile, Peru and Ecuador consider the Islamic State a threat to their security.', 'Ecuador IN_TENSION_WITH Islamic State');
    // Concerns over something that is no actor pair nobody.
    expectNoTriple('Chile and Peru voiced concerns over the vote.', 'Chile IN_TENSION_WITH Peru');
  });

  it('gives an invasion to its agent, never to the subject of the clause it is mentioned in', () => {
    const text = 'Warsaw has supported Kyiv since the Russian invasion of Ukraine.';
    expectTriple(text, 'Russia ATTACKS Ukraine');
    expectNoTriple(text, 'Poland ATTACKS Ukraine');
    expectNoTriple('Rutte has been a vocal critic of Putin and the invasion of Ukraine.', 'Mark Rutte ATTACKS Ukraine');
    expectTriple('Russia launched its invasion of Ukraine in February.', 'Russia ATTACKS Ukraine');
  });

  it('reads a deal negotiated by someone as no meeting of everyone the sentence names', () => {
    expectNoTriple('After the failed revolt, the Andean Front was given the chance to move to Bolivia, negotiated by Bolivian ruler Luis Arce.', 'Andean Front MEETS_WITH Luis Arce');
    expectNoTriple('The truce between Chile and Peru was negotiated by Bolivian President Luis Arce.', 'Peru MEETS_WITH Luis Arce');
  });

  it('reads entering or forging an alliance as allies, each with each', () => {
    const text = 'Chile, Peru and Bolivia had earlier entered a military alliance in March.';
    expectTriple(text, 'Chile ALLIED_WITH Peru');
    expectTriple(text, 'Bolivia ALLIED_WITH Peru');
    expectTriple('Peru forged a defence pact with Chile last year.', 'Chile ALLIED_WITH Peru');
    expectNoTriple('Peru signed a trade pact with Chile.', 'Chile ALLIED_WITH Peru');
  });

  it('reads talks a state or body backed, brokered or mediated as its mediation between their parties', () => {
    expectTriple('Chile and Peru have been in EU-backed talks for years.', 'European Union MEDIATES Peru');
    expectTriple('The Qatari-mediated truce between Chile and Peru held.', 'Qatar MEDIATES Chile');
    // A backed government is supported, not mediated.
    expectTriple('The UN-backed government of Libya objected.', 'United Nations SUPPORTS Libya');
  });

  it('reads "the <body> countries" as the countries listed before, each a member of the body', () => {
    const text = 'Chile, Peru and Bolivia met in Lima on Saturday. The Mercosur countries had earlier entered a military alliance in March.';
    expectTriple(text, 'Bolivia MEMBER_OF Mercosur');
    expectTriple(text, 'Chile ALLIED_WITH Peru');
  });

  it('reads broken ties, recalled ambassadors, persona non grata and leaving a body as reduced ties', () => {
    expectTriple('Mali, Niger and Chad met. All three countries broke their military and defence ties with France.', 'Chad REDUCES_TIES_WITH France');
    expectTriple('Chile declared Peru’s ambassador, Luis Paredes, "persona non grata" on Friday.', 'Chile REDUCES_TIES_WITH Peru');
    expectTriple('Chile recalled its ambassadors from Peru and Bolivia.', 'Chile REDUCES_TIES_WITH Bolivia');
    expectTriple('Like Peru, Chile withdrew its ambassador to Bolivia this year.', 'Chile REDUCES_TIES_WITH Bolivia');
    expectTriple('Nicaragua said it had completed its withdrawal from the Organization of American States.', 'Nicaragua REDUCES_TIES_WITH Organization of American States');
  });

  it('reads no trigger inside a name, and a long name without its "the"', () => {
    const text = 'Angola will exit the Organization of Petroleum Exporting Countries (OPEC) over quotas.';
    expectTriple(text, 'Angola REDUCES_TIES_WITH OPEC');
    expectNoTriple(text, 'Angola SUPPLIES OPEC');
  });

  it('reads "branded X a …" as an accusation, and a state’s body after its possessive as the object', () => {
    expectTriple('Marco Rubio, posting on X, branded John Rasool a "reckless politician" and accused him of lying.', 'Marco Rubio ACCUSES John Rasool');
    expectTriple('The Philippines on Saturday accused China’s coastguard of using water cannon.', 'Philippines ACCUSES China Coast Guard');
  });

  it('reads prisoner exchanges, flights and agreements between or involving states, and frameworks aimed at cooperation, as cooperation', () => {
    expectTriple('The talks ended with an agreement on the exchange of prisoners between Chile and Peru.', 'Chile COOPERATES_WITH Peru');
    expectTriple('Chile will supply gas to Bolivia as part of a trilateral energy agreement involving Peru and Ecuador.', 'Chile COOPERATES_WITH Ecuador');
    expectTriple('Chile and Peru finalized a strategic framework aimed at enhancing bilateral cooperation.', 'Chile COOPERATES_WITH Peru');
    expectTriple('Chile and Bolivia announced the first commercial flights between them.', 'Bolivia COOPERATES_WITH Chile');
  });

  it('reads "the South American country" as the country named last, and "South American" as no demonym of the United States', () => {
    const text = 'Peru agreed to the terms after President Ana Rojas threatened to impose sanctions on the South American country.';
    expectTriple(text, 'Ana Rojas THREATENS Peru');
    expect(extract(text).entities.map((e) => e.name)).not.toContain('United States');
  });

  it('reads pleas, requests for help, lobbying and telling someone to act as appeals', () => {
    for (const text of ['Chile pleaded with Peru to reopen the border.', 'Chile requested military assistance from Peru.', 'Chile’s call for Peru to withdraw went unheeded.', 'Chile sought Peru’s help.', 'Chile told Peru to stop.', 'Chile has been lobbying Peru to drop the case.']) {
      expectTriple(text, 'Chile APPEALS_TO Peru');
    }
    expectNoTriple('Chile told reporters that Peru would pay.', 'Chile APPEALS_TO Peru');
  });

  it('reads helping to negotiate a truce, or acting as a go-between, as mediation, and the mediator as no party meeting', () => {
    const text = 'Qatar helped negotiate the truce between Chile and Peru.';
    expectTriple(text, 'Qatar MEDIATES Chile');
    expectNoTriple(text, 'Chile MEETS_WITH Qatar');
    expectTriple('Qatar acted as a go-between for Chile and Peru.', 'Qatar MEDIATES Peru');
  });

  it('reads an attack threatened, vowed or possible as a threat, and the prospect of force, forces sent toward and tests near a state as threats', () => {
    for (const text of ['Chile threatened to invade Peru.', 'Chile said it could strike targets in Peru.', 'Chile raised the prospect of military action against Peru.', 'Chile sent warships toward Peru.', 'Chile conducted missile tests near Peru.']) {
      expectTriple(text, 'Chile THREATENS Peru');
      expectNoTriple(text, 'Chile ATTACKS Peru');
    }
    expectTriple('Chile struck targets in Peru.', 'Chile ATTACKS Peru');
  });

  it('reads siding with, rallying behind, defending and backing someone as support', () => {
    for (const text of ['Chile sided with Peru.', 'Chile threw its weight behind Peru.', 'Chile came to the defence of Peru.', 'Chile was a backer of Peru.']) expectTriple(text, 'Chile SUPPORTS Peru');
  });

  it('reads a returned ambassador, resumed or mended relations and a thaw between states as normalization', () => {
    for (const text of ['Chile returned its ambassador to Peru.', 'Chile and Peru resumed diplomatic relations.', 'Chile and Peru mended ties.', 'A thaw in relations between Chile and Peru began.']) expectTriple(text, 'Chile NORMALIZES_WITH Peru');
  });

  it('reads seeking membership and candidacy as a proposal to join, and a state’s border with another as a border', () => {
    expectTriple('Chile is seeking membership of the OECD.', 'Chile PROPOSED_FOR OECD');
    expectTriple('Chile is a candidate for EU membership.', 'Chile PROPOSED_FOR European Union');
    expectTriple('Peru’s long border with Chile is porous.', 'Chile BORDERS Peru');
  });

  it('reads water cannon fired at a state’s ships and military operations in a state as attacks', () => {
    expectTriple('The Chilean Navy said it fired water cannon at Peruvian boats near the reef.', 'Chilean Navy ATTACKS Peru');
    expectTriple('Chile was to stop military operations in Peru.', 'Chile ATTACKS Peru');
    expectNoTriple('Chile opened an office in Lima for its operations in Peru.', 'Chile ATTACKS Peru');
  });

  it('reads the officials of a foreign state meeting in a city as that state’s visit, and a capital after a state’s possessive as the place visited', () => {
    expectTriple('Chilean and Peruvian officials have met in Lima to discuss the border.', 'Chile VISITED Lima');
    expectNoTriple('Chilean and Peruvian officials have met in Lima to discuss the border.', 'Peru VISITED Lima');
    expectTriple('Chilean President Ana Rojas visited Peru’s capital Lima last week.', 'Ana Rojas VISITED Lima');
  });

  it('reads a welcome extended, a conversation, discussions and being in contact as meetings, and the welcomed guest as a visitor', () => {
    const text = 'Chilean President Ana Rojas extended a warm welcome to Peruvian President Luis Paredes in Santiago.';
    expectTriple(text, 'Ana Rojas MEETS_WITH Luis Paredes');
    expectTriple(text, 'Luis Paredes VISITED Santiago');
    expectTriple('In a conversation with Ana Rojas, Luis Paredes joked about the trips.', 'Ana Rojas MEETS_WITH Luis Paredes');
    expectTriple('Chile held discussions with Peru on trade.', 'Chile MEETS_WITH Peru');
  });

  it('reads accusations levelled, complaints and protests lodged, faulting, and calling an act outrageous as accusations', () => {
    for (const text of ['Chile leveled accusations at Peru.', 'Chile filed a complaint against Peru at the WTO.', 'Chile lodged a protest with Peru.', 'Chile faulted Peru for the delay.', 'Chile called Peru’s decision outrageous.']) expectTriple(text, 'Chile ACCUSES Peru');
    expectNoTriple('Chile called Peru a partner.', 'Chile ACCUSES Peru');
  });

  it('reads angering or unsettling another actor as tension, and never pairs the subjects', () => {
    expectTriple('This statement from President Ana Rojas angered President Luis Paredes.', 'Ana Rojas IN_TENSION_WITH Luis Paredes');
    expectNoTriple('Chile and Peru angered the crowd.', 'Chile IN_TENSION_WITH Peru');
    // A move in apposition to the clause that made it: its subject did it.
    expectTriple('Chile opened a naval base near the border, a move that has irked Peru.', 'Chile IN_TENSION_WITH Peru');
  });

  it('reads belonging to a body and forming a pact as membership, but not what belongs to a body', () => {
    expectTriple('Chile and Peru belong to the Pacific Alliance.', 'Peru MEMBER_OF Pacific Alliance');
    expectTriple('Chile, Peru and Bolivia had formed their AUKUS alliance amid concerns.', 'Bolivia MEMBER_OF AUKUS');
    expectNoTriple('Israel struck depots in Lebanon belonging to Hezbollah.', 'Lebanon MEMBER_OF Hezbollah');
  });

  it('reads suspending or scrapping an agreement with a state as reduced ties, and "part of" it as no membership', () => {
    const text = 'Chile suspended the implementation of part of the 2018 border agreement with Peru.';
    expectTriple(text, 'Chile REDUCES_TIES_WITH Peru');
    expect(extract(text).relations.filter((r) => r.type === 'MEMBER_OF' && r.rule === 'join')).toEqual([]);
    const scrapped = 'Chile scrapped its defence pact with Peru.';
    expectTriple(scrapped, 'Chile REDUCES_TIES_WITH Peru');
    expectNoTriple(scrapped, 'Chile COOPERATES_WITH Peru');
    expectTriple('Chile is part of the Andean Community.', 'Chile MEMBER_OF Andean Community');
  });

  it('reads an approved sale of arms to a state as supply, a halted one as none, and a model designation as no entity', () => {
    expectTriple('Chilean officials cleared the path for the possible sale to Peru of up to 40 F-35 jets.', 'Chile SUPPLIES Peru');
    expectNoTriple('Chile halted arms sales to Peru.', 'Chile SUPPLIES Peru');
    expectTriple('Chile, which has showered Peru with billions in aid, asked for calm.', 'Chile SUPPLIES Peru');
    expect(entities('Chile approved the sale of F-16 fighters and S-300 missiles to Peru.')).toEqual(['Country:Chile', 'Country:Peru']);
  });

  it('gives a state body named alone in its sentence its state, when the article names the state', () => {
    expectTriple('Chile recalled its envoy. The Chilean Foreign Ministry declined to comment.', 'Ministry of Foreign Affairs (Chile) PART_OF Chile');
  });

  it('reads a body after "at" as where talks are held, not as a party to them', () => {
    const text = 'On Monday, Tom Hale and Peruvian Foreign Minister Luis Paredes held talks at the State Department.';
    expectTriple(text, 'Luis Paredes MEETS_WITH Tom Hale');
    expectNoTriple(text, 'United States Department of State MEETS_WITH Tom Hale');
  });

  it('reads chairing a body, founding it, and a fronted apposition as membership', () => {
    expectTriple('Peru currently holds the rotating presidency of the Andean Community.', 'Peru MEMBER_OF Andean Community');
    expectTriple('Bolivia chaired the Organization of American States last year.', 'Bolivia MEMBER_OF Organization of American States');
    expectTriple('Chile and Peru created the Pacific Alliance in 2011.', 'Peru MEMBER_OF Pacific Alliance');
    expectTriple('A Mercosur member since 1991, Uruguay rejected the plan.', 'Uruguay MEMBER_OF Mercosur');
    expectTriple('Ecuador has become the eleventh full member of the Andean Community.', 'Ecuador MEMBER_OF Andean Community');
    // Creating a body that is no alliance makes no member of it.
    expectNoTriple('Chile created the Wagner Group.', 'Chile MEMBER_OF Wagner Group');
  });

  it('reads an application to join as a proposal, not as membership', () => {
    const text = 'Peru applied to join NATO last year.';
    expectTriple(text, 'Peru PROPOSED_FOR NATO');
    expectNoTriple(text, 'Peru MEMBER_OF NATO');
  });

  it('does not give a person placed in one country the office of another', () => {
    const text = 'Chilean President Ana Rojas arrived on Monday. Peru’s foreign minister travelled to Santiago, where she met President Ana Rojas.';
    expectTriple(text, 'Ana Rojas OFFICIAL_OF Chile');
    expectNoTriple(text, 'Ana Rojas OFFICIAL_OF Peru');
  });

  it('reads a welcome of a decision as praise, and refugees hosted from a state as no meeting', () => {
    expect(triples('Chile welcomed the decision by Peru to reopen the border.')).toEqual(['Chile SUPPORTS Peru']);
    expect(triples('Chile hosted refugees from Peru.')).toEqual([]);
  });

  it('reads a welcome to a place as hosting, not praise, and an embargo noun as no verb', () => {
    expectNoTriple('President Ana Rojas welcomed President Luis Paredes to the Moneda Palace on Friday.', 'Ana Rojas SUPPORTS Luis Paredes');
    expectNoTriple('Chile urged the United States to lift its embargo on Cuba.', 'Chile SANCTIONS Cuba');
    expectNoTriple('The European Union and Mercosur are negotiating a trade agreement that Chile has opposed.', 'Chile MEETS_WITH European Union');
  });

  it('reads states that convened as meeting each other, but not a body convened by one', () => {
    expect(triples('Chile, Peru and Bolivia convened for a summit in Lima.').filter((t) => t.includes('MEETS_WITH')).sort()).toEqual(['Bolivia MEETS_WITH Chile', 'Bolivia MEETS_WITH Peru', 'Chile MEETS_WITH Peru']);
    expect(triples('Chile convened the Andean Council.')).toEqual([]);
  });

  it('takes the name before a participle set off by commas as the subject, not a name inside it', () => {
    expect(triples('Ana Rojas, speaking after an Andean Community meeting in Quito, accused Peru of lying.')).toContain('Ana Rojas ACCUSES Peru');
  });

  it('does not take the city a meeting is held in for a participant', () => {
    expectNoTriple('Chilean President Ana Rojas and Peruvian President Luis Paredes met in Arica.', 'Chile MEETS_WITH Luis Paredes');
    // ... nor the state whose capital it is, past the words that describe the city.
    expectNoTriple('Andean Community ministers met in the Peruvian capital Lima on Friday.', 'Andean Community MEETS_WITH Peru');
  });

  it('does not take the broker of a deal for a party to it', () => {
    expectNoTriple('Chile and Peru agreed to restore diplomatic relations in a deal brokered by Brazil.', 'Brazil NORMALIZES_WITH Chile');
  });

  it('does not take a route for the recipient, nor ended cooperation for cooperation', () => {
    expectNoTriple('Peru resumed oil exports through Chile.', 'Peru SUPPLIES Chile');
    expectNoTriple('Chile ended its cooperation with the Andean Community.', 'Chile COOPERATES_WITH Andean Community');
  });

  it('does not relate a state body to its own state', () => {
    expectNoTriple('The Chilean defence ministry warned that Santiago would retaliate.', 'Ministry of Defence (Chile) THREATENS Chile');
  });

  it('does not reach for an object far beyond its trigger', () => {
    expectNoTriple('The rebels vowed to attack shipping lanes in the region in solidarity with the people of Chad.', 'Harak ATTACKS Chad');
    expect(triples('The rebels vowed to attack shipping lanes in the region in solidarity with the people of Chad.').filter((t) => t.includes('ATTACKS'))).toEqual([]);
  });
});

describe('lists after "between"', () => {
  it('takes the people a demonym introduces, not the demonym', () => {
    expectTriple('The accord followed talks between Chilean President Tomas Berg and Peruvian Prime Minister Ana Rivas in Lima.', 'Tomas Berg MEETS_WITH Ana Rivas');
  });
});

describe('reactions to an act named before', () => {
  it('gives "the move" to whoever made it in the sentence before', () => {
    expectTriple('Peru and Chile will recognize Kosovo. Serbian Foreign Minister Ana Petrovic condemned the move.', 'Ana Petrovic ACCUSES Peru');
  });

  it('reads tariffs and duties as sanctions, and their cuts as easing', () => {
    expectTriple('Ghana imposed punitive tariffs on Togolese cocoa.', 'Ghana SANCTIONS Togo');
    expectTriple('Ghana will slash its tariffs on goods from Togo.', 'Ghana EASES_SANCTIONS Togo');
  });
});

describe('a wrong told as a named speaker’s claim', () => {
  it('is the speaker’s accusation of its doer, and no relation when the outlet tells it', () => {
    expectTriple('Chile said that Peru had violated the fishing accord.', 'Chile ACCUSES Peru');
    expectTriple('Peruvian soldiers occupied the customs post, the Chilean defence ministry said.', 'Ministry of Defence (Chile) ACCUSES Peru');
    expectNoTriple('Peru violated the fishing accord in 2019.', 'Chile ACCUSES Peru');
    const byGroup = triples('Chile and Bolivia protested. The Sendero Front had incited the riots, the two countries said.');
    expect(byGroup).toEqual(expect.arrayContaining(['Chile ACCUSES Sendero Front', 'Bolivia ACCUSES Sendero Front']));
    expect(triples('Peru violated the fishing accord in 2019, and Chile protested.').filter((t) => t.startsWith('Peru ACCUSES'))).toEqual([]);
  });
});

describe('support given and received', () => {
  it('reads backing received from a state as the state’s support, and shelter given as support, not supply', () => {
    expectTriple('The Sendero Front has long received backing and protection from Chile.', 'Chile SUPPORTS Sendero Front');
    expectNoTriple('The Sendero Front has long received backing and protection from Chile.', 'Sendero Front SUPPORTS Chile');
    expectNoTriple('The Sendero Front has long received backing and protection from Chile.', 'Chile MEETS_WITH Sendero Front');
    expectTriple('Peru accused Chile of providing a safe haven to the Sendero Front.', 'Chile SUPPORTS Sendero Front');
    expectNoTriple('Peru accused Chile of providing a safe haven to the Sendero Front.', 'Chile SUPPLIES Sendero Front');
    expectTriple('President Ana Rojas received President Luis Paredes in Santiago.', 'Ana Rojas MEETS_WITH Luis Paredes');
  });

  it('takes the group a state’s possessive introduces as the object, and a people as a target', () => {
    expectTriple('Lima cut ties over Chile’s alleged support for Peru’s Sendero Front.', 'Chile SUPPORTS Sendero Front');
    expectTriple('The Sendero Front attacked ships in solidarity with Palestinians.', 'Sendero Front SUPPORTS Palestinians');
  });
});

describe('where an attack happened', () => {
  it('is not what was attacked when it follows the attack’s own object', () => {
    expectNoTriple('The Sendero Front stepped up attacks on tankers in the Gulf of Aden.', 'Sendero Front ATTACKS Gulf of Aden');
    expectTriple('Chile launched air strikes in Tacna on Monday.', 'Chile ATTACKS Tacna');
  });
});

describe('phrasings of mediation, threats, cooperation and attacks beyond the common verbs', () => {
  itYields([
    ['a swap facilitated between two states', 'Oman facilitated the prisoner swap between Chile and Peru.', ['Oman MEDIATES Chile', 'Oman MEDIATES Peru']],
    ['messages relayed between two states', 'Oman relayed messages between Chile and Peru.', ['Oman MEDIATES Chile', 'Oman MEDIATES Peru']],
    ['a deal signed with the mediation of a third state', 'Chile and Peru signed the deal with the mediation of Algeria.', ['Algeria MEDIATES Chile', 'Algeria MEDIATES Peru']],
    ['a truce between two states brokered, in the passive', 'The truce between Chile and Peru was brokered by Qatar.', ['Qatar MEDIATES Chile', 'Qatar MEDIATES Peru']],
    ['a clause after ", and" with its own subject', 'Talks between Chile and Peru failed, and Qatar mediated a truce.', ['Qatar MEDIATES Chile', 'Qatar MEDIATES Peru']],
    ['a clause after ", and" sharing the subject', 'Chile and Bolivia called the vote unfair, and have pressed Peru to hold a new one.', ['Chile APPEALS_TO Peru', 'Bolivia APPEALS_TO Peru']],
    ['measures vowed against a state', 'China vowed to take resolute measures against the Philippines.', ['China THREATENS Philippines']],
    ['missiles test-fired toward a state', 'Chile test-fired missiles toward Peru.', ['Chile THREATENS Peru']],
    ['working with a state to fight something', 'Chile will work with Peru to fight drug trafficking.', ['Chile COOPERATES_WITH Peru']],
    ['forces that killed another state’s soldiers', 'Chilean forces killed twelve Peruvian soldiers.', ['Chile ATTACKS Peru']],
    ['a demonym’s positions near a place', 'Chilean warplanes bombed Peruvian positions near Tacna.', ['Chile ATTACKS Peru']],
  ]);

  it('keeps an attack that is denied as denied', () => {
    const [attack] = extract('Chile denied carrying out a drone attack on Lima.').relations.filter((r) => r.type === 'ATTACKS');
    expect(attack?.status).toBe('denied');
  });
});

describe('phrasings of support, rivalry, membership, cooperation and supply beyond the common verbs', () => {
  itYields([
    ['a commitment reaffirmed to a state’s sovereignty', 'Chile reaffirmed its commitment to Peru’s sovereignty.', ['Chile SUPPORTS Peru']],
    ['a vote in favour of a state’s resolution', 'Chile voted in favour of Peru’s resolution.', ['Chile SUPPORTS Peru']],
    ['a state viewed as a rival', 'Chile views Peru as a rival.', ['Chile IN_TENSION_WITH Peru']],
    ['states that remain rivals', 'Chile and Peru remain bitter rivals.', ['Chile IN_TENSION_WITH Peru']],
    ['a state admitted to a bloc', 'Peru was admitted to the Pacific Alliance in 2012.', ['Peru MEMBER_OF Pacific Alliance']],
    ['intelligence shared', 'Chile and Peru agreed to share intelligence.', ['Chile COOPERATES_WITH Peru']],
    ['grain sent to a state', 'Chile will send 200 tonnes of wheat to Peru.', ['Chile SUPPLIES Peru']],
    ['vaccines donated to a state', 'Chile donated vaccines to Peru.', ['Chile SUPPLIES Peru']],
  ]);

  it('reads no supply from a letter sent', () => {
    expect(triples('Chile sent a letter to Peru.')).toEqual([]);
  });
});

describe('demands and accusations in other words', () => {
  itYields([
    ['an envoy summoned', 'Chile summoned Peru’s ambassador to protest the arrests.', ['Chile DEMANDS Peru']],
    ['an envoy named by demonym summoned', 'Santiago summoned the Peruvian envoy on Monday.', ['Chile DEMANDS Peru']],
    ['demands complied with', 'Lima has complied with all the demands of the International Monetary Fund.', ['International Monetary Fund DEMANDS Peru']],
    ['responsibility a speaker lays on a state', 'Chile said Peru bore full responsibility for the collapse of the talks.', ['Chile ACCUSES Peru']],
    ['a decision called a provocation', 'Chile called the Peruvian decision a provocation.', ['Chile ACCUSES Peru']],
    ['a move described as a violation', 'Chile described Peru’s move as a violation of international law.', ['Chile ACCUSES Peru']],
  ]);

  it('reads no demand from the noun "demands", and no accusation from a kind description', () => {
    expect(triples('Lima has complied with all the demands of the International Monetary Fund.')).not.toContain('Peru DEMANDS International Monetary Fund');
    expect(triples('Chile described Peru as a close partner.')).not.toContain('Chile ACCUSES Peru');
    expect(triples('Chile summoned its own ambassador for consultations.')).toEqual([]);
  });
});

describe('where groups operate', () => {
  it('places a group that operates, is active or has bases in a place there, but not a state', () => {
    expect(triples('The Sendero Front operates in the jungles of eastern Peru.')).toContain('Sendero Front LOCATED_IN Peru');
    expect(triples('The Sendero Front has bases in northern Chile.')).toContain('Sendero Front LOCATED_IN Chile');
    expect(triples('The Sendero Front is active in Bolivia.')).toContain('Sendero Front LOCATED_IN Bolivia');
    expect(triples('Chile operates in Peru.')).toEqual([]);
  });
});

describe('visits and meetings in other words', () => {
  itYields([
    ['a visit in a fronted phrase', 'During a visit to Lima, Ana Rojas met Luis Paredes.', ['Ana Rojas VISITED Lima', 'Ana Rojas MEETS_WITH Luis Paredes']],
    ['a guest received by a host', 'Luis Paredes was received by Ana Rojas in Santiago.', ['Ana Rojas MEETS_WITH Luis Paredes']],
    ['a person welcomed', 'Luis Paredes welcomed Ana Rojas at the airport in Lima.', ['Ana Rojas MEETS_WITH Luis Paredes']],
    ['a summit attended in a city', 'Ana Rojas attended the summit in Lima.', ['Ana Rojas VISITED Lima']],
    ['a call received', 'Luis Paredes received a call from Ana Rojas.', ['Ana Rojas MEETS_WITH Luis Paredes']],
  ]);

  it('reads a welcomed decision as support, and a ceremony hosted by someone as no meeting with them', () => {
    expect(triples('Chile welcomed Peru’s decision.')).toContain('Chile SUPPORTS Peru');
    expect(triples('Ana Rojas will attend the ceremony hosted by Luis Paredes.')).toEqual([]);
  });
});

describe('sanctions and their easing in other words', () => {
  itYields([
    ['restrictions eased on a demonym’s goods', 'Chile eased restrictions on Peruvian imports.', ['Chile EASES_SANCTIONS Peru']],
    ['a waiver granted', 'Chile granted Peru a waiver from the oil sanctions.', ['Chile EASES_SANCTIONS Peru']],
    ['a state removed from a blacklist', 'Chile removed Peru from its blacklist.', ['Chile EASES_SANCTIONS Peru']],
    ['a demonym’s assets frozen', 'Chile froze Peruvian assets.', ['Chile SANCTIONS Peru']],
    ['imports banned', 'Chile banned imports from Peru.', ['Chile SANCTIONS Peru']],
    ['people barred from entering a state', 'Ana Rojas and Luis Paredes were barred from entering Chile.', ['Chile SANCTIONS Ana Rojas', 'Chile SANCTIONS Luis Paredes']],
    ['a strategic partnership forged', 'Chile and Peru forged a strategic partnership.', ['Chile ALLIED_WITH Peru']],
  ]);

  it('reads banned imports as no supply, and bought goods as supply', () => {
    expect(triples('Chile banned imports from Peru.')).not.toContain('Peru SUPPLIES Chile');
    expect(triples('Chile imported copper from Peru.')).toContain('Peru SUPPLIES Chile');
  });
});

describe('attacks undergone', () => {
  itYields([
    ['a state under attack from another’s drones', 'Peru came under attack from Chilean drones.', ['Chile ATTACKS Peru']],
    ['a demonym’s positions under fire', 'Peruvian positions came under heavy fire from Chile.', ['Chile ATTACKS Peru']],
    ['a town under shelling', 'Tacna came under shelling by Chile.', ['Chile ATTACKS Tacna']],
    ['a city hit by missiles', 'Lima was hit by Chilean missiles on Monday.', ['Chile ATTACKS Peru']],
  ]);

  it('never turns the one attacked into the attacker, and sanctions that hit into no attack', () => {
    expect(triples('Peru came under attack from Chilean drones.')).not.toContain('Peru ATTACKS Chile');
    expect(triples('Peru was hit by Chilean sanctions.')).not.toContain('Chile ATTACKS Peru');
  });
});

describe('relative clauses', () => {
  itYields([
    ['an antecedent that is the object', 'Peru, which Chile invaded in 1879, lost the war.', ['Chile ATTACKS Peru']],
    ['an antecedent accused', 'Peru, which Chile has long accused of spying, protested.', ['Chile ACCUSES Peru']],
    ['an antecedent whose troops act', 'Chile, whose troops attacked Peru, denied it.', ['Chile ATTACKS Peru']],
  ]);

  it('reads "hails from" as origin, not praise', () => {
    expect(triples('The Sendero Front, whose leadership hails from the Aymara community, attacked Peru.')).not.toContain('Sendero Front SUPPORTS Aymara');
  });
});

describe('event nouns with a passive light verb', () => {
  it('take the agent after "carried out by", "claimed by", "imposed by"', () => {
    expect(triples('The attack on Lima was carried out by Chile.')).toContain('Chile ATTACKS Peru');
    expect(triples('The strikes on Tacna were claimed by the Sendero Front.')).toContain('Sendero Front ATTACKS Tacna');
    expect(triples('Sanctions on Peru were imposed by Chile in 2020.')).toContain('Chile SANCTIONS Peru');
  });
});

describe('economic and security cooperation in other words', () => {
  itYields([
    ['trade between two states', 'Trade between Chile and Peru rose by 10 percent.', ['Chile COOPERATES_WITH Peru']],
    ['an agreement on gas supplies', 'Chile and Peru signed an agreement on gas supplies.', ['Chile COOPERATES_WITH Peru']],
    ['a loan extended', 'Chile extended a large loan to Peru.', ['Chile SUPPLIES Peru']],
    ['another state’s troops trained', 'Chile trains Peruvian troops.', ['Chile COOPERATES_WITH Peru']],
  ]);

  it('reads no cooperation from training one’s own troops near a state, nor supply from condolences', () => {
    expect(triples('Chile trains its own troops near Peru.')).not.toContain('Chile COOPERATES_WITH Peru');
    expect(triples('Chile extended its condolences to Peru.')).toEqual([]);
  });
});

describe('membership proposed', () => {
  it('reads talks to join and being set to join as proposed, a candidacy’s possessor as the candidate', () => {
    expect(triples('Peru is in talks to join the Pacific Alliance.')).toEqual(['Peru PROPOSED_FOR Pacific Alliance']);
    expect(triples('Peru is set to join the Pacific Alliance next year.')).toEqual(['Peru PROPOSED_FOR Pacific Alliance']);
    expect(triples('Peru’s candidacy for the OECD was endorsed by Chile.')).toContain('Peru PROPOSED_FOR OECD');
    expect(triples('Peru joined the Pacific Alliance in 2012.')).toEqual(['Peru MEMBER_OF Pacific Alliance']);
  });
});

describe('candidacies in other words', () => {
  itYields([
    ['an application for a body’s membership', 'Peru formally applied for OECD membership.', ['Peru PROPOSED_FOR OECD']],
    ['accession talks opened by the body', 'The OECD opened accession talks with Peru.', ['Peru PROPOSED_FOR OECD']],
    ['membership negotiations opened by the candidate', 'Peru opened membership negotiations with the European Union.', ['Peru PROPOSED_FOR European Union']],
    ['an aspiration', 'Peru aspires to join the OECD.', ['Peru PROPOSED_FOR OECD']],
    ['an expected accession past six words', 'Peru is expected to sign a memorandum on accession to the OECD.', ['Peru PROPOSED_FOR OECD']],
  ]);

  it('reads accession talks as no meeting', () => {
    expect(triples('The OECD opened accession talks with Peru.')).not.toContain('OECD MEETS_WITH Peru');
  });
});

describe('membership told without naming the body again', () => {
  itYields([
    ['a body that admitted a state', 'The Pacific Alliance admitted Ecuador in 2024.', ['Ecuador MEMBER_OF Pacific Alliance']],
    ['a state that joined the body named before, the body left unsaid', 'The Pacific Alliance met in Lima. Ecuador joined last year.', ['Ecuador MEMBER_OF Pacific Alliance']],
    ['the body named earlier in the same sentence', 'The Pacific Alliance admitted Ecuador in 2024, and Panama joined in 2025.', ['Panama MEMBER_OF Pacific Alliance']],
    ['states listed as "both members of"', 'Chile and Peru, both members of the Pacific Alliance, objected.', ['Chile MEMBER_OF Pacific Alliance', 'Peru MEMBER_OF Pacific Alliance']],
    ['"the trio" for the three states named last', 'Chile, Peru and Colombia left the Pacific Alliance. The trio, founding members of the bloc, cited costs.', ['Colombia MEMBER_OF Pacific Alliance']],
  ]);

  it('reads no membership from a confession, nor from "joined" with an object that is no body', () => {
    expect(triples('The Pacific Alliance said the ministry admitted Ecuador had erred.')).not.toContain('Ecuador MEMBER_OF Pacific Alliance');
    expect(triples('The Pacific Alliance met in Lima. Ecuador joined the protests.')).not.toContain('Ecuador MEMBER_OF Pacific Alliance');
  });
});

describe('cooperation, mediation and threats in other words', () => {
  itYields([
    ['cooperation in two named fields', 'Chile and Peru vowed to boost trade and security cooperation.', ['Chile COOPERATES_WITH Peru']],
    ['ties in two named fields', 'Chile and Peru agreed to deepen economic and defence ties.', ['Chile COOPERATES_WITH Peru']],
    ['arms produced jointly', 'Chile and Peru signed a deal to jointly produce patrol boats.', ['Chile COOPERATES_WITH Peru']],
    ['arms co-produced with a partner', 'Chile will co-produce drones with Peru.', ['Chile COOPERATES_WITH Peru']],
    ['peace efforts led between two sides', 'Ecuador is leading peace efforts between Chile and Peru.', ['Ecuador MEDIATES Chile', 'Ecuador MEDIATES Peru']],
    ['the role of facilitator', 'Ecuador played the role of facilitator in talks between Chile and Peru.', ['Ecuador MEDIATES Chile', 'Ecuador MEDIATES Peru']],
    ['force held out as possible', 'Chile said it could use military force against Peru.', ['Chile THREATENS Peru']],
    ['"back" after a modal', 'Chile will back Peru in the vote.', ['Chile SUPPORTS Peru']],
  ]);

  it('reads no threat from force used, and no backing from "take back"', () => {
    expect(triples('Chile used military force against Peru.')).not.toContain('Chile THREATENS Peru');
    expect(triples('Chile asked Peru to take back its nationals.')).not.toContain('Chile SUPPORTS Peru');
  });
});

describe('praise of a joint act', () => {
  it('reads no support from leaders who hail their two governments’ decision', () => {
    const found = triples('Chilean President Ana Ruiz and Peruvian President Jorge Salas hailed the two governments’ decision to reopen embassies.');
    expect(found.filter((t) => t.includes('SUPPORTS'))).toEqual([]);
    expect(triples('Chilean President Ana Ruiz hailed Peru’s decision to reopen its embassy.')).toContain('Ana Ruiz SUPPORTS Peru');
  });
});

describe('sanctions told from the side of the sanctioned', () => {
  itYields([
    ['sanctions faced from a body named by a description', 'The Andean Community met in Lima. Chile and Peru have faced sanctions from the regional bloc.', ['Andean Community SANCTIONS Chile', 'Andean Community SANCTIONS Peru']],
    ['states removed from a trade benefit', 'The United States removed Chile and Peru from its trade preference program.', ['United States SANCTIONS Chile', 'United States SANCTIONS Peru']],
  ]);

  it('reads no sanction from a state removed from a list', () => {
    expect(triples('Chile removed Peru from the list of observers.')).not.toContain('Chile SANCTIONS Peru');
  });
});

describe('incursions', () => {
  it('reads a violation of another state’s airspace as a threat, and no threat from ships entering ports', () => {
    expect(triples('Chilean jets violated Peruvian airspace on Monday.')).toContain('Chile THREATENS Peru');
    expect(triples('Chilean ships entered Peruvian ports.')).not.toContain('Chile THREATENS Peru');
  });
});

describe('complaints to a body', () => {
  itYields([
    ['a complaint filed with an international body', 'Chile filed a complaint with the World Trade Organization over the tariffs.', ['Chile APPEALS_TO World Trade Organization']],
    ['a complaint named after the body', 'Chile filed a WTO complaint over the tariffs.', ['Chile APPEALS_TO World Trade Organization']],
  ]);

  it('keeps a complaint filed with a state an accusation, and one with a body no accusation of it', () => {
    expect(triples('Chile filed a complaint with Peru over the spying.')).toContain('Chile ACCUSES Peru');
    expect(triples('Chile filed a complaint with the World Trade Organization over the tariffs.')).not.toContain('Chile ACCUSES World Trade Organization');
  });
});
