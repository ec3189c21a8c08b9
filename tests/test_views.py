"""The view rows behind the per-document named queries: always the rows the live query gives."""
import sqlite3
from collections import Counter

import pytest

from tradekg import KnowledgeGraph
from tradekg.pipeline import named_query
from tradekg.results import to_rows
from tradekg.views import FILE_NAME, VIEW_QUERIES

from .conftest import EXAMPLES, ROOT, article

PROBES = ROOT / "tests" / "data" / "probes"
TEXT = ("Belarusian President Viktor Sharko met Uzbek Prime Minister Abdulla Karimov in Tashkent on 12 March. "
        "Bilateral trade reached $320 million in 2023. Uzbekistan will export cotton to Belarus, "
        "and Belarus offers tractors and elevators. The sides launched joint carpet production.")


def live(kg, name):
    return to_rows(kg.live_query(named_query(name)))


def bag(rows):
    return Counter(tuple(sorted(r.items())) for r in rows)


def terms(results):
    """Rows as N-Triples terms: datatypes and languages count too."""
    names = [v.value for v in results.variables]
    return Counter(tuple(str(s[n]) if s[n] is not None else "" for n in names) for s in results)


@pytest.fixture(scope="module")
def corpus_kg(tmp_path_factory):
    kg = KnowledgeGraph(tmp_path_factory.mktemp("views") / "store")
    report = kg.ingest([EXAMPLES, PROBES])
    assert report.documents >= 10
    return kg


@pytest.mark.parametrize("name", VIEW_QUERIES)
def test_view_rows_equal_the_live_query(corpus_kg, name):
    assert corpus_kg.store.views.is_current()
    expected = live(corpus_kg, name)
    assert expected, f"the test corpus should give {name} rows"
    assert bag(corpus_kg.named(name)) == bag(expected)
    assert terms(corpus_kg.query(named_query(name))) == terms(corpus_kg.live_query(named_query(name)))


def test_named_query_is_answered_from_the_views(corpus_kg, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("ran live")
    monkeypatch.setattr(corpus_kg.store, "query", refuse)
    assert corpus_kg.named("trade-flows")


def test_each_document_keeps_its_own_spelling_of_a_name(tmp_path):
    kg = KnowledgeGraph(tmp_path / "s")
    kg.ingest_articles([article("Vietnamese Prime Minister Nguyễn Xuân Phúc met Japanese Prime Minister Taro Sato.", "a"),
                        article("Vietnamese Prime Minister Nguyen Xuan Phuc visited Tokyo.", "b")])
    names = {(r["doc"].rsplit("/", 1)[1], r["name"]) for r in kg.named("officials") if "Ph" in r["name"]}
    assert names == {("a", "Nguyễn Xuân Phúc"), ("b", "Nguyen Xuan Phuc")}
    assert bag(kg.named("officials")) == bag(live(kg, "officials"))


def test_reingest_replaces_the_rows_of_the_document(tmp_path):
    kg = KnowledgeGraph(tmp_path / "s")
    kg.ingest_articles([article(TEXT, "d1"), article("Kenya will export tea to Egypt.", "d2")])
    kg.ingest_articles([article("Uzbekistan will export wheat to Belarus.", "d1")])
    assert kg.store.views.is_current()
    assert sorted(r["commodity"] for r in kg.named("trade-flows")) == ["tea", "wheat"]
    assert kg.named("projects") == []


def test_an_update_sends_named_queries_live_until_the_next_ingest_rebuilds(tmp_path):
    kg = KnowledgeGraph(tmp_path / "s")
    kg.ingest_articles([article(TEXT, "d1"), article("Kenya will export tea to Egypt.", "d2")])
    doc = next(r["doc"] for r in kg.named("countries") if r["doc"].endswith("/d1"))
    kg.store.update(f"INSERT DATA {{ GRAPH <{doc}> {{ <{doc}> <https://w3id.org/tradekg/ontology#mentionsCountry> "
                    "<https://w3id.org/tradekg/id/country/KEN> } }")
    assert not kg.store.views.is_current()
    assert "https://w3id.org/tradekg/id/country/KEN" in {r["country"] for r in kg.named("countries") if r["doc"] == doc}
    kg.ingest_articles([article("Chile will export copper to Japan.", "d3")])
    assert kg.store.views.is_current()
    assert bag(kg.named("countries")) == bag(live(kg, "countries"))
    assert "https://w3id.org/tradekg/id/country/KEN" in {r["country"] for r in kg.named("countries") if r["doc"] == doc}


def test_interrupted_writes_leave_queries_live_and_are_repaired(tmp_path):
    kg = KnowledgeGraph(tmp_path / "s")
    kg.ingest_articles([article(TEXT, "d1")])
    kg.store.begin_writes()  # as if a process died after writing and before finishing
    kg.store.replace_document_nt(*_prepared("Kenya will export tea to Egypt.", "d2"))
    assert not kg.store.views.is_current()
    assert "tea" in {r["commodity"] for r in kg.named("trade-flows")}
    kg.ingest_articles([article("Chile will export copper to Japan.", "d3")])
    assert kg.store.views.is_current()
    assert {r["commodity"] for r in kg.named("trade-flows")} >= {"cotton", "tea", "copper"}


def _prepared(text, doc_id):
    from tradekg.pipeline import prepare_article
    p = prepare_article(article(text, doc_id), with_rows=False)
    return p.iri, p.facts, p.reference


def test_rows_of_another_query_text_are_not_used(tmp_path):
    kg = KnowledgeGraph(tmp_path / "s")
    kg.ingest_articles([article(TEXT, "d1")])
    with sqlite3.connect(tmp_path / "s" / FILE_NAME) as db:
        db.execute("UPDATE meta SET value = 'older' WHERE key = 'version'")
    assert not kg.store.views.is_current()
    assert bag(kg.named("trade-flows")) == bag(live(kg, "trade-flows"))


def test_loading_an_export_rebuilds_the_views(tmp_path):
    from click.testing import CliRunner
    from tradekg.cli import main
    kg = KnowledgeGraph(tmp_path / "a")
    kg.ingest_articles([article(TEXT, "d1")])
    (tmp_path / "all.nq").write_bytes(kg.serialize("nquads"))
    result = CliRunner().invoke(main, ["load", "--store", str(tmp_path / "b"), str(tmp_path / "all.nq")])
    assert result.exit_code == 0, result.output
    loaded = KnowledgeGraph(tmp_path / "b", read_only=True)
    assert loaded.store.views.is_current()
    for name in VIEW_QUERIES:
        assert bag(loaded.named(name)) == bag(kg.named(name))


def test_a_store_without_views_answers_live(tmp_path):
    kg = KnowledgeGraph(tmp_path / "s")
    kg.ingest_articles([article(TEXT, "d1")])
    expected = kg.named("meetings")
    del kg
    (tmp_path / "s" / FILE_NAME).unlink()
    for extra in ("-wal", "-shm"):
        (tmp_path / "s" / (FILE_NAME + extra)).unlink(missing_ok=True)
    ro = KnowledgeGraph(tmp_path / "s", read_only=True)
    assert bag(ro.named("meetings")) == bag(expected)


def test_rows_keep_every_kind_of_term_through_both_readers():
    import orjson
    import pyoxigraph as ox
    from tradekg.views import _encode_rows, as_results
    terms = [ox.NamedNode("https://w3id.org/tradekg/id/doc/x"), ox.BlankNode("b1"),
             ox.Literal('say "hi"\\ \ttab\nline\rcr'), ox.Literal("Минск", language="ru"),
             ox.Literal("12.5", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal")), None]
    names = ["a", "b", "c", "d", "e", "f"]
    vals, kinds = _encode_rows(names, [dict(zip(names, terms))])
    rows = orjson.loads(vals)
    assert rows == [{n: "" if t is None else t.value for n, t in zip(names, terms)}]
    (solution,) = list(as_results(names, rows, orjson.loads(kinds)))
    assert [solution[n] for n in names] == terms


def test_replacing_a_documents_rows_searches_the_key_rather_than_scanning(tmp_path):
    """A delete that scanned the table made a 10,000-document ingest quadratic (26 s of SQLite)."""
    from tradekg.views import DELETE_ROWS, ViewTable
    table = ViewTable(tmp_path)
    plan = " ".join(str(r[-1]) for r in table._db.execute("EXPLAIN QUERY PLAN " + DELETE_ROWS, ("q", "d")))
    assert "SCAN" not in plan and "SEARCH" in plan, plan


def test_where_keeps_the_rows_of_one_exporter_from_views_and_live(tmp_path):
    from tradekg.errors import QueryError
    kg = KnowledgeGraph(tmp_path / "s")
    kg.ingest_articles([article(TEXT, "d1"), article("Kenya will export tea to Egypt.", "d2")])
    from_views = kg.named("trade-flows", where={"exporter": "UZB"})
    assert {r["commodity"] for r in from_views} == {"cotton"}
    assert kg.named("trade-flows", where={"exporter": "https://w3id.org/tradekg/id/country/KEN"})[0]["commodity"] == "tea"
    assert terms(kg.named_results("trade-flows", {"importer": "EGY"})) == Counter(
        t for t in terms(kg.live_query(named_query("trade-flows"))).elements() if "/country/EGY" in t[2])
    kg.store.update("INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> <urn:c> } }")  # rows no longer current
    assert kg.named("trade-flows", where={"exporter": "UZB"}) == from_views
    assert {str(s["commodity"]) for s in kg.named_results("trade-flows", {"exporter": "UZB"})} == {'"cotton"'}
    with pytest.raises(QueryError, match="no column 'country'.*exporter"):
        kg.named("trade-flows", where={"country": "UZB"})


def test_cli_where_filters_a_named_query(tmp_path):
    from click.testing import CliRunner
    from tradekg.cli import main
    KnowledgeGraph(tmp_path / "s").ingest_articles([article(TEXT, "d1"), article("Kenya will export tea to Egypt.", "d2")])
    runner = CliRunner()
    out = runner.invoke(main, ["query", "--store", str(tmp_path / "s"), "--named", "trade-flows",
                               "--where", "exporter=KEN", "--format", "csv"])
    assert out.exit_code == 0, out.output
    assert "tea" in out.output and "cotton" not in out.output
    out = runner.invoke(main, ["query", "--store", str(tmp_path / "s"), "SELECT * {}", "--where", "exporter=KEN"])
    assert out.exit_code == 2 and "--where goes with --named" in out.output


def test_where_on_the_document_reads_only_its_rows(tmp_path):
    kg = KnowledgeGraph(tmp_path / "s")
    kg.ingest_articles([article(TEXT, "d_1"), article("Kenya will export tea to Egypt.", "dx1")])
    assert {r["commodity"] for r in kg.named("trade-flows", where={"doc": "d_1"})} == {"cotton", "tractors", "elevators"}
    only = kg.named("countries", where={"doc": "dx1"})
    assert {r["code"] for r in only} == {"KEN", "EGY"}
    assert kg.store.views.rows("countries", doc="dx1")[1] == only
