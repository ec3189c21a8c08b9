import pytest

from tradekg import KnowledgeGraph
from tradekg.errors import QueryError, StoreError
from tradekg.store import Store, check_query

from .conftest import article

TEXT = "Belarusian President Viktor Sharko met Uzbekistan Prime Minister Abdulla Karimov. Uzbekistan will export cotton to Belarus."
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def count(kg) -> int:
    return int(kg.rows(COUNT)[0]["n"])


def test_reingest_replaces_a_document(tmp_path):
    kg = KnowledgeGraph(tmp_path / "s")
    kg.ingest_articles([article(TEXT, "doc1")])
    first = count(kg)
    kg.ingest_articles([article(TEXT, "doc1")])
    assert count(kg) == first
    kg.ingest_articles([article("Uzbekistan will export fruit to Belarus.", "doc1")])
    flows = kg.named("trade-flows")
    assert [r["commodity"] for r in flows] == ["fruit"]


def test_store_persists_and_reopens_read_only(tmp_path):
    kg = KnowledgeGraph(tmp_path / "s")
    kg.ingest_articles([article(TEXT, "doc1")])
    del kg
    ro = KnowledgeGraph(tmp_path / "s", read_only=True)
    assert len(ro.named("trade-flows")) == 1


def test_second_writer_is_told_the_store_is_busy(tmp_path):
    import subprocess
    import sys
    first = Store(tmp_path / "s")
    other = subprocess.run([sys.executable, "-c", "import sys; from tradekg.store import Store; Store(sys.argv[1])",
                            str(tmp_path / "s")], capture_output=True, text=True)
    assert other.returncode != 0 and "the store is busy" in other.stderr
    del first  # dropped: the folder is free again
    again = subprocess.run([sys.executable, "-c", "import sys; from tradekg.store import Store; Store(sys.argv[1])",
                            str(tmp_path / "s")], capture_output=True, text=True)
    assert again.returncode == 0, again.stderr


def test_stores_of_one_process_share_the_folder(tmp_path):
    first = Store(tmp_path / "s")
    second = Store(tmp_path / "s")  # a notebook cell run again: no "busy"
    first.close()
    assert len(second) > 0  # the ontology graph, still readable through the second
    second.close()
    second.close()  # closing twice is harmless


def test_reader_works_while_a_writer_holds_the_store(tmp_path):
    writer = KnowledgeGraph(tmp_path / "s")
    writer.ingest_articles([article(TEXT, "doc1")])
    reader = KnowledgeGraph(tmp_path / "s", read_only=True)
    assert reader.named("countries")


def test_read_only_missing_store(tmp_path):
    with pytest.raises(StoreError, match="no store"):
        Store(tmp_path / "none", read_only=True)


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
    "LOAD <http://example.org/data.ttl>",
    "DROP ALL",
    "PREFIX x: <http://x/>\nINSERT DATA { x:a x:b x:c }",
])
def test_refused_queries(query):
    with pytest.raises(QueryError):
        check_query(query)


def test_service_inside_a_string_is_fine():
    check_query('SELECT * WHERE { ?s ?p "SERVICE" }')


def test_syntax_error_is_a_query_error():
    with pytest.raises(QueryError, match="syntax"):
        KnowledgeGraph(None).query("SELEC nothing")


def test_round_trip_formats(tmp_path):
    import pyoxigraph as ox
    kg = KnowledgeGraph(None)
    kg.ingest_articles([article(TEXT, "doc1")])
    for fmt in ("trig", "nquads"):
        other = Store(None)
        other.load(kg.serialize(fmt), fmt)
        assert len(other) == len(kg.store)
    turtle = kg.serialize("turtle")
    assert len(list(ox.parse(turtle, format=ox.RdfFormat.TURTLE))) > 0
