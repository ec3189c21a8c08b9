"""The office-holder table: lookups by name and date, and its use when people are read."""
import csv
import subprocess
import sys
from pathlib import Path

import pytest

from tradekg.articles import Article
from tradekg.extract import read_facts
from tradekg.extract.officeholders import OfficeHolders, office_holders
from tradekg.extract.people import PeopleResolver
from tradekg.extract.lexicon import lexicon

ROOT = Path(__file__).resolve().parents[1]


def _row(name, country, role, start, end, qid="", variants="", source="test"):
    return {"name": name, "variants": variants, "country": country, "role": role, "start": start, "end": end,
            "wikidata": qid, "source": source}


# An invented little world: two Varnas in office at once in two countries, one Ostrov who led two
# countries at different times, a monarch of two realms.
TABLE = OfficeHolders([
    _row("Ilse Varna", "AAA", "president", "2001-03-01", "2009-02-28", "Q1"),
    _row("Tomas Varna", "BBB", "prime minister", "2004", "2012", "Q2"),
    _row("Piet Ostrov", "AAA", "president", "1990", "1995", "Q3"),
    _row("Piet Ostrov", "CCC", "prime minister", "1999-01-01", "2003-12-31", "Q3"),
    _row("Mirela II", "DDD", "monarch", "1980", "", "Q4", variants="Mirela|Queen Mirela"),
    _row("Mirela II", "EEE", "monarch", "1985", "", "Q4", variants="Mirela|Queen Mirela"),
])


def test_a_surname_two_holders_share_stays_unresolved():
    assert TABLE.person("Varna", "2006-05-01") is None
    assert TABLE.person("Ilse Varna", "2006-05-01").wikidata == "Q1"
    assert TABLE.person("Varna", "2002-05-01").country == "AAA"  # only Ilse was in office then


def test_the_same_name_at_two_dates_maps_to_the_right_holding():
    assert TABLE.person("Ostrov", "1992-06-01").country == "AAA"
    assert TABLE.person("Ostrov", "2001-06-01").country == "CCC"
    assert TABLE.person("Ostrov", "1997-06-01") is None


def test_a_document_country_breaks_a_monarchs_tie():
    assert TABLE.person("Queen Mirela", "1990") is None
    assert TABLE.person("Queen Mirela", "1990", ("EEE",)).country == "EEE"


def test_undated_documents_search_only_their_own_countries():
    assert TABLE.person("Ostrov", "") is None
    assert TABLE.person("Ostrov", "", ("CCC", "ZZZ")).country == "CCC"
    assert TABLE.person("Piet Ostrov", "", ()) is None  # two countries, nothing to choose by


def _people(text, date, table=TABLE):
    resolver = PeopleResolver(lexicon(), doc_date=date, holders=table)
    from tradekg.extract.mentions import find_countries
    from tradekg.extract.text import split_sentences
    for sentence in split_sentences(text):
        countries = find_countries(sentence, lexicon())
        resolver.countries_seen += [c.code for c in countries]
        resolver.begin_sentence(sentence)
        resolver.read(sentence, countries)
    return resolver.people


def test_the_table_gives_a_bare_name_its_country_role_and_item():
    people = _people("Talks in Lisbon went well, Ostrov told reporters after meeting Ilse Varna.", "1992-06-01")
    assert (people["ostrov"].country, people["ostrov"].role, people["ostrov"].wikidata) == ("AAA", "president", "Q3")


def test_a_country_the_text_gives_wins_over_the_table():
    people = _people("French Prime Minister Piet Ostrov arrived in Rome.", "2001-06-01")
    person = next(iter(people.values()))
    assert person.country == "FRA" and person.wikidata == ""


def test_the_table_does_not_override_a_title_of_the_same_country():
    people = _people("Portuguese President Ilse Varna visited Spain.", "2005-01-01",
                     OfficeHolders([_row("Ilse Varna", "PRT", "president", "2001", "2009", "Q1")]))
    person = next(iter(people.values()))
    assert (person.country, person.role, person.wikidata) == ("PRT", "president", "Q1")


def test_shipped_table_dates_leaders():
    table = office_holders()
    assert table.person("Reagan", "1987-03-01").country == "USA"
    assert table.person("Gorbachev", "1987-03-01").country == "SUN"
    assert table.person("Xi", "2021-11-16").wikidata == "Q15031"  # surname first
    assert table.person("Reagan", "1975-01-01") is None


def test_read_facts_links_a_leader_named_without_country():
    article = Article("d", "d", "Leaders met in Paris. Vladimir Putin and the host discussed gas.", date="2022-02-01")
    people = read_facts(article).people
    putin = next(p for p in people.values() if p.name == "Vladimir Putin")
    assert (putin.country, putin.wikidata) == ("RUS", "Q7747")


ARCHIGOS = ROOT.parent / "shared" / "data" / "office-holders" / "archigos-4.1"


@pytest.mark.skipif(not (ARCHIGOS / "arch_annual.txt").exists(), reason="Archigos 4.1 sources not on this machine")
def test_build_script_reproduces_the_shipped_table(tmp_path):
    out = tmp_path / "office_holders.csv"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_office_holders.py"), "--archigos", str(ARCHIGOS),
                    "-o", str(out)], check=True, capture_output=True)
    shipped = (ROOT / "src" / "tradekg" / "data" / "office_holders.csv").read_bytes()
    assert out.read_bytes() == shipped
    with out.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) > 2500 and sum(1 for r in rows if r["wikidata"]) > 700
