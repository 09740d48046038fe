/** Validation rules that refuse hostile queries before they run: depth and estimated cost. */
import { GraphQLError, Kind, type ASTVisitor, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext } from 'graphql';
import { createComplexityRule, fieldExtensionsEstimator, simpleEstimator } from 'graphql-query-complexity';
import { ErrorCode } from './errors.ts';

export const MAX_DEPTH = 10;
export const MAX_COST = 5000;

/** Refuses operations nested deeper than `max` fields. */
export function depthLimit(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of context.getDocument().definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
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

/** Estimated cost: list fields multiply their children by `first`/`limit`. */
export function costLimit(variables: Record<string, unknown>) {
  return createComplexityRule({
    maximumComplexity: MAX_COST,
    variables,
    estimators: [
      fieldExtensionsEstimator(),
      ({ args, childComplexity }) => {
        const n = Number(args.first ?? args.limit ?? 0);
        return n > 0 ? 1 + n * Math.max(1, childComplexity) / 10 : undefined;
      },
      simpleEstimator({ defaultComplexity: 1 }),
    ],
    createError: (max, actual) => new GraphQLError(`The query would cost ${Math.round(actual)}; the limit is ${max}. Ask for fewer items or fewer nested lists.`, { extensions: { code: ErrorCode.QUERY_TOO_COMPLEX } }),
  });
}
