"""Shared fixtures: texts written for the tests, and a store built from them."""
from __future__ import annotations

from pathlib import Path

import pytest

from tradekg import KnowledgeGraph
from tradekg.articles import Article

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "data" / "examples"


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
