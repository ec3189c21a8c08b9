"""The helpers every relation reader shares: lists of short phrases, and a clause's modality."""
import pytest

from tradekg.extract.context import Modality, lists
from tradekg.extract.lexicon import lexicon


def test_a_list_with_its_offsets():
    """A run needs three items and a final "and"; the first item keeps up to three words before its
    comma (the readers trim it to the goods), the last ends before the next clause."""
    text = "We buy corn, sesame and cow hides, and sell tea."
    runs = lists(text)
    assert runs == [[("We buy corn", 0, 11), ("sesame", 13, 19), ("cow hides", 24, 33), ("sell tea", 39, 47)]]
    assert all(text[a:b] == item for run in runs for item, a, b in run)


@pytest.mark.parametrize("text", ["corn and rice", "Tin, lead, copper", "Tin and lead, said the minister of mines."])
def test_not_a_list(text):
    assert lists(text) == []


@pytest.mark.parametrize("text, modality", [
    ("Chile banned imports of", "refused"),
    ("Chile refused to offer", "refused"),
    ("Chile offers Peru", "offered"),
    ("Chile wants to buy", "wanted"),
    ("Chile will buy", "planned"),
    ("Chile bought", "realised"),
])
def test_the_modality_of_a_clause(text, modality):
    assert Modality(lexicon())(text) == modality
