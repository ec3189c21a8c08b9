"""NetworkX graphs from the store: the whole graph and the projections analysts ask for.

Every view is built from SPARQL results (run by Oxigraph), never from rdflib's engine.

- ``full``: every triple as an edge of a MultiDiGraph, nodes and edges with readable labels.
- ``trade``: countries linked by trade flows (MultiDiGraph, one edge per flow: commodity, HS
  code, value, currency, modality, document).
- ``trade-summary``: one weighted edge per exporter→importer pair (number of flows, commodities).
- ``meetings``: people linked when they met (weight: number of meetings).
- ``country-commodity``: the bipartite graph of countries and the commodities they export/import.
"""
from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from .catalogue import named_query
from .errors import TradeKGError

VIEWS = ("full", "trade", "trade-summary", "meetings", "country-commodity")
GRAPH_FORMATS = ("graphml", "gexf", "json")


def _short(iri: str) -> str:
    for sep in ("#", "/"):
        if sep in iri:
            iri = iri.rsplit(sep, 1)[-1] or iri
    return iri


def _label_map(kg) -> dict[str, str]:
    rows = kg.rows("""SELECT ?s ?l WHERE { { ?s rdfs:label ?l } UNION { ?s skos:prefLabel ?l }
                                  UNION { ?s tkg:label ?l } }""")
    return {r["s"]: r["l"] for r in rows}


def _kind(types: set[str]) -> str:
    for t in types:
        if t.startswith("https://w3id.org/tradekg/ontology#"):
            return _short(t)
    return "Resource" if types else "Literal"


def full_graph(kg) -> nx.MultiDiGraph:
    labels = _label_map(kg)
    types: dict[str, set[str]] = {}
    for r in kg.rows("SELECT ?s ?t WHERE { ?s a ?t }"):
        types.setdefault(r["s"], set()).add(r["t"])
    g = nx.MultiDiGraph()
    for quad in kg.store.quads():
        s, p, o = quad.subject.value, quad.predicate.value, quad.object
        graph = quad.graph_name.value if hasattr(quad.graph_name, "value") else ""
        if p == "http://www.w3.org/1999/02/22-rdf-syntax-ns#type":
            continue
        for node in (s,):
            if node not in g:
                g.add_node(node, label=labels.get(node, _short(node)), kind=_kind(types.get(node, set())))
        if type(o).__name__ == "Literal":
            key = f"{s}|{p}"
            g.nodes[s][_short(p)] = o.value if _short(p) not in g.nodes[s] else g.nodes[s][_short(p)]
            del key
            continue
        if o.value not in g:
            g.add_node(o.value, label=labels.get(o.value, _short(o.value)), kind=_kind(types.get(o.value, set())))
        g.add_edge(s, o.value, key=_short(p), label=_short(p), predicate=p, graph=graph)
    return g


def trade_graph(kg, *, summary: bool = False) -> nx.MultiDiGraph | nx.DiGraph:
    rows = kg.rows(named_query("trade-flows"))
    names = {r["country"]: r["name"] for r in kg.rows(named_query("countries")) if r.get("name")}
    g: nx.MultiDiGraph | nx.DiGraph = nx.DiGraph() if summary else nx.MultiDiGraph()
    for r in rows:
        for c in (r["exporter"], r["importer"]):
            if c not in g:
                g.add_node(c, label=names.get(c, _short(c)), code=_short(c), kind="Country")
        if summary:
            if g.has_edge(r["exporter"], r["importer"]):
                data = g.edges[r["exporter"], r["importer"]]
                data["flows"] += 1
                data["commodities"] = ", ".join(sorted(set(data["commodities"].split(", ")) | {r["commodity"]}))
            else:
                g.add_edge(r["exporter"], r["importer"], flows=1, commodities=r["commodity"], label=r["commodity"])
        else:
            # an unknown value is left out, never written as a zero-valued flow
            value = {"value": float(r["value"]), "currency": r["currency"]} if r["value"] else {}
            g.add_edge(r["exporter"], r["importer"], label=r["commodity"], commodity=r["commodity"], hs=r["hs"],
                       modality=r["modality"], doc=_short(r["doc"]), **value)
    return g


def meeting_graph(kg) -> nx.Graph:
    by_meeting: dict[str, list[str]] = {}
    places: dict[str, str] = {}
    for r in kg.rows(named_query("meetings")):
        by_meeting.setdefault(r["meeting"], []).append(r["participant"])
        places[r["meeting"]] = r["place"]
    items = {r["name"]: _short(r["wikidata"]) for r in kg.rows(named_query("people")) if r.get("wikidata")}
    g = nx.Graph()
    for meeting, people in by_meeting.items():
        for p in people:
            g.add_node(p, label=p, kind="Person", **({"wikidata": items[p]} if p in items else {}))
        for i, a in enumerate(people):
            for b in people[i + 1:]:
                if g.has_edge(a, b):
                    g.edges[a, b]["weight"] += 1
                else:
                    g.add_edge(a, b, weight=1, place=places[meeting], label=places[meeting] or "met")
    return g


def country_commodity_graph(kg) -> nx.DiGraph:
    g = nx.DiGraph()
    for r in kg.rows(named_query("trade-flows")):
        commodity = f"commodity:{r['commodity']}"
        g.add_node(commodity, label=r["commodity"], kind="Commodity", hs=r["hs"], bipartite=1)
        for c in (r["exporter"], r["importer"]):
            g.add_node(c, label=_short(c), kind="Country", bipartite=0)
        g.add_edge(r["exporter"], commodity, label="exports")
        g.add_edge(commodity, r["importer"], label="imported by")
    return g


def to_networkx(kg, view: str = "full"):
    """A NetworkX graph of one view (see ``VIEWS``)."""
    if view == "full":
        return full_graph(kg)
    if view == "trade":
        return trade_graph(kg)
    if view == "trade-summary":
        return trade_graph(kg, summary=True)
    if view == "meetings":
        return meeting_graph(kg)
    if view == "country-commodity":
        return country_commodity_graph(kg)
    raise TradeKGError(f"unknown view {view!r}; use one of {', '.join(VIEWS)}")


def _plain(g):
    """GraphML and GEXF take only scalar attributes: drop empty ones, stringify the rest."""
    h = g.copy()
    for _, data in h.nodes(data=True):
        for k, v in list(data.items()):
            if v is None or v == "":
                del data[k]
            elif not isinstance(v, (str, int, float, bool)):
                data[k] = str(v)
    for edge in h.edges(data=True):
        data = edge[-1]
        for k, v in list(data.items()):
            if v is None or v == "":
                del data[k]
            elif not isinstance(v, (str, int, float, bool)):
                data[k] = str(v)
    return h


def write_graph(g, path: Path, fmt: str) -> None:
    """Write a NetworkX graph as GraphML, GEXF or node-link JSON."""
    if fmt == "graphml":
        nx.write_graphml(_plain(g), path)
    elif fmt == "gexf":
        nx.write_gexf(_plain(g), path)
    elif fmt == "json":
        path.write_text(json.dumps(nx.node_link_data(g, edges="links"), indent=1, default=str))
    else:
        raise TradeKGError(f"unknown graph format {fmt!r}; use one of {', '.join(GRAPH_FORMATS)}")
