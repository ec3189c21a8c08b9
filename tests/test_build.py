"""Golden graph: the example article's graph compared by isomorphism with a reviewed Turtle file.

Regenerate after an intended change with ``python tests/test_build.py`` and review the diff.
"""
from pathlib import Path

from rdflib import RDF, XSD, Graph, Literal
from rdflib.namespace import DCTERMS
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from tradekg.articles import read_file
from tradekg.build import build_graph
from tradekg.extract import read_facts
from tradekg.namespace import TKG

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "data" / "examples" / "uzbekistan-belarus-talks.txt"
GOLDEN = Path(__file__).parent / "golden" / "uzbekistan-belarus-talks.ttl"


def built() -> Graph:
    (article,) = read_file(ARTICLE)
    out = build_graph(article, read_facts(article))
    g = Graph()
    g.bind("tkg", str(TKG._NS))
    for triple in out.facts:
        g.add(triple)
    for triple in out.reference:
        g.add(triple)
    return g


def canonical(g: Graph) -> Graph:
    """Numbers compared by value (Turtle writes 850000000 as 850000000.0); the source path, which
    depends on where the checkout lies, left out."""
    out = Graph()
    for s, p, o in g:
        if p == DCTERMS.source:
            continue
        if isinstance(o, Literal) and o.datatype == XSD.decimal:
            o = Literal(format(o.toPython().normalize(), "f"), datatype=XSD.decimal)
        out.add((s, p, o))
    return out


def test_golden_graph_is_isomorphic():
    got, want = canonical(built()), canonical(Graph().parse(GOLDEN))
    if not isomorphic(got, want):
        _, only_got, only_want = graph_diff(to_isomorphic(got), to_isomorphic(want))
        raise AssertionError("graph differs from golden\nonly in output:\n"
                             + "\n".join(sorted(map(str, only_got)))[:3000]
                             + "\nonly in golden:\n" + "\n".join(sorted(map(str, only_want)))[:3000])


def test_every_fact_has_provenance():
    g = built()
    for cls in (TKG.Meeting, TKG.TradeVolume, TKG.TradeFlow, TKG.JointProject):
        facts = list(g.subjects(RDF.type, cls))
        assert facts, cls
        for fact in facts:
            assert g.value(fact, TKG.inDocument) is not None
            assert g.value(fact, TKG.rule) is not None
            start, end = g.value(fact, TKG.startOffset), g.value(fact, TKG.endOffset)
            assert start is not None and end is not None and int(start) < int(end)


def test_offsets_point_at_the_evidence():
    (article,) = read_file(ARTICLE)
    facts = read_facts(article)
    for flow in facts.flows:
        assert flow.commodity.split()[-1] in article.text[flow.evidence.start:flow.evidence.end].lower()


def test_photo_counter_noise_yields_nothing():
    from tradekg.articles import Article
    facts = read_facts(Article("n", "n", "Title\n\n  • 7\n  • 3:53\n\n"))
    assert not (facts.flows or facts.volumes or facts.meetings or facts.people)


if __name__ == "__main__":
    GOLDEN.write_text(built().serialize(format="turtle"))
    print(f"wrote {GOLDEN}")
