/**
 * The investigation: everything an analyst sees on the canvas, as plain serializable data.
 * Saved views, undo and browser history all store this one shape.
 */

export interface NodeData {
  id: string;
  label: string;
  type: string;
  degree: number;
  /** ISO code of the country the entity belongs to (a country's own code for a country). */
  country?: string | null;
  /** Where the map draws it (absent in views saved before the map: such entities are listed as not placed). */
  location?: GeoLocation | null;
}

/** A point on the globe: a place's own, a country's, or the entity's country's (the API's GeoPoint). */
export interface GeoLocation {
  lat: number;
  lon: number;
  precision: 'PLACE' | 'COUNTRY' | 'COUNTRY_OF';
}

export interface EdgeData {
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
  /** Outlets (article sources) whose articles state the relation. */
  outlets?: string[];
  /** Evidence sentences per month (YYYY-MM → count), from the articles' dates. */
  months?: Record<string, number>;
  /** Evidence sentences per claim status (absent in views saved before claims). */
  claims?: ClaimCounts;
  /** Asserted or attributed somewhere and denied elsewhere. */
  disputed?: boolean;
  /** Home countries (ISO codes) of the outlets that state it. */
  outletCountries?: string[];
}

/** Evidence sentences of a relation per claim status (how each sentence presents it). */
export interface ClaimCounts {
  asserted: number;
  attributed: number;
  hedged: number;
  proposed: number;
  denied: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface TypeCount {
  key: string;
  count: number;
}

export interface Filters {
  hiddenClasses: string[];
  hiddenTypes: string[];
  /**
   * Evidence date window (the timeline's): YYYY-MM (the whole month) or YYYY-MM-DD, '' for open.
   * `to` is also the timeline's playhead.
   */
  from: string;
  to: string;
  minArticles: number;
  minScore: number;
  /** Only relations stated by these outlets (empty: all). */
  outlets: string[];
  /** Only entities of these countries (empty: all). */
  countries: string[];
  hideUnconnected: boolean;
  /** Only relations at least one outlet asserts in its own voice (not only attributed, hedged, proposed or denied). */
  assertedOnly: boolean;
  /** Only relations stated by at least this many distinct outlets. */
  minOutlets: number;
}

export type Selection =
  | { kind: 'none' }
  | { kind: 'node'; id: string }
  | { kind: 'edge'; id: string }
  | { kind: 'pair'; a: string; b: string }
  | { kind: 'path'; from: string; to: string }
  /** Several entities (box, lasso, shift-click): the bulk actions act on them. */
  | { kind: 'nodes'; ids: string[] };

export type EdgeLabels = 'selection' | 'all';

/** The same investigation drawn as a graph or on a world map. */
export type Display = 'graph' | 'map';

/** What node size shows: degree in the whole graph, or a measure of the canvas (graph/measures.ts). */
export type SizeBy = 'degree' | 'canvasDegree' | 'weightedDegree' | 'betweenness' | 'pagerank';

/** What node colour shows: the entity type, or the community (Louvain) on the canvas. */
export type ColourBy = 'type' | 'community';

export interface Styling {
  edgeLabels: EdgeLabels;
  /** The layout used for a full re-layout. */
  layout: string;
  display: Display;
  sizeBy: SizeBy;
  colourBy: ColourBy;
}

/** window: evidence dated inside filters.from–to; asOf: everything stated up to filters.to (cumulative). */
export type TimelineMode = 'window' | 'asOf';
export type TimeStep = 'week' | 'month' | 'year';
/**
 * What the canvas as of a day (the playhead, filters.to) does with relations whose state a sentence
 * of an opposing state had closed by then (ties restored after being cut): draw them ended, or hide them.
 */
export type EndedMode = 'show' | 'hide';

/** How the timeline plays (the window itself is filters.from/to, so the date filter and the timeline are one). */
export interface Timeline {
  mode: TimelineMode;
  step: TimeStep;
  /** Steps per second while playing. */
  speed: number;
  /** Relations ended by the playhead: drawn ended (dashed, a ring at their end) or hidden (absent in views saved before it: shown). */
  ended: EndedMode;
}

export type GroupKind = 'community' | 'selection' | 'type' | 'country';

/** Entities drawn as one node (with counts and aggregated relations) until expanded again. */
export interface Group {
  /** `group:N`, never an entity id. */
  id: string;
  label: string;
  kind: GroupKind;
  members: string[];
}

/**
 * What a fetch left out, for "+N more": the entities it was around, the counts per relation type
 * it left out then, and the relations of each type around them in all (`totals`, absent in views
 * saved before them): what is left out now is the total less what the canvas holds.
 */
export interface Omission {
  around: string[];
  counts: TypeCount[];
  totals?: TypeCount[];
}

/** What a note is about: the whole view, an entity (or group), or a relation. */
export type NoteTarget = { kind: 'view' } | { kind: 'entity'; id: string } | { kind: 'relation'; id: string };

/** An analyst's note: plain text (never rendered as HTML), when it was written and, where a token names the writer, by whom. */
export interface Note {
  id: string;
  target: NoteTarget;
  text: string;
  /** When it was written or last edited (ISO 8601). */
  at: string;
  by: string | null;
}

export interface Investigation {
  nodes: Record<string, NodeData>;
  edges: Record<string, EdgeData>;
  positions: Record<string, Point>;
  pinned: string[];
  /** Nodes the analyst hid (still in the investigation, not drawn). */
  hidden: string[];
  /** The entities the investigation started from. */
  seeds: string[];
  omitted: Omission[];
  /** Elements of the highlighted paths. */
  path: string[];
  filters: Filters;
  selection: Selection;
  styling: Styling;
  timeline: Timeline;
  /** Collapsed groups; a group's position is in `positions` under its id. */
  groups: Group[];
  /** Notes on the view, entities and relations (kept when their entity leaves the canvas). */
  notes: Note[];
  viewport: { zoom: number; pan: Point } | null;
  /** The saved view this investigation was opened from or saved as. */
  view: { id: string; name: string } | null;
  /** Changed since it was saved or opened. */
  modified: boolean;
}

/**
 * How an action changes the investigation: canvas changes are undoable and make a history entry;
 * selection and view changes (a viewport, a frame of timeline playback) only replace the present.
 */
export type ChangeKind = 'canvas' | 'selection' | 'view';

export interface Action {
  /** Said by the undo button ("Undo expand Russia"). */
  label: string;
  kind: ChangeKind;
  /** Folds into the previous canvas change instead of making a new one (the layout after a first load). */
  amend?: boolean;
  /**
   * One gesture (a slider dragged, arrow keys pressed on one control): consecutive canvas changes
   * with the same gesture key make one undo step and one history entry.
   */
  gesture?: string;
  apply: (state: Investigation) => Investigation;
}
