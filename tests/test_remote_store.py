"""The same commands with --store pointing at a real SPARQL server (Oxigraph server)."""
import json

from click.testing import CliRunner

from tradekg import KnowledgeGraph
from tradekg.cli import main

from .conftest import article

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def test_cli_against_a_sparql_server(oxigraph_server, example_dir, tmp_path):
    runner = CliRunner()
    out = runner.invoke(main, ["ingest", "--store", oxigraph_server, "-q", str(example_dir)])
    assert out.exit_code == 0, out.output
    out = runner.invoke(main, ["query", "--store", oxigraph_server, "--named", "trade-flows", "--format", "json"])
    rows = json.loads(out.output)["results"]["bindings"]
    assert any(r["commodity"]["value"] == "cotton yarn" for r in rows)
    target = tmp_path / "kg.trig"
    assert runner.invoke(main, ["export", "--store", oxigraph_server, "--format", "trig", "-o", str(target)]).exit_code == 0
    assert target.stat().st_size > 1000


def test_reingest_replaces_the_named_graph_on_the_server(oxigraph_server):
    kg = KnowledgeGraph(oxigraph_server)
    text = "Uzbekistan will export cotton to Belarus."
    kg.ingest_articles([article(text, "remote-doc")])
    first = int(kg.rows(COUNT)[0]["n"])
    kg.ingest_articles([article(text, "remote-doc")])
    assert int(kg.rows(COUNT)[0]["n"]) == first
    kg.ingest_articles([article("Uzbekistan will export fruit to Belarus.", "remote-doc")])
    labels = [r["commodity"] for r in kg.named("trade-flows") if r["doc"].endswith("/remote-doc")]
    assert labels == ["fruit"]


def test_unreachable_server_is_one_clear_error():
    out = CliRunner().invoke(main, ["query", "--store", "http://127.0.0.1:9/query", "--named", "countries"])
    assert out.exit_code == 1 and "not reachable" in out.output
