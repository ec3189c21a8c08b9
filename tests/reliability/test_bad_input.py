"""Bad input: one clear line naming the file, the other documents still stored, exit status 1."""
import json
import subprocess
import sys

import pytest

GOOD = "Uzbekistan will export cotton to Belarus. Belarusian President Viktor Sharko met Uzbek Prime Minister Abdulla Karimov."


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "tradekg.cli", *map(str, args)], capture_output=True, text=True, cwd=cwd)


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    d = tmp_path_factory.mktemp("bad")
    (d / "good.txt").write_text(GOOD)
    (d / "empty.txt").write_text("")
    (d / "blank.txt").write_text("   \n\n  ")
    (d / "binary.txt").write_bytes(b"\x7fELF\x00\x01\x02" + bytes(range(256)))
    (d / "latin1.txt").write_bytes("Brasília and Bogotá: Brazil will export coffee to Colombia.".encode("latin-1"))
    (d / "cp1252.txt").write_bytes("“Chile will supply copper to Japan,” the minister said.".encode("cp1252"))
    (d / "big.txt").write_bytes(b"Trade. " * (15 * 1024 * 1024))  # 105 MB
    (d / "lines.jsonl").write_text("\n".join([json.dumps({"id": "j1", "text": GOOD}), "{broken json",
                                              json.dumps({"id": "j3", "title": "no text"}),
                                              json.dumps({"id": "j4", "text": "Japan ships cars to Kenya."})]))
    (d / "page.html").write_text("<html><head><title>T</title><script>alert('Egypt exports gas to Israel')</script>"
                                 "</head><body><p>Peru will export zinc to China.</p></body></html>")
    (d / "nofacts.txt").write_text("The weather was fine and nothing else happened.")
    return d


@pytest.fixture(scope="module")
def result(folder, tmp_path_factory):
    store = tmp_path_factory.mktemp("store") / "s"
    return run("ingest", "--store", store, folder), store


def test_exit_status_says_some_failed(result):
    proc, _ = result
    assert proc.returncode == 1


@pytest.mark.parametrize("name, problem", [
    ("empty.txt", "empty file"), ("blank.txt", "empty file"), ("binary.txt", "binary file"),
    ("big.txt", "too large"), ("lines.jsonl:2", "not a JSON object"), ("lines.jsonl:3", "not a JSON object"),
])
def test_one_line_per_bad_input(result, name, problem):
    proc, _ = result
    lines = [line for line in proc.stderr.splitlines() if f"{name}:" in line and "failed" in line]
    assert len(lines) == 1 and problem in lines[0], proc.stderr


def test_no_traceback(result):
    assert "Traceback" not in result[0].stderr


def test_text_without_facts_is_a_warning(result):
    assert any("nofacts.txt" in line and "no facts" in line for line in result[0].stderr.splitlines())


def test_the_others_are_stored(result):
    _, store = result
    out = run("query", "--store", store, "--named", "trade-flows", "--format", "csv").stdout
    for commodity in ("cotton", "coffee", "copper", "cars", "zinc"):
        assert f",{commodity}," in out, commodity
    assert ",gas," not in out  # script content is not text


def test_missing_path(tmp_path):
    proc = run("ingest", "--store", tmp_path / "s", tmp_path / "nowhere")
    lines = proc.stderr.strip().splitlines()
    assert proc.returncode == 1 and lines[0].endswith("nowhere: no such file or folder")
    assert lines[1:] == ["ingested 0 document(s): no document to read; 1 failed"]  # the summary, on a line of its own


def test_bad_input_leaves_the_store_unchanged(tmp_path):
    store = tmp_path / "s"
    good = tmp_path / "good.txt"
    good.write_text(GOOD)
    run("ingest", "--store", store, good)
    before = run("export", "--store", store, "--format", "nquads").stdout
    (tmp_path / "bad.txt").write_bytes(b"\x00\x00")
    assert run("ingest", "--store", store, tmp_path / "bad.txt").returncode == 1
    assert run("query", "--store", store, "SELEC x").returncode == 1
    assert run("export", "--store", store, "--format", "nquads").stdout == before
