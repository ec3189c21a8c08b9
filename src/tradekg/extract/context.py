"""What every relation reader sees: one sentence already annotated, and the document around it.

``SentenceView`` holds a sentence's mentions (countries, people, money, lexicon goods) and, when the
sentence was parsed, its dependency tree; ``DocContext`` the document's main countries, date and
dateline. The helpers here (word lists from ``patterns.json``, evidence, modality, partners) are
shared by the readers in ``meetings``, ``figures``, ``flows``, ``projects`` and ``agreements``.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .lexicon import Lexicon
from .mentions import CommoditySpan, CountrySpan, MoneySpan
from .model import Evidence
from .people import PeopleResolver, PersonMention
from .syntax import inflections
from .text import Sentence

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc


@dataclass
class SentenceView:
    sentence: Sentence
    countries: list[CountrySpan]
    title_countries: set[int]
    people: list[PersonMention]
    money: list[MoneySpan]
    commodities: list[CommoditySpan]
    speaker: str = ""           # person key when the sentence is inside a quote or turn
    speaker_country: str = ""
    listener_country: str = ""
    syntax: "Doc | None" = None  # the dependency parse, for sentences that needed one
    firms: list[CountrySpan] = field(default_factory=list)  # country words inside a firm's name: "Vietnam Airlines"


@dataclass
class DocContext:
    lex: Lexicon
    resolver: PeopleResolver
    main: list[str] = field(default_factory=list)  # the document's countries, most prominent first
    doc_date: str = ""
    dateline_place: str = ""
    dateline_country: str = ""
    dateline_end: int = 0  # where the dateline ends: its date is the story's, not an event's
    open_flows: list = field(default_factory=list)  # goods bought with neither side written, for the document to settle
    # the sides of the last trade noun that named both ("U.S. goods exports to Kenya were $560 million"),
    # by kind, for the next sentence's trade noun that names neither ("The top export categories were ...")
    told_sides: dict = field(default_factory=dict)

    def top_other(self, code: str) -> str:
        """The most prominent country that is not ``code``: the exporter of "sheep shipped to X"."""
        return next((c for c in self.main[:1] if c != code), "")

    def other(self, code: str) -> str:
        """The document's other main country, for a flow or figure that names only one side."""
        others = [c for c in self.main[:2] if c != code]
        return others[0] if others and code in self.main[:2] else ""


# words that never begin or make up the name of goods or of a project
STOP_WORDS = {"the", "a", "an", "of", "for", "to", "in", "on", "and", "with", "this", "that", "its", "their",
              "our", "your", "his", "her", "new", "other", "such", "many", "various", "all", "several",
              "different", "some", "these", "those", "areas", "spheres", "fields", "sectors", "directions"}

SEPARATOR = re.compile(r",\s+and\s+|,\s+|\s+and\s+")


def lists(text: str) -> list[list[tuple[str, int, int]]]:
    """Runs of short phrases joined by commas and a final "and" ("corn, sesame and cow hides"),
    each phrase with its offsets. One pass over the text, so a list of thousands stays linear."""
    runs: list[list[tuple[str, int, int]]] = []
    current: list[tuple[str, int, int]] = []
    has_and = False
    cursor = 0
    for m in list(SEPARATOR.finditer(text)) + [None]:
        end = m.start() if m else len(text)
        piece = text[cursor:end]
        if m is None:
            piece = re.sub(r"[\s.;:!?)\"”’]+$", "", piece)
        words = piece.split()
        tail = " ".join(words[-3:])
        if current and 1 <= len(words) <= 3 and re.fullmatch(r"[\w-]+(?: [\w-]+)*", piece.strip()):
            current.append((piece.strip(), cursor + piece.find(piece.strip()), cursor + len(piece.rstrip())))
        else:
            if len(current) >= 3 and has_and:
                runs.append(current)
            current, has_and = [], False
            if tail and re.fullmatch(r"[\w-]+(?: [\w-]+)*", tail):
                at = cursor + piece.rfind(tail)
                current = [(tail, at, at + len(tail))]
        if m is None:
            break
        if "and" in m.group():
            has_and = True
        cursor = m.end()
    if len(current) >= 3 and has_and:
        runs.append(current)
    return runs


def overlaps(spans: list[tuple[int, int]], a: int, b: int) -> bool:
    """Whether [a, b) overlaps one of the sorted spans."""
    i = bisect.bisect_right(spans, (b, b))
    return any(lo < b and a < hi for lo, hi in spans[max(0, i - 3):i])


def words(lex: Lexicon, name: str) -> re.Pattern:
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(w) for w in sorted(lex.patterns[name], key=len, reverse=True))
                      + r")(?![\w-])", re.IGNORECASE)


def evidence(view: SentenceView, rule: str, start: int | None = None, end: int | None = None) -> Evidence:
    """Where a fact was read: the sentence, and the span inside it (the whole sentence by default)."""
    s = view.sentence
    return Evidence(s.index, start if start is not None else s.start, end if end is not None else s.end, s.text, rule)


# verbs that take a barrier away whole: the flow reader's lowering verbs include them
LIFTING_VERBS = {"lift", "remove", "scrap", "end"}
# a lifting verb right before a refusal word: "lifted its ban", "will remove the embargo"
_LIFTED_BEFORE = re.compile(r"\b(?:" + "|".join(sorted({f for w in LIFTING_VERBS for f in {w} | inflections(w)},
                                                       key=len, reverse=True))
                            + r")\s+(?:(?:its|their|the|a|his|her|our|this)\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


class Modality:
    """Realised, planned, offered, wanted or refused, from the words of a clause."""

    def __init__(self, lex: Lexicon) -> None:
        self.refused_re = words(lex, "refused_words")
        self.offered_re = words(lex, "offered_words")
        self.wanted_re = words(lex, "wanted_words")
        self.planned_re = words(lex, "planned_words")

    def __call__(self, text: str) -> str:
        if any(not _LIFTED_BEFORE.search(text, 0, m.start()) for m in self.refused_re.finditer(text)):
            return "refused"  # (not a ban lifted: "lifted its ban on wine exports" refuses nothing)
        if self.offered_re.search(text):
            return "offered"
        if self.wanted_re.search(text):
            return "wanted"
        if self.planned_re.search(text):
            return "planned"
        return "realised"


# "via Moldova", "through the territory of Poland": the way goods go, no party to a flow or project
THROUGH_RE = re.compile(r"\b(?:through|via|across|transiting|transit\s+(?:through|via|across))\s+(?:the\s+)?"
                        r"(?:territory\s+of\s+(?:the\s+)?)?$", re.IGNORECASE)


_EDGE_AFTER = re.compile(r"\s+(?:border|borders|frontier|coast|coastline)\b", re.IGNORECASE)


def partners(view: SentenceView, ctx: DocContext, aside: set[int] | frozenset[int] = frozenset()) -> list[str]:
    """The countries a joint undertaking of the sentence involves: those it names (but those at
    offsets ``aside``), the speaker's and listener's when it says "we" or "you", completed by the
    document's other main country."""
    codes: list[str] = []
    base, text = view.sentence.start, view.sentence.text
    for c in view.countries:
        if THROUGH_RE.search(text[max(0, c.start - base - 30):c.start - base]):
            continue  # "gas to Uzbekistan through Kazakhstan": the way through takes no part
        if c.kind == "adjective" and _EDGE_AFTER.match(text, c.end - base):
            continue  # "a highway to the Montenegrin border": a place on the way, no partner
        if c.code not in codes and c.start not in aside:
            codes.append(c.code)
    for p in (view.speaker_country, view.listener_country):
        if p and p not in codes and re.search(r"\b(?:we|our|us|you|your)\b", view.sentence.text, re.IGNORECASE):
            codes.append(p)
    if len(codes) == 1 and ctx.other(codes[0]):
        codes.append(ctx.other(codes[0]))
    if not codes:
        codes = list(ctx.main[:2])
    return codes
