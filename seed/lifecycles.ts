/**
 * Lifecycles: relation types (and events) that open opposing states between two entities, so
 * that what a later sentence says closes what an earlier one opened. Ties cut (REDUCES_TIES_WITH)
 * and restored (NORMALIZES_WITH); sanctions imposed (SANCTIONS) and eased (EASES_SANCTIONS), per
 * direction; hostilities (ATTACKS, either way) ended by a ceasefire or a peace (events of
 * seed/extract/lifecycle.ts, which are no relation of the vocabulary). A closed vocabulary, like
 * seed/vocabulary.ts: the API's enums mirror it.
 */
import type { PairEventKind } from './types.ts';
import type { RelationType } from './vocabulary.ts';

export const LIFECYCLES = ['DIPLOMATIC_TIES', 'SANCTIONS', 'CONFLICT'] as const;
export type Lifecycle = (typeof LIFECYCLES)[number];

/** Each state, the lifecycle it belongs to, and what opens it: a relation type or an event kind. */
export const PAIR_STATES = {
  TIES_NORMAL: { lifecycle: 'DIPLOMATIC_TIES', relation: 'NORMALIZES_WITH', description: 'diplomatic relations established, normal or restored' },
  TIES_CUT: { lifecycle: 'DIPLOMATIC_TIES', relation: 'REDUCES_TIES_WITH', description: 'ties cut or reduced: envoys recalled or expelled, embassy closed' },
  SANCTIONED: { lifecycle: 'SANCTIONS', relation: 'SANCTIONS', description: 'sanctions, an embargo or restrictions imposed by the source on the target' },
  SANCTIONS_EASED: { lifecycle: 'SANCTIONS', relation: 'EASES_SANCTIONS', description: 'those sanctions lifted, waived or eased' },
  HOSTILITIES: { lifecycle: 'CONFLICT', relation: 'ATTACKS', description: 'attacks, strikes or war, by either side' },
  CEASEFIRE: { lifecycle: 'CONFLICT', event: 'ceasefire', description: 'a ceasefire, truce or armistice agreed' },
  PEACE: { lifecycle: 'CONFLICT', event: 'peace', description: 'a peace agreement or treaty, or the war declared ended' },
} as const satisfies Record<string, { lifecycle: Lifecycle; relation?: RelationType; event?: PairEventKind; description: string }>;
export type PairState = keyof typeof PAIR_STATES;
export const PAIR_STATE_NAMES = Object.keys(PAIR_STATES) as PairState[];

/** Lifecycles whose states run one way (the sanctioning side and its target); the others are between the two. */
export const DIRECTED_LIFECYCLES: ReadonlySet<Lifecycle> = new Set<Lifecycle>(['SANCTIONS']);

/** What opens each state, read once: by relation type, and by event kind. */
interface StateInfo {
  lifecycle: Lifecycle;
  relation?: RelationType;
  event?: PairEventKind;
}
const STATE_INFOS: [PairState, StateInfo][] = PAIR_STATE_NAMES.map((state) => [state, PAIR_STATES[state]]);
export const STATE_OF_RELATION: Readonly<Partial<Record<RelationType, PairState>>> = Object.fromEntries(STATE_INFOS.flatMap(([state, info]) => (info.relation ? [[info.relation, state]] : [])));
export const STATE_OF_EVENT: Readonly<Partial<Record<PairEventKind, PairState>>> = Object.fromEntries(STATE_INFOS.flatMap(([state, info]) => (info.event ? [[info.event, state]] : [])));
export const LIFECYCLE_RELATION_TYPES = Object.keys(STATE_OF_RELATION) as RelationType[];

/** Claim statuses of the sentences that move a state: stated as done, by the outlet or a named source (not plans, hedges, denials). */
export const TRANSITION_STATUSES = ['asserted', 'attributed'] as const;
