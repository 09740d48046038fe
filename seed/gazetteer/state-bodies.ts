/**
 * Canonical names of the bodies every state has (armed forces and their branches, ministries,
 * parliament), as Wikipedia titles them: a pattern per kind of body ("Ministry of Foreign Affairs
 * (Egypt)", "Indian Armed Forces") and, per country (ISO alpha-2), the titles that do not follow
 * it ("Royal Thai Armed Forces", "Federal Foreign Office"). Written for Entente from general
 * knowledge of how states name their institutions; one article's wording never adds a row.
 */

/** The kinds of state body named by description ("the Thai military", "Egypt’s foreign ministry"). */
export type StateBodyKind =
  | 'armed-forces' | 'army' | 'navy' | 'air-force' | 'coast-guard' | 'general-staff' | 'police' | 'parliament' | 'foreign-ministry' | 'defence-ministry' | 'ministry' | 'central-bank'
  | 'institution';

/** The country as the patterns need it: canonical name, first demonym, ISO alpha-2. */
export interface BodyOwner {
  name: string;
  iso2: string;
  demonym?: string | undefined;
}

/** Titles that differ from the pattern of their kind, by kind and country. */
const EXCEPTIONS: Partial<Record<StateBodyKind, Record<string, string>>> = {
  'armed-forces': {
    AF: 'Afghan Armed Forces', AM: 'Armed Forces of Armenia', AO: 'Angolan Armed Forces', AU: 'Australian Defence Force',
    AZ: 'Azerbaijani Armed Forces', BD: 'Bangladesh Armed Forces', BF: 'Armed Forces of Burkina Faso', BH: 'Bahrain Defence Force',
    BI: 'National Defence Force (Burundi)', BY: 'Armed Forces of Belarus', CD: 'Armed Forces of the Democratic Republic of the Congo',
    CN: "People's Liberation Army", CO: 'Military Forces of Colombia', CU: 'Revolutionary Armed Forces', CZ: 'Army of the Czech Republic',
    DE: 'Bundeswehr', DK: 'Danish Defence', DZ: "Algerian People's National Army", EE: 'Estonian Defence Forces',
    ER: 'Eritrean Defence Forces', ET: 'Ethiopian National Defense Force', FI: 'Finnish Defence Forces', GB: 'British Armed Forces',
    GE: 'Defense Forces of Georgia', GR: 'Hellenic Armed Forces', HU: 'Hungarian Defence Forces', ID: 'Indonesian National Armed Forces',
    IE: 'Defence Forces (Ireland)', IL: 'Israel Defense Forces', IR: 'Islamic Republic of Iran Armed Forces', JP: 'Japan Self-Defense Forces',
    KE: 'Kenya Defence Forces', KH: 'Royal Cambodian Armed Forces', KP: "Korean People's Army", KR: 'Republic of Korea Armed Forces',
    KZ: 'Armed Forces of the Republic of Kazakhstan', LV: 'Latvian National Armed Forces', MA: 'Royal Moroccan Armed Forces',
    MD: 'Armed Forces of Moldova', MM: 'Tatmadaw', MZ: 'Armed Forces for the Defence of Mozambique', NL: 'Netherlands Armed Forces',
    NZ: 'New Zealand Defence Force', OM: "Sultan of Oman's Armed Forces", PE: 'Armed Forces of Peru', PH: 'Armed Forces of the Philippines',
    PK: 'Pakistan Armed Forces', QA: 'Qatar Armed Forces', RW: 'Rwanda Defence Force', SA: 'Saudi Arabian Armed Forces',
    SN: 'Armed Forces of Senegal', SS: "South Sudan People's Defence Forces", TH: 'Royal Thai Armed Forces', TW: 'Republic of China Armed Forces',
    TZ: "Tanzania People's Defence Force", UA: 'Armed Forces of Ukraine', UG: "Uganda People's Defence Force",
    US: 'United States Armed Forces', UZ: 'Armed Forces of the Republic of Uzbekistan', VE: 'Bolivarian National Armed Forces of Venezuela',
    VN: "People's Army of Vietnam", ZA: 'South African National Defence Force', ZW: 'Zimbabwe Defence Forces', AE: 'United Arab Emirates Armed Forces',
  },
  army: {
    CN: "People's Liberation Army Ground Force", GB: 'British Army', IL: 'Israel Defense Forces', IR: 'Islamic Republic of Iran Army',
    PK: 'Pakistan Army', US: 'United States Army', KP: "Korean People's Army Ground Force", IN: 'Indian Army',
  },
  navy: {
    CN: "People's Liberation Army Navy", GB: 'Royal Navy', US: 'United States Navy', IR: 'Islamic Republic of Iran Navy',
    PK: 'Pakistan Navy', IN: 'Indian Navy', AU: 'Royal Australian Navy', CA: 'Royal Canadian Navy', TH: 'Royal Thai Navy', JP: 'Japan Maritime Self-Defense Force',
  },
  'air-force': {
    CN: "People's Liberation Army Air Force", GB: 'Royal Air Force', US: 'United States Air Force', RU: 'Russian Aerospace Forces',
    PK: 'Pakistan Air Force', IN: 'Indian Air Force', AU: 'Royal Australian Air Force', CA: 'Royal Canadian Air Force', TH: 'Royal Thai Air Force',
    JP: 'Japan Air Self-Defense Force', IR: 'Islamic Republic of Iran Air Force', IL: 'Israeli Air Force',
  },
  'coast-guard': {
    CN: 'China Coast Guard', JP: 'Japan Coast Guard', KR: 'Korea Coast Guard', VN: 'Vietnam Coast Guard', GR: 'Hellenic Coast Guard',
    US: 'United States Coast Guard', GB: 'HM Coastguard', TW: 'Coast Guard Administration', PH: 'Philippine Coast Guard',
  },
  parliament: {
    AL: 'Parliament of Albania', AM: 'National Assembly (Armenia)', AR: 'Argentine National Congress', AZ: 'National Assembly (Azerbaijan)',
    BA: 'Parliamentary Assembly of Bosnia and Herzegovina', BD: 'Jatiya Sangsad', BG: 'National Assembly (Bulgaria)', BO: 'Plurinational Legislative Assembly',
    BR: 'National Congress of Brazil', BY: 'National Assembly of Belarus', CL: 'National Congress of Chile', CN: "National People's Congress",
    CO: 'Congress of Colombia', CU: "National Assembly of People's Power", DE: 'Bundestag', DK: 'Folketing', EC: 'National Assembly (Ecuador)',
    EE: 'Riigikogu', EG: 'House of Representatives (Egypt)', ES: 'Cortes Generales', FR: 'French Parliament', GR: 'Hellenic Parliament',
    HR: 'Croatian Parliament', HU: 'National Assembly (Hungary)', ID: "People's Consultative Assembly", IL: 'Knesset',
    IQ: 'Council of Representatives of Iraq', IR: 'Islamic Consultative Assembly', IT: 'Italian Parliament', JP: 'National Diet',
    KG: 'Supreme Council (Kyrgyzstan)', KR: 'National Assembly (South Korea)', LT: 'Seimas', LV: 'Saeima', MX: 'Congress of the Union',
    NG: 'National Assembly (Nigeria)', NI: 'National Assembly (Nicaragua)', NL: 'States General of the Netherlands', NO: 'Storting',
    PE: 'Congress of the Republic of Peru', PH: 'Congress of the Philippines', RS: 'National Assembly (Serbia)', RU: 'Federal Assembly (Russia)',
    SE: 'Riksdag', SI: 'National Assembly (Slovenia)', SK: 'National Council (Slovakia)', TH: 'National Assembly (Thailand)',
    TR: 'Grand National Assembly of Turkey', TW: 'Legislative Yuan', UA: 'Verkhovna Rada', US: 'United States Congress', UZ: 'Oliy Majlis',
    VE: 'National Assembly (Venezuela)', VN: 'National Assembly (Vietnam)', XK: 'Assembly of the Republic of Kosovo',
  },
  'foreign-ministry': {
    AU: 'Department of Foreign Affairs and Trade', CA: 'Global Affairs Canada', CN: "Ministry of Foreign Affairs of the People's Republic of China",
    DE: 'Federal Foreign Office', FR: 'Ministry for Europe and Foreign Affairs', GB: 'Foreign, Commonwealth and Development Office',
    IN: 'Ministry of External Affairs (India)', US: 'United States Department of State', IE: 'Department of Foreign Affairs (Ireland)',
    CH: 'Federal Department of Foreign Affairs', AT: 'Federal Ministry for European and International Affairs', NZ: 'Ministry of Foreign Affairs and Trade (New Zealand)',
  },
  'central-bank': {
    US: 'Federal Reserve', GB: 'Bank of England', JP: 'Bank of Japan', CN: "People's Bank of China", IN: 'Reserve Bank of India', KR: 'Bank of Korea',
    CA: 'Bank of Canada', AU: 'Reserve Bank of Australia', NZ: 'Reserve Bank of New Zealand', CH: 'Swiss National Bank', PK: 'State Bank of Pakistan',
    DE: 'Deutsche Bundesbank', FR: 'Banque de France', IT: 'Bank of Italy', SE: 'Sveriges Riksbank', NO: 'Norges Bank', IL: 'Bank of Israel',
    TR: 'Central Bank of the Republic of Turkey', UA: 'National Bank of Ukraine', PL: 'National Bank of Poland', HU: 'Hungarian National Bank',
    CZ: 'Czech National Bank', SA: 'Saudi Central Bank', AE: 'Central Bank of the United Arab Emirates', MX: 'Bank of Mexico', ZA: 'South African Reserve Bank',
    ID: 'Bank Indonesia', MY: 'Bank Negara Malaysia', TH: 'Bank of Thailand', PH: 'Bangko Sentral ng Pilipinas', VN: 'State Bank of Vietnam',
    BY: 'National Bank of the Republic of Belarus', KZ: 'National Bank of Kazakhstan', LB: 'Banque du Liban', AF: 'Da Afghanistan Bank',
  },
  'defence-ministry': {
    CN: "Ministry of National Defense of the People's Republic of China", DE: 'Federal Ministry of Defence (Germany)', FR: 'Ministry of the Armed Forces (France)',
    US: 'United States Department of Defense', TR: 'Ministry of National Defense (Turkey)', KR: 'Ministry of National Defense (South Korea)',
    TW: 'Ministry of National Defense (Taiwan)', JP: 'Ministry of Defense (Japan)', IL: 'Ministry of Defense (Israel)', PH: 'Department of National Defense (Philippines)',
    AU: 'Department of Defence (Australia)', CA: 'Department of National Defence (Canada)', IR: 'Ministry of Defence and Armed Forces Logistics',
    CO: 'Ministry of National Defense (Colombia)', VE: 'Ministry of Defense (Venezuela)', SA: 'Ministry of Defense (Saudi Arabia)',
    AF: 'Ministry of Defense (Afghanistan)', AZ: 'Ministry of Defense (Azerbaijan)', GR: 'Ministry of National Defence (Greece)',
    PL: 'Ministry of National Defence (Poland)', KP: 'Ministry of National Defence (North Korea)', MX: 'Secretariat of National Defense (Mexico)',
  },
};

/**
 * Institutions most states have under one name, titled "<Institution> of <country>" ("Supreme
 * Court of Pakistan", "Security Council of Armenia"), or "<Institution> (<country>)" where Wikipedia
 * disambiguates that way; and the titles that differ, by institution and country.
 */
const INSTITUTION_TITLES: Record<string, { style: 'of' | 'bracket'; except?: Record<string, string> }> = {
  'Supreme Court': { style: 'of', except: { US: 'Supreme Court of the United States', GB: 'Supreme Court of the United Kingdom', KR: 'Supreme Court of Korea' } },
  'Constitutional Court': { style: 'of', except: { DE: 'Federal Constitutional Court' } },
  'High Court': { style: 'of' },
  'Security Council': { style: 'of' },
  'Security Cabinet': { style: 'of' },
  'Senate': { style: 'of', except: { US: 'United States Senate' } },
  'National Police': { style: 'of', except: { PH: 'Philippine National Police', ID: 'Indonesian National Police', HT: 'Haitian National Police' } },
  'Election Commission': { style: 'of' },
  'Electoral Commission': { style: 'of' },
  'Central Election Commission': { style: 'of' },
  'National Assembly': { style: 'bracket' },
};

/** Countries whose name takes "the" after "of" ("Supreme Court of the Philippines"). */
const NAMED_WITH_THE = new Set(['US', 'GB', 'PH', 'NL', 'CD', 'CG', 'CZ', 'AE', 'BS', 'KM', 'MV', 'MH', 'SB', 'CF', 'DO']);

/** The title of an institution most states have; undefined for one this table does not know. */
function institutionTitle(topic: string, owner: BodyOwner): string | undefined {
  const titles = INSTITUTION_TITLES[topic];
  if (!titles) return undefined;
  const known = titles.except?.[owner.iso2];
  if (known) return known;
  if (titles.style === 'bracket') return `${topic} (${owner.name})`;
  return `${topic} of ${NAMED_WITH_THE.has(owner.iso2) ? 'the ' : ''}${owner.name}`;
}

/** Countries whose armed forces' title is "<country> Armed Forces" rather than the demonym's. */
const ARMED_FORCES_BY_COUNTRY_NAME = new Set(['PK', 'QA', 'BD', 'KW', 'GH', 'NE', 'CY', 'JM', 'BZ', 'GY']);

/** The canonical name of a state's body of a kind; `topic` names a ministry's field ("health"). */
export function stateBodyName(kind: StateBodyKind, owner: BodyOwner, topic?: string): string {
  const known = EXCEPTIONS[kind]?.[owner.iso2];
  if (known) return known;
  const adjective = owner.demonym ?? owner.name;
  switch (kind) {
    case 'armed-forces':
      return ARMED_FORCES_BY_COUNTRY_NAME.has(owner.iso2) || !owner.demonym ? `${owner.name} Armed Forces` : `${adjective} Armed Forces`;
    case 'army':
      return EXCEPTIONS['armed-forces']?.[owner.iso2] ?? `${adjective} Armed Forces`;
    case 'navy':
      return `${adjective} Navy`;
    case 'air-force':
      return `${adjective} Air Force`;
    case 'coast-guard':
      return `${adjective} Coast Guard`;
    case 'police':
      return `${adjective} Police`;
    case 'general-staff':
      return `General Staff of the Armed Forces of ${owner.name}`;
    case 'central-bank':
      return `Central Bank of ${owner.name}`;
    case 'parliament':
      return `Parliament of ${owner.name}`;
    case 'foreign-ministry':
      return ministry('Foreign Affairs', owner);
    case 'defence-ministry':
      return ministry('Defence', owner);
    case 'ministry':
      return ministry(topic ?? '', owner);
    case 'institution':
      return institutionTitle(topic ?? '', owner) ?? `${adjective} ${topic ?? ''}`;
  }
}

/** "Ministry of Health (Lebanon)"; China titles its ministries "… of the People's Republic of China". */
function ministry(field: string, owner: BodyOwner): string {
  return owner.iso2 === 'CN' ? `Ministry of ${field} of the People's Republic of China` : `Ministry of ${field} (${owner.name})`;
}

/**
 * The state whose body a title names, for titles of their own ("Royal Navy", "Bundeswehr"), also
 * written without their closing "of <country>" ("Bolivarian National Armed Forces").
 */
export function stateOfBodyTitle(name: string): { title: string; iso2: string } | undefined {
  return bodyTitles().get(name) ?? bodyTitles().get(`${name} of`);
}

let titles: Map<string, { title: string; iso2: string }> | undefined;
function bodyTitles(): Map<string, { title: string; iso2: string }> {
  if (titles) return titles;
  titles = new Map();
  const tables = [...Object.values(EXCEPTIONS), ...Object.values(INSTITUTION_TITLES).map((t) => t.except ?? {})];
  for (const table of tables) {
    for (const [iso2, title] of Object.entries(table)) {
      titles.set(title, { title, iso2 });
      // "… Armed Forces of Venezuela" is also written "… Armed Forces", when three words or more remain.
      const shortened = /^(.+ \S+ \S+) of (?:the )?[A-Z][\w ]+$/.exec(title)?.[1];
      if (shortened && !/^(?:Ministry|Embassy|Parliament|Supreme Court|Armed Forces of|Army of)\b/.test(title)) titles.set(`${shortened} of`, { title, iso2 });
    }
  }
  return titles;
}
