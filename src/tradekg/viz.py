"""Pictures of the graph: one self-contained interactive HTML page, and static PNG/SVG.

The page inlines its script, style and data: it makes no request to any host, so it works offline
and can be mailed. Layouts are computed here (NetworkX spring layout) so the browser only draws.
Heavy imports (numpy through networkx's layout, matplotlib) happen inside the functions.
"""
from __future__ import annotations

import html
import json
from collections import defaultdict
from importlib import resources
from pathlib import Path

import networkx as nx

from .errors import TradeKGError

KINDS = ("Country", "Person", "Commodity", "Project", "Meeting")
COLOURS = {"Country": "#1f77b4", "Person": "#d62728", "Commodity": "#2ca02c", "Project": "#9467bd",
           "Meeting": "#ff7f0e", "Resource": "#7f7f7f"}
VIEWS = ("all", "trade", "meetings", "country-commodity")


def _short(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1]


class _Collector:
    """Nodes, edges and facts (with provenance) gathered from the store by SPARQL."""

    def __init__(self) -> None:
        self.nodes: dict[str, dict] = {}
        self.edges: list[dict] = []
        self.facts: dict[str, dict] = {}
        self._seen: dict[str, set[str]] = {}

    def node(self, nid: str, label: str, kind: str, **extra) -> str:
        if nid not in self.nodes:
            self.nodes[nid] = {"id": nid, "label": label, "kind": kind, "facts": [], "countries": set(), **extra}
        return nid

    def touch(self, nid: str, fact: str, *countries: str) -> None:
        node = self.nodes[nid]
        seen = self._seen.setdefault(nid, set())  # a set beside the list: a country touches thousands
        if fact not in seen:
            seen.add(fact)
            node["facts"].append(fact)
        node["countries"].update(c for c in countries if c)

    def edge(self, s: str, t: str, label: str, kind: str, fact: str, directed: bool = True, **extra) -> None:
        self.edges.append({"s": s, "t": t, "label": label, "kind": kind, "fact": fact, "directed": directed, **extra})


def collect(kg) -> _Collector:
    """Everything the pictures show, from the store."""
    c = _Collector()
    evidence = {r["fact"]: r for r in kg.rows("""
        SELECT ?fact ?doc ?sentence ?start ?end ?date ?title WHERE {
          GRAPH ?doc { ?fact tkg:inDocument ?doc .
            OPTIONAL { ?fact tkg:sentence ?sentence } OPTIONAL { ?fact tkg:startOffset ?start ; tkg:endOffset ?end } }
          OPTIONAL { ?doc dcterms:date ?date } OPTIONAL { ?doc dcterms:title ?title } }""")}
    names = {r["c"]: r["l"] for r in kg.rows("SELECT ?c ?l WHERE { ?c a tkg:Country ; rdfs:label ?l }")}

    def fact(fid: str, kind: str, summary: str) -> str:
        e = evidence.get(fid, {})
        c.facts[fid] = {"kind": kind, "summary": summary, "doc": _short(e.get("doc", "")), "title": e.get("title", ""),
                        "sentence": e.get("sentence", ""), "start": e.get("start", ""), "end": e.get("end", ""),
                        "date": e.get("date", "")}
        return fid

    def country(iri: str) -> str:
        return c.node(iri, names.get(iri, _short(iri)), "Country", code=_short(iri))

    for r in kg.rows("""SELECT ?fact ?exp ?imp ?commodity ?hs ?value ?currency ?modality WHERE {
            GRAPH ?doc { ?fact a tkg:TradeFlow ; tkg:exporter ?exp ; tkg:importer ?imp ; tkg:label ?commodity ;
                         tkg:commodity ?c . FILTER NOT EXISTS { ?fact tkg:modality tkg:Denied } }
            OPTIONAL { ?c tkg:hsCode/skos:notation ?hs }
            OPTIONAL { ?fact tkg:amount ?a . ?a tkg:value ?value . OPTIONAL { ?a tkg:currency/skos:notation ?currency } }
            OPTIONAL { ?fact tkg:modality/rdfs:label ?modality } }"""):
        exp, imp = country(r["exp"]), country(r["imp"])
        summary = f"{names.get(exp, _short(exp))} → {names.get(imp, _short(imp))}: {r['commodity']}" \
                  + (f" (HS {r['hs']})" if r["hs"] else "") + (f", {r['modality']}" if r["modality"] else "")
        fid = fact(r["fact"], "flow", summary)
        com = c.node("commodity:" + r["commodity"].lower(), r["commodity"], "Commodity", hs=r["hs"])
        for n in (exp, imp, com):
            c.touch(n, fid, _short(exp), _short(imp))
        value = float(r["value"]) if r["value"] else 0.0
        c.facts[fid].update(exp=_short(exp), imp=_short(imp), label=r["commodity"], value=value,
                            modality=r["modality"] or "realised")
        c.edge(exp, imp, r["commodity"], "flow", fid, value=value)
        c.edge(exp, com, "exports", "flow-goods", fid)
        c.edge(com, imp, "to", "flow-goods", fid)

    for r in kg.rows("""SELECT ?fact ?c1 ?c2 ?value ?currency ?period WHERE {
            GRAPH ?doc { ?fact a tkg:TradeVolume ; tkg:measure tkg:Turnover ; tkg:country ?c1, ?c2 .
                         FILTER (STR(?c1) < STR(?c2)) }
            ?fact tkg:amount ?a . ?a tkg:value ?value . OPTIONAL { ?a tkg:currency/skos:notation ?currency }
            OPTIONAL { ?fact tkg:period ?period } }"""):
        a, b = country(r["c1"]), country(r["c2"])
        value = float(r["value"])
        summary = f"trade {names.get(a, _short(a))}–{names.get(b, _short(b))}: {value:,.0f} {r['currency']}" \
                  + (f" ({r['period']})" if r["period"] else "")
        fid = fact(r["fact"], "volume", summary)
        c.facts[fid].update(a=_short(a), b=_short(b), value=value, currency=r["currency"])
        c.touch(a, fid, _short(a), _short(b))
        c.touch(b, fid, _short(a), _short(b))
        c.edge(a, b, f"{value / 1e6:,.0f}M {r['currency']}", "volume", fid, directed=False, value=value)

    meetings: dict[str, list] = defaultdict(list)
    # each pattern in its own graph: over the union, a person's label and offices met every document
    # that names them (over 10 minutes and 8 GB at 10,000 articles)
    for r in kg.rows("""SELECT ?fact ?person ?name ?place ?where ?date ?country WHERE {
            GRAPH ?doc { ?fact a tkg:Meeting ; tkg:participant ?person . }
            GRAPH <https://w3id.org/tradekg/graph/reference> { ?person rdfs:label ?name }
            OPTIONAL { GRAPH ?doc { ?fact tkg:place ?where }
                       GRAPH <https://w3id.org/tradekg/graph/reference> { ?where rdfs:label ?place } }
            OPTIONAL { GRAPH ?doc { ?fact tkg:date ?date } }
            OPTIONAL { GRAPH ?doc { ?person tkg:holdsOffice ?o }
                       GRAPH <https://w3id.org/tradekg/graph/reference> { ?o tkg:officeOf ?country } } }"""):
        meetings[r["fact"]].append(r)
    for fid, rows in meetings.items():
        people = sorted({r["name"] for r in rows})
        first = rows[0]
        summary = "meeting of " + ", ".join(people) + (f" in {first['place']}" if first["place"] else "") \
                  + (f" on {first['date']}" if first["date"] else "")
        fact(fid, "meeting", summary)
        if first["date"]:
            c.facts[fid]["date"] = first["date"]
        if first["place"]:
            from .geo import city_point
            code = first["where"].rstrip("/").split("/")[-2] if first["where"].count("/") > 5 else ""
            point = city_point(first["place"], code)
            if point:
                c.facts[fid].update(place=first["place"], at=[round(point[0], 3), round(point[1], 3)], people=people)
        m = c.node(fid, first["place"] or "meeting", "Meeting")
        codes = {_short(r["country"]) for r in rows if r["country"]}
        c.touch(m, fid, *codes)
        for r in rows:
            p = c.node(r["person"], r["name"], "Person")
            c.touch(p, fid, *codes)
            c.edge(m, p, "participant", "meeting", fid, directed=False)
        for i, a in enumerate(sorted({r["person"] for r in rows})):
            for b in sorted({r["person"] for r in rows})[i + 1:]:
                c.edge(a, b, first["place"] or "met", "met", fid, directed=False)

    for r in kg.rows("""SELECT DISTINCT ?person ?name ?role ?country ?doc WHERE {
            GRAPH ?doc { ?person tkg:holdsOffice ?o }
            GRAPH <https://w3id.org/tradekg/graph/reference> { ?person rdfs:label ?name .
                                                               ?o tkg:role ?role ; tkg:officeOf ?country } }"""):
        p = c.node(r["person"], r["name"], "Person")
        k = country(r["country"])
        fid = fact(f"{r['doc']}#office-{_short(r['person'])}", "office",
                   f"{r['name']}, {r['role']} of {names.get(k, _short(k))}")
        c.facts[fid]["doc"] = _short(r["doc"])
        c.touch(p, fid, _short(k))
        c.touch(k, fid, _short(k))
        c.edge(p, k, r["role"], "office", fid)

    for r in kg.rows("""SELECT ?fact ?label ?partner WHERE {
            GRAPH ?doc { ?fact a tkg:JointProject ; tkg:label ?label ; tkg:partner ?partner } }"""):
        fid = fact(r["fact"], "project", f"joint project: {r['label']}")
        pr = c.node(r["fact"], r["label"], "Project")
        k = country(r["partner"])
        c.touch(pr, fid, _short(k))
        c.touch(k, fid, _short(k))
        c.edge(pr, k, "partner", "project", fid, directed=False)
    codes: dict[str, set[str]] = defaultdict(set)  # a fact's countries: those of the nodes it touches
    for node in c.nodes.values():
        for fid in node["facts"]:
            codes[fid] |= node["countries"]
    for fid, info in c.facts.items():
        info["countries"] = sorted(codes[fid])
    return c


def view_graph(c: _Collector, view: str, *, country: str = "") -> nx.MultiDiGraph:
    """One view as a NetworkX graph: ``all``, ``trade``, ``meetings``, ``country-commodity``; with
    ``country`` (an alpha-3 code) only that country's ego network."""
    if view not in VIEWS:
        raise TradeKGError(f"unknown view {view!r}; use one of {', '.join(VIEWS)}")
    wanted = {"all": {"flow-goods", "volume", "meeting", "office", "project"}, "trade": {"flow", "volume"},
              "meetings": {"met"}, "country-commodity": {"flow-goods"}}[view]
    g = nx.MultiDiGraph()
    for e in c.edges:
        if e["kind"] not in wanted:
            continue
        for n in (e["s"], e["t"]):
            if n not in g:
                data = c.nodes[n]
                g.add_node(n, label=data["label"], kind=data["kind"], facts=len(data["facts"]))
        g.add_edge(e["s"], e["t"], label=e["label"], kind=e["kind"], fact=e["fact"], value=e.get("value", 0.0),
                   directed=e["directed"])
    if country:
        centre = next((n for n, d in c.nodes.items() if d["kind"] == "Country" and d.get("code") == country.upper()), None)
        if centre is None or centre not in g:
            raise TradeKGError(f"no country {country!r} in this view of the graph")
        keep = {centre} | set(g.successors(centre)) | set(g.predecessors(centre))
        g = g.subgraph(keep).copy()
    return g


def _layout(g: nx.Graph) -> dict[str, tuple[float, float]]:
    if g.number_of_nodes() == 0:
        return {}
    simple = nx.Graph()
    simple.add_nodes_from(sorted(g.nodes))  # a stable order, so the same graph gets the same picture
    simple.add_edges_from(sorted((min(u, v), max(u, v)) for u, v in g.edges()))
    if len(simple) > LAYOUT_CORE:
        return _large_layout(simple)
    pos = nx.spring_layout(simple, seed=7, iterations=60, k=2.4 / max(1, len(simple)) ** 0.5)
    return {n: (round(float(x), 4), round(float(y), 4)) for n, (x, y) in pos.items()}


LAYOUT_CORE = 1000  # nodes laid out by force; the rest sit around their best-linked placed neighbour


def _large_layout(simple: nx.Graph) -> dict[str, tuple[float, float]]:
    """A layout that stays fast at tens of thousands of nodes: a force layout of the most linked
    nodes, then every other node, in breadth-first order, on a small golden-angle spiral around its
    most linked neighbour already placed (a meeting next to its participants, a person next to their
    country). A force layout of the whole graph took over 10 minutes and 5 GB at 10,000 articles."""
    import math
    degree = dict(simple.degree())
    core = sorted(simple, key=lambda n: (-degree[n], str(n)))[:LAYOUT_CORE]
    pos = nx.spring_layout(simple.subgraph(core), seed=7, iterations=60, k=2.4 / len(core) ** 0.5)
    placed = {n: (float(x), float(y)) for n, (x, y) in pos.items()}
    children: dict[str, int] = {}
    frontier = sorted(core, key=lambda n: (-degree[n], str(n)))
    golden = math.pi * (3 - math.sqrt(5))
    while frontier:
        following = []
        for parent in frontier:
            for n in sorted(simple.neighbors(parent), key=lambda m: (-degree[m], str(m))):
                if n in placed:
                    continue
                k = children.get(parent, 0)
                children[parent] = k + 1
                r = 0.012 * math.sqrt(k + 1)
                px, py = placed[parent]
                placed[n] = (px + r * math.cos(k * golden), py + r * math.sin(k * golden))
                following.append(n)
        frontier = following
    rest = [n for n in simple if n not in placed]  # components apart from the core: a ring outside
    for i, n in enumerate(sorted(rest, key=str)):
        angle = 2 * math.pi * i / max(1, len(rest))
        placed[n] = (1.15 * math.cos(angle), 1.15 * math.sin(angle))
    return {n: (round(x, 4), round(y, 4)) for n, (x, y) in placed.items()}


def page_data(c: _Collector) -> dict:
    # nodes are numbered in the page: IRIs written once, not in every edge and position (8.7 -> ~1 MB)
    number = {nid: i for i, nid in enumerate(c.nodes)}
    views = {}
    for view in VIEWS:
        g = view_graph(c, view)
        views[view] = {"positions": {number[n]: p for n, p in _layout(g).items()},
                       "edges": [[number[u], number[v], d["label"], d["kind"], d["fact"], d["value"], d["directed"]]
                                 for u, v, d in g.edges(data=True)]}
    nodes = [{"id": number[n["id"]], "iri": n["id"], "label": n["label"], "kind": n["kind"], "facts": n["facts"],
              "countries": sorted(n["countries"]), **({"code": n["code"]} if n.get("code") else {})}
             for n in c.nodes.values()]
    countries = sorted({n["code"]: n["label"] for n in c.nodes.values() if n["kind"] == "Country"}.items(),
                       key=lambda kv: kv[1])
    return {"nodes": nodes, "facts": c.facts, "views": views, "colours": COLOURS, "countries": countries,
            "map": map_data(c)}


MODALITY_COLOURS = {"realised": "#1b7837", "planned": "#2166ac", "offered": "#e08214", "wanted": "#762a83",
                    "refused": "#b2182b"}


def map_data(c: _Collector) -> dict:
    """What the map view draws: every country outline (Natural Earth), the label point of each
    country in the graph, and the former states' successors; the facts carry their own ends."""
    from .geo import FORMER_NOTE, FORMER_STATES, country_point, outlines
    codes = {n["code"] for n in c.nodes.values() if n["kind"] == "Country"}
    points = {code: country_point(code) for code in codes}
    return {"shapes": {code: {"name": o["name"], "rings": o["rings"]} for code, o in outlines().items()},
            "points": {code: list(p) for code, p in points.items() if p},
            "former": {code: list(successors) for code, successors in FORMER_STATES.items() if code in codes},
            "note": FORMER_NOTE, "modalities": MODALITY_COLOURS}


def write_html(kg, path: Path, *, title: str = "tradekg: trade network", country: str = "") -> dict:
    """Write the interactive page; returns counts for a message. With ``country`` (alpha-3) the page
    opens on that country and its partners (the whole graph is still in it)."""
    data = page_data(collect(kg))
    if country:
        if country not in dict(data["countries"]):
            raise TradeKGError(f"no country {country!r} in the graph")
        data["start"] = {"country": country}
    return _write_page(data, path, title + (f" ({country})" if country else ""))


def query_title(sparql: str, path: Path | None = None) -> str:
    """A picture's title from its query: the first line of the opening comment, else the file name."""
    for line in sparql.splitlines():
        if line.startswith("#") and line.lstrip("# ").strip():
            return line.lstrip("# ").strip()[:90]
        if line.strip() and not line.startswith("#"):
            break
    return path.stem if path is not None else "query result"


def write_query_html(g: nx.MultiDiGraph, path: Path, *, title: str = "tradekg: query result") -> dict:
    """The interactive page for the graph a query drew (every view shows it)."""
    pos = _layout(g)
    edges = [[u, v, d.get("label", ""), "flow", "", 0.0, True] for u, v, d in g.edges(data=True)]
    nodes = [{"id": n, "label": d.get("label", n), "kind": d.get("kind", "Resource"), "facts": [], "countries": []}
             for n, d in g.nodes(data=True)]
    view = {"positions": pos, "edges": edges}
    data = {"nodes": nodes, "facts": {}, "views": {v: view for v in VIEWS}, "colours": COLOURS, "countries": []}
    return _write_page(data, path, title)


def _write_page(data: dict, path: Path, title: str) -> dict:
    template = (resources.files("tradekg") / "data" / "viz" / "page.html").read_text(encoding="utf-8")
    script = (resources.files("tradekg") / "data" / "viz" / "page.js").read_text(encoding="utf-8")
    payload = json.dumps(data, separators=(",", ":"), default=sorted).replace("</", "<\\/")
    page = (template.replace("{{TITLE}}", html.escape(title))
            .replace("{{DATA}}", payload)
            .replace("{{SCRIPT}}", script))
    path.write_text(page, encoding="utf-8")
    return {"nodes": len(data["nodes"]), "facts": len(data["facts"])}


def _edge_summaries(g: nx.MultiDiGraph) -> dict[tuple, dict]:
    """One drawn edge per node pair and direction: how many facts, the value known, the labels most
    often given (the top commodities of a trade edge)."""
    pairs: dict[tuple, dict] = {}
    for u, v, d in g.edges(data=True):
        directed = d.get("directed", True)
        key = (u, v, True) if directed else (min(u, v), max(u, v), False)
        item = pairs.setdefault(key, {"count": 0, "value": 0.0, "labels": defaultdict(int), "kind": d.get("kind", "")})
        item["count"] += 1
        item["value"] += d.get("value", 0.0) or 0.0
        if d.get("label"):
            item["labels"][d["label"]] += 1
    return pairs


def _edge_text(item: dict) -> str:
    if item["kind"] == "volume":
        return f"trade {item['value'] / 1e6:,.0f}M" if item["value"] else "trade"
    top = sorted(item["labels"].items(), key=lambda kv: (-kv[1], kv[0]))
    text = ", ".join(label[:24] for label, _ in top[:3]) + (f" +{len(top) - 3}" if len(top) > 3 else "")
    if item["kind"] == "flow" and item["value"]:
        text += f" ({item['value'] / 1e6:,.0f}M)"
    return text


def draw(kg, path: Path, *, view: str = "trade", country: str = "", fmt: str | None = None,
         graph: nx.MultiDiGraph | None = None, title: str = "") -> None:
    """A static picture (PNG or SVG) of one view: one arrow per pair and direction, as wide as its
    facts (or value), labelled with what flows; node labels by importance, kept apart; the legend
    outside the drawing."""
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
        from matplotlib.lines import Line2D
    except ImportError:
        raise TradeKGError("static pictures need matplotlib: pip install 'tradekg[viz]'") from None
    fmt = (fmt or path.suffix.lstrip(".") or "png").lower()
    if fmt not in ("png", "svg"):
        raise TradeKGError(f"unknown picture format {fmt!r}; use png or svg")
    plt.rcParams["svg.fonttype"] = "none"  # keep labels as text in SVG
    if view == "map" and graph is None:
        return _draw_map(collect(kg), path, fmt=fmt, country=country, title=title)
    g = graph if graph is not None else view_graph(collect(kg), view, country=country)
    pos = _layout(g)
    fig, ax = plt.subplots(figsize=(13, 9), dpi=110)
    ax.set_axis_off()
    if g.number_of_nodes():
        xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
        xspan, yspan = max(max(xs) - min(xs), 0.2), max(max(ys) - min(ys), 0.2)
        ax.set_xlim(min(xs) - 0.08 * xspan, max(xs) + 0.08 * xspan)
        ax.set_ylim(min(ys) - 0.06 * yspan, max(ys) + 0.06 * yspan)
        # data units per point of text, to keep labels apart in the picture's own space
        width_pt, height_pt = fig.get_size_inches() * 72 * 0.8
        ux, uy = 1.16 * xspan / width_pt, 1.12 * yspan / height_pt
        boxes: list[tuple[float, float, float, float]] = []

        def place(x: float, y: float, text: str, size: float, spots: list[tuple[float, float]], force: bool) -> tuple | None:
            w, h = len(text) * size * 0.55 * ux, size * 1.2 * uy
            for dx, dy in spots:
                cx, cy = x + dx * ux, y + dy * uy
                box = (cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)
                if force or not any(box[0] < o[2] and o[0] < box[2] and box[1] < o[3] and o[1] < box[3] for o in boxes):
                    boxes.append(box)
                    return cx, cy
            return None

        pairs = _edge_summaries(g)
        top = max((p["value"] for p in pairs.values()), default=0.0)
        most = max((p["count"] for p in pairs.values()), default=1)
        for (u, v, directed), item in pairs.items():
            weight = item["value"] / top if top and item["value"] else item["count"] / most
            ax.annotate("", xy=pos[v], xytext=pos[u],
                        arrowprops={"arrowstyle": "-|>" if directed else "-", "color": "#8c8c8c",
                                    "lw": 0.8 + 4.0 * weight, "shrinkA": 7, "shrinkB": 7, "alpha": 0.6,
                                    "connectionstyle": "arc3,rad=0.12"})
        sizes = {n: 40 + 45 * min(g.nodes[n].get("facts", 1), 40) ** 0.5 for n in g.nodes}
        for kind, colour in COLOURS.items():
            nodes = [n for n, d in g.nodes(data=True) if d.get("kind", "Resource") == kind]
            if nodes:
                ax.scatter([pos[n][0] for n in nodes], [pos[n][1] for n in nodes], s=[sizes[n] for n in nodes],
                           c=colour, zorder=3, edgecolors="white", linewidths=0.8)
        for n in g.nodes:  # the nodes themselves are not to be written over
            r = sizes[n] ** 0.5 / 2
            boxes.append((pos[n][0] - r * ux, pos[n][1] - r * uy, pos[n][0] + r * ux, pos[n][1] + r * uy))
        degree = dict(g.degree())
        # node labels by importance (countries, then facts and links), each where it overlaps nothing
        by_size = sorted(g.nodes, key=lambda n: (g.nodes[n].get("kind") != "Country",
                                                 -(g.nodes[n].get("facts", 1) + degree.get(n, 0)), str(n)))
        for n in by_size:
            text = str(g.nodes[n].get("label", n))[:32]
            r = sizes[n] ** 0.5 / 2
            at = place(*pos[n], text, 8, [(0, r + 6), (0, -r - 6), (r + 3 + len(text) * 2.2, 0),
                                          (-r - 3 - len(text) * 2.2, 0)], force=False)
            if at:
                ax.text(*at, text, fontsize=8, ha="center", va="center", zorder=5)
        # what flows, on the heaviest edges, where there is room
        ranked = sorted(pairs.items(), key=lambda kv: (-(kv[1]["value"] / top if top else 0) - kv[1]["count"] / most,
                                                     str(kv[0])))
        for (u, v, _directed), item in ranked[:60]:
            if u == v:
                continue
            (x1, y1), (x2, y2) = pos[u], pos[v]
            # the arc bends right of u->v: the text sits on the bend, so the two directions part
            mx, my = (x1 + x2) / 2 + 0.06 * (y2 - y1), (y1 + y2) / 2 - 0.06 * (x2 - x1)
            text = _edge_text(item)
            at = place(mx, my, text, 6.5, [(0, 0), (0, 7), (0, -7)], force=False) if text else None
            if at:
                ax.text(*at, text, fontsize=6.5, color="#555555", ha="center", va="center", zorder=4)
    handles = [Line2D([0], [0], marker="o", linestyle="", markerfacecolor=col, markeredgecolor="white",
                      markersize=9, label=kind) for kind, col in COLOURS.items()
               if any(d.get("kind") == kind for _, d in g.nodes(data=True))]
    if handles:
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, title="kind")
    heading = title or f"tradekg — {view}" + (f" ({country})" if country else "")
    ax.set_title(heading, fontsize=11)
    if not g.number_of_nodes():
        ax.text(0.5, 0.5, "nothing to draw", ha="center", va="center", transform=ax.transAxes, color="#777777")
    fig.tight_layout()
    fig.savefig(path, format=fmt)
    plt.close(fig)


def map_arcs(c: _Collector, country: str = "") -> list[dict]:
    """Flows aggregated per exporter, importer: how many, the value known, the top commodities and
    the commonest modality (the map draws one arc for each)."""
    arcs: dict[tuple[str, str], dict] = {}
    for fid, f in c.facts.items():
        if f["kind"] != "flow" or f["exp"] == f["imp"] or (country and country not in (f["exp"], f["imp"])):
            continue
        arc = arcs.setdefault((f["exp"], f["imp"]), {"from": f["exp"], "to": f["imp"], "facts": [], "value": 0.0,
                                                       "labels": defaultdict(int), "modalities": defaultdict(int)})
        arc["facts"].append(fid)
        arc["value"] += f["value"] or 0.0
        arc["labels"][f["label"]] += 1
        arc["modalities"][f["modality"]] += 1
    out = []
    for arc in arcs.values():
        arc["top"] = [k for k, _ in sorted(arc["labels"].items(), key=lambda kv: (-kv[1], kv[0]))]
        arc["modality"] = max(sorted(arc["modalities"]), key=lambda m: arc["modalities"][m])
        out.append(arc)
    return sorted(out, key=lambda a: (-len(a["facts"]), -a["value"], a["from"], a["to"]))


def _draw_map(c: _Collector, path: Path, *, fmt: str, country: str = "", title: str = "") -> None:
    """The static map: country outlines shaded by facts, arcs from exporter to importer (width by
    flows, colour by modality, top commodities on the heaviest), total-trade figures as dashed
    lines, meetings as markers."""
    import matplotlib.pyplot as plt
    from matplotlib.collections import PolyCollection
    from matplotlib.lines import Line2D
    from matplotlib.patches import FancyArrowPatch
    from .geo import FORMER_STATES, country_point, drawn_as, outlines
    shapes = outlines()
    arcs = map_arcs(c, country)
    counts: dict[str, int] = defaultdict(int)
    for f in c.facts.values():
        if country and country not in f.get("countries", []):
            continue
        for code in f.get("countries", []):
            for drawn in drawn_as(code):
                counts[drawn] += 1
    fig, ax = plt.subplots(figsize=(16, 8.4), dpi=110)
    ax.set_axis_off()
    top = max(counts.values(), default=1)
    polygons, colours = [], []
    import math
    for code, shape in shapes.items():
        n = counts.get(code, 0)
        shade = 0.25 + 0.75 * math.log1p(n) / math.log1p(top) if n else 0.0
        for ring in shape["rings"]:
            polygons.append(ring)
            colours.append((0.12, 0.47, 0.71, shade) if n else (0.97, 0.97, 0.95, 1.0))
    ax.add_collection(PolyCollection(polygons, facecolors=colours, edgecolors="#b9b9b9", linewidths=0.3, zorder=1))
    most = max((len(a["facts"]) for a in arcs), default=1)
    for arc in arcs:
        a, b = country_point(arc["from"]), country_point(arc["to"])
        if not a or not b:
            continue
        colour = MODALITY_COLOURS.get(arc["modality"], "#555555")
        width = 0.8 + 4.5 * (len(arc["facts"]) / most) ** 0.5
        ax.add_patch(FancyArrowPatch(a, b, connectionstyle="arc3,rad=-0.2", arrowstyle="-|>", mutation_scale=8 + width,
                                     lw=width, color=colour, alpha=0.75, zorder=3))
    for f in c.facts.values():
        if f["kind"] == "volume" and (not country or country in (f["a"], f["b"])):
            a, b = country_point(f["a"]), country_point(f["b"])
            if a and b:
                ax.plot([a[0], b[0]], [a[1], b[1]], ls="--", lw=1, color="#555555", alpha=0.6, zorder=2)
        if f["kind"] == "meeting" and f.get("at") and (not country or country in f.get("countries", [])):
            ax.scatter([f["at"][0]], [f["at"][1]], s=28, c="#ff7f0e", edgecolors="white", linewidths=0.8, zorder=6)
    boxes: list[tuple[float, float, float, float]] = []

    def place(x: float, y: float, text: str, size: float, offsets: tuple[float, ...]) -> tuple[float, float] | None:
        """Where a label fits without covering one placed before (degrees: ~1.4 per character at 7.5 pt)."""
        half, high = len(text) * size * 0.095, size * 0.28
        for dy in offsets:
            box = (x - half, y + dy - high, x + half, y + dy + high)
            if not any(box[0] < o[2] and o[0] < box[2] and box[1] < o[3] and o[1] < box[3] for o in boxes):
                boxes.append(box)
                return x, y + dy
        return None

    in_arcs = {code for arc in arcs for code in (arc["from"], arc["to"])}
    for code in sorted(in_arcs, key=lambda k: (-counts.get(drawn_as(k)[0], 0), k)):  # country names first
        point = country_point(code)
        name = c.nodes.get(f"https://w3id.org/tradekg/id/country/{code}", {}).get("label") or \
            shapes.get(code, {}).get("name", code)
        at = place(point[0], point[1], name, 7.5, (1.8, -2.2, 4.5, -5.0)) if point else None
        if at:
            ax.text(*at, name, fontsize=7.5, ha="center", va="center", zorder=7,
                    bbox={"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.6})
    for arc in arcs[:25]:  # then the goods on the heaviest arcs, where there is room
        a, b = country_point(arc["from"]), country_point(arc["to"])
        if not a or not b:
            continue
        colour = MODALITY_COLOURS.get(arc["modality"], "#555555")
        # the bend's middle: the arc bends right of its direction
        mx, my = (a[0] + b[0]) / 2 + 0.1 * (b[1] - a[1]), (a[1] + b[1]) / 2 - 0.1 * (b[0] - a[0])
        text = ", ".join(arc["top"][:3]) + (f" +{len(arc['top']) - 3}" if len(arc["top"]) > 3 else "")
        at = place(mx, my, text, 6.5, (0.0, 2.0, -2.0))
        if at:
            ax.text(*at, text, fontsize=6.5, color=colour, ha="center", va="center", zorder=5,
                    bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.75})
    handles = [Line2D([0], [0], color=col, lw=3, label=m) for m, col in MODALITY_COLOURS.items()] + \
        [Line2D([0], [0], color="#555555", lw=1, ls="--", label="total trade figure"),
         Line2D([0], [0], marker="o", ls="", markerfacecolor="#ff7f0e", markeredgecolor="white", markersize=7,
                label="meeting")]
    ax.legend(handles=handles, loc="lower left", frameon=True, fontsize=8, title="trade flows")
    if any(code in FORMER_STATES for code in in_arcs | set(counts)):
        ax.text(0.99, 0.01, "Former states (USSR, Yugoslavia, Czechoslovakia, East Germany) are drawn where their "
                "successors are.", transform=ax.transAxes, fontsize=7, color="#555555", ha="right")
    ax.set_xlim(-170, 192)
    ax.set_ylim(-58, 84)
    ax.set_aspect("equal")
    ax.set_title(title or "tradekg — trade on a world map" + (f" ({country})" if country else ""), fontsize=12)
    fig.tight_layout()
    fig.savefig(path, format=fmt)
    plt.close(fig)


def query_graph(kg, sparql: str) -> nx.MultiDiGraph:
    """A graph from a CONSTRUCT (its triples) or SELECT (IRIs of a row linked in column order)."""
    import pyoxigraph as ox
    results = kg.query(sparql)
    g = nx.MultiDiGraph()
    labels = {r["s"]: r["l"] for r in kg.rows("SELECT ?s ?l WHERE { { ?s rdfs:label ?l } UNION { ?s skos:prefLabel ?l } }")}
    kinds = {r["s"]: _short(r["t"]).split("#")[-1] for r in kg.rows("SELECT ?s ?t WHERE { ?s a ?t }")}

    def add(term) -> str:
        key = term.value
        if key not in g:
            kind = kinds.get(key, "Resource")
            kind = "Person" if kind == "Official" else kind
            g.add_node(key, label=labels.get(key, _short(key) if isinstance(term, ox.NamedNode) else key),
                       kind=kind if kind in COLOURS else "Resource", facts=1)
        else:
            g.nodes[key]["facts"] += 1
        return key

    if isinstance(results, (ox.QueryTriples, list)):
        for t in results:
            g.add_edge(add(t.subject), add(t.object), label=_short(t.predicate.value).split("#")[-1], directed=True)
    elif isinstance(results, ox.QuerySolutions):
        names = [v.value for v in results.variables]
        for row in results:
            terms = [(n, row[n]) for n in names if row[n] is not None and isinstance(row[n], ox.NamedNode)]
            for (_, a), (name, b) in zip(terms, terms[1:]):
                g.add_edge(add(a), add(b), label=name, directed=True)
    else:
        raise TradeKGError("draw a SELECT or CONSTRUCT query, not ASK")
    return g
