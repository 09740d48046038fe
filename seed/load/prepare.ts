/**
 * Makes an extraction safe to write, before any statement is planned. Pure: no I/O.
 * - Every relation end becomes an entity of the article: an end the extractor did not list
 *   (Mongolia named only by "Mongolian") is taken from the gazetteer; an end found nowhere is
 *   refused with a message, never written as evidence without its relation.
 * - Merge decisions apply: an entity whose id was merged into another (a redirect) lands on the
 *   kept entity, so curation survives later loads; events too.
 * The result depends only on the extraction, the gazetteer and the redirects, never on what the
 * graph already holds, so the graph does not depend on the order articles arrive in.
 */
import { PAIR_EVENT_KINDS, type ExtractedEntity, type ExtractedEvent, type ExtractedRelation, type Extraction } from '../types.ts';
import type { EntityType } from '../vocabulary.ts';

/** The entity a redirect lands on, as it was when the merge was decided. */
export interface RedirectTarget {
  id: string;
  name: string;
  type: EntityType;
  known: boolean;
  wikidata?: string | undefined;
  iso2?: string | undefined;
  iso3?: string | undefined;
  country?: string | undefined;
}

/** What the gazetteer knows of an entity id (the fields an extraction entity carries). */
export interface KnownIdentity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  wikidata?: string | undefined;
  iso2?: string | undefined;
  iso3?: string | undefined;
  country?: string | undefined;
}

export interface Prepared {
  extraction: Extraction;
  /** Relations not written, each with why. */
  refused: string[];
}

/** An entity of the gazetteer, as the extractor would give it, without mentions. */
function fromGazetteer(known: KnownIdentity): ExtractedEntity {
  return {
    id: known.id,
    name: known.name,
    type: known.type,
    aliases: [...new Set(known.aliases)].filter((a) => a !== known.name),
    ...(known.wikidata ? { wikidata: known.wikidata } : {}),
    ...(known.iso2 ? { iso2: known.iso2, iso3: known.iso3 ?? '' } : {}),
    ...(known.country ? { country: known.country } : {}),
    known: true,
    mentions: [],
  };
}

/** The removed entity's row rewritten onto the kept one: the kept identity, the removed names as aliases. */
function redirected(entity: ExtractedEntity, to: RedirectTarget): ExtractedEntity {
  return {
    id: to.id,
    name: to.name,
    type: to.type,
    aliases: [...new Set([...entity.aliases, entity.name])].filter((a) => a !== to.name),
    ...(to.wikidata ? { wikidata: to.wikidata } : {}),
    ...(to.iso2 ? { iso2: to.iso2, iso3: to.iso3 ?? '' } : {}),
    ...(to.country ? { country: to.country } : {}),
    known: to.known,
    mentions: entity.mentions,
  };
}

function combine(a: ExtractedEntity, b: ExtractedEntity): ExtractedEntity {
  return {
    ...a,
    aliases: [...new Set([...a.aliases, ...b.aliases])].filter((x) => x !== a.name),
    mentions: [...a.mentions, ...b.mentions].sort((x, y) => x.start - y.start || x.end - y.end),
  };
}

const describe = (r: ExtractedRelation) => `${r.type} ${r.source} → ${r.target} ("${r.evidence.length > 80 ? `${r.evidence.slice(0, 77)}…` : r.evidence}")`;

/**
 * Completes relation ends from the gazetteer, applies redirects, and refuses relations whose end
 * is still unknown or that a merge turned into a self-loop.
 */
export function prepareExtraction(
  extraction: Extraction,
  redirects: ReadonlyMap<string, RedirectTarget>,
  lookupKnown: (id: string) => KnownIdentity | undefined,
): Prepared {
  const byId = new Map(extraction.entities.map((e) => [e.id, e]));
  for (const r of extraction.relations) {
    for (const id of [r.sourceId, r.targetId]) {
      const known = byId.has(id) ? undefined : lookupKnown(id);
      if (known) byId.set(id, fromGazetteer(known));
    }
  }
  const landed = new Map<string, ExtractedEntity>();
  for (const entity of byId.values()) {
    const to = redirects.get(entity.id);
    const row = to ? redirected(entity, to) : entity;
    const existing = landed.get(row.id);
    landed.set(row.id, existing ? combine(existing, row) : row);
  }
  const finalId = (id: string) => redirects.get(id)?.id ?? id;
  const refused: string[] = [];
  const relations: ExtractedRelation[] = [];
  for (const r of extraction.relations) {
    const [sourceId, targetId] = [finalId(r.sourceId), finalId(r.targetId)];
    const source = byId.has(r.sourceId) ? landed.get(sourceId) : undefined;
    const target = byId.has(r.targetId) ? landed.get(targetId) : undefined;
    if (!source || !target) {
      const missing = source ? r.targetId : r.sourceId;
      refused.push(`${describe(r)} refused: its end ${missing} is neither an entity of the article nor in the gazetteer`);
    } else if (sourceId === targetId) {
      refused.push(`${describe(r)} refused: both ends are ${source.name} since a merge`);
    } else relations.push({ ...r, sourceId, targetId, source: source.name, target: target.name });
  }
  // An entity added only as the end of a relation that was then refused would be an orphan.
  const used = new Set(relations.flatMap((r) => [r.sourceId, r.targetId]));
  const entities = [...landed.values()].filter((e) => e.mentions.length > 0 || used.has(e.id));
  const kept = new Set(entities.map((e) => e.id));
  return { extraction: { ...extraction, entities, relations, events: redirectEvents(extraction.events ?? [], finalId, kept) }, refused };
}

/**
 * Events with merged entities rewritten onto the kept ones (each actor once, a pair's parties
 * in id order); an event naming an entity the article does not have, or a pair a merge made one, is left out.
 */
function redirectEvents(events: ExtractedEvent[], finalId: (id: string) => string, kept: ReadonlySet<string>): ExtractedEvent[] {
  const out: ExtractedEvent[] = [];
  for (const e of events) {
    const isPair = (PAIR_EVENT_KINDS as readonly string[]).includes(e.kind);
    const actors = new Map<string, string>();
    e.actorIds.forEach((id, i) => actors.has(finalId(id)) || actors.set(finalId(id), e.actors[i] ?? id));
    const actorIds = isPair ? [...actors.keys()].sort() : [...actors.keys()];
    const instrumentId = e.instrumentId === undefined ? undefined : finalId(e.instrumentId);
    if ((isPair && actorIds.length !== 2) || ![instrumentId, ...actorIds].every((id) => id === undefined || kept.has(id))) continue;
    out.push({ ...e, actorIds, actors: actorIds.map((id) => actors.get(id) ?? id), ...(instrumentId ? { instrumentId } : {}) });
  }
  return out;
}
