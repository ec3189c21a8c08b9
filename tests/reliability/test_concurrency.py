"""Queries answer while an ingest runs; a second ingest into the same store is told it is busy."""
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from synthetic import corpus  # noqa: E402


def cli(*args, **kw):
    return [sys.executable, "-m", "tradekg.cli", *map(str, args)]


def test_queries_while_ingesting_and_busy_second_writer(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for doc_id, text in corpus(300, seed=12):
        (folder / f"{doc_id}.txt").write_text(text)
    store = tmp_path / "store"
    subprocess.run(cli("ingest", "--store", store, "-q", folder / "synthetic-000000.txt"), check=True)
    writer = subprocess.Popen(cli("ingest", "--store", store, "-q", folder), stderr=subprocess.DEVNULL)
    try:
        time.sleep(1.5)
        assert writer.poll() is None, "the ingest finished too early for the test"
        query = subprocess.run(cli("query", "--store", store, "--named", "countries", "--format", "csv"),
                               capture_output=True, text=True, timeout=60)
        assert query.returncode == 0 and "doc,country" in query.stdout
        second = subprocess.run(cli("ingest", "--store", store, folder / "synthetic-000001.txt"),
                                capture_output=True, text=True, timeout=60)
        assert second.returncode == 1 and "busy" in second.stderr
    finally:
        writer.wait(timeout=300)
    assert writer.returncode == 0
