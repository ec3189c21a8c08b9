import pytest

from tradekg.extract.lexicon import lexicon
from tradekg.extract.mentions import find_commodities, find_countries, find_money, resolve_date, resolve_period
from tradekg.extract.text import split_sentences


def one(text):
    return split_sentences(text)[0]


@pytest.mark.parametrize("text, codes", [
    ("Belarusian President met Tajikistan's premier.", ["BLR", "TJK"]),
    ("Minsk and Dushanbe agreed on prices.", ["BLR", "TJK"]),
    ("Talks with the Soviet Union and the U.S. went on.", ["SUN", "USA"]),
    ("Swedish exports to Byelorussia rose.", ["SWE", "BLR"]),
    ("The EAEU and the EU are not countries.", []),
    ("Türkiye and South Korea signed.", ["TUR", "KOR"]),
    # a place named like a capital is not the state: Victoria (Seychelles), Washington (USA)
    ("Ferries on Lake Victoria link Kenya and Uganda.", ["KEN", "UGA"]),
    ("Tourists at Victoria Falls came from Zambia.", ["ZMB"]),
    ("Apple growers of Washington State sell to India.", ["IND"]),
    ("Victoria and Washington signed.", ["SYC", "USA"]),
    # a place named "New" after a country is no country; a country named "New" still is
    ("Power from Quebec goes to New England, and cattle from New Mexico to Chile.", ["CHL"]),
    ("New Caledonia sells nickel to New Zealand and Papua New Guinea.", ["NCL", "NZL", "PNG"]),
    # a continent named after a country; an accord named after a capital; languages; an institute
    # named by an adjective, after "of the" (the "of" of a common word)
    ("Chile is a key partner in Latin America, and North American demand grew.", ["CHL"]),
    ("Lima sticks to the Quito Protocol and the Paris Club terms.", ["PER"]),
    ("Lessons in Peru are taught in Spanish and Quechua, and some in English.", ["PER"]),
    ("Chile's sales in Peruvian and Bolivian markets rose.", ["CHL", "PER", "BOL"]),
    ("In a study of the Brazilian Institute for Trade, Chile gained most.", ["CHL"]),
    ("The Bank of Chile lends to Peru.", ["CHL", "PER"]),
    # where a broadcast was heard is no party
    ("Radio Tehran, monitored in Nicosia, said Iran and Syria signed.", ["IRN", "IRN", "SYR"]),
    # a combining form names a country only before a hyphen and another country word
    ("Indo-Soviet and Anglo-Egyptian trade grew, and Sino-Japanese talks began.",
     ["IND", "SUN", "GBR", "EGY", "CHN", "JPN"]),
    ("Chile joined the Indo-Pacific forum on the Anglo-Saxon model that General Franco never liked.", ["CHL"]),
    # names and adjectives of the 1980s wire stories
    ("Kampuchean rice went to Zairean and Moldavian buyers via Macau.", ["KHM", "COD", "MDA", "MAC"]),
])
def test_countries_by_name_adjective_and_capital(text, codes):
    assert [c.code for c in find_countries(one(text), lexicon())] == codes


def test_russian_before_1992_is_soviet():
    assert [c.code for c in find_countries(one("Russian officials met."), lexicon(), "1987")] == ["SUN"]


def test_capitals_headlines_are_skipped():
    assert find_countries(one("BRAZIL CANCELS OIL PURCHASE"), lexicon()) == []


@pytest.mark.parametrize("text, value, currency", [
    ("Trade reached $200 million.", 200e6, "USD"),
    ("Trade reached $1.2bn.", 1.2e9, "USD"),
    ("Exports rose to 3.4 billion dlrs in 1986.", 3.4e9, "USD"),
    ("It was 500 million euros.", 500e6, "EUR"),
    ("It was 1.5 trillion yen.", 1.5e12, "JPY"),
    ("It totalled about US$30 billion.", 30e9, "USD"),
    ("Danish pigmeat exports were worth 106 mln crowns.", 106e6, "DKK"),
    ("A one billion U.S. Dollar credit line.", 1e9, "USD"),
    ("Trade reached UAH 40 billion.", 40e9, "UAH"),
    ("Trade reached 7.5 billion KZT.", 7.5e9, "KZT"),
    ("Indian trade with Nepal was Rs 1,000 crore.", 1e10, "INR"),
    ("Indian imports were worth 20 lakh rupees.", 2e6, "INR"),
    ("Trade reached 2,5 billion dollars.", 2.5e9, "USD"),  # a decimal comma before a scale
    ("Trade reached 12,75 million euros.", 12.75e6, "EUR"),
    ("Trade reached 12,750 million euros.", 12.75e9, "EUR"),  # a thousands comma
    # two scale words as one, and currencies written by their sign or short form
    ("India's trade reached Rs 1.5 lakh crore.", 1.5e12, "INR"),
    ("Trade reached 2.8 thousand million dollars.", 2.8e9, "USD"),
    ("Trade with Malaysia reached RM 90 billion.", 90e9, "MYR"),
    ("Trade reached RM90bn.", 90e9, "MYR"),
    ("Trade with Singapore reached Rp 400 trillion.", 400e12, "IDR"),
    ("Trade with Nepal reached Tk. 12,000 crore.", 120e9, "BDT"),
    ("Trade reached ₹2 lakh crore.", 2e12, "INR"),
    ("Trade reached ₦500 billion.", 500e9, "NGN"),
    ("Trade reached ₩80 trillion.", 80e12, "KRW"),
    ("Trade reached ₴40 billion.", 40e9, "UAH"),
    ("Trade reached ₱300 billion.", 300e9, "PHP"),
    # the rand's R, before a scaled number only
    ("Trade with Zimbabwe reached R60 billion.", 60e9, "ZAR"),
    ("Trade with Lesotho reached R1.2bn.", 1.2e9, "ZAR"),
    # a figure in two scales; a smaller scale only adds, a number of something else does not
    ("It was 2 billion 450 million euros.", 2.45e9, "EUR"),
    ("It was 5 million 300 thousand dollars.", 5.3e6, "USD"),
    ("It was $2 billion, 300 tonnes more.", 2e9, "USD"),
])
def test_money_scale_and_currency(text, value, currency):
    sentence = one(text)
    context = [c.code for c in find_countries(sentence, lexicon())]
    money = find_money(sentence, lexicon(), context)
    assert [(m.amount.value, m.amount.currency) for m in money][:1] == [(value, currency)]


@pytest.mark.parametrize("text, currency", [
    # francs, crowns and dollars take their country from the words before them or from the story
    ("Swiss exports to Austria were worth 40 mln francs.", "CHF"),
    ("French exports to Spain were worth 40 mln francs.", "FRF"),
    ("Belgian exports to Zaire were worth 40 mln francs.", "BEF"),
    ("Senegal's exports to Mali were worth 40 bln CFA francs.", "XOF"),
    ("Cameroon's sales to Chad came to 9 bln CFA francs.", "XAF"),
    ("Rwanda sold tea to Kenya for 2 bln francs.", "RWF"),
    ("Czech exports to Slovakia reached 5 bln crowns.", "CZK"),
    ("Norwegian salmon sales to Poland were worth 300 mln crowns.", "NOK"),
    ("Iceland sold cod to Spain for 90 mln crowns.", "ISK"),
    ("Canada's exports to Japan were 4 bln Canadian dlrs.", "CAD"),
    ("New Zealand sold lamb to Iran worth 50 mln NZ dlrs.", "NZD"),
    ("Singapore's trade with Malaysia reached 30 bln Singapore dollars.", "SGD"),
    ("Hong Kong's trade with Macau was 300 mln Hong Kong dollars.", "HKD"),
    # a dollar of the past, not the country's currency today (Zimbabwe's is the ZiG)
    ("Zambia's trade with Zimbabwe fell to 80 mln Zimbabwe dlrs.", "ZWD"),
    ("Kenya bought Ugandan sugar for 800 mln Kenyan shillings.", "KES"),
    ("Egypt sold cotton to Jordan for 60 mln Egyptian pounds.", "EGP"),
    ("Jordan's phosphate sales to Iraq reached 40 mln dinars.", "JOD"),
    # dirhams, riyals (rials) and manats of several states: the story's own first, else the common one
    ("Morocco's trade with Mali reached 900 mln dirhams.", "MAD"),
    ("Dubai's trade with Kenya reached 900 mln dirhams.", "AED"),
    ("Qatar's gas sales to Oman reached 90 mln riyals.", "QAR"),
    ("Oman's fish sales to Qatar reached 90 mln rials.", "OMR"),
    ("Yemen paid 90 mln riyals for Saudi wheat.", "YER"),
    ("Kenya paid 90 mln riyals for Saudi dates.", "SAR"),
    ("Iran's trade with Iraq reached 90 bln rials.", "IRR"),
    ("Azerbaijan's trade with Georgia reached 900 mln manat.", "AZN"),
    ("Turkmenistan's gas sales to Iran reached 900 mln manat.", "TMT"),
    ("Canada's exports to Japan were 4 bln dlrs, Ottawa said.", "USD"),
    ("The French firm paid 5 mln francs.", "FRF"),
])
def test_currency_from_its_words_and_the_story(text, currency):
    sentence = one(text)
    context = [c.code for c in find_countries(sentence, lexicon())]
    assert [m.amount.currency for m in find_money(sentence, lexicon(), context)] == [currency]


def test_francs_of_no_known_country_are_no_amount():
    """Francs with no country in sight could be any of a dozen currencies: left out, not guessed."""
    assert find_money(one("It paid 5 mln francs."), lexicon(), []) == []


@pytest.mark.parametrize("text", ["It rose 12 pct.", "It shipped 5,000 tonnes.", "Photo 7 of 3:53",
                                  "It ran on the R40 road.", "Form R2 was filed."])
def test_numbers_that_are_not_money(text):
    assert find_money(one(text), lexicon(), []) == []


def test_bare_scaled_number_inherits_currency():
    money = find_money(one("It calls for 80 mln dlrs in 1987 and 120 mln in 1988."), lexicon(), [])
    assert [(m.amount.value, m.amount.currency) for m in money] == [(80e6, "USD"), (120e6, "USD")]


def test_commodities_with_hs_codes():
    found = find_commodities(one("We buy raw cotton, elevators and trolleybuses."), lexicon())
    assert [(c.label, c.hs) for c in found] == [("raw cotton", "5201"), ("elevators", "842810"), ("trolleybuses", "8702")]


def test_a_name_of_goods_keeps_its_capitals():
    found = find_commodities(one("Qatar sells LNG, PVC and Natural gas; Oman sells gas."), lexicon())
    assert [c.label for c in found] == ["LNG", "PVC", "natural gas", "gas"]


@pytest.mark.parametrize("text, expected", [
    ("Chile buys copper for its wire and power cable factories.", ["copper"]),
    # goods that only qualify a place or trade of two words after "and" are no goods
    ("Peru uses zinc in its tin and light metals industries.", ["zinc"]),
    ("Bolivia sells nickel ores and tin.", ["nickel ores", "tin"]),
])
def test_goods_qualifying_a_place_are_no_goods(text, expected):
    assert [c.label for c in find_commodities(one(text), lexicon())] == expected


def test_unknown_goods_are_not_forced_into_a_code():
    assert find_commodities(one("They sell widgets."), lexicon()) == []


@pytest.mark.parametrize("text, doc_date, expected", [
    ("in Dushanbe on 12 October", "", "--10-12"),
    ("on October 12, 2024", "", "2024-10-12"),
    ("in Minsk on 14 March", "2024-03-20", "2024-03-14"),
    ("during a meeting here yesterday", "1987-04-27", "1987-04-26"),
    ("on Wednesday", "2020-01-11", "2020-01-08"),
    ("no date at all", "2020-01-11", ""),
])
def test_dates(text, doc_date, expected):
    assert resolve_date(text, doc_date) == expected


@pytest.mark.parametrize("text, doc_date, expected", [
    ("two-way trade came to 410 mln dlrs last year", "1987-04-03", "1986"),
    ("trade reached 290 mln dlrs in 2023", "", "2023"),
    ("trade reached 290 mln dlrs", "", ""),
])
def test_periods(text, doc_date, expected):
    assert resolve_period(text, doc_date) == expected


@pytest.mark.parametrize("text, doc_date, expected", [
    ("on Jan. 5", "2020-03-01", "2020-01-05"),
    ("on Sept. 30, 2019", "", "2019-09-30"),
    ("on 31 December 1986", "1987-01-02", "1986-12-31"),
    ("on 6th May", "1999-01-01", "1999-05-06"),
    ("on 32 May", "2020-01-01", ""),
    ("today", "2020-03-01", "2020-03-01"),
    ("tomorrow", "2020-02-28", "2020-02-29"),
    ("yesterday", "2020-03-01", "2020-02-29"),
    ("on Monday", "2024-10-20", "2024-10-14"),
    ("last Sunday", "2024-10-20", "2024-10-13"),
    ("on Sunday", "2024-10-20", "2024-10-20"),
    ("tomorrow", "--12-31", "--01-01"),
    ("today", "--05-06", "--05-06"),
    ("yesterday", "--03-01", "--02-29"),  # no year: counted in a leap year
    ("on 1 May", "", "--05-01"),
    ("on 5 May", "--05-06", "--05-05"),
    ("on Sunday", "2024-10-21", "2024-10-20"),
    ("last Monday", "2024-10-21", "2024-10-14"),
    ("on Monday", "--05-06", ""),
    ("no date here", "2020-01-01", ""),
    ("yesterday", "", ""),
])
def test_dates_against_the_documents_date(text, doc_date, expected):
    assert resolve_date(text, doc_date) == expected


@pytest.mark.parametrize("text, doc_date, expected", [
    ("in the first six months of 2023", "", "2023"),
    ("for 1986", "", "1986"),
    ("during 2001", "", "2001"),
    ("last year", "1987-04-03", "1986"),
    ("this year", "2020-01-01", "2020"),
    ("by the end of the year", "2020-01-01", "2020"),
    ("so far", "2021-06-01", "2021"),
    ("in the last nine months", "2021-10-01", "2021"),
    ("last year", "", ""),
    ("2023", "", ""),
])
def test_the_period_of_a_figure(text, doc_date, expected):
    assert resolve_period(text, doc_date) == expected


@pytest.mark.parametrize("text, expected", [
    # what is skipped comes first, so that skipping one number never ends the search
    ("It cost a billion dollars and a dozen tonnes.", [(1e9, "USD", "a billion dollars")]),
    ("A dozen firms paid 5m and then $7m.", [(7e6, "USD", "$7m")]),
    ("At 1.9 Kenyan shillings to the dollar, trade was 40 mln dlrs.", [(4e7, "USD", "40 mln dlrs")]),
    ("Trade fell to 3.2 billion H.K. Dlrs from 4.1 billion dlrs.",
     [(3.2e9, "HKD", "3.2 billion H.K. Dlrs"), (4.1e9, "HKD", "4.1 billion dlrs")]),
    ("Exports were 300 mln euros, against 200 mln dlrs.", [(3e8, "EUR", "300 mln euros"), (2e8, "USD", "200 mln dlrs")]),
    ("It shipped 800 mln tonnes, worth 40 mln dlrs.", [(4e7, "USD", "40 mln dlrs")]),
    ("Prices rose 12 pct, and trade hit $500.", [(500.0, "USD", "$500")]),
    ("Trade reached  $5 billion.", [(5e9, "USD", "$5 billion")]),
    ("It rose 12 percent to 90 mln dlrs and 5 % more.", [(9e7, "USD", "90 mln dlrs")]),
    ("Kenya paid a fee of 5 mln dlrs.", [(5e6, "USD", "5 mln dlrs")]),
    ("Trade was 40 mln CHF.", [(4e7, "CHF", "40 mln CHF")]),
    ("Sales were 40 mln dlrs on 800 mln tonnes, and 90 mln in 1986.", [(4e7, "USD", "40 mln dlrs"), (9e7, "USD", "90 mln")]),
    ("It cost $10,000 trillion, or $9,999 trillion.", [(9.999e15, "USD", "$9,999 trillion")]),  # 1e16 is no trade figure
])
def test_money_spans_in_full(text, expected):
    sentence = one(text)
    money = find_money(sentence, lexicon(), [])
    assert [(m.amount.value, m.amount.currency, m.amount.text) for m in money] == expected
    assert [text[m.start:m.end] for m in money] == [e[2] for e in expected]


def test_a_huge_amount_is_reported_and_the_next_one_kept():
    problems: list[str] = []
    money = find_money(one("It was $" + "9" * 30 + " billion, then $2 billion."), lexicon(), [], problems)
    assert [m.amount.value for m in money] == [2e9]
    assert len(problems) == 1 and problems[0].startswith("amount too large to be a trade figure, left out: $999")
    assert [m.amount.value for m in find_money(one("It was $" + "9" * 30 + " billion."), lexicon(), [])] == []


def test_country_mentions_in_full():
    text = "US officials and U.S. firms met Russian envoys in Moscow, and US$30 billion went to Chile's ports."
    got = [(c.code, c.kind, c.possessive, text[c.start:c.end]) for c in find_countries(one(text), lexicon(), "1987")]
    assert got == [("USA", "name", False, "US"), ("USA", "name", False, "U.S."), ("SUN", "adjective", False, "Russian"),
                   ("SUN", "capital", False, "Moscow"), ("CHL", "name", True, "Chile's")]
    assert [c.code for c in find_countries(one(text), lexicon(), "2020")] == ["USA", "USA", "RUS", "RUS", "CHL"]


def test_organisation_names_hide_their_country_unless_of_it():
    text = "The Bank of Brazil and the Brazil Institute met the Kenya Airlines board."
    assert [text[c.start:c.end] for c in find_countries(one(text), lexicon())] == ["Brazil"]
    assert find_countries(one(text), lexicon())[0].start == text.index("Brazil")
    # the country words inside the names, asked for apart: whose firm a flow reader may need
    firms: list = []
    find_countries(one(text), lexicon(), firms=firms)
    assert [(c.code, c.kind, text[c.start:c.end]) for c in firms] == [("BRA", "firm", "Brazil"), ("KEN", "firm", "Kenya")]


@pytest.mark.parametrize("pre, post, code, context, expected", [
    (None, "Danish crowns", None, [], "DKK"),
    (None, "crowns", None, [], ""),
    (None, "crowns", None, ["ISL"], "ISK"),
    ("U.S. $", None, None, [], "USD"),
    ("$", "mark", None, [], "USD"),  # "the $2.5 billion mark": a threshold
    (None, "marks", None, [], "DEM"),
    (None, "roubles", None, ["SUN"], "SUR"),
    (None, "Belarusian roubles", None, ["SUN"], "BYN"),
    (None, "roubles", None, ["RUS"], "RUB"),
    (None, "NZ dlrs", None, [], "NZD"),
    (None, "HK dollar", None, [], "HKD"),
    (None, "U.S.  dollars", None, [], "USD"),
    (None, "CFA francs", None, ["FRA", "SEN"], "XOF"),  # CFA francs are never French
    (None, "francs", None, ["FRA", "SEN"], "FRF"),
    (None, "Swiss francs", None, ["FRA"], "CHF"),
    ("C$", None, None, [], "CAD"),
    ("€", None, None, [], "EUR"),
    ("A$", None, None, [], "AUD"),
    ("NT$", None, None, [], "TWD"),
    ("HK$", None, None, [], "HKD"),
    ("£", None, None, [], "GBP"),
    (None, None, "CHF", [], "CHF"),
    (None, "Saudi riyals", None, [], "SAR"),
    (None, "dinars", None, [], ""),
    (None, "Kenyan shillings", None, ["UGA"], "KES"),
    # ISO 4217 codes before the number, and the signs of other dollars and shillings
    ("UAH", None, None, [], "UAH"),
    ("SEK", None, None, [], "SEK"),
    ("GDP", None, None, [], ""),        # three capitals that are no currency
    ("RMB", None, None, [], "CNY"),     # a common name in capitals that is no ISO code
    (None, None, "KZT", [], "KZT"),
    (None, None, "ABC", [], ""),
    ("S$", None, None, [], "SGD"),
    ("NZ$", None, None, [], "NZD"),
    ("KSh", None, None, [], "KES"),
    ("Rs", None, None, ["PAK"], "PKR"),  # rupees of the story's country
    ("Rs.", None, None, ["IND"], "INR"),
])
def test_currency_code_from_sign_word_code_and_story(pre, post, code, context, expected):
    from tradekg.extract.mentions import currency_code
    assert currency_code(pre, post, code, lexicon(), context) == expected


@pytest.mark.parametrize("text, context, expected", [
    ("It reached 5.6 billion hryvnias.", [], [(5.6e9, "UAH")]),     # the one currency so named (ISO 4217)
    ("It reached 3 billion zlotys.", [], [(3e9, "PLN")]),
    ("It reached 40 billion baht.", [], [(4e10, "THB")]),
    ("It reached 2 million forints.", [], [(2e6, "HUF")]),
    ("It reached 5 million shekels.", [], [(5e6, "ILS")]),
    ("It reached 2 mln lei.", ["MDA"], [(2e6, "MDL")]),            # lei: Romania's or Moldova's, by the story
    ("It reached 2 mln lei.", ["ROU"], [(2e6, "RON")]),
    ("It reached 2 mln lei.", [], []),                              # and no story: no currency
    ("It reached 9 billion kwacha.", ["ZMB"], [(9e9, "ZMW")]),
    ("It reached $800 million ($1 = 100 shillings).", ["KEN"], [(8e8, "USD")]),  # an exchange rate
])
def test_national_currencies_by_their_iso_names(text, context, expected):
    assert [(m.amount.value, m.amount.currency) for m in find_money(one(text), lexicon(), context)] == expected


@pytest.mark.parametrize("text, codes", [
    ("ATLANTA, Georgia, May 3 - The firm will ship syrup to Chile.", ["CHL"]),
    ("Chile will buy more Georgia peaches.", ["CHL"]),
    ("Growers in Florida and Georgia met Chilean buyers.", ["CHL"]),
    ("He visited the state of Georgia and Chile.", ["CHL"]),
    # the country: in its own story, or beside its neighbours
    ("Georgia and Armenia signed a deal in Tbilisi.", ["GEO", "ARM", "GEO"]),
    ("Georgia, Armenia and Azerbaijan met.", ["GEO", "ARM", "AZE"]),
])
def test_georgia_the_american_state_is_no_country(text, codes):
    lex = lexicon()
    assert [c.code for s in split_sentences(text) for c in find_countries(s, lex)] == codes
