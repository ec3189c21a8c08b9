"""Trade figures in full: the pair, the amount, the period, realised or planned, and the words the
evidence points at. A figure is total trade only when a trade word governs it and nothing in
between makes it a deficit, one side's exports or the world's trade (sentences written for the tests)."""
import pytest

from tradekg.extract import read_facts

from .conftest import article

FIGURES = [
    ("Trade between Chile and Peru reached 3 billion dlrs in 2023, Kenya said.", "2024-02-01",
     [(("CHL", "PER"), 3e9, "USD", "2023", "realised", "Trade between Chile and Peru reached 3 billion dlrs")]),
    ("Chile's trade with Peru rose 12 pct to 900 mln dlrs last year.", "1987-03-01",
     [(("CHL", "PER"), 9e8, "USD", "1986", "realised", "trade with Peru rose 12 pct to 900 mln dlrs")]),
    ("Kenya said that Chile's trade with Peru was 900 mln dlrs.", "",
     [(("CHL", "PER"), 9e8, "USD", "", "realised", "trade with Peru was 900 mln dlrs")]),
    ("Chile and Peru want trade to reach 5 billion dlrs by 2030.", "2024-01-01",
     [(("CHL", "PER"), 5e9, "USD", "", "planned", "trade to reach 5 billion dlrs")]),
    ("Trade turnover could reach $5 billion, Chilean President Ana Soto told Peruvian President Luis Vega.", "",
     [(("CHL", "PER"), 5e9, "USD", "", "planned", "Trade turnover could reach $5 billion")]),
    ("Chile and Peru did 400 mln dlrs worth of trade last year.", "1987-05-01",
     [(("CHL", "PER"), 4e8, "USD", "1986", "realised", "400 mln dlrs worth of trade")]),
    ("Two-way trade between Chile and Peru was 2 billion dlrs in 1986, against 1.5 billion dlrs in 1985.", "1987-02-01",
     [(("CHL", "PER"), 2e9, "USD", "1986", "realised", "Two-way trade between Chile and Peru was 2 billion dlrs"),
      (("CHL", "PER"), 1.5e9, "USD", "1985", "realised",
       "Two-way trade between Chile and Peru was 2 billion dlrs in 1986, against 1.5 billion dlrs")]),
    ("Trade between Kenya and Uganda and trade between Chile and Peru each reached 1 billion dlrs.", "",
     [(("CHL", "PER"), 1e9, "USD", "", "realised", "trade between Chile and Peru each reached 1 billion dlrs")]),
    ("Kenya and Uganda met. Officials said bilateral trade hit $700 million in 2022.", "2023-01-01",
     [(("KEN", "UGA"), 7e8, "USD", "2022", "realised", "bilateral trade hit $700 million")]),
    ("Chilean trade officials said trade with Peru fell to 800 mln dlrs.", "",
     [(("CHL", "PER"), 8e8, "USD", "", "realised", "trade with Peru fell to 800 mln dlrs")]),
    ("Trade between Sweden and Norway was 40 bln crowns, against 38 bln crowns in 2022.", "2024-03-01",
     [(("NOR", "SWE"), 4e10, "SEK", "", "realised", "Trade between Sweden and Norway was 40 bln crowns"),
      (("NOR", "SWE"), 3.8e10, "SEK", "2022", "realised",
       "Trade between Sweden and Norway was 40 bln crowns, against 38 bln crowns")]),
]


@pytest.mark.parametrize("text, date, expected", FIGURES, ids=[f[0][:40] for f in FIGURES])
def test_a_figure_in_full(text, date, expected):
    facts = read_facts(article(text, date=date))
    got = [(v.countries, v.amount.value, v.amount.currency, v.period, v.modality, text[v.evidence.start:v.evidence.end])
           for v in facts.volumes]
    assert got == expected
    assert all(v.measure == "turnover" and v.evidence.rule == "volume.head-money" for v in facts.volumes)


@pytest.mark.parametrize("text", [
    "Chile's trade deficit with Peru was 400 mln dlrs.",
    "Chile's foreign trade reached 80 billion dlrs and Peru is a partner.",
    "Chile's trade with the rest of the world reached 80 billion dlrs; Peru grew.",
    "Kenya's trade with all its partners reached 20 billion dlrs, and Uganda's 9 billion dlrs.",
    "Chile's exports to Peru rose to 2.1 billion dlrs, Peru's trade minister said.",
    "Chile and Peru signed trade deals worth 4 billion dlrs.",
    "Trade between Chile and Peru grew 12 pct, and Chilean investment in Peru reached 5 billion dlrs.",
    "Kenya exported tea. Bilateral trade stood at $700 million.",
])
def test_what_is_not_a_bilateral_figure(text):
    assert read_facts(article(text)).volumes == []
