/**
 * The project's one closed vocabulary: entity types, relation types, their CAMEO-style classes,
 * direction and CAMEO roots (../shared/eval/ONTOLOGY.md is the contract it covers).
 * Neo4j labels and relationship types are taken only from here, never from input text.
 */

export const ENTITY_TYPES = ['Country', 'Person', 'Organization', 'Place', 'Agreement', 'Legislation', 'Group'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const RELATION_CLASSES = [
  'verbal-cooperation',
  'material-cooperation',
  'verbal-conflict',
  'material-conflict',
  'structural',
] as const;
export type RelationClass = (typeof RELATION_CLASSES)[number];

export interface RelationTypeInfo {
  class: RelationClass;
  symmetric: boolean;
  /** CAMEO root code; null for structural relations, which CAMEO does not code. */
  cameo: string | null;
  /** One line for docs, the API and the legend. */
  description: string;
  /** The property that qualifies this relation, if any. */
  property?: 'domain' | 'commodity' | 'instrument' | 'role';
}

export const RELATION_TYPES = {
  VISITED: { class: 'verbal-cooperation', symmetric: false, cameo: '04', description: 'visits a country or place' },
  MEETS_WITH: { class: 'verbal-cooperation', symmetric: true, cameo: '04', description: 'meetings, calls, talks, summits' },
  SUPPORTS: { class: 'verbal-cooperation', symmetric: false, cameo: '05', description: 'praises, backs, endorses' },
  APPEALS_TO: { class: 'verbal-cooperation', symmetric: false, cameo: '02', description: 'petitions, calls on, urges' },
  MEDIATES: { class: 'verbal-cooperation', symmetric: false, cameo: '04', description: 'mediates or brokers between parties' },
  RECOGNIZES: { class: 'verbal-cooperation', symmetric: false, cameo: '05', description: 'recognizes statehood, sovereignty or a claim' },
  NORMALIZES_WITH: { class: 'verbal-cooperation', symmetric: true, cameo: '05', description: 'establishes or restores diplomatic relations' },
  ALLIED_WITH: { class: 'material-cooperation', symmetric: true, cameo: '06', description: 'alliance, strategic partnership, close ties' },
  COOPERATES_WITH: { class: 'material-cooperation', symmetric: true, cameo: '06', description: 'cooperation in a named domain', property: 'domain' },
  SUPPLIES: { class: 'material-cooperation', symmetric: false, cameo: '07', description: 'supplies a commodity (oil, gas, arms)', property: 'commodity' },
  EASES_SANCTIONS: { class: 'material-cooperation', symmetric: false, cameo: '08', description: 'lifts, waives or eases sanctions' },
  IN_TENSION_WITH: { class: 'verbal-conflict', symmetric: true, cameo: '11', description: 'tension, dispute, rivalry' },
  ACCUSES: { class: 'verbal-conflict', symmetric: false, cameo: '11', description: 'accuses, blames, condemns' },
  DEMANDS: { class: 'verbal-conflict', symmetric: false, cameo: '10', description: 'demands something' },
  THREATENS: { class: 'material-conflict', symmetric: false, cameo: '15', description: 'threats, exercises or build-ups aimed at' },
  REDUCES_TIES_WITH: { class: 'material-conflict', symmetric: false, cameo: '16', description: 'recalls or expels diplomats, cuts ties' },
  SANCTIONS: { class: 'material-conflict', symmetric: false, cameo: '16', description: 'sanctions, embargoes, restricts aid', property: 'instrument' },
  ATTACKS: { class: 'material-conflict', symmetric: false, cameo: '18', description: 'armed attack, strike, war' },
  MEMBER_OF: { class: 'structural', symmetric: false, cameo: null, description: 'belongs to or has signed' },
  PROPOSED_FOR: { class: 'structural', symmetric: false, cameo: null, description: 'is proposed to join' },
  OFFICIAL_OF: { class: 'structural', symmetric: false, cameo: null, description: 'holds a role in', property: 'role' },
  LOCATED_IN: { class: 'structural', symmetric: false, cameo: null, description: 'is located in' },
  PART_OF: { class: 'structural', symmetric: false, cameo: null, description: 'is part of or affiliated with' },
  BORDERS: { class: 'structural', symmetric: true, cameo: null, description: 'shares a border with' },
} as const satisfies Record<string, RelationTypeInfo>;

export type RelationType = keyof typeof RELATION_TYPES;
export const RELATION_TYPE_NAMES = Object.keys(RELATION_TYPES) as RelationType[];

export function isRelationType(value: string): value is RelationType {
  return Object.hasOwn(RELATION_TYPES, value);
}

export function isEntityType(value: string): value is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(value);
}

/** Makes a `switch` exhaustive: the compiler rejects a missed case. */
export class UnreachableCaseError extends Error {
  constructor(value: never) {
    super(`Unreachable case: ${String(value)}`);
  }
}
