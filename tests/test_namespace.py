import importlib.util
from pathlib import Path

import pytest
from rdflib import Graph

from tradekg.namespace import TKG

ROOT = Path(__file__).resolve().parents[1]


def _generator():
    spec = importlib.util.spec_from_file_location("gen", ROOT / "scripts" / "generate_namespace.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_generated_namespace_matches_the_ontology():
    gen = _generator()
    assert (ROOT / "src" / "tradekg" / "namespace.py").read_text() == gen.render(gen.ontology_terms())


def test_misspelt_term_raises():
    with pytest.raises(AttributeError):
        TKG.TradeFlowz  # noqa: B018


def test_every_term_has_label_and_comment():
    g = Graph().parse(ROOT / "ontology" / "tradekg.ttl")
    from rdflib import RDFS
    for name in _generator().ontology_terms():
        term = TKG[name]
        assert g.value(term, RDFS.label) is not None, name
        assert g.value(term, RDFS.comment) is not None, name


def test_ontology_parses_in_a_second_independent_parser():
    import pyoxigraph as ox
    triples = list(ox.parse(path=str(ROOT / "ontology" / "tradekg.ttl"), format=ox.RdfFormat.TURTLE))
    assert len(triples) == len(Graph().parse(ROOT / "ontology" / "tradekg.ttl"))
