"""Goods in full: how a list of goods is cut into members, which member shares a head, where a
container or a figure ends, and the HS code each label links to (sentences written for the tests)."""
import pytest

from tradekg.extract import read_facts
from tradekg.extract.goods import GoodsVocabulary, hs_heading, list_goods, singular
from tradekg.extract.lexicon import lexicon
from tradekg.extract.syntax import parse, start_of, word_of

from .conftest import article


@pytest.fixture(scope="module")
def vocab():
    return GoodsVocabulary(lexicon())


KU, CP = ("KEN", "UGA"), ("CHL", "PER")

LISTS = [
    # commas and "and"; a member that is only modifiers shares the next member's head
    ("Kenya exports raw cotton, cotton textiles, naphtha and fresh and dried fruits to Uganda.", KU,
     [("raw cotton", "5201", "raw cotton"), ("cotton textiles", "52", "cotton textiles"), ("naphtha", "2710", "naphtha"),
      ("fresh fruits", "08", "fresh"), ("dried fruits", "08", "dried fruits")]),
    ("Chile supplies medical and laboratory equipment to Peru.", CP,
     [("medical equipment", "9018", "medical"), ("laboratory equipment", "", "laboratory equipment")]),
    # a lone noun before "and X <generic head>" is a modifier of that head
    ("Chile sells mining and security equipment to Peru.", CP,
     [("mining equipment", "8430", "mining"), ("security equipment", "", "security equipment")]),
    # bare "equipment" counts only inside a list of goods
    ("Kenya exports tea, coffee and equipment to Uganda.", KU,
     [("tea", "0902", "tea"), ("coffee", "0901", "coffee"), ("equipment", "", "equipment")]),
    # "&" and "/" separate members too
    ("Chile sells cars, trucks & buses to Peru.", CP,
     [("cars", "8703", "cars"), ("trucks", "8704", "trucks"), ("buses", "8702", "buses")]),
    ("Kenya exports tea / coffee to Uganda.", KU, [("tea", "0902", "tea"), ("coffee", "0901", "coffee")]),
    # a container leads to what it holds, and a name after it is goods though no list knows it
    ("Kenya shipped 2 million doses of the Jambo vaccine to Uganda.", KU, [("Jambo vaccine", "300241", "Jambo vaccine")]),
    ("Kenya exported 480 mln dlrs worth of tea to Uganda.", KU, [("tea", "0902", "tea")]),
    ("Kenya exported 30,000 tonnes of maize to Uganda.", KU, [("maize", "1005", "maize")]),
    # the member ends at its first attached phrase, at a figure, at a relative clause
    ("Chile sells fuel for nuclear power plants to Peru.", CP, [("fuel", "2710", "fuel")]),
    ("Kenya exported fertilisers worth some $1.2 billion to Uganda.", KU, [("fertilisers", "31", "fertilisers")]),
    ("Chile exports copper, which Peru refines.", CP, [("copper", "74", "copper")]),
    # a sentence-initial capital is lowered in the label, the evidence keeps the text
    ("Tea and jute were exported by Kenya to Uganda.", KU, [("tea", "0902", "Tea"), ("jute", "5303", "jute")]),
    # a country word on a member is its origin
    ("Uganda buys shipments of Kenyan beef.", KU, [("beef", "0201", "beef")]),
    ("Kenya supplied 20 Kenyan-made buses to Uganda.", KU, [("buses", "8702", "buses")]),
    # a head that alone is a sector ("energy", "power") still ends goods the lexicon names
    ("Chile sells electric energy and electric power to Peru.", CP,
     [("electric energy", "2716", "electric energy"), ("electric power", "2716", "electric power")]),
    ("Chile exports tractors and spare parts to Peru.", CP, [("tractors", "8701", "tractors"), ("spare parts", "", "spare parts")]),
    ("Peru will buy Chilean export commodities like copper and wine.", CP, [("wine", "2204", "wine"), ("copper", "74", "copper")]),
    # a goods word the tagger took for an adverb still ends the goods the lexicon names
    ("Kenya exports iron ore to Uganda.", KU, [("iron ore", "2601", "iron ore")]),
    # "ore" before another noun, which the tagger read as "or"
    ("Kenya exports iron ore pellets to Uganda.", KU, [("iron ore pellets", "2601", "iron ore pellets")]),
    ("Kenya sells copper ore concentrates to Uganda.", KU, [("copper ore concentrates", "2603", "copper ore concentrates")]),
    # goods linked to the nomenclature this session: live chicks, malt, ingots, frigates
    ("Kenya sells day-old chicks, malt and aluminium ingots to Uganda.", KU,
     [("day-old chicks", "0105", "day-old chicks"), ("malt", "1107", "malt"), ("aluminium ingots", "7601", "aluminium ingots")]),
    ("Chile sold two frigates to Peru.", CP, [("frigates", "8906", "frigates")]),
    # fishing vessels and tugs: the buyer's bare "Chilean trawlers" were no goods before
    ("Peru will buy 12 Chilean fishing trawlers and two tugboats.", CP,
     [("fishing trawlers", "8902", "fishing trawlers"), ("tugboats", "8904", "tugboats")]),
    # words of praise, adverbs and numbers are no part of the goods
    ("Kenya exports high-quality tea to Uganda.", KU, [("tea", "0902", "tea")]),
    ("Chile supplies modern tractors to Peru.", CP, [("tractors", "8701", "tractors")]),
    ("Kenya exports mainly tea to Uganda.", KU, [("tea", "0902", "tea")]),
    ("Kenya supplied a batch of 20 buses to Uganda.", KU, [("buses", "8702", "buses")]),
    # a figure, a participle's phrase, a relative clause and an aside end the member
    ("Kenya exported tea worth $5 million to Uganda.", KU, [("tea", "0902", "tea")]),
    ("Kenya sells steel produced in Mombasa to Uganda.", KU, [("steel", "72", "steel")]),
    ("Kenya exports tea that is grown in Kericho to Uganda.", KU, [("tea", "0902", "tea")]),
    ("Kenya exports tea, among other things, to Uganda.", KU, [("tea", "0902", "tea")]),
    # a measure leads to goods no lexicon lists, whatever the parser hangs its "of" on (the surface
    # reader, which knows only the lexicon, cannot stand in for the tree here)
    ("Kenya exported 100,000 bpd of pianos to Uganda.", KU, [("pianos", "9201", "pianos")]),
    ("Kenya exported 480 mln dlrs of pianos to Uganda.", KU, [("pianos", "9201", "pianos")]),
    ("Kenya exported 480 million dollars of pianos to Uganda.", KU, [("pianos", "9201", "pianos")]),
    ("Kenya exported 5 mln of pianos to Uganda.", KU, [("pianos", "9201", "pianos")]),
    ("Kenya exported 2 bln of pianos to Uganda.", KU, [("pianos", "9201", "pianos")]),
    ("Kenya exported 100,000 barrels per day of pianos to Uganda.", KU, [("pianos", "9201", "pianos")]),
    ("Kenya exported 480 mln dlrs worth of pianos to Uganda.", KU, [("pianos", "9201", "pianos")]),
    ("Kenya exported 30,000 pianos to Uganda.", KU, [("pianos", "9201", "pianos")]),
    # a country made the goods: its word, a hyphen and a making word go before them
    ("Kenya supplied Kenyan-built pianos to Uganda.", KU, [("pianos", "9201", "pianos")]),
    ("Kenya supplied Kenyan-produced pianos to Uganda.", KU, [("pianos", "9201", "pianos")]),
    ("Kenya supplied Kenyan-grown pianos to Uganda.", KU, [("pianos", "9201", "pianos")]),
    ("Kenya supplied Kenyan-manufactured pianos to Uganda.", KU, [("pianos", "9201", "pianos")]),
    ("Kenya supplied Kenyan-assembled pianos to Uganda.", KU, [("pianos", "9201", "pianos")]),
    ("Kenya supplied Kenyan-origin pianos to Uganda.", KU, [("pianos", "9201", "pianos")]),
    ("Kenya supplied Kenyan - made pianos to Uganda.", KU, [("pianos", "9201", "pianos")]),
    # a container noun after the goods carries them
    ("Chile resumed fuel supplies to Peru.", CP, [("fuel", "2710", "fuel")]),
    ("Chile stepped up grain shipments to Peru.", CP, [("grain", "10", "grain")]),
    # goods words no lexicon lists, which the tagger reads as verbs or adjectives in a list, are
    # still members; a sector beside goods and a hypernym after them are none
    ("Kenya sells Uganda pianos, saddles or harrows.", KU,
     [("pianos", "9201", "pianos"), ("saddles", "4201", "saddles"), ("harrows", "", "harrows")]),
    ("Uganda buys pianos, saddles and harrows from Kenya.", KU,
     [("pianos", "9201", "pianos"), ("saddles", "4201", "saddles"), ("harrows", "", "harrows")]),
    ("Kenya exports pianos, saddles and farm equipment to Uganda.", KU,
     [("pianos", "9201", "pianos"), ("saddles", "4201", "saddles"), ("farm equipment", "84", "farm equipment")]),
    ("Kenya exports pianos, saddles and other goods to Uganda.", KU,
     [("pianos", "9201", "pianos"), ("saddles", "4201", "saddles")]),
    ("Kenya sells Uganda high-quality pianos and saddles.", KU, [("pianos", "9201", "pianos"), ("saddles", "4201", "saddles")]),
    ("Kenya exports energy and pianos to Uganda.", KU, [("pianos", "9201", "pianos")]),
    ("Kenya exports mainly pianos to Uganda.", KU, [("pianos", "9201", "pianos")]),
    # an aside ends the member
    ("Kenya exports pianos, mostly electric, to Uganda.", KU, [("pianos", "9201", "pianos")]),
    # modifiers stay with their own head
    ("Kenya sells cut flowers, fresh vegetables and dried pineapples to Uganda.", KU,
     [("cut flowers", "0603", "cut flowers"), ("fresh vegetables", "07", "fresh vegetables"),
      ("dried pineapples", "0804", "dried pineapples")]),
    # goods the lexicon names, alone between whole members, do not take the next member's head
    ("Chile will export copper wire, fishmeal and surgical instruments to Peru.", CP,
     [("copper wire", "7408", "copper wire"), ("fishmeal", "2301", "fishmeal"),
      ("surgical instruments", "9018", "surgical instruments")]),
    # a word of order or praise joined by a hyphen is half of a compound; "high-quality" is still praise
    ("Chile imports second-hand cars and high-quality wheat from Peru.", ("PER", "CHL"),
     [("second-hand cars", "8703", "second-hand cars"), ("wheat", "1001", "wheat")]),
    # while a word that is no goods by itself does ("medical and laboratory equipment")
    ("Chile will export trucks, medical and laboratory equipment to Peru.", CP,
     [("trucks", "8704", "trucks"), ("medical equipment", "9018", "medical"),
      ("laboratory equipment", "", "laboratory equipment")]),
    # a name that holds its own "and" is one member, and lends no head to the member before it
    ("Chile will supply maize and iron and steel products to Peru.", CP,
     [("maize", "1005", "maize"), ("iron and steel products", "72", "iron and steel products")]),
    ("Kenya sells hides and skins to Uganda.", KU, [("hides and skins", "4101", "hides and skins")]),
    # goods of two words both parsed as modifiers of the trade noun: the country's goods, whole
    ("Chilean palm oil exports to Peru fell.", CP, [("palm oil", "1511", "palm oil")]),
    ("Kenya sold durum wheat to Uganda.", KU, [("durum wheat", "100119", "durum wheat")]),
]


def test_a_trade_verb_read_as_a_noun_ends_the_list_and_opens_its_own_clause():
    flows = read_facts(article("Chile and Peru met. Peru imports Chilean copper, wine and fruit, and exports fuels "
                               "and machinery to Chile.")).flows
    assert sorted((f.exporter, f.importer, f.commodity) for f in flows) == [
        ("CHL", "PER", "copper"), ("CHL", "PER", "fruit"), ("CHL", "PER", "wine"),
        ("PER", "CHL", "fuels"), ("PER", "CHL", "machinery")]


@pytest.mark.parametrize("text, pair, expected", LISTS, ids=[x[0][:45] for x in LISTS])
def test_a_list_of_goods_in_full(text, pair, expected):
    flows = read_facts(article(text)).flows
    assert {(f.exporter, f.importer) for f in flows} == {pair}
    assert [(f.commodity, f.hs, text[f.evidence.start:f.evidence.end]) for f in flows] == expected


@pytest.mark.parametrize("text", [
    "Kenya exports goods to Uganda.",             # bare generic goods
    "Kenya exports export goods to Uganda.",      # trade words are no modifiers
    "Kenya exports equipment to Uganda.",         # bare "equipment" outside a list
    "Kenya sells energy and power to Uganda.",    # sectors, though "electric energy" is goods
    "Kenya exports Kenyan equipment to Uganda.",  # bare "equipment", and no word cut out of "Kenyan"
])
def test_bare_generic_goods_are_no_commodity(text):
    assert read_facts(article(text)).flows == []


@pytest.mark.parametrize("label, hs", [
    ("vaccines", "300241"), ("vaccine", "300241"),       # the lexicon in the singular or the plural
    ("fuels", "2710"), ("fuel", "2710"),
    ("soy", "1201"), ("soybeans meal", "2304"), ("autos", "8703"),  # a fact sheet's spelling
    ("ferroalloys", "7202"), ("orange juice", "2009"),
    ("distillers' dried grains", "2303"), ("cranberries", "081040"),  # not grain-sorting machines (8437)
    ("Egyptian cotton yarn", "5205"),                    # the longest known tail of a label
    ("raw cotton", "5201"), ("cotton", "52"),
    ("petroleum products", "2710"), ("petroleum", "27"), ("hydrocarbons", "27"),
    ("oranges", "080510"), ("citrus fruit", "0805"),
    ("softwood lumber", "4407"), ("timber", "44"),
    ("television sets", "8528"), ("telecommunications equipment", "8517"), ("electric fans", "8414"),
    ("radioisotopes", "2844"), ("rolling stock", "86"), ("jute bags", "6305"),
    ("nickel ores", "2604"),                             # from the nomenclature: heading 2604
    ("steel pipes", "73"),                               # several headings of one chapter: the chapter
    ("frozen fish", "03"), ("rails", ""),                 # a modifier must confirm a chapter
    ("pineapples", "0804"), ("dried pineapples", "0804"),  # a modifier the heading names after its ";"
    ("chemicals", ""), ("laboratory equipment", ""),     # no safe code
    # a known tail that the nomenclature places in another chapter than the whole label
    ("coconut oil", "1513"), ("fish oil", "1504"), ("Russian oil", "2709"), ("rubber tyres", "4011"),
    # arms and equipment of aid: a model name before them keeps the code
    ("Caesar self-propelled howitzers", "9301"), ("Bayraktar drones", "8806"), ("generators", "8502"),
    ("electrical equipment", "85"),
    # goods of older commodity wires and of fact sheets: the lexicon, not the nomenclature search
    ("fishmeal", "2301"), ("ethanol", "2207"), ("petrol", "2710"), ("sisal", "5305"), ("copra", "1203"),
    ("rapeseed", "1205"), ("copper cathodes", "7403"), ("clinker", "2523"),
    # goods whose name the nomenclature's headings do not hold (subheadings or tariff lines only)
    ("asparagus", "0709"), ("pecans", "0802"), ("bourbon", "2208"), ("catfish", "03"),
    ("shea butter", "1515"),                             # a vegetable fat, not butter of milk (0405)
    # common goods whose head fits several headings, or none: the lexicon links them
    ("solar panels", "8541"), ("kidney beans", "0713"), ("steel billets", "7207"), ("tobacco leaf", "2401"),
    ("aircraft parts", "8807"), ("rebar", "7214"), ("pork offal", "0206"), ("rare earth magnets", "8505"),
    ("drone components", ""),                             # a general head and a modifier the nomenclature lacks
    # goods of trade-framework statements and of today's readouts
    ("rare earths", "2805"), ("lithium", "28"), ("generic pharmaceuticals", "3004"), ("jet engines", "8411"),
    ("durian", "081060"), ("infant formula", "190110"), ("wind turbines", "850231"), ("batteries", "8507"),
    ("cashmere", "5102"), ("copper concentrate", "2603"), ("critical minerals", ""), ("palm olein", "151190"), ("passenger jets", "8802"),
    # goods a sweep of 250 names sold between two countries found unread
    ("snowmobiles", "870310"), ("tramcars", "8603"), ("safety helmets", "650610"), ("cognac", "220820"),
    ("marble", "2515"), ("granite", "2516"), ("air conditioners", "8415"), ("yogurt", "040320"), ("icebreakers", ""),
    # named weapon systems given in aid (a "patriot" alone is a person, no goods)
    ("Patriot systems", "93"), ("HIMARS", "93"), ("IRIS-T", "93"), ("durum wheat", "100119"),
])
def test_hs_code_of_a_label(vocab, label, hs):
    assert vocab.hs_for(label) == hs


def test_hs_heading_wants_one_heading_or_one_chapter():
    assert hs_heading(("radioactive", "isotope")) == "2844"
    assert hs_heading(("television", "set")) == ""      # "set" fits headings of several chapters
    assert hs_heading(()) == ""
    # a general head ("components", "parts") with only modifiers the nomenclature does not know links
    # nothing: the one heading that happens to name "components" is a printing machine's
    assert hs_heading(("drone", "component")) == ""
    assert hs_heading(("printing", "component")) == "8442"
    # a heading that names its material alone before the goods ("Aluminium; plates, sheets and strip"):
    # the clause after it names the head, asked only when no first clause fits
    assert hs_heading(("aluminium", "sheet")) == "7606"
    assert hs_heading(("nickel", "bar")) == "7505"
    assert hs_heading(("copper", "wire")) == "7408"  # "Copper wire" first, not also "Copper; stranded wire"


@pytest.mark.parametrize("word, one", [("fertilisers", "fertiliser"), ("batteries", "battery"), ("glasses", "glass"),
                                       ("peaches", "peach"), ("dishes", "dish"), ("boxes", "box"), ("bus", "bus"),
                                       ("cotton", "cotton"), ("gas", "gas"), ("ores", "ore"), ("ties", "tie")])
def test_singular(word, one):
    assert singular(word) == one


def test_vocabulary_words(vocab):
    assert vocab.is_head("tractors") and vocab.is_head("equipment") and not vocab.is_head("cooperation")
    assert vocab.is_known("naphtha") and not vocab.is_known("relations")
    assert vocab.is_generic("products") and not vocab.is_generic("tea")
    assert vocab.is_container("doses") and not vocab.is_container("tea")


# Goods named by words no lexicon lists ("pianos", "saddles", "harrows": the nomenclature knows
# them, the surface reader does not), so only the tree and the goods module can read them: where a
# list stops, which words join it, what a measure or a container leads to, which words are no goods
# (sentences written for the tests; each was checked by reading before it was pinned)
OPEN_VOCABULARY = [
    # a goods word the tagger reads as a verb is a noun as the object of a verb, whatever hangs on it
    ("Kenya will buy harrows from Uganda.", [("UGA", "KEN", "harrows")]),
    ("Harrows were supplied by Kenya to Uganda.", [("KEN", "UGA", "harrows")]),
    # a noun no vocabulary knows, listed beside goods, is goods itself, also before a generic head
    ("Kenya exports kettles and pianos to Uganda.", [("KEN", "UGA", "kettles"), ("KEN", "UGA", "pianos")]),
    ("Uganda buys pianos and kettles from Kenya.", [("KEN", "UGA", "pianos"), ("KEN", "UGA", "kettles")]),
    ("Kenya exports pianos, kettles and farm equipment to Uganda.",
     [("KEN", "UGA", "pianos"), ("KEN", "UGA", "kettles"), ("KEN", "UGA", "farm equipment")]),
    ("Kenya exports pianos, which saddles complement, to Uganda.",
     [("KEN", "UGA", "pianos")]),
    ("Kenya sells Uganda pianos whose saddles are new.",
     [("KEN", "UGA", "pianos")]),
    ("Kenya sells Uganda pianos while saddles stay home.",
     [("KEN", "UGA", "pianos")]),
    ("Kenya sells Uganda pianos but saddles stay home.",
     [("KEN", "UGA", "pianos")]),
    ("Kenya sells Uganda pianos whereas saddles stay home.",
     [("KEN", "UGA", "pianos")]),
    ("Kenya sells Uganda pianos as saddles stay home.",
     [("KEN", "UGA", "pianos")]),
    ("Kenya sells Uganda pianos because saddles stay home.",
     [("KEN", "UGA", "pianos")]),
    ("Kenya sells Uganda pianos where saddles stay home.",
     [("KEN", "UGA", "pianos")]),
    ("Kenya sells Uganda pianos when saddles stay home.",
     [("KEN", "UGA", "pianos")]),
    ("Kenya sells Uganda pianos who play well.",
     [("KEN", "UGA", "pianos")]),
    ("Kenya sells Uganda pianos, saddles and harrows.",
     [("KEN", "UGA", "pianos"), ("KEN", "UGA", "saddles"), ("KEN", "UGA", "harrows")]),
    ("Kenya sells Uganda pianos, saddles or harrows.",
     [("KEN", "UGA", "pianos"), ("KEN", "UGA", "saddles"), ("KEN", "UGA", "harrows")]),
    ("Kenya sells Uganda pianos plus saddles.",
     [("KEN", "UGA", "pianos"), ("KEN", "UGA", "saddles")]),
    ("Kenya sells Uganda pianos & saddles.",
     [("KEN", "UGA", "pianos"), ("KEN", "UGA", "saddles")]),
    ("Kenya sells Uganda pianos / saddles.",
     [("KEN", "UGA", "pianos"), ("KEN", "UGA", "saddles")]),
    ("Kenya sells Uganda pianos that sounded fine.",
     [("KEN", "UGA", "pianos")]),
    ("Kenya exports pianos Uganda bought last year.",
     [("KEN", "UGA", "pianos")]),
    ("Kenya exports pianos made last year to Uganda.",
     [("KEN", "UGA", "pianos")]),
    ("Kenya exports pianos, saddles and farm equipment to Uganda.",
     [("KEN", "UGA", "pianos"), ("KEN", "UGA", "saddles"), ("KEN", "UGA", "farm equipment")]),
    ("Kenya exports mining and farm equipment to Uganda.",
     [("KEN", "UGA", "mining equipment"), ("KEN", "UGA", "farm equipment")]),
    ("Kenya exports export goods and pianos to Uganda.",
     [("KEN", "UGA", "pianos")]),
    ("Kenya exports machinery to Uganda.",
     [("KEN", "UGA", "machinery")]),
    ("Kenya exports equipment and pianos to Uganda.",
     [("KEN", "UGA", "pianos")]),
    ("Kenya exports goods to Uganda.",
     []),
    ("Kenya exports energy and pianos to Uganda.",
     [("KEN", "UGA", "pianos")]),
    ("Kenya exports electric energy to Uganda.",
     [("KEN", "UGA", "electric energy")]),
    ("Kenya exports pianos, saddles and other goods to Uganda.",
     [("KEN", "UGA", "pianos"), ("KEN", "UGA", "saddles")]),
    ("Kenya exports fishmeal and pianos to Uganda.",
     [("KEN", "UGA", "fishmeal"), ("KEN", "UGA", "pianos")]),
    ("Uganda buys Kenyan pianos, saddles and harrows.",
     [("KEN", "UGA", "pianos"), ("KEN", "UGA", "saddles"), ("KEN", "UGA", "harrows")]),
    ("Uganda buys pianos, saddles and harrows from Kenya.",
     [("KEN", "UGA", "pianos"), ("KEN", "UGA", "saddles"), ("KEN", "UGA", "harrows")]),
    ("Uganda buys cheap pianos from Kenya.",
     [("KEN", "UGA", "pianos")]),
    ("Uganda buys 200 pianos from Kenya.",
     [("KEN", "UGA", "pianos")]),
    ("Uganda buys the pianos from Kenya.",
     [("KEN", "UGA", "pianos")]),
    ("Uganda buys these pianos from Kenya.",
     [("KEN", "UGA", "pianos")]),
    ("Uganda buys pianos worth $5 million from Kenya.",
     [("KEN", "UGA", "pianos")]),
    ("Uganda buys pianos and saddles worth $5 million from Kenya.",
     [("KEN", "UGA", "pianos"), ("KEN", "UGA", "saddles")]),
    ("Kenya exported 5,000 tonnes of pianos to Uganda.",
     [("KEN", "UGA", "pianos")]),
    ("Kenya exported a lot of pianos to Uganda.",
     [("KEN", "UGA", "pianos")]),
    ("Kenya exported consignments of pianos to Uganda.",
     [("KEN", "UGA", "pianos")]),
    ("Kenya exported doses of the Jambo vaccine to Uganda.",
     [("KEN", "UGA", "Jambo vaccine")]),
    ("Kenya exported 2 million doses of Jambo to Uganda.",
     [("KEN", "UGA", "Jambo")]),
    ("Kenya exported the Jambo X rocket to Uganda.",
     [("KEN", "UGA", "Jambo X rocket")]),
    ("Kenya exports pianos for schools to Uganda.",
     [("KEN", "UGA", "pianos")]),
    ("Kenya exports pianos with saddles to Uganda.",
     [("KEN", "UGA", "pianos")]),
    ("Kenya exports pianos of high quality to Uganda.",
     [("KEN", "UGA", "pianos")]),
    ("Kenya exports pianos mainly to Uganda.",
     [("KEN", "UGA", "pianos")]),
    ("Kenya exports mainly pianos to Uganda.",
     [("KEN", "UGA", "pianos")]),
    ("Kenya exports pianos produced in Mombasa to Uganda.",
     [("KEN", "UGA", "pianos")]),
    ("Kenya exports pianos rising in price to Uganda.",
     [("KEN", "UGA", "pianos")]),
    ("Kenya exports cars, trucks and buses to Uganda.",
     [("KEN", "UGA", "cars"), ("KEN", "UGA", "trucks"), ("KEN", "UGA", "buses")]),
    ("Kenya exports tractors, saddles and pianos to Uganda.",
     [("KEN", "UGA", "tractors"), ("KEN", "UGA", "saddles"), ("KEN", "UGA", "pianos")]),
    ("Kenya exports saddles and tractors to Uganda.",
     [("KEN", "UGA", "saddles"), ("KEN", "UGA", "tractors")]),
    ("Kenya exports spare parts and pianos to Uganda.",
     [("KEN", "UGA", "spare parts"), ("KEN", "UGA", "pianos")]),
    ("Kenya exports medical, dental and laboratory equipment to Uganda.",
     [("KEN", "UGA", "medical equipment"), ("KEN", "UGA", "dental equipment"), ("KEN", "UGA", "laboratory equipment")]),
    ("Kenya exports motorcycles, medical and laboratory equipment to Uganda.",
     [("KEN", "UGA", "motorcycles"), ("KEN", "UGA", "medical equipment"), ("KEN", "UGA", "laboratory equipment")]),
    ("Kenya sells finished goods and pianos to Uganda.",
     [("KEN", "UGA", "pianos")]),
    ("Kenya sells traded goods to Uganda.",
     []),
    ("Kenya sells other products to Uganda.",
     []),
    ("Kenya sells piano products to Uganda.",
     [("KEN", "UGA", "piano products")]),
    ("Kenya sells Uganda various pianos.",
     [("KEN", "UGA", "pianos")]),
    ("Kenya sells Uganda more pianos.",
     [("KEN", "UGA", "pianos")]),
    ("Kenya sells Uganda high-quality pianos and saddles.",
     [("KEN", "UGA", "pianos"), ("KEN", "UGA", "saddles")]),
]


@pytest.mark.parametrize("text, expected", OPEN_VOCABULARY, ids=[x[0][:45] for x in OPEN_VOCABULARY])
def test_goods_no_lexicon_lists(text, expected):
    assert [(f.exporter, f.importer, f.commodity) for f in read_facts(article(text)).flows] == expected


# The list reader alone, on the words between the brackets: the flow readers also read goods off
# the lexicon, which would hide a fault here for every word the lexicon names.
DIRECT = [
    # a container, a figure or "worth" leads to what it holds
    ("Kenya exported [480 mln dlrs worth of tea] to Uganda.", False, [("tea", "tea", "")]),
    ("Kenya exported [300 dollars of tea] to Uganda.", False, [("tea", "tea", "")]),
    ("Kenya exported [60 barrels per day of palm oil] to Uganda.", False, [("palm oil", "palm oil", "")]),
    ("Kenya exported [60 tonnes a week of palm oil] to Uganda.", False, [("palm oil", "palm oil", "")]),
    ("Kenya sold [20 of its tractors] to Uganda.", False, [("tractors", "tractors", "")]),
    ("Uganda buys [sacks of tea].", False, [("tea", "tea", "")]),
    ("Uganda buys [30 tonnes of tea, 20 tonnes of coffee].", False, [("tea", "tea", ""), ("coffee", "coffee", "")]),
    ("Uganda buys [fuel supplies].", False, [("fuel", "fuel", "")]),
    ("Uganda buys [supplies].", False, []),
    # a name after a container is goods though no list knows it, and a letter ends it, without
    # the full stop the tokenizer keeps at the end of a sentence
    ("Kenya shipped [2 million doses of the Jambo vaccine] to Uganda.", True, [("Jambo vaccine", "Jambo vaccine", "")]),
    ("Uganda bought [doses of Tumaini V].", True, [("Tumaini V", "Tumaini V", "")]),
    # a model number inside a name stays in it
    ("Uganda bought [30 Jambo 550 XL trucks].", False, [("Jambo 550 XL trucks", "Jambo 550 XL trucks", "")]),
    ("Uganda bought [30 trucks].", False, [("trucks", "trucks", "")]),
    # a member with its own country opens a phrase of its own: the modifier before it takes the
    # list's last general head
    ("Uganda buys [Kenyan industrial and Kenyan food and farm products].", False,
     [("industrial products", "industrial", "Kenyan"), ("food", "food", "Kenyan"), ("farm products", "farm products", "Kenyan")]),
    # a member ends at an attached phrase, a figure, a clause, a parenthesis, a semicolon
    ("Kenya sold [fuel for power plants] to Uganda.", False, [("fuel", "fuel", "")]),
    ("Kenya sold [tea from its highlands] to Uganda.", False, [("tea", "tea", "")]),
    ("Uganda buys [tea for its hotels and coffee].", False, [("tea", "tea", ""), ("coffee", "coffee", "")]),
    ("Uganda buys [fertilisers worth about $3.5 billion].", False, [("fertilisers", "fertilisers", "")]),
    ("Uganda buys [tea worth $2 million and coffee].", False, [("tea", "tea", ""), ("coffee", "coffee", "")]),
    # a figure's "of" after a phrase of its own is no container; such a phrase after a comma is no member
    ("Uganda buys [tea and coffee with a value of 2 billion USD].", False, [("tea", "tea", ""), ("coffee", "coffee", "")]),
    ("Uganda buys [tea, with a value of 2 billion USD].", False, [("tea", "tea", "")]),
    ("Uganda buys [tea, which Kenya grows].", False, [("tea", "tea", "")]),
    ("Uganda buys [tea (mostly black) and coffee].", False, [("tea", "tea", "")]),
    ("Uganda buys [tea; and coffee].", False, [("tea", "tea", "")]),
    # origins: a country word holds for the members after it, until another
    ("Uganda buys [Kenyan tea and coffee].", False, [("tea", "tea", "Kenyan"), ("coffee", "coffee", "Kenyan")]),
    ("Uganda buys [tea and Kenyan coffee].", False, [("tea", "tea", ""), ("coffee", "coffee", "Kenyan")]),
    ("Uganda buys [Kenyan soy, wheat and yams].", False,   # a first member the vocabulary does not know
     [("soy", "soy", "Kenyan"), ("wheat", "wheat", "Kenyan"), ("yams", "yams", "Kenyan")]),
    ("Uganda buys [Kenyan tea, coffee and Ugandan sugar].", False,
     [("tea", "tea", "Kenyan"), ("coffee", "coffee", "Kenyan"), ("sugar", "sugar", "Ugandan")]),
    ("Uganda buys [Kenyan-made buses].", False, [("buses", "buses", "Kenyan")]),
    ("Uganda buys [Kenyan - made buses].", False, [("buses", "buses", "Kenyan")]),
    ("Uganda buys [shipments of Kenyan beef].", False, [("beef", "beef", "Kenyan")]),
    # countries listed alone before goods with a country of their own: each is an origin of them
    ("Uganda buys [Kenyan and Tanzanian tea].", False, [("tea", "tea", "Kenyan"), ("tea", "tea", "Tanzanian")]),
    ("Uganda buys [Kenyan, Ugandan and Tanzanian tea].", False,
     [("tea", "tea", "Kenyan"), ("tea", "tea", "Ugandan"), ("tea", "tea", "Tanzanian")]),
    ("Uganda buys [Kenyan and local tea].", False, [("local tea", "local tea", "")]),
    ("Uganda buys [Kenyan and Tanzanian tea and coffee].", False,
     [("tea", "tea", "Kenyan"), ("tea", "tea", "Tanzanian"), ("coffee", "coffee", "Tanzanian")]),
    # shared heads; a lone noun before a generic head is its modifier
    ("Uganda buys [mining and security equipment].", False,
     [("mining equipment", "mining", ""), ("security equipment", "security equipment", "")]),
    ("Uganda buys [printing and packaging machinery].", False,
     [("printing machinery", "printing", ""), ("packaging machinery", "packaging machinery", "")]),
    ("Uganda buys [light and heavy machinery].", False,
     [("light machinery", "light", ""), ("heavy machinery", "heavy machinery", "")]),
    # an unknown noun beside goods is goods; a sector is not
    ("Uganda buys [fishmeal and grapes].", False, [("fishmeal", "fishmeal", ""), ("grapes", "grapes", "")]),
    ("Uganda buys [energy and pianos].", False, [("pianos", "pianos", "")]),
    ("Uganda buys [energy and coal].", False, [("coal", "coal", "")]),
    ("Uganda buys [pianos, saddles or harrows].", False,
     [("pianos", "pianos", ""), ("saddles", "saddles", ""), ("harrows", "harrows", "")]),
    ("Uganda buys [pianos plus saddles].", False, [("pianos", "pianos", ""), ("saddles", "saddles", "")]),
    ("Uganda buys [tea, coffee, etc].", False, [("tea", "tea", ""), ("coffee", "coffee", "")]),
    ("Uganda buys [neither tea nor coffee].", False, [("tea", "tea", ""), ("coffee", "coffee", "")]),
    # bare generic goods: only with a country, inside a longer list, or "machinery"
    ("Uganda buys [export goods].", False, []),
    ("Uganda buys [imported products].", False, []),
    ("Uganda buys [equipment].", False, []),
    ("Uganda buys [tea and equipment].", False, [("tea", "tea", "")]),
    ("Uganda buys [tea, coffee and equipment].", False,
     [("tea", "tea", ""), ("coffee", "coffee", ""), ("equipment", "equipment", "")]),
    ("Uganda buys [Kenyan equipment].", False, [("equipment", "equipment", "Kenyan")]),
    ("Uganda buys [machinery].", False, [("machinery", "machinery", "")]),
    ("Uganda buys [electric energy].", False, [("electric energy", "electric energy", "")]),
    ("Uganda buys [iron ore].", False, [("iron ore", "iron ore", "")]),
    ("Uganda buys [high-quality tea].", False, [("tea", "tea", "")]),
    ("Uganda buys [articles and tea].", False, [("tea", "tea", "")]),
    ("Uganda buys [products including tea].", False, [("tea", "tea", "")]),
    ("Uganda buys [fruit including apples].", False, [("apples", "apples", "")]),
    ("Uganda buys [either tea or coffee].", False, [("tea", "tea", ""), ("coffee", "coffee", "")]),
    ("Uganda buys [both tea and coffee].", False, [("tea", "tea", ""), ("coffee", "coffee", "")]),
    ("Uganda buys [cars, tea, etc.]", False, [("cars", "cars", ""), ("tea", "tea", "")]),
    ("Uganda buys [spare parts of tractors].", False, [("spare parts", "spare parts", "")]),
    ("Uganda buys [5 mln of tea].", False, [("tea", "tea", "")]),
    # a participle or a verb after the goods ends them
    ("Uganda buys [tea and rice grown by Kenyan farmers].", False, [("tea", "tea", ""), ("rice", "rice", "")]),
    ("Uganda buys [tea, rice grown in Kenya and coffee].", False,
     [("tea", "tea", ""), ("rice", "rice", ""), ("coffee", "coffee", "")]),
    ("Uganda buys [tractors made in Kenya].", False, [("tractors", "tractors", "")]),
    ("We know [tea is cheap].", False, [("tea", "tea", "")]),
    # a member with its own country and trade noun opens another flow: the list ends before it
    ("Uganda buys [tea and Kenyan exports of coffee].", False, [("tea", "tea", "")]),
    ("Uganda buys [tea and Kenyan coffee].", False, [("tea", "tea", ""), ("coffee", "coffee", "Kenyan")]),
    ("Uganda buys [Kenyan soy, wheat and yams].", False,   # a first member the vocabulary does not know
     [("soy", "soy", "Kenyan"), ("wheat", "wheat", "Kenyan"), ("yams", "yams", "Kenyan")]),
    # a capitalised word before "of" and another capitalised word is inside a name
    ("Uganda grants [Fresh Food of Plant Origin status] to Kenyan tea.", False, []),
    ("Uganda grants [tea of Kenyan origin] a lower tariff.", False, [("tea", "tea", "")]),
    # a capital that only opens the sentence is lowered in the label; a name's capitals stay
    ("[Tea and coffee] were sold by Kenya to Uganda.", False, [("tea", "Tea", ""), ("coffee", "coffee", "")]),
    ("[LNG and coal] were sold by Kenya to Uganda.", False, [("LNG", "LNG", ""), ("coal", "coal", "")]),
    ("[Jambo vaccines] were sold by Kenya to Uganda.", True, [("Jambo vaccines", "Jambo vaccines", "")]),
    # a disease names the drugs for it, never goods itself
    ("Uganda buys [coronavirus and cancer drugs] from Kenya.", False, [("cancer drugs", "cancer drugs", "")]),
    # who reports after the list is no member of it
    ("Uganda buys [tea and coffee, the Trade Department] said.", False, [("tea", "tea", ""), ("coffee", "coffee", "")]),
    ("Uganda buys [tea, the Kenyan minister] told reporters.", False, [("tea", "tea", "")]),
    # the last word at the end of a text with no full stop is whole
    ("Uganda buys [tea, coffee and cloves]", False, [("tea", "tea", ""), ("coffee", "coffee", ""), ("cloves", "cloves", "")]),
    ("Uganda buys [tea and Tumaini V]", True, [("tea", "tea", ""), ("Tumaini V", "Tumaini V", "")]),
]


def _listed(vocab, marked: str, trusted: bool):
    """(label, text at the goods' offsets, origin word) of each member ``list_goods`` reads between
    the brackets."""
    text = marked.replace("[", "").replace("]", "")
    lo, hi = marked.index("["), marked.index("]") - 1
    doc = parse([text])[0]
    inside = [t.i for t in doc if lo <= start_of(t) < hi]
    countries = {t.i for t in doc if word_of(t) in ("Kenyan", "Ugandan", "Tanzanian")}
    goods = list_goods(doc, inside[0], inside[-1] + 1, vocab, 0, countries, trusted)
    for g in goods:  # the head is the label's last word, the code the label's
        assert (word_of(doc[g.head]).rstrip(".").lower(), g.hs) == (g.label.split()[-1].lower(), vocab.hs_for(g.label))
    return [(g.label, text[g.start:g.end], word_of(doc[g.origin_token]) if g.origin_token >= 0 else "")
            for g in goods]


@pytest.mark.parametrize("marked, trusted, expected", DIRECT, ids=[x[0][:45] for x in DIRECT])
def test_the_list_reader_alone(vocab, marked, trusted, expected):
    assert _listed(vocab, marked, trusted) == expected


def test_goods_the_nomenclature_does_not_name_are_known_by_the_lexicon():
    flows = read_facts(article("Finland sold icebreakers and cardboard to Chile.")).flows
    assert sorted((f.exporter, f.importer, f.commodity) for f in flows) == \
        [("FIN", "CHL", "cardboard"), ("FIN", "CHL", "icebreakers")]
