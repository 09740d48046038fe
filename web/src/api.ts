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

export const fetchNeighborhood = (ids: string[], limit = 150) =>
  gql<{ neighborhood: Subgraph }>(`query Hood($ids: [ID!]!, $limit: Int) { neighborhood(ids: $ids, depth: 1, limit: $limit) { ${SUBGRAPH} } }`, { ids, limit }).then((d) => d.neighborhood);

export interface EntityDetails { id: string; name: string; type: string; aliases: string[]; wikidataId: string | null; country: string | null; degree: number; relations: { totalCount: number } }
export const fetchEntity = (id: string) =>
  gql<{ entity: EntityDetails | null }>('query Entity($id: ID!) { entity(id: $id) { id name type aliases wikidataId country degree relations(first: 0) { totalCount } } }', { id }).then((d) => d.entity);

export interface EvidenceItem { id: string; sentence: string; start: number; end: number; confidence: number; date: string | null; article: { id: string; title: string; source: string | null; published: string | null }; highlights: { entityId: string; start: number; end: number }[] }
export interface RelationDetails { id: string; type: string; class: string; articleCount: number; score: number; commodity: string | null; domain: string | null; role: string | null; instrument: string | null; source: { id: string; name: string }; target: { id: string; name: string }; evidence: { totalCount: number; nodes: EvidenceItem[] } }
export const fetchRelation = (id: string) =>
  gql<{ relation: RelationDetails | null }>(
    `query Relation($id: ID!) { relation(id: $id) { id type class articleCount score commodity domain role instrument source { id name } target { id name }
      evidence(first: 50) { totalCount nodes { id sentence start end confidence date article { id title source published } highlights { entityId start end } } } } }`,
    { id },
  ).then((d) => d.relation);

export interface ArticleDetails { id: string; title: string; url: string | null; source: string | null; published: string | null; text: string; mentions: { start: number; end: number; entity: { id: string; name: string; type: string } }[]; relations: { id: string; type: string; source: { id: string; name: string }; target: { id: string; name: string } }[] }
export const fetchArticle = (id: string) =>
  gql<{ article: ArticleDetails | null }>(
    `query Article($id: ID!) { article(id: $id) { id title url source published text mentions { start end entity { id name type } } relations { id type source { id name } target { id name } } } }`,
    { id },
  ).then((d) => d.article);

export const fetchArticles = (text: string | null) =>
  gql<{ articles: { totalCount: number; nodes: { id: string; title: string; source: string | null; published: string | null }[] } }>(
    'query Articles($text: String) { articles(filter: { text: $text }, first: 100) { totalCount nodes { id title source published } } }',
    { text },
  ).then((d) => d.articles);
