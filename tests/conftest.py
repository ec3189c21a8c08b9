"""Shared fixtures: texts written for the tests, and a store built from them."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from tradekg import KnowledgeGraph
from tradekg.articles import Article

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "data" / "examples"


@pytest.fixture(autouse=True)
def _fresh_readers_under_mutation():
    """Under mutmut (scripts/mutation.sh), the relation readers are built afresh for every test:
    mutmut runs for a mutant only the tests that called its function, and readers cached by the
    first test would leave every mutant of their constructors to that one test (58 of the figure
    reader's survivors were its constructor's)."""
    if "MUTANT_UNDER_TEST" in os.environ:
        from tradekg.extract import _readers
        _readers.cache_clear()
    yield


@pytest.fixture(scope="session")
def example_dir() -> Path:
    return EXAMPLES


@pytest.fixture(scope="session")
def sample_kg() -> KnowledgeGraph:
    """An in-memory graph of the bundled example articles (read-only use)."""
    kg = KnowledgeGraph(None)
    report = kg.ingest([EXAMPLES])
    assert report.ok and report.documents >= 2
    return kg


def article(text: str, doc_id: str = "t", date: str = "") -> Article:
    return Article(doc_id, doc_id, text, date)


def free_port() -> int:
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, seconds: float = 20.0) -> None:
    import time
    import urllib.request
    deadline = time.monotonic() + seconds
    while True:
        try:
            urllib.request.urlopen(url, timeout=1).read()
            return
        except Exception:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory):
    """A real Oxigraph server on 127.0.0.1: the one `.ci/run` starts ($TRADEKG_TEST_SPARQL), else
    one started here from PyPI's `oxigraph` package. Under CI a missing server fails, never skips."""
    import os
    import shutil
    import subprocess
    started = os.environ.get("TRADEKG_TEST_SPARQL")
    if started:
        wait_for(started + "/query?query=ASK%7B%7D", seconds=5)
        yield started
        return
    binary = shutil.which("oxigraph")
    if binary is None:
        if os.environ.get("CI"):
            pytest.fail("no Oxigraph server: .ci/run starts one and sets TRADEKG_TEST_SPARQL")
        pytest.skip("the oxigraph server is not installed (pip install oxigraph)")
    port = free_port()
    folder = tmp_path_factory.mktemp("oxigraph")
    proc = subprocess.Popen([binary, "serve", "--location", str(folder), "--bind", f"127.0.0.1:{port}",
                             "--union-default-graph"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(base + "/query?query=ASK%7B%7D")
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def pytest_make_parametrize_id(config, val, argname):
    """Test ids a command line can name: pytest escapes other characters ("\\u2014"), and a runner
    that selects tests by id (mutmut) then finds none of them."""
    if isinstance(val, bytes):
        val = val.decode("latin-1")
    if isinstance(val, str) and not (val.isascii() and val.isprintable()):
        return "".join(c if c.isascii() and c.isprintable() else "?" for c in val)
    return None
