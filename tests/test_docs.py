"""The README's SPARQL examples run on the sample graph and give the rows the example articles say."""
import re
from pathlib import Path

import pytest

from .conftest import EXAMPLES

README = (Path(__file__).resolve().parents[1] / "README.md").read_text()
BLOCKS = re.findall(r"```sparql\n(.*?)```", README, re.DOTALL)
COUNTRY = "https://w3id.org/tradekg/id/country/"
DOC = "https://w3id.org/tradekg/id/doc/"


def test_readme_has_sparql_examples():
    assert len(BLOCKS) == 2, "a new README example needs its expected rows here"


def test_belarus_goods_example(sample_kg):
    """Belarus offers its tractors, trucks and elevators: Uzbekistan is "interested in" them."""
    rows = sample_kg.rows(BLOCKS[0])
    assert {(r["importer"].removeprefix(COUNTRY), r["goods"], r["hs"], r["modality"]) for r in rows} == {
        ("UZB", "tractors", "8701", "wanted"), ("UZB", "trucks", "8704", "wanted"),
        ("UZB", "elevators", "842810", "wanted")}


def test_provenance_example_points_at_the_figure(sample_kg):
    """Each trade figure's offsets cut its words out of the document file, inside its sentence."""
    rows = sample_kg.rows(BLOCKS[1])
    assert {r["doc"].removeprefix(DOC) for r in rows} == {"wire-japan-korea", "uzbekistan-belarus-talks"}
    for r in rows:
        text = (EXAMPLES / (r["doc"].removeprefix(DOC) + ".txt")).read_text(encoding="utf-8")
        span = text[int(r["start"]):int(r["end"])]
        assert re.search(r"trade", span, re.IGNORECASE) and re.search(r"\d", span), span
        assert span in r["sentence"] and r["rule"].startswith("volume.")


@pytest.mark.parametrize("query", BLOCKS)
def test_readme_sparql_runs_on_a_server_too(sample_kg, query):
    """The same text, with its PREFIX lines, is valid for any SPARQL 1.1 engine (rdflib's here)."""
    from rdflib.plugins.sparql import prepareQuery
    assert prepareQuery(query).algebra.name == "SelectQuery"
