"""A full disk and a read-only store folder: one clear line, the documents already stored stay
readable, and the same ingest completes once there is room. The store lives on a small tmpfs
mounted by the test (tests run as root here); where mounting is refused, the ingest runs in a child
process whose file size limit (RLIMIT_FSIZE) plays the full disk."""
import resource
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tradekg import KnowledgeGraph

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from synthetic import corpus  # noqa: E402


def ingest(store: Path, folder: Path, file_limit: int | None = None) -> subprocess.CompletedProcess:
    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails instead of killing
        resource.setrlimit(resource.RLIMIT_FSIZE, (file_limit, file_limit))
    return subprocess.run([sys.executable, "-c", "from tradekg.cli import main; main()", "ingest", "--quiet",
                           "--store", str(store), str(folder)], capture_output=True, text=True, timeout=600,
                          preexec_fn=limit if file_limit else None)


def write(folder: Path, n: int, seed: int, repeat: int = 1) -> Path:
    folder.mkdir(parents=True)
    for doc_id, text in corpus(n, seed=seed):
        (folder / f"{folder.name}-{doc_id}.txt").write_text(text * repeat)
    return folder


@pytest.fixture()
def small_disk(tmp_path):
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount)], capture_output=True)
    if done.returncode != 0:
        yield None
        return
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def documents(store: Path) -> set[str]:
    with KnowledgeGraph(store, read_only=True) as kg:
        return {r["doc"].rsplit("/", 1)[-1] for r in kg.named("documents")}


def test_full_disk_then_room_again(tmp_path, small_disk):
    first = write(tmp_path / "first", 3, seed=1)
    many = write(tmp_path / "many", 150, seed=2, repeat=3)
    if small_disk is not None:
        store = small_disk / "store"
        assert ingest(store, first).returncode == 0
        full = ingest(store, many)
    else:  # no mount allowed: a file size limit plays the full disk
        store = tmp_path / "store"
        assert ingest(store, first).returncode == 0
        full = ingest(store, many, file_limit=2_000_000)
    assert full.returncode == 1
    lines = full.stderr.strip().splitlines()
    assert len(lines) == 1 and "disk is full" in lines[0] and "Traceback" not in full.stderr, full.stderr[-800:]
    stored = documents(store)  # what was stored before stays readable, whole
    assert {f"first-synthetic-00000{i}" for i in range(3)} <= stored
    if small_disk is not None:
        subprocess.run(["mount", "-o", "remount,size=256m", str(small_disk)], check=True)
        again = ingest(store, many)
    else:
        again = ingest(store, many)
    assert again.returncode == 0, again.stderr[-800:]
    assert len(documents(store)) == 153


def test_read_only_store_folder_is_reported(tmp_path, small_disk):
    if small_disk is None:
        pytest.skip("mounting a filesystem is not allowed here")
    store = small_disk / "store"
    assert ingest(store, write(tmp_path / "a", 2, seed=3)).returncode == 0
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    refused = ingest(store, write(tmp_path / "b", 2, seed=4))
    assert refused.returncode == 1 and "read-only" in refused.stderr and "Traceback" not in refused.stderr
    assert refused.stderr.strip().count("\n") == 0
    assert len(documents(store)) == 2  # and it can still be queried


def test_file_size_limit_is_a_clear_line_too(tmp_path):
    """The fallback path, run everywhere: a write past RLIMIT_FSIZE is reported like a full disk."""
    store = tmp_path / "store"
    assert ingest(store, write(tmp_path / "first", 2, seed=5)).returncode == 0
    full = ingest(store, write(tmp_path / "many", 120, seed=6, repeat=3), file_limit=1_500_000)
    assert full.returncode == 1 and full.stderr.strip().count("\n") == 0, full.stderr[-800:]
    assert "disk is full" in full.stderr
    assert len(documents(store)) >= 2
    shutil.rmtree(tmp_path / "first")
