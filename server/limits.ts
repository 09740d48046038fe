/**
 * What a query may ask for, decided before it runs: its depth (a validation rule) and its
 * estimated cost (estimateCost, with the schema's argument defaults and the request's variables).
 */
import {
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  GraphQLError,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  valueFromAST,
  type ASTVisitor,
  type DirectiveNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
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
function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  return fragments;
}

/** Refuses operations nested deeper than `max` fields (inline fragments and spreads count as what they stand for). */
export function depthLimit(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = fragmentsOf(context.getDocument());
    const depthOf = (set: SelectionSetNode | undefined, seen: ReadonlySet<string>): number => {
      let deepest = 0;
      for (const s of set?.selections ?? []) {
        // Introspection is bounded by the schema; graphql-js's MaxIntrospectionDepthRule limits its nesting.
        if (s.kind === Kind.FIELD) deepest = Math.max(deepest, s.name.value.startsWith('__') ? 0 : 1 + depthOf(s.selectionSet, seen));
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
 * Cost of one database query: every root field, and every nested field that runs a query of its
 * own each time it resolves (listed in OWN_QUERY_FIELDS; the rest are batched by DataLoader).
 * Measured (bench/api --parts costs), a query costs about what reading a hundred objects does.
 */
export const QUERY_COST = 100;

/** Nested fields that are not batched: each object they appear on costs a database query. */
const OWN_QUERY_FIELDS = new Set([
  'Entity.relations',
  'Entity.articles',
  'Entity.relationCounts',
  'Article.mentions',
  'Article.relations',
  'Pair.relations',
  'SavedView.state',
]);

/** An argument as its resolver accepts it (outside the range, the resolver refuses it with a clearer message than a cost would). */
const within = (value: unknown, min: number, max: number) => Math.min(max, Math.max(min, Number.isFinite(Number(value ?? min)) ? Number(value ?? min) : min));

/** Fields that cost more than one query, by their arguments: graph walks that grow with their depth, summaries. */
const HEAVY_FIELDS: Readonly<Record<string, (args: Record<string, unknown>) => number>> = {
  // Each level expands every relation of the one before: depth 2 around a well-connected entity reads most of the graph.
  'Query.neighborhood': (args) => 200 * 5 ** (within(args.depth, 1, 3) - 1),
  'Query.paths': (args) => 25 * within(args.maxHops, 1, 6),
  'Query.pair': () => 200,
  'Query.timeline': () => 200,
  // A canvas's relations read in one batch and their pairs' histories in another.
  'Query.relationStates': () => 200,
  // Aggregates over every relation a filter keeps (server/db/research.ts).
  'Query.relationTimeline': () => 200,
  'Query.topEntities': () => 200,
  // Counts from Neo4j's count store: a few lookups, whatever the size of the graph.
  'Query.stats': () => 200,
  // One lookup per id asked for (a canvas link's entities and relations).
  'Query.canvas': (args) => QUERY_COST + (Array.isArray(args.entityIds) ? args.entityIds.length : 0) + (Array.isArray(args.relationIds) ? args.relationIds.length : 0),
  // A write (pruning expired links, then one MERGE), with a state up to 1.5 MB.
  'Mutation.shareCanvas': () => 500,
};

/** Types computed in memory from what was already read (counts, page info): free once their parent is paid for. */
const VALUE_TYPES = new Set(['TypeCount', 'PairCount', 'ClaimCounts', 'RelationWindow', 'PageInfo', 'TimelineBucket', 'Highlight', 'PeriodCount', 'RelationTimelineBucket', 'GeoPoint', 'EventTime']);

/** The arguments that size a list, and the largest value each field accepts (a page is at most 500 items). */
const SIZE_ARGUMENTS = ['first', 'limit'];
const DEFAULT_MAX_PAGE = 500;
const MAX_PAGE: Readonly<Record<string, number>> = { 'Article.mentions': 5_000, 'Query.neighborhood': 2_000, 'Query.paths': 50 };
/** Lists without a size argument or a sized parent (a path's nodes, a pair's counts): their usual most. */
const UNSIZED_LIST = 10;

/** Counted totals are one query per connection, except evidence counts, which DataLoader batches across relations. */
const totalCountCost = (typeName: string) => (typeName === 'EvidenceConnection' ? 1 : QUERY_COST);

export interface CostInput {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null | undefined;
  /** The request's variables as sent; without them (or when they do not coerce), a variable counts as its field's largest page. */
  variables?: Record<string, unknown> | null | undefined;
}

/**
 * Estimated cost of an operation, in units of one object read: a field costs its own database
 * work (QUERY_COST for a query, more for HEAVY_FIELDS, nothing for a scalar or a batched lookup),
 * plus, for each item it returns, 1 (an object; 0 for counts and page info) and what it selects. A field with `first` or `limit` returns that many (its
 * schema default when omitted or given by a variable the request leaves out; the variable's value
 * when given; the most the field allows when the variables cannot be read);
 * the `nodes` and `edges` of a connection return their parent's page. Every alias counts;
 * fields under @skip(if: true) or @include(if: false) count 0.
 */
export function estimateCost({ schema, document, operationName, variables }: CostInput): number {
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
  if (!operation) return 0;
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  const fragments = fragmentsOf(document);
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  const vars = 'coerced' in coerced ? coerced.coerced : undefined;

  const argumentsOf = (def: GraphQLField<unknown, unknown>, node: FieldNode): Record<string, unknown> => {
    try {
      return getArgumentValues(def, node, vars);
    } catch {
      // Variables missing or invalid (execution will refuse them): literals as written, defaults for the rest.
      const args: Record<string, unknown> = {};
      for (const arg of def.args) {
        const given = node.arguments?.find((a) => a.name.value === arg.name);
        if (given && given.value.kind !== Kind.VARIABLE) args[arg.name] = valueFromAST(given.value, arg.type);
        else if (!given && arg.defaultValue !== undefined) args[arg.name] = arg.defaultValue;
      }
      return args;
    }
  };
  const isSkipped = (node: { readonly directives?: readonly DirectiveNode[] }): boolean => {
    if (!node.directives?.length || !vars) return false;
    try {
      return getDirectiveValues(GraphQLSkipDirective, node, vars)?.if === true || getDirectiveValues(GraphQLIncludeDirective, node, vars)?.if === false;
    } catch {
      return false;
    }
  };

  const fieldCost = (parent: GraphQLCompositeType, node: FieldNode, parentItems: number | undefined, isRoot: boolean): number => {
    if (node.name.value.startsWith('__') || isSkipped(node)) return 0;
    if (!isObjectType(parent) && !isInterfaceType(parent)) return 0;
    const def = parent.getFields()[node.name.value];
    if (!def) return 0;
    const key = `${parent.name}.${def.name}`;
    const args = argumentsOf(def, node);
    const named = getNamedType(def.type);
    const isList = isListType(getNullableType(def.type));

    // `own`: the database work of resolving the field once; `perItem`: each object it returns.
    let own = 0;
    if (def.name === 'totalCount') own = totalCountCost(parent.name);
    else if (HEAVY_FIELDS[key]) own = Math.max(QUERY_COST, HEAVY_FIELDS[key](args));
    else if (isRoot || OWN_QUERY_FIELDS.has(key)) own = QUERY_COST;
    if (!node.selectionSet || !isCompositeType(named)) return own;
    const perItem = VALUE_TYPES.has(named.name) ? 0 : 1;

    const sizeArg = def.args.find((a) => SIZE_ARGUMENTS.includes(a.name));
    const maxPage = MAX_PAGE[key] ?? DEFAULT_MAX_PAGE;
    const isUnknown = !vars && node.arguments?.some((a) => a.name.value === sizeArg?.name && a.value.kind === Kind.VARIABLE);
    const size = sizeArg ? Math.min(maxPage, Math.max(0, Number((isUnknown ? null : args[sizeArg.name]) ?? maxPage))) : undefined;
    // A sized list returns `size` items; a sized connection or subgraph hands `size` to its lists.
    const items = size !== undefined ? (isList ? size : 1) : isList ? (parentItems ?? UNSIZED_LIST) : 1;
    const childItems = size !== undefined && !isList ? size : undefined;
    return own + items * (perItem + selectionCost(named, node.selectionSet, childItems, new Set()));
  };

  const selectionCost = (parent: GraphQLCompositeType, set: SelectionSetNode, items: number | undefined, seen: ReadonlySet<string>, isRoot = false): number => {
    let total = 0;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) total += fieldCost(parent, s, items, isRoot);
      else if (isSkipped(s)) continue;
      else if (s.kind === Kind.INLINE_FRAGMENT) {
        const type = s.typeCondition ? schema.getType(s.typeCondition.name.value) : parent;
        if (type && isCompositeType(type)) total += selectionCost(type, s.selectionSet, items, seen, isRoot);
      } else {
        const fragment = fragments.get(s.name.value);
        const type = fragment && schema.getType(fragment.typeCondition.name.value);
        // A fragment already on the path counts 0: validation refuses cycles, this only guards the walk.
        if (fragment && type && isCompositeType(type) && !seen.has(s.name.value)) total += selectionCost(type, fragment.selectionSet, items, new Set([...seen, s.name.value]), isRoot);
      }
    }
    return total;
  };

  return selectionCost(root, operation.selectionSet, undefined, new Set(), true);
}

/** The refusal of an operation that would cost more than `max`. */
export function tooCostly(cost: number, max: number): GraphQLError {
  return new GraphQLError(`The query would cost ${cost}; the limit is ${max}. Ask for fewer items (first, limit) or fewer nested lists.`, {
    extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, cost, limit: max, http: { status: 400 } },
  });
}
