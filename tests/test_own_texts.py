"""Tests and examples use texts written for them: no run of seven words from the articles used to
measure extraction (``../shared/corpus``) appears in the tests, the examples, the code or the README.
Skipped where the measuring corpus is not on the machine."""
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
RUN = 7


def runs(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return {tuple(words[i:i + RUN]) for i in range(len(words) - RUN + 1)}


@pytest.mark.skipif(not CORPUS.exists(), reason="the measuring corpus is not on this machine")
def test_no_seven_word_run_from_the_measuring_corpus():
    measured: set[tuple[str, ...]] = set()
    for path in CORPUS.rglob("*.txt"):
        measured |= runs(path.read_text(encoding="utf-8", errors="replace"))
    ours = [p for p in (ROOT / "tests").rglob("*") if p.suffix in (".py", ".txt", ".jsonl", ".md")]
    ours += list((ROOT / "data" / "examples").glob("*")) + list((ROOT / "src").rglob("*.py")) + [ROOT / "README.md"]
    shared = {}
    for path in ours:
        if path.is_file():
            found = runs(path.read_text(encoding="utf-8", errors="replace")) & measured
            if found:
                shared[str(path.relative_to(ROOT))] = " ".join(sorted(found)[0])
    assert not shared, shared
