import type { GraphQLResolveInfo } from 'graphql';
import type { EntityRecord, MergeCandidateRecord } from '../db/entities.ts';
import type { RelationRecord, EvidenceRecord } from '../db/relations.ts';
import type { NodeRecord } from '../db/graph.ts';
import type { ArticleRecord, ArticleSummaryRecord, MentionRecord } from '../db/articles.ts';
import type { ViewRecord } from '../db/views.ts';
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
};

export type Article = {
  __typename?: 'Article';
  id: Scalars['ID']['output'];
  ingestedAt: Maybe<Scalars['String']['output']>;
  mentions: Array<Mention>;
  published: Maybe<Scalars['String']['output']>;
  relations: Array<Relation>;
  source: Maybe<Scalars['String']['output']>;
  text: Scalars['String']['output'];
  title: Scalars['String']['output'];
  url: Maybe<Scalars['String']['output']>;
};

export type ArticleConnection = {
  __typename?: 'ArticleConnection';
  nodes: Array<ArticleSummary>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ArticleFilter = {
  /** Articles that mention this entity. */
  entityId?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  /** Words in the title or text. */
  text?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};

export type ArticleInput = {
  published?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  text: Scalars['String']['input'];
  title: Scalars['String']['input'];
  url?: InputMaybe<Scalars['String']['input']>;
};

export type ArticleSummary = {
  __typename?: 'ArticleSummary';
  id: Scalars['ID']['output'];
  published: Maybe<Scalars['String']['output']>;
  source: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  url: Maybe<Scalars['String']['output']>;
};

export type Entity = {
  __typename?: 'Entity';
  aliases: Array<Scalars['String']['output']>;
  articles: ArticleConnection;
  /** ISO code of the country a place, body or person belongs to. */
  country: Maybe<Scalars['String']['output']>;
  /** Number of distinct relations touching this entity. */
  degree: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  iso2: Maybe<Scalars['String']['output']>;
  iso3: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** Relations touching this entity, counted per relation type (what an expand would add). */
  relationCounts: Array<TypeCount>;
  relations: RelationConnection;
  type: EntityType;
  wikidataId: Maybe<Scalars['String']['output']>;
};


export type EntityArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type EntityRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RelationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type EntityType =
  | 'Agreement'
  | 'Country'
  | 'Group'
  | 'Legislation'
  | 'Organization'
  | 'Person'
  | 'Place';

export type Evidence = {
  __typename?: 'Evidence';
  article: ArticleSummary;
  confidence: Scalars['Float']['output'];
  date: Maybe<Scalars['String']['output']>;
  end: Scalars['Int']['output'];
  /** Where the two entities occur in the sentence (offsets into the article text). */
  highlights: Array<Highlight>;
  id: Scalars['ID']['output'];
  /** The extraction rule that stated it. */
  rule: Scalars['String']['output'];
  sentence: Scalars['String']['output'];
  /** Character offsets of the sentence in the article text. */
  start: Scalars['Int']['output'];
};

export type EvidenceConnection = {
  __typename?: 'EvidenceConnection';
  nodes: Array<Evidence>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type GraphEdge = {
  __typename?: 'GraphEdge';
  articleCount: Scalars['Int']['output'];
  class: RelationClass;
  /** Evidence sentences per month of the articles' dates (key YYYY-MM), for date filters and histograms. */
  evidenceByMonth: Array<TypeCount>;
  firstSeen: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  lastSeen: Maybe<Scalars['String']['output']>;
  /** Outlets (article sources) stating the relation, sorted. */
  outlets: Array<Scalars['String']['output']>;
  score: Scalars['Float']['output'];
  source: Scalars['ID']['output'];
  symmetric: Scalars['Boolean']['output'];
  target: Scalars['ID']['output'];
  type: RelationType;
};

export type GraphNode = {
  __typename?: 'GraphNode';
  /** ISO code of the country the entity belongs to (a country's own ISO code), for filtering by country. */
  country: Maybe<Scalars['String']['output']>;
  degree: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  type: EntityType;
};

export type Highlight = {
  __typename?: 'Highlight';
  end: Scalars['Int']['output'];
  entityId: Scalars['ID']['output'];
  start: Scalars['Int']['output'];
};

export type IngestResult = {
  __typename?: 'IngestResult';
  article: ArticleSummary;
  entities: Scalars['Int']['output'];
  relations: Scalars['Int']['output'];
  status: Scalars['String']['output'];
};

export type Mention = {
  __typename?: 'Mention';
  end: Scalars['Int']['output'];
  entity: Entity;
  start: Scalars['Int']['output'];
};

export type MergeCandidate = {
  __typename?: 'MergeCandidate';
  a: Entity;
  b: Entity;
  reason: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Deletes a view; false when there was none with this id. Same rule as saveView. */
  deleteView: Scalars['Boolean']['output'];
  /** Extracts and loads one article (requires Authorization: Bearer <ENTENTE_API_TOKEN>). */
  ingestArticle: IngestResult;
  /** Moves every mention and relation of `remove` onto `keep`, then deletes `remove`. */
  mergeEntities: Entity;
  removeArticle: Scalars['Boolean']['output'];
  /** Saves a view (with ENTENTE_API_TOKEN set, requires Authorization: Bearer <token>; without it, open to anyone who can reach the server). */
  saveView: SavedView;
};


export type MutationDeleteViewArgs = {
  id: Scalars['ID']['input'];
};


export type MutationIngestArticleArgs = {
  input: ArticleInput;
};


export type MutationMergeEntitiesArgs = {
  keep: Scalars['ID']['input'];
  remove: Scalars['ID']['input'];
};


export type MutationRemoveArticleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSaveViewArgs = {
  input: SaveViewInput;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Path = {
  __typename?: 'Path';
  edges: Array<GraphEdge>;
  length: Scalars['Int']['output'];
  nodes: Array<GraphNode>;
};

export type Query = {
  __typename?: 'Query';
  article: Maybe<Article>;
  articles: ArticleConnection;
  entity: Maybe<Entity>;
  /** Pairs of people the loader could not decide to merge ("Kara" and "Pinar Kara"), for curation with mergeEntities. */
  mergeCandidates: Array<MergeCandidate>;
  /** The subgraph around entities, capped by limit (at most 2000 edges). */
  neighborhood: Subgraph;
  /** Shortest paths between two entities. */
  paths: Array<Path>;
  relation: Maybe<Relation>;
  relations: RelationConnection;
  /** Entities by name or alias: prefix and typo tolerant, ranked by match and degree. */
  search: Array<SearchHit>;
  stats: Stats;
  /** Relation counts per class per period between two entities. */
  timeline: Array<TimelineBucket>;
  view: Maybe<SavedView>;
  /** Saved views, most recently updated first. */
  views: Array<SavedView>;
};


export type QueryArticleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ArticleFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMergeCandidatesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNeighborhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<RelationFilter>;
  ids: Array<Scalars['ID']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPathsArgs = {
  filter?: InputMaybe<RelationFilter>;
  from: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
};


export type QueryRelationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RelationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
  types?: InputMaybe<Array<EntityType>>;
};


export type QueryTimelineArgs = {
  a: Scalars['ID']['input'];
  b: Scalars['ID']['input'];
  bucket?: InputMaybe<TimeBucket>;
};


export type QueryViewArgs = {
  id: Scalars['ID']['input'];
};


export type QueryViewsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Relation = {
  __typename?: 'Relation';
  articleCount: Scalars['Int']['output'];
  cameo: Maybe<Scalars['String']['output']>;
  class: RelationClass;
  commodity: Maybe<Scalars['String']['output']>;
  domain: Maybe<Scalars['String']['output']>;
  evidence: EvidenceConnection;
  firstSeen: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  instrument: Maybe<Scalars['String']['output']>;
  lastSeen: Maybe<Scalars['String']['output']>;
  outletCount: Scalars['Int']['output'];
  role: Maybe<Scalars['String']['output']>;
  score: Scalars['Float']['output'];
  source: Entity;
  symmetric: Scalars['Boolean']['output'];
  target: Entity;
  type: RelationType;
};


export type RelationEvidenceArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** CAMEO QuadClasses plus structural relations. */
export type RelationClass =
  | 'MATERIAL_CONFLICT'
  | 'MATERIAL_COOPERATION'
  | 'STRUCTURAL'
  | 'VERBAL_CONFLICT'
  | 'VERBAL_COOPERATION';

export type RelationConnection = {
  __typename?: 'RelationConnection';
  nodes: Array<Relation>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Filters shared by relations, neighborhood and paths. */
export type RelationFilter = {
  classes?: InputMaybe<Array<RelationClass>>;
  /** Relations with at least one of these entities at either end. */
  entityIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Entity types allowed at the far end (neighborhood, paths). */
  entityTypes?: InputMaybe<Array<EntityType>>;
  /** Evidence dated on or after (YYYY-MM-DD). */
  from?: InputMaybe<Scalars['String']['input']>;
  minArticles?: InputMaybe<Scalars['Int']['input']>;
  /** Outlet (article source) that states the relation. */
  source?: InputMaybe<Scalars['String']['input']>;
  /** Evidence dated on or before (YYYY-MM-DD). */
  to?: InputMaybe<Scalars['String']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};

export type RelationType =
  | 'ACCUSES'
  | 'ALLIED_WITH'
  | 'APPEALS_TO'
  | 'ATTACKS'
  | 'BORDERS'
  | 'COOPERATES_WITH'
  | 'DEMANDS'
  | 'EASES_SANCTIONS'
  | 'IN_TENSION_WITH'
  | 'LOCATED_IN'
  | 'MEDIATES'
  | 'MEETS_WITH'
  | 'MEMBER_OF'
  | 'NORMALIZES_WITH'
  | 'OFFICIAL_OF'
  | 'PART_OF'
  | 'PROPOSED_FOR'
  | 'RECOGNIZES'
  | 'REDUCES_TIES_WITH'
  | 'SANCTIONS'
  | 'SUPPLIES'
  | 'SUPPORTS'
  | 'THREATENS'
  | 'VISITED';

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
  /** ISO 8601 timestamps. */
  createdAt: Scalars['String']['output'];
  /** Entities and relations in the view. */
  elementCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Size of the state in bytes (UTF-8). */
  sizeBytes: Scalars['Int']['output'];
  /** The explorer's state, a JSON document (format "entente-view"); stored as is. */
  state: Scalars['String']['output'];
  updatedAt: Scalars['String']['output'];
};

export type SearchHit = {
  __typename?: 'SearchHit';
  entity: Entity;
  score: Scalars['Float']['output'];
};

export type Stats = {
  __typename?: 'Stats';
  articles: Scalars['Int']['output'];
  entities: Scalars['Int']['output'];
  entitiesByType: Array<TypeCount>;
  evidence: Scalars['Int']['output'];
  firstDate: Maybe<Scalars['String']['output']>;
  lastDate: Maybe<Scalars['String']['output']>;
  relations: Scalars['Int']['output'];
  relationsByClass: Array<TypeCount>;
  relationsByType: Array<TypeCount>;
};

/** A subgraph in the shape Cytoscape takes as is: nodes, edges, and what the cap left out. */
export type Subgraph = {
  __typename?: 'Subgraph';
  edges: Array<GraphEdge>;
  nodes: Array<GraphNode>;
  /** Relations left out by the cap, per relation type (for '+37 more'). */
  omitted: Array<TypeCount>;
  truncated: Scalars['Boolean']['output'];
};

export type TimeBucket =
  | 'MONTH'
  | 'YEAR';

export type TimelineBucket = {
  __typename?: 'TimelineBucket';
  counts: Array<TypeCount>;
  period: Scalars['String']['output'];
};

export type TypeCount = {
  __typename?: 'TypeCount';
  count: Scalars['Int']['output'];
  key: Scalars['String']['output'];
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





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Article: ResolverTypeWrapper<ArticleRecord>;
  ArticleConnection: ResolverTypeWrapper<Omit<ArticleConnection, 'nodes'> & { nodes: Array<ResolversTypes['ArticleSummary']> }>;
  ArticleFilter: ArticleFilter;
  ArticleInput: ArticleInput;
  ArticleSummary: ResolverTypeWrapper<ArticleSummaryRecord>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Entity: ResolverTypeWrapper<EntityRecord>;
  EntityType: EntityType;
  Evidence: ResolverTypeWrapper<EvidenceRecord>;
  EvidenceConnection: ResolverTypeWrapper<Omit<EvidenceConnection, 'nodes'> & { nodes: Array<ResolversTypes['Evidence']> }>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GraphEdge: ResolverTypeWrapper<RelationRecord>;
  GraphNode: ResolverTypeWrapper<NodeRecord>;
  Highlight: ResolverTypeWrapper<Highlight>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IngestResult: ResolverTypeWrapper<Omit<IngestResult, 'article'> & { article: ResolversTypes['ArticleSummary'] }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Mention: ResolverTypeWrapper<MentionRecord>;
  MergeCandidate: ResolverTypeWrapper<MergeCandidateRecord>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Path: ResolverTypeWrapper<Omit<Path, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['GraphEdge']>, nodes: Array<ResolversTypes['GraphNode']> }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Relation: ResolverTypeWrapper<RelationRecord>;
  RelationClass: RelationClass;
  RelationConnection: ResolverTypeWrapper<Omit<RelationConnection, 'nodes'> & { nodes: Array<ResolversTypes['Relation']> }>;
  RelationFilter: RelationFilter;
  RelationType: RelationType;
  SaveViewInput: SaveViewInput;
  SavedView: ResolverTypeWrapper<ViewRecord>;
  SearchHit: ResolverTypeWrapper<Omit<SearchHit, 'entity'> & { entity: ResolversTypes['Entity'] }>;
  Stats: ResolverTypeWrapper<Stats>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subgraph: ResolverTypeWrapper<Omit<Subgraph, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['GraphEdge']>, nodes: Array<ResolversTypes['GraphNode']> }>;
  TimeBucket: TimeBucket;
  TimelineBucket: ResolverTypeWrapper<TimelineBucket>;
  TypeCount: ResolverTypeWrapper<TypeCount>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Article: ArticleRecord;
  ArticleConnection: Omit<ArticleConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['ArticleSummary']> };
  ArticleFilter: ArticleFilter;
  ArticleInput: ArticleInput;
  ArticleSummary: ArticleSummaryRecord;
  Boolean: Scalars['Boolean']['output'];
  Entity: EntityRecord;
  Evidence: EvidenceRecord;
  EvidenceConnection: Omit<EvidenceConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Evidence']> };
  Float: Scalars['Float']['output'];
  GraphEdge: RelationRecord;
  GraphNode: NodeRecord;
  Highlight: Highlight;
  ID: Scalars['ID']['output'];
  IngestResult: Omit<IngestResult, 'article'> & { article: ResolversParentTypes['ArticleSummary'] };
  Int: Scalars['Int']['output'];
  Mention: MentionRecord;
  MergeCandidate: MergeCandidateRecord;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Path: Omit<Path, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['GraphEdge']>, nodes: Array<ResolversParentTypes['GraphNode']> };
  Query: Record<PropertyKey, never>;
  Relation: RelationRecord;
  RelationConnection: Omit<RelationConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Relation']> };
  RelationFilter: RelationFilter;
  SaveViewInput: SaveViewInput;
  SavedView: ViewRecord;
  SearchHit: Omit<SearchHit, 'entity'> & { entity: ResolversParentTypes['Entity'] };
  Stats: Stats;
  String: Scalars['String']['output'];
  Subgraph: Omit<Subgraph, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['GraphEdge']>, nodes: Array<ResolversParentTypes['GraphNode']> };
  TimelineBucket: TimelineBucket;
  TypeCount: TypeCount;
};

export type ArticleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Article'] = ResolversParentTypes['Article']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ingestedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType>;
  published?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ArticleConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ArticleConnection'] = ResolversParentTypes['ArticleConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['ArticleSummary']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ArticleSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ArticleSummary'] = ResolversParentTypes['ArticleSummary']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  published?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type EntityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, RequireFields<EntityArticlesArgs, 'first'>>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  iso2?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  iso3?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relationCounts?: Resolver<Array<ResolversTypes['TypeCount']>, ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['RelationConnection'], ParentType, ContextType, RequireFields<EntityRelationsArgs, 'first'>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  wikidataId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type EvidenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  article?: Resolver<ResolversTypes['ArticleSummary'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  highlights?: Resolver<Array<ResolversTypes['Highlight']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sentence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EvidenceConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EvidenceConnection'] = ResolversParentTypes['EvidenceConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GraphEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = {
  articleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  class?: Resolver<ResolversTypes['RelationClass'], ParentType, ContextType>;
  evidenceByMonth?: Resolver<Array<ResolversTypes['TypeCount']>, ParentType, ContextType>;
  firstSeen?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastSeen?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outlets?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  symmetric?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
};

export type GraphNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphNode'] = ResolversParentTypes['GraphNode']> = {
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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

export type MentionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mention'] = ResolversParentTypes['Mention']> = {
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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
  saveView?: Resolver<ResolversTypes['SavedView'], ParentType, ContextType, RequireFields<MutationSaveViewArgs, 'input'>>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PathResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = {
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<QueryArticleArgs, 'id'>>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, RequireFields<QueryArticlesArgs, 'first'>>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntityArgs, 'id'>>;
  mergeCandidates?: Resolver<Array<ResolversTypes['MergeCandidate']>, ParentType, ContextType, RequireFields<QueryMergeCandidatesArgs, 'first'>>;
  neighborhood?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryNeighborhoodArgs, 'depth' | 'ids' | 'limit'>>;
  paths?: Resolver<Array<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryPathsArgs, 'from' | 'limit' | 'maxHops' | 'to'>>;
  relation?: Resolver<Maybe<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<QueryRelationArgs, 'id'>>;
  relations?: Resolver<ResolversTypes['RelationConnection'], ParentType, ContextType, RequireFields<QueryRelationsArgs, 'first'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'text'>>;
  stats?: Resolver<ResolversTypes['Stats'], ParentType, ContextType>;
  timeline?: Resolver<Array<ResolversTypes['TimelineBucket']>, ParentType, ContextType, RequireFields<QueryTimelineArgs, 'a' | 'b' | 'bucket'>>;
  view?: Resolver<Maybe<ResolversTypes['SavedView']>, ParentType, ContextType, RequireFields<QueryViewArgs, 'id'>>;
  views?: Resolver<Array<ResolversTypes['SavedView']>, ParentType, ContextType, RequireFields<QueryViewsArgs, 'first'>>;
};

export type RelationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Relation'] = ResolversParentTypes['Relation']> = {
  articleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cameo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  class?: Resolver<ResolversTypes['RelationClass'], ParentType, ContextType>;
  commodity?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  domain?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['EvidenceConnection'], ParentType, ContextType, RequireFields<RelationEvidenceArgs, 'first'>>;
  firstSeen?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  instrument?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastSeen?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outletCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  symmetric?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
};

export type RelationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RelationConnection'] = ResolversParentTypes['RelationConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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

export type SearchHitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type StatsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Stats'] = ResolversParentTypes['Stats']> = {
  articles?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entitiesByType?: Resolver<Array<ResolversTypes['TypeCount']>, ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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

export type Resolvers<ContextType = Context> = {
  Article?: ArticleResolvers<ContextType>;
  ArticleConnection?: ArticleConnectionResolvers<ContextType>;
  ArticleSummary?: ArticleSummaryResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  EvidenceConnection?: EvidenceConnectionResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  Highlight?: HighlightResolvers<ContextType>;
  IngestResult?: IngestResultResolvers<ContextType>;
  Mention?: MentionResolvers<ContextType>;
  MergeCandidate?: MergeCandidateResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Relation?: RelationResolvers<ContextType>;
  RelationConnection?: RelationConnectionResolvers<ContextType>;
  SavedView?: SavedViewResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Stats?: StatsResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
  TimelineBucket?: TimelineBucketResolvers<ContextType>;
  TypeCount?: TypeCountResolvers<ContextType>;
};

