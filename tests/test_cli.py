"""The command line, in process; the forms outside scripts rely on are pinned here."""
import json

import networkx as nx
import pytest
from click.testing import CliRunner

from tradekg.cli import main


@pytest.fixture(scope="module")
def store(tmp_path_factory, example_dir):
    path = tmp_path_factory.mktemp("cli") / "store"
    result = CliRunner().invoke(main, ["ingest", "--store", str(path), "--quiet", str(example_dir)])
    assert result.exit_code == 0, result.output
    return path


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_every_command_has_help():
    for name, command in main.commands.items():
        assert command.help, name
        assert run(name, "--help").exit_code == 0


def test_named_query_json_is_w3c_sparql_results(store):
    out = run("query", "--store", store, "--named", "trade-flows", "--format", "json")
    assert out.exit_code == 0
    data = json.loads(out.output)
    assert "exporter" in data["head"]["vars"] and data["results"]["bindings"]


@pytest.mark.parametrize("fmt, marker", [("table", "rows)"), ("csv", "doc,country"), ("tsv", "?doc\t?country")])
def test_query_formats(store, fmt, marker):
    out = run("query", "--store", store, "--named", "countries", "--format", fmt)
    assert out.exit_code == 0 and marker in out.output


def test_query_text_and_rq_file(store, tmp_path):
    q = "SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/tradekg/ontology#TradeFlow> }"
    assert run("query", "--store", store, q).exit_code == 0
    f = tmp_path / "q.rq"
    f.write_text(q)
    out = run("query", "--store", store, f, "--format", "csv")
    assert out.exit_code == 0 and int(out.output.split()[1]) > 5


def test_syntax_error_is_one_line_and_nonzero(store):
    out = run("query", "--store", store, "SELEC broken")
    assert out.exit_code == 1
    assert out.output.strip().count("\n") == 0 and "syntax" in out.output


def test_service_refused(store):
    out = run("query", "--store", store, "SELECT * WHERE { SERVICE <http://h/s> { ?s ?p ?o } }")
    assert out.exit_code == 1 and "SERVICE" in out.output


@pytest.mark.parametrize("fmt", ["turtle", "trig", "nt", "nquads", "jsonld", "xml"])
def test_export_formats(store, tmp_path, fmt):
    target = tmp_path / f"kg.{fmt}"
    out = run("export", "--store", store, "--format", fmt, "-o", target)
    assert out.exit_code == 0 and target.stat().st_size > 1000


def test_export_turtle_loads_in_rdflib(store, tmp_path):
    from rdflib import Graph
    target = tmp_path / "kg.ttl"
    run("export", "--store", store, "--format", "turtle", "-o", target)
    assert len(Graph().parse(target)) > 100


@pytest.mark.parametrize("view", ["full", "trade", "meetings", "country-commodity"])
def test_networkx_graphml_loads_back(store, tmp_path, view):
    target = tmp_path / f"{view}.graphml"
    out = run("networkx", "--store", store, "--view", view, "-o", target)
    assert out.exit_code == 0
    assert nx.read_graphml(target).number_of_nodes() > 1


def test_networkx_node_link_json(store, tmp_path):
    target = tmp_path / "trade.json"
    assert run("networkx", "--store", store, "--view", "trade", "--format", "json", "-o", target).exit_code == 0
    g = nx.node_link_graph(json.loads(target.read_text()), edges="links")
    assert g.number_of_edges() > 3


def test_bad_inputs_are_reported_and_others_ingested(tmp_path, example_dir):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text((example_dir / "wire-japan-korea.txt").read_text())
    (folder / "empty.txt").write_text("")
    (folder / "binary.txt").write_bytes(b"\x00\xff\x00binary")
    store = tmp_path / "s"
    out = run("ingest", "--store", store, "--quiet", folder)
    assert out.exit_code == 1
    assert "empty.txt: empty file" in out.output and "binary.txt: binary" in out.output
    flows = run("query", "--store", store, "--named", "trade-flows", "--format", "csv")
    assert "/doc/good," in flows.output


def test_missing_path_is_one_line(tmp_path):
    out = run("ingest", "--store", tmp_path / "s", tmp_path / "nothing")
    assert out.exit_code == 1 and "no such file" in out.output


def test_store_from_environment(tmp_path, example_dir, monkeypatch):
    monkeypatch.setenv("TRADEKG_STORE", str(tmp_path / "env-store"))
    assert run("ingest", "--quiet", example_dir / "wire-japan-korea.txt").exit_code == 0
    assert (tmp_path / "env-store").is_dir()
