/** Validation rules that refuse hostile queries before they run: depth and estimated cost. */
import { GraphQLError, Kind, type ASTVisitor, type FieldNode, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext } from 'graphql';
import { ErrorCode } from './errors.ts';

export const MAX_DEPTH = 10;
export const MAX_COST = 50_000;
/**
 * Tokens a query may have (graphql-js stops parsing there). The largest real queries (the
 * explorer's, the full introspection query) have about 200; a document of hundreds of aliases is
 * refused before validation, whose overlapping-fields check grows with the square of the aliases.
 */
export const MAX_TOKENS = 2_000;

/** The document's named fragments, for following fragment spreads. */
function fragmentsOf(context: ValidationContext): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of context.getDocument().definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  return fragments;
}

/**
 * A measure of selection sets: `field` scores one field, given a way to measure the selection
 * under it; `combine` merges the scores of siblings. Inline fragments and fragment spreads count
 * as the selections they stand for; a fragment already on the path counts 0 (no cycles).
 */
function measureSelections(
  context: ValidationContext,
  field: (node: FieldNode, measure: (set: SelectionSetNode) => number, isRoot: boolean) => number,
  combine: (a: number, b: number) => number,
): (set: SelectionSetNode) => number {
  const fragments = fragmentsOf(context);
  const measure = (set: SelectionSetNode | undefined, seen: Set<string>, isRoot: boolean): number => {
    let total = 0;
    for (const s of set?.selections ?? []) {
      let value: number;
      // Introspection (__schema, __type) is bounded by the schema, not by data, and graphql-js's
      // own MaxIntrospectionDepthRule refuses the nesting that could make it costly.
      if (s.kind === Kind.FIELD && s.name.value.startsWith('__')) value = 0;
      else if (s.kind === Kind.FIELD) value = field(s, (inner) => measure(inner, seen, false), isRoot);
      else if (s.kind === Kind.INLINE_FRAGMENT) value = measure(s.selectionSet, seen, isRoot);
      else value = seen.has(s.name.value) ? 0 : measure(fragments.get(s.name.value)?.selectionSet, new Set([...seen, s.name.value]), isRoot);
      total = combine(total, value);
    }
    return total;
  };
  return (set) => measure(set, new Set(), true);
}

/** Refuses operations nested deeper than `max` fields. */
export function depthLimit(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    const depthOf = measureSelections(context, (node, measure) => (node.selectionSet ? 1 + measure(node.selectionSet) : 1), Math.max);
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet);
        if (depth > max) {
          context.reportError(new GraphQLError(`The query is ${depth} levels deep; the limit is ${max}.`, { nodes: [node], extensions: { code: ErrorCode.QUERY_TOO_COMPLEX } }));
        }
      },
    };
  };
}

/**
 * What resolving a field once costs, in units of a scalar field, when it is more than 1: fields
 * that run their own database query. A root field is at least one query (ROOT_FIELD_COST); a
 * count scans what its filter matches; `stats`, neighborhoods and paths read much of the graph.
 * Nested lists (a page's relations, their ends, their evidence) are batched into one query per
 * page by DataLoader, so they cost what they return, not a query each.
 */
export const FIELD_COSTS: Readonly<Record<string, number>> = {
  stats: 1_000,
  neighborhood: 200,
  paths: 200,
  pair: 50,
  timeline: 50,
  relationTimeline: 200, topEntities: 200, // aggregates over every relation a filter keeps (server/db/research.ts)
  history: 50, lifecycle: 20, // a pair's lifecycles read from its evidence; an instrument's events (server/db/states.ts, instruments.ts)
  totalCount: 20,
};
export const ROOT_FIELD_COST = 10;

/**
 * Estimated cost of an operation: each field costs what FIELD_COSTS says (1 for a scalar, at
 * least ROOT_FIELD_COST at the root, every alias counted), and a field with `first` or `limit`
 * multiplies the cost of what it selects by that many items (a variable counts as the page
 * maximum, 500).
 */
export function costLimit(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    const costOf = measureSelections(
      context,
      (node, measure, isRoot) => {
        const arg = node.arguments?.find((a) => a.name.value === 'first' || a.name.value === 'limit');
        const items = !arg ? 1 : arg.value.kind === Kind.INT ? Math.max(1, Number(arg.value.value)) : 500;
        const own = Math.max(FIELD_COSTS[node.name.value] ?? 1, isRoot ? ROOT_FIELD_COST : 1);
        return own + (node.selectionSet ? items * measure(node.selectionSet) : 0);
      },
      (a, b) => a + b,
    );
    return {
      OperationDefinition(node) {
        const cost = costOf(node.selectionSet);
        if (cost > max) {
          context.reportError(new GraphQLError(`The query would cost ${cost}; the limit is ${max}. Ask for fewer items or fewer nested lists.`, { nodes: [node], extensions: { code: ErrorCode.QUERY_TOO_COMPLEX } }));
        }
      },
    };
  };
}
