/** Data shapes that flow through the seed pipeline: article → extraction → graph writes. */
import type { EntityType, RelationClass, RelationType } from './vocabulary.ts';

/** An article as read from any input format. */
export interface Article {
  title: string;
  text: string;
  url?: string | undefined;
  /** ISO date (YYYY-MM-DD) when known. */
  published?: string | undefined;
  /** Outlet or site name. */
  source?: string | undefined;
}

export interface EntityMention {
  start: number;
  end: number;
  text: string;
  sentence: number;
}

/** What identifies an entity, in the gazetteer and in an extraction alike. */
export interface EntityIdentity {
  /** Wikidata ID when the gazetteer knows one, else a slug of type and name. */
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  wikidata?: string;
  iso2?: string;
  iso3?: string;
}

export interface ExtractedEntity extends EntityIdentity {
  /** For places, bodies and people: the ISO alpha-2 of their country, when known. */
  country?: string;
  role?: string;
  /** True when the entity is in the curated gazetteer or the GeoNames-based place table. */
  known: boolean;
  /** For places of the GeoNames-based table: WGS84 coordinates in degrees. */
  latitude?: number;
  longitude?: number;
  mentions: EntityMention[];
}

/**
 * How an evidence sentence presents its relation: stated by the outlet (asserted), by a named
 * source (attributed), by an unnamed or uncertain one (hedged), as a plan or call (proposed), or
 * denied by someone (denied).
 */
export type ClaimStatus = 'asserted' | 'attributed' | 'hedged' | 'proposed' | 'denied';
export const CLAIM_STATUSES: readonly ClaimStatus[] = ['asserted', 'attributed', 'hedged', 'proposed', 'denied'];

/** What a sentence states and how: shared by relations and events. */
export interface StatedInSentence {
  /** The sentence that states it, and its character offsets into the article text. */
  evidence: string;
  start: number;
  end: number;
  confidence: number;
  /** The rule that produced it, so every edge can be explained. */
  rule: string;
  /** How the sentence presents it ("plans to withdraw" is proposed, not done); confidence already reflects it. */
  status: ClaimStatus;
  /** Who makes the claim: an entity's canonical name or a short phrase ("analysts"). */
  attributedTo?: string;
  /** The entity making the claim, when the text names one (an entity of the output). */
  attributedToId?: string;
  date?: string | undefined;
  /** When the event it states happened, when the sentence says so (seed/extract/event-time.ts): YYYY, YYYY-MM or YYYY-MM-DD. */
  eventDate?: string;
  /** The time expression as written ("in 2016", "last November"). */
  eventText?: string;
}

export interface ExtractedRelation extends StatedInSentence {
  /** Canonical entity names, exactly as in `entities`. */
  source: string;
  target: string;
  sourceId: string;
  targetId: string;
  type: RelationType;
  class: RelationClass;
  domain?: string;
  commodity?: string;
  instrument?: string;
  role?: string;
}

/**
 * What an agreement or a law went through (seed/extract/lifecycle.ts): proposed, signed,
 * ratified (also passed, adopted, approved, enacted), entered into force, suspended, waived,
 * extended, withdrawn from, expired, repealed; and what ends hostilities between two parties
 * (a ceasefire, a peace), which closes their ATTACKS (seed/lifecycles.ts).
 */
export const INSTRUMENT_EVENT_KINDS = ['proposed', 'signed', 'ratified', 'in-force', 'suspended', 'waived', 'extended', 'withdrawn', 'expired', 'repealed'] as const;
export const PAIR_EVENT_KINDS = ['ceasefire', 'peace'] as const;
export type InstrumentEventKind = (typeof INSTRUMENT_EVENT_KINDS)[number];
export type PairEventKind = (typeof PAIR_EVENT_KINDS)[number];
export type EventKind = InstrumentEventKind | PairEventKind;
export const EVENT_KIND_NAMES: readonly EventKind[] = [...INSTRUMENT_EVENT_KINDS, ...PAIR_EVENT_KINDS];

/** An event a sentence states that is not a relation between two entities. */
export interface ExtractedEvent extends StatedInSentence {
  kind: EventKind;
  /** The agreement or law (instrument events; a ceasefire or peace when it names one). */
  instrumentId?: string;
  instrument?: string;
  /** Who did it (may be empty: "the treaty expired"); for a ceasefire or a peace, the two parties, smaller id first. */
  actorIds: string[];
  actors: string[];
}

export interface Extraction {
  article: Article;
  entities: ExtractedEntity[];
  relations: ExtractedRelation[];
  /** Instrument lifecycle events, ceasefires and peace (none when absent). */
  events?: ExtractedEvent[];
}
