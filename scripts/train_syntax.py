#!/usr/bin/env python3
"""Train the syntactic pipeline shipped in ``src/tradekg/data/syntax`` (spaCy: tagger,
morphologizer, trainable lemmatizer and dependency parser over one CNN encoder), reproducibly.

    python scripts/train_syntax.py --ewt ../shared/data/ud-english-ewt [--gum DIR] [--work /tmp/syntax]

Steps: convert the UD English EWT train/dev/test splits (and, with ``--gum``, the Wikimedia part of
UD English GUM: news, interviews, biographies, travel guides) with ``spacy convert``; train with
``training/syntax.cfg`` (fixed seed 0); score the best model on the EWT *test* split; copy it to
the package with ``accuracy.json`` (UPOS, XPOS, lemma accuracy, UAS, LAS on EWT test, and what
it was trained on). Takes about an hour on two cores.
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "src" / "tradekg" / "data" / "syntax"
GUM_KINDS = ("_news_", "_interview_", "_bio_", "_voyage_")  # the Wikimedia documents (CC BY)


def run(*cmd: str) -> None:
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True)


def gum_wikimedia_train(gum: Path, out: Path) -> Path:
    """The GUM training documents that come from Wikimedia sites, joined in the train list's order."""
    names = (gum / "not-to-release" / "file-lists" / "files.train").read_text().split()
    joined = out / "gum-wikimedia-train.conllu"
    with joined.open("w", encoding="utf-8") as handle:
        for name in names:
            if any(kind in name for kind in GUM_KINDS):
                handle.write((gum / "not-to-release" / "sources" / f"{name}.conllu").read_text(encoding="utf-8"))
    return joined


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--ewt", type=Path, default=ROOT.parent / "shared" / "data" / "ud-english-ewt")
    ap.add_argument("--gum", type=Path, help="a checkout of UniversalDependencies/UD_English-GUM (optional)")
    ap.add_argument("--work", type=Path, default=Path("/tmp/tradekg-syntax"))
    ap.add_argument("--no-install", action="store_true", help="train and score, but leave the package alone")
    args = ap.parse_args()
    work = args.work
    corpus, train = work / "corpus", work / "train"
    for folder in (corpus, train):
        folder.mkdir(parents=True, exist_ok=True)
    py = sys.executable
    for split in ("train", "dev", "test"):
        run(py, "-m", "spacy", "convert", str(args.ewt / f"en_ewt-ud-{split}.conllu"), str(corpus),
            "--converter", "conllu", "--n-sents", "10")
    shutil.copy(corpus / "en_ewt-ud-train.spacy", train)
    sources = ["UD English EWT train split (CC BY-SA 4.0)"]
    if args.gum:
        joined = gum_wikimedia_train(args.gum, work)
        run(py, "-m", "spacy", "convert", str(joined), str(train), "--converter", "conllu", "--n-sents", "10")
        sources.append("UD English GUM, Wikimedia documents of the train split (news, interviews, bios, "
                       "voyage; CC BY via their sources, see the GUM licence)")
    out = work / "out"
    run(py, "-m", "spacy", "train", str(ROOT / "training" / "syntax.cfg"), "--output", str(out),
        "--paths.train", str(train), "--paths.dev", str(corpus / "en_ewt-ud-dev.spacy"))
    scores = work / "test-scores.json"
    run(py, "-m", "spacy", "evaluate", str(out / "model-best"), str(corpus / "en_ewt-ud-test.spacy"),
        "--output", str(scores))
    got = json.loads(scores.read_text())
    accuracy = {"evaluated_on": "UD English EWT test split (2,077 sentences, gold tokens)",
                "upos": round(got["pos_acc"], 4), "xpos": round(got["tag_acc"], 4),
                "lemma": round(got["lemma_acc"], 4), "uas": round(got["dep_uas"], 4),
                "las": round(got["dep_las"], 4), "trained_on": sources,
                "licence": "CC BY-SA 4.0 (as its training data)", "config": "training/syntax.cfg",
                "spacy": __import__("spacy").__version__}
    print(json.dumps(accuracy, indent=1))
    if args.no_install:
        return
    if TARGET.exists():
        shutil.rmtree(TARGET)
    shutil.copytree(out / "model-best", TARGET)
    (TARGET / "accuracy.json").write_text(json.dumps(accuracy, indent=1) + "\n")
    print(f"installed in {TARGET}")


if __name__ == "__main__":
    main()
