/**
 * Export files from the rows (pure): CSV for spreadsheets (csv-stringify: RFC 4180 quoting,
 * UTF-8 with a byte-order mark so Excel reads accents), zipped together by fflate; GEXF for
 * Gephi by graphology-gexf's writer; GraphML for yEd, Cytoscape desktop and networkx, built
 * with fast-xml-parser's XMLBuilder (which escapes everything) over a graphology graph.
 */
import { stringify } from 'csv-stringify/browser/esm/sync';
import { strToU8, zipSync } from 'fflate';
import { XMLBuilder } from 'fast-xml-parser';
import { MultiDirectedGraph } from 'graphology';
import writeGexf from 'graphology-gexf/common/writer.js';
import type { Cell, ExportTables, Row, Table } from './tables.ts';

const BOM = '\uFEFF';

/**
 * A cell a spreadsheet will not run: text starting with =, +, -, @ or a control character
 * gets a leading apostrophe (the OWASP advice against CSV injection); numbers stay numbers.
 */
export function safeCell(value: Cell): Cell {
  if (typeof value !== 'string') return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One table as CSV: a header row, then the rows, every text cell made safe. */
export function toCsv(table: Table): string {
  const records = table.rows.map((row) => table.columns.map((c) => safeCell(row[c] ?? '')));
  return BOM + stringify([table.columns, ...records], { record_delimiter: '\r\n', cast: { boolean: (b) => (b ? 'true' : 'false') } });
}

/** The four tables as CSV files in one zip, with a README saying what each holds. */
export function csvZip(tables: ExportTables, readme: string): Uint8Array {
  return zipSync({
    'entities.csv': strToU8(toCsv(tables.entities)),
    'relations.csv': strToU8(toCsv(tables.relations)),
    'evidence.csv': strToU8(toCsv(tables.evidence)),
    'notes.csv': strToU8(toCsv(tables.notes)),
    'README.txt': strToU8(readme),
  });
}

/** Graph-level facts written into GraphML and GEXF. */
export interface GraphMeta {
  title: string;
  filters: string;
  source: string;
  notes: string;
  /** The playhead's day, when the canvas is drawn as of it (relations then carry `ended`). */
  as_of?: string;
}

/** Attributes of a node or edge: every column but the ids (GEXF and GraphML carry those themselves). */
const attributesOf = (row: Row, skip: string[]) => Object.fromEntries(Object.entries(row).filter(([k]) => !skip.includes(k)));

/** The canvas as a directed multigraph (symmetric relations keep their stored direction and `directed: false`). */
export function toGraph(tables: ExportTables, meta: GraphMeta): MultiDirectedGraph {
  const graph = new MultiDirectedGraph({ allowSelfLoops: true });
  graph.replaceAttributes({ ...meta });
  for (const row of tables.entities.rows) graph.addNode(String(row.id), { label: String(row.name), ...attributesOf(row, ['id', 'name']) });
  for (const row of tables.relations.rows) {
    if (!graph.hasNode(String(row.source_id)) || !graph.hasNode(String(row.target_id))) continue;
    graph.addDirectedEdgeWithKey(String(row.id), String(row.source_id), String(row.target_id), { label: String(row.type), ...attributesOf(row, ['id', 'source_id', 'target_id']) });
  }
  return graph;
}

export function toGexf(graph: MultiDirectedGraph): string {
  return writeGexf(graph, { pretty: true, version: '1.3' });
}

type KeyType = 'string' | 'double' | 'long' | 'boolean';
const keyType = (values: unknown[]): KeyType => {
  const present = values.filter((v) => v !== '' && v !== undefined);
  if (present.length && present.every((v) => typeof v === 'boolean')) return 'boolean';
  if (present.length && present.every((v) => typeof v === 'number' && Number.isInteger(v))) return 'long';
  if (present.length && present.every((v) => typeof v === 'number')) return 'double';
  return 'string';
};

/** GraphML 1.0: a <key> per attribute (typed from its values), a <data> per value present. */
export function toGraphml(graph: MultiDirectedGraph): string {
  const keys: Record<string, unknown>[] = [];
  const keyIds = new Map<string, string>();
  const declare = (domain: 'graph' | 'node' | 'edge', names: string[], valuesOf: (name: string) => unknown[]) => {
    for (const name of names) {
      const id = `${domain[0]}_${name}`;
      keyIds.set(`${domain}:${name}`, id);
      keys.push({ '@_id': id, '@_for': domain, '@_attr.name': name, '@_attr.type': keyType(valuesOf(name)) });
    }
  };
  const nodeNames = [...new Set(graph.mapNodes((_, a) => Object.keys(a)).flat())];
  const edgeNames = [...new Set(graph.mapEdges((_, a) => Object.keys(a)).flat())];
  declare('graph', Object.keys(graph.getAttributes()), (n) => [graph.getAttribute(n)]);
  declare('node', nodeNames, (n) => graph.mapNodes((_, a) => a[n]));
  declare('edge', edgeNames, (n) => graph.mapEdges((_, a) => a[n]));
  const data = (domain: string, attributes: Record<string, unknown>) =>
    Object.entries(attributes)
      .filter(([, v]) => v !== '' && v !== undefined && v !== null)
      .map(([k, v]) => ({ '@_key': keyIds.get(`${domain}:${k}`), '#text': String(v) }));
  const document = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    graphml: {
      '@_xmlns': 'http://graphml.graphdrawing.org/xmlns',
      key: keys,
      graph: {
        '@_id': 'entente',
        '@_edgedefault': 'directed',
        data: data('graph', graph.getAttributes()),
        node: graph.mapNodes((id, a) => ({ '@_id': id, data: data('node', a) })),
        edge: graph.mapEdges((id, a, source, target) => ({ '@_id': id, '@_source': source, '@_target': target, data: data('edge', a) })),
      },
    },
  };
  const builder = new XMLBuilder({ ignoreAttributes: false, format: true, suppressEmptyNode: true, processEntities: true });
  return builder.build(document) as string;
}
