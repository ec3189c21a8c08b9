"""Sentences and tokens with character offsets.

A small rule-based splitter: the genre's abbreviations ("U.S.", "Mr", "Corp", "mln dlrs") and the
Kremlin transcripts' run-in speaker labels defeat naive splitting, and a statistical model would
have to be downloaded. Offsets always point into the original text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "co", "corp", "inc", "ltd", "jr", "sr", "gen", "col", "lt",
    "gov", "sen", "rep", "no", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "mt", "ft", "approx", "dept", "est", "fig", "prof",
    "rs", "rp", "tk",  # currencies before an amount: "Rs. 1,000 crore", "Tk. 500 crore"
}

TOKEN_RE = re.compile(
    r"(?:[A-Z]\.){2,}"                    # U.S. U.K. U.S.S.R.
    r"|[$€£¥]"                             # currency signs
    r"|\d+(?:[.,]\d+)*(?:bn|mln|m|k)?\b"  # numbers, 1,200.5 and $1.2bn
    r"|[\w’'][\w’'\-]*"                    # words, with hyphens and apostrophes
    r"|[^\w\s]",                           # any other single symbol
    re.UNICODE,
)


@dataclass(frozen=True)
class Token:
    """One token: its text and where it lies in the document."""

    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()


@dataclass(frozen=True)
class Sentence:
    """A sentence; ``index`` counts from 0 in the document. Tokens are made when first asked for."""

    index: int
    start: int
    end: int
    text: str

    @cached_property
    def tokens(self) -> tuple[Token, ...]:
        return tokenize(self.text, self.start)


def tokenize(text: str, offset: int = 0) -> tuple[Token, ...]:
    """Split text into tokens that keep their document offsets.

    Example:
        >>> [t.text for t in tokenize("U.S. exports rose to $1.2bn.")]
        ['U.S.', 'exports', 'rose', 'to', '$', '1.2bn', '.']
    """
    return tuple(Token(m.group(), m.start() + offset, m.end() + offset) for m in TOKEN_RE.finditer(text))


# a sentence ends at a full stop (and closing quotes), a blank line, a separator of asterisks, and a
# line break before a bullet or a numbered item (fact sheets often end their items with no full stop)
_BOUNDARY_RE = re.compile(r"(?<=[.!?…])[”\"’)\]]*\s+|\n\s*\n+|(?<=\*\*\*)\s*|(?<=\* \* \*)\s*|"
                          r"[ \t]*\n[ \t]*(?=(?:[•·▪●◦‣∙*o–-]|\d{1,2}[.)])[ \t])")
# a short line with no punctuation is a heading, not part of a wrapped sentence
_HEADING_RE = re.compile(r"[^\n.!?;:,]{1,60}")


def _title_line(line: str) -> bool:
    """A line in title case (every longer word capitalised but a few prepositions) ending in no
    sentence mark: a title, also one longer than a heading or with a label's colon ("Fact Sheet:
    President Carter Secures a Trade Deal with Malaysia"), is no part of the sentence on the next line."""
    words = re.findall(r"[A-Za-z][\w'’-]{3,}", line)
    lower = [w for w in words if not w[0].isupper() and w.lower() not in _TITLE_SMALL_WORDS]
    return len(line) <= 200 and not re.search(r"[.!?;,]$", line) and len(words) >= 3 and not lower


_TITLE_SMALL_WORDS = {"with", "from", "into", "onto", "over", "under", "after", "amid", "upon", "than", "that", "this",
                      "their", "about", "against", "between", "during", "toward", "towards"}


def _ends_with_abbreviation(chunk: str) -> bool:
    match = re.search(r"(\S+)\s*$", chunk)
    if not match:
        return False
    word = match.group(1).rstrip(".").lower()
    if word in ABBREVIATIONS:
        return True
    # Initials ("C.", "J.") and dotted acronyms ("U.S.") rarely end a sentence in this genre
    # unless a capitalised word that is not a name follows; we keep them joined.
    return bool(re.fullmatch(r"[a-z]|(?:[a-z]\.)+[a-z]", word))


def split_sentences(text: str) -> list[Sentence]:
    """Split a document into sentences with offsets.

    Example:
        >>> [s.text for s in split_sentences("Mr Putin met Mr Modi. They talked.")]
        ['Mr Putin met Mr Modi.', 'They talked.']
    """
    pieces: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY_RE.finditer(text):
        end = match.start()
        chunk = text[start:end]
        if not chunk.strip():
            start = match.end()
            continue
        if "\n" not in match.group() and (_ends_with_abbreviation(chunk) or re.fullmatch(r"\s*\d{1,2}\.", chunk)):
            continue  # "Corp. deals"; "1. Chile will build a port": a list item's number
        pieces.append((start, end))
        start = match.end()
    if text[start:].strip():
        pieces.append((start, len(text)))
    split: list[tuple[int, int]] = []
    for start, end in pieces:  # "Agriculture\nKenya will buy wheat", "... nuts\nEnergy": headings apart
        lines = text[start:end].split("\n")
        at = start
        # a heading is a whole line: the end of a wrapped line, where a sentence begins after
        # another's full stop ("... $25 million). Chilean goods imports\nfrom Peru"), is none
        whole = start == 0 or text[start - 1] == "\n"
        for before, after in zip(lines, lines[1:]):
            at += len(before) + 1
            if (whole and _HEADING_RE.fullmatch(before.strip())) or \
                    whole and _title_line(before.strip()) and after.strip()[:1].isupper() or \
                    _HEADING_RE.fullmatch(after.strip()) and at + len(after) == end:
                split.append((start, at - 1))
                start = at
            whole = True
        split.append((start, end))
    sentences = []
    for start, end in split:
        raw = text[start:end]
        lead = len(raw) - len(raw.lstrip())
        start += lead
        end = start + len(raw.strip())
        if end <= start:
            continue
        sentences.append(Sentence(len(sentences), start, end, text[start:end]))
    return sentences


_ITEM_MARK_RE = re.compile(r"(?:[•·▪●◦‣∙*o–-]|\d{1,2}[.)])[ \t]+")
_ITEM_WORDS = 8  # a listed item is a short phrase: "Frozen poultry", "Wide-body aircraft"


def join_listed_items(sentences: list[Sentence], known_word=lambda word: False,
                      stands_alone=lambda text: False) -> list[Sentence]:
    """A line ending in a colon and the short items listed on the lines after it, one sentence.

    Fact sheets list goods as bullets under a line that says what happens to them ("Kenya will
    remove tariffs on these U.S. products:" then "• Wheat", "• Frozen poultry"); split apart, the
    items had no verb and the line no goods. The joined sentence keeps every offset: its text is
    the written one with each line break and bullet mark blanked and a comma put between items,
    and an item's first word in lower case when ``known_word`` says it is a common word (so
    "Wheat" reads as goods, "Boeing" stays a name). An item that ``stands_alone`` (it has a trade
    word of its own: "- Purchase of copper wire") is a sentence itself and ends the list."""
    out: list[Sentence] = []
    k = 0
    while k < len(sentences):
        lead = sentences[k]
        items: list[Sentence] = []
        if lead.text.rstrip().endswith(":"):
            j = k + 1
            while j < len(sentences):
                mark = _ITEM_MARK_RE.match(sentences[j].text)
                body = sentences[j].text[mark.end() if mark else 0:]
                if not body or len(body.split()) > _ITEM_WORDS or body.rstrip().endswith(":") or \
                        re.search(r"[.!?]\s", body) or stands_alone(body):
                    break
                items.append(sentences[j])
                j += 1
        if not items:
            out.append(lead)
            k += 1
            continue
        text = lead.text
        for n, item in enumerate(items):
            gap = item.start - (lead.start + len(text))
            mark = _ITEM_MARK_RE.match(item.text)
            cut = mark.end() if mark else 0
            body = item.text[cut:]
            # "- Boeing aircraft;" then "- Corn; and": the items' own list marks, blanked (a semicolon
            # would end the clause)
            body = re.sub(r"[;,]\s*(?:and|or)?\s*$", lambda m: " " * len(m.group()), body)
            first = body.split()[0].rstrip(",;:")  # ("Corn, soybeans and wheat")
            if first[1:2].islower() and known_word(first.lower()):
                body = body[0].lower() + body[1:]
            joiner = " " if n == 0 else ","
            text += (joiner + " " * (gap + cut - 1) if gap + cut else "") + body
        last = items[-1]
        out.append(Sentence(lead.index, lead.start, last.end, text))  # the items' indices stay unused
        k += 1 + len(items)
    return out
