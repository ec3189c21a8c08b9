"""Break the extractor on purpose and check the tests notice (issue 16's six breaks, and more).

    python scripts/breaks.py            # every break
    python scripts/breaks.py bln-as-million francs-always-swiss

Each break is one textual edit of a copy of ``src/``; the fast extraction tests then run against the
copy (``PYTHONPATH`` puts it ahead of the installed package). A break the tests let through is
printed as SURVIVED and the script exits 1. Why a script and not a test: each break costs a pytest
run of about half a minute, and mutation testing (``scripts/mutation.sh``) is the broad version of
the same habit; this one pins the breaks a reviewer found by hand.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXTRACT = "src/tradekg/extract"
TESTS = ["tests/test_relations.py", "tests/test_patterns.py", "tests/test_mentions.py", "tests/test_probes.py",
         "tests/test_articles.py"]

# name: [(file, text as it is, text broken)]
BREAKS: dict[str, list[tuple[str, str, str]]] = {
    "bln-as-million": [(f"{EXTRACT}/mentions.py", '"bln": 1e9', '"bln": 1e6')],
    "meetings-always-realised": [(f"{EXTRACT}/meetings.py",
                                  'modality = "planned" if re.search(', 'modality = "realised" if False and re.search(')],
    "offered-never-set": [(f"{EXTRACT}/context.py", 'return "offered"', 'return "realised"'),
                          (f"{EXTRACT}/flows.py", 'return "offered", negated', 'return "realised", negated')],
    "meetings-always-in-person": [(f"{EXTRACT}/meetings.py", 'mode = "video" if', 'mode = "in person" if False and')],
    "francs-always-swiss": [(f"{EXTRACT}/mentions.py", 'if re.match(r"(?:[a-z]+ )?francs?$", word) and',
                             'if re.match(r"(?:[a-z]+ )?francs?$", word):\n            return "CHF"\n        if False and')],
    "not-only-is-negation": [(f"{EXTRACT}/syntax.py", 'in ("only", "just", "merely")', 'in ()'),
                             (f"{EXTRACT}/flows_surface.py", r're.sub(r"\bnot only\b", "", text', '(text')],
    "huge-amount-kept": [(f"{EXTRACT}/mentions.py", "if not math.isfinite(value) or value >= LARGEST_AMOUNT:",
                          "if False:")],
    "telephone-never-set": [(f"{EXTRACT}/meetings.py", 'else "telephone" if self.phone_re', 'else "in person" if self.phone_re')],
    "wanted-never-set": [(f"{EXTRACT}/context.py", 'return "wanted"', 'return "realised"'),
                         (f"{EXTRACT}/flows.py", 'return "wanted", negated', 'return "realised", negated')],
    "refused-never-set": [(f"{EXTRACT}/context.py", 'return "refused"', 'return "realised"'),
                          (f"{EXTRACT}/flows.py", 'return "refused", negated', 'return "realised", negated')],
    "trillion-as-billion": [(f"{EXTRACT}/mentions.py", '"trillion": 1e12', '"trillion": 1e9')],
    "thousand-ignored": [(f"{EXTRACT}/mentions.py", '"thousand": 1e3', '"thousand": 1.0')],
    "crowns-always-swedish": [(f"{EXTRACT}/mentions.py", "if country in lex.crowns:", "if False:")],
}


def apply(copy: Path, edits: list[tuple[str, str, str]]) -> None:
    for rel, old, new in edits:
        path = copy / rel
        text = path.read_text()
        if text.count(old) < 1:
            raise SystemExit(f"breaks.py: {rel} no longer contains {old!r}; update the break")
        path.write_text(text.replace(old, new))


def survives(name: str) -> bool:
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp)
        shutil.copytree(ROOT / "src", copy / "src", ignore=shutil.ignore_patterns("__pycache__"))
        apply(copy, BREAKS[name])
        env = {**os.environ, "PYTHONPATH": str(copy / "src")}
        where = subprocess.run([sys.executable, "-c", "import tradekg; print(tradekg.__file__)"], env=env,
                               capture_output=True, text=True, cwd=ROOT).stdout
        if not where.startswith(str(copy)):
            raise SystemExit(f"breaks.py: the tests would import tradekg from {where.strip()}, not the broken copy")
        run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:randomly", "-p", "no:cacheprovider",
                              "-o", "addopts=", *TESTS], cwd=ROOT, env=env, capture_output=True, text=True)
        return run.returncode == 0


def main(names: list[str]) -> int:
    names = names or list(BREAKS)
    unknown = [n for n in names if n not in BREAKS]
    if unknown:
        raise SystemExit(f"breaks.py: unknown break {unknown[0]!r}; known: {', '.join(BREAKS)}")
    through = []
    for name in names:
        result = survives(name)
        print(f"{name:28} {'SURVIVED' if result else 'caught'}", flush=True)
        if result:
            through.append(name)
    print(f"{len(names) - len(through)} of {len(names)} breaks caught")
    return 1 if through else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
