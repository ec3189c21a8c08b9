"""Officials in full: the name, the office and the country it serves, as the genre writes them
(sentences written for the tests, invented people)."""
import pytest

from tradekg.extract import read_facts

from .conftest import article

OFFICIALS = [
    # the office, its domain, then its country
    ("Minister of Mining of the Republic of Kenya Peter Mwangi and Minister of Agriculture of Uganda "
     "Achola Nantale signed an agreement.",
     [("Peter Mwangi", "minister of mining", "KEN"), ("Achola Nantale", "minister of agriculture", "UGA")]),
    # two offices of one person joined by a dash: the second takes the first one's country
    ("Deputy Prime Minister of Kenya - Minister of Trade Peter Mwangi met his Ugandan counterpart Achola Nantale.",
     [("Peter Mwangi", "minister of trade", "KEN"), ("Achola Nantale", "minister of trade", "UGA")]),
    # "minister of trade" after a possessive country, and the domain before the office
    ("Peter Mwangi, Kenya's minister of trade, met Achola Nantale, Uganda's finance minister.",
     [("Peter Mwangi", "minister of trade", "KEN"), ("Achola Nantale", "minister of finance", "UGA")]),
    ("Uganda's Minister of Finance Achola Nantale spoke in Nairobi.",
     [("Achola Nantale", "minister of finance", "UGA")]),
    # domains of today's cabinets, no part of the name that follows them
    *[(f"Ugandan Minister of {d} Achola Nantale met Kenyan Minister of {e} Peter Mwangi.",
       [("Achola Nantale", f"minister of {d.lower()}", "UGA"), ("Peter Mwangi", f"minister of {e.lower()}", "KEN")])
      for d, e in (("Development", "Infrastructure"), ("Digital Transformation", "Strategic Industries"),
                   ("Tourism", "Construction"), ("Regional Development", "Emergency Situations"))],
    # an office the lexicon does not name, before the comma of an apposition; a name after a
    # country in the same place is the person's, not the office's
    ("Kenya's Minister of Supply, Peter Mwangi, said wheat imports would rise.",
     [("Peter Mwangi", "minister of supply", "KEN")]),
    ("Uganda's Minister of Trade and Shipping, Achola Nantale, spoke in Nairobi.",
     [("Achola Nantale", "minister of trade and shipping", "UGA")]),
    ("The Minister of Trade and Industry of Uganda, Achola Nantale, spoke.",
     [("Achola Nantale", "minister of trade and industry", "UGA")]),
    ("Peter Mwangi met the President of the Republic of Uganda Achola Nantale, who arrived on Monday.",
     [("Achola Nantale", "president", "UGA")]),
    # a country's leader
    ("Kenyan President Peter Mwangi met Ugandan leader Achola Nantale in Kampala.",
     [("Peter Mwangi", "president", "KEN"), ("Achola Nantale", "leader", "UGA")]),
    # a wire story filed where a foreign broadcast was monitored: the dateline is no official's country
    ("TOKYO, April 9 - Prime Minister Kim Dal-su told the national assembly in Pyongyang that North Korea "
     "plans to raise trade, the official news agency said, monitored here.",
     [("Kim Dal-su", "prime minister", "PRK")]),
    ("ANKARA, May 2 - Radio Tehran, monitored in Ankara, quoted Trade Minister Hassan Jafari as saying "
     "that Iran will buy more wheat.",
     [("Hassan Jafari", "minister of trade", "IRN")]),
    # the officer of an international body, up to four words of domain after its name
    ("BRUSSELS, May 3 - EU External Trade Commissioner Jan Peeters told Kenyan Trade Minister Peter Mwangi that "
     "Kenya must open its market.", [("Peter Mwangi", "minister of trade", "KEN")]),
    ("African Development Bank president Kofi Mensah met Uganda's Finance Minister Achola Nantale.",
     [("Achola Nantale", "minister of finance", "UGA")]),
    # a ministry's spokesman speaks for the government; American members of Congress by title or party-state
    ("OSLO, March 4 - Trade has dropped, Foreign Ministry spokesman Lars Holm told Reuters.",
     [("Lars Holm", "spokesperson", "NOR")]),
    ("WASHINGTON, March 4 - Their leader, Rep. John Smith (R-Nebr.), said Japan must buy more.",
     [("John Smith", "member of congress", "USA")]),
    ("WASHINGTON, March 4 - Lawmakers urged action. John Smith (D-Calif.) said Japan must buy more sugar.",
     [("John Smith", "member of congress", "USA")]),
    # a ministry's name with a comma and "and" before the holder's; a comma before a name is no ministry
    ("Uganda's Minister of Trade, Tourism and Cooperatives Rose Akello arrived.",
     [("Rose Akello", "minister of trade", "UGA")]),
    ("Uganda's Minister of Trade, Rose Akello and Grace Auma Nantale arrived.",
     [("Rose Akello", "minister of trade", "UGA")]),
    # a country's central bank named before its governor's office: the country's official, not a firm's
    ("Kenya's Central Bank Governor Rose Akello arrived in Kampala.",
     [("Rose Akello", "central bank governor", "KEN")]),
    # a list of offices the lexicon knows, in lower case, before the holder's name in apposition
    ("Uganda's minister of industry, trade and investment, Rose Akello, arrived.",
     [("Rose Akello", "minister of industry", "UGA")]),
    # a ministry the lexicon does not know, before the office's country; aides and attaches hold office;
    # a list of offices is no "name, the title"
    ("Minister of Water Policy and Forests of Kenya Samuel Ruto signed a memorandum.",
     [("Samuel Ruto", "minister of water policy and forests", "KEN")]),
    ("Kenyan commercial attache Joseph Njoroge said the roads would be finished next year.",
     [("Joseph Njoroge", "commercial attache", "KEN")]),
    ("Kenyan President Amos Kibet met Ugandan President Achola Nantale. With them were Kenyan Deputy Prime Minister "
     "Peter Mwangi, Kenyan Presidential Aide Grace Auma, and Chairman of the Tea Board John Otieno.",
     [("Amos Kibet", "president", "KEN"), ("Achola Nantale", "president", "UGA"),
      ("Peter Mwangi", "deputy prime minister", "KEN"), ("Grace Auma", "presidential aide", "KEN")]),
    # the country after the name; a bare counterpart serves the other side, and holds the office of
    # the official whose counterpart it is
    ("Kenyan President Amos Kibet met Ugandan President Achola Nantale. Finance Minister Peter Mwangi of Uganda "
     "and his Kenyan counterpart, Grace Auma, signed a tax treaty.",
     [("Amos Kibet", "president", "KEN"), ("Achola Nantale", "president", "UGA"),
      ("Peter Mwangi", "minister of finance", "UGA"), ("Grace Auma", "minister of finance", "KEN")]),
    ("Kenyan President Amos Kibet met Ugandan President Achola Nantale. Kenyan Trade Minister Peter Mwangi held "
     "talks with his counterpart Grace Auma.",
     [("Amos Kibet", "president", "KEN"), ("Achola Nantale", "president", "UGA"),
      ("Peter Mwangi", "minister of trade", "KEN"), ("Grace Auma", "minister of trade", "UGA")]),
    # who leads a side or a delegation serves its country, whatever the dateline says
    ("NAIROBI, May 2 - Kenyan and Ugandan officials met. Deputy Trade Minister Peter Mwangi led the Ugandan "
     "delegation, and Deputy Foreign Minister Grace Auma headed the Kenyan side.",
     [("Peter Mwangi", "deputy minister of trade", "UGA"), ("Grace Auma", "deputy minister of foreign affairs", "KEN")]),
    # military rulers and commanders are officials of their state
    ("Kenyan President Amos Kibet received Ugandan army chief Peter Mwangi and Tanzanian junta leader Grace Auma.",
     [("Amos Kibet", "president", "KEN"), ("Peter Mwangi", "military leader", "UGA"),
      ("Grace Auma", "military leader", "TZA")]),
    # who accompanies an official, with no country of their own, is on that official's side
    ("Kenyan President Amos Kibet met Ugandan President Achola Nantale in Kampala. Trade Minister Peter Mwangi "
     "accompanied Kibet, while Uganda's finance minister, Grace Auma, joined Nantale.",
     [("Amos Kibet", "president", "KEN"), ("Achola Nantale", "president", "UGA"),
      ("Peter Mwangi", "minister of trade", "KEN"), ("Grace Auma", "minister of finance", "UGA")]),
    ("Ugandan President Achola Nantale met Kenyan President Amos Kibet, who was accompanied by Trade Minister "
     "Peter Mwangi, in Kampala.",
     [("Achola Nantale", "president", "UGA"), ("Amos Kibet", "president", "KEN"),
      ("Peter Mwangi", "minister of trade", "KEN")]),
    # without the broadcast, the dateline's country is the guess for a title with none
    ("ANKARA, May 2 - Trade Minister Hassan Jafari said that Iran will buy more wheat.",
     [("Hassan Jafari", "minister of trade", "TUR")]),
    # an American cabinet title in a story filed abroad that names the United States serves it; a
    # cabinet secretary of the dateline's country keeps the dateline's
    ("SEOUL, May 2 - Kim Dae-sung said he would see Agriculture Secretary Tom Barrow on his trip to the United States.",
     [("Tom Barrow", "secretary of agriculture", "USA")]),
    ("TOKYO, May 2 - Chief Cabinet Secretary Kenji Oda said Japan would not retaliate against the United States.",
     [("Kenji Oda", "chief cabinet secretary", "JPN")]),
    # offices only Washington names so serve it whatever country stands nearest; a British
    # "Secretary of State for" keeps the dateline's
    ("Egyptian Trade Minister Omar Fathy met Secretary of State Tom Barrow on Monday.",
     [("Omar Fathy", "minister of trade", "EGY"), ("Tom Barrow", "secretary of state", "USA")]),
    ("Chilean Mining Minister Rosa Pinto saw Trade Representative Ann Cole in Lima.",
     [("Rosa Pinto", "minister of mining", "CHL"), ("Ann Cole", "trade representative", "USA")]),
    ("LONDON, May 2 - Secretary of State for Trade Tom Barrow said Britain would press Chile.",
     [("Tom Barrow", "secretary of state", "GBR")]),
    # the host of a visitor serves the other side, whatever country the sentence names first
    ("Vice Premier Li Wenhao told visiting Chilean Mining Minister Rosa Pinto that China would buy more copper.",
     [("Li Wenhao", "deputy prime minister", "CHN"), ("Rosa Pinto", "minister of mining", "CHL")]),
    # a short place or domain between the title and the name in apposition
    ("Peru's trade counsellor in its Santiago embassy, Rosa Quispe, said sales were slow.",
     [("Rosa Quispe", "commercial attache", "PER")]),
    # a ministry of two domains written in lower case
    ("Talks were held with Bolivian minister of mines and power Hugo Mamani Quispe.",
     [("Hugo Mamani Quispe", "minister of mines", "BOL")]),
    # up to three words between "the" and the title of a name in apposition
    ("Rosa Quispe, the Peruvian government commissioner for mining, met Chilean officials.",
     [("Rosa Quispe", "commissioner", "PER")]),
    # a lower-case particle inside a name
    ("Premier Li Wenhao met visiting Kenyan President Samuel arap Kibet in Beijing.",
     [("Li Wenhao", "prime minister", "CHN"), ("Samuel arap Kibet", "president", "KEN")]),
    # two offices of one person joined by "and": the country of the first is the person's
    ("Chilean minister Rosa Pinto met Chinese State Councilor and Foreign Minister Li Wenhao.",
     [("Rosa Pinto", "minister", "CHL"), ("Li Wenhao", "minister of foreign affairs", "CHN")]),
    # a prime minister's formal title in the former Soviet states
    ("Chairman of the Cabinet of Ministers of Ukraine Taras Hrytsenko met Rosa Pinto of Chile.",
     [("Taras Hrytsenko", "prime minister", "UKR")]),
    # a family name with "Al" after the given and fathers' names ends the name
    ("Emir of Qatar Sheikh Hamad bin Khalid Al Sulaiti held talks with Chilean President Ana Soto.",
     [("Sheikh Hamad bin Khalid Al Sulaiti", "emir", "QAT"), ("Ana Soto", "president", "CHL")]),
    # Britain's finance minister by his own title
    ("British Chancellor of the Exchequer Tom Ashby met Chilean President Ana Soto.",
     [("Tom Ashby", "minister of finance", "GBR"), ("Ana Soto", "president", "CHL")]),
    # initials written together belong to the name
    ("Chilean Foreign Minister R.L. Pinto held talks with his Peruvian counterpart H.G. Lara.",
     [("R.L. Pinto", "minister of foreign affairs", "CHL"), ("H.G. Lara", "minister of foreign affairs", "PER")]),
    # a surname alone after an honorific, its office in apposition
    ("Mr. Lara, the Peruvian foreign minister, said the talks were useful.",
     [("Lara", "minister of foreign affairs", "PER")]),
    ("Mrs Pinto, Chile's trade minister, said the talks were useful.", [("Pinto", "minister of trade", "CHL")]),
    # a legislature's speaker, however the office is written
    ("Peru's Speaker of Parliament Rosa Vidal met Chilean President Ana Soto.",
     [("Rosa Vidal", "speaker", "PER"), ("Ana Soto", "president", "CHL")]),
    ("Chilean Speaker of the National Assembly Ana Soto received Peruvian envoys.", [("Ana Soto", "speaker", "CHL")]),
]


@pytest.mark.parametrize("text, expected", OFFICIALS, ids=[o[0][:40] for o in OFFICIALS])
def test_an_official_in_full(text, expected):
    got = [(p.name, p.role, p.country) for p in read_facts(article(text)).people.values() if p.official]
    assert got == expected


def test_a_name_ends_before_the_title_of_a_statement():
    text = ("President Amos Kibet and President Achola Nantale Joint Statement\n\nKenya and Uganda affirm their "
            "cooperation. As part of joint efforts, both will lower tariffs.")
    assert {p.name for p in read_facts(article(text)).people.values() if p.official} == {"Amos Kibet", "Achola Nantale"}


def test_a_plural_title_is_no_part_of_a_name():
    text = "Presidents Vladimir Putin and Alexander Lukashenko met in Sochi."
    people = read_facts(article(text, date="2021-06-01")).people.values()
    assert {(p.name, p.country) for p in people if p.official} == {("Vladimir Putin", "RUS"), ("Alexander Lukashenko", "BLR")}


def test_a_name_split_by_a_quotes_brackets_is_one_name():
    text = '"If anything is offered, (Prime Minister Kenji) Sato would take it with him," an official said.'
    facts = read_facts(article(text, date="2022-07-12"))
    assert [(p.name, p.role) for p in facts.people.values()] == [("Kenji Sato", "prime minister")]


@pytest.mark.parametrize("text, expected", [
    # a bare surname at a sentence's start is a person when an office holder bore it at the date
    ("Lukashenko and Putin met in Sochi on Monday.", {("Lukashenko", "BLR"), ("Putin", "RUS")}),
    # a word the document also writes in lower case stays a word
    ("Trade and Putin were on the agenda; trade grew.", {("Putin", "RUS")}),
])
def test_a_bare_surname_opening_a_sentence(text, expected):
    people = read_facts(article(text, date="2021-06-01")).people.values()
    assert {(p.name, p.country) for p in people if p.official} == expected


def test_a_name_after_bin_is_a_fathers_and_joins_no_one():
    # "King Faisal" is not "Khalid bin Faisal"; a head with no country meeting the other side leads his own
    text = ("Kenya and Oman held talks. King Faisal welcomed Kenyan President Amos Kibet to Muscat. "
            "Crown Prince Khalid bin Faisal attended the talks.")
    people = {p.name: (p.role, p.country) for p in read_facts(article(text)).people.values()}
    assert people["Faisal"] == ("king", "OMN")
    assert people["Khalid bin Faisal"][0] == "crown prince"


def test_a_head_with_no_country_meeting_an_aide_of_the_same_side_keeps_the_default():
    # an internal meeting: the aide is no head of state, so no side is inferred from the meeting
    text = "Kenya and Oman held talks. President Amos Kibet met presidential aide Grace Auma in Nairobi."
    people = {p.name: p.country for p in read_facts(article(text)).people.values()}
    assert people == {"Amos Kibet": "KEN", "Grace Auma": "KEN"}


def test_the_name_of_a_partnership_or_corridor_is_no_person():
    text = ("Trade Minister Peter Mwangi met Uganda's Finance Minister Achola Nantale in Nairobi. They discussed "
            "the Kenya-Uganda Strategic Trade and Investment Partnership and the Northern Transport Corridor.")
    facts = read_facts(article(text))
    assert {p.name for p in facts.people.values()} == {"Peter Mwangi", "Achola Nantale"}
    assert [set(m.participants) for m in facts.meetings] == [{"peter-mwangi", "achola-nantale"}]


def test_a_party_general_secretary_meeting_the_other_side_leads_the_other_country():
    # a communist party's general secretary leads his state, as a king or president does
    text = ("Chile and Vietnam held talks. General Secretary Tran Van Minh welcomed Chilean President Ana Soto "
            "to Hanoi.")
    people = {p.name: (p.role, p.country) for p in read_facts(article(text)).people.values()}
    assert people == {"Tran Van Minh": ("general secretary", "VNM"), "Ana Soto": ("president", "CHL")}


def test_a_surname_without_its_arabic_article_is_the_same_person():
    # (dated: a bare "Rashidi" must not be looked up in the table of office holders on its own)
    text = "Kenyan President Ali Kato met Egyptian President Omar al-Rashidi in Cairo. Rashidi and Kato discussed tea."
    people = read_facts(article(text, date="2020-01-01")).people
    assert sorted(p.name for p in people.values()) == ["Ali Kato", "Omar al-Rashidi"]


def test_a_countrys_possessive_before_a_name_is_no_part_of_it():
    text = "Chile's Rosa Pinto and Peru's Hugo Lara met in Lima. China's Foreign Economic Relations Ministry agreed."
    assert sorted((p.name, p.country) for p in read_facts(article(text)).people.values()) == \
        [("Hugo Lara", "PER"), ("Rosa Pinto", "CHL")]


def test_a_nickname_in_quotes_stays_inside_the_name():
    people = read_facts(article('Chilean President Ana "Anita" Soto met Peruvian President Luis Vega.')).people
    assert [(k, p.name, p.country) for k, p in people.items()] == \
        [("ana-soto", 'Ana "Anita" Soto', "CHL"), ("luis-vega", "Luis Vega", "PER")]


@pytest.mark.parametrize("date, expected", [("1987-04-03", "SUN"), ("2017-04-03", "RUS")])
def test_a_moscow_dateline_is_the_soviet_unions_before_1992(date, expected):
    facts = read_facts(article("MOSCOW, April 3 - Trade Minister Ivan Petrenko said shoppers bought Cuban sugar "
                               "in state shops last month.", date=date))
    assert [(p.name, p.country) for p in facts.people.values() if p.official] == [("Ivan Petrenko", expected)]
    assert [(f.exporter, f.importer, f.commodity) for f in facts.flows] == [("CUB", expected, "sugar")]
