"""The whole pipeline behind one object: ``KnowledgeGraph``.

The only module besides ``cli.py`` that knows every stage: read articles, extract facts, build RDF,
write to the store, query, export.
"""
from __future__ import annotations

import logging
import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .articles import Article, iter_files, read_file
from .build import DocumentGraph, build_graph
from .catalogue import named_query, named_query_names  # noqa: F401 (named_query_names: part of the API)
from .errors import InputError, QueryError, StoreError, TradeKGError
from .extract import read_facts
from .results import to_rows
from .store import default_store_path, open_store
from .views import as_results, view_name

log = logging.getLogger(__name__)


@dataclass
class IngestReport:
    """What an ingest did: documents stored, facts by kind, inputs that failed."""

    documents: int = 0
    facts: Counter = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    identity_links: int = 0

    @property
    def ok(self) -> bool:
        return not self.failures


def process_article(article: Article) -> DocumentGraph:
    """Extract and build one article's graph: a pure function, safe in worker processes."""
    return build_graph(article, read_facts(article))


@dataclass(frozen=True)
class PreparedDocument:
    """A document ready to store: its graph as N-Triples (made in the worker), or the error."""

    source: str
    iri: str
    facts: bytes
    reference: bytes
    counts: tuple[tuple[str, int], ...]
    error: str = ""
    rows: tuple[tuple[str, bytes, bytes], ...] | None = None  # the document's view rows (views.py)
    problems: tuple[str, ...] = ()  # reported as warnings (an absurd number left out)


FACT_KINDS = ("Meeting", "TradeVolume", "TradeFlow", "JointProject", "Agreement", "Statement")


def prepare_article(article: Article, with_rows: bool = True) -> PreparedDocument:
    """Extract, build and serialise one article (and its view rows unless ``with_rows`` is
    false); an extractor bug becomes an error, not a crash."""
    from rdflib import RDF
    from .namespace import TKG
    from .views import document_rows
    try:
        built = process_article(article)
        # denied facts ("does not export") are in the graph but are no facts to count
        counts = tuple((k, sum(1 for f in built.facts.subjects(RDF.type, TKG[k])
                               if (f, TKG.modality, TKG.Denied) not in built.facts)) for k in FACT_KINDS)
        iri = str(built.iri)
        facts = built.facts.serialize(format="nt", encoding="utf-8")
        reference = built.reference.serialize(format="nt", encoding="utf-8")
        return PreparedDocument(article.source or article.doc_id, iri, facts, reference, counts,
                                rows=document_rows(iri, facts, reference) if with_rows else None,
                                problems=built.problems)
    except Exception as exc:  # noqa: BLE001 - reported per document, the others go on
        log.exception("extraction failed for %s", article.doc_id)
        return PreparedDocument(article.source or article.doc_id, "", b"", b"", (), f"extraction failed ({exc})")


def document_nquads(article: Article) -> str:
    """One article as N-Quads: its facts in its own graph, reference data in the reference graph.

    A pure function of the article, so it maps over any engine (processes, Dask) and the output
    concatenates into a file any SPARQL server's bulk loader takes.
    """
    from .resolve import REFERENCE_GRAPH
    prepared = prepare_article(article, with_rows=False)
    if prepared.error:
        raise TradeKGError(f"{prepared.source}: {prepared.error}")
    lines = []
    for ntriples, name in ((prepared.facts, prepared.iri), (prepared.reference, str(REFERENCE_GRAPH))):
        for line in ntriples.decode("utf-8").splitlines():
            if line.strip():
                lines.append(f"{line.rstrip()[:-1].rstrip()} <{name}> .")
    return "\n".join(lines) + "\n"


def read_all(paths: list[Path | str], failures: list[str], on_failure: Callable[[], None] | None = None,
             skipped: list[str] | None = None) -> list[Article]:
    """Every article under ``paths``; a path, file or JSONL line that cannot be read goes to
    ``failures``, a file of another type inside a folder to ``skipped``."""
    articles: list[Article] = []
    for path in iter_files([Path(p) for p in paths], failures, skipped):
        try:
            articles.extend(read_file(path, failures))
        except InputError as exc:
            failures.append(str(exc))
            if on_failure:
                on_failure()
    return articles


def map_documents(function: Callable, articles: list[Article], jobs: int) -> Iterator:
    """``function`` over the articles, in ``jobs`` worker processes when more than one, in order."""
    if jobs > 1 and len(articles) > 1:
        from concurrent.futures import ProcessPoolExecutor
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            yield from pool.map(function, articles, chunksize=4)
    else:
        yield from map(function, articles)


def extract_to_nquads(paths: list[Path | str], out, *, jobs: int = 1, dask_scheduler: str | None = None) -> IngestReport:
    """Extract every document to N-Quads (``out``: a text file object) without a store.

    ``dask_scheduler``: ``"local"`` for a local Dask cluster or a scheduler address
    (``tcp://host:8786``); Dask is an optional extra (``pip install 'tradekg[dask]'``).
    """
    report = IngestReport()
    articles = read_all(paths, report.failures)
    if dask_scheduler:
        try:
            import dask.bag as db
            from dask.distributed import Client, LocalCluster
        except ImportError:
            raise TradeKGError("Dask is not installed: pip install 'tradekg[dask]'") from None
        if dask_scheduler == "local":
            cluster = LocalCluster(n_workers=max(1, jobs), threads_per_worker=1, processes=False,
                                   dashboard_address=None)
            client = Client(cluster)
        else:
            cluster, client = None, Client(dask_scheduler)
        try:
            chunks = db.from_sequence(articles, npartitions=max(1, min(len(articles), 4 * max(1, jobs)))) \
                .map(document_nquads).compute()
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
    else:
        chunks = list(map_documents(document_nquads, articles, jobs))
    for chunk in chunks:
        out.write(chunk)
    report.documents = len(chunks)
    return report


def _write_failure(store, exc: Exception, stored: int) -> str:
    """One line for a store that stopped taking writes (a full disk, a read-only folder)."""
    text = str(exc)
    reason = ("the disk is full" if any(k in text for k in ("No space left", "disk is full", "ENOSPC", "File too large"))
              else "the store is read-only" if any(k in text for k in ("Read-only file system", "Permission denied",
                                                                       "readonly database"))
              else text.splitlines()[0][:200] if text else type(exc).__name__)
    return (f"{store.path or 'the store'}: {reason}; stopped after {stored} document(s) of this run, which are "
            "stored whole (nothing half-written); free space and run the same ingest again")


class KnowledgeGraph:
    """A trade knowledge graph in a store.

    Example:
        >>> kg = KnowledgeGraph(None)  # in memory
        >>> from tradekg.articles import Article
        >>> _ = kg.ingest_articles([Article("a", "a", "Sudan will export cotton to Jordan.")])
        >>> [(r["exporter"][-3:], r["importer"][-3:], r["commodity"]) for r in kg.named("trade-flows")]
        [('SDN', 'JOR', 'cotton')]
    """

    def __init__(self, store: Path | str | None = "", *, read_only: bool = False) -> None:
        if store == "":
            store = default_store_path()
        self.store = open_store(store, read_only=read_only)

    def close(self) -> None:
        """Release the store (a ``with KnowledgeGraph(...) as kg:`` block does it on leaving)."""
        self.store.close()

    def __enter__(self) -> "KnowledgeGraph":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------ ingest

    def ingest_articles(self, articles: Iterable[Article], *, jobs: int = 1, validate: bool = False,
                        on_done: Callable[[Article], None] | None = None) -> IngestReport:
        """Extract and store articles already read; each document is written on its own.

        With ``validate``, each document's graph is checked against the SHACL shapes first and a
        document that does not conform is reported and not stored.
        """
        report = IngestReport()
        validator = _DocumentValidator() if validate else None
        articles = list(articles)
        try:
            views_were_current = self.store.begin_writes()
            for article, prepared in zip(articles, map_documents(prepare_article, articles, jobs)):
                self._store(prepared, report, validator)
                if on_done:
                    on_done(article)
            self.store.flush()
            self.store.end_writes(views_were_current)
        except (StoreError, OSError, sqlite3.Error) as exc:
            raise StoreError(_write_failure(self.store, exc, report.documents)) from None
        return report

    def _store(self, prepared: PreparedDocument, report: IngestReport, validator: "_DocumentValidator | None") -> None:
        if prepared.error:
            report.failures.append(f"{prepared.source}: {prepared.error}")
            return
        if validator is not None:
            problems = validator.check(prepared)
            if problems:
                report.failures.append(f"{prepared.source}: does not conform to the shapes ({problems[0]})")
                return
        self.store.replace_document_nt(prepared.iri, prepared.facts, prepared.reference, prepared.rows)
        report.documents += 1
        report.warnings.extend(f"{prepared.source}: {problem}" for problem in prepared.problems)
        for kind, n in prepared.counts:
            report.facts[kind] += n
        if not any(n for kind, n in prepared.counts if kind != "Statement"):
            report.warnings.append(f"{prepared.source}: no facts found")

    def ingest(self, paths: list[Path | str], *, jobs: int = 1, progress: bool = False,
               validate: bool = False) -> IngestReport:
        """Read, extract and store every document under ``paths``.

        A file that cannot be read is reported in ``IngestReport.failures`` (one line naming it)
        and the others still go in; each document is written in its own transaction.
        """
        bar = _progress(0, progress)
        failures: list[str] = []
        skipped: list[str] = []
        articles = read_all(paths, failures, on_failure=lambda: bar.update(1), skipped=skipped)
        bar.total = len(failures) + len(articles)
        report = self.ingest_articles(articles, jobs=jobs, validate=validate, on_done=lambda _: bar.update(1))
        report.failures[:0] = failures
        report.warnings[:0] = skipped
        bar.close()
        if report.documents:
            from .identity import link_people
            try:
                report.identity_links = link_people(self.store)
            except (StoreError, QueryError, OSError) as exc:
                raise StoreError(_write_failure(self.store, exc, report.documents)) from None
        return report

    # ------------------------------------------------------------ query and export

    def query(self, sparql: str, *, allow_federation: bool = False):
        """Run SPARQL over the whole graph; returns pyoxigraph results (see ``results.render``).

        The exact text of a per-document named query is answered from its view rows while they
        are current (``views.py``), else live, with the same rows either way.
        """
        view = self._view(view_name(sparql), typed=True)
        if view is not None:
            return as_results(*view)
        return self.store.query(sparql, allow_federation=allow_federation)

    def answers_from_views(self, sparql: str) -> bool:
        """Whether ``query`` would read stored view rows (fast, bounded) rather than run live."""
        name = view_name(sparql)
        return name is not None and self.store.views is not None and self.store.views.is_current()

    def live_query(self, sparql: str):
        """Run SPARQL on the store itself, never on view rows."""
        return self.store.query(sparql)

    def _view(self, name: str | None, typed: bool = False, doc: str = ""):
        if name is None or self.store.views is None:
            return None
        return self.store.views.rows(name, typed=typed, doc=doc)

    def rows(self, sparql: str) -> list[dict[str, str]]:
        """SELECT results as a list of dicts of strings."""
        view = self._view(view_name(sparql))
        if view is not None:
            return view[1]
        return to_rows(self.store.query(sparql))  # not self.query: the view was just asked

    def named(self, name: str, where: dict[str, str] | None = None) -> list[dict[str, str]]:
        """Rows of a named query from the catalogue; ``where`` keeps the rows whose columns hold
        the values given, a value matching in full or as the last segment of an IRI
        (``{"exporter": "BLR"}``)."""
        if not where:
            return self.rows(named_query(name))
        _check_columns(name, where)
        view = self._view(name, doc=where.get("doc", ""))
        rows = view[1] if view is not None else to_rows(self.store.query(named_query(name)))
        return [row for row in rows if _matches(row, where)]

    def named_results(self, name: str, where: dict[str, str] | None = None):
        """A named query as pyoxigraph results (for ``results.render``), filtered like ``named``."""
        if not where:
            return self.query(named_query(name))
        _check_columns(name, where)
        view = self._view(name, typed=True, doc=where.get("doc", ""))
        if view is None:
            from .views import encode_results
            view = encode_results(self.store.query(named_query(name)))
        variables, rows, kinds = view
        kept = [(row, kind) for row, kind in zip(rows, kinds) if _matches(row, where)]
        return as_results(variables, [r for r, _ in kept], [k for _, k in kept])

    LOAD_FORMATS = {".nq": "nquads", ".trig": "trig", ".ttl": "turtle", ".nt": "nt", ".jsonld": "jsonld",
                    ".json": "jsonld", ".rdf": "xml", ".xml": "xml", ".owl": "xml"}

    def load_file(self, path: Path, *, graph: str | None = None) -> int:
        """Load an RDF file (an export of another store); returns the number of quads.

        The named queries read one graph per document: data with no named graphs would be found by
        none of them, so it is refused unless ``graph`` names the graph to put it in.
        """
        import pyoxigraph as ox
        from .store import _rdf_format
        fmt = self.LOAD_FORMATS.get(Path(path).suffix.lower())
        if fmt is None:
            raise InputError("unknown RDF format (name the file .nq, .trig, .ttl, .nt, .jsonld or .rdf)")
        try:
            quads = list(ox.parse(path=str(path), format=_rdf_format(fmt)))
        except (SyntaxError, ValueError) as exc:
            raise InputError(f"not valid {fmt}: {str(exc).splitlines()[0][:200]}") from None
        except OSError as exc:
            raise InputError(f"cannot read ({exc.strerror or exc})") from None
        if any(isinstance(q.graph_name, ox.DefaultGraph) for q in quads):
            if graph is None:
                raise InputError(f"{fmt} data outside named graphs: the documents cannot be told apart and the "
                                 "named queries would not find it; load a TriG or N-Quads export, or give "
                                 "--graph IRI to keep these triples in one graph")
            target = ox.NamedNode(graph)
            quads = [ox.Quad(q.subject, q.predicate, q.object, target)
                     if isinstance(q.graph_name, ox.DefaultGraph) else q for q in quads]
        self.store.load(ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b"", "nquads")
        return len(quads)

    def after_load(self) -> int:
        """After loading files: the identity links an ingest makes, then the view rows; returns the
        number of identity links."""
        from .identity import link_people
        links = link_people(self.store)
        self.store.optimize()
        self.rebuild_views()
        return links

    def rebuild_views(self) -> None:
        """Recompute the view rows from the store (``tradekg load`` does it after loading)."""
        self.store.rebuild_views()

    def serialize(self, fmt: str = "turtle") -> bytes:
        """The whole graph in an RDF format: turtle, trig, nt, nquads, jsonld, xml."""
        return self.store.dump(fmt)

    def to_rdflib(self):
        """The whole store as an rdflib Dataset (one graph per document)."""
        from rdflib import Dataset
        ds = Dataset()
        ds.parse(data=self.store.dump("nquads"), format="nquads")
        return ds

    def to_networkx(self, view: str = "full"):
        """A NetworkX graph of the store; ``view`` is one of ``export.VIEWS``."""
        from .export import to_networkx
        return to_networkx(self, view)


def _matches(row: dict[str, str], where: dict[str, str]) -> bool:
    return all(row[column] == value or row[column].rsplit("/", 1)[-1] == value for column, value in where.items())


def _check_columns(name: str, where: dict[str, str]) -> None:
    from .catalogue import query_variables
    columns = query_variables(named_query(name))
    unknown = [c for c in where if c not in columns]
    if unknown:
        raise QueryError(f"{name} has no column {unknown[0]!r}; its columns: {', '.join(columns)}")


class _DocumentValidator:
    """SHACL validation of one prepared document, with the shapes and ontology parsed once."""

    def __init__(self) -> None:
        from rdflib import Graph
        from .store import ontology_file
        from .validate import shapes_graph
        self.shapes = shapes_graph()
        self.ontology = Graph().parse(ontology_file())

    def check(self, prepared: PreparedDocument) -> list[str]:
        from rdflib import Graph
        from .validate import validate_graph
        g = Graph()
        g.parse(data=prepared.facts, format="nt")
        g.parse(data=prepared.reference, format="nt")
        return [f"{v.focus} {v.path}: {v.message}" for v in
                validate_graph(g, ontology=self.ontology, shapes=self.shapes, document=prepared.iri)]


class _NoBar:
    def update(self, n: int = 1) -> None:
        pass

    def close(self) -> None:
        pass


def _progress(total: int, show: bool):
    if not show:
        return _NoBar()
    from tqdm import tqdm
    # disable=None: a bar on a terminal only, so that logs and pipes get the report lines alone
    return tqdm(total=total, unit="doc", desc="ingest", leave=False, disable=None)
