/** Reads the whole graph back as sorted lines, for tests that compare two graphs. */
import type { Driver } from 'neo4j-driver';

/** Every node and relationship with its properties, minus the ingest time, sorted. */
export async function dumpGraph(driver: Driver, database: string): Promise<string[]> {
  const read = async (cypher: string) => (await driver.executeQuery(cypher, {}, { database, routing: 'READ' })).records.map((r) => r.toObject());
  const nodes = await read('MATCH (n) RETURN labels(n) AS labels, properties(n) AS props');
  const rels = await read('MATCH (a)-[r]->(b) RETURN type(r) AS type, coalesce(a.id, a.name) AS a, coalesce(b.id, b.name) AS b, properties(r) AS props');
  const clean = (p: Record<string, unknown>) => JSON.stringify(Object.fromEntries(Object.entries(p).filter(([k]) => k !== 'ingestedAt').sort()));
  return [
    ...nodes.map((n) => `${(n.labels as string[]).sort().join(':')} ${clean(n.props as Record<string, unknown>)}`),
    ...rels.map((r) => `${r.type} ${r.a}->${r.b} ${clean(r.props as Record<string, unknown>)}`),
  ].sort();
}
