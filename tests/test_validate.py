"""SHACL shapes tested like code: graphs that must conform and broken ones that must not."""
import pytest
from rdflib import RDF, Graph, Literal, URIRef

from tradekg.articles import Article
from tradekg.build import build_graph
from tradekg.extract import read_facts
from tradekg.namespace import TKG
from tradekg.validate import validate_graph, validate_store

TEXT = ("Belarusian President Viktor Sharko met Uzbekistan Prime Minister Abdulla Karimov in Minsk. "
        "Bilateral trade reached $850 million. Uzbekistan will export cotton to Belarus. "
        "The two countries are launching joint production of tractors.")


def good() -> Graph:
    out = build_graph(Article("v", "v", TEXT), read_facts(Article("v", "v", TEXT)))
    g = Graph()
    for t in out.facts:
        g.add(t)
    for t in out.reference:
        g.add(t)
    return g


def first(g: Graph, cls) -> URIRef:
    return next(g.subjects(RDF.type, cls))


def test_built_graph_conforms():
    assert validate_graph(good()) == []


def break_flow_importer(g):
    flow = first(g, TKG.TradeFlow)
    g.remove((flow, TKG.importer, None))


def break_flow_same_country(g):
    flow = first(g, TKG.TradeFlow)
    g.remove((flow, TKG.importer, None))
    g.add((flow, TKG.importer, g.value(flow, TKG.exporter)))


def break_volume_one_country(g):
    volume = first(g, TKG.TradeVolume)
    g.remove((volume, TKG.country, URIRef("https://w3id.org/tradekg/id/country/UZB")))


def break_amount_currency(g):
    amount = first(g, TKG.MonetaryAmount)
    g.remove((amount, TKG.currency, None))


def break_meeting_one_participant(g):
    meeting = first(g, TKG.Meeting)
    g.remove((meeting, TKG.participant, next(g.objects(meeting, TKG.participant))))


def break_country_code(g):
    g.set((URIRef("https://w3id.org/tradekg/id/country/BLR"), TKG.alpha3, Literal("Belarus")))


def break_hs_notation(g):
    code = first(g, TKG.HSCode)
    g.set((code, URIRef("http://www.w3.org/2004/02/skos/core#notation"), Literal("52x")))


def break_fact_provenance(g):
    flow = first(g, TKG.TradeFlow)
    g.remove((flow, TKG.inDocument, None))


def break_project_partner(g):
    project = first(g, TKG.JointProject)
    g.remove((project, TKG.partner, URIRef("https://w3id.org/tradekg/id/country/BLR")))


@pytest.mark.parametrize("breaker, message", [
    (break_flow_importer, "importer"),
    (break_flow_same_country, "differ"),
    (break_volume_one_country, "two distinct countries"),
    (break_amount_currency, "currency"),
    (break_meeting_one_participant, "two participants"),
    (break_country_code, "alpha-3"),
    (break_hs_notation, "HS code"),
    (break_fact_provenance, "document"),
    (break_project_partner, "partner"),
])
def test_shapes_catch_broken_graphs(breaker, message):
    g = good()
    breaker(g)
    violations = validate_graph(g, document="v")
    assert violations and any(message in v.message for v in violations), [str(v) for v in violations]


def test_store_validation_names_the_document(sample_kg):
    report = validate_store(sample_kg)
    assert report.conforms and report.documents == 2


def test_validate_command_exit_codes(tmp_path, example_dir):
    from click.testing import CliRunner
    from tradekg.cli import main
    store = tmp_path / "s"
    CliRunner().invoke(main, ["ingest", "--store", str(store), "-q", str(example_dir)])
    assert CliRunner().invoke(main, ["validate", "--store", str(store)]).exit_code == 0
    from tradekg import KnowledgeGraph
    kg = KnowledgeGraph(store)
    kg.store._db.update("DELETE WHERE { GRAPH ?g { ?f <https://w3id.org/tradekg/ontology#importer> ?i } }")
    del kg
    out = CliRunner().invoke(main, ["validate", "--store", str(store)])
    assert out.exit_code == 1 and "importer" in out.output and "/doc/" in out.output


def test_ingest_validate_refuses_a_non_conforming_document(tmp_path, monkeypatch):
    from tradekg import KnowledgeGraph, pipeline
    good_text, bad_text = TEXT, "Sudan will export cotton to Jordan."
    original = pipeline.prepare_article

    def broken(article):
        prepared = original(article)
        if article.doc_id == "bad":  # a flow whose importer went missing
            lines = [ln for ln in prepared.facts.split(b"\n") if b"ontology#importer" not in ln]
            prepared = pipeline.PreparedDocument(prepared.source, prepared.iri, b"\n".join(lines),
                                                 prepared.reference, prepared.counts)
        return prepared

    monkeypatch.setattr(pipeline, "prepare_article", broken)
    kg = KnowledgeGraph(tmp_path / "s")
    report = kg.ingest_articles([Article("good", "good", good_text), Article("bad", "bad", bad_text)], validate=True)
    assert report.documents == 1
    assert len(report.failures) == 1 and "bad" in report.failures[0] and "importer" in report.failures[0]
