"""SPARQL results as tables, CSV, TSV, W3C JSON, or Python rows."""
from __future__ import annotations

import pyoxigraph as ox

from .errors import QueryError

RESULT_FORMATS = ("table", "csv", "tsv", "json", "xml")

# Prefixes every query may use without declaring them (and that tables use to shorten IRIs).
PREFIXES = {
    "tkg": "https://w3id.org/tradekg/ontology#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "prov": "http://www.w3.org/ns/prov#",
    "schema": "https://schema.org/",
    "sem": "http://semanticweb.cs.vu.nl/2009/11/sem/",
    "org": "http://www.w3.org/ns/org#",
    "wd": "http://www.wikidata.org/entity/",
}


def term_value(term) -> str:
    """The plain value of an RDF term (IRI, literal or blank node), or "" for unbound."""
    if term is None:
        return ""
    return term.value


def to_rows(results) -> list[dict[str, str]]:
    """SELECT results as a list of dicts of plain strings."""
    variables = [v.value for v in results.variables]
    return [{name: term_value(solution[name]) for name in variables} for solution in results]


def render(results, fmt: str = "table", columns: list[str] | None = None) -> str:
    """Render pyoxigraph query results in a format named in ``RESULT_FORMATS``; ``columns`` keeps
    only those columns of a SELECT, in that order.

    CONSTRUCT and DESCRIBE results come out as Turtle whatever the format; ASK as true/false.
    """
    if isinstance(results, ox.QueryBoolean):
        return "true" if bool(results) else "false"
    if isinstance(results, (ox.QueryTriples, list)):
        return ox.serialize(results, format=ox.RdfFormat.TURTLE).decode()
    if fmt not in RESULT_FORMATS:
        raise QueryError(f"unknown result format {fmt!r}; use one of {', '.join(RESULT_FORMATS)}")
    variables = [v.value for v in results.variables]
    if columns:
        unknown = [c for c in columns if c not in variables]
        if unknown:
            raise QueryError(f"no column {unknown[0]!r}; the columns are: {', '.join(variables)}")
        if fmt == "xml":
            raise QueryError("--columns works with the table, csv, tsv and json formats")
    if fmt in ("json", "csv", "tsv", "xml"):
        target = {"json": ox.QueryResultsFormat.JSON, "csv": ox.QueryResultsFormat.CSV,
                  "tsv": ox.QueryResultsFormat.TSV, "xml": ox.QueryResultsFormat.XML}[fmt]
        text = results.serialize(format=target).decode()
        return _pick_columns(text, fmt, variables, columns) if columns else text
    chosen = [variables.index(c) for c in columns] if columns else range(len(variables))
    rows = sorted([_short(term_value(s[variables[i]])) for i in chosen] for s in results)
    variables = [variables[i] for i in chosen]
    widths = [max([len(name)] + [len(r[i]) for r in rows]) for i, name in enumerate(variables)]
    lines = ["  ".join(name.ljust(w) for name, w in zip(variables, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(cell.ljust(w) for cell, w in zip(r, widths)).rstrip() for r in rows]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines)


def _pick_columns(text: str, fmt: str, variables: list[str], columns: list[str]) -> str:
    """Keep some columns of serialised results (the serialiser's own escaping is kept)."""
    import csv
    import io
    import json
    if fmt == "json":
        data = json.loads(text)
        data["head"]["vars"] = columns
        data["results"]["bindings"] = [{c: b[c] for c in columns if c in b} for b in data["results"]["bindings"]]
        return json.dumps(data, ensure_ascii=False)
    chosen = [variables.index(c) for c in columns]
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        for row in csv.reader(io.StringIO(text, newline="")):
            writer.writerow([row[i] for i in chosen])
        return out.getvalue()
    lines = text.split("\n")
    return "\n".join("\t".join(line.split("\t")[i] for i in chosen) if line else line for line in lines)


def _short(value: str) -> str:
    """Tables show the last segment of tradekg IRIs (``.../country/BLR`` as ``BLR``) and other IRIs
    with a known prefix (``tkg:TradeFlow``, ``wd:Q184``).

    Example:
        >>> _short("https://w3id.org/tradekg/ontology#Realised"), _short("http://www.wikidata.org/entity/Q184")
        ('tkg:Realised', 'wd:Q184')
    """
    if value.startswith("https://w3id.org/tradekg/id/"):
        tail = value.split("/id/", 1)[1]
        kind, _, rest = tail.partition("/")
        value = rest if kind in ("country", "doc", "hs", "currency") else tail
    else:
        for prefix, iri in PREFIXES.items():
            if value.startswith(iri) and len(value) > len(iri):
                value = f"{prefix}:{value[len(iri):]}"
                break
    return value if len(value) <= 80 else value[:77] + "..."
