import type { CodegenConfig } from '@graphql-codegen/cli';

// Resolver types generated from schema.graphql (the source of truth), mapped onto the records
// server/db/ returns. `npm run codegen` rewrites them; CI fails when they are stale.
const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    'server/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        contextType: '../context.ts#Context',
        enumsAsTypes: true,
        scalars: { Date: 'string' },
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        maybeValue: 'T | null',
        inputMaybeValue: 'T | null | undefined',
        mappers: {
          Entity: '../db/entities.ts#EntityRecord',
          Relation: '../db/relations.ts#RelationRecord',
          GraphEdge: '../db/relations.ts#RelationRecord',
          GraphNode: '../db/graph.ts#NodeRecord',
          Evidence: '../db/evidence.ts#EvidenceRecord',
          Article: '../db/articles.ts#ArticleRecord',
          ArticleSummary: '../db/articles.ts#ArticleSummaryRecord',
          Mention: '../db/articles.ts#MentionRecord',
          MergeCandidate: '../db/entities.ts#MergeCandidateRecord',
          Merge: '../db/merges.ts#MergeRecord',
          Pair: '../db/pairs.ts#PairRecord',
          RelationWindow: '../db/relations.ts#RelationWindowRecord',
          PairStatePeriod: '../db/states.ts#StatePeriodRecord',
          StateTransition: '../db/states.ts#TransitionRecord',
          LifecycleEvent: '../db/instruments.ts#EventRecord',
          Instrument: '../db/instruments.ts#InstrumentRecord',
          Stats: '../db/stats.ts#StatsRecord',
          RelationConnection: '../resolvers/connection.ts#RelationConnectionRecord',
          EntityRelationConnection: '../resolvers/connection.ts#EntityRelationConnectionRecord',
          EntityRelationEdge: '../resolvers/connection.ts#SeenRelationEdge',
          EvidenceConnection: '../resolvers/connection.ts#EvidenceConnectionRecord',
          ArticleConnection: '../resolvers/connection.ts#ArticleConnectionRecord',
          EntityConnection: '../resolvers/connection.ts#EntityConnectionRecord',
          MentionConnection: '../resolvers/connection.ts#MentionConnectionRecord',
          SavedView: '../db/views.ts#ViewRecord',
          EntityRank: '../db/research.ts#EntityRankRecord',
          SavedViewConnection: '../resolvers/connection.ts#SavedViewConnectionRecord',
        },
      },
    },
  },
};
export default config;
