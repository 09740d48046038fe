/**
 * The member states of international bodies, with the day a state joined or left where that falls
 * in the period news covers (a state listed bare has been a member throughout). Written for Entente
 * from general knowledge (the bodies' own member lists, as of December 2026); keys are the
 * gazetteer's canonical names. Suspended states are still members; applicants, observers and
 * partners are not. No entry exists for one article.
 *
 * Format: ISO alpha-2 codes, each optionally followed by `from..to` (either side may be empty).
 */
const MEMBER_LISTS: Readonly<Record<string, string>> = {
  NATO: 'AL BE BG CA HR CZ DK EE FI 2023-04-04.. FR DE GR HU IS IT LV LT LU ME NL MK 2020-03-27.. NO PL PT RO SK SI ES SE 2024-03-07.. TR GB US',
  'European Union': 'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK GB ..2020-01-31',
  ASEAN: 'BN KH ID LA MY MM PH SG TH VN TL 2025-10-26..',
  BRICS: 'BR RU IN CN ZA EG 2024-01-01.. ET 2024-01-01.. IR 2024-01-01.. AE 2024-01-01.. ID 2025-01-06..',
  'Shanghai Cooperation Organisation': 'CN RU KZ KG TJ UZ IN 2017-06-09.. PK 2017-06-09.. IR 2023-07-04.. BY 2024-07-04..',
  ECOWAS: 'BJ CV GM GH GN GW CI LR NG SN SL TG ML ..2025-01-29 BF ..2025-01-29 NE ..2025-01-29',
  'Alliance of Sahel States': 'ML 2023-09-16.. BF 2023-09-16.. NE 2023-09-16..',
  'Collective Security Treaty Organization': 'RU BY KZ KG TJ AM',
  'Eurasian Economic Union': 'RU BY KZ KG AM',
  Mercosur: 'AR BR PY UY BO 2024-07-08..',
  'Pacific Alliance': 'CL CO MX PE',
  'Andean Community': 'BO CO EC PE',
  OPEC: 'DZ CG GQ GA IR IQ KW LY NG SA AE VE AO ..2023-12-31',
  'Gulf Cooperation Council': 'BH KW OM QA SA AE',
  G7: 'CA FR DE IT JP GB US',
  Quad: 'US JP IN AU',
  AUKUS: 'AU GB US 2021-09-15..',
  'East African Community': 'KE UG TZ RW BI SS CD 2022-07-11.. SO 2024-03-04..',
  'Arab League': 'DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE',
  'African Union':
    'DZ AO BJ BW BF BI CV CM CF TD KM CG CD CI DJ EG GQ ER SZ ET GA GM GH GN GW KE LS LR LY MG MW ML MR MU MA MZ NA NE NG RW ST SN SC SL SO ZA SS SD TZ TG TN UG ZM ZW',
};

export interface Membership {
  iso2: string;
  from?: string;
  to?: string;
}

/** Parses "FI 2023-04-04.. GB ..2020-01-31" into memberships. */
function parseMembers(list: string): Membership[] {
  const members: Membership[] = [];
  for (const word of list.split(/\s+/)) {
    const span = /^(\d{4}-\d{2}-\d{2})?\.\.(\d{4}-\d{2}-\d{2})?$/.exec(word);
    const last = members[members.length - 1];
    if (span && last) {
      if (span[1]) last.from = span[1];
      if (span[2]) last.to = span[2];
    } else members.push({ iso2: word });
  }
  return members;
}

/** Each body's member states, by the body's canonical name. */
export const MEMBERSHIPS: ReadonlyMap<string, readonly Membership[]> = new Map(Object.entries(MEMBER_LISTS).map(([body, list]) => [body, parseMembers(list)]));

/** Whether a state is a member on a day (`YYYY-MM-DD`); without a day, whether it is one now. */
export function isMemberOn(membership: Membership, day: string | undefined): boolean {
  if (!day) return membership.to === undefined;
  return (!membership.from || membership.from <= day) && (!membership.to || day <= membership.to);
}
