/**
 * The offline GraphQL IDE for researchers: GraphiQL bundled from npm (Apollo's hosted Sandbox
 * needs the internet), with example queries preloaded.
 */
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import 'graphiql/graphiql.css';

const EXAMPLE = `# Entente: who does what to whom, with evidence. Try Ctrl-Enter.
query Explore {
  search(text: "azerb", first: 3) { score entity { id name type degree } }
  entity(id: "Q227") {
    name aliases wikidataId degree
    relations(first: 5, filter: { classes: [MATERIAL_COOPERATION] }) {
      totalCount
      nodes { type source { name } target { name } articleCount evidence(first: 1) { nodes { sentence article { title } } } }
    }
  }
  pair(a: "Q227", b: "Q794", from: "2023") {
    relationCount evidenceCount firstDate lastDate byClass { key relations evidence }
    evidence(first: 3) { nodes { date sentence relation { type } article { title } } }
  }
  disputed: relations(first: 3, filter: { disputed: true }) {
    nodes { type source { name } target { name } claims { asserted attributed hedged denied } outletCount
      evidence(first: 5) { nodes { status attributedTo sentence } } }
  }
  stats { articles entities relations relationsByClass { key count } }
}
`;

const fetcher = createGraphiQLFetcher({ url: `${location.origin}/graphql` });
const root = document.getElementById('graphiql');
if (root) createRoot(root).render(createElement(GraphiQL, { fetcher, defaultQuery: EXAMPLE, defaultEditorToolsVisibility: true }));
