/** Word lists the recognizer and the relation rules share. Lower-case unless noted. */

/** Titles that introduce a person ("Foreign Minister Gideon Sa’ar"), longest first when matched. */
export const PERSON_TITLES = [
  'prime minister', 'deputy prime minister', 'foreign minister', 'deputy foreign minister', 'defence minister', 'defense minister',
  'interior minister', 'finance minister', 'energy minister', 'economy minister', 'trade minister', 'minister of foreign affairs',
  'minister of defence', 'minister of defense', 'minister', 'secretary of state', 'secretary of defense', 'defense secretary',
  'treasury secretary', 'secretary-general', 'secretary general', 'vice president', 'president', 'then-president', 'former president',
  'president-elect', 'chancellor', 'king', 'queen', 'emir', 'sheikh', 'crown prince', 'prince', 'ayatollah', 'supreme leader',
  'ambassador', 'envoy', 'special envoy', 'spokesperson', 'spokesman', 'spokeswoman', 'senator', 'sen.', 'rep.', 'congressman',
  'speaker', 'governor', 'mayor', 'general', 'gen.', 'major', 'colonel', 'admiral', 'commander', 'chief of staff', 'chairman',
  'chairwoman', 'director', 'ceo', 'national security adviser', 'national security advisor', 'adviser', 'advisor', 'rabbi', 'chief rabbi', 'pope',
  'mr.', 'mrs.', 'ms.', 'dr.', 'pm', 'fm', 'mp', 'lawmaker', 'legislator', 'capt.', 'captain', 'lt.', 'lieutenant', 'col.', 'maj.', 'sgt.',
  'monsignor', 'archbishop', 'cardinal', 'justice', 'judge', 'prosecutor', 'attorney general', 'interior ministry spokesman',
  'foreign secretary', 'home secretary', 'defence secretary', 'foreign affairs minister', 'foreign affairs secretary', 'minister of state',
  'deputy minister', 'vice minister', 'vice foreign minister', 'vice-president', 'vice premier', 'premier', 'chief minister', 'state secretary',
  'undersecretary', 'under secretary', 'assistant secretary', 'deputy secretary', 'commissioner', 'high commissioner', 'high representative',
  'army chief', 'chief of army staff', 'military chief', 'defence chief', 'deputy chief', 'chief executive', 'foreign policy chief',
  'top diplomat', 'chief diplomat', 'diplomat', 'chief negotiator', 'negotiator',
];

/** Every longer word of a person's title ("foreign", "secretary", "president"): words that do not continue a name. */
export const TITLE_WORDS = new Set(PERSON_TITLES.flatMap((t) => t.split(/[\s-]+/)).filter((w) => w.length > 3 && !['state', 'affairs'].includes(w)));

/** Titles that are government offices (OFFICIAL_OF is stated only for these). */
export const OFFICE_TITLES = new Set(
  PERSON_TITLES.filter((t) => !['ceo', 'rabbi', 'chief rabbi', 'mr.', 'mrs.', 'ms.', 'dr.', 'director', 'chairman', 'chairwoman', 'pope', 'monsignor', 'archbishop', 'cardinal'].includes(t)),
);

/** Particles inside personal names ("Abdullah bin Zayed", "Ursula von der Leyen"). */
export const NAME_PARTICLES = new Set(['bin', 'ibn', 'bint', 'al', 'el', 'de', 'da', 'van', 'von', 'der', 'den', 'la', 'le', 'du', 'abu', 'Al', 'El']);

/** Head words that make a capitalized span an organization. */
export const ORGANIZATION_HEADS = new Set([
  'Ministry', 'Department', 'Industries', 'Organization', 'Organisation', 'Institute', 'Agency', 'Council', 'Committee', 'Commission',
  'Corporation', 'Company', 'Bank', 'Army', 'Navy', 'Forces', 'Force', 'Guard', 'Guards', 'Corps', 'Party', 'University', 'Foundation',
  'Fund', 'Center', 'Centre', 'Authority', 'Office', 'Service', 'Parliament', 'Assembly', 'Court', 'Union', 'Association', 'Group',
  'Systems', 'Airlines', 'Airways', 'Brotherhood', 'Community', 'Holdings', 'Inc', 'Ltd', 'Energy', 'Petroleum', 'Oil', 'Gas', 'Network', 'Times', 'Post', 'News',
  'Embassy', 'Consulate', 'Knesset', 'Majlis', 'Congress', 'Senate', 'Cabinet', 'Directorate', 'Bureau', 'Brigade', 'Brigades', 'Movement', 'Front',
  'Forum', 'Conference', 'Television', 'Broadcasting', 'Press', 'Radio', 'Chamber', 'Presidency', 'Mission', 'Secretariat', 'Tribunal',
  'Police', 'Militia', 'Federation', 'Coalition', 'Government', 'Command', 'Staff', 'Ministries', 'Alliance', 'League', 'Observatory', 'Watch', 'Society', 'Academy', 'Board', 'Platform',
]);

/** Bodies of a state named after a country ("Iran’s foreign ministry", "the Iranian army"). */
export const STATE_BODY = /^(?:(?:foreign|defen[cs]e|interior|finance|economy|energy|trade|justice|health|education|culture|intelligence|emergency|digital|agriculture|transport|economic) ministry|ministry of (?:(?:national|foreign|internal|home|economic|digital|emergency|higher) )?[a-z]+(?: (?:and|of) [a-z]+)?|ministry|army|navy|air force|armed forces|defen[cs]e forces|embassy|consulate(?: general)?|parliament|central bank|intelligence service|security service|national security council|presidency|foreign office|permanent mission)$/i;

/** Heads after a demonym that make the demonym the country acting ("Israeli ministers"). */
export const ACTOR_HEADS = new Set([
  'officials', 'official', 'ministers', 'government', 'governments', 'authorities', 'forces', 'troops', 'military', 'diplomats', 'diplomat',
  'leaders', 'leadership', 'leader', 'delegation', 'delegations', 'side', 'administration', 'regime', 'counterpart', 'counterparts', 'soldiers',
  'warplanes', 'jets', 'navy', 'negotiators', 'envoys', 'state', 'people', 'commanders', 'generals', 'lawmakers', 'legislators',
  'police', 'guards', 'militias', 'ministry', 'aircraft', 'drones', 'warships', 'militaries', 'bombers', 'helicopters',
]);

/** Heads that make a capitalized span an agreement. */
export const AGREEMENT_HEADS = new Set([
  'Accords', 'Accord', 'Agreement', 'Agreements', 'Treaty', 'Declaration', 'Pact', 'Charter', 'Deal', 'Protocol', 'Memorandum',
  'Convention', 'Framework', 'Communiqué', 'Communique', 'Compact', 'Plan',
]);

/** Words that make a capitalized span a place ("Fizuli region", "the city of Shusha"). */
export const PLACE_HEADS = new Set(['region', 'province', 'district', 'port', 'city', 'village', 'governorate', 'oblast', 'enclave', 'corridor', 'valley', 'strait', 'peninsula', 'island', 'islands', 'pipeline', 'pipelines', 'dam', 'canal', 'oilfield', 'refinery', 'airbase', 'exclave', 'county', 'municipality', 'prefecture', 'checkpoint', 'shoal', 'reef', 'atoll']);

/** Capitalized head words of a place's own name ("Gulf of Aden", "Itamaraty Palace", "Kharg Island"). */
export const PLACE_NAME_HEADS = new Set([
  'Gulf', 'Sea', 'Ocean', 'River', 'Lake', 'Strait', 'Straits', 'Peninsula', 'Island', 'Islands', 'Mountains', 'Mountain', 'Valley',
  'Desert', 'Canal', 'Bay', 'Coast', 'Palace', 'Square', 'Airport', 'Airbase', 'Field', 'Fields', 'Pipeline', 'Corridor', 'Crossing',
  'Province', 'Region', 'District', 'County', 'Governorate', 'Oblast', 'Territory', 'Territories', 'Heights', 'Plateau', 'Basin', 'Delta',
  'Port', 'Harbour', 'Harbor', 'Dam', 'Bridge', 'Zone', 'Strip', 'Archipelago', 'Mount', 'Camp', 'Refinery', 'Terminal', 'Republic',
  'Shoal', 'Reef', 'Atoll', 'Checkpoint', 'Cape',
]);

/** Lower-case nouns right before a name that make it an organization ("the militant group X"). */
export const ORGANIZATION_CUES = new Set([
  'group', 'groups', 'organization', 'organisation', 'party', 'movement', 'militia', 'bloc', 'agency', 'broadcaster', 'newspaper',
  'outlet', 'channel', 'network', 'company', 'firm', 'giant', 'operator', 'producer', 'manufacturer', 'contractor', 'alliance', 'coalition',
  'faction', 'outfit', 'body', 'daily', 'website', 'insurgency', 'news', 'factions', 'organizations', 'organisations', 'parties',
  'movements', 'militias', 'companies', 'firms', 'agencies', 'outlets', 'networks', 'coalitions',
]);

/** Lower-case nouns right after a name that make it an organization ("X militants", "X rebels"). */
export const ORGANIZATION_MEMBERS = new Set(['militants', 'fighters', 'rebels', 'insurgents', 'militiamen', 'members', 'member', 'leadership', 'spokesman', 'spokesperson', 'spokeswoman']);

/** Roles that introduce or describe a person ("the Palestinian leader X", "X, a spokesman for Y"). */
export const PERSON_ROLES = new Set([
  'leader', 'chief', 'head', 'commander', 'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'president', 'premier', 'envoy',
  'ambassador', 'diplomat', 'official', 'negotiator', 'general', 'lawmaker', 'senator', 'candidate', 'counterpart', 'adviser', 'advisor',
  'mediator', 'analyst', 'researcher', 'fellow', 'professor', 'director', 'chairman', 'chairwoman', 'secretary', 'governor', 'mayor',
  'founder', 'opposition', 'activist', 'journalist', 'correspondent', 'editor', 'economist', 'expert', 'deputy', 'politician', 'monarch',
  'king', 'queen', 'prince', 'emir', 'sheikh', 'cleric', 'warlord', 'strongman', 'dictator', 'nominee', 'incumbent', 'predecessor', 'successor',
]);

/** Verbs of speech after a name ("X said"). */
export const SPEECH_VERBS = new Set(['said', 'says', 'told', 'added', 'stated', 'announced', 'wrote', 'noted', 'stressed', 'declared', 'argued', 'warned', 'insisted', 'tweeted', 'explained', 'emphasized', 'emphasised', 'underlined', 'asserted', 'claimed', 'replied', 'responded']);

/** Words that are capitalized in a sentence but never start a name. */
export const NOT_NAME_WORDS = new Set([
  'The', 'A', 'An', 'In', 'On', 'At', 'As', 'For', 'But', 'And', 'Or', 'If', 'When', 'While', 'After', 'Before', 'Since', 'Despite', 'However',
  'This', 'That', 'These', 'Those', 'It', 'Its', 'He', 'She', 'They', 'We', 'I', 'His', 'Her', 'Their', 'Our', 'Today', 'Yesterday',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct',
  'Nov', 'Dec', 'According', 'Other', 'Three', 'Two', 'One', 'Four', 'Five', 'Last', 'Next', 'Much', 'Many', 'Some', 'Nearly', 'Approximately',
  'Also', 'Then', 'Beyond', 'Religious', 'Diplomatic', 'Read', 'More', 'Share', 'Related', 'What', 'Why', 'How', 'Who', 'Where',
  'Covid-19', 'UAV', 'X', 'Twitter', 'Facebook', 'Telegram',
]);

/** Cooperation domains, for COOPERATES_WITH's `domain`. */
export const DOMAINS = [
  'security', 'military', 'defense industry', 'defence industry', 'defense', 'defence', 'energy', 'trade', 'technology', 'high-tech', 'economic',
  'economy', 'cultural', 'culture', 'cybersecurity', 'cyber', 'agriculture', 'water management', 'space', 'intelligence', 'health', 'education',
  'tourism', 'transport', 'logistics', 'investment', 'nuclear', 'counterterrorism', 'humanitarian', 'scientific', 'innovation',
];

/** Commodities, for SUPPLIES' `commodity`. */
export const COMMODITIES = [
  'oil', 'crude', 'natural gas', 'gas', 'lng', 'arms', 'weapons', 'weaponry', 'drones', 'missiles', 'ammunition', 'munitions', 'satellites',
  'grain', 'wheat', 'electricity', 'fuel', 'military equipment', 'equipment', 'technology', 'uranium', 'fertilizer', 'coal', 'food', 'aid',
];

/** "ended its cooperation with": cooperation stated only to be ended. */
export const ENDING_BEFORE = /\b(?:end|halt|suspend|freez|froze|cut)(?:ed|s|ing|e)? (?:its |their |all )?(?:[a-z]+ )?$/i;
