"""Joint projects in full: the label, the partners, the modality, the rule and the words the evidence
points at. A project is a thing built or made together: a verb and its object, an action noun and
its complement, a project noun and what it names (sentences written for the tests)."""
import pytest

from tradekg.extract import read_facts

from .conftest import article

KU, CP = ("KEN", "UGA"), ("CHL", "PER")

PROJECTS = [
    ("Chile and Peru agreed to build roads and bridges in the Andes.",
     [("build roads", CP, "planned", "project.verb.build", "build roads"),
      ("build bridges", CP, "planned", "project.verb.build", "build roads and bridges")]),
    # the parser tags British "modernise" after "help Uganda" as a noun; it takes an object, so it is the verb
    ("Kenya will help Uganda modernise the Kessa-3 power plant.",
     [("modernise Kessa-3 power plant", KU, "planned", "project.verb.modernise", "modernise the Kessa-3 power plant")]),
    # "upgrading" is lemmatised "upgrad", and its object hung on "finished"
    ("Kenya and Uganda finished upgrading the Jinja railway station.",
     [("upgrading Jinja railway station", KU, "realised", "project.verb.upgrade", "upgrading the Jinja railway station")]),
    ("Kenyan and Ugandan firms launched joint production of tractors and buses.",
     [("joint production of tractors", KU, "realised", "project.action.production", "joint production of tractors"),
      ("joint production of buses", KU, "realised", "project.action.production",
       "joint production of tractors and buses")]),
    ("Work on the construction of a gas pipeline linking Kenya to Uganda will start next year.",
     [("construction of gas pipeline", KU, "planned", "project.action.construction", "construction of a gas pipeline")]),
    ("Chile and Peru want the modernisation of the Arica port.",
     [("modernisation of Arica port", CP, "wanted", "project.action.modernisation", "modernisation of the Arica port")]),
    ("Chile and Peru discussed the Tarapaca copper project.",
     [("Tarapaca copper project", CP, "realised", "project.named", "Tarapaca copper project")]),
    ("Chile and Peru discussed the Lima-Cusco rail project.",
     [("Lima-Cusco rail project", CP, "realised", "project.named", "Lima-Cusco rail project")]),
    # "Victoria" is a capital (Seychelles); "Lake Victoria" is not the state
    ("Kenya and Uganda discussed the Lake Victoria ferry project and the Nairobi–Kampala railway project.",
     [("Lake Victoria ferry project", KU, "realised", "project.named", "Lake Victoria ferry project"),
      ("Nairobi–Kampala railway project", KU, "realised", "project.named", "Nairobi–Kampala railway project")]),
    ("Chile and Peru have 40 joint projects in energy, mining and high technology.",
     [("energy", CP, "realised", "project.field", "energy"), ("mining", CP, "realised", "project.field", "mining"),
      ("high technology", CP, "realised", "project.field", "high technology")]),
    ("Chile and Peru are carrying out joint projects in shipbuilding and aviation.",
     [("shipbuilding", CP, "realised", "project.field", "shipbuilding"),
      ("aviation", CP, "realised", "project.field", "aviation")]),
    ("Chile and Peru are implementing projects such as Andes Wind and Pacific Gas.",
     [("Andes Wind", CP, "realised", "project.field", "Andes Wind"),
      ("Pacific Gas", CP, "realised", "project.field", "Pacific Gas")]),
    # the list after "including", which the parser hangs on "worth"
    ("Chile and Peru have 30 joint projects worth $2 billion, including a cement plant and a copper smelter.",
     [("cement plant", CP, "realised", "project.field", "cement plant"),
      ("copper smelter", CP, "realised", "project.field", "copper smelter")]),
    # a second member the parser joined to the first one's place
    ("Chile and Peru are building joint projects, including a copper smelter in Peru and a gas chemical complex.",
     [("copper smelter", CP, "realised", "project.field", "copper smelter"),
      ("gas chemical complex", CP, "realised", "project.field", "gas chemical complex")]),
    ("Chilean and Peruvian companies started joint helicopter assembly.",
     [("helicopter assembly", CP, "realised", "project.production", "helicopter assembly")]),
    ("Kenya and Uganda will jointly produce vaccines.",
     [("produce vaccines", KU, "planned", "project.verb.produce", "produce vaccines")]),
    ("Chile and Peru launched the joint production of the Andina vaccine.",
     [("joint production of Andina vaccine", CP, "realised", "project.action.production",
       "joint production of the Andina vaccine")]),
    ("Chile and Peru may build a satellite constellation.",
     [("build satellite constellation", CP, "planned", "project.verb.build", "build a satellite constellation")]),
    ("Kenya and Uganda jointly built the Nile Delta 4 hydropower plant.",
     [("built Nile Delta 4 hydropower plant", KU, "realised", "project.verb.build",
       "built the Nile Delta 4 hydropower plant")]),
    ("Chile offered to build a port in Peru.", [("build port", CP, "offered", "project.verb.build", "build a port")]),
    ("Kenya refused to build the dam with Uganda.", [("build dam", KU, "refused", "project.verb.build", "build the dam")]),
    ("Kenya and Uganda are keen to set up a fertiliser plant.",
     [("set up fertiliser plant", KU, "wanted", "project.verb.set", "set up a fertiliser plant")]),
    # a country word on a named project is no part of its name; a list after "such as" names projects
    ("Chile and Peru discussed the Peruvian copper project.",
     [("copper project", CP, "realised", "project.named", "copper project")]),
    ("Chile and Peru discussed the Arica – Tacna railway project.",
     [("Arica – Tacna railway project", CP, "realised", "project.named", "Arica – Tacna railway project")]),
    ("Chile and Peru are implementing joint projects such as a cement plant.",
     [("cement plant", CP, "realised", "project.field", "cement plant")]),
    ("Chile and Peru set up joint ventures to build ships.",
     [("build ships", CP, "realised", "project.verb.build", "build ships")]),
    ("Chile and Peru signed a deal on the construction of a bridge and the modernisation of two ports.",
     [("construction of bridge", CP, "realised", "project.action.construction", "construction of a bridge"),
      ("modernisation of ports", CP, "realised", "project.action.modernisation", "modernisation of two ports")]),
    ("Chile and Peru will build schools in Lima.",
     [("build schools", CP, "planned", "project.verb.build", "build schools")]),
    ("Chile and Peru opened a joint laboratory.",
     [("opened laboratory", CP, "realised", "project.verb.open", "opened a joint laboratory")]),
    # what opens of itself, as what was opened; a border or market that opens is no facility
    ("Chile and Peru met. A joint copper smelter has opened in Arica.",
     [("opened copper smelter", CP, "realised", "project.verb.open", "copper smelter has opened")]),
    ("Chile and Peru met. The border opened in May.", []),
    # a work joining two countries; a facility under construction; what a joint venture is to make
    ("A road bridge between Chile and Peru has shortened the route.",
     [("road bridge", CP, "realised", "project.link", "road bridge")]),
    ("They discussed the power line connecting Chile and Peru.",
     [("power line", CP, "realised", "project.link", "power line")]),
    # a work that is the subject of "link" or "connect", its countries listed with commas
    ("The Andes interconnector will link the power grids of Chile, Peru and Bolivia.",
     [("Andes interconnector", ("CHL", "PER", "BOL"), "planned", "project.link", "Andes interconnector")]),
    # a network or system of a facility is one
    ("Chile will help Peru modernise the railway network.",
     [("modernise railway network", CP, "planned", "project.verb.modernise", "modernise the railway network")]),
    ("Chile will help Peru expand its dealer network.", []),
    # fields of a resource are worked, fields of cooperation are not; exploring together is a project
    ("Chilean firms will take part in the exploration of gas fields in Peru.",
     [("exploration of gas fields", CP, "planned", "project.action.exploration", "exploration of gas fields")]),
    ("Chile and Peru will open new fields of cooperation.", []),
    ("Chile and Peru agreed on joint oil exploration.",
     [("oil exploration", CP, "planned", "project.production", "oil exploration")]),
    ("Chile and Peru met. Peru has stepped up copper exploration.", []),
    # work on a facility, whatever words stand before it; who paid for it is no part of its name
    ("Work on a Chilean-financed copper smelter in Peru will start in May.",
     [("copper smelter", CP, "planned", "project.work", "copper smelter")]),
    # "to mine" is a verb of making (a project when done together); "ore" read as an adverb ends the name
    ("Chile and Peru set up a joint company to mine iron ore in Peru.",
     [("mine iron ore", CP, "realised", "project.verb.mine", "mine iron ore")]),
    ("Chile and Peru met. The final decision is mine, the minister said.", []),
    # "to assemble", read as an adjective of the goods, is a verb of making too
    ("Chile and Peru will set up a joint venture to assemble tractors in Lima.",
     [("assemble tractors", CP, "planned", "project.verb.assemble", "assemble tractors")]),
    # "mine" tagged a pronoun, with a compound before it, is a mine
    ("Chile and Peru signed an agreement to jointly develop a coal mine in Arequipa.",
     [("develop coal mine", CP, "realised", "project.verb.develop", "develop a coal mine")]),
    ("New power units, based on a Chilean design, are under construction at two Peruvian plants.",
     [("power units", CP, "realised", "project.under.construction", "power units")]),
    ("Chile and Peru will set up a joint venture to produce 5,000 tonnes of copper wire.",
     [("produce copper wire", CP, "planned", "project.verb.produce", "produce 5,000 tonnes of copper wire")]),
    # a facility built by or with the other side, told in a participle
    ("Peru praised a cement factory built with Chilean participation.",
     [("built cement factory", ("PER", "CHL"), "realised", "project.verb.build", "cement factory built")]),
    # a country in an adverbial clause that holds no project is no partner
    ("Chile and Peru met. Chile backs the pipeline project so as to shield its copper sales from Bolivian raids.",
     [("pipeline project", CP, "realised", "project.named", "pipeline project")]),
    ("The Andes Link cable is a Chilean-Peruvian project.",
     [("Andes Link cable", CP, "realised", "project.compound-adjective",
       "The Andes Link cable is a Chilean-Peruvian project")]),
    # extending or inaugurating a facility; making goods said with "co-"
    ("Chile and Peru agreed to extend the coastal railway to Tacna.",
     [("extend coastal railway", CP, "planned", "project.verb.extend", "extend the coastal railway")]),
    ("Chile and Peru inaugurated a cross-border power line.",
     [("inaugurated cross-border power line", CP, "realised", "project.verb.inaugurate",
       "inaugurated a cross-border power line")]),
    ("Chile and Peru will co-produce patrol boats.",
     [("produce patrol boats", CP, "planned", "project.verb.produce", "produce patrol boats")]),
    # a facility said to be shared, or worked on, whatever verb the parser finds above it
    ("Chile and Peru plan a joint pipeline from the Camisea field.",
     [("pipeline", CP, "planned", "project.joint", "pipeline")]),
    ("Chile and Peru began construction work on the new coastal highway.",
     [("coastal highway", CP, "realised", "project.work", "coastal highway")]),
    # a line extended is built further; a credit line extended is money lent (below)
    ("Chile and Peru agreed to extend the coastal railway line to Tacna.",
     [("extend coastal railway line", CP, "planned", "project.verb.extend", "extend the coastal railway line")]),
    # one country's maker making goods in the other is an undertaking of both
    ("Chile and Peru met. Chilean firm Codelco is assembling buses in Peru.",
     [("assembling buses", ("CHL", "PER"), "realised", "project.verb.assemble", "assembling buses")]),
    ("Chile and Peru agreed to localise the production of Chilean tractors in Peru.",
     [("production of tractors", CP, "planned", "project.action.production", "production of Chilean tractors")]),
    # the thing built named before the verb, which takes it as "which"
    ("Chile and Peru agreed on a new bridge, which Chilean firms will build.",
     [("build bridge", CP, "planned", "project.verb.build", "bridge, which Chilean firms will build")]),
    # a capacity before the facility, which the parser makes the object: the facility is built
    ("Chile and Peru agreed to build a 15,000 barrels per day refinery near Arica.",
     [("build refinery", CP, "planned", "project.verb.build", "build a 15,000 barrels per day refinery")]),
    # paying for or finishing a facility; a part of it stands for the whole
    ("Chile and Peru met. Peru is financing the second phase of the Arica ring road.",
     [("financing Arica ring road", ("PER", "CHL"), "realised", "project.verb.finance", "financing the second phase of the Arica ring road")]),
    ("Chile and Peru met. Peruvian engineers completed the Tacna highway in 2019.",
     [("completed Tacna highway", ("PER", "CHL"), "realised", "project.verb.complete", "completed the Tacna highway")]),
    # the facility before a passive verb; a facility's network; the one facility among other objects
    # a facility no other cue word names: the verb of financing sends the sentence to the parser
    ("Chile and Peru met. Peru is financing the light rail line.",
     [("financing light rail line", ("PER", "CHL"), "realised", "project.verb.finance", "financing the light rail line")]),
    ("Chile and Peru met. The Tacna highway was financed by Peru.",
     [("financed Tacna highway", ("PER", "CHL"), "realised", "project.verb.finance", "Tacna highway was financed")]),
    ("Chile and Peru met. Peru funded the Arica railway network.",
     [("funded Arica railway network", ("PER", "CHL"), "realised", "project.verb.fund", "funded the Arica railway network")]),
    ("Chile and Peru met. Peru financed teacher training and a new bridge in Arica.",
     [("financed bridge", ("PER", "CHL"), "realised", "project.verb.finance", "financed teacher training and a new bridge")]),
    # the parser makes the facility a compound of the place it links
    ("Chile and Peru will jointly build a railway linking Arica with Tacna.",
     [("build railway", CP, "planned", "project.verb.build", "build a railway")]),
    # a building verb's gerund the parser tags a noun, before the facility's phrase
    ("Chile and Peru met. Peruvian firms took part in upgrading railways in Chile.",
     [("upgrading railways", ("PER", "CHL"), "realised", "project.verb.upgrade", "upgrading railways")]),
    ("Chile and Peru met. Chile thanked the Peruvian company Transandesing for upgrading railways in Chile.",
     [("upgrading railways", CP, "realised", "project.verb.upgrade", "upgrading railways")]),
    # a work begun on; a consortium of both making goods; a plant of two countries' names
    ("Chile and Peru met. Work began on a new gas pipeline from Arica to Ilo.",
     [("gas pipeline", CP, "realised", "project.work", "gas pipeline")]),
    ("Chilean and Peruvian firms formed a consortium to produce cement.",
     [("produce cement", CP, "realised", "project.verb.produce", "produce cement")]),
    ("Chile and Peru met. A Chilean-Peruvian plant will assemble tractors in Arica.",
     [("plant", CP, "planned", "project.joint", "plant"),
      ("assemble tractors", CP, "planned", "project.verb.assemble", "assemble tractors")]),
    # a joint company by its trade or its name; "to process" read as a noun
    ("Chile and Peru agreed to form a joint shipping company.",
     [("shipping company", CP, "planned", "project.company", "shipping company")]),
    ("Chile and Peru agreed to form a joint airline.", [("airline", CP, "planned", "project.company", "airline")]),
    ("Chile and Peru discussed the joint Chilean-Peruvian company Andes Railway.",
     [("Andes Railway", CP, "realised", "project.company", "Andes Railway")]),
    ("Chile and Peru set up a joint venture to process fishmeal.",
     [("process fishmeal", CP, "realised", "project.verb.process", "process fishmeal")]),
    # a facility the tagger left a noun and the parser made a verb
    ("Chile and Peru met. Chile will set up a tractor assembly plant near Arica.",
     [("set up tractor assembly plant", CP, "planned", "project.verb.set", "set up a tractor assembly plant")]),
    # units that a compound makes things built, not a measure of goods
    ("Chile and Peru met. They discussed cooperation in building new power units.",
     [("building power units", CP, "realised", "project.verb.build", "building new power units")]),
    # a thing of the two countries' names and no other cue, its name in capitals or not
    ("Chile and Peru met. The leaders reviewed progress on the Chile-Peru transport corridor.",
     [("transport corridor", CP, "realised", "project.joint", "transport corridor")]),
    ("Chile and Peru met. The leaders reviewed the Chile-Peru Transport Corridor.",
     [("Transport Corridor", CP, "realised", "project.joint", "Transport Corridor")]),
]


@pytest.mark.parametrize("text, expected", PROJECTS, ids=[p[0][:45].replace("–", "-") for p in PROJECTS])
def test_a_project_in_full(text, expected):
    facts = read_facts(article(text))
    got = [(p.label, p.partners, p.modality, p.evidence.rule, text[p.evidence.start:p.evidence.end])
           for p in facts.projects]
    assert got == expected
    assert not any(p.negated for p in facts.projects)


@pytest.mark.parametrize("text", [
    # a joint company named by nothing but its country words, or by nothing at all
    "Chile and Peru welcomed the joint company.",
    "Chile and Peru welcomed the joint Chilean-Peruvian company.",
    "Chile produces cars and sells them in Peru.",                     # one country's making
    "Kenya's oil production grew, Uganda said.",
    "Chile and Peru will set new targets for trade.",                  # "set" without "up"
    "Chile and Peru agreed to build relations of trust.",              # not a thing
    "Kenya and Uganda will deepen cooperation and build trust.",
    "Kenya and Uganda discussed joint projects in Kampala.",           # a place, not what is built
    "Chile and Peru discussed projects in India.",
    "Chile and Peru discussed joint projects in providing aid to farmers.",
    "Chile and Peru discussed joint projects in trade and investment.",  # fields that build nothing
    "Chile and Peru discussed energy projects.",                        # a field, and nothing joint
    "Chile and Peru will set up a joint venture.",                     # a venture that makes nothing named
    "Kenya and Uganda will create a joint working group on roads.",   # bodies and papers build nothing
    "Chile and Peru set up a joint commission and signed a memorandum.",
    "Chile and Peru will launch a foundation for culture.",
    "Hungary and Austria agreed to open a joint venture in Gyula.",    # a town, not what it makes
    "The first joint venture, with an Italian firm, is based in the Moscow Region.",
    "Trade between Chile and Peru grew.",                               # joining, but nothing built
    "The road built in 1990 needs repair, Chilean and Peruvian officials said.",  # built by no one named
    "Chile and Peru are ready to expand deliveries of railway wagons.",  # more goods sent, nothing built
    "Ferries between Chile and Peru were cancelled.",
    "Relations between Chile and Peru are under construction.",
    "A new trade agreement between Chile and Peru is under discussion.",
    "Chile and Peru will extend their cooperation to mining.",           # extending no facility
    "Chile and Peru agreed to work on trade rules and a joint statement.",
    "Chile and Peru will produce patrol boats.",                          # each its own, nothing joint
    "Chile and Peru met. Chilean firms assemble buses in Chile.",         # made at home
    "Chile and Peru met. Peruvian firms produce copper wire in Lima for Chilean buyers.",
    "Chile extended a 50 mln dlr credit line to Peru.",                  # a loan alone is no project
    "Chile and Peru met. Peru financed the purchase of Chilean wine.",   # paying for goods, no facility
    "Chile and Peru met. Peru completed the talks on a new road.",
    "Chile and Peru met. Peruvian firms took part in upgrading their trade rules.",
])
def test_what_is_not_a_project(text):
    assert read_facts(article(text)).projects == []


@pytest.mark.parametrize("text, label", [
    ("The two countries, Chile and Peru, did not build the bridge.", "build bridge"),
    ("Chile will not help Peru build the port.", "build port"),
])
def test_a_denied_project_is_negated(text, label):
    assert [(p.label, p.negated) for p in read_facts(article(text)).projects] == [(label, True)]


def test_not_only_is_no_negation_of_a_project():
    facts = read_facts(article("Chile and Peru not only built a port but also a bridge."))
    assert [(p.label, p.negated) for p in facts.projects] == [("built port", False), ("built bridge", False)]



def test_a_project_told_twice_is_one_project():
    text = ("Kenya and Uganda agreed to build a pipeline. Work will soon start to construct the Lake Albert "
            "pipeline, which Kenya and Uganda will own together. Kenya and Uganda will also build a bridge.")
    labels = [p.label for p in read_facts(article(text)).projects]
    assert "build pipeline" not in labels
    assert any("Lake Albert pipeline" in label for label in labels)
    assert "build bridge" in labels   # another thing built stays


def test_a_project_told_again_beside_another_country_is_one_project():
    # the country beside the roads the second time ("near the Tanzanian border") adds a partner at most
    text = ("Kenya will build two new roads in Uganda. Kenyan firms will reconstruct the roads between "
            "Mbale and Tororo in Uganda near the Tanzanian border.")
    projects = read_facts(article(text)).projects
    assert len(projects) == 1 and {"KEN", "UGA"} <= set(projects[0].partners)


@pytest.mark.parametrize("text, labels", [
    # a link or plant restored together is a project; trust, relations or flights restored are not
    ("Kenya and Uganda agreed to restore the old Tororo rail link.", ["restore old Tororo rail link"]),
    ("Kenya and Uganda agreed on the restoration of the Tororo power station.", ["restoration of Tororo power station"]),
    ("Kenya and Uganda will restore trust and relations.", []),
    ("Kenya and Uganda will restore direct flights and dialogue.", []),
])
def test_a_thing_restored_together(text, labels):
    assert [p.label for p in read_facts(article(text)).projects] == labels


def test_a_country_gone_through_is_no_partner():
    text = "Chile will build a solar plant in Peru, and Chilean gas will reach Peru through Bolivia."
    assert [(p.label, p.partners) for p in read_facts(article(text)).projects] == [("build solar plant", ("CHL", "PER"))]


def test_a_border_the_work_reaches_is_no_partner():
    text = "Chile and Peru met. Peruvian firms will build a highway from Lima to the Ecuadorian border."
    assert [(p.label, sorted(p.partners)) for p in read_facts(article(text)).projects] == [("build highway", ["CHL", "PER"])]


def test_the_same_project_between_other_partners_stays():
    text = "Kenya and Uganda will build a pipeline. Chile and Peru will construct the Andes pipeline."
    assert sorted(p.label for p in read_facts(article(text)).projects) == ["build pipeline", "construct Andes pipeline"]


@pytest.mark.parametrize("text, label", [
    # the thing a project noun stands beside, as a copula's subject or in apposition
    ("Kenya met Uganda. The Lake Albert pipeline is a purely commercial project.", "Lake Albert pipeline"),
    ("Kenya met Uganda. The Lake Albert pipeline, a Kenyan-Ugandan project, will open next year.", "Lake Albert pipeline"),
])
def test_a_project_named_beside_the_project_noun(text, label):
    assert [(p.label, p.partners, p.evidence.rule) for p in read_facts(article(text)).projects] == \
        [(label, ("KEN", "UGA"), "project.named")]


@pytest.mark.parametrize("text", [
    "Kenya met Uganda. Trade is a priority project.",
    "Kenya met Uganda. Nairobi Gas is a joint venture of Kenyan and Ugandan firms.",   # the owners, not a product
    # a programme not called joint is one side's
    "Kenya met Uganda. They discussed the Kenya Seed Action Program and Uganda's nuclear programme.",
    "Kenya and Uganda agreed to expand the air ambulance programme.",
])
def test_no_project_beside_a_project_noun(text):
    assert read_facts(article(text)).projects == []


@pytest.mark.parametrize("text, label", [
    ("Kenya and Uganda will carry out joint infrastructure projects.", None),
    ("Kenya and Uganda launched joint health and education programmes.", None),
    ("Kenya and Uganda will carry out joint railway projects.", "railway"),
    ("Kenya and Uganda launched a joint vaccine programme.", "vaccine"),
])
def test_a_field_of_work_is_no_project(text, label):
    labels = [p.label for p in read_facts(article(text)).projects]
    assert labels == [] if label is None else any(label in found for found in labels), labels


TALKS = ("Talks with the President of Peru\n\nChilean President Ana Soto: Welcome to Santiago, Mr President.\n\n"
         "Peruvian President Luis Vega: Thank you.\n\nChilean President Ana Soto: ")


@pytest.mark.parametrize("said", ["We have large projects in mining that are going well.",
                                  "Our projects in mining are going well."])
def test_projects_of_ours_said_to_the_other_side_are_joint(said):
    assert [(p.label, p.partners) for p in read_facts(article(TALKS + said)).projects] == [("mining", ("CHL", "PER"))]


def test_projects_of_one_country_in_a_field_are_not_joint():
    assert read_facts(article("Chile has large projects in mining that are going well.")).projects == []


@pytest.mark.parametrize("thing, label", [
    # things built that a sweep of 87 found unread: roads and ports of other names, a mine named by
    # an adjective ("copper" read as one, "mine" as the pronoun)
    ("the Lima-Arequipa expressway", "build Lima-Arequipa expressway"), ("a seaport", "build seaport"),
    ("a new reservoir", "build reservoir"), ("a copper mine", "build copper mine"), ("a coal mine", "build coal mine"),
    ("a stadium", "build stadium"),
    ("a substation", "build substation"), ("a university", "build university"), ("a wharf", "build wharf"),
])
def test_things_built_together(thing, label):
    facts = read_facts(article(f"Chile and Peru will jointly build {thing} near the border."))
    assert [(p.label, p.partners) for p in facts.projects] == [(label, CP)]


@pytest.mark.parametrize("text, expected", [
    # a facility built by the country hyphened to "built", in another; goods so made are no project
    ("The Chilean-built railway from Lima to Cusco opened in 2019.", [("built railway", CP)]),
    ("Peru bought Chilean-built frigates last year.", []),
])
def test_a_facility_built_by_a_country_named_before_it(text, expected):
    assert [(p.label, p.partners) for p in read_facts(article(text)).projects] == expected


@pytest.mark.parametrize("text, expected", [
    # goods made under a verb of working together are made jointly; a production in a clause of its
    # own is one country's
    ("Chile and Peru agreed to cooperate on cement production.", [("cement production", ["CHL", "PER"])]),
    ("Chile and Peru will collaborate in the production of lithium batteries.",
     [("production of lithium batteries", ["CHL", "PER"])]),
    ("Chile and Peru met. Peru will cooperate with Chile, while its cement production grows.", []),
])
def test_production_under_a_verb_of_working_together(text, expected):
    assert [(p.label, sorted(p.partners)) for p in read_facts(article(text)).projects] == expected


@pytest.mark.parametrize("text, expected", [
    # a bare verb of building after "help Peru", which the tagger read as a noun
    ("Ghana will help Togo upgrade the coastal road.", [("upgrade coastal road", ["GHA", "TGO"])]),
    ("Chile helped Costa Rica modernise the port of Limon.", [("modernise port", ["CHL", "CRI"])]),
    # goods the helper helps another make are made together; made alone, or helped with no one named, not
    ("Chile will help Peru produce green hydrogen for export.", [("produce green hydrogen", ["CHL", "PER"])]),
    ("Chile and Peru met. Peru will produce green hydrogen, Chile said.", []),
    ("Chile and Peru met. Chile will help produce green hydrogen.", []),
    # a mill, which the tagger read as something else after "steel"
    ("Chilean firms will modernise Peru's Ilo steel mill.", [("modernise Ilo steel mill", ["CHL", "PER"])]),
])
def test_work_one_country_helps_another_do(text, expected):
    assert [(p.label, sorted(p.partners)) for p in read_facts(article(text)).projects] == expected


@pytest.mark.parametrize("text, expected", [
    # a project noun named after a programme is the programme: one side's, unless called joint
    ("Chile and Peru held talks. More flour is still available to Peru under the Market Enhancement Program "
     "initiative announced in August.", []),
    ("Chile and Peru held talks. Chile and Peru launched a joint Clean Water Program initiative.",
     [("Clean Water Program initiative", ("CHL", "PER"))]),
    ("Chile and Peru held talks. Chile and Peru agreed on a joint Clean Water Program initiative.",
     [("Clean Water Program initiative", ("CHL", "PER"))]),
    ("Chile and Peru held talks. Joint Clean Water Program initiatives were agreed by Chile and Peru.",
     [("Clean Water Program initiatives", ("CHL", "PER"))]),
])
def test_a_programme_named_as_an_initiative(text, expected):
    projects = read_facts(article(text)).projects
    assert [(p.label, tuple(sorted(p.partners))) for p in projects] == expected
