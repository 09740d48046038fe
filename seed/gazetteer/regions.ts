/**
 * Which countries a description names by region: "the South American country", "the Gulf state",
 * "the landlocked nation", "the island nation". Continents and UN subregions, land borders and
 * landlockedness come from world-countries (mledoze/countries, ODbL); the regions news names that
 * the UN scheme does not (the Gulf, the Balkans, the Caucasus, the Sahel …) are listed here from
 * general knowledge.
 */
import { createRequire } from 'node:module';

interface CountryRecord {
  cca2: string;
  region: string;
  subregion: string;
  landlocked: boolean;
  borders: string[];
}

/** Description words for a UN region or subregion (world-countries' `region` and `subregion`). */
const BY_REGION: Record<string, { region?: string; subregions?: string[] }> = {
  african: { region: 'Africa' },
  asian: { region: 'Asia' },
  european: { region: 'Europe' },
  'north african': { subregions: ['Northern Africa'] },
  'west african': { subregions: ['Western Africa'] },
  'east african': { subregions: ['Eastern Africa'] },
  'central african': { subregions: ['Middle Africa'] },
  'southern african': { subregions: ['Southern Africa'] },
  'south american': { subregions: ['South America'] },
  'central american': { subregions: ['Central America'] },
  'latin american': { subregions: ['South America', 'Central America', 'Caribbean'] },
  caribbean: { subregions: ['Caribbean'] },
  'central asian': { subregions: ['Central Asia'] },
  'south asian': { subregions: ['Southern Asia'] },
  'southeast asian': { subregions: ['South-Eastern Asia'] },
  'east asian': { subregions: ['Eastern Asia'] },
  'eastern european': { subregions: ['Eastern Europe'] },
  pacific: { region: 'Oceania' },
};

/** Regions news names that cut across the UN scheme, by ISO alpha-2. */
const BY_LIST: Record<string, string[]> = {
  gulf: ['BH', 'KW', 'OM', 'QA', 'SA', 'AE'],
  balkan: ['AL', 'BA', 'BG', 'HR', 'GR', 'XK', 'ME', 'MK', 'RO', 'RS', 'SI'],
  baltic: ['EE', 'LV', 'LT'],
  nordic: ['DK', 'FI', 'IS', 'NO', 'SE'],
  scandinavian: ['DK', 'NO', 'SE'],
  caucasus: ['AM', 'AZ', 'GE'],
  'south caucasus': ['AM', 'AZ', 'GE'],
  sahel: ['BF', 'ML', 'MR', 'NE', 'TD'],
  sahelian: ['BF', 'ML', 'MR', 'NE', 'TD'],
  andean: ['BO', 'CO', 'EC', 'PE'],
  himalayan: ['BT', 'NP'],
  'middle eastern': ['BH', 'CY', 'EG', 'IR', 'IQ', 'IL', 'JO', 'KW', 'LB', 'OM', 'PS', 'QA', 'SA', 'SY', 'TR', 'AE', 'YE'],
  arab: ['DZ', 'BH', 'KM', 'DJ', 'EG', 'IQ', 'JO', 'KW', 'LB', 'LY', 'MR', 'MA', 'OM', 'PS', 'QA', 'SA', 'SO', 'SD', 'SY', 'TN', 'AE', 'YE'],
  'horn of africa': ['DJ', 'ER', 'ET', 'SO'],
};

let records: CountryRecord[] | undefined;
/** world-countries' records, read once when a description first asks. */
function countryRecords(): CountryRecord[] {
  records ??= createRequire(import.meta.url)('world-countries/countries.json') as CountryRecord[];
  return records;
}

const cache = new Map<string, ReadonlySet<string> | undefined>();

/**
 * The ISO alpha-2 codes of the countries a description's words name ("south american", "gulf",
 * "landlocked", "island"), or undefined when no word of it names a region.
 */
export function countriesDescribed(words: string): ReadonlySet<string> | undefined {
  const key = words.toLowerCase().replace(/[-\s]+/g, ' ').trim();
  if (cache.has(key)) return cache.get(key);
  const found = describe(key);
  cache.set(key, found);
  return found;
}

/** Every region phrase, the longest first: "west african" before "african". */
const PHRASES = [...Object.keys(BY_REGION), ...Object.keys(BY_LIST)].sort((a, b) => b.length - a.length);

function describe(key: string): ReadonlySet<string> | undefined {
  const padded = ` ${key} `;
  const phrase = PHRASES.find((p) => padded.includes(` ${p} `));
  if (phrase) {
    const list = BY_LIST[phrase];
    if (list) return new Set(list);
    const { region, subregions } = BY_REGION[phrase] ?? {};
    return new Set(countryRecords().filter((c) => c.region === region || subregions?.includes(c.subregion)).map((c) => c.cca2));
  }
  if (/(?:^| )landlocked(?: |$)/.test(key)) return new Set(countryRecords().filter((c) => c.landlocked).map((c) => c.cca2));
  // "the island nation": a state with no land border.
  if (/(?:^| )(?:island|archipelago|archipelagic)(?: |$)/.test(key)) return new Set(countryRecords().filter((c) => c.borders.length === 0 && !c.landlocked).map((c) => c.cca2));
  return undefined;
}
