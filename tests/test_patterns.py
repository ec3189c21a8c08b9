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


def flows(text, date=""):
    return {(f.exporter, f.importer, f.commodity) for f in read_facts(Article("t", "t", text, date=date)).flows
            if not f.negated}


def officials(text, date=""):
    return {(p.name.split()[-1], p.country, p.role) for p in read_facts(Article("t", "t", text, date=date)).people.values()
            if p.official}


def one(text, attr):
    return read_facts(Article("t", "t", text)).__getattribute__(attr)


# Every list of patterns.json at work on a sentence written for the test: (sentence, check). Each check
# compares a whole result, so an empty extractor fails it.
LIST_EXAMPLES = {
    "title_domains": ("Chilean Agriculture Minister Rosa Diaz met Peruvian Energy Minister Luis Mora.",
                      lambda t: officials(t) == {("Diaz", "CHL", "minister of agriculture"),
                                                 ("Mora", "PER", "minister of energy")}),
    "title_modifiers": ("Chilean Deputy Foreign Minister Rosa Diaz arrived.",
                        lambda t: officials(t) == {("Diaz", "CHL", "deputy minister of foreign affairs")}),
    "crowns": ("Swedish exports to Finland were worth 90 mln crowns, and trade between Sweden and Finland reached 900 mln crowns.",
               lambda t: [v.amount.currency for v in one(t, "volumes")] == ["SEK"]),
    "francs": ("Trade between Switzerland and Austria reached 4 billion francs.",
               lambda t: [v.amount.currency for v in one(t, "volumes")] == ["CHF"]),
    "org_words": ("Officials of the Chile Mining Corporation met Peruvian Trade Minister Luis Mora.",
                  lambda t: officials(t) == {("Mora", "PER", "minister of trade")}),
    "name_particles": ("Dutch Trade Minister Anna van der Berg visited Chile.",
                       lambda t: officials(t) == {("Berg", "NLD", "minister of trade")}),
    "not_name_words": ("Today Chilean President Ana Soto spoke.", lambda t: officials(t) == {("Soto", "CHL", "president")}),
    "reporting_verbs": ("Chilean President Ana Soto met Peruvian President Luis Vega, Chilean spokesman Jose Ruiz said.",
                        lambda t: [len(m.participants) for m in one(t, "meetings")] == [2]),
    "meeting_triggers": ("Chilean President Ana Soto received Peruvian President Luis Vega.",
                         lambda t: [m.mode for m in one(t, "meetings")] == ["in person"]),
    "phone_triggers": ("Chilean President Ana Soto had a telephone conversation with Peruvian President Luis Vega.",
                       lambda t: [m.mode for m in one(t, "meetings")] == ["telephone"]),
    "video_triggers": ("Chilean President Ana Soto and Peruvian President Luis Vega held talks via video link.",
                       lambda t: [m.mode for m in one(t, "meetings")] == ["video"]),
    "export_triggers": ("Peru will export zinc to China.", lambda t: flows(t) == {("PER", "CHN", "zinc")}),
    "import_triggers": ("Egypt imports wheat from Ukraine.", lambda t: flows(t) == {("UKR", "EGY", "wheat")}),
    "flow_verbs": ("Kenya ships tea to Egypt and buys cotton from Egypt.",
                   lambda t: flows(t) == {("KEN", "EGY", "tea"), ("EGY", "KEN", "cotton")}),
    "flow_nouns": ("Kenyan tea deliveries to Egypt rose.", lambda t: flows(t) == {("KEN", "EGY", "tea")}),
    "flow_agents": ("Kenya is a steady supplier of tea to Egypt.", lambda t: flows(t) == {("KEN", "EGY", "tea")}),
    "flow_needs": ("Kenya meets half of Egypt's demand for tea.", lambda t: flows(t) == {("KEN", "EGY", "tea")}),
    # who talks of supplies is no side of them
    "talking_verbs": ("Korea noted supplies of copper from Chile to Japan, and Peru welcomed Chilean wine exports to Japan.",
                      lambda t: flows(t) == {("CHL", "JPN", "copper"), ("CHL", "JPN", "wine")}),
    "market_triggers": ("Japan will open its market to Chilean salmon.", lambda t: flows(t) == {("CHL", "JPN", "salmon")}),
    "list_continuations": ("Seoul will buy Chilean copper. The list includes fruit and wine.",
                           lambda t: flows(t) == {("CHL", "KOR", "copper"), ("CHL", "KOR", "fruit"), ("CHL", "KOR", "wine")}),
    "list_subjects": ("Seoul will buy Chilean copper. The package includes salmon.",
                      lambda t: flows(t) == {("CHL", "KOR", "copper"), ("CHL", "KOR", "salmon")}),
    "bare_goods": ("Chile will sell goods, products and salmon to Korea.", lambda t: flows(t) == {("CHL", "KOR", "salmon")}),
    "generic_goods": ("Chile will sell equipment to Korea, and Korea will sell mining equipment to Chile.",
                      lambda t: flows(t) == {("KOR", "CHL", "mining equipment")}),
    "not_goods": ("Japan will provide services, investment and steel rails to Chile.",
                  lambda t: flows(t) == {("JPN", "CHL", "steel rails")}),
    "goods_containers": ("Chile sold 5,000 tonnes of copper to Korea.", lambda t: flows(t) == {("CHL", "KOR", "copper")}),
    "us_states": ("Farmers in Georgia and Iowa met Chilean buyers. Georgia sells wine to Armenia.",
                  lambda t: [c.code for c in one(t, "countries")] == ["CHL", "GEO", "ARM"]),
    "goods_measures": ("Chilean coffee exporters sold 9,000 bags to Korea. Chile also sells jute bags to Peru.",
                       lambda t: flows(t) == {("CHL", "KOR", "coffee"), ("CHL", "PER", "jute bags")}),
    "goods_praise": ("Chile sold new modern trucks to Korea.", lambda t: flows(t) == {("CHL", "KOR", "trucks")}),
    "extra_goods": ("Chile exports supercomputers to Peru.", lambda t: flows(t) == {("CHL", "PER", "supercomputers")}),
    "compound_heads": ("Chile will buy grain harvesters and wheat from Ukraine.",
                       lambda t: flows(t) == {("UKR", "CHL", "grain harvesters"), ("UKR", "CHL", "wheat")}),
    "wanted_words": ("China wants to buy Chilean copper.", lambda t: [f.modality for f in one(t, "flows")] == ["wanted"]),
    "planned_words": ("Chile will export copper to China.", lambda t: [f.modality for f in one(t, "flows")] == ["planned"]),
    "offered_words": ("Chile offers China copper.", lambda t: [f.modality for f in one(t, "flows")] == ["offered"]),
    "refused_words": ("China banned imports of Chilean copper.", lambda t: [f.modality for f in one(t, "flows")] == ["refused"]),
    "negation_words": ("Chile does not export copper to China.", lambda t: [f.negated for f in one(t, "flows")] == [True]),
    "volume_heads": ("Trade turnover between Chile and Peru reached $3 billion.",
                     lambda t: [v.amount.value for v in one(t, "volumes")] == [3e9]),
    # a firm's turnover is its sales; the two states' turnover beside it is trade
    "firm_nouns": ("The turnover of the Chilean mining company rose to $5 billion, and the turnover of Chile and Peru reached $3 billion.",
                   lambda t: [v.amount.value for v in one(t, "volumes")] == [3e9]),
    "volume_blockers": ("Chile's trade surplus with Peru was $1 billion, and trade between Chile and Peru reached $3 billion.",
                        lambda t: [v.amount.value for v in one(t, "volumes")] == [3e9]),
    "trade_compounds": ("Chile's trade ministry said trade between Chile and Peru reached $3 billion.",
                        lambda t: [v.evidence.sentence[v.evidence.start:v.evidence.end] for v in one(t, "volumes")]
                        == ["trade between Chile and Peru reached $3 billion"]),
    "trade_kinds": ("Chile's farm trade with Peru reached $1 billion, and trade between Chile and Peru reached $3 billion.",
                    lambda t: [v.amount.value for v in one(t, "volumes")] == [3e9]),
    "money_objects": ("Trade between Chile and Peru reached $3 billion, and a $1 billion fund was set up.",
                      lambda t: [v.amount.value for v in one(t, "volumes")] == [3e9]),
    "agreement_words": ("Chile and Peru signed a memorandum on fisheries.", lambda t: len(one(t, "agreements")) == 1),
    "project_nouns": ("Chile and Peru set up a joint venture to produce cement.",
                      lambda t: any("cement" in p.label for p in one(t, "projects"))),
    "project_verbs": ("Peru will build a bridge in Chile.", lambda t: [p.label for p in one(t, "projects")] == ["build bridge"]),
    "project_actions": ("Chile and Peru agreed on the construction of a port.",
                        lambda t: [p.label for p in one(t, "projects")] == ["construction of port"]),
    "project_objects": ("Peru will build a pipeline and trust in Chile.",
                        lambda t: [p.label for p in one(t, "projects")] == ["build pipeline"]),
    "project_fields_cue": ("Chile and Peru have joint projects in mining and fisheries.",
                           lambda t: sorted(p.label for p in one(t, "projects")) == ["fisheries", "mining"]),
    # praise before a project noun names no project; a named one still does
    "project_praise": ("Chile and Peru discussed a flagship project and the Atacama project.",
                       lambda t: [p.label for p in one(t, "projects")] == ["Atacama project"]),
    # making goods is a project only when done together; building a facility always is
    "project_facility_verbs": ("Chile and Peru met. Peru financed the Arica bridge and Chilean wine.",
                               lambda t: [p.label for p in one(t, "projects")] == ["financed Arica bridge"]),
    "project_making": ("Chile produces cars. Chile and Peru will jointly produce buses.",
                       lambda t: [p.label for p in one(t, "projects")] == ["produce buses"]),
    "project_fields_only": ("Chile and Peru will carry out joint infrastructure projects and build a port.",
                            lambda t: [p.label for p in one(t, "projects")] == ["build port"]),
    "project_not_things": ("Chile and Peru will develop their partnership and build a port.",
                           lambda t: [p.label for p in one(t, "projects")] == ["build port"]),
    # an international body's officer serves no one state; a country's officer beside them does
    "international_bodies": ("World Bank President Ana Ruiz met Chilean President Rosa Diaz.",
                             lambda t: officials(t) == {("Diaz", "CHL", "president")}),
    "goods_skip_words": ("Chile sold 40 mln dlrs worth of wine and 5,000 tonnes of copper to Korea.",
                         lambda t: flows(t) == {("CHL", "KOR", "wine"), ("CHL", "KOR", "copper")}),
}


@pytest.mark.parametrize("name", sorted(LIST_EXAMPLES))
def test_each_pattern_list(name):
    assert PATTERNS[name], name
    text, check = LIST_EXAMPLES[name]
    assert check(text), text


def test_every_pattern_list_has_an_example():
    assert set(PATTERNS) - {"_comment"} == set(LIST_EXAMPLES)
