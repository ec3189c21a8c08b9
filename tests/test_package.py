"""The package's public surface and its hygiene."""
import shutil
import subprocess
from pathlib import Path

import pytest

import tradekg

ROOT = Path(__file__).resolve().parents[1]


def test_public_names():
    assert set(tradekg.__all__) == {"KnowledgeGraph", "IngestReport", "TradeKGError", "InputError", "QueryError",
                                    "StoreError"}
    for name in tradekg.__all__:
        assert getattr(tradekg, name).__doc__, name


def test_errors_share_one_root():
    for name in ("InputError", "QueryError", "StoreError"):
        assert issubclass(getattr(tradekg, name), tradekg.TradeKGError)


def test_lint_clean():
    ruff = shutil.which("ruff")
    if ruff is None:
        pytest.skip("ruff is not installed (it comes with the test extra)")
    out = subprocess.run([ruff, "check", "--select", "F,E9,B", "--ignore", "B008,B905", "src", "tests", "bench", "scripts"],
                         cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stdout
