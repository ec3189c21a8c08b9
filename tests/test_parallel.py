"""Extraction as a pure map: worker processes, a local Dask cluster, N-Quads for bulk loaders."""
import io

from click.testing import CliRunner
from rdflib.compare import isomorphic

from tradekg import KnowledgeGraph
from tradekg.articles import read_articles
from tradekg.cli import main
from tradekg.pipeline import document_nquads, extract_to_nquads


def test_document_nquads_is_a_pure_function(example_dir):
    """The same article gives the same quads in another process, with another hash seed (what a
    worker of ``--jobs`` or Dask does), and twice in this one."""
    import os
    import subprocess
    import sys
    article = next(read_articles([example_dir]))
    here = document_nquads(article)
    code = ("import sys; from pathlib import Path; from tradekg.articles import read_articles; "
            "from tradekg.pipeline import document_nquads; "
            f"sys.stdout.write(document_nquads(next(read_articles([Path({str(example_dir)!r})]))))")
    other = subprocess.run([sys.executable, "-c", code], capture_output=True, check=True,
                           text=True, env={**os.environ, "PYTHONHASHSEED": "12345"}).stdout
    assert here and sorted(here.splitlines()) == sorted(other.splitlines())
    assert document_nquads(article) == here


def graphs(nquads: bytes) -> dict:
    """Named graphs of an N-Quads text, each as an rdflib Graph (for isomorphism with bnodes)."""
    import pyoxigraph as ox
    from rdflib import Graph
    groups: dict = {}
    for q in ox.parse(nquads, format=ox.RdfFormat.N_QUADS):
        groups.setdefault(str(q.graph_name), []).append(ox.Triple(q.subject, q.predicate, q.object))
    return {name: Graph().parse(data=ox.serialize(ts, format=ox.RdfFormat.N_TRIPLES), format="nt")
            for name, ts in groups.items()}


def test_processes_and_dask_give_the_same_quads(example_dir):
    serial, parallel, on_dask = io.StringIO(), io.StringIO(), io.StringIO()
    extract_to_nquads([example_dir], serial)
    extract_to_nquads([example_dir], parallel, jobs=2)
    report = extract_to_nquads([example_dir], on_dask, jobs=2, dask_scheduler="local")
    assert report.documents == 2
    assert sorted(serial.getvalue().splitlines()) == sorted(parallel.getvalue().splitlines())
    assert sorted(serial.getvalue().splitlines()) == sorted(on_dask.getvalue().splitlines())


def test_nquads_load_into_a_store_like_an_ingest(example_dir, tmp_path):
    nq = tmp_path / "kg.nq"
    out = CliRunner().invoke(main, ["extract", str(example_dir), "-o", str(nq), "--jobs", "2"])
    assert out.exit_code == 0, out.output
    loaded = tmp_path / "loaded"
    assert CliRunner().invoke(main, ["load", "--store", str(loaded), str(nq)]).exit_code == 0
    ingested = KnowledgeGraph(None)
    ingested.ingest([example_dir])
    a, b = KnowledgeGraph(loaded, read_only=True), ingested
    assert sorted(map(str, (r["commodity"] for r in a.named("trade-flows")))) == \
        sorted(map(str, (r["commodity"] for r in b.named("trade-flows"))))


def test_ingest_with_jobs_stores_everything(example_dir, tmp_path):
    kg = KnowledgeGraph(tmp_path / "s")
    report = kg.ingest([example_dir], jobs=2)
    assert report.documents == 2 and report.facts["TradeFlow"] >= 10


def test_export_import_round_trips(sample_kg, tmp_path):
    from tradekg.store import Store
    original = graphs(sample_kg.serialize("nquads"))
    assert len(original) >= 4  # two documents, reference data, ontology
    for fmt in ("trig", "nquads", "jsonld"):
        other = Store(None)
        other.load(sample_kg.serialize(fmt), fmt)
        back = graphs(other.dump("nquads"))
        assert set(back) == set(original), fmt
        for name, g in original.items():
            assert isomorphic(g, back[name]), (fmt, name)
    union = {t for g in original.values() for t in g}
    other = Store(None)
    before = len(other)  # the ontology, in its own graph
    other.load(sample_kg.serialize("turtle"), "turtle")  # Turtle holds the union, in the default graph
    assert len(other) - before == len(union)
