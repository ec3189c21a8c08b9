"""Each pattern list of data/patterns.json at work on text written for the tests."""
import json
from importlib import resources

import pytest

from tradekg.articles import Article
from tradekg.extract import read_facts

PATTERNS = json.loads((resources.files("tradekg") / "data" / "patterns.json").read_text())

# (sentence, a word the project's label must hold): one per kind of project frame
PROJECT_EXAMPLES = [
    ("Belarus and Tajikistan will launch joint production of carpets.", "carpets"),         # project_actions
    ("Kazakhstan and China set up a joint venture to produce cars.", "cars"),               # project_nouns + verb
    ("Egypt will build roads and a bridge in Uganda.", "roads"),                            # project_verbs
    ("Greece and Bulgaria will start construction of an alumina plant.", "alumina plant"),  # project_objects
    ("Russia and Uzbekistan have joint projects in metallurgy and chemistry.", "chemistry"),  # project_fields_cue
    ("India and Japan discussed the Mumbai–Ahmedabad rail project.", "Mumbai–Ahmedabad"),   # a named project
]


@pytest.mark.parametrize("text, word", PROJECT_EXAMPLES)
def test_each_project_frame(text, word):
    projects = read_facts(Article("p", "p", text)).projects
    assert any(word in p.label and len(p.partners) >= 2 for p in projects), [p.label for p in projects]


def test_project_words_are_lists():
    for key in ("project_nouns", "project_verbs", "project_actions", "project_objects", "project_fields_cue"):
        assert PATTERNS[key], key


def test_building_trust_is_no_project():
    assert read_facts(Article("p", "p", "Chile and Peru will build trust and develop cooperation.")).projects == []


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
