"""The catalogue of named queries: the ``.rq`` files shipped in ``tradekg/queries``.

A module of its own at the bottom of the import order (the store's views, the exports, the server
and the command line all read it), so that imports run one way: cli -> pipeline -> store, views,
export -> catalogue.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .errors import QueryError


def named_query_names() -> list[str]:
    folder = resources.files("tradekg") / "queries"
    return sorted(p.name[:-3] for p in folder.iterdir() if p.name.endswith(".rq"))


@lru_cache(maxsize=None)
def named_query(name: str) -> str:
    """The text of a shipped named query."""
    path = resources.files("tradekg") / "queries" / f"{name}.rq"
    if not path.is_file():
        raise QueryError(f"no named query {name!r}; available: {', '.join(named_query_names())}")
    return path.read_text(encoding="utf-8")


@dataclass(frozen=True)
class CatalogueEntry:
    name: str
    description: str  # the first sentence of the query's opening comment
    columns: tuple[str, ...]


def query_variables(sparql: str) -> tuple[str, ...]:
    """The columns of a SELECT query, in order."""
    import pyoxigraph as ox
    return tuple(v.value for v in ox.Store().query(sparql).variables)


def describe(name: str) -> CatalogueEntry:
    """A named query's one-line description (from its opening comment) and its columns.

    Example:
        >>> entry = describe("trade-flows")
        >>> entry.columns[:3]
        ('doc', 'exporter', 'importer')
    """
    text = named_query(name)
    comment = " ".join(line.lstrip("# ").strip() for line in text.splitlines() if line.startswith("#"))
    comment = re.split(r"\s+Columns?:", comment)[0]
    first = re.split(r"(?<=[.:])\s", comment, maxsplit=1)[0].rstrip(".:")
    return CatalogueEntry(name, first, query_variables(text))
