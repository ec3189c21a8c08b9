"""SIGKILL a real ingest at random points (seeded) across extraction, writing, view rows and
identity links; after each kill a re-run completes, and the store then holds exactly what a clean
ingest gives: the same document graphs, every named query equal to a clean store's, view rows
equal to their live queries, and SHACL validation clean.

The default suite kills 10 times; ``python -m pytest -m crash`` (run by .ci/run) kills 100 times.
"""
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from tradekg import KnowledgeGraph
from tradekg.catalogue import named_query, named_query_names
from tradekg.results import to_rows
from tradekg.views import VIEW_QUERIES

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from synthetic import corpus  # noqa: E402

DOCS = 30  # enough work after start-up that a kill in the window usually lands on it


def ingest_to_end(store: Path, folder: Path) -> None:
    proc = ingest(store, folder)
    _, err = proc.communicate()
    assert proc.returncode == 0, err.decode()[-500:]


def ingest(store: Path, folder: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", "from tradekg.cli import main; main()", "ingest", "--quiet",
                             "--store", str(store), str(folder)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def bag(rows) -> Counter:
    return Counter(tuple(sorted(r.items())) for r in rows)


def snapshot(store: Path) -> dict:
    """What a user can see of a store: each document graph's size and every named query's rows."""
    with KnowledgeGraph(store, read_only=True) as kg:
        sizes = {r["g"]: r["n"] for r in kg.rows(
            "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")}
        named = {name: bag(kg.named(name)) for name in named_query_names()}
    return {"sizes": sizes, "named": named}


def views_equal_live(store: Path) -> bool:
    with KnowledgeGraph(store, read_only=True) as kg:
        return kg.store.views.is_current() and all(
            bag(kg.named(n)) == bag(to_rows(kg.live_query(named_query(n)))) for n in VIEW_QUERIES)


def whole_documents_only(store: Path, clean: dict) -> int:
    """After a kill: the store opens and answers, and every document in it is whole."""
    with KnowledgeGraph(store, read_only=True) as kg:
        sizes = {r["g"]: r["n"] for r in kg.rows(
            "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g") if "/doc/" in r["g"]}
    for doc, n in sizes.items():
        assert n == clean["sizes"][doc], f"half-written document {doc}: {n} of {clean['sizes'][doc]} triples"
    return len(sizes)


def timed(run: Callable[[], None]) -> float:
    start = time.monotonic()
    run()
    return time.monotonic() - start


def crash_run(tmp_path: Path, kills: int, seed: int) -> dict:
    """Kill ``kills`` runs (a run that ends before its kill is re-drawn, a few times at most) and
    count where each kill landed. Run times vary by a second from run to run, so the kill window
    follows the re-runs' median."""
    folder = tmp_path / "in"
    folder.mkdir()
    for doc_id, text in corpus(DOCS, seed=11):
        (folder / f"{doc_id}.txt").write_text(text)
    clean_store = tmp_path / "clean"
    one = folder / "synthetic-000000.txt"
    ingest_to_end(tmp_path / "warm", one)  # a first run compiles and caches: it would skew the timings
    startup = timed(lambda: ingest_to_end(tmp_path / "one", one))  # until the first document can be written
    durations = [timed(lambda: ingest_to_end(clean_store, folder))]
    clean = snapshot(clean_store)
    store = tmp_path / "store"
    rng = random.Random(seed)
    where = Counter()
    while sum(where.values()) - where["finished first"] < kills and where["finished first"] < 2 * kills:
        if rng.random() < 0.5 and store.exists():  # half the kills hit a store being filled, half a full one
            shutil.rmtree(store)
        before = whole_documents_only(store, clean) if store.exists() else 0
        proc = ingest(store, folder)
        time.sleep(rng.uniform(0.9 * startup, statistics.median(durations) * 1.02))
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            proc.communicate()
            stored = whole_documents_only(store, clean) if store.exists() else 0
            where["before any write" if stored == before and before == 0 else
                  "while writing" if stored < DOCS else "after the last document"] += 1
        else:
            proc.communicate()
            where["finished first"] += 1
        durations.append(timed(lambda: ingest_to_end(store, folder)))  # a re-run redoes every document
        assert snapshot(store) == clean
        assert views_equal_live(store)
        from tradekg.validate import validate_store
        with KnowledgeGraph(store, read_only=True) as kg:
            assert validate_store(kg).conforms
    return where


def test_ten_kills_lose_nothing(tmp_path):
    where = crash_run(tmp_path, kills=10, seed=5)
    print("kills by stage:", dict(where))
    assert where["while writing"] + where["after the last document"] >= 3, where  # the kills hit real work


@pytest.mark.crash
def test_a_hundred_kills_lose_nothing(tmp_path):
    where = crash_run(tmp_path, kills=100, seed=2026)
    print("kills by stage:", dict(where))
    assert where["while writing"] + where["after the last document"] >= 30, where
