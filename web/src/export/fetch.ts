/**
 * What an export needs beyond the canvas (the I/O edge of exports): each entity's Wikidata ID and
 * country, and the evidence sentences of each relation shown, inside the date window and from the
 * outlets the filters keep. Many ids go in one request (aliased fields), sized to stay well
 * inside the API's cost limit; `onProgress` reports how far it got.
 */
import { gql } from '../api.ts';
import type { Investigation } from '../state/types.ts';
import type { EntityExtra, EvidenceItem } from './tables.ts';

/** Sentences per relation, the most confident first. */
export const EVIDENCE_PER_RELATION = 100;
const ENTITIES_PER_REQUEST = 100;
const RELATIONS_PER_REQUEST = 20;

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** One query asking `field(id: $iN)` for each id, under aliases a0, a1, … */
function aliased(name: string, ids: string[], field: string, selection: string, extraVariables = ''): { query: string; variables: Record<string, string> } {
  const variables = Object.fromEntries(ids.map((id, i) => [`i${i}`, id]));
  const declared = ids.map((_, i) => `$i${i}: ID!`).join(', ');
  const fields = ids.map((_, i) => `a${i}: ${field}(id: $i${i}) ${selection}`).join('\n');
  return { query: `query ${name}(${declared}${extraVariables}) {\n${fields}\n}`, variables };
}

export async function fetchEntityExtras(ids: string[], onProgress: (done: number) => void = () => {}): Promise<Map<string, EntityExtra>> {
  const extras = new Map<string, EntityExtra>();
  for (const part of chunks(ids, ENTITIES_PER_REQUEST)) {
    const { query, variables } = aliased('ExportEntities', part, 'entity', '{ wikidataId country }');
    const data = await gql<Record<string, EntityExtra | null>>(query, variables);
    part.forEach((id, i) => {
      const e = data[`a${i}`];
      if (e) extras.set(id, { wikidataId: e.wikidataId ?? null, country: e.country ?? null });
    });
    onProgress(extras.size);
  }
  return extras;
}

interface ApiEvidence {
  sentence: string;
  status: string;
  attributedTo: string | null;
  date: string | null;
  article: { title: string; url: string | null; source: string | null };
}

/** The evidence of the relations, as the filters in force would show it (date window, outlets). */
export async function fetchEvidence(state: Investigation, relationIds: string[], onProgress: (done: number) => void = () => {}): Promise<EvidenceItem[]> {
  const { from, to, outlets } = state.filters;
  const since = state.timeline.mode === 'asOf' ? null : from || null;
  const until = to || null;
  const selection = `{ evidence(first: ${EVIDENCE_PER_RELATION}, since: $since, until: $until, orderBy: { field: CONFIDENCE }) { nodes { sentence status attributedTo date article { title url source } } } }`;
  const items: EvidenceItem[] = [];
  let done = 0;
  for (const part of chunks(relationIds, RELATIONS_PER_REQUEST)) {
    const { query, variables } = aliased('ExportEvidence', part, 'relation', selection, ', $since: Date, $until: Date');
    const data = await gql<Record<string, { evidence: { nodes: ApiEvidence[] } } | null>>(query, { ...variables, since, until });
    part.forEach((relationId, i) => {
      for (const ev of data[`a${i}`]?.evidence.nodes ?? []) {
        if (outlets.length && !outlets.includes(ev.article.source ?? '')) continue;
        items.push({ relationId, sentence: ev.sentence, status: ev.status, attributedTo: ev.attributedTo, date: ev.date, title: ev.article.title, url: ev.article.url, outlet: ev.article.source });
      }
    });
    done += part.length;
    onProgress(done);
  }
  return items;
}
