import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EntityRecord, MergeCandidateRecord } from '../db/entities.ts';
import type { RelationRecord, RelationWindowRecord } from '../db/relations.ts';
import type { NodeRecord } from '../db/graph.ts';
import type { EvidenceRecord } from '../db/evidence.ts';
import type { ArticleRecord, ArticleSummaryRecord, MentionRecord } from '../db/articles.ts';
import type { MergeRecord } from '../db/merges.ts';
import type { PairRecord } from '../db/pairs.ts';
import type { StatePeriodRecord, TransitionRecord } from '../db/states.ts';
import type { EventRecord, InstrumentRecord } from '../db/instruments.ts';
import type { StatsRecord } from '../db/stats.ts';
import type { RelationConnectionRecord, EntityRelationConnectionRecord, SeenRelationEdge, EvidenceConnectionRecord, ArticleConnectionRecord, EntityConnectionRecord, MentionConnectionRecord, SavedViewConnectionRecord } from '../resolvers/connection.ts';
import type { ViewRecord } from '../db/views.ts';
import type { EntityRankRecord } from '../db/research.ts';
import type { Context } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * A calendar date in ISO 8601: a day (2024-03-05), or, where a period is meant (filters, windows),
   * a month (2024-03) or a year (2024). Checked strictly: 2024-02-30 is refused.
   */
  Date: { input: string; output: string; }
};

/** An article with its text, the entities it mentions and the relations it states. */
export type Article = Node & {
  __typename?: 'Article';
  /** Article id: url:<URL> when the article has a URL, else sha256:<hash of title and text>. */
  id: Scalars['ID']['output'];
  /** When it was loaded (ISO 8601 timestamp). */
  ingestedAt: Maybe<Scalars['String']['output']>;
  /** Where entities are named in the text, in text order. */
  mentions: MentionConnection;
  /** Publication date (YYYY-MM-DD), when known. */
  published: Maybe<Scalars['Date']['output']>;
  /** Relations this article states; their evidence is limited to this article's sentences. */
  relations: RelationConnection;
  /** Outlet name, when known. */
  source: Maybe<Scalars['String']['output']>;
  /** Full text; mention and evidence offsets point into it. */
  text: Scalars['String']['output'];
  /** Title. */
  title: Scalars['String']['output'];
  /** Address of the original, when known. */
  url: Maybe<Scalars['String']['output']>;
};


/** An article with its text, the entities it mentions and the relations it states. */
export type ArticleMentionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An article with its text, the entities it mentions and the relations it states. */
export type ArticleRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<RelationOrder>;
};

/** A page of articles. */
export type ArticleConnection = {
  __typename?: 'ArticleConnection';
  /** The articles with their cursors. */
  edges: Array<ArticleEdge>;
  /** The articles of this page (the same as edges.node). */
  nodes: Array<ArticleSummary>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** Number of articles matching, over all pages (computed only when asked). */
  totalCount: Scalars['Int']['output'];
};

/** An article in a page. */
export type ArticleEdge = {
  __typename?: 'ArticleEdge';
  /** Keyset cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The article. */
  node: ArticleSummary;
};

/** Filters for lists of articles. Dates as in RelationFilter, checked strictly. */
export type ArticleFilter = {
  /** Articles that mention this entity. */
  entityId?: InputMaybe<Scalars['ID']['input']>;
  /**
   * Deprecated: the same as `since`, as a String.
   * @deprecated Use since, a Date; from is accepted until the next release.
   */
  from?: InputMaybe<Scalars['String']['input']>;
  /** Published on or after this date (2021, 2021-03 or 2021-03-05). */
  since?: InputMaybe<Scalars['Date']['input']>;
  /** Outlet, exactly as stored (Article.source). */
  source?: InputMaybe<Scalars['String']['input']>;
  /** Words in the title or text (at most 200 characters; each word matches as a prefix). Text with no letters or digits is refused. */
  text?: InputMaybe<Scalars['String']['input']>;
  /**
   * Deprecated: the same as `until`, as a String.
   * @deprecated Use until, a Date; to is accepted until the next release.
   */
  to?: InputMaybe<Scalars['String']['input']>;
  /** Published on or before this date (inclusive). */
  until?: InputMaybe<Scalars['Date']['input']>;
};

/** An article to extract and load. */
export type ArticleInput = {
  /** Publication date: ISO (2024-03-05) or free text ("March 5, 2024"). */
  published?: InputMaybe<Scalars['String']['input']>;
  /** Outlet name. */
  source?: InputMaybe<Scalars['String']['input']>;
  /** Plain text (not empty, at most 1,000,000 characters). */
  text: Scalars['String']['input'];
  /** Title (not empty). */
  title: Scalars['String']['input'];
  /** Address of the original (http or https): also its id, so loading it again replaces it. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** Order of a list of articles. */
export type ArticleOrder = {
  /** Default DESC: newest first. */
  direction?: InputMaybe<OrderDirection>;
  /** Sort key. */
  field: ArticleOrderField;
};

/** What articles are sorted by. Ties are broken by id. */
export type ArticleOrderField =
  /** Publication date (undated articles sort as the earliest). */
  | 'PUBLISHED'
  /** Title, A to Z with ASC. */
  | 'TITLE';

/** An article without its text: for lists. */
export type ArticleSummary = {
  __typename?: 'ArticleSummary';
  /** Article id: url:<URL> when the article has a URL, else sha256:<hash of title and text>. */
  id: Scalars['ID']['output'];
  /** Publication date (YYYY-MM-DD), when known. */
  published: Maybe<Scalars['Date']['output']>;
  /** Outlet name, when known. */
  source: Maybe<Scalars['String']['output']>;
  /** Title. */
  title: Scalars['String']['output'];
  /** Address of the original, when known. */
  url: Maybe<Scalars['String']['output']>;
};

/** Evidence sentences of a relation per claim status. */
export type ClaimCounts = {
  __typename?: 'ClaimCounts';
  /** Sentences where the outlet states it in its own voice. */
  asserted: Scalars['Int']['output'];
  /** Sentences that attribute it to a named source. */
  attributed: Scalars['Int']['output'];
  /** Sentences that deny it. */
  denied: Scalars['Int']['output'];
  /** Sentences that hedge it (unnamed or uncertain sources). */
  hedged: Scalars['Int']['output'];
  /** Sentences that present it as a plan, call or expectation. */
  proposed: Scalars['Int']['output'];
};

/** How a sentence presents a relation (seed/extract/claims.ts): who says it, and how sure. */
export type ClaimStatus =
  /** The outlet states it ("Iran supplied Russia with drones."). */
  | 'ASSERTED'
  /** A named source states it ("Ukraine said ...", "according to X"): see Evidence.attributedTo. */
  | 'ATTRIBUTED'
  /** Someone denies it ("Iran denied supplying drones"). */
  | 'DENIED'
  /** An unnamed or uncertain source ("analysts say", "reportedly", "may"). */
  | 'HEDGED'
  /** A plan, a call or an expectation ("plans to", "called for"). */
  | 'PROPOSED';

/** Which time a date filter reads. */
export type DateBasis =
  /** When the event a sentence states happened ("in 1992", "last November"), resolved against the publication date; sentences that state no time are left out, and a time known only to the year or month counts in every window it overlaps. */
  | 'EVENT'
  /** When the article was published (the default of every date filter). */
  | 'PUBLISHED';

/** How precisely a sentence gives the time of its event. */
export type DatePrecision =
  /** A day (2016-03-05). */
  | 'DAY'
  /** A month (2016-03). */
  | 'MONTH'
  /** A year (2016). */
  | 'YEAR';

/** A person, state, organization, place, agreement, law or group, merged across articles. */
export type Entity = Node & {
  __typename?: 'Entity';
  /** Other names and spellings found for it ("U.S.", "Washington" as actor). */
  aliases: Array<Scalars['String']['output']>;
  /** Articles that mention this entity, newest first. */
  articles: ArticleConnection;
  /** ISO code of the country a place, body or person belongs to. */
  country: Maybe<Scalars['String']['output']>;
  /** Number of distinct relations touching this entity. */
  degree: Scalars['Int']['output'];
  /** The Wikidata ID when the gazetteer knows one (Q227 is Azerbaijan), else type:slug-of-name. */
  id: Scalars['ID']['output'];
  /** The life of an agreement or a law (null for other entities). */
  instrument: Maybe<Instrument>;
  /** ISO 3166-1 alpha-2 code (countries only). */
  iso2: Maybe<Scalars['String']['output']>;
  /** ISO 3166-1 alpha-3 code (countries only). */
  iso3: Maybe<Scalars['String']['output']>;
  /** Where a map draws it: a place at its coordinates, a country at its representative point, anything else at the point of its country; null when neither is known. */
  location: Maybe<GeoPoint>;
  /** Canonical name. */
  name: Scalars['String']['output'];
  /** Relations touching this entity, counted per relation type (what an expand would add). */
  relationCounts: Array<TypeCount>;
  /** Relations touching this entity, each with the entity at its other end and how it runs from here. */
  relations: EntityRelationConnection;
  /** Kind of entity. */
  type: EntityType;
  /** Wikidata ID, when known. */
  wikidataId: Maybe<Scalars['String']['output']>;
};


/** A person, state, organization, place, agreement, law or group, merged across articles. */
export type EntityArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ArticleOrder>;
};


/** A person, state, organization, place, agreement, law or group, merged across articles. */
export type EntityRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<RelationDirection>;
  filter?: InputMaybe<RelationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<RelationOrder>;
};

/** A page of entities. */
export type EntityConnection = {
  __typename?: 'EntityConnection';
  /** The entities with their cursors. */
  edges: Array<EntityEdge>;
  /** The entities of this page (the same as edges.node). */
  nodes: Array<Entity>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** Number of entities matching, over all pages (computed only when asked). */
  totalCount: Scalars['Int']['output'];
};

/** An entity in a page. */
export type EntityEdge = {
  __typename?: 'EntityEdge';
  /** Keyset cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The entity. */
  node: Entity;
};

/** Filters for lists of entities. */
export type EntityFilter = {
  /** Only entities of these countries: ISO 3166-1 alpha-2 codes (AZ, IR); a country matches itself, places, bodies and people match by their country. */
  countries?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only entities with at least this many distinct relations. */
  minDegree?: InputMaybe<Scalars['Int']['input']>;
  /** Only these entity types (default: all). */
  types?: InputMaybe<Array<EntityType>>;
};

/** Order of a list of entities. */
export type EntityOrder = {
  /** Default ASC (names A to Z); use DESC with DEGREE for the best connected first. */
  direction?: InputMaybe<OrderDirection>;
  /** Sort key. */
  field: EntityOrderField;
};

/** What entities are sorted by. Ties are broken by id. */
export type EntityOrderField =
  /** Number of distinct relations (Entity.degree). */
  | 'DEGREE'
  /** Canonical name, A to Z with ASC. */
  | 'NAME';

/** An entity with its figures in the relations a filter keeps. */
export type EntityRank = {
  __typename?: 'EntityRank';
  /** Distinct articles stating those relations (inside the window). */
  articles: Scalars['Int']['output'];
  /** Distinct relations matching the filter that touch it. */
  degree: Scalars['Int']['output'];
  /** The entity. */
  entity: Entity;
  /** Evidence sentences for those relations (inside the window). */
  evidence: Scalars['Int']['output'];
};

/** A page of an entity's relations, each seen from that entity. */
export type EntityRelationConnection = {
  __typename?: 'EntityRelationConnection';
  /** The relations with the other end and the way each runs. */
  edges: Array<EntityRelationEdge>;
  /** The relations of this page (the same as edges.node). */
  nodes: Array<Relation>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** Number of relations matching, over all pages (computed only when asked). */
  totalCount: Scalars['Int']['output'];
};

/** A relation seen from one of its ends. */
export type EntityRelationEdge = {
  __typename?: 'EntityRelationEdge';
  /** Keyset cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The relation. */
  node: Relation;
  /** How the relation runs from the entity asked about: OUT, IN or MUTUAL (symmetric types). */
  orientation: Orientation;
  /** The entity at the other end (the same entity for the rare relation of an entity with itself). */
  other: Entity;
};

/** Kinds of entities the extractor recognizes (each entity has exactly one). */
export type EntityType =
  /** A treaty, accord or deal (the Abraham Accords). */
  | 'Agreement'
  /** A sovereign state. */
  | 'Country'
  /** An armed or political group that is not a state body. */
  | 'Group'
  /** A law or bill (Section 907). */
  | 'Legislation'
  /** An international body, company, ministry, army or party. */
  | 'Organization'
  /** A named person (leaders, ministers, officials). */
  | 'Person'
  /** A city, region, border area or other named place. */
  | 'Place';

/** When the event a sentence states happened, as precisely as the text says. */
export type EventTime = {
  __typename?: 'EventTime';
  /** YYYY-MM-DD, YYYY-MM or YYYY: the precision is the text's. */
  date: Scalars['Date']['output'];
  /** Day, month or year. */
  precision: DatePrecision;
  /** The time expression as written ("in 1992", "last November", "on Monday"). */
  text: Scalars['String']['output'];
};

/** One sentence of one article that states a relation. */
export type Evidence = Node & {
  __typename?: 'Evidence';
  /** The article it comes from. */
  article: ArticleSummary;
  /** Who makes the claim (attributed, denied, some hedged sentences): an entity's canonical name, or a phrase ("Western officials", "analysts"); null when the outlet itself asserts it. */
  attributedTo: Maybe<Scalars['String']['output']>;
  /** The entity that makes the claim, when attributedTo names one; null otherwise. */
  attributedToEntity: Maybe<Entity>;
  /** Extraction confidence, 0–1. */
  confidence: Scalars['Float']['output'];
  /** Publication date of the article (YYYY-MM-DD), when known. */
  date: Maybe<Scalars['Date']['output']>;
  /** Character offset just after the sentence. */
  end: Scalars['Int']['output'];
  /** When the event it states happened, when the sentence says so; null otherwise (never guessed). */
  eventTime: Maybe<EventTime>;
  /** Where the two entities occur in the sentence (offsets into the article text). */
  highlights: Array<Highlight>;
  /** Article id, relation id and sentence offset, joined with |. */
  id: Scalars['ID']['output'];
  /** The relation it supports. */
  relation: Relation;
  /** The extraction rule that stated it. */
  rule: Scalars['String']['output'];
  /** The sentence, as in the article. */
  sentence: Scalars['String']['output'];
  /** Character offset of the sentence in the article text (UTF-16 code units, like JavaScript strings). */
  start: Scalars['Int']['output'];
  /** How the sentence presents the relation: asserted by the outlet, attributed to a source, hedged, proposed or denied. */
  status: ClaimStatus;
};

/** A page of evidence sentences. */
export type EvidenceConnection = {
  __typename?: 'EvidenceConnection';
  /** The sentences with their cursors. */
  edges: Array<EvidenceEdge>;
  /** The sentences of this page (the same as edges.node). */
  nodes: Array<Evidence>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** Number of sentences matching, over all pages (computed only when asked). */
  totalCount: Scalars['Int']['output'];
};

/** An evidence sentence in a page. */
export type EvidenceEdge = {
  __typename?: 'EvidenceEdge';
  /** Keyset cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The sentence. */
  node: Evidence;
};

/** Filters for evidence sentences across the graph; each one given narrows the sentences. */
export type EvidenceFilter = {
  /** Only sentences from articles published on or before this day (the graph as known then). */
  asOf?: InputMaybe<Scalars['Date']['input']>;
  /** Which time since/until filter: PUBLISHED (default) or EVENT. */
  by?: InputMaybe<DateBasis>;
  /** Only sentences stating relations of these classes (combined with `types`: both must allow a type). */
  classes?: InputMaybe<Array<RelationClass>>;
  /** Only sentences stating a relation with one of these entities at either end. */
  entityIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only sentences extracted with at least this confidence, 0–1. */
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  /** Only sentences from on or after this date (2021, 2021-03 or 2021-03-05): their article's publication date, or with by: EVENT the event time they state. */
  since?: InputMaybe<Scalars['Date']['input']>;
  /** Only sentences from these outlets (Article.source, exactly as stored). */
  sources?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only sentences of these claim statuses. */
  statuses?: InputMaybe<Array<ClaimStatus>>;
  /** Only sentences stating relations of these types (default: all). */
  types?: InputMaybe<Array<RelationType>>;
  /** Only sentences from on or before this date (inclusive), by the same time as `since`. */
  until?: InputMaybe<Scalars['Date']['input']>;
};

/** Order of a list of evidence sentences. */
export type EvidenceOrder = {
  /** Default DESC: newest or most confident first. */
  direction?: InputMaybe<OrderDirection>;
  /** Sort key. */
  field: EvidenceOrderField;
};

/** What evidence sentences are sorted by. Ties are broken by confidence, then by id. */
export type EvidenceOrderField =
  /** Extraction confidence, 0–1. */
  | 'CONFIDENCE'
  /** Publication date of the article (undated articles sort as the earliest). */
  | 'DATE';

/** A point on the globe (WGS84, degrees) and what it stands for. */
export type GeoPoint = {
  __typename?: 'GeoPoint';
  /** Latitude, −90 to 90. */
  latitude: Scalars['Float']['output'];
  /** Longitude, −180 to 180. */
  longitude: Scalars['Float']['output'];
  /** How the point was found: the place's own coordinates, a country's representative point, or the point of the entity's country. */
  precision: GeoPrecision;
};

/** How a GeoPoint was found. */
export type GeoPrecision =
  /** A country's representative point: the centroid of its largest landmass (Natural Earth), or the point farthest from its coast when the centroid falls outside it. */
  | 'COUNTRY'
  /** The representative point of the country the entity belongs to (a person, an organization, a place without coordinates). */
  | 'COUNTRY_OF'
  /** The place's own coordinates (GeoNames, through the gazetteer's place table). */
  | 'PLACE';

/** A relation as a graph edge (ends as ids). */
export type GraphEdge = {
  __typename?: 'GraphEdge';
  /** Distinct articles that state it. */
  articleCount: Scalars['Int']['output'];
  /** Evidence sentences per claim status, for drawing claims that no outlet asserts apart. */
  claims: ClaimCounts;
  /** CAMEO QuadClass. */
  class: RelationClass;
  /** True when asserted or attributed somewhere and denied elsewhere. */
  disputed: Scalars['Boolean']['output'];
  /** Evidence sentences per month of the articles' dates (key YYYY-MM), for date filters and histograms. */
  evidenceByMonth: Array<TypeCount>;
  /** Earliest event time its sentences state. */
  firstEvent: Maybe<Scalars['Date']['output']>;
  /** Earliest publication date (YYYY-MM-DD). */
  firstSeen: Maybe<Scalars['Date']['output']>;
  /** Relation id (Query.relation fetches it with evidence). */
  id: Scalars['ID']['output'];
  /** Latest event time its sentences state. */
  lastEvent: Maybe<Scalars['Date']['output']>;
  /** Latest publication date (YYYY-MM-DD). */
  lastSeen: Maybe<Scalars['Date']['output']>;
  /** Distinct outlets that state it (the length of `outlets`). */
  outletCount: Scalars['Int']['output'];
  /** Home countries of those outlets (ISO 3166-1 alpha-2), sorted. */
  outletCountries: Array<Scalars['String']['output']>;
  /** Outlets (article sources) stating the relation, sorted. */
  outlets: Array<Scalars['String']['output']>;
  /** Confidence, 0–1. */
  score: Scalars['Float']['output'];
  /** Source entity id. */
  source: Scalars['ID']['output'];
  /** The period of its state on the day asked for (filter asOf) or the latest, as Relation.state: `holds` false for an edge superseded by then (ties restored after being cut). */
  state: Maybe<PairStatePeriod>;
  /** True when the type has no direction. */
  symmetric: Scalars['Boolean']['output'];
  /** Target entity id. */
  target: Scalars['ID']['output'];
  /** What the relation is. */
  type: RelationType;
  /** Its figures inside the date window or as of the day asked for (filter since/until, asOf); null without. With asOf the edges kept are the strongest as known then. */
  window: Maybe<RelationWindow>;
};

/** An entity as a graph node. */
export type GraphNode = {
  __typename?: 'GraphNode';
  /** ISO code of the country the entity belongs to (a country's own ISO code), for filtering by country. */
  country: Maybe<Scalars['String']['output']>;
  /** Number of distinct relations touching it. */
  degree: Scalars['Int']['output'];
  /** Entity id. */
  id: Scalars['ID']['output'];
  /** Canonical name. */
  label: Scalars['String']['output'];
  /** Where a map draws it (as Entity.location): a place at its coordinates, a country at its representative point, anything else at the point of its country; null when neither is known. */
  location: Maybe<GeoPoint>;
  /** Kind of entity. */
  type: EntityType;
};

/** Where an entity is named inside an evidence sentence. */
export type Highlight = {
  __typename?: 'Highlight';
  /** Character offset just after the name. */
  end: Scalars['Int']['output'];
  /** The entity named. */
  entityId: Scalars['ID']['output'];
  /** Character offset of the name in the article text. */
  start: Scalars['Int']['output'];
};

/** What ingestArticle did. */
export type IngestResult = {
  __typename?: 'IngestResult';
  /** The article as stored. */
  article: ArticleSummary;
  /** Entities found in it. */
  entities: Scalars['Int']['output'];
  /** Relations found in it. */
  relations: Scalars['Int']['output'];
  /** What the ingest did: new, updated (same id, changed content) or unchanged (nothing written). */
  status: Scalars['String']['output'];
};

/** An agreement or a law with the life the articles tell of it. */
export type Instrument = {
  __typename?: 'Instrument';
  /** The agreement or law. */
  entity: Entity;
  /** Its events in time order (event time, else publication date; undated ones last): proposed, signed, ratified, in force, suspended, waived, extended, withdrawn from, expired, repealed. */
  lifecycle: Array<LifecycleEvent>;
};


/** An agreement or a law with the life the articles tell of it. */
export type InstrumentLifecycleArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<LifecycleEventKind>>;
  statuses?: InputMaybe<Array<ClaimStatus>>;
};

/** The sequences of states two entities go through. */
export type Lifecycle =
  /** Armed conflict: hostilities (ATTACKS either way), ended by a ceasefire or a peace (events, not relations). */
  | 'CONFLICT'
  /** Diplomatic ties: normal (NORMALIZES_WITH) or cut (REDUCES_TIES_WITH). */
  | 'DIPLOMATIC_TIES'
  /** Sanctions of one side on the other: imposed (SANCTIONS) or eased (EASES_SANCTIONS); one lifecycle per direction. */
  | 'SANCTIONS';

/** Something a sentence says happened to an agreement or a law, or between two parties at war. */
export type LifecycleEvent = Node & {
  __typename?: 'LifecycleEvent';
  /** Who did it (may be empty: "the treaty expired"); for a ceasefire or a peace, its two parties. */
  actors: Array<Entity>;
  /** The article it comes from. */
  article: ArticleSummary;
  /** Who says so, when attributed or denied: an entity's name or a phrase. */
  attributedTo: Maybe<Scalars['String']['output']>;
  /** Extraction confidence, 0–1. */
  confidence: Scalars['Float']['output'];
  /** Character offset just after the sentence. */
  end: Scalars['Int']['output'];
  /** When it happened, when the sentence says so. */
  eventTime: Maybe<EventTime>;
  /** Article id, kind, instrument (or parties) and sentence offset, joined with |. */
  id: Scalars['ID']['output'];
  /** The agreement or law (null for a ceasefire or peace that names none). */
  instrument: Maybe<Entity>;
  /** What happened. */
  kind: LifecycleEventKind;
  /** The extraction rule that found it. */
  rule: Scalars['String']['output'];
  /** The sentence, as in the article. */
  sentence: Scalars['String']['output'];
  /** Character offset of the sentence in the article text (UTF-16 code units). */
  start: Scalars['Int']['output'];
  /** How the sentence presents it: "plans to withdraw" is PROPOSED, not done. */
  status: ClaimStatus;
  /** The event time, else the article's publication date: where the event stands in a timeline. */
  time: Maybe<Scalars['Date']['output']>;
};

/** What happens to an agreement or a law, and what ends hostilities. */
export type LifecycleEventKind =
  /** A ceasefire, truce or armistice agreed between two parties. */
  | 'CEASEFIRE'
  /** Expired, lapsed. */
  | 'EXPIRED'
  /** Extended, renewed. */
  | 'EXTENDED'
  /** Entered into force, took effect. */
  | 'IN_FORCE'
  /** A peace agreement or treaty between two parties, or their war declared ended. */
  | 'PEACE'
  /** Proposed, introduced, drafted, tabled. */
  | 'PROPOSED'
  /** Ratified, passed, adopted, approved, enacted. */
  | 'RATIFIED'
  /** Repealed, revoked, rescinded, scrapped, annulled. */
  | 'REPEALED'
  /** Signed, concluded, signed into law. */
  | 'SIGNED'
  /** Suspended, frozen. */
  | 'SUSPENDED'
  /** Waived. */
  | 'WAIVED'
  /** Withdrawn from, pulled out of, exited. */
  | 'WITHDRAWN';

/** One place where an entity is named in an article. */
export type Mention = {
  __typename?: 'Mention';
  /** Character offset just after the name. */
  end: Scalars['Int']['output'];
  /** The entity named. */
  entity: Entity;
  /** Character offset of the name in the article text. */
  start: Scalars['Int']['output'];
};

/** A page of mentions. */
export type MentionConnection = {
  __typename?: 'MentionConnection';
  /** The mentions with their cursors. */
  edges: Array<MentionEdge>;
  /** The mentions of this page (the same as edges.node). */
  nodes: Array<Mention>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** Number of mentions in the article. */
  totalCount: Scalars['Int']['output'];
};

/** A mention in a page. */
export type MentionEdge = {
  __typename?: 'MentionEdge';
  /** Keyset cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The mention. */
  node: Mention;
};

/** A merge decision (mergeEntities): later loads of articles that name the removed entity land on the kept one. */
export type Merge = {
  __typename?: 'Merge';
  /** The kept entity, or null when it no longer exists. */
  kept: Maybe<Entity>;
  /** The id of the entity that stays. */
  keptId: Scalars['ID']['output'];
  /** The kept entity's name at the time of the merge. */
  keptName: Scalars['String']['output'];
  /** When the merge was made (ISO 8601). */
  mergedAt: Scalars['String']['output'];
  /** The id of the entity merged away. */
  removedId: Scalars['ID']['output'];
  /** The merged-away entity's name at the time of the merge. */
  removedName: Scalars['String']['output'];
  /** The merged-away entity's type. */
  removedType: EntityType;
};

/** Two people who may be one: for a curator to merge or leave apart. */
export type MergeCandidate = {
  __typename?: 'MergeCandidate';
  /** One person. */
  a: Entity;
  /** The other person. */
  b: Entity;
  /** Why the loader did not decide (one name is the other with more words). */
  reason: Scalars['String']['output'];
};

/** Writes: each needs the header Authorization: Bearer <ENTENTE_API_TOKEN>, and are refused when the server has no token. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Deletes a view; false when there was none with this id. Same rule as saveView. */
  deleteView: Scalars['Boolean']['output'];
  /** Extracts and loads one article (requires Authorization: Bearer <ENTENTE_API_TOKEN>). */
  ingestArticle: IngestResult;
  /** Moves every mention and relation of `remove` onto `keep`, then deletes `remove`. */
  mergeEntities: Entity;
  /** Removes an article with its mentions and evidence, and the relations only it supported. False when unknown. */
  removeArticle: Scalars['Boolean']['output'];
  /** Renames a saved view; its state stays as saved. NOT_FOUND when there is none with this id. Same rule as saveView. */
  renameView: SavedView;
  /** Saves a view (with ENTENTE_API_TOKEN set, requires Authorization: Bearer <token>; without it, open to anyone who can reach the server). */
  saveView: SavedView;
  /** Keeps a canvas for 30 days behind a short link (open to every caller, like reading; limited by size, by the request budget, and to 5,000 unexpired links per server). The same state gives the same id (and 30 more days). BAD_USER_INPUT when the state is not an explorer view or is over 1,500,000 bytes. */
  shareCanvas: SharedCanvas;
  /** Undoes the merge of `removedId` (requires the API token): the removed entity comes back with its mentions and relations. */
  undoMerge: UndoMergeResult;
};


/** Writes: each needs the header Authorization: Bearer <ENTENTE_API_TOKEN>, and are refused when the server has no token. */
export type MutationDeleteViewArgs = {
  id: Scalars['ID']['input'];
};


/** Writes: each needs the header Authorization: Bearer <ENTENTE_API_TOKEN>, and are refused when the server has no token. */
export type MutationIngestArticleArgs = {
  input: ArticleInput;
};


/** Writes: each needs the header Authorization: Bearer <ENTENTE_API_TOKEN>, and are refused when the server has no token. */
export type MutationMergeEntitiesArgs = {
  keep: Scalars['ID']['input'];
  remove: Scalars['ID']['input'];
};


/** Writes: each needs the header Authorization: Bearer <ENTENTE_API_TOKEN>, and are refused when the server has no token. */
export type MutationRemoveArticleArgs = {
  id: Scalars['ID']['input'];
};


/** Writes: each needs the header Authorization: Bearer <ENTENTE_API_TOKEN>, and are refused when the server has no token. */
export type MutationRenameViewArgs = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};


/** Writes: each needs the header Authorization: Bearer <ENTENTE_API_TOKEN>, and are refused when the server has no token. */
export type MutationSaveViewArgs = {
  input: SaveViewInput;
};


/** Writes: each needs the header Authorization: Bearer <ENTENTE_API_TOKEN>, and are refused when the server has no token. */
export type MutationShareCanvasArgs = {
  state: Scalars['String']['input'];
};


/** Writes: each needs the header Authorization: Bearer <ENTENTE_API_TOKEN>, and are refused when the server has no token. */
export type MutationUndoMergeArgs = {
  removedId: Scalars['ID']['input'];
};

/** Anything with a global id: node(id) fetches it again (Relay's object identification). */
export type Node = {
  /** Global id, stable across loads. */
  id: Scalars['ID']['output'];
};

/** Sort order. */
export type OrderDirection =
  /** Smallest, earliest or A first. */
  | 'ASC'
  /** Largest, latest or Z first. */
  | 'DESC';

/** How a relation runs, seen from one of its ends. */
export type Orientation =
  /** From the other entity to this one. */
  | 'IN'
  /** Symmetric relation (tension, meetings, alliances): no direction. */
  | 'MUTUAL'
  /** From this entity to the other. */
  | 'OUT';

/** Where a page ends, for asking the next one (Relay's PageInfo). Paging is forward only. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item of this page (null when empty). */
  endCursor: Maybe<Scalars['String']['output']>;
  /** True when more items follow: pass endCursor as `after`. False on an empty page, so a naive loop ends. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Always false: pages are asked for forward only (first/after). */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item of this page (null when empty). */
  startCursor: Maybe<Scalars['String']['output']>;
};

/** What is between two entities: relations either way, their evidence and its dates. */
export type Pair = {
  __typename?: 'Pair';
  /** The first entity asked for. */
  a: Entity;
  /** Distinct articles those sentences come from. */
  articleCount: Scalars['Int']['output'];
  /** The day the pair is known as of (asOf); null for all the evidence. */
  asOf: Maybe<Scalars['Date']['output']>;
  /** The second entity asked for. */
  b: Entity;
  /** Counts per relation class, most evidence first. */
  byClass: Array<PairCount>;
  /** Counts per relation type, most evidence first. */
  byType: Array<PairCount>;
  /** The evidence of all those relations (inside the window), newest first by default; Evidence.relation says which relation each supports. */
  evidence: EvidenceConnection;
  /** Evidence sentences for those relations (inside the window). */
  evidenceCount: Scalars['Int']['output'];
  /** Publication date of the earliest of those articles. */
  firstDate: Maybe<Scalars['Date']['output']>;
  /** Start of the date window (null: open). */
  from: Maybe<Scalars['Date']['output']>;
  /** Every period of their lifecycles, oldest first: superseded ones too, each with its opening and closing sentence. */
  history: Array<PairStatePeriod>;
  /** Publication date of the latest of those articles. */
  lastDate: Maybe<Scalars['Date']['output']>;
  /** Distinct relations between them (with evidence in the window, when one is given). */
  relationCount: Scalars['Int']['output'];
  /** The relations between them, each with its window figures when a window is given. */
  relations: RelationConnection;
  /** What held between them on a day (default: the pair's asOf, else the latest), one period per lifecycle (and direction, for sanctions) at most, with the sentences that opened and closed each. */
  state: Array<PairStatePeriod>;
  /** End of the date window (null: open). */
  to: Maybe<Scalars['Date']['output']>;
};


/** What is between two entities: relations either way, their evidence and its dates. */
export type PairEvidenceArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EvidenceOrder>;
};


/** What is between two entities: relations either way, their evidence and its dates. */
export type PairHistoryArgs = {
  lifecycles?: InputMaybe<Array<Lifecycle>>;
};


/** What is between two entities: relations either way, their evidence and its dates. */
export type PairRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<RelationOrder>;
};


/** What is between two entities: relations either way, their evidence and its dates. */
export type PairStateArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};

/** The figures of a pair for one relation class or type. */
export type PairCount = {
  __typename?: 'PairCount';
  /** Distinct articles. */
  articles: Scalars['Int']['output'];
  /** Evidence sentences. */
  evidence: Scalars['Int']['output'];
  /** Earliest article date. */
  firstDate: Maybe<Scalars['Date']['output']>;
  /** The relation class or type. */
  key: Scalars['String']['output'];
  /** Latest article date. */
  lastDate: Maybe<Scalars['Date']['output']>;
  /** Distinct relations. */
  relations: Scalars['Int']['output'];
};

/** Two entities and the relations between them. Which one is `a` matters only for `direction`. */
export type PairFilter = {
  /** Id of one entity (Entity.id). */
  a: Scalars['ID']['input'];
  /** Id of the other entity; must differ from `a`. */
  b: Scalars['ID']['input'];
  /** OUT: relations from a to b; IN: from b to a; BOTH (default): either way. Symmetric relations match all three. */
  direction?: InputMaybe<RelationDirection>;
};

/** A state between two entities; each is opened by its own kind of sentence and closed by a sentence of another state of its lifecycle. */
export type PairStateKind =
  /** A ceasefire, truce or armistice agreed. */
  | 'CEASEFIRE'
  /** Attacks, strikes or war, by either side. */
  | 'HOSTILITIES'
  /** A peace agreement or treaty, or the war declared ended. */
  | 'PEACE'
  /** Sanctions, an embargo or restrictions imposed by the source on the target. */
  | 'SANCTIONED'
  /** Those sanctions lifted, waived or eased. */
  | 'SANCTIONS_EASED'
  /** Ties cut or reduced: envoys recalled or expelled, an embassy closed. */
  | 'TIES_CUT'
  /** Diplomatic relations established, normal or restored. */
  | 'TIES_NORMAL';

/** A period during which one state held between two entities. */
export type PairStatePeriod = {
  __typename?: 'PairStatePeriod';
  /** The sentence that closed it; null while it holds. */
  closing: Maybe<StateTransition>;
  /** True when it held on the day asked for (or, without one, still holds). */
  holds: Scalars['Boolean']['output'];
  /** The lifecycle the state belongs to. */
  lifecycle: Lifecycle;
  /** The sentence that opened it. */
  opening: StateTransition;
  /** When it began: the time of its opening sentence. */
  since: Scalars['Date']['output'];
  /** For sanctions: the side that imposed or eased them; null for the other lifecycles, which have no direction. */
  source: Maybe<Entity>;
  /** What held. */
  state: PairStateKind;
  /** Sentences stating this state inside the period. */
  statements: Scalars['Int']['output'];
  /** True when a later sentence closed it (it is kept, never deleted). */
  superseded: Scalars['Boolean']['output'];
  /** For sanctions: the side they were imposed on. */
  target: Maybe<Entity>;
  /** When a sentence of another state closed it; null while it holds. */
  until: Maybe<Scalars['Date']['output']>;
};

/** One shortest path. */
export type Path = {
  __typename?: 'Path';
  /** Relations along the path (each may run either way). */
  edges: Array<GraphEdge>;
  /** Number of relations (hops). */
  length: Scalars['Int']['output'];
  /** Entities along the path, in order from `from` to `to`. */
  nodes: Array<GraphNode>;
};

/** The counts of one relation class or type in one period. */
export type PeriodCount = {
  __typename?: 'PeriodCount';
  /** Distinct articles published in the period that state such a relation. */
  articles: Scalars['Int']['output'];
  /** Evidence sentences from articles published in the period. */
  evidence: Scalars['Int']['output'];
  /** The relation class or type. */
  key: Scalars['String']['output'];
  /** Distinct relations with evidence in the period. */
  relations: Scalars['Int']['output'];
};

/** Read access. Limits: pages hold at most 500 items, queries at most 10 levels deep and an estimated cost of 50,000 (each item asked for counts; database lookups, totals, stats and neighborhoods count more). */
export type Query = {
  __typename?: 'Query';
  /** One article with its text; null when unknown. */
  article: Maybe<Article>;
  /** Articles, filtered, sorted and paged. */
  articles: ArticleConnection;
  /** Entities and relations by id, in the shape neighborhood returns: what a canvas link names (at most 500 of each). Unknown ids, and relations whose ends are not among entityIds, are left out. */
  canvas: Subgraph;
  /** Entities without a search word: filtered, sorted, paged. */
  entities: EntityConnection;
  /** One entity by id; null when unknown. */
  entity: Maybe<Entity>;
  /** Evidence sentences across the graph, filtered by claim status, confidence, outlet, date, relation type and entity; newest first by default. */
  evidence: EvidenceConnection;
  /** An agreement or a law with its lifecycle; null when unknown or of another type. */
  instrument: Maybe<Instrument>;
  /** Pairs of people the loader could not decide to merge ("Kara" and "Pinar Kara"), for curation with mergeEntities. */
  mergeCandidates: Array<MergeCandidate>;
  /** Merge decisions, newest first; with entityId, only those into or out of that entity. */
  merges: Array<Merge>;
  /** The subgraph around entities, capped by limit (at most 2000 edges). */
  neighborhood: Subgraph;
  /** Any object by its global id (Entity, Relation, Article, Evidence); null when unknown. */
  node: Maybe<Node>;
  /** What is between two entities: counts by class and type, first and last evidence date, the relations and their evidence. Null when either entity is unknown. */
  pair: Maybe<Pair>;
  /** Shortest paths between two entities. */
  paths: Array<Path>;
  /** One relation by id; null when unknown. */
  relation: Maybe<Relation>;
  /** The states of many relations as known on one day, in one request (the explorer's canvas as of a date): one entry per relation whose type opens a state (NORMALIZES_WITH, REDUCES_TIES_WITH, SANCTIONS, EASES_SANCTIONS, ATTACKS) and that has a dated sentence by then, in the order asked; other types and unknown ids are left out. */
  relationStates: Array<RelationStateAsOf>;
  /** Relation counts per period for any relation filter: the global timeline (evidence of undated articles is left out). */
  relationTimeline: Array<RelationTimelineBucket>;
  /** Relations, filtered, sorted and paged with keyset cursors (stable when articles are added meanwhile). */
  relations: RelationConnection;
  /** Saved views, most recently updated first, paged with keyset cursors (every view can be reached). */
  savedViews: SavedViewConnection;
  /** Entities by name or alias: prefix and typo tolerant, ranked by match and degree. */
  search: Array<SearchHit>;
  /** A canvas kept behind a short link; null when there is none with this id or it has expired (after 30 days). */
  sharedCanvas: Maybe<SharedCanvas>;
  /** Counts over the whole graph. */
  stats: Stats;
  /** Relation counts per class per period between two entities. */
  timeline: Array<TimelineBucket>;
  /** Entities ranked by the relations a filter keeps: by degree in that subgraph or by the articles stating them. */
  topEntities: Array<EntityRank>;
  /** One saved view with its state; null when there is none with this id. */
  view: Maybe<SavedView>;
  /**
   * Saved views, most recently updated first: only the first 500. Deprecated: use savedViews, which pages with a cursor.
   * @deprecated Lists only the 500 newest views: use savedViews, paged with a cursor.
   */
  views: Array<SavedView>;
  /** The writer the request's API token names (one of the server's ENTENTE_WRITER_TOKENS); null without a token, with a wrong one, or with ENTENTE_API_TOKEN, which names nobody. The explorer signs notes with it. */
  writer: Maybe<Scalars['String']['output']>;
};


/** Read access. Limits: pages hold at most 500 items, queries at most 10 levels deep and an estimated cost of 50,000 (each item asked for counts; database lookups, totals, stats and neighborhoods count more). */
export type QueryArticleArgs = {
  id: Scalars['ID']['input'];
};


/** Read access. Limits: pages hold at most 500 items, queries at most 10 levels deep and an estimated cost of 50,000 (each item asked for counts; database lookups, totals, stats and neighborhoods count more). */
export type QueryArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ArticleFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ArticleOrder>;
};


/** Read access. Limits: pages hold at most 500 items, queries at most 10 levels deep and an estimated cost of 50,000 (each item asked for counts; database lookups, totals, stats and neighborhoods count more). */
export type QueryCanvasArgs = {
  entityIds: Array<Scalars['ID']['input']>;
  relationIds: Array<Scalars['ID']['input']>;
};


/** Read access. Limits: pages hold at most 500 items, queries at most 10 levels deep and an estimated cost of 50,000 (each item asked for counts; database lookups, totals, stats and neighborhoods count more). */
export type QueryEntitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
};


/** Read access. Limits: pages hold at most 500 items, queries at most 10 levels deep and an estimated cost of 50,000 (each item asked for counts; database lookups, totals, stats and neighborhoods count more). */
export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
};


/** Read access. Limits: pages hold at most 500 items, queries at most 10 levels deep and an estimated cost of 50,000 (each item asked for counts; database lookups, totals, stats and neighborhoods count more). */
export type QueryEvidenceArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EvidenceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EvidenceOrder>;
};


/** Read access. Limits: pages hold at most 500 items, queries at most 10 levels deep and an estimated cost of 50,000 (each item asked for counts; database lookups, totals, stats and neighborhoods count more). */
export type QueryInstrumentArgs = {
  id: Scalars['ID']['input'];
};


/** Read access. Limits: pages hold at most 500 items, queries at most 10 levels deep and an estimated cost of 50,000 (each item asked for counts; database lookups, totals, stats and neighborhoods count more). */
export type QueryMergeCandidatesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Read access. Limits: pages hold at most 500 items, queries at most 10 levels deep and an estimated cost of 50,000 (each item asked for counts; database lookups, totals, stats and neighborhoods count more). */
export type QueryMergesArgs = {
  entityId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Read access. Limits: pages hold at most 500 items, queries at most 10 levels deep and an estimated cost of 50,000 (each item asked for counts; database lookups, totals, stats and neighborhoods count more). */
export type QueryNeighborhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<RelationFilter>;
  ids: Array<Scalars['ID']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


/** Read access. Limits: pages hold at most 500 items, queries at most 10 levels deep and an estimated cost of 50,000 (each item asked for counts; database lookups, totals, stats and neighborhoods count more). */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Read access. Limits: pages hold at most 500 items, queries at most 10 levels deep and an estimated cost of 50,000 (each item asked for counts; database lookups, totals, stats and neighborhoods count more). */
export type QueryPairArgs = {
  a: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['Date']['input']>;
  b: Scalars['ID']['input'];
  by?: InputMaybe<DateBasis>;
  direction?: InputMaybe<RelationDirection>;
  from?: InputMaybe<Scalars['String']['input']>;
  since?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
  until?: InputMaybe<Scalars['Date']['input']>;
};


/** Read access. Limits: pages hold at most 500 items, queries at most 10 levels deep and an estimated cost of 50,000 (each item asked for counts; database lookups, totals, stats and neighborhoods count more). */
export type QueryPathsArgs = {
  filter?: InputMaybe<RelationFilter>;
  from: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
};


/** Read access. Limits: pages hold at most 500 items, queries at most 10 levels deep and an estimated cost of 50,000 (each item asked for counts; database lookups, totals, stats and neighborhoods count more). */
export type QueryRelationArgs = {
  id: Scalars['ID']['input'];
};


/** Read access. Limits: pages hold at most 500 items, queries at most 10 levels deep and an estimated cost of 50,000 (each item asked for counts; database lookups, totals, stats and neighborhoods count more). */
export type QueryRelationStatesArgs = {
  asOf: Scalars['Date']['input'];
  ids: Array<Scalars['ID']['input']>;
};


/** Read access. Limits: pages hold at most 500 items, queries at most 10 levels deep and an estimated cost of 50,000 (each item asked for counts; database lookups, totals, stats and neighborhoods count more). */
export type QueryRelationTimelineArgs = {
  bucket?: InputMaybe<TimeBucket>;
  filter?: InputMaybe<RelationFilter>;
  groupBy?: InputMaybe<TimelineGrouping>;
};


/** Read access. Limits: pages hold at most 500 items, queries at most 10 levels deep and an estimated cost of 50,000 (each item asked for counts; database lookups, totals, stats and neighborhoods count more). */
export type QueryRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RelationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<RelationOrder>;
};


/** Read access. Limits: pages hold at most 500 items, queries at most 10 levels deep and an estimated cost of 50,000 (each item asked for counts; database lookups, totals, stats and neighborhoods count more). */
export type QuerySavedViewsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Read access. Limits: pages hold at most 500 items, queries at most 10 levels deep and an estimated cost of 50,000 (each item asked for counts; database lookups, totals, stats and neighborhoods count more). */
export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
  types?: InputMaybe<Array<EntityType>>;
};


/** Read access. Limits: pages hold at most 500 items, queries at most 10 levels deep and an estimated cost of 50,000 (each item asked for counts; database lookups, totals, stats and neighborhoods count more). */
export type QuerySharedCanvasArgs = {
  id: Scalars['ID']['input'];
};


/** Read access. Limits: pages hold at most 500 items, queries at most 10 levels deep and an estimated cost of 50,000 (each item asked for counts; database lookups, totals, stats and neighborhoods count more). */
export type QueryTimelineArgs = {
  a: Scalars['ID']['input'];
  b: Scalars['ID']['input'];
  bucket?: InputMaybe<TimeBucket>;
};


/** Read access. Limits: pages hold at most 500 items, queries at most 10 levels deep and an estimated cost of 50,000 (each item asked for counts; database lookups, totals, stats and neighborhoods count more). */
export type QueryTopEntitiesArgs = {
  by?: InputMaybe<TopEntitiesMetric>;
  filter?: InputMaybe<RelationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<EntityType>>;
};


/** Read access. Limits: pages hold at most 500 items, queries at most 10 levels deep and an estimated cost of 50,000 (each item asked for counts; database lookups, totals, stats and neighborhoods count more). */
export type QueryViewArgs = {
  id: Scalars['ID']['input'];
};


/** Read access. Limits: pages hold at most 500 items, queries at most 10 levels deep and an estimated cost of 50,000 (each item asked for counts; database lookups, totals, stats and neighborhoods count more). */
export type QueryViewsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One edge: all that the articles say of one (source, type, target), aggregated. Symmetric relations are stored once, the smaller id as source. */
export type Relation = Node & {
  __typename?: 'Relation';
  /** Number of distinct articles that state it (all dates). */
  articleCount: Scalars['Int']['output'];
  /** CAMEO root code (two digits); null for structural relations. */
  cameo: Maybe<Scalars['String']['output']>;
  /** Evidence sentences per claim status (all dates). */
  claims: ClaimCounts;
  /** CAMEO QuadClass of the type. */
  class: RelationClass;
  /** Commodities supplied, joined with ', ' (SUPPLIES). */
  commodity: Maybe<Scalars['String']['output']>;
  /** True when the relation is asserted or attributed in some evidence and denied in other evidence. */
  disputed: Scalars['Boolean']['output'];
  /** Domains of cooperation, joined with '; ' (COOPERATES_WITH). */
  domain: Maybe<Scalars['String']['output']>;
  /** The sentences that state it. By default, the ones inside the date window the relation was found with, and only those of the article when reached through Article.relations; pass since/until (null for open) to choose another window. */
  evidence: EvidenceConnection;
  /** The earliest event time its sentences state (YYYY, YYYY-MM or YYYY-MM-DD); null when none states one. */
  firstEvent: Maybe<Scalars['Date']['output']>;
  /** Publication date (YYYY-MM-DD) of the earliest dated article that states it. */
  firstSeen: Maybe<Scalars['Date']['output']>;
  /** TYPE:hash of the ends; stable across loads. */
  id: Scalars['ID']['output'];
  /** Sanction instruments, joined with '; ' (SANCTIONS). */
  instrument: Maybe<Scalars['String']['output']>;
  /** The latest event time its sentences state. */
  lastEvent: Maybe<Scalars['Date']['output']>;
  /** Publication date (YYYY-MM-DD) of the latest dated article that states it. */
  lastSeen: Maybe<Scalars['Date']['output']>;
  /** Number of distinct outlets (article sources) that state it (all dates). */
  outletCount: Scalars['Int']['output'];
  /** Home countries (ISO 3166-1 alpha-2) of the outlets that state it, sorted; empty when no outlet's country is known. */
  outletCountries: Array<Scalars['String']['output']>;
  /** Roles held, joined with '; ' (OFFICIAL_OF). */
  role: Maybe<Scalars['String']['output']>;
  /** Confidence, 0–1: noisy-or over articles of each article's best status-weighted confidence, weighed by the independence of the outlets and halved when disputed (docs/EXTRACTION.md, "Claims"). */
  score: Scalars['Float']['output'];
  /** Who acts (or the smaller id, for symmetric relations). */
  source: Entity;
  /** For relations that open a state between their ends (NORMALIZES_WITH, REDUCES_TIES_WITH, SANCTIONS, EASES_SANCTIONS, ATTACKS): the period of that state on the day the relation was asked for (filter asOf), else the latest; `holds` false when a later sentence closed it. Null for other types, or when no sentence of it can be dated. */
  state: Maybe<PairStatePeriod>;
  /** True when the type has no direction (source and target are then only the stored order). */
  symmetric: Scalars['Boolean']['output'];
  /** Who is acted upon (or the larger id, for symmetric relations). */
  target: Entity;
  /** What the relation is. */
  type: RelationType;
  /** Counts and score over the evidence inside the date window the relation was asked for with (filter since/until); null without a window. */
  window: Maybe<RelationWindow>;
};


/** One edge: all that the articles say of one (source, type, target), aggregated. Symmetric relations are stored once, the smaller id as source. */
export type RelationEvidenceArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  by?: InputMaybe<DateBasis>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  orderBy?: InputMaybe<EvidenceOrder>;
  since?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
  until?: InputMaybe<Scalars['Date']['input']>;
};

/** CAMEO QuadClasses plus structural relations. */
export type RelationClass =
  /** Acts of conflict: threats, sanctions, cut ties, attacks (CAMEO 14–20). */
  | 'MATERIAL_CONFLICT'
  /** Acts of cooperation: alliances, aid, supplies, easing sanctions (CAMEO 06–08). */
  | 'MATERIAL_COOPERATION'
  /** Lasting facts rather than events: membership, roles, location, borders. */
  | 'STRUCTURAL'
  /** Statements of conflict: accusations, demands, disputes (CAMEO 09–13). */
  | 'VERBAL_CONFLICT'
  /** Statements of cooperation: visits, meetings, praise, recognition (CAMEO 01–05). */
  | 'VERBAL_COOPERATION';

/** A page of relations. */
export type RelationConnection = {
  __typename?: 'RelationConnection';
  /** The relations with their cursors. */
  edges: Array<RelationEdge>;
  /** The relations of this page (the same as edges.node). */
  nodes: Array<Relation>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** Number of relations matching, over all pages (computed only when asked). */
  totalCount: Scalars['Int']['output'];
};

/** Which relations of an entity to take, by the way they run. */
export type RelationDirection =
  /** Both ways. */
  | 'BOTH'
  /** Relations done to the entity (it is the target; symmetric relations included). */
  | 'IN'
  /** Relations the entity states or does (it is the source; symmetric relations included). */
  | 'OUT';

/** A relation in a page. */
export type RelationEdge = {
  __typename?: 'RelationEdge';
  /** Keyset cursor of this item: pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The relation. */
  node: Relation;
};

/** Filters shared by relations, neighborhood and paths. Dates are YYYY, YYYY-MM or YYYY-MM-DD and are checked strictly (2024-13-45 is refused). A date window keeps the relations that have evidence from articles published inside it, and their counts, score and evidence are then those of that window. */
export type RelationFilter = {
  /** The graph as known on that day: only evidence from articles published on or before it, and each relation's figures (window) computed from that evidence. Combines with since/until. */
  asOf?: InputMaybe<Scalars['Date']['input']>;
  /** True: only relations at least one outlet asserts in its own voice (the same as statuses: [ASSERTED]); with since/until, inside the window. */
  assertedOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** Which time since/until filter: PUBLISHED (default) or EVENT (the event time sentences state; those that state none are left out). */
  by?: InputMaybe<DateBasis>;
  /** Only these classes (combined with `types`: both must allow a type). */
  classes?: InputMaybe<Array<RelationClass>>;
  /** True: only disputed relations (asserted or attributed somewhere, denied elsewhere); false: only undisputed ones. With since/until, disputed inside the window. */
  disputed?: InputMaybe<Scalars['Boolean']['input']>;
  /** Relations with at least one of these entities at either end (relations); in Entity.relations: relations whose other end is one of these. Not for neighborhood and paths. */
  entityIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Entity types allowed at the far end (neighborhood, paths). */
  entityTypes?: InputMaybe<Array<EntityType>>;
  /** True: leave out relations whose every evidence sentence is hedged (with since/until: every sentence inside the window). */
  excludeHedgedOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /**
   * Deprecated: the same as `since`, as a String.
   * @deprecated Use since, a Date; from is accepted until the next release.
   */
  from?: InputMaybe<Scalars['String']['input']>;
  /** Relations stated by at least this many articles (within the date window, when one is given). */
  minArticles?: InputMaybe<Scalars['Int']['input']>;
  /** Relations stated by outlets of at least this many home countries (Relation.outletCountries; with since/until, inside the window). */
  minOutletCountries?: InputMaybe<Scalars['Int']['input']>;
  /** Relations stated by at least this many distinct outlets (Relation.outletCount; with since/until, outlets whose articles inside the window state it). */
  minOutlets?: InputMaybe<Scalars['Int']['input']>;
  /** Relations between two entities, either way or in one direction (relations only). */
  pair?: InputMaybe<PairFilter>;
  /** Evidence from on or after this date (2021, 2021-03 or 2021-03-05): the articles' publication date, or the sentences' event time with by: EVENT. */
  since?: InputMaybe<Scalars['Date']['input']>;
  /** Outlet (article source) that states the relation, exactly as stored (Article.source). */
  source?: InputMaybe<Scalars['String']['input']>;
  /** Relations with at least one evidence sentence of one of these claim statuses ([ASSERTED]: stated by at least one outlet in its own voice); with since/until, a sentence from inside the window. */
  statuses?: InputMaybe<Array<ClaimStatus>>;
  /**
   * Deprecated: the same as `until`, as a String.
   * @deprecated Use until, a Date; to is accepted until the next release.
   */
  to?: InputMaybe<Scalars['String']['input']>;
  /** Only these relation types (default: all). */
  types?: InputMaybe<Array<RelationType>>;
  /** Evidence from on or before this date (inclusive: 2021 means to the end of 2021), by the same time as `since`. */
  until?: InputMaybe<Scalars['Date']['input']>;
};

/** Order of a list of relations. */
export type RelationOrder = {
  /** Default DESC: most articles, highest score, latest first. */
  direction?: InputMaybe<OrderDirection>;
  /** Sort key. */
  field: RelationOrderField;
};

/** What relations are sorted by. Ties are broken by article count, then by id, so pages never overlap. */
export type RelationOrderField =
  /** Number of articles that state the relation (within the date window, when one is given). */
  | 'ARTICLES'
  /** Date of the earliest evidence (within the date window, when one is given). */
  | 'FIRST_SEEN'
  /** Date of the latest evidence (within the date window, when one is given). */
  | 'LAST_SEEN'
  /** Confidence score, 0–1 (within the date window, when one is given). */
  | 'SCORE';

/** The state of one relation's lifecycle as known on a day (Query.relationStates): what a canvas as of that day draws as holding or ended. */
export type RelationStateAsOf = {
  __typename?: 'RelationStateAsOf';
  /** The period of its state on the day, as Relation.state with filter asOf: `holds` false, with `until` and `closing`, when a sentence of an opposing state published by then closed it. */
  period: PairStatePeriod;
  /** The relation's id (TYPE:hash). */
  relationId: Scalars['ID']['output'];
};

/** One period of the global timeline. */
export type RelationTimelineBucket = {
  __typename?: 'RelationTimelineBucket';
  /** Counts per class or type, in key order. */
  counts: Array<PeriodCount>;
  /** YYYY-MM or YYYY. */
  period: Scalars['String']['output'];
};

/** Relation types of the vocabulary (seed/vocabulary.ts). Symmetric ones are marked; the rest read source → target. */
export type RelationType =
  /** Accuses, blames, condemns. */
  | 'ACCUSES'
  /** Alliance, strategic partnership, close ties (symmetric). */
  | 'ALLIED_WITH'
  /** Petitions, calls on, urges. */
  | 'APPEALS_TO'
  /** Armed attack, strike, war. */
  | 'ATTACKS'
  /** Shares a border with (symmetric). */
  | 'BORDERS'
  /** Cooperation in a named domain (symmetric; see Relation.domain). */
  | 'COOPERATES_WITH'
  /** Demands something. */
  | 'DEMANDS'
  /** Lifts, waives or eases sanctions. */
  | 'EASES_SANCTIONS'
  /** Tension, dispute, rivalry (symmetric). */
  | 'IN_TENSION_WITH'
  /** Is located in. */
  | 'LOCATED_IN'
  /** Mediates or brokers between parties. */
  | 'MEDIATES'
  /** Meetings, calls, talks, summits (symmetric). */
  | 'MEETS_WITH'
  /** Belongs to or has signed (an organization, an agreement). */
  | 'MEMBER_OF'
  /** Establishes or restores diplomatic relations (symmetric). */
  | 'NORMALIZES_WITH'
  /** Holds a role in (see Relation.role). */
  | 'OFFICIAL_OF'
  /** Is part of or affiliated with. */
  | 'PART_OF'
  /** Is proposed to join. */
  | 'PROPOSED_FOR'
  /** Recognizes statehood, sovereignty or a claim. */
  | 'RECOGNIZES'
  /** Recalls or expels diplomats, cuts ties. */
  | 'REDUCES_TIES_WITH'
  /** Sanctions, embargoes, restricts aid (see Relation.instrument). */
  | 'SANCTIONS'
  /** Supplies a commodity such as oil, gas or arms (see Relation.commodity). */
  | 'SUPPLIES'
  /** Praises, backs, endorses. */
  | 'SUPPORTS'
  /** Threats, exercises or build-ups aimed at the target. */
  | 'THREATENS'
  /** Visits a country or place. */
  | 'VISITED';

/** A relation's figures inside a date window: what the articles of that period said. */
export type RelationWindow = {
  __typename?: 'RelationWindow';
  /** Distinct articles inside the window that state the relation. */
  articleCount: Scalars['Int']['output'];
  /** The day the relation was known as of (filter asOf); null without. */
  asOf: Maybe<Scalars['Date']['output']>;
  /** Which time the window reads. */
  by: DateBasis;
  /** Evidence sentences from articles published inside the window. */
  evidenceCount: Scalars['Int']['output'];
  /** Earliest event time stated by the window's sentences. */
  firstEvent: Maybe<Scalars['Date']['output']>;
  /** Earliest publication date inside the window. */
  firstSeen: Maybe<Scalars['Date']['output']>;
  /** Start of the window as asked (null: open). */
  from: Maybe<Scalars['Date']['output']>;
  /** Latest event time stated by the window's sentences. */
  lastEvent: Maybe<Scalars['Date']['output']>;
  /** Latest publication date inside the window. */
  lastSeen: Maybe<Scalars['Date']['output']>;
  /** Confidence, 0–1, from those articles only (noisy-or of each article's best confidence). */
  score: Scalars['Float']['output'];
  /** End of the window as asked (null: open). */
  to: Maybe<Scalars['Date']['output']>;
};

/** A view to save: a new one, or an existing one overwritten when its id is given. */
export type SaveViewInput = {
  /** The view to overwrite; omitted: a new view. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** 1 to 120 characters. */
  name: Scalars['String']['input'];
  /** A JSON document with "format": "entente-view", at most 1,500,000 bytes. */
  state: Scalars['String']['input'];
};

/** An investigation saved by name: the explorer's canvas (elements, positions, filters, selection, styling). */
export type SavedView = {
  __typename?: 'SavedView';
  /** When it was first saved (ISO 8601 timestamp). */
  createdAt: Scalars['String']['output'];
  /** Entities and relations in the view. */
  elementCount: Scalars['Int']['output'];
  /** View id (12 random URL-safe characters), for view(id) and the explorer's /#/view/ID links. */
  id: Scalars['ID']['output'];
  /** The name it was saved under, 1 to 120 characters. */
  name: Scalars['String']['output'];
  /** Size of the state in bytes (UTF-8). */
  sizeBytes: Scalars['Int']['output'];
  /** The explorer's state, a JSON document (format "entente-view"); stored as is. */
  state: Scalars['String']['output'];
  /** When it was last saved (ISO 8601 timestamp). */
  updatedAt: Scalars['String']['output'];
};

/** A page of saved views. */
export type SavedViewConnection = {
  __typename?: 'SavedViewConnection';
  /** The views with their cursors. */
  edges: Array<SavedViewEdge>;
  /** The views of this page (the same as edges.node). */
  nodes: Array<SavedView>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** Number of saved views (computed only when asked). */
  totalCount: Scalars['Int']['output'];
};

/** A saved view in a page. */
export type SavedViewEdge = {
  __typename?: 'SavedViewEdge';
  /** Keyset cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The view (its state is read only when asked for). */
  node: SavedView;
};

/** One search result. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** The entity found. */
  entity: Entity;
  /** Relevance: full-text match, boosted by degree and by a name that starts with the words. */
  score: Scalars['Float']['output'];
};

/** A canvas kept on the server behind a short link (the explorer's /#/v/ID) because its address would be too long (over 2,000 characters). Kept 30 days from when it was made, then gone: unlike a SavedView it has no name and is not listed. */
export type SharedCanvas = {
  __typename?: 'SharedCanvas';
  /** When it was made (ISO 8601 timestamp). */
  createdAt: Scalars['String']['output'];
  /** Entities and relations on the canvas. */
  elementCount: Scalars['Int']['output'];
  /** When it expires, 30 days after createdAt (ISO 8601 timestamp); sharedCanvas returns null from then on. */
  expiresAt: Scalars['String']['output'];
  /** Short-link id (12 characters, the same for the same state). */
  id: Scalars['ID']['output'];
  /** Size of the state in bytes (UTF-8). */
  sizeBytes: Scalars['Int']['output'];
  /** The explorer's state, a JSON document (format "entente-view"), as stored. */
  state: Scalars['String']['output'];
};

/** A sentence that says a state holds: the one that opened or closed a period. */
export type StateTransition = {
  __typename?: 'StateTransition';
  /** The article it comes from. */
  article: ArticleSummary;
  /** The ceasefire or peace (events); null for a relation's sentence. */
  event: Maybe<LifecycleEvent>;
  /** The relation's evidence sentence (relations); null for a ceasefire or a peace. */
  evidence: Maybe<Evidence>;
  /** The sentence, as in the article. */
  sentence: Scalars['String']['output'];
  /** Sentences of the same relation (or event kind) at this same time, this one included. */
  sentences: Scalars['Int']['output'];
  /** The state it says holds. */
  state: PairStateKind;
  /** When: the event time the sentence states, else its article's publication date (see timeBasis). */
  time: Scalars['Date']['output'];
  /** EVENT when the sentence gives the time, PUBLISHED when it is the article's date. */
  timeBasis: DateBasis;
};

/** Counts over the whole graph. */
export type Stats = {
  __typename?: 'Stats';
  /** Articles loaded. */
  articles: Scalars['Int']['output'];
  /** Entities. */
  entities: Scalars['Int']['output'];
  /** Entities per entity type, most first. */
  entitiesByType: Array<TypeCount>;
  /** Evidence sentences. */
  evidence: Scalars['Int']['output'];
  /** Earliest article date (YYYY-MM-DD). */
  firstDate: Maybe<Scalars['Date']['output']>;
  /** Latest article date (YYYY-MM-DD). */
  lastDate: Maybe<Scalars['Date']['output']>;
  /** Distinct relations (edges). */
  relations: Scalars['Int']['output'];
  /** Relations per class, most first. */
  relationsByClass: Array<TypeCount>;
  /** Relations per relation type, most first. */
  relationsByType: Array<TypeCount>;
};

/** A subgraph in the shape Cytoscape takes as is: nodes, edges, and what the cap left out. */
export type Subgraph = {
  __typename?: 'Subgraph';
  /** Relations kept, strongest first (most articles). */
  edges: Array<GraphEdge>;
  /** Entities at either end of the edges, and the entities asked for. */
  nodes: Array<GraphNode>;
  /** Relations left out by the cap, per relation type (for '+37 more'). */
  omitted: Array<TypeCount>;
  /** True when the cap left relations out. */
  truncated: Scalars['Boolean']['output'];
};

/** Width of a timeline period. */
export type TimeBucket =
  /** Calendar months (period YYYY-MM). */
  | 'MONTH'
  /** Calendar years (period YYYY). */
  | 'YEAR';

/** Counts of one period of a pair timeline. */
export type TimelineBucket = {
  __typename?: 'TimelineBucket';
  /** Articles that state a relation between the pair in this period, per relation class. */
  counts: Array<TypeCount>;
  /** YYYY-MM or YYYY. */
  period: Scalars['String']['output'];
};

/** What the global timeline counts are grouped by within a period. */
export type TimelineGrouping =
  /** Relation classes (CAMEO QuadClasses and STRUCTURAL). */
  | 'CLASS'
  /** Relation types. */
  | 'TYPE';

/** What entities are ranked by. */
export type TopEntitiesMetric =
  /** Distinct articles that state those relations (inside the date window, when one is given). */
  | 'ARTICLES'
  /** Distinct relations that match the filter and touch the entity (its degree in that subgraph). */
  | 'DEGREE';

/** A count under a key (a relation type, class or entity type). */
export type TypeCount = {
  __typename?: 'TypeCount';
  /** How many. */
  count: Scalars['Int']['output'];
  /** The relation type, class or entity type. */
  key: Scalars['String']['output'];
};

/** What undoMerge did: the entity it restored and the articles it re-extracted. */
export type UndoMergeResult = {
  __typename?: 'UndoMergeResult';
  /** The id of the entity the merge had kept (it stays, without the removed entity's aliases). */
  keptId: Scalars['ID']['output'];
  /** Articles re-extracted and reloaded to give the restored entity back its mentions and relations. */
  reloadedArticles: Scalars['Int']['output'];
  /** The restored entity, or null when no article names it any more. */
  restored: Maybe<Entity>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Node:
    | ( ArticleRecord )
    | ( EntityRecord )
    | ( EvidenceRecord )
    | ( EventRecord )
    | ( RelationRecord )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Article: ResolverTypeWrapper<ArticleRecord>;
  ArticleConnection: ResolverTypeWrapper<ArticleConnectionRecord>;
  ArticleEdge: ResolverTypeWrapper<Omit<ArticleEdge, 'node'> & { node: ResolversTypes['ArticleSummary'] }>;
  ArticleFilter: ArticleFilter;
  ArticleInput: ArticleInput;
  ArticleOrder: ArticleOrder;
  ArticleOrderField: ArticleOrderField;
  ArticleSummary: ResolverTypeWrapper<ArticleSummaryRecord>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ClaimCounts: ResolverTypeWrapper<ClaimCounts>;
  ClaimStatus: ClaimStatus;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateBasis: DateBasis;
  DatePrecision: DatePrecision;
  Entity: ResolverTypeWrapper<EntityRecord>;
  EntityConnection: ResolverTypeWrapper<EntityConnectionRecord>;
  EntityEdge: ResolverTypeWrapper<Omit<EntityEdge, 'node'> & { node: ResolversTypes['Entity'] }>;
  EntityFilter: EntityFilter;
  EntityOrder: EntityOrder;
  EntityOrderField: EntityOrderField;
  EntityRank: ResolverTypeWrapper<EntityRankRecord>;
  EntityRelationConnection: ResolverTypeWrapper<EntityRelationConnectionRecord>;
  EntityRelationEdge: ResolverTypeWrapper<SeenRelationEdge>;
  EntityType: EntityType;
  EventTime: ResolverTypeWrapper<EventTime>;
  Evidence: ResolverTypeWrapper<EvidenceRecord>;
  EvidenceConnection: ResolverTypeWrapper<EvidenceConnectionRecord>;
  EvidenceEdge: ResolverTypeWrapper<Omit<EvidenceEdge, 'node'> & { node: ResolversTypes['Evidence'] }>;
  EvidenceFilter: EvidenceFilter;
  EvidenceOrder: EvidenceOrder;
  EvidenceOrderField: EvidenceOrderField;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GeoPoint: ResolverTypeWrapper<GeoPoint>;
  GeoPrecision: GeoPrecision;
  GraphEdge: ResolverTypeWrapper<RelationRecord>;
  GraphNode: ResolverTypeWrapper<NodeRecord>;
  Highlight: ResolverTypeWrapper<Highlight>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IngestResult: ResolverTypeWrapper<Omit<IngestResult, 'article'> & { article: ResolversTypes['ArticleSummary'] }>;
  Instrument: ResolverTypeWrapper<InstrumentRecord>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Lifecycle: Lifecycle;
  LifecycleEvent: ResolverTypeWrapper<EventRecord>;
  LifecycleEventKind: LifecycleEventKind;
  Mention: ResolverTypeWrapper<MentionRecord>;
  MentionConnection: ResolverTypeWrapper<MentionConnectionRecord>;
  MentionEdge: ResolverTypeWrapper<Omit<MentionEdge, 'node'> & { node: ResolversTypes['Mention'] }>;
  Merge: ResolverTypeWrapper<MergeRecord>;
  MergeCandidate: ResolverTypeWrapper<MergeCandidateRecord>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  OrderDirection: OrderDirection;
  Orientation: Orientation;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Pair: ResolverTypeWrapper<PairRecord>;
  PairCount: ResolverTypeWrapper<PairCount>;
  PairFilter: PairFilter;
  PairStateKind: PairStateKind;
  PairStatePeriod: ResolverTypeWrapper<StatePeriodRecord>;
  Path: ResolverTypeWrapper<Omit<Path, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['GraphEdge']>, nodes: Array<ResolversTypes['GraphNode']> }>;
  PeriodCount: ResolverTypeWrapper<PeriodCount>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Relation: ResolverTypeWrapper<RelationRecord>;
  RelationClass: RelationClass;
  RelationConnection: ResolverTypeWrapper<RelationConnectionRecord>;
  RelationDirection: RelationDirection;
  RelationEdge: ResolverTypeWrapper<Omit<RelationEdge, 'node'> & { node: ResolversTypes['Relation'] }>;
  RelationFilter: RelationFilter;
  RelationOrder: RelationOrder;
  RelationOrderField: RelationOrderField;
  RelationStateAsOf: ResolverTypeWrapper<Omit<RelationStateAsOf, 'period'> & { period: ResolversTypes['PairStatePeriod'] }>;
  RelationTimelineBucket: ResolverTypeWrapper<RelationTimelineBucket>;
  RelationType: RelationType;
  RelationWindow: ResolverTypeWrapper<RelationWindowRecord>;
  SaveViewInput: SaveViewInput;
  SavedView: ResolverTypeWrapper<ViewRecord>;
  SavedViewConnection: ResolverTypeWrapper<SavedViewConnectionRecord>;
  SavedViewEdge: ResolverTypeWrapper<Omit<SavedViewEdge, 'node'> & { node: ResolversTypes['SavedView'] }>;
  SearchHit: ResolverTypeWrapper<Omit<SearchHit, 'entity'> & { entity: ResolversTypes['Entity'] }>;
  SharedCanvas: ResolverTypeWrapper<SharedCanvas>;
  StateTransition: ResolverTypeWrapper<TransitionRecord>;
  Stats: ResolverTypeWrapper<StatsRecord>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subgraph: ResolverTypeWrapper<Omit<Subgraph, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['GraphEdge']>, nodes: Array<ResolversTypes['GraphNode']> }>;
  TimeBucket: TimeBucket;
  TimelineBucket: ResolverTypeWrapper<TimelineBucket>;
  TimelineGrouping: TimelineGrouping;
  TopEntitiesMetric: TopEntitiesMetric;
  TypeCount: ResolverTypeWrapper<TypeCount>;
  UndoMergeResult: ResolverTypeWrapper<Omit<UndoMergeResult, 'restored'> & { restored?: Maybe<ResolversTypes['Entity']> }>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Article: ArticleRecord;
  ArticleConnection: ArticleConnectionRecord;
  ArticleEdge: Omit<ArticleEdge, 'node'> & { node: ResolversParentTypes['ArticleSummary'] };
  ArticleFilter: ArticleFilter;
  ArticleInput: ArticleInput;
  ArticleOrder: ArticleOrder;
  ArticleSummary: ArticleSummaryRecord;
  Boolean: Scalars['Boolean']['output'];
  ClaimCounts: ClaimCounts;
  Date: Scalars['Date']['output'];
  Entity: EntityRecord;
  EntityConnection: EntityConnectionRecord;
  EntityEdge: Omit<EntityEdge, 'node'> & { node: ResolversParentTypes['Entity'] };
  EntityFilter: EntityFilter;
  EntityOrder: EntityOrder;
  EntityRank: EntityRankRecord;
  EntityRelationConnection: EntityRelationConnectionRecord;
  EntityRelationEdge: SeenRelationEdge;
  EventTime: EventTime;
  Evidence: EvidenceRecord;
  EvidenceConnection: EvidenceConnectionRecord;
  EvidenceEdge: Omit<EvidenceEdge, 'node'> & { node: ResolversParentTypes['Evidence'] };
  EvidenceFilter: EvidenceFilter;
  EvidenceOrder: EvidenceOrder;
  Float: Scalars['Float']['output'];
  GeoPoint: GeoPoint;
  GraphEdge: RelationRecord;
  GraphNode: NodeRecord;
  Highlight: Highlight;
  ID: Scalars['ID']['output'];
  IngestResult: Omit<IngestResult, 'article'> & { article: ResolversParentTypes['ArticleSummary'] };
  Instrument: InstrumentRecord;
  Int: Scalars['Int']['output'];
  LifecycleEvent: EventRecord;
  Mention: MentionRecord;
  MentionConnection: MentionConnectionRecord;
  MentionEdge: Omit<MentionEdge, 'node'> & { node: ResolversParentTypes['Mention'] };
  Merge: MergeRecord;
  MergeCandidate: MergeCandidateRecord;
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  PageInfo: PageInfo;
  Pair: PairRecord;
  PairCount: PairCount;
  PairFilter: PairFilter;
  PairStatePeriod: StatePeriodRecord;
  Path: Omit<Path, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['GraphEdge']>, nodes: Array<ResolversParentTypes['GraphNode']> };
  PeriodCount: PeriodCount;
  Query: Record<PropertyKey, never>;
  Relation: RelationRecord;
  RelationConnection: RelationConnectionRecord;
  RelationEdge: Omit<RelationEdge, 'node'> & { node: ResolversParentTypes['Relation'] };
  RelationFilter: RelationFilter;
  RelationOrder: RelationOrder;
  RelationStateAsOf: Omit<RelationStateAsOf, 'period'> & { period: ResolversParentTypes['PairStatePeriod'] };
  RelationTimelineBucket: RelationTimelineBucket;
  RelationWindow: RelationWindowRecord;
  SaveViewInput: SaveViewInput;
  SavedView: ViewRecord;
  SavedViewConnection: SavedViewConnectionRecord;
  SavedViewEdge: Omit<SavedViewEdge, 'node'> & { node: ResolversParentTypes['SavedView'] };
  SearchHit: Omit<SearchHit, 'entity'> & { entity: ResolversParentTypes['Entity'] };
  SharedCanvas: SharedCanvas;
  StateTransition: TransitionRecord;
  Stats: StatsRecord;
  String: Scalars['String']['output'];
  Subgraph: Omit<Subgraph, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['GraphEdge']>, nodes: Array<ResolversParentTypes['GraphNode']> };
  TimelineBucket: TimelineBucket;
  TypeCount: TypeCount;
  UndoMergeResult: Omit<UndoMergeResult, 'restored'> & { restored?: Maybe<ResolversParentTypes['Entity']> };
};

export type ArticleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Article'] = ResolversParentTypes['Article']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ingestedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mentions?: Resolver<ResolversTypes['MentionConnection'], ParentType, ContextType, RequireFields<ArticleMentionsArgs, 'first'>>;
  published?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['RelationConnection'], ParentType, ContextType, RequireFields<ArticleRelationsArgs, 'first'>>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ArticleConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ArticleConnection'] = ResolversParentTypes['ArticleConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ArticleEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ArticleSummary']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ArticleEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ArticleEdge'] = ResolversParentTypes['ArticleEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ArticleSummary'], ParentType, ContextType>;
};

export type ArticleSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ArticleSummary'] = ResolversParentTypes['ArticleSummary']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  published?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ClaimCountsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimCounts'] = ResolversParentTypes['ClaimCounts']> = {
  asserted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  attributed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  denied?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hedged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  proposed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type EntityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, RequireFields<EntityArticlesArgs, 'first'>>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  instrument?: Resolver<Maybe<ResolversTypes['Instrument']>, ParentType, ContextType>;
  iso2?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  iso3?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['GeoPoint']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relationCounts?: Resolver<Array<ResolversTypes['TypeCount']>, ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['EntityRelationConnection'], ParentType, ContextType, RequireFields<EntityRelationsArgs, 'direction' | 'first'>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  wikidataId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EntityConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EntityConnection'] = ResolversParentTypes['EntityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EntityEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EntityEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EntityEdge'] = ResolversParentTypes['EntityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type EntityRankResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EntityRank'] = ResolversParentTypes['EntityRank']> = {
  articles?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EntityRelationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EntityRelationConnection'] = ResolversParentTypes['EntityRelationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EntityRelationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EntityRelationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EntityRelationEdge'] = ResolversParentTypes['EntityRelationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Relation'], ParentType, ContextType>;
  orientation?: Resolver<ResolversTypes['Orientation'], ParentType, ContextType>;
  other?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type EventTimeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EventTime'] = ResolversParentTypes['EventTime']> = {
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  precision?: Resolver<ResolversTypes['DatePrecision'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EvidenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  article?: Resolver<ResolversTypes['ArticleSummary'], ParentType, ContextType>;
  attributedTo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  attributedToEntity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  eventTime?: Resolver<Maybe<ResolversTypes['EventTime']>, ParentType, ContextType>;
  highlights?: Resolver<Array<ResolversTypes['Highlight']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['Relation'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sentence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ClaimStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EvidenceConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EvidenceConnection'] = ResolversParentTypes['EvidenceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EvidenceEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EvidenceEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EvidenceEdge'] = ResolversParentTypes['EvidenceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
};

export type GeoPointResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GeoPoint'] = ResolversParentTypes['GeoPoint']> = {
  latitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  longitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  precision?: Resolver<ResolversTypes['GeoPrecision'], ParentType, ContextType>;
};

export type GraphEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = {
  articleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  claims?: Resolver<ResolversTypes['ClaimCounts'], ParentType, ContextType>;
  class?: Resolver<ResolversTypes['RelationClass'], ParentType, ContextType>;
  disputed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  evidenceByMonth?: Resolver<Array<ResolversTypes['TypeCount']>, ParentType, ContextType>;
  firstEvent?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  firstSeen?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastEvent?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  lastSeen?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  outletCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outletCountries?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  outlets?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  state?: Resolver<Maybe<ResolversTypes['PairStatePeriod']>, ParentType, ContextType>;
  symmetric?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
  window?: Resolver<Maybe<ResolversTypes['RelationWindow']>, ParentType, ContextType>;
};

export type GraphNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphNode'] = ResolversParentTypes['GraphNode']> = {
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['GeoPoint']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
};

export type HighlightResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Highlight'] = ResolversParentTypes['Highlight']> = {
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IngestResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IngestResult'] = ResolversParentTypes['IngestResult']> = {
  article?: Resolver<ResolversTypes['ArticleSummary'], ParentType, ContextType>;
  entities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type InstrumentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Instrument'] = ResolversParentTypes['Instrument']> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  lifecycle?: Resolver<Array<ResolversTypes['LifecycleEvent']>, ParentType, ContextType, RequireFields<InstrumentLifecycleArgs, 'first'>>;
};

export type LifecycleEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LifecycleEvent'] = ResolversParentTypes['LifecycleEvent']> = {
  actors?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  article?: Resolver<ResolversTypes['ArticleSummary'], ParentType, ContextType>;
  attributedTo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  eventTime?: Resolver<Maybe<ResolversTypes['EventTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  instrument?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['LifecycleEventKind'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sentence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ClaimStatus'], ParentType, ContextType>;
  time?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MentionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mention'] = ResolversParentTypes['Mention']> = {
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MentionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MentionConnection'] = ResolversParentTypes['MentionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MentionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MentionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MentionEdge'] = ResolversParentTypes['MentionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Mention'], ParentType, ContextType>;
};

export type MergeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Merge'] = ResolversParentTypes['Merge']> = {
  kept?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  keptId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  keptName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mergedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  removedId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  removedName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  removedType?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
};

export type MergeCandidateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MergeCandidate'] = ResolversParentTypes['MergeCandidate']> = {
  a?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  b?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  deleteView?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteViewArgs, 'id'>>;
  ingestArticle?: Resolver<ResolversTypes['IngestResult'], ParentType, ContextType, RequireFields<MutationIngestArticleArgs, 'input'>>;
  mergeEntities?: Resolver<ResolversTypes['Entity'], ParentType, ContextType, RequireFields<MutationMergeEntitiesArgs, 'keep' | 'remove'>>;
  removeArticle?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRemoveArticleArgs, 'id'>>;
  renameView?: Resolver<ResolversTypes['SavedView'], ParentType, ContextType, RequireFields<MutationRenameViewArgs, 'id' | 'name'>>;
  saveView?: Resolver<ResolversTypes['SavedView'], ParentType, ContextType, RequireFields<MutationSaveViewArgs, 'input'>>;
  shareCanvas?: Resolver<ResolversTypes['SharedCanvas'], ParentType, ContextType, RequireFields<MutationShareCanvasArgs, 'state'>>;
  undoMerge?: Resolver<ResolversTypes['UndoMergeResult'], ParentType, ContextType, RequireFields<MutationUndoMergeArgs, 'removedId'>>;
};

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Article' | 'Entity' | 'Evidence' | 'LifecycleEvent' | 'Relation', ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PairResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Pair'] = ResolversParentTypes['Pair']> = {
  a?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  articleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  asOf?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  b?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  byClass?: Resolver<Array<ResolversTypes['PairCount']>, ParentType, ContextType>;
  byType?: Resolver<Array<ResolversTypes['PairCount']>, ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['EvidenceConnection'], ParentType, ContextType, RequireFields<PairEvidenceArgs, 'first'>>;
  evidenceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['PairStatePeriod']>, ParentType, ContextType, Partial<PairHistoryArgs>>;
  lastDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  relationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['RelationConnection'], ParentType, ContextType, RequireFields<PairRelationsArgs, 'first'>>;
  state?: Resolver<Array<ResolversTypes['PairStatePeriod']>, ParentType, ContextType, Partial<PairStateArgs>>;
  to?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type PairCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PairCount'] = ResolversParentTypes['PairCount']> = {
  articles?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PairStatePeriodResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PairStatePeriod'] = ResolversParentTypes['PairStatePeriod']> = {
  closing?: Resolver<Maybe<ResolversTypes['StateTransition']>, ParentType, ContextType>;
  holds?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lifecycle?: Resolver<ResolversTypes['Lifecycle'], ParentType, ContextType>;
  opening?: Resolver<ResolversTypes['StateTransition'], ParentType, ContextType>;
  since?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['PairStateKind'], ParentType, ContextType>;
  statements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  superseded?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type PathResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = {
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
};

export type PeriodCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PeriodCount'] = ResolversParentTypes['PeriodCount']> = {
  articles?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<QueryArticleArgs, 'id'>>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, RequireFields<QueryArticlesArgs, 'first'>>;
  canvas?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryCanvasArgs, 'entityIds' | 'relationIds'>>;
  entities?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, RequireFields<QueryEntitiesArgs, 'first'>>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntityArgs, 'id'>>;
  evidence?: Resolver<ResolversTypes['EvidenceConnection'], ParentType, ContextType, RequireFields<QueryEvidenceArgs, 'first'>>;
  instrument?: Resolver<Maybe<ResolversTypes['Instrument']>, ParentType, ContextType, RequireFields<QueryInstrumentArgs, 'id'>>;
  mergeCandidates?: Resolver<Array<ResolversTypes['MergeCandidate']>, ParentType, ContextType, RequireFields<QueryMergeCandidatesArgs, 'first'>>;
  merges?: Resolver<Array<ResolversTypes['Merge']>, ParentType, ContextType, RequireFields<QueryMergesArgs, 'first'>>;
  neighborhood?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryNeighborhoodArgs, 'depth' | 'ids' | 'limit'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  pair?: Resolver<Maybe<ResolversTypes['Pair']>, ParentType, ContextType, RequireFields<QueryPairArgs, 'a' | 'b' | 'by' | 'direction'>>;
  paths?: Resolver<Array<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryPathsArgs, 'from' | 'limit' | 'maxHops' | 'to'>>;
  relation?: Resolver<Maybe<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<QueryRelationArgs, 'id'>>;
  relationStates?: Resolver<Array<ResolversTypes['RelationStateAsOf']>, ParentType, ContextType, RequireFields<QueryRelationStatesArgs, 'asOf' | 'ids'>>;
  relationTimeline?: Resolver<Array<ResolversTypes['RelationTimelineBucket']>, ParentType, ContextType, RequireFields<QueryRelationTimelineArgs, 'bucket' | 'groupBy'>>;
  relations?: Resolver<ResolversTypes['RelationConnection'], ParentType, ContextType, RequireFields<QueryRelationsArgs, 'first'>>;
  savedViews?: Resolver<ResolversTypes['SavedViewConnection'], ParentType, ContextType, RequireFields<QuerySavedViewsArgs, 'first'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'text'>>;
  sharedCanvas?: Resolver<Maybe<ResolversTypes['SharedCanvas']>, ParentType, ContextType, RequireFields<QuerySharedCanvasArgs, 'id'>>;
  stats?: Resolver<ResolversTypes['Stats'], ParentType, ContextType>;
  timeline?: Resolver<Array<ResolversTypes['TimelineBucket']>, ParentType, ContextType, RequireFields<QueryTimelineArgs, 'a' | 'b' | 'bucket'>>;
  topEntities?: Resolver<Array<ResolversTypes['EntityRank']>, ParentType, ContextType, RequireFields<QueryTopEntitiesArgs, 'by' | 'first'>>;
  view?: Resolver<Maybe<ResolversTypes['SavedView']>, ParentType, ContextType, RequireFields<QueryViewArgs, 'id'>>;
  views?: Resolver<Array<ResolversTypes['SavedView']>, ParentType, ContextType, RequireFields<QueryViewsArgs, 'first'>>;
  writer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type RelationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Relation'] = ResolversParentTypes['Relation']> = {
  articleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cameo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  claims?: Resolver<ResolversTypes['ClaimCounts'], ParentType, ContextType>;
  class?: Resolver<ResolversTypes['RelationClass'], ParentType, ContextType>;
  commodity?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  disputed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  domain?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['EvidenceConnection'], ParentType, ContextType, RequireFields<RelationEvidenceArgs, 'first'>>;
  firstEvent?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  firstSeen?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  instrument?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastEvent?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  lastSeen?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  outletCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outletCountries?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  state?: Resolver<Maybe<ResolversTypes['PairStatePeriod']>, ParentType, ContextType>;
  symmetric?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
  window?: Resolver<Maybe<ResolversTypes['RelationWindow']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RelationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RelationConnection'] = ResolversParentTypes['RelationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RelationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RelationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RelationEdge'] = ResolversParentTypes['RelationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Relation'], ParentType, ContextType>;
};

export type RelationStateAsOfResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RelationStateAsOf'] = ResolversParentTypes['RelationStateAsOf']> = {
  period?: Resolver<ResolversTypes['PairStatePeriod'], ParentType, ContextType>;
  relationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type RelationTimelineBucketResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RelationTimelineBucket'] = ResolversParentTypes['RelationTimelineBucket']> = {
  counts?: Resolver<Array<ResolversTypes['PeriodCount']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RelationWindowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RelationWindow'] = ResolversParentTypes['RelationWindow']> = {
  articleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  asOf?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  by?: Resolver<ResolversTypes['DateBasis'], ParentType, ContextType>;
  evidenceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstEvent?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  firstSeen?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  lastEvent?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  lastSeen?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type SavedViewResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SavedView'] = ResolversParentTypes['SavedView']> = {
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  elementCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sizeBytes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SavedViewConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SavedViewConnection'] = ResolversParentTypes['SavedViewConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SavedViewEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['SavedView']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SavedViewEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SavedViewEdge'] = ResolversParentTypes['SavedViewEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SavedView'], ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SharedCanvasResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SharedCanvas'] = ResolversParentTypes['SharedCanvas']> = {
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  elementCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sizeBytes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StateTransitionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StateTransition'] = ResolversParentTypes['StateTransition']> = {
  article?: Resolver<ResolversTypes['ArticleSummary'], ParentType, ContextType>;
  event?: Resolver<Maybe<ResolversTypes['LifecycleEvent']>, ParentType, ContextType>;
  evidence?: Resolver<Maybe<ResolversTypes['Evidence']>, ParentType, ContextType>;
  sentence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sentences?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['PairStateKind'], ParentType, ContextType>;
  time?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  timeBasis?: Resolver<ResolversTypes['DateBasis'], ParentType, ContextType>;
};

export type StatsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Stats'] = ResolversParentTypes['Stats']> = {
  articles?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entitiesByType?: Resolver<Array<ResolversTypes['TypeCount']>, ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  lastDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationsByClass?: Resolver<Array<ResolversTypes['TypeCount']>, ParentType, ContextType>;
  relationsByType?: Resolver<Array<ResolversTypes['TypeCount']>, ParentType, ContextType>;
};

export type SubgraphResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph']> = {
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  omitted?: Resolver<Array<ResolversTypes['TypeCount']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type TimelineBucketResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimelineBucket'] = ResolversParentTypes['TimelineBucket']> = {
  counts?: Resolver<Array<ResolversTypes['TypeCount']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TypeCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TypeCount'] = ResolversParentTypes['TypeCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UndoMergeResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UndoMergeResult'] = ResolversParentTypes['UndoMergeResult']> = {
  keptId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reloadedArticles?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  restored?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Article?: ArticleResolvers<ContextType>;
  ArticleConnection?: ArticleConnectionResolvers<ContextType>;
  ArticleEdge?: ArticleEdgeResolvers<ContextType>;
  ArticleSummary?: ArticleSummaryResolvers<ContextType>;
  ClaimCounts?: ClaimCountsResolvers<ContextType>;
  Date?: GraphQLScalarType;
  Entity?: EntityResolvers<ContextType>;
  EntityConnection?: EntityConnectionResolvers<ContextType>;
  EntityEdge?: EntityEdgeResolvers<ContextType>;
  EntityRank?: EntityRankResolvers<ContextType>;
  EntityRelationConnection?: EntityRelationConnectionResolvers<ContextType>;
  EntityRelationEdge?: EntityRelationEdgeResolvers<ContextType>;
  EventTime?: EventTimeResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  EvidenceConnection?: EvidenceConnectionResolvers<ContextType>;
  EvidenceEdge?: EvidenceEdgeResolvers<ContextType>;
  GeoPoint?: GeoPointResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  Highlight?: HighlightResolvers<ContextType>;
  IngestResult?: IngestResultResolvers<ContextType>;
  Instrument?: InstrumentResolvers<ContextType>;
  LifecycleEvent?: LifecycleEventResolvers<ContextType>;
  Mention?: MentionResolvers<ContextType>;
  MentionConnection?: MentionConnectionResolvers<ContextType>;
  MentionEdge?: MentionEdgeResolvers<ContextType>;
  Merge?: MergeResolvers<ContextType>;
  MergeCandidate?: MergeCandidateResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Pair?: PairResolvers<ContextType>;
  PairCount?: PairCountResolvers<ContextType>;
  PairStatePeriod?: PairStatePeriodResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  PeriodCount?: PeriodCountResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Relation?: RelationResolvers<ContextType>;
  RelationConnection?: RelationConnectionResolvers<ContextType>;
  RelationEdge?: RelationEdgeResolvers<ContextType>;
  RelationStateAsOf?: RelationStateAsOfResolvers<ContextType>;
  RelationTimelineBucket?: RelationTimelineBucketResolvers<ContextType>;
  RelationWindow?: RelationWindowResolvers<ContextType>;
  SavedView?: SavedViewResolvers<ContextType>;
  SavedViewConnection?: SavedViewConnectionResolvers<ContextType>;
  SavedViewEdge?: SavedViewEdgeResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SharedCanvas?: SharedCanvasResolvers<ContextType>;
  StateTransition?: StateTransitionResolvers<ContextType>;
  Stats?: StatsResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
  TimelineBucket?: TimelineBucketResolvers<ContextType>;
  TypeCount?: TypeCountResolvers<ContextType>;
  UndoMergeResult?: UndoMergeResultResolvers<ContextType>;
};

