"""Trade flows in full: exporter, importer, goods, modality, negation, the rule that read them and
the amount that goes with them. The relation cases pin who sells what to whom; these pin the rest
(sentences written for the tests)."""
import pytest

from tradekg.extract import read_facts

from .conftest import article

FLOWS = [
    ("Chad will export sorghum to Cameroon.", [("TCD", "CMR", "sorghum", "planned", False, "flow.verb.export", None)]),
    ("Chile imports natural gas from Argentina.",
     [("ARG", "CHL", "natural gas", "realised", False, "flow.verb.imports", None)]),
    ("Ghana does not export gold to Morocco.", [("GHA", "MAR", "gold", "realised", True, "flow.verb.export", None)]),
    ("Chile offered to sell copper to Peru.", [("CHL", "PER", "copper", "offered", False, "flow.verb.sell", None)]),
    ("Peru wants to buy Chilean wine.", [("CHL", "PER", "wine", "wanted", False, "flow.verb.buy", None)]),
    ("China banned imports of Chilean copper.", [("CHL", "CHN", "copper", "refused", False, "flow.noun.imports", None)]),
    ("Kenya sold 300 mln dlrs worth of tea to Uganda.",
     [("KEN", "UGA", "tea", "realised", False, "flow.verb.sold", (3e8, "USD"))]),
    ("Japan is the biggest buyer of Chilean salmon.",
     [("CHL", "JPN", "salmon", "realised", False, "flow.agent.buyer", None)]),
    ("Norway is a steady supplier of gas to Poland.",
     [("NOR", "POL", "gas", "realised", False, "flow.agent.supplier", None)]),
    ("Korea will provide market access for Uruguayan beef.",
     [("URY", "KOR", "beef", "planned", False, "flow.access", None)]),
    ("Chinese demand for Bolivian quinoa keeps rising.",
     [("BOL", "CHN", "quinoa", "wanted", False, "flow.need", None)]),
    ("Morocco will remove tariffs on Egyptian citrus.",
     [("EGY", "MAR", "citrus", "planned", False, "flow.barrier.tariffs", None)]),
    ("Senegal buys rice from Thailand and India.",
     [("THA", "SEN", "rice", "realised", False, "flow.verb.buys", None),
      ("IND", "SEN", "rice", "realised", False, "flow.verb.buys", None)]),
    # "gladly" makes buying a wish; "your" is the listener's country
    ("Kenya will gladly buy your tea, Uganda's minister was told.",
     [("UGA", "KEN", "tea", "wanted", False, "flow.verb.buy", None)]),
]


@pytest.mark.parametrize("text, expected", FLOWS, ids=[f[0][:40] for f in FLOWS])
def test_a_flow_in_full(text, expected):
    got = [(f.exporter, f.importer, f.commodity, f.modality, f.negated, f.evidence.rule,
            (f.amount.value, f.amount.currency) if f.amount else None) for f in read_facts(article(text)).flows]
    assert got == expected


def test_the_evidence_points_at_the_goods():
    text = "Senegal buys rice from Thailand and India."
    assert {text[f.evidence.start:f.evidence.end] for f in read_facts(article(text)).flows} == {"rice"}


@pytest.mark.parametrize("text", [
    "Canada imposed tariffs on Chinese steel.",        # a barrier raised moves no goods
    "Tariffs on steel rose.",                          # whose steel, to whom: unsaid
    "Chinese demand for quinoa keeps rising.",         # demand with no seller
])
def test_what_is_not_a_flow(text):
    assert read_facts(article(text)).flows == []
