"""The store: an embedded Oxigraph database by default, one named graph per document.

Why Oxigraph (pyoxigraph): it is persistent and transactional on disk with no server, and its
SPARQL engine answered a three-pattern join in milliseconds where rdflib's took seconds at 100k
triples (see README and bench/). rdflib stays the API for building graphs; queries never run on
rdflib's engine here.

Writes are atomic per document: a document's old graph is dropped and its new one inserted in one
SPARQL update, which Oxigraph applies as a single transaction.
"""
from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Iterable

import pyoxigraph as ox
from rdflib import Graph

from .errors import QueryError, StoreError
from .resolve import REFERENCE_GRAPH
from .results import PREFIXES
from .views import ViewTable

DEFAULT_STORE = "tradekg-store"
ONTOLOGY_GRAPH = "https://w3id.org/tradekg/graph/ontology"


def ontology_file(name: str = "tradekg.ttl") -> Path:
    """An ontology file: shipped in the wheel under tradekg/data/ontology, or the repository's
    ontology/ folder in a development install."""
    from importlib import resources
    shipped = resources.files("tradekg") / "data" / "ontology" / name
    if shipped.is_file():
        return Path(str(shipped))
    return Path(__file__).resolve().parents[2] / "ontology" / name

# Features that make the engine fetch a URL or read a file: refused unless federation is enabled.
_REMOTE_RE = re.compile(r"\b(SERVICE|LOAD)\b", re.IGNORECASE)
_UPDATE_RE = re.compile(r"^\s*(?:(?:PREFIX|BASE)\s+[^\n]*\n\s*)*(INSERT|DELETE|DROP|CLEAR|CREATE|LOAD|COPY|MOVE|ADD|WITH)\b",
                        re.IGNORECASE)


def default_store_path() -> str:
    """``$TRADEKG_STORE`` (a folder or a SPARQL server URL) or ``./tradekg-store``."""
    return os.environ.get("TRADEKG_STORE") or DEFAULT_STORE


def _strip_strings_and_comments(query: str) -> str:
    query = re.sub(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'', '""', query)
    query = re.sub(r"<[^<>\s]*>", "<>", query)
    return re.sub(r"#[^\n]*", "", query)


def check_query(query: str, *, allow_federation: bool = False, allow_update: bool = False) -> None:
    """Refuse what a read-only, local query must not do.

    Example:
        >>> check_query("SELECT * WHERE { SERVICE <http://x/sparql> { ?s ?p ?o } }")
        Traceback (most recent call last):
        ...
        tradekg.errors.QueryError: SERVICE and LOAD fetch remote data and are disabled; pass --allow-federation to enable them
    """
    bare = _strip_strings_and_comments(query)
    if not allow_federation and _REMOTE_RE.search(bare):
        raise QueryError("SERVICE and LOAD fetch remote data and are disabled; pass --allow-federation to enable them")
    if not allow_update and _UPDATE_RE.match(bare):
        raise QueryError("this is a SPARQL update; the query command is read-only")


def syntax_error(sparql: str, exc: Exception) -> QueryError:
    """A parser's message made readable: an unknown prefix is named with the ones known."""
    unknown = undeclared_prefixes(sparql)
    if unknown:
        return QueryError(f"unknown prefix {unknown[0]}: (declare it with PREFIX, or use one known without "
                          f"declaring: {', '.join(p + ':' for p in PREFIXES)})")
    return QueryError(f"SPARQL syntax error: {str(exc).splitlines()[0][:300]}")


def _undeclared(sparql: str) -> list[str]:
    """The prefixes a query uses without a PREFIX line, in the order they first appear."""
    bare = _strip_strings_and_comments(sparql)
    used = dict.fromkeys(re.findall(r"(?<![\w?$:])([A-Za-z][\w-]*):", bare))
    declared = set(re.findall(r"(?i)\bPREFIX\s+([A-Za-z][\w.-]*)?:", bare))
    return [p for p in used if p not in declared and p.upper() != "PREFIX"]


def undeclared_prefixes(sparql: str) -> list[str]:
    """Prefixes a query uses without declaring them and that are not in ``PREFIXES``."""
    return [p for p in _undeclared(sparql) if p not in PREFIXES]


def with_prefixes(sparql: str) -> str:
    """The query with PREFIX lines for the known prefixes it uses without declaring (for servers)."""
    missing = set(_undeclared(sparql))
    lines = [f"PREFIX {p}: <{iri}>" for p, iri in PREFIXES.items() if p in missing]
    return "\n".join(lines + [sparql]) if lines else sparql


def _unseen(seen: set[bytes], ntriples: bytes) -> bytes:
    """The lines of reference data this process has not written yet (reference data only grows:
    a country's codes or an HS code's name are the same in every document)."""
    fresh = [line for line in ntriples.splitlines() if line and line not in seen]
    seen.update(fresh)
    if len(seen) > 2_000_000:
        seen.clear()
    return b"\n".join(fresh) + b"\n" if fresh else b""


def _open_read_only(path: Path) -> ox.Store:
    """Open a store for reading, also while another process writes to it.

    RocksDB's read-only open can race a concurrent compaction (a file listed in the manifest is
    gone a moment later); a fresh attempt sees the new manifest.
    """
    import time
    for attempt in range(20):
        try:
            return ox.Store.read_only(str(path))
        except RuntimeError as exc:
            if attempt == 19:
                raise StoreError(f"{path}: cannot open the store for reading ({str(exc).splitlines()[0][:200]})") from None
            time.sleep(0.05 * (attempt + 1))
    raise AssertionError("unreachable")


# Open databases of this process by folder: RocksDB locks a folder per process, so a second
# ``Store`` on the same folder (a notebook cell run again) shares the open one instead of failing.
_OPEN: dict[Path, list] = {}  # folder -> [database, number of Store objects using it]


def _shared_database(path: Path) -> ox.Store:
    key = path.resolve()
    entry = _OPEN.get(key)
    if entry is None:
        entry = _OPEN[key] = [ox.Store(str(path)), 0]
    entry[1] += 1
    return entry[0]


def _release_database(path: Path) -> None:
    key = path.resolve()
    entry = _OPEN.get(key)
    if entry is not None:
        entry[1] -= 1
        if entry[1] <= 0:
            entry[0].flush()
            del _OPEN[key]  # the last reference goes: RocksDB closes the folder and frees its lock


class Store:
    """A tradekg store on disk (or in memory when ``path`` is None).

    ``close()`` (or a ``with`` block) releases the folder for other processes; within one process
    several stores on the same folder share one open database.
    """

    def __init__(self, path: Path | str | None = None, *, read_only: bool = False) -> None:
        self.path = Path(path) if path is not None else None
        self._reference_seen: set[bytes] = set()
        self.views: ViewTable | None = None
        self._views_complete = True
        self._shared = False
        try:
            if self.path is None:
                self._db = ox.Store()
            elif read_only:
                if not self.path.exists():
                    raise StoreError(f"{self.path}: no store here (run `tradekg ingest --store {self.path} ...` first)")
                self._db = _open_read_only(self.path)
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._db = _shared_database(self.path)
                self._shared = True
            if not read_only:
                self._ensure_ontology()
            if self.path is not None:
                self.views = ViewTable(self.path, read_only=read_only)
        except OSError as exc:
            if self._shared:
                _release_database(self.path)
            message = str(exc)
            if "lock" in message.lower() or "busy" in message.lower() or "Resource temporarily unavailable" in message:
                raise StoreError(f"{self.path}: the store is busy (another process has it open for writing: an ingest, a server or a Python session that has not closed it)") from None
            if not read_only and ("Read-only file system" in message or "Permission denied" in message):
                raise StoreError(f"{self.path}: the store's folder is read-only: it can be queried, not written") from None
            if "No space left" in message:
                raise StoreError(f"{self.path}: the disk is full; free space and try again") from None
            raise StoreError(f"{self.path}: cannot open the store ({message.splitlines()[0]})") from None

    def close(self) -> None:
        """Flush and let go of the database (idempotent); the store cannot be used afterwards."""
        if getattr(self, "_db", None) is None:
            return
        if self.views is not None:
            self.views.close()
        if self._shared:
            _release_database(self.path)
        self._db = None

    def __del__(self) -> None:  # a store dropped without close() still lets go of the folder
        try:
            self.close()
        except Exception:  # noqa: BLE001 - at interpreter exit modules may be gone
            pass

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------ writing

    def _ensure_ontology(self) -> None:
        """Keep the ontology in its own graph, so that labels of classes and modalities answer."""
        graph = ox.NamedNode(ONTOLOGY_GRAPH)
        if not self._db.contains_named_graph(graph):
            self._db.load(path=str(ontology_file()), format=ox.RdfFormat.TURTLE, to_graph=graph)

    def begin_writes(self) -> bool:
        """Before documents are written: the view rows stop vouching for the store until
        ``end_writes``. Returns whether they were current (an empty store counts as current)."""
        if self.views is None:
            return False
        was_current = self.views.begin() or not self.documents()
        self._views_complete = True
        return was_current

    def end_writes(self, was_current: bool) -> None:
        """After the writes are flushed: the view rows are current again, rebuilt from live
        queries when some document came without rows or they were not current before."""
        if self.views is None:
            return
        if not (was_current and self._views_complete):
            self.views.rebuild(self)
        self.views.finish()

    def rebuild_views(self) -> None:
        self.end_writes(False)

    def replace_document_nt(self, doc: str, facts: bytes, reference: bytes,
                            rows: tuple[tuple[str, bytes, bytes], ...] | None = None) -> None:
        """Replace a document's graph from N-Triples. The new graph is loaded in one transaction, so a
        document is either wholly there or absent; the old one is dropped first. ``rows``: the
        document's view rows (``views.document_rows``), written after the graph."""
        graph = ox.NamedNode(doc)
        try:
            if self._db.contains_named_graph(graph):
                self._db.remove_graph(graph)
            new_reference = _unseen(self._reference_seen, reference)
            if new_reference:
                self._db.load(new_reference, format=ox.RdfFormat.N_TRIPLES, lenient=True,
                              to_graph=ox.NamedNode(str(REFERENCE_GRAPH)))
            self._db.load(facts, format=ox.RdfFormat.N_TRIPLES, to_graph=graph, lenient=True)
        except (OSError, SyntaxError) as exc:
            raise StoreError(f"could not write {doc}: {exc}") from None
        if self.views is not None:
            if rows is None:
                self._views_complete = False
            else:
                self.views.put(doc, rows)

    def update(self, text: str, *, changes_documents: bool = True) -> None:
        """Run a SPARQL update (one transaction). One that may change documents' graphs leaves the
        view rows not current (named queries run live) until the next ingest rebuilds them."""
        if changes_documents and self.views is not None:
            self.views.begin()
        try:
            self._db.update(text)
        except SyntaxError as exc:
            raise QueryError(f"SPARQL syntax error: {str(exc).splitlines()[0]}") from None

    def load(self, data: bytes | str, fmt: str) -> None:
        """Load RDF in a format Oxigraph reads (trig, nquads, turtle, nt, jsonld, xml); the view
        rows are not current afterwards (``rebuild_views``)."""
        if self.views is not None:
            self.views.begin()
        try:
            self._db.load(data, format=_rdf_format(fmt))
        except (SyntaxError, ValueError) as exc:
            raise StoreError(f"cannot load {fmt}: {exc}") from None

    def optimize(self) -> None:
        if self.path is not None:
            self._db.optimize()

    def flush(self) -> None:
        if self.path is not None:
            self._db.flush()

    # ------------------------------------------------------------ reading

    def documents(self) -> list[str]:
        return sorted(g.value for g in self._db.named_graphs() if "/graph/" not in g.value)

    def __len__(self) -> int:
        return len(self._db)

    def query(self, sparql: str, *, allow_federation: bool = False):
        """Run SPARQL on the union of all graphs; returns pyoxigraph results."""
        check_query(sparql, allow_federation=allow_federation)
        try:
            return self._db.query(sparql, use_default_graph_as_union=True, prefixes=PREFIXES)
        except SyntaxError as exc:
            raise syntax_error(sparql, exc) from None
        except OSError as exc:
            raise QueryError(f"query failed: {exc}") from None

    def graph_ntriples(self, name: str) -> bytes:
        """One named graph as N-Triples."""
        quads = self._db.quads_for_pattern(None, None, None, ox.NamedNode(name))
        return ox.serialize((ox.Triple(q.subject, q.predicate, q.object) for q in quads), format=ox.RdfFormat.N_TRIPLES) or b""

    def dump(self, fmt: str) -> bytes:
        """The whole store serialised; formats without named graphs get the union."""
        rdf_format = _rdf_format(fmt)
        if rdf_format.supports_datasets:
            return self._db.dump(format=rdf_format)
        triples = self._db.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True)
        return ox.serialize(triples, format=rdf_format)

    def quads(self) -> Iterable[ox.Quad]:
        return iter(self._db)


FORMATS = {"turtle": "TURTLE", "ttl": "TURTLE", "trig": "TRIG", "nt": "N_TRIPLES", "ntriples": "N_TRIPLES",
           "nquads": "N_QUADS", "nq": "N_QUADS", "jsonld": "JSON_LD", "json-ld": "JSON_LD", "xml": "RDF_XML",
           "rdfxml": "RDF_XML", "n3": "N3"}


def _rdf_format(name: str) -> ox.RdfFormat:
    try:
        return getattr(ox.RdfFormat, FORMATS[name.lower()])
    except KeyError:
        raise StoreError(f"unknown RDF format {name!r}; use one of {', '.join(sorted(set(FORMATS)))}") from None


class RemoteStore:
    """A store kept in a SPARQL 1.1 server (Oxigraph server, Fuseki, GraphDB, Virtuoso).

    ``url`` is the server's query endpoint, or an Oxigraph server's base URL (``/query`` and
    ``/update`` are then used). The server must treat its default graph as the union of the named
    graphs (Oxigraph: ``--union-default-graph``; Fuseki: ``tdb2:unionDefaultGraph true``), as the
    embedded store does. A document is replaced by one SPARQL update, which the server applies
    atomically.
    """

    def __init__(self, url: str, *, read_only: bool = False, timeout: float = 60.0) -> None:
        url = url.rstrip("/")
        if re.search(r"/(query|sparql)$", url):
            self.query_url = url
            self.update_url = re.sub(r"/(query|sparql)$", "/update", url)
        else:
            self.query_url, self.update_url = url + "/query", url + "/update"
        self.path = None
        self.read_only = read_only
        self.timeout = timeout
        try:
            self._post(self.query_url, "query", "ASK { }", "application/sparql-results+json")
        except StoreError as exc:
            raise StoreError(f"{url}: SPARQL server not reachable ({exc})") from None

    def _post(self, url: str, field: str, text: str, accept: str) -> bytes:
        import urllib.error
        import urllib.parse
        import urllib.request
        body = urllib.parse.urlencode({field: text}).encode()
        request = urllib.request.Request(url, data=body, method="POST", headers={
            "Content-Type": "application/x-www-form-urlencoded", "Accept": accept})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310 (user's server)
                return response.read()
        except urllib.error.HTTPError as exc:
            detail = exc.read()[:300].decode("utf-8", "replace").strip()
            if exc.code == 400:
                raise QueryError(f"the server refused the query: {detail}") from None
            raise StoreError(f"HTTP {exc.code} from {url}: {detail}") from None
        except (urllib.error.URLError, OSError) as exc:
            raise StoreError(str(getattr(exc, "reason", exc))) from None

    def update(self, text: str, *, changes_documents: bool = True) -> None:
        if self.read_only:
            raise StoreError("this store was opened read-only")
        self._post(self.update_url, "update", text, "*/*")

    views = None  # named queries always run on the server

    def begin_writes(self) -> bool:
        return False

    def end_writes(self, was_current: bool) -> None:
        pass

    def rebuild_views(self) -> None:
        pass

    def replace_document_nt(self, doc: str, facts: bytes, reference: bytes, rows=None) -> None:
        """One SPARQL update: drop the old graph and insert the new one, atomically on the server."""
        self.update(f"DROP SILENT GRAPH <{doc}> ;\nINSERT DATA {{ GRAPH <{doc}> {{\n{facts.decode()}}}\n"
                    f"GRAPH <{REFERENCE_GRAPH}> {{\n{reference.decode()}}} }}")

    def ensure_ontology(self) -> None:
        if not bool(self.query(f"ASK {{ GRAPH <{ONTOLOGY_GRAPH}> {{ ?s ?p ?o }} }}")):
            nt = Graph().parse(ontology_file()).serialize(format="nt")
            self.update(f"INSERT DATA {{ GRAPH <{ONTOLOGY_GRAPH}> {{\n{nt}}} }}")

    def load(self, data: bytes | str, fmt: str) -> None:
        """Parse with Oxigraph (which never fetches a remote JSON-LD context) and insert."""
        try:
            quads = list(ox.parse(data, format=_rdf_format(fmt)))
        except (SyntaxError, ValueError) as exc:
            raise StoreError(f"cannot load {fmt}: {exc}") from None
        by_graph: dict[str, list] = {}
        for q in quads:
            name = q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else ""
            by_graph.setdefault(name, []).append(ox.Triple(q.subject, q.predicate, q.object))
        parts = []
        for name, triples in by_graph.items():
            nt = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode()
            parts.append(f"GRAPH <{name}> {{\n{nt}}}" if name else nt)
        self.update("INSERT DATA { " + "\n".join(parts) + " }")

    def optimize(self) -> None:
        pass

    def close(self) -> None:
        pass

    def flush(self) -> None:
        pass

    def query(self, sparql: str, *, allow_federation: bool = False):
        check_query(sparql, allow_federation=allow_federation)
        sparql = with_prefixes(sparql)
        head = _strip_strings_and_comments(sparql)
        if re.search(r"\b(CONSTRUCT|DESCRIBE)\b", head, re.IGNORECASE):
            data = self._post(self.query_url, "query", sparql, "application/n-triples")
            return list(ox.parse(data, format=ox.RdfFormat.N_TRIPLES))  # rendered like Oxigraph's own triples
        data = self._post(self.query_url, "query", sparql, "application/sparql-results+json")
        return ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)

    def documents(self) -> list[str]:
        rows = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return sorted(r["g"].value for r in rows if "/graph/" not in r["g"].value)

    def graph_ntriples(self, name: str) -> bytes:
        return self._post(self.query_url, "query", f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{name}> {{ ?s ?p ?o }} }}",
                          "application/n-triples")

    def __len__(self) -> int:
        rows = list(self.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"))
        return int(rows[0]["n"].value)

    def quads(self) -> Iterable[ox.Quad]:
        data = self._post(self.query_url, "query",
                          "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }", "application/n-triples")
        for t in ox.parse(data, format=ox.RdfFormat.N_TRIPLES):
            yield ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph())

    def dump(self, fmt: str) -> bytes:
        rdf_format = _rdf_format(fmt)
        quads = []
        for name in self.documents() + [str(REFERENCE_GRAPH)]:
            graph = ox.NamedNode(name)
            quads.extend(ox.Quad(t.subject, t.predicate, t.object, graph)
                         for t in ox.parse(self.graph_ntriples(name), format=ox.RdfFormat.N_TRIPLES))
        if rdf_format.supports_datasets:
            return ox.serialize(quads, format=rdf_format)
        return ox.serialize([ox.Triple(q.subject, q.predicate, q.object) for q in quads], format=rdf_format)


def open_store(spec: Path | str | None, *, read_only: bool = False):
    """An embedded store for a folder (or None: in memory), a RemoteStore for an http(s) URL."""
    if isinstance(spec, str) and re.match(r"https?://", spec):
        store = RemoteStore(spec, read_only=read_only)
        if not read_only:
            store.ensure_ontology()
        return store
    return Store(spec, read_only=read_only)
