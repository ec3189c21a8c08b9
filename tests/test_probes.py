"""Whole articles written in the genre (invented people): they ingest cleanly, conform to the
shapes, yield the facts a reader takes from them, and a story with no trade in it yields none."""
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


def last(value) -> str:
    return str(value).rstrip("/").rsplit("/", 1)[-1]


def rows(kg, name: str, doc: str, *columns: str) -> set:
    return {tuple(last(r[c]) if c in ("exporter", "importer", "partner", "country", "country1", "country2") else str(r[c])
                  for c in columns) for r in kg.named(name) if last(r["doc"]) == doc}


def test_probes_conform(kg):
    report = validate_store(kg)
    assert report.conforms, [str(v) for v in report.violations[:5]]


def test_story_without_trade_yields_no_trade_facts(kg):
    for name in ("trade-flows", "trade-volumes", "meetings", "projects"):
        assert not [r for r in kg.named(name) if r["doc"].endswith("/sports-no-facts")], name


def test_every_trade_story_yields_flows(kg):
    docs = {last(r["doc"]) for r in kg.named("trade-flows")}
    assert docs >= {"probe1", "probe3", "probe4", "probe6", "probe7", "probe9"}


def test_transcript_of_talks(kg):
    """A press release with a transcript: who met, the trade figure, the goods each side sells."""
    assert rows(kg, "officials", "probe1", "name", "country") == {("Nino Beridze", "GEO"), ("Aram Sargsyants", "ARM")}
    assert rows(kg, "meetings", "probe1", "participant", "mode") == {("Nino Beridze", "in person"),
                                                                     ("Aram Sargsyants", "in person")}
    assert rows(kg, "trade-volumes", "probe1", "country1", "country2", "value", "currency") == {
        ("ARM", "GEO", "1900000000", "USD")}
    flows = rows(kg, "trade-flows", "probe1", "exporter", "importer", "commodity")
    assert flows >= {("GEO", "ARM", "wine"), ("GEO", "ARM", "mineral water"), ("GEO", "ARM", "fertilisers"),
                     ("GEO", "ARM", "railway wagons"), ("GEO", "ARM", "citrus fruit"), ("ARM", "GEO", "jewellery")}
    assert not {f for f in flows if f[2] in ("projects", "gas", "energy")}
    assert {p for p, _ in rows(kg, "projects", "probe1", "project", "partner")} == {
        "joint production of electric buses", "building hydropower station"}


def test_phone_call_and_videoconference(kg):
    meetings = {}
    for r in kg.named("meetings"):
        if last(r["doc"]) == "probe7":
            meetings.setdefault(str(r["meeting"]), set()).add((str(r["participant"]), str(r["mode"])))
    assert sorted(map(sorted, meetings.values())) == [
        [("Hedi Mansour", "video"), ("Levan Kiknadze", "video")],
        [("Kamel Ben Salah", "telephone"), ("Nino Beridze", "telephone")]]
    assert ("GEO", "TUN", "wine") in rows(kg, "trade-flows", "probe7", "exporter", "importer", "commodity")
    assert rows(kg, "projects", "probe7", "project", "partner") == {
        ("construction of Bizerte solar power plant", "GEO"), ("construction of Bizerte solar power plant", "TUN")}


def test_wire_story_deficit_and_region(kg):
    """A surplus is no trade figure; exports "where" a region grows go to no country."""
    assert rows(kg, "trade-volumes", "probe8", "value") == set()
    flows = rows(kg, "trade-flows", "probe8", "exporter", "importer", "commodity")
    assert ("USA", "KOR", "farm goods") in flows
    assert not {f for f in flows if f[0] == "KOR" and f[2].startswith("ship")}
