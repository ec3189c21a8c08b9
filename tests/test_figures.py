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
    # a growth rate is no target; an intention before the trade word is
    ("Mutual trade turnover between Kenya and Uganda grew by 20 percent to 600 million US dollars.", "",
     [(("KEN", "UGA"), 6e8, "USD", "", "realised",
       "turnover between Kenya and Uganda grew by 20 percent to 600 million US dollars")]),
    ("Kenya and Uganda aim to double trade to $1 billion within five years.", "",
     [(("KEN", "UGA"), 1e9, "USD", "", "planned", "trade to $1 billion")]),
    # a growth still to come ("aimed at raising trade to") is a target; its starting point "from" is not
    ("Chile and Peru signed protocols aimed at raising bilateral trade to 2 billion dlrs by 1990 from 1.1 billion "
     "dlrs last year.", "1987-03-04",
     [(("CHL", "PER"), 2e9, "USD", "", "planned", "bilateral trade to 2 billion dlrs"),
      (("CHL", "PER"), 1.1e9, "USD", "1986", "realised", "bilateral trade to 2 billion dlrs by 1990 from 1.1 billion dlrs")]),
    # a share of another total after the figure is no trade word of the figure's
    ("Chile's trade with Peru, its largest trading partner, amounted to 12 billion dlrs, or 25 pct of total trade of "
     "48 billion.", "1987-03-04",
     [(("CHL", "PER"), 12e9, "USD", "", "realised", "trade with Peru, its largest trading partner, amounted to 12 billion dlrs")]),
    # "grew ... to reach" tells the growth's result, not a target
    ("Trade between Kenya and Uganda increased by 17 percent to reach $700 million in 2022.", "2023-03-01",
     [(("KEN", "UGA"), 7e8, "USD", "2022", "realised",
       "Trade between Kenya and Uganda increased by 17 percent to reach $700 million")]),
    ("Trade between Kenya and Uganda rose 9 percent to reach $800 million last year.", "2023-03-01",
     [(("KEN", "UGA"), 8e8, "USD", "2022", "realised",
       "Trade between Kenya and Uganda rose 9 percent to reach $800 million")]),
    # the year between the trade word and the figure is its period; "more than in 2020" compares
    ("The trade turnover between Kenya and Uganda in 2021 amounted to $1.2 billion, 30% more than in 2020.", "2022-05-01",
     [(("KEN", "UGA"), 1.2e9, "USD", "2021", "realised",
       "trade turnover between Kenya and Uganda in 2021 amounted to $1.2 billion")]),
    # a pair named right after the second figure is that figure's (not Chile and Peru's), and beside
    # the document's own pair a third country's figure only compares: left out
    ("Trade between Chile and Peru reached $4 billion, compared with $3 billion between Chile and Bolivia.", "",
     [(("CHL", "PER"), 4e9, "USD", "", "realised", "Trade between Chile and Peru reached $4 billion")]),
    # a country the trade passes through is no party to it
    ("Kenya and Uganda met. Indirect trade through Tanzania between Kenya and Uganda rose to $1.5 billion.", "",
     [(("KEN", "UGA"), 1.5e9, "USD", "", "realised",
       "trade through Tanzania between Kenya and Uganda rose to $1.5 billion")]),
    # a capitalised trade word opening a sentence or in a title-case headline is still a trade word
    ("Kenya-Uganda Trade Reaches $2 Billion", "",
     [(("KEN", "UGA"), 2e9, "USD", "", "realised", "Trade Reaches $2 Billion")]),
    # standing alone, a third country's figure is a fact of its own
    ("Trade between Chile and Peru reached $4 billion. Trade between Chile and Bolivia was $3 billion.", "",
     [(("CHL", "PER"), 4e9, "USD", "", "realised", "Trade between Chile and Peru reached $4 billion"),
      (("BOL", "CHL"), 3e9, "USD", "", "realised", "Trade between Chile and Bolivia was $3 billion")]),
    # the same figure in a second currency, and an exchange rate, are no second figure
    ("Trade turnover of Ukraine with Kenya reached $210 million, or 5.6 billion hryvnias.", "",
     [(("KEN", "UKR"), 2.1e8, "USD", "", "realised", "Trade turnover of Ukraine with Kenya reached $210 million")]),
    ("Trade between Kenya and Uganda fell to $800 million ($1 = 100 shillings).", "",
     [(("KEN", "UGA"), 8e8, "USD", "", "realised", "Trade between Kenya and Uganda fell to $800 million")]),
    ("Kenya and Uganda met. Two-way trade between the two countries totalled $700 million.", "",
     [(("KEN", "UGA"), 7e8, "USD", "", "realised", "Two-way trade between the two countries totalled $700 million")]),
    # the same trade in another period, taken up by "it" after "while"
    ("Trade between Kenya and Uganda in 2021 was $700 million, while in 2020 it was $600 million.", "",
     [(("KEN", "UGA"), 7e8, "USD", "2021", "realised", "Trade between Kenya and Uganda in 2021 was $700 million"),
      (("KEN", "UGA"), 6e8, "USD", "2020", "realised",
       "Trade between Kenya and Uganda in 2021 was $700 million, while in 2020 it was $600 million")]),
    # the world's two largest economies are the pair, no economy's figure; "hit" a figure reaches it
    ("Kenya and Uganda met. Trade between the region's two largest economies reached $700 million.", "",
     [(("KEN", "UGA"), 7e8, "USD", "", "realised",
       "Trade between the region's two largest economies reached $700 million")]),
    ("Kenya and Uganda met. Trade between the two economies hit $700 million.", "",
     [(("KEN", "UGA"), 7e8, "USD", "", "realised", "Trade between the two economies hit $700 million")]),
    # trade worth a figure, with a comma, is still the figure
    ("Kenya and Uganda met. Bilateral trade, worth $700 million, grew fast.", "",
     [(("KEN", "UGA"), 7e8, "USD", "", "realised", "Bilateral trade, worth $700 million")]),
    # ... also with the trade's partner named before the comma
    ("Ghana's trade with Togo, worth 90 mln dlrs in 1985, has slowed since the border closed.", "",
     [(("GHA", "TGO"), 9e7, "USD", "1985", "realised", "trade with Togo, worth 90 mln dlrs")]),
    ("Trade between Ghana and Togo, worth about 90 mln dlrs a year, has slowed.", "",
     [(("GHA", "TGO"), 9e7, "USD", "", "realised", "Trade between Ghana and Togo, worth about 90 mln dlrs")]),
    # "trade exchange(s)", the Arab press's word for trade
    ("Trade exchange between Ghana and Togo reached $90 million last year.", "2021-05-01",
     [(("GHA", "TGO"), 9e7, "USD", "2020", "realised", "Trade exchange between Ghana and Togo reached $90 million")]),
    ("Kenya and Uganda met. Trade between the two neighbours totalled $700 million.", "",
     [(("KEN", "UGA"), 7e8, "USD", "", "realised", "Trade between the two neighbours totalled $700 million")]),
    ("Kenya and Uganda met. Trade between the two East African nations totalled $700 million.", "",
     [(("KEN", "UGA"), 7e8, "USD", "", "realised",
       "Trade between the two East African nations totalled $700 million")]),
    ("Trade between Sweden and Norway was 40 bln crowns, against 38 bln crowns in 2022.", "2024-03-01",
     [(("NOR", "SWE"), 4e10, "SEK", "", "realised", "Trade between Sweden and Norway was 40 bln crowns"),
      (("NOR", "SWE"), 3.8e10, "SEK", "2022", "realised",
       "Trade between Sweden and Norway was 40 bln crowns, against 38 bln crowns")]),
    # a change of the figure is no figure; a share of it is none either
    ("Trade turnover between Kenya and Uganda fell by $200 million to $1.8 billion.", "",
     [(("KEN", "UGA"), 1.8e9, "USD", "", "realised",
       "Trade turnover between Kenya and Uganda fell by $200 million to $1.8 billion")]),
    ("Chile's trade with Peru amounted to 500 mln dlrs, of which Chilean copper made up 200 mln.", "",
     [(("CHL", "PER"), 5e8, "USD", "", "realised", "trade with Peru amounted to 500 mln dlrs")]),
    # goods and services together are the whole of trade, not one kind of it
    ("In 2022, U.S. goods and services trade with Kenya totaled an estimated $1.7 billion.", "",
     [(("KEN", "USA"), 1.7e9, "USD", "2022", "realised", "trade with Kenya totaled an estimated $1.7 billion")]),
    # one country's trade with the world is no pair's; the share "of which" trade with a partner is
    ("Uganda's foreign trade reached $9 billion in 2020, of which trade with Kenya made up $2 billion.", "",
     [(("KEN", "UGA"), 2e9, "USD", "", "realised", "trade with Kenya made up $2 billion")]),
    # "trade with X" alone: X and the document's own country, not the sentence's first two
    ("Kenya's imports from Uganda rose to $600 million, while trade with Tanzania reached $1 billion.", "",
     [(("KEN", "TZA"), 1e9, "USD", "", "realised", "trade with Tanzania reached $1 billion")]),
    # the figure before its trade word; a protocol "calling for" trade sets a goal
    ("Peru's trade minister said the 1.1 billion dlr trade with Chile was unbalanced.", "",
     [(("CHL", "PER"), 1.1e9, "USD", "", "realised", "1.1 billion dlr trade")]),
    ("Uganda accounts for $2 billion of Kenya's trade.", "",
     [(("KEN", "UGA"), 2e9, "USD", "", "realised", "$2 billion of Kenya's trade")]),
    ("Chile and Peru agreed on a trade protocol calling for trade of 1.5 billion dlrs this year.", "",
     [(("CHL", "PER"), 1.5e9, "USD", "", "planned", "trade of 1.5 billion dlrs")]),
    # a second predicate of the same trade after its first figure: the target of the next year
    ("Two-way trade between Chile and Peru was worth some 4 billion dlrs in 2022 and is once again expected to "
     "reach 5 billion in 2023.", "",
     [(("CHL", "PER"), 4e9, "USD", "2022", "realised", "Two-way trade between Chile and Peru was worth some 4 billion dlrs"),
      (("CHL", "PER"), 5e9, "USD", "2023", "planned", "Two-way trade between Chile and Peru was worth some 4 billion "
                                                      "dlrs in 2022 and is once again expected to reach 5 billion")]),
    # the exchange of goods between two countries is their trade
    ("The exchange of goods between Chile and Peru reached 900 mln dlrs in 2023.", "",
     [(("CHL", "PER"), 9e8, "USD", "2023", "realised", "exchange of goods between Chile and Peru reached 900 mln dlrs")]),
    ("Chile and Peru agreed that their goods exchange will reach 900 mln dlrs.", "",
     [(("CHL", "PER"), 9e8, "USD", "", "planned", "goods exchange will reach 900 mln dlrs")]),
    # a trade protocol (plan) with its worth sets the trade to come
    ("Chile and Peru signed a trade protocol for 2024 worth 900 mln dlrs.", "",
     [(("CHL", "PER"), 9e8, "USD", "2024", "planned", "trade protocol for 2024 worth 900 mln dlrs")]),
    ("Chile and Peru adopted a trade plan worth 900 mln dlrs.", "",
     [(("CHL", "PER"), 9e8, "USD", "", "planned", "trade plan worth 900 mln dlrs")]),
    # the countries of a later trade word with its own figure are not the first figure's (and the
    # later one, a third country's, only compares)
    ("Ghana and Togo met. Bilateral trade stands at $2 billion, the president said, while Chinese trade with Ghana "
     "is $10 billion.", "",
     [(("GHA", "TGO"), 2e9, "USD", "", "realised", "Bilateral trade stands at $2 billion")]),
    # a parenthetical or reporting clause inside the figure's own clause is no other clause
    ("Chile and Peru met. Our trade, as you know, grew by 12 percent in 2021, reaching $5 billion.", "",
     [(("CHL", "PER"), 5e9, "USD", "2021", "realised",
       "trade, as you know, grew by 12 percent in 2021, reaching $5 billion")]),
    ("Kenya and Uganda met. Trade turnover, the minister said, reached $3 billion.", "",
     [(("KEN", "UGA"), 3e9, "USD", "", "realised", "Trade turnover, the minister said, reached $3 billion")]),
    # "traded" as the trade word; a year at the head of the sentence
    ("In 2022, Chile and Peru traded $200 million in goods.", "",
     [(("CHL", "PER"), 2e8, "USD", "2022", "realised", "traded $200 million")]),
    # "trade in" a measure or in all goods is the total
    ("Trade in monetary terms between Chile and Peru amounted to 900 mln dlrs.", "",
     [(("CHL", "PER"), 9e8, "USD", "", "realised",
       "Trade in monetary terms between Chile and Peru amounted to 900 mln dlrs")]),
    ("Trade in goods between Kenya and Uganda was worth $400 million.", "",
     [(("KEN", "UGA"), 4e8, "USD", "", "realised", "Trade in goods between Kenya and Uganda was worth $400 million")]),
    ("Kenya and Uganda met. Trade and energy were discussed; trade reached $2 billion.", "",
     [(("KEN", "UGA"), 2e9, "USD", "", "realised", "trade reached $2 billion")]),
    # a country's turnover is its trade
    ("Kenya's turnover with Uganda reached $2 billion.", "",
     [(("KEN", "UGA"), 2e9, "USD", "", "realised", "turnover with Uganda reached $2 billion")]),
    # the trade taken up by "it" far after the trade word is still the trade
    ("Trade between Chile and Peru grew by 25 percent, passing 6 billion dlrs, and in January-June it reached 3.8 billion.",
     "", [(("CHL", "PER"), 6e9, "USD", "", "realised", "Trade between Chile and Peru grew by 25 percent, passing 6 billion dlrs"),
          (("CHL", "PER"), 3.8e9, "USD", "", "realised", "Trade between Chile and Peru grew by 25 percent, passing 6 billion "
                                                         "dlrs, and in January-June it reached 3.8 billion")]),
    ("Trade between Chile and Peru grew by 30 percent last year, and in January-June it rose by another 20 percent "
     "to 7.5 billion dlrs.", "",
     [(("CHL", "PER"), 7.5e9, "USD", "", "realised", "Trade between Chile and Peru grew by 30 percent last year, and in "
       "January-June it rose by another 20 percent to 7.5 billion dlrs")]),
    # a partner in apposition after the country is no second partner of the trade
    ("Kenya and Uganda met. Trade with Uganda, Kenya's third largest partner, reached $1.2 billion.", "",
     [(("KEN", "UGA"), 1.2e9, "USD", "", "realised", "Trade with Uganda, Kenya's third largest partner, reached $1.2 billion")]),
    # currencies of older wire stories and of the story's country
    ("Trade between Finland and Norway is worth about 25 billion markkaa a year.", "",
     [(("FIN", "NOR"), 2.5e10, "FIM", "", "realised", "Trade between Finland and Norway is worth about 25 billion markkaa")]),
    ("Trade between Austria and Hungary reached 40 billion schillings.", "",
     [(("AUT", "HUN"), 4e10, "ATS", "", "realised", "Trade between Austria and Hungary reached 40 billion schillings")]),
    ("Trade between Turkey and Kenya reached 90 billion lira.", "",
     [(("KEN", "TUR"), 9e10, "TRY", "", "realised", "Trade between Turkey and Kenya reached 90 billion lira")]),
    ("Trade between Italy and Kenya reached 900 billion lire.", "",
     [(("ITA", "KEN"), 9e11, "ITL", "", "realised", "Trade between Italy and Kenya reached 900 billion lire")]),
    # a wire's dateline before the capitalised trade word; the same figure restated in dollars
    # between the amount and its period
    ("LIMA, May 3 (Reuters) - Trade between Chile and Peru rose to 9 trillion pesos ($10 billion) last year, "
     "officials said.", "2023-05-03",
     [(("CHL", "PER"), 9e12, "CLP", "2022", "realised", "Trade between Chile and Peru rose to 9 trillion pesos")]),
    # "was valued at" is the trade's own value, not a deal's
    ("Chile's trade with Peru, mostly copper, was valued at 900 mln dlrs in 2021.", "",
     [(("CHL", "PER"), 9e8, "USD", "2021", "realised", "trade with Peru, mostly copper, was valued at 900 mln dlrs")]),
    # one country's total trade with a partner named is the pair's; a mark or level passed is the figure
    ("Chile's total trade with Peru reached 2 billion dlrs in 2023.", "",
     [(("CHL", "PER"), 2e9, "USD", "2023", "realised", "total trade with Peru reached 2 billion dlrs")]),
    ("Trade between Chile and Peru passed the 2 billion dlrs mark in 2023.", "",
     [(("CHL", "PER"), 2e9, "USD", "2023", "realised", "Trade between Chile and Peru passed the 2 billion dlrs")]),
    # (but the same trade's figure of another year is one)
    ("Trade between Chile and Peru is now higher than the 2 billion dlrs of 2020.", "",
     [(("CHL", "PER"), 2e9, "USD", "2020", "realised", "Trade between Chile and Peru is now higher than the 2 billion dlrs")]),
    # the growth told at length before the figure it led to
    ("Commerce between Chile and Peru rose by 9 percent during the first six months of the current calendar year, to 1.2 billion dlrs.", "",
     [(("CHL", "PER"), 1.2e9, "USD", "", "realised",
       "Commerce between Chile and Peru rose by 9 percent during the first six months of the current calendar year, to 1.2 billion dlrs")]),
    # a month after "ended" is no subject of a clause of its own
    ("Trade between Chile and Peru in the year ended June was worth 700 mln dlrs, an official said.", "",
     [(("CHL", "PER"), 7e8, "USD", "", "realised",
       "Trade between Chile and Peru in the year ended June was worth 700 mln dlrs")]),
    # the pair joined by a hyphen before the trade word, not a country named earlier in the sentence
    ("Kenya is still Peru's largest partner, but Chile-Peru trade grew to 3 billion dlrs.", "",
     [(("CHL", "PER"), 3e9, "USD", "", "realised", "trade grew to 3 billion dlrs")]),
    # the noun the trade word qualifies is the trade's, no subject of another clause
    ("The total trade value between Chile and Peru hit 3 billion dlrs.", "",
     [(("CHL", "PER"), 3e9, "USD", "", "realised", "total trade value between Chile and Peru hit 3 billion dlrs")]),
    # a figure written in two scales, as translations give it
    # the same trade taken up again after a semicolon, and the figure after it in the same clause
    ("In 2021, Chile-Peru trade was $1.1 billion; in 2022 it rose to $1.3 billion, and in 2023 to $1.6 billion.", "",
     [(("CHL", "PER"), 1.1e9, "USD", "2021", "realised", "trade was $1.1 billion"),
      (("CHL", "PER"), 1.3e9, "USD", "2022", "realised", "trade was $1.1 billion; in 2022 it rose to $1.3 billion"),
      (("CHL", "PER"), 1.6e9, "USD", "2023", "realised",
       "trade was $1.1 billion; in 2022 it rose to $1.3 billion, and in 2023 to $1.6 billion")]),
    ("Trade between Chile and Peru reached 1 billion 300 million dollars.", "",
     [(("CHL", "PER"), 1.3e9, "USD", "", "realised", "Trade between Chile and Peru reached 1 billion 300 million dollars")]),
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
    # trade with a grouping, a region or a continent is not between two states
    "Kenya met Ukraine. Trade between Ukraine and the European Union reached 40 billion euros.",
    "Kenya met Ukraine. Ukraine's trade with the EAEU countries grew to $5 billion.",
    "Kenya met Ukraine. Kenya's trade with the countries of the region was $3 billion.",
    "Kenya met Ukraine. Trade with Asia rose to $9 billion.",
    "Kenya met Ukraine. Trade in goods between the two blocs was worth 90 billion euros.",
    "Kenya met Ukraine. Trade between the unions reached 90 billion euros.",
    # the trade word names an office, an event or a balance; the amount is a loan's or a fund's
    "Kenya's trade minister said Uganda bought $400 million of Kenyan tea.",
    "Japan had a 5.9 billion dlr trade surplus with Chile in 1986.",
    "Kenya and Uganda discussed trade and a $300 million loan for a railway.",
    "The trade ministers of Kenya and Uganda approved a $20 million fund for small exporters.",
    "Trade finance of $80 million will support Ugandan importers of Kenyan goods.",
    # trade inside a grouping, one country's total, trade in services
    "Kenya and Uganda met. Trade within the East African Community grew to $10 billion.",
    "Kenya and Uganda met. Intra-African trade reached $70 billion.",
    "Kenya and Uganda met. Mutual trade among the member states reached $12 billion.",
    "Kenya and Uganda met. Kenya's total trade turnover reached $25 billion last year.",
    "The Maldives and Peru met. The Maldives' total trade reached $4 billion, with Peru a minor partner.",
    "Kenya and Uganda met. Kenya's overall trade reached $90 billion, with Uganda a small partner.",
    "Kenya and Uganda met. Uganda's trade with its neighbours totalled $4 billion.",
    "Kenya and Uganda met. Trade in services reached $400 million.",
    # trade with two partners at once, or among three, is no pair's figure
    "Kenya's trade with Uganda and Tanzania reached $3 billion.",
    "Trade between Kenya, Uganda and Rwanda reached $5 billion.",
    # the amount in another clause after the trade word, or the price of a thing
    "Kenya and Uganda discussed trade; Uganda received $300 million in humanitarian aid from Kenya.",
    "Kenya and Uganda met. Trade was discussed, and the two sides signed 15 documents worth $2 billion.",
    "Kenya and Uganda met. Trade was discussed, and agreements were signed for $2 billion.",  # a passive's subject
    # a debt in trade; a quantity set beside the trade that is none of its figures
    "Uganda owes Kenya $2 billion in trade debts.",
    "Trade between Kenya and Uganda could be worth far more than the $2 billion Uganda spent on arms.",
    "Kenya and Uganda met. To boost trade, the two countries set up a fund of $100 million.",
    "Kenya and Uganda met. Trade and energy were on the agenda, as was the $1 billion railway.",
    "Kenya and Uganda met. Trade is growing, the president said, noting that Uganda paid $200 million for buses.",
    "Kenya and Uganda met. Bilateral trade grew last year, and Ugandan coffee alone brought in $900 million.",
    # a share of trade, one kind of goods, a potential
    "Kenya and Uganda agreed to settle 40 percent of trade, worth some $100 million, in shillings.",
    "Trade in farm products between Kenya and Uganda was worth $400 million.",
    "Kenya and Uganda met. The trade potential is estimated at $5 billion.",
    # a trade word inside a name; the amount of deals, wages or assistance after "in"
    "Kenya and Uganda met. The Kenyan Trade and Development Agency committed $2 million to a study.",
    "Kenya and Uganda met. The East African Chamber of Commerce raised $3 million.",
    "Kenya and Uganda met. Trade already supports 6,000 jobs and $200 million in wages.",
    "Kenya and Uganda met. Companies announced $1.3 billion in new trade and investment deals.",
    "Kenya and Uganda met. Kenya will provide $50 million in trade-related assistance.",
    # goods or a sector before the trade word name one kind of trade, not the total
    "Kenya and Uganda met. Two-way farm trade between Kenya and Uganda was $900 million.",
    "Kenya and Uganda met. Kenya's coffee trade with Uganda totalled $300 million.",
    "Border trade between Kenya and Uganda reached $200 million.",
    "The arms trade between Kenya and Uganda is worth $50 million a year.",
    "Kenya and Uganda met. Non-oil trade between Kenya and Uganda reached $900 million.",
    "Kenya and Uganda met. Freight turnover between Kenya and Uganda reached 9 million tonnes worth $2 billion.",
    # a firm's turnover is its sales
    "Kenya and Uganda met. The company's annual turnover is $2 billion, and it trades with Uganda.",
    "Kenya and Uganda met. The turnover of the Kenyan-Ugandan joint venture reached $40 million.",
    # trade credits are a loan; a trade partner is a country, not a figure
    "Chile and Peru met. Chile granted Peru trade credits of 500 mln dlrs.",
    "Chile and Peru met. Chile is Peru's biggest trade partner and lent it $1 billion.",
    # an amount after "by" is a change, whatever the verb before the trade word
    "Chile and Peru met. The pact could lift bilateral trade by $900 million a year.",
    "Chile and Peru met. The accord will boost trade between them by an estimated $2 billion.",
    # an amount "worth" after another noun is that noun's; one country's trade with all
    "Chile and Peru met. Trade between the two is dominated by copper, worth $2 billion last year.",
    "Chile and Peru met. Chilean trade with Peru is led by Codelco, worth $2 billion in sales.",
    "Chile and Peru met. Peru is a small partner among Chile's $150 billion in total trade.",
    # the part of trade a measure reaches
    "Chile and Peru met. The new duties cover $300 million of trade.",
    "Chile and Peru met. Peru slapped levies on about $300 million of bilateral trade.",
    "Chile and Peru met. The strike at the port has disrupted $40 million worth of trade.",
    # a firm that has or reports a turnover: its sales
    "Chile and Peru met. The Chilean-Peruvian joint venture has a turnover of $50 million a year.",
    "Chile and Peru met. The Chilean copper plant reported an annual turnover of $80 million.",
])
def test_what_is_not_a_bilateral_figure(text):
    assert read_facts(article(text)).volumes == []


@pytest.mark.parametrize("text, expected", [
    ("Kenya and Uganda want to raise their trade turnover. It now stands at about $900 million, the minister said.",
     [(("KEN", "UGA"), 9e8, "", "realised", "It now stands at about $900 million")]),
    ("Chile and Peru met. Bilateral trade grew fast. Last year it reached $2 billion.",
     [(("CHL", "PER"), 2e9, "2022", "realised", "Last year it reached $2 billion")]),
    ("Chile and Peru met. Trade will grow. Next year it is expected to reach $3 billion.",
     [(("CHL", "PER"), 3e9, "", "planned", "Next year it is expected to reach $3 billion")]),
    # the figure for a part of the period, named before its verb
    ("Chile and Peru met. Bilateral trade turnover grew fast. The figure for the first quarter was $300 million.",
     [(("CHL", "PER"), 3e8, "", "realised", "The figure for the first quarter was $300 million")]),
    # "it" is no trade after a sentence whose trade word is not its subject, is a fair or one kind
    ("Chile and Peru met. Chile's exports to Peru grew. It reached $2 billion.", []),
    ("Chile and Peru met. The trade fair opened. It drew $2 million in orders.", []),
    ("Chile and Peru met. Trade in copper grew. It reached $2 billion.", []),
    ("Kenya is Egypt's biggest trade partner. It exported $1 billion of tea last year.", []),
    ("Kenya's trade with Egypt is unbalanced. It showed a deficit of $300 million last year.", []),
])
def test_a_figure_of_the_trade_the_sentence_before_spoke_of(text, expected):
    facts = read_facts(article(text, date="2023-05-10"))
    got = [(v.countries, v.amount.value, v.period, v.modality, text[v.evidence.start:v.evidence.end]) for v in facts.volumes]
    assert got == expected
    assert all(v.evidence.rule == "volume.resumed" for v in facts.volumes)


@pytest.mark.parametrize("text, expected", [
    ("Chile and Peru met on Monday. Trade between Chile and Peru could reach $9 billion by 2030, Chilean officials "
     "said on Monday, compared with $4 billion last year. Trade in copper reached $2 billion, against $1 billion "
     "for Kenya.",
     [(9e9, "", "planned", "volume.head-money", "Trade between Chile and Peru could reach $9 billion"),
      (4e9, "2022", "realised", "volume.compared", "$4 billion")]),
    # the year must be the comparison's own, before a comma; a semicolon ends the comparison
    ("Chile and Peru met on Monday. Trade between Chile and Peru could reach $9 billion by 2030, Chilean officials "
     "said on Monday, compared with $4 billion, a level first passed in 2019.",
     [(9e9, "", "planned", "volume.head-money", "Trade between Chile and Peru could reach $9 billion"),
      (4e9, "", "realised", "volume.compared", "$4 billion")]),
    ("Chile and Peru met on Monday. Trade between Chile and Peru could reach $9 billion by 2030, senior Chilean "
     "officials told reporters in the capital, Lima, on Monday evening; compared with $4 billion for Bolivia, that is much.",
     [(9e9, "", "planned", "volume.head-money", "Trade between Chile and Peru could reach $9 billion")]),
])
def test_a_figure_compared_with_the_trade_figure_is_the_same_pairs_for_another_year(text, expected):
    """Past the reach of the trade word, after a reporting clause: the pair's figure of the year
    written after it, realised even beside a target."""
    facts = read_facts(article(text, date="2023-05-10"))
    got = [(v.amount.value, v.period, v.modality, v.evidence.rule, text[v.evidence.start:v.evidence.end])
           for v in facts.volumes]
    assert got == expected
    assert all(v.countries == ("CHL", "PER") and v.measure == "turnover" for v in facts.volumes)


@pytest.mark.parametrize("than", ["small compared with", "less than", "unlike"])
def test_a_third_countrys_figure_set_beside_the_pairs_is_left_out(than):
    text = (f"Trade between Chile and Peru reached $2 billion last year. That is {than} Chile's $9 billion trade "
            "with China.")
    assert [(v.countries, v.amount.value) for v in read_facts(article(text)).volumes] == [(("CHL", "PER"), 2e9)]


def test_a_figure_with_another_partner_after_it_is_not_the_pairs():
    text = "Chile's trade with Peru was 2 billion dlrs, compared with 5 billion dlrs with Bolivia."
    assert [(v.countries, v.amount.value) for v in read_facts(article(text)).volumes] == [(("CHL", "PER"), 2e9)]


@pytest.mark.parametrize("turn, expected", [
    # "our" ("your") trade with a third country, in a speaker's turn: the speaker's (listener's) country's
    ("Ana Soto: Last year our trade with Bolivia reached $6 billion.", ("BOL", "CHL")),
    ("Luis Vega: Your trade with Bolivia reached $6 billion last year.", ("BOL", "CHL")),
    ("Luis Vega: Our trade with Bolivia reached $6 billion last year.", ("BOL", "PER")),
])
def test_our_trade_with_a_third_country_is_the_speakers(turn, expected):
    text = f"Peruvian President Luis Vega met Chilean President Ana Soto.\n{turn}"
    assert [v.countries for v in read_facts(article(text)).volumes] == [expected]


def test_a_figure_said_again_in_round_terms_is_one_figure():
    volumes = read_facts(article("Chile and Peru met. Trade between Chile and Peru reached $1.23 billion in 2022. "
                                 "The leaders said bilateral trade of about $1.2 billion could double.")).volumes
    assert [(v.countries, v.amount.value, v.period) for v in volumes] == [(("CHL", "PER"), 1.23e9, "2022")]
    # (a figure of another year as close is another fact)
    volumes = read_facts(article("Chile and Peru met. Trade between Chile and Peru was $1.20 billion in 2021 "
                                 "and $1.23 billion in 2022.")).volumes
    assert sorted((v.amount.value, v.period) for v in volumes) == [(1.2e9, "2021"), (1.23e9, "2022")]


@pytest.mark.parametrize("text, expected", [
    # the accord the trade runs under is no blocker
    ("Chilean trade with Peru under the Pacific Partnership agreement totalled 3.2 billion dlrs last year.",
     [(("CHL", "PER"), 3.2e9, "2022")]),
    ("Trade between Chile and Peru within their barter accord reached 900 mln dlrs in 2021.",
     [(("CHL", "PER"), 9e8, "2021")]),
    # an accord with its own amount, or one signed, keeps the amount its own
    ("Chile and Peru expanded trade under a new accord worth 2 billion dlrs.", []),
    ("Chile and Peru discussed trade under an agreement signed in 2019 worth 2 billion dlrs.", []),
])
def test_the_accord_trade_runs_under_does_not_block_its_figure(text, expected):
    facts = read_facts(article(text, date="2023-05-10"))
    assert [(v.countries, v.amount.value, v.period) for v in facts.volumes] == expected


@pytest.mark.parametrize("text, expected", [
    # "exchanges" alone is the trade between the two, worth a figure
    ("Chile and Peru signed a trade agreement envisaging exchanges worth 3 billion dlrs.", [(3e9, "planned")]),
    ("Exchanges between Chile and Peru reached 2 billion dlrs last year.", [(2e9, "realised")]),
    # exchanges of something other than goods are not
    ("Cultural exchanges between Chile and Peru cost 2 mln dlrs last year.", []),
    ("Exchanges of students between Chile and Peru cost 2 mln dlrs last year.", []),
    ("Exchanges of goods between Chile and Peru reached 2 billion dlrs last year.", [(2e9, "realised")]),
])
def test_exchanges_of_goods_are_trade(text, expected):
    facts = read_facts(article(text, date="2023-05-10"))
    assert [(v.amount.value, v.modality) for v in facts.volumes] == expected
    assert all(v.countries == ("CHL", "PER") for v in facts.volumes)


@pytest.mark.parametrize("text, expected", [
    # a country hyphened to a region or bloc is no pair; two countries hyphened are
    ("Chile-Africa trade hit $28 billion in 2023, while trade between Chile and Peru was $2.6 billion.",
     [(("CHL", "PER"), 2.6e9, "USD")]),
    ("EU-Chile trade reached 20 billion euros, and Chile-Peru trade was $2 billion.", [(("CHL", "PER"), 2e9, "USD")]),
    # "lift" after "to" is a verb, not the goods of one kind of trade ("lifts"); "today" is no thing priced
    ("Chile and Peru aim to lift trade to $15 billion from about $7 billion today.",
     [(("CHL", "PER"), 15e9, "USD"), (("CHL", "PER"), 7e9, "USD")]),
    ("Chilean lift trade with Peru reached $2 billion.", []),
    # the naira's N before a scaled number
    ("Trade between Nigeria and Ghana stood at N1.2 trillion in 2022.", [(("GHA", "NGA"), 1.2e12, "NGN")]),
])
def test_regions_verbs_and_the_naira_in_figures(text, expected):
    facts = read_facts(article(text, date="2024-03-10"))
    assert [(v.countries, v.amount.value, v.amount.currency) for v in facts.volumes] == expected


@pytest.mark.parametrize("text, expected", [
    # "sterling" alone after a scaled number is the pound, and the figure first written (not its
    # conversion in brackets) is the trade's
    ("Trade between Chile and Britain grew to 1.4 billion sterling (2.2 billion dlrs) last year.",
     [(("CHL", "GBR"), 1.4e9, "GBP")]),
    # the ends of a range are no figure
    ("Trade between Chile and Peru would stay between two and three billion dlrs a year.", []),
    ("Trade between Chile and Peru would stay between $2 billion and $3 billion a year.", []),
])
def test_sterling_and_ranges_in_figures(text, expected):
    facts = read_facts(article(text, date="1987-03-10"))
    assert [(v.countries, v.amount.value, v.amount.currency) for v in facts.volumes] == expected


@pytest.mark.parametrize("text, expected", [
    # a firm's turnover, by "whose" or "its" after the firm's name, is no trade; a country's is
    ("Chile and Peru signed a deal. Chile's Andes Oy, whose turnover last year was over five billion dlrs, "
     "builds plants.", []),
    ("Chile and Peru signed a deal. Andes Corp said its turnover reached 5 billion dlrs last year.", []),
    ("Chile and Peru signed a deal. Peru, whose turnover with Chile reached 5 billion dlrs last year, sent a "
     "delegation.", [(("CHL", "PER"), 5e9, "USD")]),
    ("Chile and Peru signed a deal. Chile said its turnover with Peru reached 5 billion dlrs last year.",
     [(("CHL", "PER"), 5e9, "USD")]),
])
def test_a_firms_turnover_by_whose_or_its(text, expected):
    facts = read_facts(article(text, date="1987-04-08"))
    assert [(v.countries, v.amount.value, v.amount.currency) for v in facts.volumes] == expected


@pytest.mark.parametrize("text", [
    # trades of a stock market are no trade between countries
    "Chile and Peru signed a deal. The Chilean state fund said it sold 23 stocks in a program trade worth 43 mln dlrs.",
    "Chile and Peru signed a deal. Chilean futures trade with Peru reached 3 billion dlrs last year.",
])
def test_a_market_trade_is_no_figure(text):
    assert read_facts(article(text, date="1987-04-21")).volumes == []


@pytest.mark.parametrize("owner, figure", [
    # the turnover of the two sides named by a plural noun is theirs; a firm's is none
    ("The two countries'", True), ("The two nations'", True), ("Both states'", True), ("The two sides'", True),
    ("The country's", True), ("Peru's", True), ("The company's", False), ("Andes Corp's", False),
])
def test_whose_turnover_a_possessive_names(owner, figure):
    facts = read_facts(article(f"Chile and Peru signed a deal. {owner} turnover reached $5 billion last year.",
                               date="2024-01-01"))
    assert [(v.countries, v.amount.value) for v in facts.volumes] == ([(("CHL", "PER"), 5e9)] if figure else [])
