/**
 * General lists news about any region names: the world's continents, macro-regions, oceans, seas,
 * straits, rivers and mountain ranges; the world's major news agencies, broadcasters and papers
 * (with their home country, which also tells an article's outlet country: seed/outlets.ts);
 * international financial institutions, regional bodies, well-known parties, armed and criminal
 * groups and companies of defence and energy; treaties every reader knows by name. Written for
 * Entente from general knowledge; names are Wikipedia titles. No entry exists for one article.
 */
import type { GazetteerEntry } from './entities.ts';

type Row = [name: string, aliases?: string[], country?: string];
const entries = (type: GazetteerEntry['type'], rows: Row[], extra: Partial<GazetteerEntry> = {}): GazetteerEntry[] =>
  rows.map(([name, aliases = [], country]) => ({ name, type, aliases: [name, ...aliases], ...(country ? { country } : {}), ...extra }));

export const WORLD_PLACES: GazetteerEntry[] = entries('Place', [
  // Continents and macro-regions.
  ['Antarctica'], ['Eurasia', ['Eurasian']], ['Global South'], ['Global North'], ['Western Hemisphere'], ['Asia-Pacific', ['Asia Pacific']],
  ['Pacific Islands'], ['South Pacific'], ['North Africa', ['Northern Africa']], ['West Africa', ['Western Africa']],
  ['East Africa', ['Eastern Africa']], ['Central Africa'], ['Southern Africa'], ['Sub-Saharan Africa', ['sub-Saharan Africa']], ['Maghreb'],
  ['Levant'], ['Central Europe'], ['Northern Europe'], ['Southern Europe'], ['Southeast Europe', ['Southeastern Europe']],
  ['Western Balkans'], ['Scandinavia'], ['Baltic states', ['Baltics']], ['Nordic countries'], ['Northeast Asia'], ['Western Asia'],
  ['Eastern Mediterranean'], ['Siberia'], ['Sahara', ['Sahara Desert']], ['Amazon rainforest'], ['Himalayas'], ['Andes'], ['Alps'],
  ['Kashmir'], ['Western Sahara'], ['Kurdistan'], ['Tibet'], ['Patagonia'],
  // Oceans, seas, gulfs, straits, canals.
  ['Atlantic Ocean', ['Atlantic']], ['Pacific Ocean', ['Pacific']], ['Indian Ocean'], ['Arctic Ocean'], ['Southern Ocean'],
  ['South China Sea'], ['East China Sea'], ['Yellow Sea'], ['Sea of Japan', ['East Sea']], ['Philippine Sea'], ['Arabian Sea'],
  ['Gulf of Aden'], ['Gulf of Oman'], ['Bay of Bengal'], ['Andaman Sea'], ['Baltic Sea'], ['North Sea'], ['Norwegian Sea'],
  ['Barents Sea'], ['Sea of Azov'], ['Aegean Sea', ['Aegean']], ['Adriatic Sea', ['Adriatic']], ['Ionian Sea'], ['Caribbean Sea'],
  ['Gulf of Mexico', ['Gulf of America']], ['Gulf of Guinea'], ['Gulf of Thailand'], ['Taiwan Strait', ['Taiwan Straits']],
  ['Strait of Malacca'], ['Bab-el-Mandeb', ['Bab el-Mandeb', 'Bab al-Mandab']], ['Bosporus', ['Bosphorus']], ['Dardanelles'],
  ['Strait of Gibraltar'], ['English Channel'], ['Kerch Strait'], ['Suez Canal'], ['Panama Canal'], ['Spratly Islands'],
  ['Paracel Islands'], ['Senkaku Islands', ['Senkakus', 'Diaoyu Islands']],
  // Rivers.
  ['Danube'], ['Nile', ['Nile River', 'River Nile']], ['Blue Nile'], ['Euphrates'], ['Tigris'], ['Mekong', ['Mekong River']],
  ['Dnieper', ['Dnipro River']], ['Jordan River', ['River Jordan']], ['Rio Grande'], ['Amur'], ['Indus', ['Indus River']],
]);

export const WORLD_ORGANIZATIONS: GazetteerEntry[] = [
  // News agencies, broadcasters and papers, with their home country (state-run or not, an outlet is no state body).
  ...entries('Organization', [
    ['Interfax', [], 'RU'], ['RIA Novosti', ['RIA'], 'RU'], ['Sputnik', [], 'RU'], ['RT', ['Russia Today'], 'RU'], ['Kommersant', [], 'RU'],
    ['Izvestia', [], 'RU'], ['Vedomosti', [], 'RU'], ['Meduza', [], 'RU'], ['Xinhua News Agency', ['Xinhua'], 'CN'], ['China Daily', [], 'CN'],
    ['Global Times', [], 'CN'], ['CGTN', [], 'CN'], ['China Central Television', ['CCTV'], 'CN'], ['South China Morning Post', ['SCMP'], 'CN'],
    ['Kyodo News', ['Kyodo'], 'JP'], ['NHK', [], 'JP'], ['Nikkei', ['Nikkei Asia'], 'JP'], ['Asahi Shimbun', [], 'JP'], ['Yomiuri Shimbun', [], 'JP'],
    ['Yonhap News Agency', ['Yonhap'], 'KR'], ['Korean Central News Agency', ['KCNA'], 'KP'], ['Press Trust of India', [], 'IN'],
    ['The Hindu', [], 'IN'], ['Hindustan Times', [], 'IN'], ['The Times of India', ['Times of India'], 'IN'], ['NDTV', [], 'IN'],
    ['Associated Press of Pakistan', [], 'PK'], ['Antara', ['Antara News Agency'], 'ID'], ['Bernama', [], 'MY'],
    ['Philippine News Agency', [], 'PH'], ['Vietnam News Agency', [], 'VN'], ['Deutsche Presse-Agentur', ['dpa', 'DPA'], 'DE'],
    ['Deutsche Welle', ['DW'], 'DE'], ['Der Spiegel', ['Spiegel'], 'DE'], ['ANSA', [], 'IT'], ['EFE', ['Agencia EFE'], 'ES'], ['Europa Press', [], 'ES'],
    ['Polish Press Agency', ['PAP'], 'PL'], ['Ukrinform', [], 'UA'], ['UNIAN', [], 'UA'], ['Kyiv Independent', ['The Kyiv Independent'], 'UA'],
    ['BelTA', [], 'BY'], ['Kazinform', [], 'KZ'], ['AKIpress', [], 'KG'], ['Kabar', [], 'KG'], ['Armenpress', [], 'AM'], ['Tanjug', [], 'RS'],
    ['Hürriyet', ['Hurriyet'], 'TR'], ['Daily Sabah', [], 'TR'], ['TRT World', ['TRT'], 'TR'],
    ['Fars News Agency', [], 'IR'], ['Tasnim News Agency', ['Tasnim'], 'IR'], ['Mehr News Agency', ['Mehr'], 'IR'], ['Press TV', [], 'IR'],
    ['Tehran Times', [], 'IR'], ['Emirates News Agency', ['WAM'], 'AE'], ['Saudi Press Agency', ['SPA'], 'SA'], ['Qatar News Agency', ['QNA'], 'QA'],
    ['Kuwait News Agency', ['KUNA'], 'KW'], ['Middle East News Agency', [], 'EG'], ['Syrian Arab News Agency', ['SANA'], 'SY'],
    ['Al Arabiya', [], 'SA'], ['Asharq Al-Awsat', [], 'SA'], ['Al-Monitor', [], 'US'], ['Middle East Eye', [], 'GB'], ['Haaretz', [], 'IL'],
    ['The Times of Israel', ['Times of Israel'], 'IL'], ['The Jerusalem Post', ['Jerusalem Post'], 'IL'], ['Maghreb Arab Press', [], 'MA'],
    ['Algérie Presse Service', ['Algerie Presse Service'], 'DZ'], ['Ethiopian News Agency', [], 'ET'], ['News Agency of Nigeria', [], 'NG'],
    ['South African Broadcasting Corporation', ['SABC'], 'ZA'], ['Prensa Latina', [], 'CU'], ['Télam', ['Telam'], 'AR'], ['Agência Brasil', ['Agencia Brasil'], 'BR'],
    ['BBC', ['BBC News'], 'GB'], ['Sky News', [], 'GB'], ['The Guardian', [], 'GB'], ['Financial Times', [], 'GB'], ['The Economist', [], 'GB'],
    ['CNN', [], 'US'], ['Fox News', [], 'US'], ['NBC News', [], 'US'], ['CBS News', [], 'US'], ['ABC News', [], 'US'], ['NPR', [], 'US'],
    ['The New York Times', ['New York Times'], 'US'], ['The Washington Post', ['Washington Post'], 'US'], ['The Wall Street Journal', ['Wall Street Journal'], 'US'],
    ['Politico', [], 'US'], ['The Hill', [], 'US'], ['Voice of America', ['VOA'], 'US'], ['Radio Free Europe/Radio Liberty', ['RFE/RL', 'Radio Free Europe'], 'US'],
    ['France 24', [], 'FR'], ['Le Monde', [], 'FR'], ['Euronews', [], 'FR'], ['Radio France Internationale', ['RFI'], 'FR'],
  ], { isNonState: true }),
  ...entries('Organization', [
    // International financial institutions and bodies of the UN system.
    ['Islamic Development Bank', ['IsDB']], ['Asian Development Bank', ['ADB']], ['African Development Bank', ['AfDB']],
    ['European Investment Bank', ['EIB']], ['European Bank for Reconstruction and Development', ['EBRD']],
    ['Asian Infrastructure Investment Bank', ['AIIB']], ['New Development Bank'], ['Bank for International Settlements'],
    ['European Central Bank', ['ECB']], ['OECD', ['Organisation for Economic Co-operation and Development', 'Organization for Economic Cooperation and Development']],
    ['United Nations Development Programme', ['UNDP']], ['Food and Agriculture Organization', ['FAO']], ['International Labour Organization', ['ILO']],
    ['International Organization for Migration', ['IOM']], ['United Nations Human Rights Council', ['UN Human Rights Council', 'Human Rights Council']],
    ['Office of the United Nations High Commissioner for Human Rights', ['OHCHR', 'UN human rights office']], ['UNIFIL'], ['MONUSCO'],
    ['SWIFT'], ['Alliance of Sahel States', ['Confederation of Sahel States', 'AES']], ['Pacific Alliance'], ['Visegrád Group', ['Visegrad Group', 'V4']],
    ['Nordic Council'], ['Arctic Council'], ['Union for the Mediterranean'], ['Financial Action Task Force', ['FATF']], ['Eurasian Development Bank'],
    ['North Atlantic Council'], ['African Union Commission', ['AU Commission']], ['ECOWAS Commission'], ['Council of the European Union', ['Council of the EU', 'EU Council']],
    ['European External Action Service', ['EEAS']], ['Court of Justice of the European Union', ['European Court of Justice', 'CJEU']],
  ]),
  // Parties, armed and criminal groups that news names across regions.
  ...entries('Organization', [
    ['Democratic Party (United States)', ['Democratic Party'], 'US'], ['Republican Party (United States)', ['Republican Party', 'GOP'], 'US'],
    ['Chinese Communist Party', ['Communist Party of China', 'CCP'], 'CN'], ['Bharatiya Janata Party', ['BJP'], 'IN'], ['Likud', [], 'IL'],
    ['Fatah', [], 'PS'], ['Palestine Liberation Organization', ['PLO']], ['Muslim Brotherhood'], ['Rapid Support Forces', ['RSF'], 'SD'],
    ['Revolutionary Armed Forces of Colombia', ['FARC'], 'CO'], ['National Liberation Army (Colombia)', ['National Liberation Army', 'ELN'], 'CO'],
    ['Sinaloa Cartel', [], 'MX'], ['Jalisco New Generation Cartel', ['CJNG'], 'MX'], ['MS-13', ['Mara Salvatrucha'], 'SV'],
    ['Tehrik-i-Taliban Pakistan', ['Pakistani Taliban', 'TTP'], 'PK'], ['Islamic State – Khorasan Province', ['ISIS-K', 'ISKP'], 'AF'],
    ['Jama\'at Nasr al-Islam wal Muslimin', ['JNIM'], 'ML'], ['Kataib Hezbollah', [], 'IQ'], ['Popular Mobilization Forces', ['PMF'], 'IQ'],
  ], { isNonState: true }),
  ...entries('Organization', [
    // Defence, aerospace and energy companies.
    ['Dassault Aviation', ['Dassault'], 'FR'], ['Naval Group', [], 'FR'], ['Thales Group', ['Thales'], 'FR'], ['Airbus', [], 'FR'],
    ['Lockheed Martin', [], 'US'], ['Boeing', [], 'US'], ['RTX Corporation', ['Raytheon', 'RTX'], 'US'], ['Northrop Grumman', [], 'US'],
    ['General Dynamics', [], 'US'], ['General Electric', [], 'US'], ['BAE Systems', [], 'GB'],
    ['Rheinmetall', [], 'DE'], ['Leonardo S.p.A.', [], 'IT'], ['Saab AB', ['Saab'], 'SE'], ['Rostec', [], 'RU'], ['Rosatom', [], 'RU'],
    ['Almaz-Antey', [], 'RU'], ['Lukoil', [], 'RU'], ['Novatek', [], 'RU'], ['Naftogaz', [], 'UA'], ['Huawei', [], 'CN'], ['TSMC', [], 'TW'],
    ['ExxonMobil', ['Exxon'], 'US'], ['Chevron Corporation', ['Chevron'], 'US'], ['Shell plc', [], 'GB'], ['BP', [], 'GB'],
    ['TotalEnergies', [], 'FR'], ['Eni', [], 'IT'], ['Equinor', [], 'NO'], ['QatarEnergy', [], 'QA'], ['ADNOC', ['Abu Dhabi National Oil Company'], 'AE'],
    ['Hanwha Aerospace', ['Hanwha'], 'KR'], ['Aselsan', [], 'TR'], ['Turkish Aerospace Industries', ['Turkish Aerospace', 'TUSAS'], 'TR'],
  ]),
];

/** Peoples, ethnic and religious communities that news names as actors or victims across regions. */
export const WORLD_GROUPS: GazetteerEntry[] = entries('Group', [
  ['Afrikaners'], ['Zulu people', ['Zulus']], ['Xhosa people', ['Xhosa']], ['Tutsi', ['Tutsis']], ['Hutu', ['Hutus']], ['Banyamulenge'],
  ['Igbo people', ['Igbo']], ['Yoruba people', ['Yoruba']], ['Hausa people', ['Hausa']], ['Fula people', ['Fulani']], ['Masalit people', ['Masalit']],
  ['Zaghawa people', ['Zaghawa']], ['Fur people'], ['Nuer people', ['Nuer']], ['Dinka people', ['Dinka']], ['Tibetans'], ['Maronites'],
  ['Assyrians'], ['Circassians'], ['Tatars'], ['Ossetians'], ['Abkhaz people', ['Abkhazians']], ['Sámi', ['Sami']], ['Basques'], ['Catalans'],
  ['Kashmiri Pandits'], ['Dalits'], ['Adivasi'], ['Mapuche'], ['Aymara people', ['Aymara']], ['Māori', ['Maori']], ['Aboriginal Australians'],
  ['Ahmadis', ['Ahmadiyya']], ['Evangelicals'], ['Orthodox Christians'], ['Sufis'],
]);

/**
 * Heads of state and government, ministers and officials of international bodies whom news names
 * by surname, with the country they serve (offices.ts reads it for "the person acts for the state").
 */
export const WORLD_PEOPLE: GazetteerEntry[] = ([
  ['Pete Hegseth', ['Hegseth'], 'US', 'Secretary of Defense'], ['Scott Bessent', ['Bessent'], 'US', 'Secretary of the Treasury'],
  ['Steve Witkoff', ['Witkoff'], 'US', 'Special Envoy'], ['Howard Lutnick', ['Lutnick'], 'US', 'Secretary of Commerce'], ['Kamala Harris', [], 'US', 'Vice President'],
  ['Kaja Kallas', ['Kallas'], undefined, 'High Representative', 'European Union'], ['Roberta Metsola', ['Metsola'], undefined, 'President', 'European Parliament'],
  ['David Lammy', ['Lammy'], 'GB', 'Foreign Secretary'], ['Yvette Cooper', [], 'GB', 'Foreign Secretary'], ['Rishi Sunak', ['Sunak'], 'GB', 'Prime Minister'],
  ['Jean-Noël Barrot', ['Jean-Noel Barrot', 'Barrot'], 'FR', 'Foreign Minister'], ['François Bayrou', ['Francois Bayrou', 'Bayrou'], 'FR', 'Prime Minister'],
  ['Sébastien Lecornu', ['Sebastien Lecornu', 'Lecornu'], 'FR', 'Prime Minister'], ['Olaf Scholz', ['Scholz'], 'DE', 'Chancellor'],
  ['Johann Wadephul', ['Wadephul'], 'DE', 'Foreign Minister'], ['Annalena Baerbock', ['Baerbock'], 'DE', 'Foreign Minister'],
  ['Frank-Walter Steinmeier', ['Steinmeier'], 'DE', 'President'], ['Boris Pistorius', ['Pistorius'], 'DE', 'Defence Minister'],
  ['Giorgia Meloni', ['Meloni'], 'IT', 'Prime Minister'], ['Antonio Tajani', ['Tajani'], 'IT', 'Foreign Minister'], ['Sergio Mattarella', ['Mattarella'], 'IT', 'President'],
  ['Pedro Sánchez', ['Pedro Sanchez'], 'ES', 'Prime Minister'], ['José Manuel Albares', ['Jose Manuel Albares', 'Albares'], 'ES', 'Foreign Minister'],
  ['Donald Tusk', ['Tusk'], 'PL', 'Prime Minister'], ['Andrzej Duda', ['Duda'], 'PL', 'President'], ['Karol Nawrocki', ['Nawrocki'], 'PL', 'President'],
  ['Radosław Sikorski', ['Radoslaw Sikorski', 'Sikorski'], 'PL', 'Foreign Minister'], ['Viktor Orbán', ['Viktor Orban', 'Orbán', 'Orban'], 'HU', 'Prime Minister'],
  ['Péter Szijjártó', ['Peter Szijjarto', 'Szijjártó', 'Szijjarto'], 'HU', 'Foreign Minister'], ['Robert Fico', ['Fico'], 'SK', 'Prime Minister'],
  ['Aleksandar Vučić', ['Aleksandar Vucic', 'Vučić', 'Vucic'], 'RS', 'President'], ['Albin Kurti', ['Kurti'], 'XK', 'Prime Minister'], ['Vjosa Osmani', [], 'XK', 'President'],
  ['Alexander Stubb', ['Stubb'], 'FI', 'President'], ['Ulf Kristersson', ['Kristersson'], 'SE', 'Prime Minister'], ['Mette Frederiksen', ['Frederiksen'], 'DK', 'Prime Minister'],
  ['Kyriakos Mitsotakis', ['Mitsotakis'], 'GR', 'Prime Minister'], ['Dick Schoof', ['Schoof'], 'NL', 'Prime Minister'],
  ['Dmitry Peskov', ['Peskov'], 'RU', 'Kremlin Spokesman'], ['Mikhail Mishustin', ['Mishustin'], 'RU', 'Prime Minister'], ['Sergei Shoigu', ['Sergey Shoigu', 'Shoigu'], 'RU', 'Security Council Secretary'],
  ['Andrei Belousov', ['Andrey Belousov', 'Belousov'], 'RU', 'Defence Minister'], ['Valery Gerasimov', ['Gerasimov'], 'RU', 'Chief of the General Staff'],
  ['Maria Zakharova', ['Zakharova'], 'RU', 'Foreign Ministry Spokeswoman'],
  ['Yevgeny Prigozhin', ['Prigozhin'], 'RU', 'Wagner Group founder'], ['Andrii Sybiha', ['Andriy Sybiha', 'Sybiha'], 'UA', 'Foreign Minister'],
  ['Dmytro Kuleba', ['Kuleba'], 'UA', 'Foreign Minister'], ['Yulia Svyrydenko', ['Svyrydenko'], 'UA', 'Prime Minister'], ['Denys Shmyhal', ['Shmyhal'], 'UA', 'Prime Minister'],
  ['Andriy Yermak', ['Andrii Yermak', 'Yermak'], 'UA', 'Head of the Presidential Office'], ['Rustem Umerov', ['Umerov'], 'UA', 'Defence Minister'],
  ['Alexander Lukashenko', ['Alexander Lukashenka', 'Lukashenko'], 'BY', 'President'], ['Irakli Kobakhidze', ['Kobakhidze'], 'GE', 'Prime Minister'],
  ['Bidzina Ivanishvili', ['Ivanishvili'], 'GE', 'Georgian Dream founder'], ['Salome Zourabichvili', ['Zourabichvili'], 'GE', 'President'],
  ['Ararat Mirzoyan', ['Mirzoyan'], 'AM', 'Foreign Minister'], ['Yoav Gallant', ['Gallant'], 'IL', 'Defence Minister'], ['Bezalel Smotrich', ['Smotrich'], 'IL', 'Finance Minister'],
  ['Itamar Ben-Gvir', ['Itamar Ben Gvir', 'Ben-Gvir', 'Ben Gvir'], 'IL', 'National Security Minister'], ['Joseph Aoun', ['Aoun'], 'LB', 'President'],
  ['Naim Qassem', ['Qassem'], 'LB', 'Hezbollah Secretary-General'], ['Hassan Nasrallah', ['Nasrallah'], 'LB', 'Hezbollah Secretary-General'],
  ['Mohammed Shia al-Sudani', ['al-Sudani', 'Sudani'], 'IQ', 'Prime Minister'], ['Ayman Safadi', ['Safadi'], 'JO', 'Foreign Minister'],
  ['Badr Abdelatty', ['Abdelatty'], 'EG', 'Foreign Minister'], ['Faisal bin Farhan', ['Prince Faisal bin Farhan'], 'SA', 'Foreign Minister'],
  ['Tamim bin Hamad Al Thani', ['Sheikh Tamim', 'Tamim bin Hamad'], 'QA', 'Emir'], ['Mohammed bin Abdulrahman Al Thani', ['Mohammed bin Abdulrahman'], 'QA', 'Prime Minister'],
  ['Yahya Sinwar', ['Sinwar'], 'PS', 'Hamas leader'], ['Ismail Haniyeh', ['Haniyeh'], 'PS', 'Hamas leader'], ['Abdul-Malik al-Houthi', [], 'YE', 'Houthi leader'],
  ['Wang Yi', [], 'CN', 'Foreign Minister'], ['Li Qiang', [], 'CN', 'Premier'], ['Shigeru Ishiba', ['Ishiba'], 'JP', 'Prime Minister'], ['Fumio Kishida', ['Kishida'], 'JP', 'Prime Minister'],
  ['Sanae Takaichi', ['Takaichi'], 'JP', 'Prime Minister'], ['Takeshi Iwaya', ['Iwaya'], 'JP', 'Foreign Minister'], ['Toshimitsu Motegi', ['Motegi'], 'JP', 'Foreign Minister'],
  ['Yoon Suk Yeol', ['Yoon Suk-yeol', 'Yoon'], 'KR', 'President'], ['Lee Jae-myung', ['Lee Jae Myung'], 'KR', 'President'], ['Kim Jong Un', ['Kim Jong-un'], 'KP', 'Supreme Leader'],
  ['Subrahmanyam Jaishankar', ['S. Jaishankar', 'Jaishankar'], 'IN', 'External Affairs Minister'], ['Rajnath Singh', [], 'IN', 'Defence Minister'],
  ['Shehbaz Sharif', ['Shahbaz Sharif', 'Shehbaz'], 'PK', 'Prime Minister'], ['Asim Munir', ['Munir'], 'PK', 'Army Chief'], ['Ishaq Dar', [], 'PK', 'Foreign Minister'],
  ['Imran Khan', [], 'PK', 'former Prime Minister'], ['Hibatullah Akhundzada', ['Akhundzada'], 'AF', 'Supreme Leader'], ['Muhammad Yunus', ['Yunus'], 'BD', 'Chief Adviser'],
  ['Sheikh Hasina', ['Hasina'], 'BD', 'Prime Minister'], ['Prabowo Subianto', ['Prabowo'], 'ID', 'President'], ['Joko Widodo', ['Jokowi', 'Widodo'], 'ID', 'President'],
  ['Anwar Ibrahim', ['Anwar'], 'MY', 'Prime Minister'], ['Ferdinand Marcos Jr.', ['Ferdinand Marcos Jr', 'Bongbong Marcos', 'Marcos'], 'PH', 'President'],
  ['Paetongtarn Shinawatra', ['Paetongtarn'], 'TH', 'Prime Minister'], ['Anutin Charnvirakul', ['Anutin'], 'TH', 'Prime Minister'], ['Thaksin Shinawatra', ['Thaksin'], 'TH', 'former Prime Minister'],
  ['Hun Manet', [], 'KH', 'Prime Minister'], ['Hun Sen', [], 'KH', 'Senate President'], ['Min Aung Hlaing', [], 'MM', 'Commander-in-Chief'],
  ['Lai Ching-te', ['Lai'], 'TW', 'President'], ['Tsai Ing-wen', ['Tsai'], 'TW', 'President'], ['Sadyr Japarov', ['Japarov', 'Zhaparov'], 'KG', 'President'],
  ['Emomali Rahmon', ['Rahmon', 'Emomali Rakhmon', 'Rakhmon'], 'TJ', 'President'], ['Serdar Berdimuhamedov', ['Berdimuhamedov'], 'TM', 'President'],
  ['Anthony Albanese', ['Albanese'], 'AU', 'Prime Minister'], ['Penny Wong', [], 'AU', 'Foreign Minister'], ['Richard Marles', ['Marles'], 'AU', 'Defence Minister'],
  ['Christopher Luxon', ['Luxon'], 'NZ', 'Prime Minister'], ['William Ruto', ['Ruto'], 'KE', 'President'], ['Abiy Ahmed', ['Abiy'], 'ET', 'Prime Minister'],
  ['Isaias Afwerki', ['Afwerki', 'Isaias'], 'ER', 'President'], ['Hassan Sheikh Mohamud', [], 'SO', 'President'],
  ['Abdel Fattah al-Burhan', ['Abdel Fattah Burhan', 'al-Burhan', 'Burhan'], 'SD', 'Army Chief'], ['Mohamed Hamdan Dagalo', ['Hemedti', 'Dagalo'], 'SD', 'RSF Commander'],
  ['Salva Kiir', ['Kiir'], 'SS', 'President'], ['Khalifa Haftar', ['Haftar'], 'LY', 'Commander'], ['Kais Saied', ['Saied'], 'TN', 'President'],
  ['Abdelmadjid Tebboune', ['Tebboune'], 'DZ', 'President'], ['Bola Tinubu', ['Tinubu'], 'NG', 'President'], ['John Mahama', ['John Dramani Mahama', 'Mahama'], 'GH', 'President'],
  ['Assimi Goïta', ['Assimi Goita', 'Goïta', 'Goita'], 'ML', 'President'], ['Ibrahim Traoré', ['Ibrahim Traore'], 'BF', 'President'],
  ['Abdourahamane Tchiani', ['Tchiani'], 'NE', 'President'], ['Mahamat Déby', ['Mahamat Idriss Déby', 'Mahamat Idriss Deby', 'Mahamat Deby'], 'TD', 'President'],
  ['Félix Tshisekedi', ['Felix Tshisekedi', 'Tshisekedi'], 'CD', 'President'], ['Paul Kagame', ['Kagame'], 'RW', 'President'], ['Yoweri Museveni', ['Museveni'], 'UG', 'President'],
  ['Évariste Ndayishimiye', ['Evariste Ndayishimiye', 'Ndayishimiye'], 'BI', 'President'], ['Cyril Ramaphosa', ['Ramaphosa'], 'ZA', 'President'],
  ['Emmerson Mnangagwa', ['Mnangagwa'], 'ZW', 'President'], ['Mark Carney', ['Carney'], 'CA', 'Prime Minister'], ['Justin Trudeau', ['Trudeau'], 'CA', 'Prime Minister'],
  ['Claudia Sheinbaum', ['Sheinbaum'], 'MX', 'President'], ['Luiz Inácio Lula da Silva', ['Luiz Inacio Lula da Silva', 'Lula da Silva', 'Lula'], 'BR', 'President'],
  ['Javier Milei', ['Milei'], 'AR', 'President'], ['Gustavo Petro', ['Petro'], 'CO', 'President'], ['Nicolás Maduro', ['Nicolas Maduro', 'Maduro'], 'VE', 'President'],
  ['Gabriel Boric', ['Boric'], 'CL', 'President'], ['Dina Boluarte', ['Boluarte'], 'PE', 'President'], ['Daniel Noboa', ['Noboa'], 'EC', 'President'],
  ['Miguel Díaz-Canel', ['Miguel Diaz-Canel', 'Díaz-Canel', 'Diaz-Canel'], 'CU', 'President'], ['Daniel Ortega', [], 'NI', 'President'], ['Nayib Bukele', ['Bukele'], 'SV', 'President'],
  ['José Raúl Mulino', ['Jose Raul Mulino', 'Mulino'], 'PA', 'President'], ['Jens Stoltenberg', ['Stoltenberg'], undefined, 'Secretary General', 'NATO'],
  ['Kristalina Georgieva', ['Georgieva'], undefined, 'Managing Director', 'International Monetary Fund'], ['Rafael Grossi', ['Grossi'], undefined, 'Director General', 'International Atomic Energy Agency'],
  ['Tedros Adhanom Ghebreyesus', ['Tedros'], undefined, 'Director-General', 'World Health Organization'],
] as [string, string[], string | undefined, string, string?][]).map(([name, aliases, country, role, organization]) => ({
  name, type: 'Person' as const, aliases: [name, ...aliases], ...(country ? { country, roles: [{ role, country }] } : { roles: [{ role, ...(organization ? { organization } : {}) }] }),
}));

export const WORLD_AGREEMENTS: GazetteerEntry[] = entries('Agreement', [
  ['AUKUS'], ['Black Sea Grain Initiative', ['Black Sea grain deal']], ['Dayton Agreement', ['Dayton Accords']],
  ['Good Friday Agreement'], ['Schengen Agreement'], ['Treaty of Lisbon', ['Lisbon Treaty']], ['Rome Statute'],
  ['Geneva Conventions'], ['Chemical Weapons Convention'], ['Comprehensive Nuclear-Test-Ban Treaty', ['CTBT']],
  ['Intermediate-Range Nuclear Forces Treaty', ['INF Treaty']], ['Treaty on Open Skies', ['Open Skies Treaty']], ['Kyoto Protocol'],
  ['Arms Trade Treaty'], ['United Nations Convention on the Law of the Sea', ['UNCLOS', 'Law of the Sea']], ['Budapest Memorandum'],
  ['United States–Mexico–Canada Agreement', ['USMCA']], ['North American Free Trade Agreement', ['NAFTA']], ['Belt and Road Initiative', ['BRI']],
  ['Arab Peace Initiative'], ['Sustainable Development Goals', ['SDGs']], ['Doha Agreement'], ['Istanbul Convention'],
  ['Comprehensive and Progressive Agreement for Trans-Pacific Partnership', ['CPTPP']], ['Regional Comprehensive Economic Partnership', ['RCEP']],
  ['Treaty on the Prohibition of Nuclear Weapons'],
]);

/**
 * Bodies that are organs or agencies of a larger one, by canonical name: "the European Commission"
 * is PART_OF the European Union wherever an article names both.
 */
export const PARENT_BODIES: Readonly<Record<string, string>> = {
  'European Commission': 'European Union', 'European Parliament': 'European Union', 'European Council': 'European Union',
  'Council of the European Union': 'European Union', 'European External Action Service': 'European Union',
  'Court of Justice of the European Union': 'European Union', 'European Central Bank': 'European Union',
  'United Nations Security Council': 'United Nations', 'United Nations General Assembly': 'United Nations', 'International Court of Justice': 'United Nations',
  UNESCO: 'United Nations', UNICEF: 'United Nations', UNHCR: 'United Nations', 'World Food Programme': 'United Nations', 'World Health Organization': 'United Nations',
  'United Nations Development Programme': 'United Nations', 'Food and Agriculture Organization': 'United Nations', 'International Labour Organization': 'United Nations',
  'International Organization for Migration': 'United Nations', 'United Nations Human Rights Council': 'United Nations', UNRWA: 'United Nations',
  'Office of the United Nations High Commissioner for Human Rights': 'United Nations', UNIFIL: 'United Nations', MONUSCO: 'United Nations',
  'North Atlantic Council': 'NATO', 'African Union Commission': 'African Union', 'ECOWAS Commission': 'ECOWAS',
};
