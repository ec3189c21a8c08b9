"""Whole articles written in the genre: they ingest cleanly, conform to the shapes, and a story
with no trade in it yields no trade facts."""
from pathlib import Path

import pytest

from tradekg import KnowledgeGraph
from tradekg.validate import validate_store

PROBES = Path(__file__).parent / "data" / "probes"


@pytest.fixture(scope="module")
def kg():
    graph = KnowledgeGraph(None)
    report = graph.ingest([PROBES])
    assert report.ok and report.documents == len(list(PROBES.glob("*.txt")))
    return graph


def test_probes_conform(kg):
    report = validate_store(kg)
    assert report.conforms, [str(v) for v in report.violations[:5]]


def test_story_without_trade_yields_no_trade_facts(kg):
    for name in ("trade-flows", "trade-volumes", "meetings", "projects"):
        assert not [r for r in kg.named(name) if r["doc"].endswith("/sports-no-facts")], name


def test_every_trade_story_yields_flows(kg):
    docs = {r["doc"].rsplit("/", 1)[-1] for r in kg.named("trade-flows")}
    assert docs >= {"probe1", "probe3", "probe4", "probe6", "probe7", "probe9"}
