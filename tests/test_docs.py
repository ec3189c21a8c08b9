"""The README's SPARQL examples run on the sample graph."""
import re
from pathlib import Path

import pytest

README = (Path(__file__).resolve().parents[1] / "README.md").read_text()
BLOCKS = re.findall(r"```sparql\n(.*?)```", README, re.DOTALL)


def test_readme_has_sparql_examples():
    assert len(BLOCKS) >= 2


@pytest.mark.parametrize("query", BLOCKS)
def test_readme_sparql_runs(sample_kg, query):
    assert sample_kg.rows(query)
