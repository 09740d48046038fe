/** Validation rules that refuse hostile queries before they run: depth and estimated cost. */
import { GraphQLError, Kind, type ASTVisitor, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext } from 'graphql';
import { ErrorCode } from './errors.ts';

export const MAX_DEPTH = 10;
export const MAX_COST = 50_000;

/** The document's named fragments, for following fragment spreads. */
function fragmentsOf(context: ValidationContext): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of context.getDocument().definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  return fragments;
}

/** Refuses operations nested deeper than `max` fields. */
export function depthLimit(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = fragmentsOf(context);
    const depthOf = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
      if (!set) return 0;
      let deepest = 0;
      for (const s of set.selections) {
        if (s.kind === Kind.FIELD) deepest = Math.max(deepest, s.selectionSet ? 1 + depthOf(s.selectionSet, seen) : 1);
        else if (s.kind === Kind.INLINE_FRAGMENT) deepest = Math.max(deepest, depthOf(s.selectionSet, seen));
        else if (!seen.has(s.name.value)) deepest = Math.max(deepest, depthOf(fragments.get(s.name.value)?.selectionSet, new Set([...seen, s.name.value])));
      }
      return deepest;
    };
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, new Set());
        if (depth > max) {
          context.reportError(new GraphQLError(`The query is ${depth} levels deep; the limit is ${max}.`, { nodes: [node], extensions: { code: ErrorCode.QUERY_TOO_COMPLEX } }));
        }
      },
    };
  };
}

/**
 * Estimated cost: every field costs 1, and a field with `first` or `limit` multiplies the cost
 * of what it selects by that many items (a variable counts as the page maximum, 500).
 */
export function costLimit(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = fragmentsOf(context);
    const costOf = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
      if (!set) return 0;
      let total = 0;
      for (const s of set.selections) {
        if (s.kind === Kind.FIELD) {
          const arg = s.arguments?.find((a) => a.name.value === 'first' || a.name.value === 'limit');
          const items = !arg ? 1 : arg.value.kind === Kind.INT ? Math.max(1, Number(arg.value.value)) : 500;
          total += 1 + (s.selectionSet ? items * costOf(s.selectionSet, seen) : 0);
        } else if (s.kind === Kind.INLINE_FRAGMENT) total += costOf(s.selectionSet, seen);
        else if (!seen.has(s.name.value)) total += costOf(fragments.get(s.name.value)?.selectionSet, new Set([...seen, s.name.value]));
      }
      return total;
    };
    return {
      OperationDefinition(node) {
        const cost = costOf(node.selectionSet, new Set());
        if (cost > max) {
          context.reportError(new GraphQLError(`The query would cost ${cost}; the limit is ${max}. Ask for fewer items or fewer nested lists.`, { nodes: [node], extensions: { code: ErrorCode.QUERY_TOO_COMPLEX } }));
        }
      },
    };
  };
}
