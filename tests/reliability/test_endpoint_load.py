"""The endpoint under a bounded load (8 clients, an ingest writing, one query past the limit):
every ordinary request answered, the slow one stopped at its limit. Figures: bench/load.py."""
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from load import cli, run_load, write_corpus  # noqa: E402


def test_eight_clients_while_an_ingest_writes(tmp_path):
    write_corpus(tmp_path / "articles", 120, seed=21)
    store = tmp_path / "store"
    subprocess.run(cli("ingest", "--quiet", "--store", store, tmp_path / "articles"), check=True)
    figures = run_load(store, clients=8, requests=12, limit=1.5, writer_docs=40, workdir=tmp_path)
    assert figures["errors"] == 0, figures
    assert figures["slow_status"] == 503, figures
    assert figures["slow_seconds"] < figures["limit"] + 15, figures  # cut at the limit, not run to its end
    assert figures["writer_rc"] == 0, figures["writer_err"]
