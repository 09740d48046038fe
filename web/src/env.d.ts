declare module 'cytoscape-fcose' {
  import type { Ext } from 'cytoscape';
  const fcose: Ext;
  export default fcose;
}
declare module '*.css';
declare module '*.json?url' {
  const url: string;
  export default url;
}
// graphology-gexf's writer alone: its browser entry also loads a parser that needs DOMParser at import time.
declare module 'graphology-gexf/common/writer.js' {
  import type { AbstractGraph } from 'graphology-types';
  const write: (graph: AbstractGraph, options?: { pretty?: boolean; version?: '1.2' | '1.3' }) => string;
  export default write;
}
