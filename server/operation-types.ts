/**
 * A validation rule for operations the schema has no root type for: a subscription is refused
 * before it runs, as a 400 that says why, instead of failing inside execution as an internal
 * error with a 200 (graphql-js 16 checks this only when executing; 17 has it as a rule).
 */
import { GraphQLError, type ASTVisitor, type ValidationContext } from 'graphql';

export function knownOperationTypes(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node) {
      if (node.operation !== 'subscription' || context.getSchema().getSubscriptionType()) return;
      context.reportError(
        new GraphQLError('This API does not offer subscriptions: ask again with a query to see what changed (Article.ingestedAt and Stats tell what is new).', { nodes: [node] }),
      );
    },
  };
}
