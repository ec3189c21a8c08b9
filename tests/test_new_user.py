"""What a new user tripped over (issue 13): each defect pinned by a test that failed before its fix."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from tradekg import KnowledgeGraph
from tradekg.articles import Article, read_file
from tradekg.cli import main

WIRE = ("KOREA AND JAPAN TALK STEEL\n\nSEOUL, May 6 - South Korean Trade Minister Han Dong-su met Japanese "
        "Trade Minister Ichiro Mori in Seoul yesterday, officials said.\n\n"
        "South Korea exports steel to Japan. Uzbekistan does not export wheat to Japan.\n")


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture(scope="module")
def wire_store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("newuser")
    (folder / "wire.txt").write_text(WIRE)
    store = folder / "store"
    assert run("ingest", "--quiet", "--store", store, folder / "wire.txt").exit_code == 0
    return store


def test_missing_input_is_reported_and_the_others_stored(tmp_path):
    (tmp_path / "a.txt").write_text("Chad will export cotton to Peru.")
    (tmp_path / "b.txt").write_text("Peru will export copper to Chad.")
    out = run("ingest", "--quiet", "--store", tmp_path / "s", tmp_path / "a.txt", tmp_path / "missing.txt", tmp_path / "b.txt")
    assert out.exit_code == 1
    assert "missing.txt" in out.output
    flows = run("query", "--store", tmp_path / "s", "--named", "trade-flows", "-c", "commodity", "-f", "csv")
    assert sorted(flows.output.split()[1:]) == ["copper", "cotton"]


def test_folder_with_only_a_pdf_names_it_and_fails(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "report.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n")
    out = run("ingest", "--store", tmp_path / "s", tmp_path / "in")
    assert out.exit_code == 1 and "report.pdf" in out.output and "no document" in out.output


def test_pdf_content_under_a_text_name_is_refused(tmp_path):
    (tmp_path / "x.txt").write_bytes(b"%PDF-1.4\nstream\nBT (Chad exports cotton to Peru) Tj ET\n")
    out = run("ingest", "--quiet", "--store", tmp_path / "s", tmp_path / "x.txt")
    assert out.exit_code == 1 and "PDF" in out.output


def test_offices_same_as_is_filled(sample_kg):
    rows = sample_kg.named("offices")
    assert rows and "same_as" in rows[0]
    # every person in the identity graph shows the others it was matched with
    linked = [r for r in rows if r["same_as"]]
    assert all(r["same_as"].startswith("https://w3id.org/tradekg/id/person/") for r in linked)


def test_negated_flow_is_denied_and_counted_nowhere(wire_store):
    kg = KnowledgeGraph(wire_store, read_only=True)
    flows = {(r["exporter"][-3:], r["commodity"]) for r in kg.named("trade-flows")}
    assert ("KOR", "steel") in flows and ("UZB", "wheat") not in flows
    denied = kg.rows("SELECT ?f WHERE { ?f tkg:modality tkg:Denied ; tkg:label 'wheat' }")
    assert len(denied) == 1
    chapters = {r["commodity"] for r in kg.named("commodity-chapters")}
    assert "wheat" not in chapters
    network = {(r["exporter"][-3:], r["importer"][-3:]): r for r in kg.named("trade-network")}
    assert set(network) == {("KOR", "JPN")} and network[("KOR", "JPN")]["refused"] == "0"


def test_month_may_is_no_modal(wire_store):
    kg = KnowledgeGraph(wire_store, read_only=True)
    steel = [r for r in kg.named("trade-flows") if r["commodity"] == "steel"]
    assert steel[0]["modality"] == "realised"


def test_wire_dateline_gives_date_place_and_yesterday(wire_store):
    kg = KnowledgeGraph(wire_store, read_only=True)
    doc = kg.named("documents")[0]
    assert (doc["date"], doc["place"]) == ("--05-06", "Seoul")
    assert {r["date"] for r in kg.named("meetings")} == {"--05-05"}


@pytest.mark.parametrize("command", [("export", "-o"), ("networkx", "-o"), ("viz", "-o"), ("extract", "-o")])
def test_unwritable_output_is_one_line(wire_store, tmp_path, command):
    name, flag = command
    target = tmp_path / "no-such-folder" / ("out.png" if name == "viz" else "out.graphml")
    args = [name, flag, target] + ([tmp_path] if name == "extract" else ["--store", wire_store])
    out = run(*args)
    assert out.exit_code == 1
    assert out.output.count("\n") == 1 and "no-such-folder" in out.output and "Traceback" not in out.output


def test_missing_rq_file_says_so(wire_store):
    out = run("query", "--store", wire_store, "nofile.rq")
    assert out.exit_code == 1 and "nofile.rq: no such file" in out.output


def test_html_title_is_a_paragraph_of_its_own(tmp_path):
    page = tmp_path / "p.html"
    page.write_text("<html><head><title>Japan and Korea</title></head><body>"
                    "<p>SEOUL, March 6 - Trade talks went on.</p></body></html>")
    article = read_file(page)[0]
    assert article.text.startswith("Japan and Korea\n\nSEOUL, March 6 -")
    kg = KnowledgeGraph(None)
    kg.ingest_articles([article])
    assert kg.named("trade-flows") == []


def test_turtle_export_is_refused_by_load_and_trig_round_trips(wire_store, tmp_path):
    assert run("export", "--store", wire_store, "-o", tmp_path / "kg.ttl").exit_code == 0
    refused = run("load", "--store", tmp_path / "t", tmp_path / "kg.ttl")
    assert refused.exit_code == 1 and "named graphs" in refused.output
    assert run("export", "--store", wire_store, "-f", "trig", "-o", tmp_path / "kg.trig").exit_code == 0
    assert run("load", "--store", tmp_path / "t", tmp_path / "kg.trig").exit_code == 0
    a = KnowledgeGraph(wire_store, read_only=True)
    b = KnowledgeGraph(tmp_path / "t", read_only=True)
    assert b.named("trade-flows") == a.named("trade-flows")
    assert len(b.store) == len(a.store)  # the identity graph is made again on load


def test_load_with_graph_keeps_plain_triples(tmp_path):
    (tmp_path / "extra.ttl").write_text("<http://ex/a> <http://ex/p> 'x' .\n")
    assert run("load", "--store", tmp_path / "s", "--graph", "http://ex/g", tmp_path / "extra.ttl").exit_code == 0
    kg = KnowledgeGraph(tmp_path / "s", read_only=True)
    assert kg.rows("SELECT ?o WHERE { GRAPH <http://ex/g> { ?s ?p ?o } }") == [{"o": "x"}]


def test_second_knowledge_graph_in_one_process_and_close(tmp_path):
    kg = KnowledgeGraph(tmp_path / "s")
    kg.ingest_articles([Article("a", "a", "Chad will export cotton to Peru.")])
    again = KnowledgeGraph(tmp_path / "s")  # a notebook cell run twice
    assert len(again.named("trade-flows")) == 1
    kg.close()
    again.close()
    # closed: another process can write to the store now
    (tmp_path / "b.txt").write_text("Peru will export copper to Chad.")
    done = subprocess.run([sys.executable, "-c", "from tradekg.cli import main; main()", "ingest", "--quiet",
                           "--store", str(tmp_path / "s"), str(tmp_path / "b.txt")], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    with KnowledgeGraph(tmp_path / "s") as kg2:
        assert len(kg2.named("trade-flows")) == 2


def test_unknown_flow_value_is_left_out_of_graphml(wire_store, tmp_path):
    out = tmp_path / "t.graphml"
    assert run("networkx", "--store", wire_store, "--view", "trade", "-o", out).exit_code == 0
    g = nx.read_graphml(out)
    assert g.number_of_edges() and all("value" not in d for _, _, d in g.edges(data=True))


def test_query_list_is_a_catalogue():
    out = run("query", "--list")
    assert "trade-flows\n" in out.output
    block = out.output.split("trade-flows\n", 1)[1].splitlines()[:2]
    assert block[0].strip() and block[1].strip().startswith("columns: doc, exporter, importer")


def test_columns_and_short_iris(wire_store):
    out = run("query", "--store", wire_store, "--named", "trade-flows", "--columns", "commodity,modality")
    assert out.output.splitlines()[0].split() == ["commodity", "modality"]
    kinds = run("query", "--store", wire_store, "SELECT DISTINCT ?m WHERE { ?f tkg:modality ?m }")
    assert "tkg:Realised" in kinds.output and "https://" not in kinds.output


def test_unknown_prefix_is_named(wire_store):
    out = run("query", "--store", wire_store, "SELECT * WHERE { ?s foo:bar ?o }")
    assert out.exit_code == 1 and "unknown prefix foo:" in out.output and "tkg:" in out.output


def test_named_and_sparql_together_is_refused(wire_store):
    out = run("query", "--store", wire_store, "--named", "trade-flows", "SELECT * {}")
    assert out.exit_code == 2 and "not both" in out.output


def test_viz_refuses_an_unknown_picture_suffix(wire_store, tmp_path):
    out = run("viz", "--store", wire_store, "-o", tmp_path / "out.jpg")
    assert out.exit_code == 2 and ".jpg" in out.output and not (tmp_path / "out.jpg").exists()


def test_viz_country_opens_the_page_on_it(wire_store, tmp_path):
    out = run("viz", "--store", wire_store, "--country", "kor", "-o", tmp_path / "k.html")
    assert out.exit_code == 0
    assert '"start":{"country":"KOR"}' in (tmp_path / "k.html").read_text()
    assert run("viz", "--store", wire_store, "--country", "ZZZ", "-o", tmp_path / "z.html").exit_code == 1


def test_missing_pyshacl_names_the_validate_extra():
    from tradekg import validate
    source = Path(validate.__file__).read_text()
    assert "tradekg[validate]" in source and "tradekg[test]" not in source


def test_imports_run_one_way():
    """cli -> pipeline -> store/views/export -> catalogue: no module below imports one above it."""
    below_pipeline = ["store", "views", "export", "validate", "catalogue", "results", "build", "articles"]
    src = Path(__file__).resolve().parents[1] / "src" / "tradekg"
    for name in below_pipeline:
        text = (src / f"{name}.py").read_text()
        assert "from .pipeline" not in text and "from .cli" not in text, name
    assert "from ." not in (src / "catalogue.py").read_text().replace("from .errors", "")


def test_viz_dependencies_come_with_the_base_install():
    import tomllib
    project = tomllib.loads((Path(__file__).resolve().parents[1] / "pyproject.toml").read_text())["project"]
    base = " ".join(project["dependencies"])
    assert "numpy" in base and "networkx" in base  # nx.spring_layout needs numpy


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_read_only_folder_output(tmp_path):  # pragma: no cover - CI runs as root
    folder = tmp_path / "ro"
    folder.mkdir(mode=0o500)
    out = run("export", "-o", folder / "x.ttl")
    assert out.exit_code == 1 and "permission" in out.output
