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
    ("Kenya bought Ugandan sugar for 800 mln Kenyan shillings.", "KES"),
    ("Egypt sold cotton to Jordan for 60 mln Egyptian pounds.", "EGP"),
    ("Jordan's phosphate sales to Iraq reached 40 mln dinars.", "JOD"),
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


@pytest.mark.parametrize("text", ["It rose 12 pct.", "It shipped 5,000 tonnes.", "Photo 7 of 3:53"])
def test_numbers_that_are_not_money(text):
    assert find_money(one(text), lexicon(), []) == []


def test_bare_scaled_number_inherits_currency():
    money = find_money(one("It calls for 80 mln dlrs in 1987 and 120 mln in 1988."), lexicon(), [])
    assert [(m.amount.value, m.amount.currency) for m in money] == [(80e6, "USD"), (120e6, "USD")]


def test_commodities_with_hs_codes():
    found = find_commodities(one("We buy raw cotton, elevators and trolleybuses."), lexicon())
    assert [(c.label, c.hs) for c in found] == [("raw cotton", "52"), ("elevators", "842810"), ("trolleybuses", "8702")]


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
