"""People: names with titles, descriptions ("the head of state") and pronouns, resolved to persons.

A person is introduced by a name, often with a title and a country ("Chilean Prime Minister
Ana Soto", "President of Peru Luis Vega", "the Italian foreign minister, Marco Rossi"); later mentions are a surname, a description with role and country ("the prime minister of
Tajikistan", "the Belarusian head of state") or a pronoun. ``PeopleResolver`` keeps the persons of
one document and resolves each mention to one of them.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from ..names import without_article
from .lexicon import Lexicon, _alternation
from .mentions import CountrySpan
from .model import Person
from .officeholders import GENERIC_ROLES, SURNAME_FIRST, OfficeHolders, office_holders
from .text import Sentence

# ", first proposed by Minister X," / ", who ...,": an aside inside a sentence
ASIDE_RE = re.compile(r",\s*(?:who|which|whose|first|already|previously|recently|originally|\w+ed\s+by)\b[^,]*,")
COURTESY_TITLES = ("Mr", "Mrs", "Ms", "Dr")
HONORIFICS = COURTESY_TITLES + ("Comrade", "Sir", "Madam")
COURTESY_RE = "(?:" + "|".join(COURTESY_TITLES) + r")\.?"  # "Mr." / "Dr" before a name
HEAD_OF_STATE_ROLES = {"president", "king", "queen", "emir", "sultan", "head of state", "supreme leader", "chancellor"}


@dataclass(frozen=True)
class PersonMention:
    start: int
    end: int
    key: str
    kind: str  # named, description, pronoun


# who accompanies whom, written between the two names ("A, who accompanied B", "B, accompanied by A")
_ACCOMPANIES = re.compile(r"\s*(?:,\s*who\s+)?(?:accompanied|accompanies|accompanying|joined|joins)\s+"
                          r"(?:(?:the\s+)?[\w-]+\s+){0,3}?", re.IGNORECASE)
# "Vice Premier A told visiting Minister B": the host serves the other side of the visitor
_HOSTS_VISITOR = re.compile(r"\s+(?:told|met|received|welcomed|hosted|greeted|thanked|assured)\s+(?:the\s+)?visiting(?:\s+[\w.-]+){0,3}\s*")
_ACCOMPANIED_BY = re.compile(r"\s*,?\s*(?:who\s+)?(?:(?:was|is|were|will\s+be)\s+)?(?:accompanied\s+by|together\s+with)\s+"
                             r"(?:(?:the\s+)?[\w-]+\s+){0,3}?", re.IGNORECASE)


# "A headed the Japanese side", "A leads the U.S. delegation": the country word follows
_LEADS_SIDE = re.compile(r"\s*,?\s*(?:who\s+)?(?:headed|heads|heading|led|leads|leading)\s+the\s+")


def _patronymic(words: list[str]) -> bool:
    """Whether a name ends in a father's name ("Mohammed bin Salman"), no family name."""
    return len(words) >= 3 and words[-2].lower() in ("bin", "bint", "ibn", "binti")


def _surname(word: str) -> str:
    """A surname compared without its Arabic article: "al-Sisi" is "Sisi"."""
    return fold(without_article(word))


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower().strip()


_PARTY_STATE = re.compile(r"\s*\((?:R|D|I)-[A-Z][A-Za-z.]*")


class _Grammar:
    """Regular expressions built from the role and country lexicons."""

    def __init__(self, lex: Lexicon) -> None:
        # ("Al" of a family name after the given and fathers' ones: "Tamim bin Hamad Al Thani")
        particles = "|".join(lex.patterns["name_particles"] + ["Al"])
        word = r"(?:[A-Z][\w’'\-]*\w|(?:[A-Z]\.){1,3}|(?:al|el|ad|ar|as|ash|at|az|ul|ibn|bin)-[A-Z][\w\-]*)"
        # ("Joko "Jokowi" Widodo": a nickname in quotes inside the name)
        self.name = rf"{word}(?:\s+(?:[\"“][A-Z][\w-]+[\"”]\s+)?(?:(?:{particles})\s+){{0,2}}{word}){{0,3}}"
        modifiers = "|".join(lex.patterns["title_modifiers"])
        domains = _alternation(lex.domains)
        roles = _alternation(lex.roles)
        countries = _alternation(lex.country_surfaces)
        destinations = _alternation(list(lex.country_surfaces) + list(lex.capitals))  # "ambassador to Moscow"
        self.title_re = re.compile(
            rf"(?:(?<![\w-])|(?-i:(?<=[a-z])(?=[A-Z])))(?P<title>(?:(?:{modifiers})[\s-]+)*(?:(?P<domain>{domains})\s+)?(?:(?:{modifiers})[\s-]+)*"
            rf"(?P<role>{roles})(?![\w-])"
            rf"(?:\s+(?:of|for)\s+(?:the\s+)?(?:(?:[A-Z][a-z]+\s+){{0,2}}(?:Republic|Kingdom|Ministry|State|Federation)\s+of\s+(?:the\s+)?)?"
            # a domain the lexicon does not know, in capitals before the comma of an apposition or
            # before the office's country: "Egypt's Minister of Supply, X,", "Minister of Trade and
            # Shipping, X", "Minister of Water Policy and Forests of Kenya X"
            rf"(?P<of>{countries}|(?:{domains})(?!\s+and\s+[A-Z])|"
            rf"(?!(?:{countries})\b)(?-i:[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+){{0,3}})"
            rf"(?=\s*,|\s+of\s+(?:the\s+)?(?:{countries})(?![\w-])))(?![\w-])"
            # more of the ministry's name before the holder's: "Minister of Trade, Industry and
            # Cooperatives Rose Akello"
            rf"(?-i:(?:,\s+[A-Z][a-z]+)*,?\s+and\s+[A-Z][a-z]+(?=\s+[A-Z][a-z]+\s+[A-Z]))?"
            # or offices the lexicon knows, in any case: "minister of industry, trade and investment, X"
            rf"(?:(?:,\s+(?:{domains}))+,?\s+and\s+(?:{domains})(?=\s*,))?"
            rf"(?:\s+(?-i:Republic|Kingdom|Federation|Sultanate|Emirate))?"
            # "Minister of Mines of the Kingdom of Lesotho": the office's domain, then its country
            rf"(?:\s+of\s+(?:the\s+)?(?:(?:[A-Z][a-z]+\s+){{0,2}}(?:Republic|Kingdom|Federation|State)\s+of\s+(?:the\s+)?)?"
            rf"(?P<of2>{countries})(?![\w-]))?"
            rf"|\s+to\s+(?:the\s+)?(?P<to>{destinations})(?![\w-]))?)",
            re.IGNORECASE)
        self.name_re = re.compile(rf"(?<![\w\-’'])(?P<name>{self.name})(?![\w])")
        self.counterparts_re = re.compile(
            rf"(?P<adjs>(?:(?:{countries}),\s+)*(?:{countries}),?\s+and\s+(?:{countries}))\s+"
            rf"(?:counterparts?|colleagues?|opposite numbers?)\s*,\s*"
            rf"(?P<names>(?:{self.name},\s+)*{self.name},?\s+and\s+{self.name})")
        self.after_title_re = re.compile(rf"^(?:\s*,\s*|\s+)(?:{COURTESY_RE}\s+)?(?P<name>{self.name})")
        # "the trade counsellor at the embassy in Lima, Ana Ruiz, said": a short place or
        # domain after the title, then the name in apposition
        self.after_phrase_re = re.compile(
            rf"^\s+(?:in|at|of|for)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|a\s+)?(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+"
            rf"\s*,\s*(?:{COURTESY_RE}\s+)?(?P<name>{self.name})(?=\s*,)")
        # "EC External Trade Commissioner X", "African Development Bank president Y": an office of an
        # international body, up to four words of its domain before the title
        bodies = _alternation(list(lex.patterns["international_bodies"]) + list(lex.organisation_lookup))
        self.body_before_re = re.compile(rf"(?<![\w-])(?:{bodies})(?:\s+(?:[A-Za-z]+|&)){{0,4}}?\s+$")


# offices named so only in the United States, whatever country stands nearest ("Secretary of State
# for Trade" is British; "Commerce Secretary" is also an Indian civil servant's title)
_AMERICAN_OFFICE = re.compile(r"(?:U\.S\.\s+)?(?:Secretary\s+of\s+(?:State(?!\s+for)|(?:the\s+)?Treasury|Commerce|Agriculture|"
                              r"Defense|Energy|Labor|Transportation|(?:the\s+)?Interior|Homeland\s+Security)|"
                              r"(?:United\s+States\s+)?Trade\s+Representative)")


def american_title(role: str) -> bool:
    """Titles of the American cabinet and Congress ("secretary of commerce", "trade representative"),
    not a cabinet or party secretary of elsewhere ("chief cabinet secretary", "general secretary")."""
    return bool(re.search(r"\bsecretary\b|trade representative|senator|congress|vice president", role)) and \
        not re.search(r"general|cabinet|state secretary|party", role)


class PeopleResolver:
    """The persons of one document and the resolution of their mentions."""

    def __init__(self, lex: Lexicon, default_country: str = "", doc_date: str = "",
                 holders: OfficeHolders | None = None) -> None:
        self.lex = lex
        self.grammar = _grammar(lex)
        self.default_country = default_country
        self.doc_date = doc_date
        self.holders = holders if holders is not None else office_holders()
        self.known_country: set[str] = set()  # keys whose country the office-holder table gave
        self.countries_seen: list[str] = []   # the document's countries so far, for a table tie-break
        self.people: dict[str, Person] = {}
        self.explicit_country: set[str] = set()
        self.last_mentioned: list[str] = []  # keys, most recent last
        self._not_name = set(lex.patterns["not_name_words"])
        self._org = set(lex.patterns["org_words"])
        self.common_words: set[str] = set()
        self.possessive_titles: list[tuple[str, int, str]] = []  # (key, offset, our/your)
        self.counterparts: list[tuple[str, str]] = []  # (key, the official whose counterpart it is)
        self.companions: list[tuple[str, str]] = []  # (key, the official it accompanies)

    text = ""

    def learn_common_words(self, text: str) -> None:
        """Words the document also writes in lower case ("partnership", "meat") are not names."""
        self.text = text
        self.common_words = {w for w in re.findall(r"(?<![\w’'-])[a-z][a-z]+(?![\w’'-])", text)} - set(
            self.lex.patterns["name_particles"])

    # ------------------------------------------------------------ persons

    def _key_for(self, name: str) -> str:
        words = name.split()
        surname = _surname(words[-1])
        given = [fold(w) for w in words[:-1]]
        for key in reversed(self.last_mentioned + list(self.people)):
            person = self.people.get(key)
            if person is None or _surname(person.name.split()[-1]) != surname:
                continue
            other = [fold(w) for w in person.name.split()[:-1]]
            if (not given or not other) and (_patronymic(words) or _patronymic(person.name.split())):
                continue  # "King Salman" is not "Mohammed bin Salman": after "bin" a father's name
            if not given or not other or set(given) <= set(other) or set(other) <= set(given):
                return key
        return fold(" ".join(w for w in words if w[:1] not in "\"“")).replace(" ", "-")  # no nickname in a key

    def _add(self, name: str, role: str = "", country: str = "", official: bool = False,
             explicit: bool = False) -> str:
        name = re.sub(r"^(?:(?:" + "|".join(HONORIFICS) + r")\.?\s+)+", "", name.strip())
        key = self._key_for(name)
        person = self.people.get(key) or Person(key, name)
        if len(name.split()) > len(person.name.split()):
            person = replace(person, name=name)
        if role and (not person.role or (official and not person.official)):
            person = replace(person, role=role, official=official or person.official)
        person = self._from_table(key, person, country if explicit else "")
        if country and (explicit or key not in self.explicit_country) and (explicit or not person.country):
            if explicit:
                if key not in self.explicit_country:
                    person = replace(person, country=country)
                    self.explicit_country.add(key)
            elif key not in self.known_country:
                person = replace(person, country=country)
        self.people[key] = person
        return key

    def _from_table(self, key: str, person: Person, text_country: str) -> Person:
        """Country, role and Wikidata item from the office-holder table for the document's date;
        a country the text gives wins, and then only that country's holder is taken."""
        if person.wikidata or key in self.explicit_country and not text_country:
            return person
        countries = tuple(dict.fromkeys([text_country] if text_country else self.countries_seen[::-1]))
        holding = self.holders.person(person.name, self.doc_date, countries, person.role if person.official else "")
        if holding is None or (text_country and holding.country != text_country):
            return person
        if not text_country and key not in self.known_country:
            self.known_country.add(key)
            person = replace(person, country=holding.country)
        role = person.role if person.role and person.official else holding.role
        return replace(person, role=role, official=True, wikidata=holding.wikidata, holding=holding.source)

    def _bare_holder(self, name: str, start: int) -> bool:
        """Whether a one-word name is a person: an office holder's at the document's date, also at the
        start of a sentence ("Lukashenko and Putin met in Sochi") unless the document writes the word
        in lower case too."""
        return name.isalpha() and len(name) > 2 and (start > 0 or name.lower() not in self.common_words) \
            and name.lower() not in self.lex.roles and self.holder(name)

    def holder(self, name: str) -> bool:
        """Whether a bare name is an office holder at the document's date (so "Reagan" alone is a
        person, not a capitalised word)."""
        return self.holders.person(name, self.doc_date, tuple(dict.fromkeys(self.countries_seen[::-1]))) is not None

    def _seen(self, key: str) -> None:
        if key in self.last_mentioned:
            self.last_mentioned.remove(key)
        self.last_mentioned.append(key)

    # ------------------------------------------------------------ mentions

    def _role_of(self, match: re.Match) -> tuple[str, bool]:
        title = re.sub(r"\s+", " ", match.group("title").lower())
        role_word = re.sub(r"\s+", " ", match.group("role").lower())
        base = self.lex.roles[role_word]
        of = (match.group("of") or "").lower()
        domain = (match.group("domain") or "").lower()
        if of and of in self.lex.domains:
            domain = of
        elif of and match.group("of") not in self.lex.country_surfaces and base.role in ("minister", "secretary"):
            return f"{base.role} of {of}", True  # "Minister of Supply": an office the lexicon does not name
        if title in self.lex.roles:
            return self.lex.roles[title].role, self.lex.roles[title].official
        if domain and base.role in ("minister", "secretary", "undersecretary", "deputy minister"):
            # the words before the office ("deputy", "first deputy"), not its own words: "minister
            # of trade" is no "minister of minister of trade"
            cut = min(i for i in (title.find(domain), title.find(role_word), len(title)) if i >= 0)
            prefix = title[:cut].strip()
            role = f"{base.role} of {self.lex.domains[domain]}"
            return (f"{prefix} {role}".strip() if prefix else role), True
        prefix = title[: title.rfind(role_word)].strip()
        if domain:
            prefix = prefix.replace(domain, "").strip()
        return (f"{prefix} {base.role}".strip(), base.official)

    def read(self, sentence: Sentence, countries: list[CountrySpan]) -> tuple[list[PersonMention], set[int]]:
        """Find and resolve the people mentioned in a sentence.

        Returns the mentions in text order and the start offsets of country spans used as a
        title's country (so that "French Prime Minister" does not also count as a flow's party).
        """
        text, base = sentence.text, sentence.start
        mentions: list[PersonMention] = []
        used_countries: set[int] = set()
        taken: list[tuple[int, int]] = []

        def free(a: int, b: int) -> bool:
            return all(b <= s or a >= e for s, e in taken)

        by_end = {c.end - base: c for c in countries}
        by_start = {c.start - base: c for c in countries}
        g = self.grammar
        dashed: tuple[int, str] = (-1, "")  # "Deputy Prime Minister of Ukraine - Minister of Industry X"
        for m in g.title_re.finditer(text):
            role, official = self._role_of(m)
            of_country = ""
            for group in ("of", "of2"):
                if m.group(group) and m.group(group) in self.lex.country_surfaces:
                    of_country = self.lex.country_surfaces[m.group(group)][0]
                    span = by_start.get(m.start(group))
                    if span:
                        used_countries.add(span.start)
                        of_country = span.code
            if m.group("to"):
                span = by_start.get(m.start("to"))
                if span:
                    used_countries.add(span.start)  # "Ambassador to Germany" serves another country
            prefix_country = ""
            before = text[:m.start()].rstrip()
            span = by_end.get(len(before))
            if span and span.kind != "capital":
                prefix_country = span.code
                used_countries.add(span.start)
            country = of_country or prefix_country
            if not country and m.start() == dashed[0]:
                country = dashed[1]  # the second office of one person: the first one's country
            dash = re.match(r"\s*[-–—]\s*", text[m.end():])
            if dash and country:
                dashed = (m.end() + dash.end(), country)
            if not official and re.match(r"\s+of\s+(?:the\s+)?(?:Ministry|State|National|Federal|Government|Central Bank)",
                                         text[m.end():]):
                official = True
            if not official and re.search(r"\b(?:Ministry|Foreign Office|State Department|Kremlin|White House)\s+$",
                                          text[max(0, m.start() - 30):m.start()]):
                official = True  # "Foreign Ministry spokesman X" speaks for the government
            if not official and re.search(r"(?:Federal Reserve(?: Board)?|[Cc]entral [Bb]ank|Bundesbank|Reserve Bank|"
                                          r"Bank of [A-Z][\w ]+?|People's Bank|Fed)\s+$", text[max(0, m.start() - 40):m.start()]):
                official = True  # central bankers hold public office: "Federal Reserve Board Chairman Paul Volcker"
                role = "central bank " + role if "bank" not in role else role
            body = not country and bool(g.body_before_re.search(text[max(0, m.start() - 60):m.start()]))
            if body:
                official = False  # an international body's officer serves no one state
            after = g.after_title_re.match(text[m.end():]) or g.after_phrase_re.match(text[m.end():])
            name = after.group("name") if after else ""
            if name:
                name = self._trim_name(name)
            joined = re.match(r"\s+and\s+", text[m.end():]) if country and not name else None
            if joined:
                dashed = (m.end() + joined.end(), country)  # "Chinese State Councilor and Foreign Minister X": one person
            closing = re.match(r"\)\s+([A-Z][\w’'-]+)", text[m.end() + after.end():]) if name and after \
                and name == after.group("name") and "(" in text[max(0, m.start() - 2):m.start()] else None
            if closing:
                name = f"{name} {closing.group(1)}"  # "(Prime Minister Yasuhiro) Nakasone", a quote's insertion
            if name:
                n_start = m.end() + after.start("name")
                n_end = m.end() + after.end() + closing.end() if closing else n_start + len(name)
                post = re.match(r"\s+of\s+(?:the\s+)?", text[n_end:])
                post_span = by_start.get(n_end + post.end()) if post and not country else None
                if post_span is not None and post_span.kind != "adjective":
                    country = post_span.code  # "Finance Minister Peter Obbo of Uganda"
                    used_countries.add(post_span.start)
                owner = re.search(r"\b(our|your|my)\s+$", text[:m.start()], re.IGNORECASE)
                context = "" if owner or body else self._context_country(text, m.start(), countries, used_countries)
                if not country and re.search(r"\b(?:Democratic|Republican)\s+$", text[:m.start()]) and \
                        re.search(r"senator|congress|representative|governor", role):
                    country = "USA"  # "Democratic Senator Lloyd Bentsen": American party politics
                inherited = self._coordinated_country(text, m.start(), mentions)
                if not country and inherited:
                    country = inherited  # "the Israeli prime minister A and energy minister B": B is Israeli
                if not country and context == self.default_country and american_title(role):
                    context = ""  # "Commerce Secretary X" in a Tokyo story: left for settle_countries
                if not country and _AMERICAN_OFFICE.fullmatch(m.group().strip()):
                    context = "USA"  # "met Secretary of State George Shultz": an office only Washington names so
                key = self._add(name, role, country or context, official, explicit=bool(country))
                if role == "counterpart" and re.search(r"\b(?:his|her|their)\s+(?:\S+\s+)?$", text[:m.start()],
                                                       re.IGNORECASE):
                    peer = next((x.key for x in reversed(mentions) if self.people[x.key].official), "")
                    if peer and self.people[key].role == "counterpart" and self.people[peer].role != "counterpart":
                        # "X spoke with his Kenyan counterpart Y": Y holds X's office
                        self.people[key] = replace(self.people[key], role=self.people[peer].role)
                    if peer and not country:
                        self.counterparts.append((key, peer))  # "X held talks with his counterpart Y"
                if owner and not country:
                    self.possessive_titles.append((key, base + m.start(), owner.group(1).lower()))
                elif not country and context and context == self.default_country:
                    # only the dateline says where this official serves; inside a speaker's turn the
                    # speaker's side is the better guess ("General Secretary Trong" in Phuc's words)
                    self.possessive_titles.append((key, base + m.start(), "turn"))
                start = base + (m.start() - (len(text[:m.start()]) - len(before)) if prefix_country else m.start())
                mentions.append(PersonMention(start, base + n_end, key, "named"))
                taken.append((m.start(), n_end))
                continue
            # "Ana Ruiz, head of the agency's office": the name stands before the title
            # ("X, the Hungarian government commissioner": up to three words before the title)
            back = re.search(rf"({g.name}),\s+(?:the\s+)?(?:\S+\s+){{0,3}}$", text[:m.start()])
            if back and (not free(back.start(1), back.end(1)) or re.search(r",\s+and\s+$", back.group())):
                back = None  # "..., Presidential Aide X, and Chairman Y": a list of offices, not "X, the chairman"
            if back:
                name = self._trim_name(back.group(1))
                # (one word only when it is an office holder's at the document's date: "Mahathir, Malaysia's
                # prime minister", or after an honorific: "Mr. Vega, the Peruvian foreign minister")
                if name and (len(name.split()) >= 2 or self._bare_holder(name, back.start(1))
                             or re.search(rf"\b{COURTESY_RE}\s+$", text[:back.start(1)])
                             or re.match(rf"{COURTESY_RE}\s", back.group(1))):
                    key = self._add(name, role, country or self.default_country, official, explicit=bool(country))
                    mentions.append(PersonMention(base + back.start(1), base + m.end(), key, "named"))
                    taken.append((back.start(1), m.end()))
                    continue
            # A description: "the prime minister of Tajikistan", "the Belarusian head of state"
            glued = m.start() > 0 and text[m.start() - 1].islower()  # "Rahmon EmomaliPresident of Tajikistan:"
            if glued or re.search(r"\b(?:the|The)\s+(?:\S+\s+)?$", text[:m.start()]) or text[:m.start()].strip() == "":
                key = self._resolve_description(role, country)
                if key:
                    mentions.append(PersonMention(base + m.start(), base + m.end(), key, "description"))
                    taken.append((m.start(), m.end()))
        listed_peers = re.search(r"counterpart|colleague|opposite number", text, re.IGNORECASE)
        for m in g.counterparts_re.finditer(text) if listed_peers else ():  # the long pattern only where it can match
            # "his Greek, Cypriot and French counterparts, A, B and C": each name takes the role of
            # the official before and the country in the same position of the list
            prior = [x for x in mentions if x.end <= base + m.start() and self.people[x.key].official]
            if not prior:
                continue
            role = self.people[prior[-1].key].role
            adjs = re.split(r",\s+(?:and\s+)?|,?\s+and\s+", m.group("adjs"))
            names = re.split(r",\s+(?:and\s+)?|,?\s+and\s+", m.group("names"))
            if len(adjs) != len(names):
                continue
            cursor = m.start("names")
            for adj, name in zip(adjs, names):
                at = text.find(name, cursor)
                cursor = at + len(name)
                code = self.lex.country_surfaces.get(adj, ("", ""))[0]
                key = self._add(name, role, code, True, explicit=True)
                mentions.append(PersonMention(base + at, base + at + len(name), key, "named"))
                taken.append((at, at + len(name)))
        for m in g.name_re.finditer(text):
            if not free(m.start(), m.end()):
                continue
            name = self._trim_name(m.group("name"))
            if not name:
                continue
            start = m.start() + m.group("name").find(name)
            if not free(start, start + len(name)):
                continue
            if any(c.start - base < start + len(name) and start < c.end - base for c in countries) or \
                    re.search(r"\b(?:in|at|from|to)\s+(?:the\s+)?$", text[:start]) and not self._known_surname(name.split()[-1]) \
                    or re.search(r"\b(?:southern|northern|eastern|western|central|south|north|east|west|south-east|"
                                 r"south-west|north-east|north-west)\s+$", text[:start], re.IGNORECASE):
                continue  # "New Zealand", "in New Delhi", "southern Johor": places, not people
            words = name.split()
            known = self._known_surname(words[-1])
            if len(words) == 1 and not known and not self._bare_holder(name, start):
                continue
            if not known and re.search(r"\b[Tt]he\s+$", text[:start]):
                continue  # "the El Dabaa nuclear power plant": people are not "the"
            owner = re.search(r"(\S+?)(?:'s|’s)\s+$", text[:start])  # "Chile's Rosa Pinto"
            owned = self.lex.country_surfaces.get(owner.group(1), ("",))[0] if owner else ""
            if len(words) == 1 or (known and len(words) < len(self.people[known].name.split())
                                   and fold(words[-1]) == fold(self.people[known].name.split()[-1])):
                key = known or self._add(name, country=owned)
            elif _PARTY_STATE.match(text[start + len(name):]):
                # "Hal Smith (R-Nebr.)": the American way of naming a member of Congress
                key = self._add(name, "member of congress", "USA", True, explicit=True)
            else:
                key = self._add(name, country=owned)
            mentions.append(PersonMention(base + start, base + start + len(name), key, "named"))
            taken.append((start, start + len(name)))
        for m in re.finditer(r"\b(he|she|He|She|his|His|her|Her|him)\b", text):
            if not free(m.start(), m.end()):
                continue
            asides = [(a.start() + base, a.end() + base) for a in ASIDE_RE.finditer(text) if a.end() <= m.start()]
            prior = [x for x in mentions if x.start < base + m.start() and not any(lo <= x.start < hi for lo, hi in asides)]
            key = prior[-1].key if prior else (self.last_mentioned[-1] if self.last_mentioned else "")
            if key:
                mentions.append(PersonMention(base + m.start(), base + m.end(), key, "pronoun"))
        mentions.sort(key=lambda x: x.start)
        for mention in mentions:
            # "Deputy Trade Representative A led the U.S. delegation": A serves the side A leads
            led = _LEADS_SIDE.match(text, mention.end - base)
            side = next((c for c in countries if led and c.start - base == led.end()), None)
            if side is not None and mention.kind == "named" and re.match(
                    r"\s+(?:side|delegation|team|negotiators)\b", text[side.end - base:]):
                self.set_country(mention.key, side.code)
        for first, second in zip(mentions, mentions[1:]):
            # "Foreign Minister A accompanied President B", "B, accompanied by A": A is on B's side
            between = text[first.end - base:second.start - base]
            pair = (first, second) if _ACCOMPANIES.fullmatch(between) else \
                (second, first) if _ACCOMPANIED_BY.fullmatch(between) else None
            if pair and pair[0].kind == "named" and pair[0].key != pair[1].key:
                self.companions.append((pair[0].key, pair[1].key))
            if _HOSTS_VISITOR.fullmatch(between) and first.kind == "named" and first.key != second.key and \
                    first.key not in self.explicit_country:
                self.counterparts.append((first.key, second.key))
        for mention in mentions:
            self._seen(mention.key)
        return mentions, used_countries

    def _context_country(self, text: str, start: int, countries: list[CountrySpan], used: set[int]) -> str:
        """A title without its country: the nearest country named before it in the sentence (and
        not already a title's country), else the dateline's country."""
        clause_start = max(text.rfind(",", 0, start), text.rfind(";", 0, start), text.rfind(":", 0, start))
        before = [c for c in countries if c.start not in used
                  and clause_start < c.start - self._sentence_base and c.end - self._sentence_base <= start]
        return before[-1].code if before else self.default_country

    def _coordinated_country(self, text: str, start: int, mentions: list[PersonMention]) -> str:
        """The country of the official just before "and" when a title follows it without one."""
        if not re.search(r"(?:,\s*|\s)and\s+(?:the\s+)?(?:[a-z]+\s+){0,2}$", text[:start]):
            return ""
        before = [x for x in mentions if x.end - self._sentence_base <= start and x.kind == "named"]
        if not before or start - (before[-1].end - self._sentence_base) > 40:
            return ""
        person = self.people[before[-1].key]
        return person.country if person.official and before[-1].key in self.explicit_country else ""

    _sentence_base = 0

    def begin_sentence(self, sentence: Sentence) -> None:
        self._sentence_base = sentence.start

    def _trim_name(self, name: str) -> str:
        words = name.split()
        while words and (words[0] in self._not_name or words[0].rstrip(".") in HONORIFICS or
                         words[0][-1:] == "s" and words[0][:-1].lower() in self.lex.roles or  # "Presidents"
                         len(words) > 1 and re.sub(r"(’s|'s)$", "", words[0]) != words[0] and
                         re.sub(r"(’s|'s)$", "", words[0]) in self.lex.country_surfaces and
                         words[1] not in self._not_name and fold(words[1]) not in self.common_words):
            # ("Turkey's Erdogan"; not "China's Foreign Economic Relations")
            words = words[1:]
        out: list[str] = []
        for word in words:
            bare = re.sub(r"(’s|'s)$", "", word)
            if out and bare[:1] in "\"“":
                out.append(bare)  # a nickname stays inside the name it is written in
                continue
            if bare in out:
                break  # transcript labels run into the text: "Ebrahim Raisi Raisi Ebrahim"
            if out and bare in self._not_name:
                break  # "President Lopez Obrador Joint Statement": the name ends before "Joint"
            if bare in self._org or fold(bare) in self.common_words:
                return ""  # "Asian Development Bank", "Strategic Partnership": not a person
            if bare in self._not_name or bare in self.lex.country_surfaces or \
                    bare.isupper() and len(bare) > 1 and not re.fullmatch(r"(?:[A-Z]\.)+", bare):  # "Joseph R. Biden", "N.D."
                break
            out.append(bare)
            if bare != word:
                break
        while out and out[-1].lower() in self.lex.patterns["name_particles"]:
            out.pop()
        return " ".join(out)

    def _known_surname(self, word: str) -> str:
        surname = _surname(re.sub(r"(’s|'s)$", "", word))
        for key in reversed(self.last_mentioned + list(self.people)):
            person = self.people.get(key)
            if person and _surname(person.name.split()[-1]) == surname and not _patronymic(person.name.split()):
                return key
        for key in reversed(self.last_mentioned + list(self.people)):
            person = self.people.get(key)
            # "President Xi" after "Xi Jinping": English writes these names surname first
            if person and len(person.name.split()) > 1 and person.country in SURNAME_FIRST \
                    and fold(person.name.split()[0]) == surname:
                return key
        return ""

    def merge_surname_first(self) -> dict[str, str]:
        """"President Xi" read before "Xi Jinping": at the end of a document, a one-word person who
        is the surname of exactly one surname-first full name is that person. Returns old -> new key."""
        merged: dict[str, str] = {}
        for key, person in list(self.people.items()):
            if " " in person.name:
                continue
            full = [k for k, p in self.people.items() if len(p.name.split()) > 1 and p.country in SURNAME_FIRST
                    and fold(p.name.split()[0]) == fold(person.name)]
            if len(full) == 1:
                target = self.people[full[0]]
                if person.role and not target.role:
                    self.people[full[0]] = replace(target, role=person.role, official=person.official or target.official)
                merged[key] = full[0]
                del self.people[key]
        if merged:
            self.possessive_titles = [(merged.get(k, k), at, owner) for k, at, owner in self.possessive_titles]
            self.counterparts = [(merged.get(k, k), merged.get(p, p)) for k, p in self.counterparts]
            self.companions = [(merged.get(k, k), merged.get(p, p)) for k, p in self.companions]
            self.last_mentioned = [merged.get(k, k) for k in self.last_mentioned]
        return merged

    def settle_countries(self, main: list[str]) -> None:
        """At the end of a document, officials the text gave no country: American cabinet titles
        ("Secretary of State Mike Pompeo") serve the United States when it is one of the document's
        countries; any other title serves the dateline's country, else the document's first."""
        for key, person in list(self.people.items()):
            if person.country or not person.official:
                continue
            role = person.role
            if "USA" in main and american_title(role):
                country = "USA"
            else:
                country = self.default_country or (main[0] if main else "")
            if country:
                self.people[key] = replace(person, country=country)

    def _resolve_description(self, role: str, country: str) -> str:
        head_of_government = role in ("prime minister", "premier", "head of government", "chancellor")

        def fits(p: Person) -> bool:
            # the table's generic offices fit the title a text uses for them
            generic = p.role == "head of state or government" or \
                p.role == "head of state" and role in HEAD_OF_STATE_ROLES or \
                p.role == "head of government" and head_of_government
            role_ok = (p.role == role) or (role == "head of state" and p.role in HEAD_OF_STATE_ROLES) or generic
            return role_ok and (not country or p.country == country)

        def named(key: str) -> str:
            person = self.people[key]
            if person.role in GENERIC_ROLES and role not in GENERIC_ROLES:
                self.people[key] = replace(person, role=role)  # the text's title is the more precise
            return key
        for key in reversed(self.last_mentioned):
            if fits(self.people[key]):
                return named(key)
        for person in self.people.values():
            if fits(person):
                return named(person.key)
        holding = self.holders.holder_of(country, role, self.doc_date) if role in HEAD_OF_STATE_ROLES | {
            "prime minister", "chancellor", "minister of foreign affairs"} else None
        if holding is not None and re.search(rf"\b{re.escape(holding.name.split()[-1])}\b", self.text):
            # "The President of Russia received ...": the table says who held the office that day
            # (and the document names him elsewhere)
            name = re.sub(r"\s+[IVX]+$", "", holding.name)
            return self._add(name, role, country, True, explicit=True)
        if country and role in HEAD_OF_STATE_ROLES | {"prime minister", "head of government"}:
            # "the President of Russia" when only "Vladimir Putin" was named: the last person named
            # with no office yet takes it
            for key in reversed(self.last_mentioned):
                person = self.people[key]
                if not person.role and not person.country:
                    self._add(person.name, role, country, True, explicit=True)
                    return key
        return ""

    def person(self, key: str) -> Person:
        return self.people[key]

    def set_country(self, key: str, country: str) -> None:
        if country and key not in self.explicit_country:
            self.people[key] = replace(self.people[key], country=country)
            self.explicit_country.add(key)


_GRAMMARS: dict[int, _Grammar] = {}


def _grammar(lex: Lexicon) -> _Grammar:
    if id(lex) not in _GRAMMARS:
        _GRAMMARS[id(lex)] = _Grammar(lex)
    return _GRAMMARS[id(lex)]


@dataclass
class Turn:
    """A stretch of text spoken by one person: a quotation or a transcript turn."""

    start: int
    end: int
    speaker: str
    kind: str = "quote"  # or "label": a transcript turn after "Name:"
