"""Reads an exported GraphML and GEXF with networkx and prints what it found, as JSON.

Usage: python3 read-with-networkx.py FILE.graphml FILE.gexf
"""
import json
import sys

import networkx as nx


def summary(graph):
    return {
        "nodes": sorted(str(n) for n in graph.nodes),
        "edges": graph.number_of_edges(),
        "node_attributes": sorted({k for _, a in graph.nodes(data=True) for k in a}),
        "edge_attributes": sorted({k for _, _, a in graph.edges(data=True) for k in a}),
        "labels": {str(n): a.get("label") for n, a in graph.nodes(data=True)},
    }


graphml = nx.read_graphml(sys.argv[1])
gexf = nx.read_gexf(sys.argv[2])
print(json.dumps({"graphml": summary(graphml), "gexf": summary(gexf)}))
