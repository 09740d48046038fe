#!/usr/bin/env python3
"""What do the articles say is between two entities, in a period?

Pages through every relation between A and B (filter: pair, from, to) with cursors, then through
each relation's evidence in that window, and prints each sentence with its date and article.

    pip install requests
    python3 docs/examples/research.py --a Q227 --b Q801 --from 2024-01 --to 2025-12-31
    python3 docs/examples/research.py --url http://127.0.0.1:4000/graphql --a Q298 --b Q419
"""
import argparse
import sys

import requests

RELATIONS = """
query ($a: ID!, $b: ID!, $from: String, $to: String, $first: Int!, $after: String) {
  relations(filter: { pair: { a: $a, b: $b }, from: $from, to: $to }, first: $first, after: $after) {
    totalCount
    nodes { id type source { name } target { name } window { evidenceCount } }
    pageInfo { hasNextPage endCursor }
  }
}
"""

EVIDENCE = """
query ($id: ID!, $from: String, $to: String, $first: Int!, $after: String) {
  relation(id: $id) {
    evidence(from: $from, to: $to, first: $first, after: $after, orderBy: { field: DATE, direction: ASC }) {
      nodes { sentence date confidence article { title source url } }
      pageInfo { hasNextPage endCursor }
    }
  }
}
"""


def graphql(url, query, variables):
    """One request; GraphQL errors (bad dates, unknown fields, limits) end the script with their message."""
    response = requests.post(url, json={"query": query, "variables": variables}, timeout=30)
    body = response.json()
    if body.get("errors"):
        for error in body["errors"]:
            print(f"error ({error.get('extensions', {}).get('code')}): {error['message']}", file=sys.stderr)
        sys.exit(1)
    return body["data"]


def pages(url, query, variables, connection_of, page_size):
    """Every node of a connection, one page at a time, following pageInfo.endCursor."""
    after = None
    while True:
        data = graphql(url, query, {**variables, "first": page_size, "after": after})
        connection = connection_of(data)
        yield from connection["nodes"]
        if not connection["pageInfo"]["hasNextPage"]:
            return
        after = connection["pageInfo"]["endCursor"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://127.0.0.1:4000/graphql")
    parser.add_argument("--a", required=True, help="entity id, e.g. Q227 (Azerbaijan)")
    parser.add_argument("--b", required=True, help="entity id, e.g. Q801 (Israel)")
    parser.add_argument("--from", dest="date_from", help="YYYY, YYYY-MM or YYYY-MM-DD")
    parser.add_argument("--to", dest="date_to", help="YYYY, YYYY-MM or YYYY-MM-DD")
    parser.add_argument("--page-size", type=int, default=50)
    args = parser.parse_args()

    window = {"from": args.date_from, "to": args.date_to}
    relations = pages(args.url, RELATIONS, {"a": args.a, "b": args.b, **window}, lambda d: d["relations"], args.page_size)
    count = 0
    for relation in relations:
        count += 1
        print(f"{relation['source']['name']} {relation['type']} {relation['target']['name']}  ({relation['id']})")
        evidence = pages(args.url, EVIDENCE, {"id": relation["id"], **window}, lambda d: d["relation"]["evidence"], args.page_size)
        for e in evidence:
            article = e["article"]
            print(f"  {e['date'] or 'undated'}  {article['source'] or ''}  \"{article['title']}\"")
            print(f"    {e['sentence']}")
    print(f"{count} relations")


if __name__ == "__main__":
    main()
