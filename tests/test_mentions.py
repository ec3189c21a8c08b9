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
