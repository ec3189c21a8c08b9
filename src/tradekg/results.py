"""SPARQL results as tables, CSV, TSV, W3C JSON, or Python rows."""
from __future__ import annotations

import pyoxigraph as ox

from .errors import QueryError

RESULT_FORMATS = ("table", "csv", "tsv", "json", "xml")


def term_value(term) -> str:
    """The plain value of an RDF term (IRI, literal or blank node), or "" for unbound."""
    if term is None:
        return ""
    return term.value


def to_rows(results) -> list[dict[str, str]]:
    """SELECT results as a list of dicts of plain strings."""
    variables = [v.value for v in results.variables]
    return [{name: term_value(solution[name]) for name in variables} for solution in results]


def render(results, fmt: str = "table") -> str:
    """Render pyoxigraph query results in a format named in ``RESULT_FORMATS``.

    CONSTRUCT and DESCRIBE results come out as Turtle whatever the format; ASK as true/false.
    """
    if isinstance(results, ox.QueryBoolean):
        return "true" if bool(results) else "false"
    if isinstance(results, (ox.QueryTriples, list)):
        return ox.serialize(results, format=ox.RdfFormat.TURTLE).decode()
    if fmt in ("json", "csv", "tsv", "xml"):
        target = {"json": ox.QueryResultsFormat.JSON, "csv": ox.QueryResultsFormat.CSV,
                  "tsv": ox.QueryResultsFormat.TSV, "xml": ox.QueryResultsFormat.XML}[fmt]
        return results.serialize(format=target).decode()
    if fmt != "table":
        raise QueryError(f"unknown result format {fmt!r}; use one of {', '.join(RESULT_FORMATS)}")
    variables = [v.value for v in results.variables]
    rows = sorted([_short(term_value(s[name])) for name in variables] for s in results)
    widths = [max([len(name)] + [len(r[i]) for r in rows]) for i, name in enumerate(variables)]
    lines = ["  ".join(name.ljust(w) for name, w in zip(variables, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(cell.ljust(w) for cell, w in zip(r, widths)).rstrip() for r in rows]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines)


def _short(value: str) -> str:
    """Tables show the last segment of tradekg IRIs (``.../country/BLR`` as ``BLR``)."""
    if value.startswith("https://w3id.org/tradekg/id/"):
        tail = value.split("/id/", 1)[1]
        kind, _, rest = tail.partition("/")
        value = rest if kind in ("country", "doc", "hs", "currency") else tail
    return value if len(value) <= 80 else value[:77] + "..."
