"""Reads exported files with readers we did not write and prints what they saw as JSON.

usage: python3 read_with_python.py <gexf|graphml|csv|svg> <file>
"""
import csv
import json
import sys
import xml.etree.ElementTree as ET

import networkx as nx
from networkx.readwrite.gexf import GEXF

# NetworkX (2.8 and 3.x) knows the GEXF 1.1draft and 1.2draft namespaces only. GEXF 1.3 keeps the
# elements NetworkX reads (attributes, attvalues, spells, start/end) and changes the namespace, so we
# register that namespace and let NetworkX's own parser do the rest.
GEXF.versions["1.3"] = {
    "NS_GEXF": "http://gexf.net/1.3",
    "NS_VIZ": "http://gexf.net/1.3/viz",
    "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
    "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
    "VERSION": "1.3",
}


def graph_summary(G):
    edges = (
        G.edges(keys=True, data=True)
        if G.is_multigraph()
        else ((u, v, d.get("id"), d) for u, v, d in G.edges(data=True))
    )
    return {
        "graph": {k: v for k, v in G.graph.items() if isinstance(v, (str, int, float))},
        "nodes": {n: d for n, d in G.nodes(data=True)},
        "edges": [{"source": u, "target": v, "key": k, "data": d} for u, v, k, d in edges],
    }


def main(kind, path):
    if kind == "gexf":
        return graph_summary(nx.read_gexf(path, version="1.3"))
    if kind == "graphml":
        return graph_summary(nx.read_graphml(path, edge_key_type=str, force_multigraph=True))
    if kind == "csv":
        with open(path, newline="", encoding="utf-8") as f:
            return list(csv.reader(f, strict=True))
    if kind == "svg":
        root = ET.parse(path).getroot()
        ns = "{http://www.w3.org/2000/svg}"
        return {
            "root": root.tag,
            "width": root.get("width"),
            "height": root.get("height"),
            "texts": ["".join(t.itertext()) for t in root.iter(ns + "text")],
            "paths": [{"stroke": p.get("stroke"), "dash": p.get("stroke-dasharray")} for p in root.iter(ns + "path")],
            "circles": len(list(root.iter(ns + "circle"))),
        }
    raise SystemExit(f"unknown kind {kind}")


if __name__ == "__main__":
    json.dump(main(sys.argv[1], sys.argv[2]), sys.stdout, ensure_ascii=False, default=list)
