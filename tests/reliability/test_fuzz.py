"""Property-based tests: arbitrary and adversarial text neither crashes the extractor nor takes
more than linear time."""
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tradekg.articles import Article
from tradekg.extract import read_facts
from tradekg.pipeline import prepare_article

WORDS = ["Belarus", "Tajikistan", "President", "Prime", "Minister", "met", "exports", "imports", "cotton", "buses",
         "$", "200", "million", "bn", "trade", "reached", "“", "”", "\"", ",", ".", "and", "to", "from", "the",
         "Mr", "U.S.", "joint", "production", "of", "he", "said", ":", "•", "\n", "  ", "Ivan", "Petrov", "9" * 40,
         "1,000,000,000,000", "offers", "our", "your", "we", "you", "Russian-Indian", "EAEU", "al-Assad", "(", ")"]

text_strategy = st.one_of(
    st.text(max_size=3000),
    st.lists(st.sampled_from(WORDS), max_size=800).map(" ".join),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_strategy)
def test_extractor_never_crashes(text):
    prepared = prepare_article(Article("fuzz", "fuzz", text))
    assert prepared.error == "", prepared.error


def seconds(text: str) -> float:
    best = float("inf")
    for _ in range(2):
        t = time.perf_counter()
        read_facts(Article("t", "t", text))
        best = min(best, time.perf_counter() - t)
    return best


def grows_linearly(make) -> None:
    small, large = make(1), make(4)
    read_facts(Article("w", "w", make(1)))
    ratio = seconds(large) / max(seconds(small), 1e-4)
    assert ratio < 10, f"4x input took {ratio:.1f}x the time"


def test_long_sentence_is_linear():
    grows_linearly(lambda k: "Belarus exports " + ", ".join(["cotton", "buses", "red widgets"] * 150 * k) + " to Tajikistan.")


def test_thousands_of_country_names_are_linear():
    grows_linearly(lambda k: " ".join(["Belarus", "Tajikistan", "Russian", "Minsk"] * 500 * k))


def test_pathological_whitespace_and_quotes_are_linear():
    grows_linearly(lambda k: ("“ \" “nested “quote” " + " " * 50 + "\n") * 200 * k)


def test_huge_numbers_are_left_out_and_reported():
    facts = read_facts(Article("n", "n", "Bilateral trade between Belarus and Tajikistan reached $" + "9" * 300
                               + " billion. Trade between Chile and Peru reached $2 billion."))
    assert [(v.countries, v.amount.value) for v in facts.volumes] == [(("CHL", "PER"), 2e9)]
    assert len(facts.problems) == 1 and "too large" in facts.problems[0]


def test_a_document_with_a_huge_number_is_stored_with_a_warning(tmp_path):
    from tradekg.pipeline import KnowledgeGraph
    path = tmp_path / "huge.txt"
    path.write_text("Trade news\n\nTrade between Belarus and Tajikistan reached $" + "9" * 300
                    + " billion. Belarus exports tractors to Tajikistan.\n")
    kg = KnowledgeGraph(None)
    report = kg.ingest([path])
    assert report.documents == 1 and report.facts["TradeFlow"] == 1 and not report.failures
    assert any("too large" in w for w in report.warnings)
