/** The web app's only way to the data: GraphQL over fetch, with errors a person can read. */

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError('The Entente server cannot be reached. Is it running?', 'NETWORK');
  }
  const body = (await response.json().catch(() => ({}))) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  const first = body.errors?.[0];
  if (first) throw new ApiError(first.message, first.extensions?.code ?? 'ERROR');
  if (!body.data) throw new ApiError(`The server answered ${response.status} without data.`, 'ERROR');
  return body.data;
}

export interface GraphNode { id: string; label: string; type: string; degree: number }
export interface GraphEdge { id: string; source: string; target: string; type: string; class: string; symmetric: boolean; articleCount: number; score: number; firstSeen: string | null; lastSeen: string | null }
export interface Subgraph { nodes: GraphNode[]; edges: GraphEdge[]; truncated: boolean; omitted: { key: string; count: number }[] }

const SUBGRAPH = 'nodes { id label type degree } edges { id source target type class symmetric articleCount score firstSeen lastSeen } truncated omitted { key count }';

export const searchEntities = (text: string) =>
  gql<{ search: { score: number; entity: { id: string; name: string; type: string; degree: number } }[] }>(
    'query Search($text: String!) { search(text: $text, first: 8) { score entity { id name type degree } } }',
    { text },
  ).then((d) => d.search.map((h) => h.entity));

export const fetchNeighborhood = (ids: string[], options: { limit?: number; types?: string[]; depth?: number } = {}) =>
  gql<{ neighborhood: Subgraph }>(
    `query Hood($ids: [ID!]!, $limit: Int, $depth: Int, $filter: RelationFilter) { neighborhood(ids: $ids, depth: $depth, limit: $limit, filter: $filter) { ${SUBGRAPH} } }`,
    { ids, limit: options.limit ?? 150, depth: options.depth ?? 1, filter: options.types ? { types: options.types } : null },
  ).then((d) => d.neighborhood);

export interface PathResult { length: number; nodes: GraphNode[]; edges: GraphEdge[] }
export const fetchPaths = (from: string, to: string) =>
  gql<{ paths: PathResult[] }>(
    'query Paths($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 4, limit: 5) { length nodes { id label type degree } edges { id source target type class symmetric articleCount score firstSeen lastSeen } } }',
    { from, to },
  ).then((d) => d.paths);

export interface TimelineBucket { period: string; counts: { key: string; count: number }[] }
export const fetchTimeline = (a: string, b: string) =>
  gql<{ timeline: TimelineBucket[] }>('query Trend($a: ID!, $b: ID!) { timeline(a: $a, b: $b, bucket: YEAR) { period counts { key count } } }', { a, b }).then((d) => d.timeline);

export const fetchDateRange = () =>
  gql<{ stats: { firstDate: string | null; lastDate: string | null } }>('{ stats { firstDate lastDate } }').then((d) => d.stats);

export interface EntityDetails { id: string; name: string; type: string; aliases: string[]; wikidataId: string | null; country: string | null; degree: number; relationCounts: { key: string; count: number }[]; relations: { nodes: { id: string; type: string; source: { id: string; name: string }; target: { id: string; name: string }; articleCount: number }[] } }
export const fetchEntity = (id: string) =>
  gql<{ entity: EntityDetails | null }>(
    'query Entity($id: ID!) { entity(id: $id) { id name type aliases wikidataId country degree relationCounts { key count } relations(first: 5) { nodes { id type articleCount source { id name } target { id name } } } } }',
    { id },
  ).then((d) => d.entity);

export interface EvidenceItem { id: string; sentence: string; start: number; end: number; confidence: number; date: string | null; article: { id: string; title: string; source: string | null; published: string | null }; highlights: { entityId: string; start: number; end: number }[] }
export interface RelationDetails { id: string; type: string; class: string; articleCount: number; score: number; commodity: string | null; domain: string | null; role: string | null; instrument: string | null; source: { id: string; name: string }; target: { id: string; name: string }; evidence: { totalCount: number; nodes: EvidenceItem[] } }
export const fetchRelation = (id: string) =>
  gql<{ relation: RelationDetails | null }>(
    `query Relation($id: ID!) { relation(id: $id) { id type class articleCount score commodity domain role instrument source { id name } target { id name }
      evidence(first: 50) { totalCount nodes { id sentence start end confidence date article { id title source published } highlights { entityId start end } } } } }`,
    { id },
  ).then((d) => d.relation);

export interface ArticleDetails { id: string; title: string; url: string | null; source: string | null; published: string | null; text: string; mentions: { start: number; end: number; entity: { id: string; name: string; type: string } }[]; relations: { id: string; type: string; source: { id: string; name: string }; target: { id: string; name: string } }[] }
type Paged<T> = { nodes: T[] };
export const fetchArticle = (id: string) =>
  gql<{ article: (Omit<ArticleDetails, 'mentions' | 'relations'> & { mentions: Paged<ArticleDetails['mentions'][number]>; relations: Paged<ArticleDetails['relations'][number]> }) | null }>(
    `query Article($id: ID!) { article(id: $id) { id title url source published text mentions(first: 5000) { nodes { start end entity { id name type } } } relations(first: 500) { nodes { id type source { id name } target { id name } } } } }`,
    { id },
  ).then((d) => (d.article ? { ...d.article, mentions: d.article.mentions.nodes, relations: d.article.relations.nodes } : null));

export const fetchArticles = (text: string | null) =>
  gql<{ articles: { totalCount: number; nodes: { id: string; title: string; source: string | null; published: string | null }[] } }>(
    'query Articles($text: String) { articles(filter: { text: $text }, first: 100) { totalCount nodes { id title source published } } }',
    { text },
  ).then((d) => d.articles);
