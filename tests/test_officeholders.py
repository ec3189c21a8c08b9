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


def test_a_short_key_needs_the_name_spelt_alike():
    # "Rako" and "Rakko" share the tolerant key "rak"; a short key is no proof of one person
    table = OfficeHolders([_row("Jan Rakko", "GGG", "prime minister", "2010", "", "Q7"),
                           _row("Omar el-Sadi", "HHH", "president", "2010", "", "Q8")])
    assert table.person("Rakko", "2015").wikidata == "Q7"
    assert table.person("Rako", "2015") is None
    assert table.person("el-Sadi", "2015").wikidata == "Q8"   # the article is no part of the name


def test_the_same_name_at_two_dates_maps_to_the_right_holding():
    assert TABLE.person("Ostrov", "1992-06-01").country == "AAA"
    assert TABLE.person("Ostrov", "2001-06-01").country == "CCC"
    assert TABLE.person("Ostrov", "1997-06-01") is None


def test_a_document_country_breaks_a_monarchs_tie():
    assert TABLE.person("Queen Mirela", "1990") is None
    assert TABLE.person("Queen Mirela", "1990", ("EEE",)).country == "EEE"


def test_one_person_in_several_offices_is_of_the_state_archigos_names_them_ruler_of():
    # a president who is also co-prince of a small neighbour and head of a territory: the ruler's state
    table = OfficeHolders([_row("Luc Marand", "FFF", "head of state", "1981", "1995", "Q9"),
                           _row("Luc Marand", "GGG", "head of state", "1981", "1995", "Q9"),
                           _row("Marand", "FFF", "head of state or government", "1981", "1995", "Q9",
                                source="archigos-4.1:FFF-1981")])
    assert table.person("Marand", "1987").country == "FFF"
    assert table.person("Marand", "1987", ("GGG",)).country == "GGG"  # a document's own country first
    assert TABLE.person("Queen Mirela", "1990") is None  # no ruler's row: still a tie


def test_a_full_name_must_fit_the_given_names_another_source_spells_out():
    # one source names the ruler by surname alone, another in full, both with the same item
    table = OfficeHolders([_row("Dorn", "FFF", "head of state", "1970", "1971", "Q9"),
                           _row("Anselm Dorn", "FFF", "president", "1970", "1971", "Q9")])
    assert table.person("Dorn", "1970").wikidata == "Q9"
    assert table.person("Anselm Dorn", "1970").wikidata == "Q9"
    assert table.person("King Dorn", "1970").wikidata == "Q9"   # an honorific is no given name
    assert table.person("Marta Dorn", "1970") is None            # another person of that surname


def test_a_name_of_the_father_ends_a_name_written_without_the_family():
    # "Karim bin Nasser Al Hadi" is written "Sheikh Karim bin Nasser"; his brother is another person
    table = OfficeHolders([_row("Karim bin Nasser Al Hadi", "GGG", "president", "2010", "", "Q11"),
                           _row("Omar bin Nasser Al Hadi", "GGG", "minister of foreign affairs", "2012", "", "Q12")])
    assert table.person("Sheikh Karim bin Nasser", "2015").wikidata == "Q11"
    assert table.person("Omar bin Nasser", "2015").wikidata == "Q12"
    assert table.person("Karim bin Nasser Al Hadi", "2015").wikidata == "Q11"


@pytest.mark.parametrize("written", ["Han Dae-sung", "Han Dae Sung", "Han", "President Han Dae Sung"])
def test_a_hyphened_given_name_is_found_written_as_two_words(written):
    table = OfficeHolders([_row("Han Dae-sung", "KOR", "president", "2010", "2015", "Q13"),
                           _row("Sung Min-ho", "KOR", "minister", "2010", "2015", "Q14")])
    assert table.person(written, "2012").wikidata == "Q13"
    assert table.person(written, "2017") is None


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


def test_a_title_in_the_text_fits_the_tables_generic_office():
    """The history table knows Ostrov only as "head of state": "the President of AAA" later in the
    text is still Ostrov (not the next capitalised name), and the text's title is kept."""
    table = OfficeHolders([_row("Piet Ostrov", "CHL", "head of state", "1990", "1995", "Q3")])
    people = _people("Piet Ostrov arrived. The President of Chile then spoke about Lake Torva.", "1992-06-01", table)
    assert [(p.name, p.country, p.role, p.wikidata) for p in people.values() if p.official] == \
        [("Piet Ostrov", "CHL", "president", "Q3")]


def test_a_bare_name_after_a_compass_word_is_a_place():
    table = OfficeHolders([_row("Iskander of Pahang", "MYS", "head of state", "", "", "Q9", variants="Pahang")])
    assert "pahang" not in _people("A pipeline will run to southern Pahang, Malaysia said.", "", table)
    assert "pahang" in _people("Malaysia said Pahang told parliament the pipeline is ready.", "", table)


def _csv(path, rows):
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def _build():
    sys.path.insert(0, str(ROOT / "scripts"))
    import build_office_holders
    return build_office_holders


def _history(tmp_path, rows):
    return _build().read_history(_csv(tmp_path / "history.csv", rows), {"AAA", "BBB"})


def _h(iso3, country, role, person, qid, start, end=""):
    return {"iso3": iso3, "country": country, "role": role, "person": person, "person_qid": qid,
            "start": start, "end": end, "party": "", "end_cause": ""}


def test_history_rows_end_when_the_next_holder_starts_and_lose_the_realm(tmp_path):
    rows = _history(tmp_path, [
        _h("AAA", "Aland", "head_of_government", "Ana Lind", "Q1", "2001-01-01T00:00:00Z"),   # left open by Wikidata
        _h("AAA", "Aland", "head_of_government", "Bo Kask", "Q2", "2004-05-01T00:00:00Z"),
        _h("AAA", "Aland", "head_of_state", "Olav da Aland", "Q3", "1990-01-01T00:00:00Z"),  # Portuguese label
        _h("BBB", "Bria", "head_of_state", "Iskander I of Pahang", "Q4", "1984-04-26T00:00:00Z", "1989-04-25T00:00:00Z"),
        _h("BBB", "Bria", "head_of_state", "Old King", "Q5", "1900-01-01T00:00:00Z", "1930-01-01T00:00:00Z"),  # before 1945
        _h("CCC", "Cora", "head_of_state", "Not Ours", "Q6", "2000-01-01T00:00:00Z"),          # no such country
        _h("AAA", "Aland", "head_of_state", "Q77", "Q7", "2000-01-01T00:00:00Z"),             # no label
    ])
    assert [(r["name"], r["country"], r["role"], r["start"], r["end"], r["wikidata"]) for r in rows] == [
        ("Ana Lind", "AAA", "head of government", "2001-01-01", "2004-05-01", "Q1"),
        ("Bo Kask", "AAA", "head of government", "2004-05-01", "", "Q2"),
        ("Olav", "AAA", "head of state", "1990-01-01", "", "Q3"),
        ("Iskander I", "BBB", "head of state", "1984-04-26", "1989-04-25", "Q4"),
    ]


def test_cabinet_rows_take_their_role_from_the_office(tmp_path):
    offices = [("Minister of Treasury and Finance", "Q1", "Ana Lind"), ("minister-foreign", "Q2", "Bo Kask"),
               ("bank-governor", "Q3", "Eva Rand"), ("ambassador-to-france", "Q4", "Ola Berg"),
               ("Minister of Culture", "Q5", "Ivo Tamm"),
               ("Prime Minister of Aland", "Q6", "Uno Sepp"),   # heads of government come from elsewhere
               ("Minister of Health", "", "Kai Mets")]          # no item
    rows = _build().read_cabinets(_csv(tmp_path / "cabinets.csv", [
        {"country": "AAA", "office": office, "person": person, "name": name, "start": "2020-01-01", "end": "",
         "repository": "aland-cabinet", "commit": "0", "path": "x"} for office, person, name in offices]))
    assert [(r["name"], r["role"], r["wikidata"], r["source"]) for r in rows] == [
        ("Ana Lind", "minister of finance", "Q1", "everypolitician:aland-cabinet"),
        ("Bo Kask", "minister of foreign affairs", "Q2", "everypolitician:aland-cabinet"),
        ("Eva Rand", "central bank governor", "Q3", "everypolitician:aland-cabinet"),
        ("Ola Berg", "ambassador", "Q4", "everypolitician:aland-cabinet"),
        ("Ivo Tamm", "minister", "Q5", "everypolitician:aland-cabinet"),
    ]


def test_a_bare_minister_surname_needs_the_ministers_country_in_the_document():
    table = OfficeHolders([_row("Marta Vey", "GGG", "minister of finance", "2020", "", "Q10")])
    assert table.person("Vey", "2021", ("GGG", "HHH")).wikidata == "Q10"
    assert table.person("Vey", "2021", ("HHH",)) is None         # a bare surname in another country's story
    assert table.person("Marta Vey", "2021", ("HHH",)).wikidata == "Q10"  # a full name is hers anywhere


def test_shipped_table_knows_ministers_with_their_items():
    holding = office_holders().person("Anton Siluanov", "2021-06-01")
    assert (holding.country, holding.role, holding.wikidata) == ("RUS", "minister of finance", "Q589645")


def _holding(start, end):
    from tradekg.extract.officeholders import Holding
    return Holding("Ilse Varna", "AAA", "president", start, end, "Q1", "test")


@pytest.mark.parametrize("start, end, when, covered", [
    # full dates: both bounds are in office
    ("2001-03-01", "2009-02-28", "2001-03-01", True),
    ("2001-03-01", "2009-02-28", "2009-02-28", True),
    ("2001-03-01", "2009-02-28", "2001-02-28", False),
    ("2001-03-01", "2009-02-28", "2009-03-01", False),
    # a year-only bound covers its whole year
    ("2004", "2012", "2004-01-01", True),
    ("2004", "2012", "2012-12-31", True),
    ("2004", "2012", "2003-12-31", False),
    ("2004", "2013", "2013-06-30", True),
    ("2004", "2012", "2013-01-01", False),
    # no end: still in office; no start: never covered by a date
    ("1980", "", "2024-05-05", True),
    ("", "1990", "1985-05-05", True),
    # a year asked: any overlap with the year
    ("2001-03-01", "2009-02-28", "2009", True),
    ("2001-03-01", "2009-02-28", "2010", False),
    ("2001-03-01", "2009-02-28", "2000", False),
    ("2001-03-01", "2009-02-28", "2001", True),
    ("1980", "", "2030", True),
    # a date with only a year's precision stands for the middle of that year
    ("2005-09-01", "2009-02-28", "2005-xx", False),
    ("2005-03-01", "2009-02-28", "2005-xx", True),
])
def test_a_holding_covers_the_dates_of_its_term(start, end, when, covered):
    assert _holding(start, end).covers(when) is covered


def test_a_title_lets_a_bare_surname_find_a_minister_of_an_unnamed_country():
    """A readout's "Secretary Ostrov" is the table's minister, though the story names only the
    other side's country; a bare "Ostrov" there stays unknown (a Canadian minister is no Kenyan's)."""
    table = OfficeHolders([_row("Piet Ostrov", "CHL", "minister of foreign affairs", "2019", "", "Q5")])
    titled = _people("Secretary Ostrov spoke today with Kenyan Foreign Minister Ada Wairimu.", "2021-06-01", table)
    assert (titled["ostrov"].country, titled["ostrov"].wikidata) == ("CHL", "Q5")
    bare = _people("Ostrov spoke today with Kenyan Foreign Minister Ada Wairimu.", "2021-06-01", table)
    assert "ostrov" not in bare or bare["ostrov"].country != "CHL"


def test_a_row_without_an_item_is_the_person_of_an_items_row_that_began_with_it():
    # Archigos spells the name its own way and has no item; the history table has the item
    table = OfficeHolders([
        _row("Aziz bin Rahman", "MYS", "head of government", "1981-07-16", "2003-10-30", "Q7"),
        _row("Azis Bin Rahmann", "MYS", "head of state or government", "1981-07-16", "2003-10-31", source="archigos"),
        _row("Karl Rahman", "DEU", "minister", "2005-01-01", "2009-01-01", "Q8"),
        _row("Azis Rahmann", "MYS", "minister", "2005-01-01", "2009-01-01", source="archigos"),
    ])
    assert table.person("Rahman", "1990-06-01").wikidata == "Q7"
    assert table.person("Rahman", "2006-06-01") is None  # two other Rahmans, no item to join them
    # a Malay name has no surname: the own name before "bin" is the one written; not a German's
    assert table.person("Aziz", "1990-06-01").wikidata == "Q7"
    assert table.person("Karl", "2006-06-01") is None


def test_a_leader_known_by_the_own_name_in_apposition():
    text = "Dr. Mahathir, Malaysia's prime minister, met Japanese Prime Minister Toshiki Kaifu in Tokyo."
    people = read_facts(Article("t", "t", text, "1990-06-01")).people
    assert [(p.name, p.country, p.wikidata) for p in people.values() if p.name == "Mahathir"] == \
        [("Mahathir", "MYS", "Q181383")]


@pytest.mark.parametrize("start, same", [
    ("1981-09-16", True),    # two months after the item's row began: the same person
    ("1981-09-17", False),   # a day later: another person of that name
    ("1981", False),         # a year alone can be no match
])
def test_how_near_a_row_without_an_item_must_begin(start, same):
    table = OfficeHolders([
        _row("Aziz Rahman", "MYS", "head of government", "1981-07-16", "2003-10-30", "Q7"),
        _row("Azis Rahmann", "MYS", "head of state or government", start, "2003-10-31", source="archigos"),
    ])
    found = table.person("Rahman", "1990-06-01")
    assert (found is not None and found.wikidata == "Q7") == same


def test_two_rows_without_items_in_two_countries_are_two_people():
    table = OfficeHolders([
        _row("Aziz Rahman", "MYS", "minister", "1990-01-01", "1994-01-01", source="archigos"),
        _row("Omar Rahman", "BRN", "minister", "1990-01-01", "1994-01-01", source="archigos"),
    ])
    # another Rahman in office elsewhere at that date leaves the name unresolved, even in a Malaysian story
    assert table.person("Rahman", "1991-06-01", ("MYS",)) is None
    assert table.person("Omar Rahman", "1991-06-01").country == "BRN"


def test_a_row_without_an_item_joins_whichever_term_of_the_item_it_began_with():
    # one item, two terms; the item-less row began with the first term (an undated story)
    table = OfficeHolders([
        _row("Aziz Rahman", "MYS", "head of government", "1981-07-16", "2003-10-30", "Q7"),
        _row("Azis Rahmann", "MYS", "head of state or government", "1981-07-16", "2003-10-31", source="archigos"),
        _row("Aziz Rahman", "MYS", "head of government", "2018-05-10", "2020-03-01", "Q7"),
    ])
    assert table.person("Rahman", "", ("MYS",)).wikidata == "Q7"


def test_a_bare_archigos_surname_joins_only_a_holding_that_overlaps_it_by_the_day():
    """Archigos' "Qaddafi" from September 1969 had been given the item of a prime minister of the
    same surname whose holding ended in January of that year (years compared, not days)."""
    def row(name, start, end, qid=""):
        return {"name": name, "aliases": "", "country": "AAA", "role": "head of state or government", "start": start,
                "end": end, "wikidata": qid, "source": "x"}
    rows = [row("Ana Lind", "1968-01-01", "1969-01-01", "Q1"), row("Lind", "1969-09-01", "2011-08-23"),
            row("Bo Kask", "1990-01-01", "1995-06-01", "Q2"), row("Kask", "1990-01-20", "1995-06-01")]
    _build().link_archigos(rows)
    assert [r["wikidata"] for r in rows] == ["Q1", "", "Q2", "Q2"]
