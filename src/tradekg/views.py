"""Named-query views: each document's rows of the per-document named queries, kept beside the store.

Why: on disk, Oxigraph pays a few microseconds for every index lookup and every IRI it decodes, so
a whole-table query costs per row (16,820 flow rows at 880k triples: ~700 ms). The rows of the
contract queries are a union over documents of rows that depend only on that document's graph and on
reference data that is the same in every document (country codes, HS codes, offices). So ingest
computes a document's rows once, in the worker, by running the shipped query on the document's own
small graph, and a named query reads them back from SQLite. A test holds every view equal to its
live query.

Consistency: the table is marked ``writing`` before the store changes and ``current`` only after
every document written has its rows; while it is not current (an interrupted ingest, ``load``, a
SPARQL update), named queries run live, and the next ingest rebuilds the rows from live queries.
The table records the text of the queries it holds: a changed query is never answered from old rows.
"""
from __future__ import annotations

import hashlib
import sqlite3
import threading
from functools import lru_cache
from pathlib import Path

import orjson
import pyoxigraph as ox

from .catalogue import named_query, query_variables
from .errors import StoreError
from .resolve import REFERENCE_GRAPH

# Per-document queries: every row has its ?doc and comes from that document's graph.
VIEW_QUERIES = ("countries", "officials", "meetings", "trade-volumes", "trade-flows", "projects")
FILE_NAME = "views.sqlite3"
FORMAT = "3"  # of the rows; part of the version
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
# By primary key: a DELETE by doc alone scans the table, quadratic over an ingest (26 s at 10,000).
DELETE_ROWS = "DELETE FROM rows WHERE query = ? AND doc = ?"
INSERT_ROWS = "INSERT INTO rows VALUES (?, ?, ?, ?)"


def _query_text(name: str) -> str:
    return named_query(name)


@lru_cache(maxsize=None)
def catalogue_version() -> str:
    """A hash of the texts of the view queries: rows made by other texts are not used."""
    digest = hashlib.sha256(FORMAT.encode())
    for name in VIEW_QUERIES:
        digest.update(name.encode() + b"\0" + _query_text(name).encode() + b"\0")
    return digest.hexdigest()[:16]


def view_name(sparql: str) -> str | None:
    """The view that answers this exact query text, if any."""
    for name in VIEW_QUERIES:
        if sparql == _query_text(name):
            return name
    return None


# A row is stored twice over: as a dict of the plain values of its cells ("" when unbound), which
# orjson turns straight into what ``to_rows`` gives, and as its kinds for typed results: a string
# with one letter per cell (u IRI, b blank node, l plain literal, g language-tagged, t typed,
# - unbound) followed by the language or datatype of each g or t cell in turn.

def _encode_row(names: list[str], solution) -> tuple[dict[str, str], list[str]]:
    values, kinds, extras = {}, [], []
    for name in names:
        term = solution[name]
        if term is None:
            values[name] = ""
            kinds.append("-")
            continue
        values[name] = term.value
        if isinstance(term, ox.NamedNode):
            kinds.append("u")
        elif isinstance(term, ox.BlankNode):
            kinds.append("b")
        elif term.language:
            kinds.append("g")
            extras.append(term.language)
        elif term.datatype.value == _XSD_STRING:
            kinds.append("l")
        else:
            kinds.append("t")
            extras.append(term.datatype.value)
    return values, ["".join(kinds)] + extras


def _split_rows(names: list[str], solutions) -> tuple[list[dict[str, str]], list[list[str]]]:
    """The values and the kinds of each row."""
    encoded = [_encode_row(names, s) for s in solutions]
    return [v for v, _ in encoded], [k for _, k in encoded]


def _encode_rows(names: list[str], solutions) -> tuple[bytes, bytes]:
    values, kinds = _split_rows(names, solutions)
    return orjson.dumps(values), orjson.dumps(kinds)


def _tsv_line(values: dict[str, str], kinds: list[str]) -> str:
    """A row in SPARQL TSV: its terms in N-Triples syntax, empty when unbound."""
    extras = iter(kinds[1:])
    cells = []
    for value, kind in zip(values.values(), kinds[0]):
        if kind == "u":
            cells.append(f"<{value}>")
        elif kind == "-":
            cells.append("")
        elif kind == "b":
            cells.append(f"_:{value}")
        else:
            suffix = "" if kind == "l" else f"@{next(extras)}" if kind == "g" else f"^^<{next(extras)}>"
            value = (value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
                     .replace("\r", "\\r").replace("\t", "\\t"))
            cells.append(f'"{value}"{suffix}')
    return "\t".join(cells)


Rows = tuple[tuple[str, bytes, bytes], ...]  # (query name, values, kinds) of one document


def document_rows(doc: str, facts: bytes, reference: bytes) -> Rows:
    """A document's rows of every view query, from its own graph: run in the ingest worker."""
    store = ox.Store()
    store.load(facts, format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(doc), lenient=True)
    store.load(reference, format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(str(REFERENCE_GRAPH)), lenient=True)
    out = []
    for name in VIEW_QUERIES:
        results = store.query(_query_text(name), use_default_graph_as_union=True)
        names = [v.value for v in results.variables]
        out.append((name, *_encode_rows(names, results)))
    return tuple(out)


def live_rows(store, name: str) -> dict[str, tuple[bytes, bytes]]:
    """Rows of one view query run live on the whole store, encoded per document."""
    results = store.query(_query_text(name))
    names = [v.value for v in results.variables]
    by_doc: dict[str, list] = {}
    for s in results:
        by_doc.setdefault(s["doc"].value, []).append(s)
    return {doc: _encode_rows(names, solutions) for doc, solutions in by_doc.items()}


@lru_cache(maxsize=None)
def _variables(name: str) -> tuple[str, ...]:
    return query_variables(_query_text(name))


def encode_results(results) -> tuple[list[str], list[dict[str, str]], list[list[str]]]:
    """Live results in the form of typed view rows (variables, rows, kinds)."""
    names = [v.value for v in results.variables]
    return names, *_split_rows(names, results)


class ViewTable:
    """The rows of the view queries per document, in SQLite inside the store's folder."""

    def __init__(self, folder: Path, *, read_only: bool = False) -> None:
        self.path = folder / FILE_NAME
        self.read_only = read_only
        self._local = threading.local()  # a connection per thread: the endpoint answers in threads
        self._exists = not (read_only and not self.path.exists())
        if self._db is not None and not read_only:
            # WAL with NORMAL sync: no fsync per document. A power cut can only drop a suffix of
            # commits, and the "current" mark is always the last one, so rows never outlive it.
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
            if self._meta("format") != FORMAT:  # rows of an older layout: start again
                self._db.execute("DROP TABLE IF EXISTS rows")
                self._set("state", "writing")
                self._set("format", FORMAT)
            self._db.execute("CREATE TABLE IF NOT EXISTS rows (query TEXT, doc TEXT, vals BLOB, kinds BLOB, "
                             "PRIMARY KEY (query, doc))")

    @property
    def _db(self) -> sqlite3.Connection | None:
        db = getattr(self._local, "db", None)
        if db is None and self._exists:
            uri = f"file:{self.path}?mode=ro" if self.read_only else f"file:{self.path}"
            db = sqlite3.connect(uri, uri=True, timeout=30, isolation_level=None)
            db.execute("PRAGMA mmap_size=268435456")  # reads from the page cache: fetch 47 -> 27 ms at 1.2M triples
            self._local.db = db
        return db

    def _meta(self, key: str) -> str | None:
        try:
            row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        except sqlite3.Error:
            return None
        return row[0] if row else None

    def _set(self, key: str, value: str) -> None:
        self._db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def is_current(self) -> bool:
        return (self._db is not None and self._meta("state") == "current"
                and self._meta("version") == catalogue_version())

    def begin(self) -> bool:
        """Mark the rows as being written; returns whether they were current before."""
        was = self.is_current()
        self._set("state", "writing")
        return was

    def put(self, doc: str, rows: Rows) -> None:
        try:
            with self._db:
                self._db.execute("BEGIN")
                self._db.executemany(DELETE_ROWS, [(name, doc) for name in VIEW_QUERIES])
                self._db.executemany(INSERT_ROWS,
                                     [(name, doc, vals, kinds) for name, vals, kinds in rows if vals != b"[]"])
        except sqlite3.Error as exc:  # a full disk: the rows stay "not current", queries run live
            raise StoreError(f"could not write the view rows of {doc}: {exc}") from None

    def rebuild(self, store) -> None:
        """Every row again from live queries on the whole store (after a load or an interruption)."""
        with self._db:
            self._db.execute("BEGIN")
            self._db.execute("DELETE FROM rows")
            for name in VIEW_QUERIES:
                self._db.executemany(INSERT_ROWS,
                                     [(name, doc, vals, kinds) for doc, (vals, kinds) in live_rows(store, name).items()])

    def finish(self) -> None:
        """Mark the rows current: call only when every document written has its rows."""
        with self._db:
            self._db.execute("BEGIN")
            self._set("version", catalogue_version())
            self._set("state", "current")

    def rows(self, name: str, *, typed: bool = False, doc: str = "") -> tuple[list[str], list[dict], list | None] | None:
        """(variables, rows as dicts of plain values, kinds of the rows when ``typed``) of a view,
        or None when the rows are not current. ``doc``: only the documents whose IRI is it or ends
        in /it (a superset: the caller filters exactly)."""
        if name not in VIEW_QUERIES or self._db is None:
            return None
        columns = "vals, kinds" if typed else "vals, NULL"
        select, params = f"SELECT {columns} FROM rows WHERE query = ?", (name,)
        if doc:
            select, params = select + " AND (doc = ? OR doc LIKE '%/' || ?)", (name, doc, doc)
        try:
            self._db.execute("BEGIN")  # one snapshot: the state and the rows it vouches for
            try:
                if not self.is_current():
                    return None
                data = self._db.execute(select, params).fetchall()
            finally:
                self._db.execute("COMMIT")
        except sqlite3.Error:
            return None
        rows: list = []
        kinds: list | None = [] if typed else None
        for vals, kind in data:
            rows.extend(orjson.loads(vals))
            if kinds is not None:
                kinds.extend(orjson.loads(kind))
        return list(_variables(name)), rows, kinds

    def close(self) -> None:
        db = getattr(self._local, "db", None)
        if db is not None:
            db.close()
            self._local.db = None


def as_results(variables: list[str], rows: list[dict[str, str]], kinds: list[list[str]]):
    """Typed view rows as pyoxigraph query results (for ``results.render`` and the server), through
    SPARQL TSV: 2-3x faster to build and parse than SPARQL JSON."""
    lines = ["\t".join("?" + v for v in variables)] + [_tsv_line(r, k) for r, k in zip(rows, kinds)]
    return ox.parse_query_results("\n".join(lines).encode(), format=ox.QueryResultsFormat.TSV)
