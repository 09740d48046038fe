/**
 * A news-like subgraph of any size for the browser at scale (tests/e2e/scale, bench/web): the
 * gazetteer's real entities (then generated people), a dozen hub countries that most relations
 * touch, relation types from the vocabulary. Deterministic; in the API's neighborhood shape.
 */
import { random } from '../../bench/corpus.ts';
import { COUNTRY_POINTS } from '../../seed/gazetteer/generated/country-points.ts';
import { gazetteer, type KnownEntity } from '../../seed/gazetteer/index.ts';
import { RELATION_TYPE_NAMES, RELATION_TYPES } from '../../seed/vocabulary.ts';

const HUBS = ['Q30', 'Q148', 'Q159', 'Q794', 'Q801', 'Q43', 'Q212', 'Q227', 'Q183', 'Q142', 'Q145', 'Q668'];
const FIRST = ['Amir', 'Elena', 'David', 'Leyla', 'Omar', 'Sofia', 'Tomas', 'Nadia', 'Karim', 'Irina', 'Samuel', 'Aylin', 'Jonas', 'Mira', 'Pavel', 'Zeynep'];
const LAST = ['Kaya', 'Petrov', 'Haddad', 'Novak', 'Rahimi', 'Silva', 'Mendes', 'Aliyev', 'Cohen', 'Yilmaz', 'Sato', 'Okafor', 'Larsen', 'Moreau', 'Ivanova', 'Farouk'];

type Location = { latitude: number; longitude: number; precision: 'PLACE' | 'COUNTRY' | 'COUNTRY_OF' } | null;

export interface SyntheticGraph {
  nodes: { id: string; label: string; type: string; degree: number; country: string | null; location: Location }[];
  edges: { id: string; source: string; target: string; type: string; class: string; symmetric: boolean; articleCount: number; score: number; firstSeen: string; lastSeen: string; outlets: string[]; evidenceByMonth: { key: string; count: number }[] }[];
  truncated: boolean;
  omitted: { key: string; count: number }[];
}

/** Where the API would put it (Entity.location): a place's coordinates, a country's point, else its country's point. */
function locationOf(type: string, e: Pick<KnownEntity, 'iso2' | 'geo'> | undefined, country: string | null): Location {
  if (e?.geo?.latitude !== undefined && e.geo.longitude !== undefined) return { latitude: e.geo.latitude, longitude: e.geo.longitude, precision: 'PLACE' };
  const own = type === 'Country' && e?.iso2 ? COUNTRY_POINTS[e.iso2] : undefined;
  if (own) return { latitude: own[0], longitude: own[1], precision: 'COUNTRY' };
  const of = country ? COUNTRY_POINTS[country] : undefined;
  return of ? { latitude: of[0], longitude: of[1], precision: 'COUNTRY_OF' } : null;
}

export interface SyntheticOptions {
  seed?: number;
  omitted?: { key: string; count: number }[];
  /** How many hub countries most relations touch (default 12). */
  hubs?: number;
  /** Entities and relations wanted (default: from `elements`, 0.4 of them entities). */
  nodes?: number;
  edges?: number;
  /** Share of the non-hub entities that are (generated) people. */
  people?: number;
}

/** About `elements` nodes and edges (two edges for every three elements' worth of nodes, as real neighborhoods). */
export function syntheticGraph(elements: number, options: SyntheticOptions = {}): SyntheticGraph {
  const rand = random(options.seed ?? 7);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)]!;
  const known = [...gazetteer().byId.values()];
  const byId = new Map(known.map((e) => [e.id, e]));
  const hubIds = HUBS.slice(0, options.hubs ?? HUBS.length);
  const nodeCount = options.nodes ?? Math.round(elements * 0.4);
  const peopleCount = Math.round((nodeCount - hubIds.length) * (options.people ?? 0));
  const nodes: SyntheticGraph['nodes'] = [];
  const add = (e: KnownEntity) => {
    const country = e.iso2 ?? e.country ?? null;
    nodes.push({ id: e.id, label: e.name, type: e.type, degree: 0, country, location: locationOf(e.type, e, country) });
  };
  for (const id of hubIds) {
    const e = byId.get(id);
    if (e) add(e);
  }
  for (const e of known) {
    if (nodes.length >= nodeCount - peopleCount) break;
    if (!HUBS.includes(e.id)) add(e);
  }
  for (let i = 0; nodes.length < nodeCount; i++) {
    const country = pick(hubIds.length < HUBS.length ? hubIds.map((id) => byId.get(id)!) : known).iso2 ?? null;
    nodes.push({ id: `person:synthetic-${i}`, label: `${pick(FIRST)} ${pick(LAST)}`, type: 'Person', degree: 0, country, location: locationOf('Person', undefined, country) });
  }
  const hubs = nodes.slice(0, hubIds.length);
  const edges: SyntheticGraph['edges'] = [];
  const seen = new Set<string>();
  const degree = new Map<string, number>();
  const isDone = () => (options.edges ? edges.length >= options.edges : degree.size + edges.length >= elements);
  // Until nodes with a relation plus relations make the size asked for.
  while (!isDone()) {
    const source = rand() < 0.75 ? pick(hubs) : pick(nodes);
    const target = pick(nodes);
    const type = pick(RELATION_TYPE_NAMES);
    const id = `${type}:${source.id}:${target.id}`;
    if (source.id === target.id || seen.has(id)) continue;
    seen.add(id);
    const month = `2024-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}`;
    const articles = 1 + Math.floor(rand() * rand() * 9);
    const info = RELATION_TYPES[type];
    edges.push({
      id,
      source: source.id,
      target: target.id,
      type,
      class: info.class.toUpperCase().replace(/-/g, '_'),
      symmetric: info.symmetric,
      articleCount: articles,
      score: Math.round((0.5 + rand() * 0.45) * 100) / 100,
      firstSeen: `${month}-03`,
      lastSeen: `${month}-25`,
      outlets: [pick(['Reuters', 'AP', 'Al Jazeera', 'BBC', 'TASS'])],
      evidenceByMonth: [{ key: month, count: articles }],
    });
    for (const end of [source.id, target.id]) degree.set(end, (degree.get(end) ?? 0) + 1);
  }
  for (const n of nodes) n.degree = degree.get(n.id) ?? 0;
  const used = new Set(edges.flatMap((e) => [e.source, e.target]));
  return { nodes: nodes.filter((n) => used.has(n.id)), edges, truncated: Boolean(options.omitted?.length), omitted: options.omitted ?? [] };
}

/** Overlapping pairs of node bounding boxes (sweep over x), and how many nodes overlap another. */
export function overlaps(boxes: { x1: number; x2: number; y1: number; y2: number }[]): { pairs: number; share: number; nodes: number } {
  const sorted = [...boxes].map((b, i) => ({ ...b, i })).sort((a, b) => a.x1 - b.x1);
  let pairs = 0;
  const touched = new Set<number>();
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    for (let j = i + 1; j < sorted.length && sorted[j]!.x1 < a.x2; j++) {
      const b = sorted[j]!;
      if (b.y1 < a.y2 && b.y2 > a.y1) {
        pairs++;
        touched.add(a.i).add(b.i);
      }
    }
  }
  const n = boxes.length;
  return { pairs, share: n > 1 ? pairs / ((n * (n - 1)) / 2) : 0, nodes: touched.size };
}
