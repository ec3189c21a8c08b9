"""Each pattern list of data/patterns.json at work on text written for the tests."""
import json
import re
from importlib import resources

import pytest

from tradekg.articles import Article
from tradekg.extract import read_facts

PATTERNS = json.loads((resources.files("tradekg") / "data" / "patterns.json").read_text())

PROJECT_EXAMPLES = [
    "Belarus and Tajikistan will launch joint production of carpets.",
    "Kazakhstan and China set up a joint venture to produce cars.",
    "Russia and India signed a copper tube joint venture agreement.",
    "Russia and India agreed on cooperation in manufacturing small arms.",
    "Greece and the Soviet Union will start construction of an alumina plant.",
    "Russia and Uzbekistan have big projects in metallurgy.",
    "The MAZ assembly plant in Vietnam was launched by Belarus.",
    "India and Japan discussed the Mumbai–Ahmedabad high-speed rail project.",
]


@pytest.mark.parametrize("index, text", list(enumerate(PROJECT_EXAMPLES)))
def test_each_project_pattern(index, text):
    pattern = re.compile(PATTERNS["project_patterns"][index], re.IGNORECASE)
    assert pattern.search(text), "the example no longer fits its pattern"
    projects = read_facts(Article("p", "p", text)).projects
    assert projects and len(projects[0].partners) >= 2


TRIGGER_EXAMPLES = {
    "export_triggers": ("Peru will export zinc to China.", ("flows", ("PER", "CHN", "zinc"))),
    "import_triggers": ("Egypt imports wheat from Russia.", ("flows", ("RUS", "EGY", "wheat"))),
    "market_triggers": ("Japan will open its market to U.S. rice.", ("flows", ("USA", "JPN", "rice"))),
    "list_continuations": ("Seoul will buy U.S. Cars. The list includes steel and zinc.", ("flows", ("USA", "KOR", "zinc"))),
    "meeting_triggers": ("Chilean President Ana Soto received Peruvian President Luis Vega.", ("meetings", 1)),
    "volume_heads": ("Trade turnover between Chile and Peru reached $3 billion.", ("volumes", 1)),
    "refused_words": ("Canada banned imports of Danish pork.", ("modality", "refused")),
    "wanted_words": ("China wants to buy Pakistani cotton.", ("modality", "wanted")),
    "planned_words": ("Sudan will export corn to Jordan.", ("modality", "planned")),
    "negation_words": ("Sudan does not export corn to Jordan.", ("negated", True)),
}


@pytest.mark.parametrize("name", sorted(TRIGGER_EXAMPLES))
def test_each_trigger_list(name):
    assert PATTERNS[name], name
    text, (kind, expected) = TRIGGER_EXAMPLES[name]
    facts = read_facts(Article("t", "t", text))
    if kind == "flows":
        assert expected in {(f.exporter, f.importer, f.commodity) for f in facts.flows}
    elif kind in ("meetings", "volumes"):
        assert len(getattr(facts, kind)) == expected
    elif kind == "modality":
        assert facts.flows and facts.flows[0].modality == expected
    else:
        assert facts.flows and facts.flows[0].negated is expected
