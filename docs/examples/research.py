#!/usr/bin/env python3
"""What do the articles say is between two entities, in a period? Or: the data in bulk, in pandas.

With --a and --b: pages through every relation between A and B (filter: pair, since, until) with
GraphQL cursors, then through each relation's evidence in that window, and prints each sentence
with its date and article.

With --export TABLE (entities, relations or evidence): pages through the bulk export
(GET /export/TABLE.csv, filtered like `relations`), reads each page with pandas' CSV parser,
continues after the last row's id, and prints what the whole table holds.

    pip install requests pandas
    python3 docs/examples/research.py --a Q227 --b Q801 --from 2024-01 --to 2025-12-31
    python3 docs/examples/research.py --url http://127.0.0.1:4000/graphql --a Q298 --b Q419
    python3 docs/examples/research.py --export evidence --types ALLIED_WITH,SUPPLIES --from 2024 --page-size 5000
"""
import argparse
import io
import sys

import requests

RELATIONS = """
query ($a: ID!, $b: ID!, $from: Date, $to: Date, $first: Int!, $after: String) {
  relations(filter: { pair: { a: $a, b: $b }, since: $from, until: $to }, first: $first, after: $after) {
    totalCount
    nodes { id type source { name } target { name } window { evidenceCount } }
    pageInfo { hasNextPage endCursor }
  }
}
"""

EVIDENCE = """
query ($id: ID!, $from: Date, $to: Date, $first: Int!, $after: String) {
  relation(id: $id) {
    evidence(since: $from, until: $to, first: $first, after: $after, orderBy: { field: DATE, direction: ASC }) {
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


def export_pages(base, table, params, page_size):
    """Every row of a bulk export, as one pandas DataFrame per page: each page is read by pandas'
    CSV parser, and the next one starts after the last row's id (keyset paging: rows added
    meanwhile never shift the pages)."""
    import pandas  # only the export needs it

    after = None
    while True:
        query = {**params, "limit": page_size}
        if after is not None:
            query["after"] = after
        response = requests.get(f"{base}/export/{table}.csv", params=query, timeout=600)
        if response.status_code != 200:
            for error in response.json().get("errors", []):
                print(f"error ({error.get('extensions', {}).get('code')}): {error['message']}", file=sys.stderr)
            sys.exit(1)
        page = pandas.read_csv(io.BytesIO(response.content), dtype={"id": str})
        yield page
        if len(page) < page_size:
            return
        after = page["id"].iloc[-1]


def export(args):
    """Reads a whole export in pages with pandas and prints what it holds."""
    import pandas

    base = args.url.rsplit("/graphql", 1)[0]
    params = {name: value for name, value in {"types": args.types, "since": args.date_from, "until": args.date_to}.items() if value}
    pages = list(export_pages(base, args.export, params, args.page_size))
    table = pandas.concat(pages, ignore_index=True)
    if args.export == "relations":
        print(table.groupby("class")["articleCount"].sum().sort_values(ascending=False).to_string())
    elif args.export == "evidence":
        by_month = table.assign(month=table["published"].str.slice(0, 7)).groupby(["month", "status"]).size()
        print(by_month.tail(12).to_string())
    else:
        print(table.sort_values("degree", ascending=False).head(10)[["id", "name", "type", "degree", "articles"]].to_string(index=False))
    print(f"{len(table)} {args.export} rows in {len(pages)} pages")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://127.0.0.1:4000/graphql")
    parser.add_argument("--a", help="entity id, e.g. Q227 (Azerbaijan)")
    parser.add_argument("--b", help="entity id, e.g. Q801 (Israel)")
    parser.add_argument("--export", choices=["entities", "relations", "evidence"], help="read this bulk export with pandas instead")
    parser.add_argument("--types", help="relation types, comma-separated (with --export)")
    parser.add_argument("--from", dest="date_from", help="YYYY, YYYY-MM or YYYY-MM-DD")
    parser.add_argument("--to", dest="date_to", help="YYYY, YYYY-MM or YYYY-MM-DD")
    parser.add_argument("--page-size", type=int, default=50)
    args = parser.parse_args()
    if args.export:
        export(args)
        return
    if not (args.a and args.b):
        parser.error("give --a and --b (a pair), or --export TABLE")

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
