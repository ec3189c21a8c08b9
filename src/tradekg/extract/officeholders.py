"""Who held which national office when: the shipped office-holder table, looked up by name and date.

A text often names a leader with no country ("Mike Pompeo said", "Reagan told reporters") or next
to the other side's country ("in Tokyo, Reagan ..."). The table (``data/office_holders.csv``, built
by ``scripts/build_office_holders.py`` from Archigos 4.1 and Wikidata) says who was in office at the
document's date, so the name alone can give the country, the role and the Wikidata item.

A bare surname that two holders in office share stays unresolved; a document with no date matches
only a name written in full.
"""
from __future__ import annotations

import csv
import re
from collections import defaultdict
from datetime import date
from dataclasses import dataclass
from functools import lru_cache

from ..names import fold, given_names_agree, surname_key, without_article
from .lexicon import data_path

# countries whose names English writes surname first ("Xi Jinping" is President Xi)
SURNAME_FIRST = {"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "VNM", "KHM", "SGP"}


@dataclass(frozen=True)
class Holding:
    """One person in one office over a span of time (dates as ISO text: a year or a full date)."""

    name: str
    country: str
    role: str
    start: str
    end: str
    wikidata: str
    source: str

    def covers(self, when: str) -> bool:
        """Whether the holding spans the date (``YYYY`` or ``YYYY-MM-DD``); a year-only bound
        covers its whole year."""
        start = self.start if len(self.start) == 10 else (self.start + "-01-01" if self.start else "")
        end = self.end if len(self.end) == 10 else (self.end + "-12-31" if self.end else "9999-12-31")
        day = when if len(when) == 10 else when[:4] + "-07-01"
        if len(when) == 4:
            return self.start[:4] <= when <= (self.end[:4] or "9999")
        return start <= day <= end


# states whose leaders have no surname and go by their own name ("Mahathir bin Mohamad": "Mahathir")
OWN_NAME_FIRST = {"MYS", "BRN"}
HONORIFICS = ("King", "Queen", "Emir", "Sultan", "Sheikh", "Prince")


def _key(word: str) -> str:
    return surname_key(without_article(word))


class OfficeHolders:
    """The table, indexed by transliteration-tolerant surname."""

    def __init__(self, rows: list[dict[str, str]]) -> None:
        self.by_surname: dict[str, list[tuple[tuple[str, ...], Holding]]] = defaultdict(list)
        self.by_country: dict[str, list[Holding]] = defaultdict(list)
        # the given names other rows of the same person (one Wikidata item) spell out: Archigos
        # often has the surname alone ("Okello"), the history table the full name ("Tito Okello")
        self.given_by_item: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for row in rows:
            holding = Holding(row["name"], row["country"], row["role"], row["start"], row["end"], row["wikidata"],
                              row["source"])
            self.by_country[row["country"]].append(holding)
            names = [row["name"], *[v for v in row["variants"].split("|") if v]]
            # a given name of two syllables joined by a hyphen (Korean) is written with it or as two words
            # ("Yoon Suk-yeol", "Yoon Suk Yeol")
            names += [re.sub(r"(\w)-([a-z])", lambda m: f"{m.group(1)} {m.group(2).upper()}", n) for n in names
                      if re.search(r"\w-[a-z]", n)]
            for name in names:
                words = re.sub(r",?\s+(?:Jr|Sr)\.?$", "", name).split()
                if words and words[0] in HONORIFICS:
                    words = words[1:]  # "King Fahd": the title is the text's, the name is "Fahd"
                if words:
                    self.by_surname[_key(words[-1])].append((tuple(words[:-1]), holding))
                    if row["wikidata"] and len(words) > 1:
                        self.given_by_item[row["wikidata"]].append(tuple(words[:-1]))
                if len(words) > 1 and row["country"] in SURNAME_FIRST:
                    self.by_surname[_key(words[0])].append((tuple(words[1:]), holding))
                # "Mahathir bin Mohamad" is "Mahathir": a Malay name has no surname, the own name is the one used
                if len(words) > 2 and row["country"] in OWN_NAME_FIRST and words[1].lower() in ("bin", "binti", "bte"):
                    self.by_surname[_key(words[0])].append(((), holding))
                # "Mohammed bin Zayed Al Nahyan" is written "Mohammed bin Zayed": the father's name ends it
                short = re.match(r"(.+\b(?:bin|ibn|bint)\s+\S+)\s+(?:Al|al|Al-|Āl)\s+\S+$", " ".join(words))
                if short:
                    parts = short.group(1).split()
                    self.by_surname[_key(parts[-1])].append((tuple(parts[:-1]), holding))

    def lookup(self, name: str, when: str, within: tuple[str, ...] = ()) -> list[Holding]:
        """Holdings of people whose name agrees with ``name`` and who were in office at ``when``
        (a year or a date). With no date, a holding counts only in one of the countries ``within``
        (the document's own), or, with none given, only for a name written in full.

        Example:
            >>> table = office_holders()
            >>> [(h.country, h.name) for h in table.lookup("Reagan", "1987-04-03")][:1]
            [('USA', 'Ronald Reagan')]
            >>> table.lookup("Reagan", "1995-01-01")
            []
            >>> sorted({h.country for h in table.lookup("Reagan", "", within=("JPN", "USA"))})
            ['USA']
        """
        words = [w for w in name.split() if w[:1] not in "\"“"]  # ("Joko "Jokowi" Widodo": no nickname)
        if not words:
            return []
        given = words[:-1]
        found = []
        # short names, written or keyed ("Ruto" and "Rutte" share the key "rut"), must be spelt alike
        bare = without_article(words[-1])
        short = len(bare) <= 3 or len(_key(words[-1])) <= 3
        for other_given, holding in self.by_surname.get(_key(words[-1]), []):
            if not given_names_agree(list(given), list(other_given)):
                continue
            personal = [w for w in given if w not in HONORIFICS]
            if personal and not other_given and self.given_by_item.get(holding.wikidata) and \
                    not any(given_names_agree(personal, list(g)) for g in self.given_by_item[holding.wikidata]):
                continue  # "Joseph Okello" is not Tito Okello, whom one source names "Okello" alone
            if short and fold(bare) not in re.split(r"[\s-]+", fold(holding.name)):
                continue  # "So" is not "Su": short names must be spelt alike
            if when:
                if not holding.covers(when):
                    continue
            elif within:
                if holding.country not in within:
                    continue
            elif not given or not other_given:
                continue
            found.append(holding)
        return list(dict.fromkeys(found))

    def holder_of(self, country: str, role: str, when: str) -> Holding | None:
        """Who held an office ("president" of "RUS") at a date, when the table says so for
        exactly one person: "the President of Russia" in a 2022 text is Vladimir Putin.

        Example:
            >>> office_holders().holder_of("RUS", "president", "2022-02-15").name
            'Vladimir Putin'
        """
        if not when or not country or not role:
            return None
        found = [h for h in self.by_country.get(country, ()) if h.role == role and h.covers(when)]
        people = {_person_key(h) for h in found}
        return _best(found) if len(people) == 1 else None

    def person(self, name: str, when: str, countries: tuple[str, ...] = (), title: str = "") -> Holding | None:
        """The holding the name stands for at that date, or None when no holder or several
        different people fit. ``countries`` (the document's own, most prominent first) breaks a
        tie between one person's several offices (a monarch of many realms) and, in an undated
        document, limits the search to them. Two people of one country (the two Bushes, in an
        undated story) still give the country, without an item. ``title``: the office the text
        gives the name ("Secretary Blinken"), which lets a bare surname find a minister of a
        country the story does not name.

        Example:
            >>> table = office_holders()
            >>> table.person("Bush", "", ("USA",)).country, table.person("Bush", "", ("USA",)).wikidata
            ('USA', '')
        """
        found = self.lookup(name, when, within=countries if not when else ())
        if not found:
            return None
        by_country = {h.country for h in found}
        chosen = next((c for c in countries if c in by_country), None)
        if chosen is None and len(by_country) > 1:
            # one person in several offices: the state Archigos names them the ruler of ("Mitterrand":
            # France, not Andorra, whose co-prince the French president also is)
            ruled = {h.country for h in found if h.source.startswith("archigos")}
            if _people(found) > 1 or len(ruled) != 1:
                return None
            chosen = ruled.pop()
        if chosen is None and countries and len(name.split()) == 1 and \
                all(h.role not in HEAD_ROLES and h.role not in GENERIC_ROLES for h in found) and \
                not any(_same_office(title, h.role) for h in found):
            return None  # a bare "Miller" in a Russian story is no Canadian minister; "Secretary Miller" may be
        chosen = chosen or next(iter(by_country))
        mine = [h for h in found if h.country == chosen]
        if _people(mine) > 1:
            if when:
                return None  # two holders of that name in office at once: ambiguous
            best = _best(mine)
            return Holding(best.name, chosen, "head of state or government" if len({h.role for h in mine}) > 1
                           else best.role, "", "", "", "")
        if _people(found) > 1 and when:
            return None  # another person of that name held office elsewhere at that date
        return _best(mine)


def _same_office(title: str, role: str) -> bool:
    """Whether a title written in the text names the table's office: "secretary" (of state, of
    commerce) is a minister's title; otherwise a word in common ("trade minister", "minister")."""
    said = set(title.lower().replace("secretary", "minister").split()) - {"of", "the", "and", "for", "cabinet"}
    return bool(said) and bool(said & set(role.lower().split()))


def _people(holdings: list[Holding]) -> int:
    """How many people the holdings are: a row with no Wikidata item (Archigos spells "Mahatir Bin
    Mohammad") is the person of an item's row in the same country whose term began within two months."""
    keys = {h.wikidata or next((o.wikidata for o in holdings if o.wikidata and o.country == h.country
                                and _near(o.start, h.start)), _person_key(h)) for h in holdings}
    return len(keys)


def _near(a: str, b: str) -> bool:
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days) <= 62
    except ValueError:
        return False


def _person_key(h: Holding) -> str:
    return h.wikidata or f"{_key(h.name.split()[-1])}/{h.country}"


GENERIC_ROLES = ("head of state", "head of government", "head of state or government")
HEAD_ROLES = {"president", "prime minister", "chancellor", "monarch", "king", "queen", "emir", "sultan",
              "supreme leader", "grand duke", "prince", "chairman", "premier"}


def _best(holdings) -> Holding:
    """The most specific holding: a named role ("president") over a generic one (Archigos' ruler,
    the history table's head of state or of government), and one with an item."""
    return sorted(holdings, key=lambda h: (GENERIC_ROLES.index(h.role) + 1 if h.role in GENERIC_ROLES else 0,
                                           not h.wikidata, h.source))[0]


@lru_cache(maxsize=1)
def office_holders() -> OfficeHolders:
    """The shipped table, loaded once."""
    with data_path("office_holders.csv").open(encoding="utf-8") as handle:
        return OfficeHolders(list(csv.DictReader(handle)))
