/** The web app's only way to the data: GraphQL over fetch, with errors a person can read. */
import type { RelationStateOnDay } from './state/ended.ts';
import type { ClaimCounts, EdgeData, GeoLocation, NodeData, TypeCount } from './state/types.ts';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

/** The database or the server cannot be reached: worth retrying once it is back. */
export const isUnavailable = (error: unknown) => error instanceof ApiError && (error.code === 'SERVICE_UNAVAILABLE' || error.code === 'NETWORK');

/** Listeners told when a request finds the data unreachable, and when one succeeds again. */
const availability = new Set<(isUp: boolean) => void>();
export function onAvailability(listener: (isUp: boolean) => void): () => void {
  availability.add(listener);
  return () => availability.delete(listener);
}
let lastUp = true;
function report(isUp: boolean): void {
  if (isUp === lastUp) return;
  lastUp = isUp;
  for (const listener of availability) listener(isUp);
}

/**
 * Sent with every request once given: mutations need it on a server with ENTENTE_API_TOKEN, and a
 * writer's own token (ENTENTE_WRITER_TOKENS) names who writes the notes. Listeners hear of a new one.
 */
let token = sessionStorage.getItem('entente-token') ?? '';
const tokenListeners = new Set<() => void>();
export function setToken(value: string): void {
  token = value;
  sessionStorage.setItem('entente-token', value);
  for (const listener of tokenListeners) listener();
}
export function onTokenChange(listener: () => void): void {
  tokenListeners.add(listener);
}

/** The writer the token names (schema.graphql Query.writer); null for none. */
export const fetchWriter = () => gql<{ writer: string | null }>('query Writer { writer }').then((d) => d.writer);

export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    report(false);
    throw new ApiError('The Entente server cannot be reached. Is it running?', 'NETWORK');
  }
  const body = (await response.json().catch(() => ({}))) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  const first = body.errors?.[0];
  if (first) {
    const error = new ApiError(first.message, first.extensions?.code ?? 'ERROR');
    report(!isUnavailable(error));
    throw error;
  }
  if (!body.data) throw new ApiError(`The server answered ${response.status} without data.`, 'ERROR');
  report(true);
  return body.data;
}

/** True when the server says the database is reachable (GET /readyz). */
export async function isReady(): Promise<boolean> {
  try {
    const ready = (await fetch('/readyz')).ok;
    report(ready);
    return ready;
  } catch {
    return false;
  }
}

// --- graph pieces ---

interface ApiNode {
  id: string;
  label: string;
  type: string;
  degree: number;
  country: string | null;
  location: { latitude: number; longitude: number; precision: GeoLocation['precision'] } | null;
}
interface ApiEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  class: string;
  symmetric: boolean;
  articleCount: number;
  score: number;
  firstSeen: string | null;
  lastSeen: string | null;
  outlets: string[];
  evidenceByMonth: TypeCount[];
  claims: ClaimCounts;
  disputed: boolean;
  outletCountries: string[];
}
export interface Subgraph {
  nodes: NodeData[];
  edges: EdgeData[];
  truncated: boolean;
  omitted: TypeCount[];
}

const NODE = 'id label type degree country location { latitude longitude precision }';
const CLAIMS = 'claims { asserted attributed hedged proposed denied } disputed';
const EDGE = `id source target type class symmetric articleCount score firstSeen lastSeen outlets evidenceByMonth { key count } ${CLAIMS} outletCountries`;
const SUBGRAPH = `nodes { ${NODE} } edges { ${EDGE} } truncated omitted { key count }`;

const toNode = (n: ApiNode): NodeData => ({ id: n.id, label: n.label, type: n.type, degree: n.degree, country: n.country, location: n.location ? { lat: n.location.latitude, lon: n.location.longitude, precision: n.location.precision } : null });
const toEdge = (e: ApiEdge): EdgeData => ({
  id: e.id,
  source: e.source,
  target: e.target,
  type: e.type,
  class: e.class,
  symmetric: e.symmetric,
  articleCount: e.articleCount,
  score: e.score,
  firstSeen: e.firstSeen,
  lastSeen: e.lastSeen,
  outlets: e.outlets,
  months: Object.fromEntries(e.evidenceByMonth.map((m) => [m.key, m.count])),
  claims: e.claims,
  disputed: e.disputed,
  outletCountries: e.outletCountries,
});

export const searchEntities = (text: string) =>
  gql<{ search: { score: number; entity: { id: string; name: string; type: string; degree: number } }[] }>(
    'query Search($text: String!) { search(text: $text, first: 8) { score entity { id name type degree } } }',
    { text },
  ).then((d) => d.search.map((h) => h.entity));

/** The strongest relations around entities (at most `limit`, the API allows 2,000), optionally of some types only. */
export const fetchNeighborhood = (ids: string[], options: { limit?: number; types?: string[] } = {}) =>
  gql<{ neighborhood: { nodes: ApiNode[]; edges: ApiEdge[]; truncated: boolean; omitted: TypeCount[] } }>(
    `query Hood($ids: [ID!]!, $limit: Int, $filter: RelationFilter) { neighborhood(ids: $ids, depth: 1, limit: $limit, filter: $filter) { ${SUBGRAPH} } }`,
    { ids, limit: options.limit ?? 150, filter: options.types ? { types: options.types } : null },
  ).then(({ neighborhood: h }): Subgraph => ({ nodes: h.nodes.map(toNode), edges: h.edges.map(toEdge), truncated: h.truncated, omitted: h.omitted }));

export interface PathResult {
  length: number;
  nodes: NodeData[];
  edges: EdgeData[];
}
export const fetchPaths = (from: string, to: string) =>
  gql<{ paths: { length: number; nodes: ApiNode[]; edges: ApiEdge[] }[] }>(
    `query Paths($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 4, limit: 5) { length nodes { ${NODE} } edges { ${EDGE} } } }`,
    { from, to },
  ).then((d): PathResult[] => d.paths.map((p) => ({ length: p.length, nodes: p.nodes.map(toNode), edges: p.edges.map(toEdge) })));

export interface EntityDetails {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  wikidataId: string | null;
  country: string | null;
  degree: number;
  relationCounts: TypeCount[];
  articles: { totalCount: number };
}
export const fetchEntity = (id: string) =>
  gql<{ entity: EntityDetails | null }>('query Entity($id: ID!) { entity(id: $id) { id name type aliases wikidataId country degree relationCounts { key count } articles(first: 0) { totalCount } } }', { id }).then((d) => d.entity);

/** How a sentence presents a relation (the API's ClaimStatus). */
export type ClaimStatus = 'ASSERTED' | 'ATTRIBUTED' | 'HEDGED' | 'PROPOSED' | 'DENIED';

export interface EvidenceItem {
  id: string;
  sentence: string;
  status: ClaimStatus;
  /** Who makes the claim: an entity's name or a phrase ("analysts"); null when the outlet asserts it. */
  attributedTo: string | null;
  attributedToEntity: { id: string; name: string } | null;
  start: number;
  end: number;
  confidence: number;
  date: string | null;
  article: { id: string; title: string; source: string | null; published: string | null };
  highlights: { entityId: string; start: number; end: number }[];
}
export interface RelationDetails {
  id: string;
  type: string;
  class: string;
  symmetric: boolean;
  articleCount: number;
  score: number;
  commodity: string | null;
  domain: string | null;
  role: string | null;
  instrument: string | null;
  source: { id: string; name: string };
  target: { id: string; name: string };
  evidence: { totalCount: number; nodes: EvidenceItem[] };
}
const EVIDENCE = 'id sentence status attributedTo attributedToEntity { id name } start end confidence date article { id title source published } highlights { entityId start end }';
export const fetchRelation = (id: string) =>
  gql<{ relation: RelationDetails | null }>(
    `query Relation($id: ID!) { relation(id: $id) { id type class symmetric articleCount score commodity domain role instrument source { id name } target { id name } evidence(first: 50) { totalCount nodes { ${EVIDENCE} } } } }`,
    { id },
  ).then((d) => d.relation);

export interface ArticleDetails {
  id: string;
  title: string;
  url: string | null;
  source: string | null;
  published: string | null;
  text: string;
  mentions: { start: number; end: number; entity: { id: string; name: string; type: string } }[];
  /** The relations it states, each with its sentences in this article. */
  relations: { id: string; type: string; class: string; source: { id: string; name: string }; target: { id: string; name: string }; evidence: { nodes: ArticleSentence[] } }[];
}
/** A sentence of an article stating a relation: where it is and how it presents the relation. */
export interface ArticleSentence {
  id: string;
  sentence: string;
  status: ClaimStatus;
  attributedTo: string | null;
  start: number;
  end: number;
}
type Paged<T> = { nodes: T[] };
export const fetchArticle = (id: string) =>
  gql<{ article: (Omit<ArticleDetails, 'mentions' | 'relations'> & { mentions: Paged<ArticleDetails['mentions'][number]>; relations: Paged<ArticleDetails['relations'][number]> }) | null }>(
    `query Article($id: ID!) { article(id: $id) { id title url source published text mentions(first: 5000) { nodes { start end entity { id name type } } } relations(first: 500) { nodes { id type class source { id name } target { id name } evidence(first: 20, orderBy: { field: CONFIDENCE }) { nodes { id sentence status attributedTo start end } } } } } }`,
    { id },
  ).then((d) => (d.article ? { ...d.article, mentions: d.article.mentions.nodes, relations: d.article.relations.nodes } : null));

export const ARTICLES_PAGE = 50;
export interface ArticlePage {
  totalCount: number;
  nodes: { id: string; title: string; source: string | null; published: string | null }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}
/** A page of articles by text and/or by the entity they mention; `after` is the previous page's end cursor. */
export const fetchArticles = (options: { text: string | null; entityId: string | null; after: string | null }) =>
  gql<{ articles: ArticlePage }>(
    `query Articles($filter: ArticleFilter, $after: String) { articles(filter: $filter, first: ${ARTICLES_PAGE}, after: $after) { totalCount nodes { id title source published } pageInfo { hasNextPage endCursor } } }`,
    { filter: { text: options.text || null, entityId: options.entityId }, after: options.after },
  ).then((d) => d.articles);

// --- saved views ---

export interface ViewSummary {
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
  elementCount: number;
  sizeBytes: number;
}
const VIEW = 'id name createdAt updatedAt elementCount sizeBytes';
export const listViews = () => gql<{ savedViews: { nodes: ViewSummary[] } }>(`{ savedViews(first: 200) { nodes { ${VIEW} } } }`).then((d) => d.savedViews.nodes);
export const fetchView = (id: string) => gql<{ view: (ViewSummary & { state: string }) | null }>(`query View($id: ID!) { view(id: $id) { ${VIEW} state } }`, { id }).then((d) => d.view);
export const saveView = (input: { id?: string; name: string; state: string }) =>
  gql<{ saveView: ViewSummary }>(`mutation Save($input: SaveViewInput!) { saveView(input: $input) { ${VIEW} } }`, { input }).then((d) => d.saveView);

/** The entities and relations a canvas link names (unknown ones left out). */
export const fetchCanvas = (entityIds: string[], relationIds: string[]) =>
  gql<{ canvas: { nodes: ApiNode[]; edges: ApiEdge[] } }>(
    `query Canvas($entityIds: [ID!]!, $relationIds: [ID!]!) { canvas(entityIds: $entityIds, relationIds: $relationIds) { nodes { ${NODE} } edges { ${EDGE} } } }`,
    { entityIds, relationIds },
  ).then(({ canvas }) => ({ nodes: canvas.nodes.map(toNode), edges: canvas.edges.map(toEdge) }));

/** A canvas kept behind a short link (schema.graphql, SharedCanvas). */
export interface SharedCanvas {
  id: string;
  createdAt: string;
  expiresAt: string;
}
export const shareCanvas = (state: string) =>
  gql<{ shareCanvas: SharedCanvas }>('mutation Share($state: String!) { shareCanvas(state: $state) { id createdAt expiresAt } }', { state }).then((d) => d.shareCanvas);
export const fetchSharedCanvas = (id: string) =>
  gql<{ sharedCanvas: (SharedCanvas & { state: string }) | null }>('query Shared($id: ID!) { sharedCanvas(id: $id) { id createdAt expiresAt state } }', { id }).then((d) => d.sharedCanvas);

export const renameView = (id: string, name: string) =>
  gql<{ renameView: ViewSummary }>(`mutation Rename($id: ID!, $name: String!) { renameView(id: $id, name: $name) { ${VIEW} } }`, { id, name }).then((d) => d.renameView);
export const deleteView = (id: string) => gql<{ deleteView: boolean }>('mutation Delete($id: ID!) { deleteView(id: $id) }', { id }).then((d) => d.deleteView);

/** The states of the canvas's lifecycle relations as known on a day (the canvas as of a date): one request for them all. */
export const fetchRelationStates = (ids: string[], asOf: string) =>
  gql<{ relationStates: RelationStateOnDay[] }>(
    'query States($ids: [ID!]!, $asOf: Date!) { relationStates(ids: $ids, asOf: $asOf) { relationId period { holds until closing { state sentence } } } }',
    { ids, asOf },
  ).then((d) => d.relationStates);

// --- a pair of entities ---

/** A period as the pair panel fetches it (schema.graphql, PairStatePeriod). */
export interface StatePeriod {
  lifecycle: string;
  state: string;
  source: { id: string; name: string } | null;
  target: { id: string; name: string } | null;
  since: string;
  until: string | null;
  superseded: boolean;
  opening: StateTransition;
  closing: StateTransition | null;
}

export interface StateTransition {
  time: string;
  timeBasis: 'EVENT' | 'PUBLISHED';
  sentence: string;
  article: { id: string; title: string };
}


export interface PairRelation {
  id: string;
  type: string;
  class: string;
  symmetric: boolean;
  source: { id: string; name: string };
  target: { id: string; name: string };
  articleCount: number;
  evidenceCount: number;
  score: number;
  firstSeen: string | null;
  lastSeen: string | null;
  claims: ClaimCounts;
  disputed: boolean;
  outletCount: number;
}
export interface PairEvidence extends EvidenceItem {
  relationId: string;
  type: string;
  class: string;
}
export interface PairData {
  a: { id: string; name: string };
  b: { id: string; name: string };
  relations: PairRelation[];
  /** Every evidence sentence of the pair, newest first. */
  evidence: PairEvidence[];
  /** The periods of their lifecycles (ties, sanctions, conflict), oldest first. */
  history: StatePeriod[];
}

const TRANSITION = 'time timeBasis sentence article { id title }';
const PERIOD = `lifecycle state source { id name } target { id name } since until superseded opening { ${TRANSITION} } closing { ${TRANSITION} }`;

/** Sentences fetched for a pair's panel (its timeline and list); the total is always shown. */
export const PAIR_EVIDENCE_LIMIT = 2000;
const PAIR_PAGE = 500;

interface ApiPair {
  a: { id: string; name: string };
  b: { id: string; name: string };
  evidenceCount: number;
  relations: { nodes: (Omit<PairRelation, 'evidenceCount'> & { evidence: { totalCount: number } })[] };
  history: StatePeriod[];
  evidence: { totalCount: number; nodes: (EvidenceItem & { relation: { id: string; type: string; class: string } })[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

/** Everything between two entities (the API's pair summary): each relation with its counts, and the evidence sentences. */
export async function fetchPair(a: string, b: string): Promise<(PairData & { evidenceTotal: number }) | null> {
  const query = `query Pair($a: ID!, $b: ID!, $after: String, $first: Int!, $withRelations: Boolean!) {
    pair(a: $a, b: $b) {
      a { id name } b { id name } evidenceCount
      relations(first: 500) @include(if: $withRelations) { nodes { id type class symmetric source { id name } target { id name } articleCount score firstSeen lastSeen ${CLAIMS} outletCount evidence(first: 0) { totalCount } } }
      evidence(first: $first, after: $after) { totalCount nodes { ${EVIDENCE} relation { id type class } } pageInfo { hasNextPage endCursor } }
      history @include(if: $withRelations) { ${PERIOD} }
    } }`;
  const first = await gql<{ pair: ApiPair | null }>(query, { a, b, after: null, first: PAIR_PAGE, withRelations: true });
  if (!first.pair) return null;
  const pair = first.pair;
  const evidence = [...pair.evidence.nodes];
  let page = pair.evidence.pageInfo;
  while (page.hasNextPage && evidence.length < PAIR_EVIDENCE_LIMIT) {
    const next = await gql<{ pair: ApiPair }>(query, { a, b, after: page.endCursor, first: PAIR_PAGE, withRelations: false });
    evidence.push(...next.pair.evidence.nodes);
    page = next.pair.evidence.pageInfo;
  }
  return {
    a: pair.a,
    b: pair.b,
    relations: pair.relations.nodes.map(({ evidence: counted, ...r }) => ({ ...r, evidenceCount: counted.totalCount })),
    evidence: evidence.map(({ relation, ...ev }) => ({ ...ev, relationId: relation.id, type: relation.type, class: relation.class })),
    evidenceTotal: pair.evidence.totalCount,
    history: pair.history,
  };
}
