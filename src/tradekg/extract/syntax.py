"""Part-of-speech tags, lemmas and dependency trees, from a pipeline trained for tradekg.

Surface patterns cannot find where a noun phrase ends, what "supply" takes as its object or who
is the subject of a passive. The pipeline shipped in ``data/syntax`` (spaCy: tagger,
morphologizer, trainable lemmatizer and parser over one small CNN encoder) was trained on UD
English EWT (CC BY-SA 4.0) by ``scripts/train_syntax.py``; its accuracy on the EWT test split is in
``data/syntax/accuracy.json`` and in the README. Labels are Universal Dependencies (``obj``,
``obl``, ``nmod``, ``nmod:poss``, ``compound``...).

Parsing costs far more than everything else in extraction, so only sentences that hold a cue for
a trade, project or figure reader are parsed (``needs_parse``); the rest never reach the model.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable

from .lexicon import data_path, lexicon

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc, Token


@lru_cache(maxsize=1)
def pipeline() -> "Language":
    """The shipped pipeline, loaded once per process (about half a second)."""
    import spacy
    from spacy.symbols import ORTH
    with __import__("warnings").catch_warnings():
        __import__("warnings").simplefilter("ignore")
        nlp = spacy.load(str(data_path("syntax")))
    for grade in ("No.", "Nos."):  # a grade or a number ("U.S. No. 2 wheat"): one word, no sentence's end
        nlp.tokenizer.add_special_case(grade, [{ORTH: grade}])
    return nlp


# Trade verbs the treebank mostly shows as nouns ("export controls", "office supplies"): the model
# tags "Sudan will export corn" and "Russia supplies gas" as noun compounds. Where the words around
# them make them verbs (after a modal, "to", an auxiliary or a subject), the sentence is parsed
# with a common verb of the same frame in their place ("will sell", "Russia sold"); the written
# words and offsets are kept for everything read off the tree (``word_of``, ``start_of``).
STAND_INS = {"export": "sell", "re-export": "sell", "import": "buy", "supply": "give", "ship": "send",
             "deliver": "send", "purchase": "buy", "procure": "buy",
             "exports": "sold", "re-exports": "sold", "imports": "bought", "supplies": "gave", "ships": "sent",
             "delivers": "sent", "purchases": "bought", "procures": "bought", "sells": "sold", "buys": "bought",
             "exported": "sold", "imported": "bought", "supplied": "gave", "shipped": "sent", "delivered": "sent",
             "purchased": "bought", "procured": "bought", "exporting": "selling", "importing": "buying",
             "supplying": "giving", "shipping": "sending", "purchasing": "buying",
             # goods given for goods: "agreed to barter palm oil for iron ore"
             "barter": "give", "swap": "give", "exchange": "give", "bartered": "gave", "swapped": "gave",
             "exchanged": "gave", "bartering": "giving", "swapping": "giving", "exchanging": "giving",
             # rare verbs of lowering a barrier, read as adjectives of "tariffs" ("Morocco dismantled tariffs")
             "dismantled": "removed", "tackled": "removed", "abolished": "removed", "scrapped": "removed",
             "waived": "removed", "eased": "removed",
             # goods sourced from a country: bought there ("Egypt sources its wheat from Russia")
             "source": "buy", "sources": "bought", "sourced": "bought", "sourcing": "buying",
             # "to mine copper", read as the pronoun, "to assemble tractors", read as an adjective, "to process
             # cocoa", read as a noun: verbs of making
             "mine": "produce", "assemble": "produce", "process": "produce"}
# phrasal trade verbs, parsed as one stand-in word ("Lithuania handed over armoured vehicles to Ukraine",
# where the model reads "over" as the preposition of the goods)
PHRASAL_STAND_INS = {("hand", "over"): "give", ("hands", "over"): "gives", ("handed", "over"): "gave",
                     ("handing", "over"): "giving",
                     # "Coffee accounts for most of Kenya's exports": a tagger trained on web text reads
                     # "Coffee accounts" as one noun; not after an owner ("the firm's accounts for 2021")
                     ("accounts", "for"): "constitutes", ("account", "for"): "constitute",
                     ("accounted", "for"): "constituted"}
_STAND_IN_LEMMAS = {"constitute": "constitute", "constitutes": "constitute", "constituted": "constitute"}
_ACCOUNTS_OWNERS = {"the", "a", "its", "their", "our", "your", "his", "her", "my", "'s", "’s", "these", "those",
                    "national", "current", "capital", "bank", "annual", "financial", "company", "firm"}
NOUN_STAND_INS = {"exports": "shipments", "re-exports": "shipments", "imports": "shipments", "supplies": "shipments"}
# nouns the tagger reads as something else wherever they stand ("iron ore pellets" with "ore" as "or";
# "demining equipment" with "demining" a verb taking "equipment" as its object)
ALWAYS_NOUN_STAND_INS = {"ore": "metal", "ores": "metals", "demining": "mining", "mill": "plant", "mills": "plants"}
_NOT_VERBS = {"the", "a", "an", "its", "their", "our", "your", "his", "her", "of", "and", "or", "total", "annual",
              "main", "major", "key", "other", "these", "those", "such", "more", "further", "new", "all", "any", "no",
              "some", "many", "direct", "indirect", "gas", "oil", "energy", "food", "grain", "arms", "whose", "for",
              "to", "in", "on", "from", "with", "by", "at", "as", "that", "which", "between", "monthly", "regular"}
_MODALS = {"will", "would", "shall", "should", "can", "could", "may", "might", "must", "to", "not", "n't", "never",
           "also", "do", "does", "did", "'ll", "cannot", "jointly", "gladly", "continue", "help"}
_AUXILIARIES = {"has", "have", "had", "was", "were", "been", "be", "is", "are", "being", "am", "'s"}
_SUBJECT_WORDS = {"he", "she", "it", "which", "who", "that", "they", "we", "i", "you", "also", "already", "now",
                  "still", "currently", "mainly", "largely", "mostly", "only", "traditionally", "reliably",
                  "regularly", "annually", "last", "recently", "reportedly", "then"}


# The verbs whose lemma the readers compare (the flow frames' head words, the trade and building
# verbs of patterns.json). The trained lemmatizer guesses at inflections it saw rarely ("exported"
# becomes "exporte", "upgraded" "upgrad", "lowered" "lowere"); after parsing, a form of one of these
# verbs whose lemma came out as no known verb gets its base. tests/test_syntax.py checks that every
# verb a reader compares is listed here.
VERB_BASES = frozenset("""
    abolish accept acquire address arrive advertise agree aim allow appreciate ask assemble ban barter begin bid block book
    boost boycott build buy call cancel cease come commend commission comprise concern congratulate consider consist
    complete conquer construct contain continue contract countertrade cover create criticise criticize curb cut decide delay
    deliver demand deny depend develop discuss dismantle distribute diversify dock dominate donate double drop dump ease
    eliminate embargo end enjoy finance finish fund ensure enter establish exchange expand expect explore export extend fear feature
    find flood flow freeze gain get give go grant grow halt hand have hope import inaugurate include increase install
    intend introduce involve know launch lay lift like limit localise localize look lower manufacture market mine
    meet modernise modernize need negotiate obtain offer open oppose order organise organize originate pay
    penetrate persuade phase pipe place plan postpone praise prepare present press pressure process procure produce prohibit
    promise promote propose provide purchase push raise range re-export reach rebuild receive recognise
    recognize reconstruct reduce refuse register reject rely remove reopen represent request resist resolve
    restrict resume return reverse rise sanction satisfy scrap secure seek sell send set ship sign source start
    restore stop strive study supply suspend swap tackle target tender thank threaten trade transfer try upgrade urge value veto
    waive want welcome win wish""".split())
_IRREGULAR = {"sold": "sell", "bought": "buy", "built": "build", "laid": "lay", "sent": "send", "got": "get",
              "gotten": "get", "came": "come", "went": "go", "gone": "go", "sought": "seek", "began": "begin",
              "begun": "begin", "grew": "grow", "grown": "grow", "rose": "rise", "risen": "rise", "won": "win",
              "froze": "freeze", "frozen": "freeze", "paid": "pay", "met": "meet", "found": "find",
              "known": "know", "knew": "know", "gave": "give", "given": "give", "had": "have", "has": "have",
              "strove": "strive", "striven": "strive"}


# participles the readers compare as adjectives ("is prepared to sell" offers, "is interested in" wants)
_ADJECTIVES = frozenset({"prepared", "interested"})
_KEPT = VERB_BASES | _ADJECTIVES


def inflections(base: str) -> set[str]:
    """The regular -s, -ed and -ing forms of a verb, with and without a doubled last consonant."""
    stem = base[:-1] if base.endswith("e") and not base.endswith("ee") else base
    forms = {stem + "ing", base + "d" if base.endswith("e") else base + "ed"}
    if re.search(r"[^aeiou]y$", base):
        forms |= {base[:-1] + "ies", base[:-1] + "ied"}
    else:
        forms.add(base + "es" if re.search(r"(?:s|sh|ch|x|z)$", base) else base + "s")
    if re.search(r"[^aeiou][aeiou][bdgklmnprt]$", base):
        forms |= {base + base[-1] + "ed", base + base[-1] + "ing"}  # "shipped", "stopping"
    return forms


@lru_cache(maxsize=1)
def _lemma_table() -> dict[str, str]:
    """Each inflected form of a known verb and its base, built once."""
    table = {form: base for base in sorted(VERB_BASES) for form in inflections(base)}
    table.update(_IRREGULAR)
    return table


def base_form(word: str) -> str:
    """The base of a written form of a verb the readers compare ("exported": export; "handed over":
    hand over), or the word."""
    if " " in word:
        head, _, particle = word.partition(" ")
        return f"{_lemma_table().get(head, head)} {particle}"
    return _lemma_table().get(word, word)


def _repair_lemmas(doc: "Doc") -> "Doc":
    """A known verb's form whose lemma came out as no known verb gets its base ("exported": export)."""
    table = _lemma_table()
    for token in doc:
        if token.lower_ in _STAND_IN_LEMMAS:
            token.lemma_ = _STAND_IN_LEMMAS[token.lower_]  # the lemmatizer gives "constitut"
            continue
        word = word_of(token).lower()
        if word in table and token.lemma_.lower() not in _KEPT and word == token.lower_:
            token.lemma_ = table[word]
    return doc


def parse(texts: Iterable[str], names: Iterable[list[tuple[int, int]]] | None = None,
          bodies: Iterable[int] | None = None) -> list["Doc"]:
    """Parse sentences (each text a sentence), in one batch. ``bodies``: for each text, where its
    words begin after a transcript's speaker label ("Vladimir Putin: We buy your bananas"), which
    the parser would otherwise take into the tree (0: no label); offsets stay those of the text.

    Example:
        >>> doc = parse(["Russia supplies gas to Serbia."])[0]
        >>> [(word_of(t), t.dep_) for t in doc if t.dep_ in ("nsubj", "obj", "ROOT")]
        [('Russia', 'nsubj'), ('supplies', 'ROOT'), ('gas', 'obj')]
    """
    nlp = pipeline()
    texts = list(texts)
    spans = list(names) if names is not None else [[] for _ in texts]
    starts = list(bodies) if bodies is not None else [0 for _ in texts]
    docs = [_with_stand_ins(nlp, nlp.make_doc(text), own, body) for text, own, body in zip(texts, spans, starts)]
    parsed = list(nlp.pipe([_one_sentence(_copy(doc)) for doc in docs], batch_size=64))
    # a clause after a colon or semicolon is parsed as a sentence of its own: the treebank's web text
    # rarely joins two clauses so, and the parser hangs the second on a noun of the first
    joined = {k: breaks for k, doc in enumerate(parsed) if (breaks := _clause_breaks(doc))}
    if joined:
        again = nlp.pipe([_one_sentence(_copy(docs[k]), joined[k]) for k in joined], batch_size=64)
        for k, doc in zip(joined, again):
            parsed[k] = doc
    return [_repair_subject_lists(_repair_lemmas(doc)) for doc in parsed]


_SUBJECTS = ("nsubj", "nsubj:pass")


def _repair_subject_lists(doc: "Doc") -> "Doc":
    """A list of nouns opening a clause is its subject whole. The parser, trained on web text, often
    breaks one whose members have modifiers: "Russian wheat, sunflower oil and fertilisers are in
    demand" with "wheat" the root and "oil" the subject, or "wheat" and "oil" two subjects of one
    verb. The member after the comma becomes the first member's conjunct, and a root noun whose
    conjunct predicate took that member as subject becomes that predicate's subject. A list's last
    member hung on the next verb as a bare oblique comes back to the list."""
    heads = [t.head.i for t in doc]
    deps = [t.dep_ for t in doc]

    def joined_by_comma(first: "Token", then: "Token") -> bool:
        between = doc[first.i + 1:then.i]  # nouns and their modifiers, with a comma: no verb, no other phrase
        return any(t.text == "," for t in between) and all(t.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or
                                                          t.text == "," for t in between)

    for verb in doc:
        subjects = [c for c in verb.children if c.dep_ in _SUBJECTS and c.i < verb.i and c.pos_ in ("NOUN", "PROPN")]
        for first, then in zip(subjects, subjects[1:]):  # "wheat" and "oil" both subjects of "go"
            if joined_by_comma(first, then):
                heads[then.i], deps[then.i] = first.i, "conj"
    for root in doc:
        if root.dep_ != "ROOT" or root.pos_ not in ("NOUN", "PROPN"):
            continue
        for predicate in (c for c in root.children if c.dep_ == "conj" and c.i > root.i):
            subject = next((c for c in predicate.children if c.dep_ in _SUBJECTS and root.i < c.i < predicate.i
                            and c.pos_ in ("NOUN", "PROPN") and joined_by_comma(root, c)), None)
            if subject is None:
                continue
            heads[predicate.i], deps[predicate.i] = predicate.i, "ROOT"
            heads[root.i], deps[root.i] = predicate.i, deps[subject.i]
            heads[subject.i], deps[subject.i] = root.i, "conj"
            for c in root.children:  # the sentence's end and later clauses hang on the predicate now
                if c.i > predicate.i:
                    heads[c.i] = predicate.i
            break
    for last in doc:  # "exports of wine, salmon and fresh fruit face ...": "fruit" hung on "face" as a bare oblique
        if last.pos_ not in ("NOUN", "PROPN") or last.dep_ not in ("obl:unmarked", "dep", "obl") or \
                last.head.i <= last.i or any(c.dep_ == "case" for c in last.children):
            continue
        start = last.i
        while start > 0 and _in_a_member(doc[start - 1]) and doc[start - 1].head.i == last.i:
            start -= 1
        if start < 2 or doc[start - 1].lower_ not in ("and", "or") or doc[start - 2].pos_ not in ("NOUN", "PROPN"):
            continue
        before = doc[start - 2]
        first = before.head if before.dep_ == "conj" and before.head.pos_ in ("NOUN", "PROPN") else before
        if before.dep_ != "conj" and not any(c.dep_ == "conj" for c in before.children) and \
                not any(t.text == "," for t in doc[max(0, before.i - 3):before.i]):
            continue  # a list of one member before "and" is no list
        heads[last.i], deps[last.i] = first.i, "conj"
        heads[start - 1], deps[start - 1] = last.i, "cc"
    return _rebuild_listed_subjects(_set_tree(doc, heads, deps))


_LIST_WORDS = ("NOUN", "PROPN", "ADJ", "NUM")
_TIME_NOUNS = {"year", "month", "week", "day", "quarter", "season", "today", "yesterday", "monday", "tuesday",
               "wednesday", "thursday", "friday", "saturday", "sunday", "time", "period"}


def _in_a_member(token: "Token") -> bool:
    """A word of a listed noun phrase: a noun, an adjective, a number, or a participle before a noun
    ("frozen salmon")."""
    return token.pos_ in _LIST_WORDS or token.tag_ in ("VBN", "VBG") and token.i + 1 < len(token.doc) and \
        token.doc[token.i + 1].pos_ in ("NOUN", "PROPN")


def _rebuild_listed_subjects(doc: "Doc") -> "Doc":
    """A subject that is the last member of a list opening its clause ("Chilean copper, frozen
    salmon and table grapes are in demand", with "grapes" the subject and "copper" hung elsewhere):
    the list is rebuilt from its words, its first member the subject and the rest its conjuncts,
    each member's last word its head."""
    for subject in doc:
        predicate = subject.head
        if subject.dep_ not in _SUBJECTS or subject.pos_ not in ("NOUN", "PROPN") or predicate.i <= subject.i:
            continue
        start = subject.i
        while start > 0 and _in_a_member(doc[start - 1]):
            start -= 1
        if start == 0 or doc[start - 1].lower_ not in ("and", "or"):
            continue
        first = start - 1
        while first > 0 and (_in_a_member(doc[first - 1]) or doc[first - 1].lower_ in (",", "and", "or")):
            first -= 1
        opens = first == subject.sent.start or doc[first - 1].lower_ in ("that", ":", ";", "—", "–")
        members, member = [], []
        for t in doc[first:subject.i + 1]:
            if t.lower_ in (",", "and", "or"):
                members.append(member)
                member = []
            else:
                member.append(t.i)
        members.append(member)
        members = [m for m in members if m]
        if not opens or not any(t.text == "," for t in doc[first:start]) or len(members) < 2 or \
                any(doc[m[-1]].pos_ not in ("NOUN", "PROPN") for m in members) or \
                any(doc[i].lower_ in _TIME_NOUNS for m in members for i in m):
            continue
        span = set(range(first, subject.i + 1))
        heads = [t.head.i for t in doc]
        deps = [t.dep_ for t in doc]
        if predicate.head.i in span:  # the predicate hung on a member ("wheat" the root): it takes the member's place
            above = predicate.head
            while above.head.i in span and above.head != above:
                above = above.head
            heads[predicate.i], deps[predicate.i] = (predicate.i, "ROOT") if above.head == above else \
                (above.head.i, above.dep_)
        lead = members[0][-1]
        for m in members:
            for i in m[:-1]:
                heads[i], deps[i] = m[-1], "amod" if doc[i].pos_ in ("ADJ", "VERB") else \
                    "nummod" if doc[i].pos_ == "NUM" else "compound"
            heads[m[-1]], deps[m[-1]] = (predicate.i, subject.dep_) if m[-1] == lead else (lead, "conj")
        for t in doc[first:subject.i + 1]:
            if t.lower_ in (",", "and", "or"):
                after = next(m[-1] for m in members if m[0] > t.i)
                heads[t.i], deps[t.i] = after, "punct" if t.text == "," else "cc"
        for t in doc:  # words outside the list hung on a member other than the subject: on the predicate
            if t.i not in span and t.i != predicate.i and heads[t.i] in span and heads[t.i] != subject.i:
                heads[t.i] = predicate.i
        rebuilt = _set_tree(doc, heads, deps)
        return doc if rebuilt is doc else _rebuild_listed_subjects(rebuilt)  # (another list, further on)
    return doc


def _set_tree(doc: "Doc", heads: list[int], deps: list[str]) -> "Doc":
    """The document with these heads and labels, or itself when nothing changed."""
    if heads == [t.head.i for t in doc] and deps == [t.dep_ for t in doc]:
        return doc
    from spacy.attrs import DEP, HEAD
    import numpy
    # (spaCy keeps a head as its offset from the token, in unsigned 64 bits)
    array = numpy.array([[(heads[i] - i) % 2 ** 64, doc.vocab.strings.add(deps[i])] for i in range(len(doc))],
                        dtype="uint64")
    return doc.from_array([HEAD, DEP], array)


def _copy(doc: "Doc") -> "Doc":
    copy = doc.copy()
    copy.user_data.update(doc.user_data)
    return copy


def _clause_breaks(doc: "Doc") -> set[int]:
    """Tokens after a colon or semicolon that open a clause of their own: at least three words on
    each side and a finite verb after it ("... of our cooperation: 55 percent of the oil Hungary
    uses comes from Russia"); a list after a colon ("three goods: oil, gas and coal") stays whole."""
    breaks = set()
    for t in doc[3:-4]:
        if t.text in (":", ";"):
            rest = doc[t.i + 1:]
            stop = next((u.i for u in rest if u.text in (":", ";")), len(doc))
            if any(_finite(u) for u in doc[t.i + 1:stop]):
                breaks.add(t.i + 1)
    return breaks


def _finite(token: "Token") -> bool:
    """A verb with a tense ("comes", "came", "will"), or a base form right after its subject ("oil
    and gas come from Russia", tagged as a bare verb)."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    if token.tag_ == "VB":
        before = token.doc[token.i - 1]
        return before.pos_ in ("NOUN", "PROPN", "PRON")
    return token.tag_ in ("VBZ", "VBP", "VBD", "MD")


def _one_sentence(doc: "Doc", breaks: set[int] = frozenset()) -> "Doc":
    for token in doc[1:]:
        token.is_sent_start = token.i in breaks  # the parser must not split a text elsewhere
    return doc


def _verbal(doc: "Doc", i: int) -> bool:
    """Whether the trade word at ``i`` stands as a verb, judged from the words before it."""
    word = doc[i].lower_
    if word.startswith("sourc") and not any(t.lower_ == "from" for t in doc[i + 1:i + 10]):
        return False  # "diplomatic sources said": a verb of buying only with where from
    k = i - 1
    while k >= 0 and (doc[k].lower_ in ("also", "already", "now", "still", "currently", "mainly", "largely",
                                        "mostly", "only", "gladly", "jointly", "reliably", "regularly") or
                      doc[k].lower_ == "longer" and k > 0 and doc[k - 1].lower_ == "no" or
                      doc[k].lower_ == "no" and doc[k + 1].lower_ == "longer"):  # "will no longer export"
        k -= 1
    if k < 0:
        return False
    before = doc[k]
    if before.lower_ in ("and", "or") and k > 0 and _coordinated_verb(doc[k - 1].lower_):
        return True  # "Kenyan firms produce and export saddles": a verb's conjunct
    if word.endswith("ing"):
        if before.text[:1].isupper() and _after_with(doc, k):
            return True  # "..., with Japan buying mostly oil": a clause of its own
        return before.lower_ in _AUXILIARIES | {"of", "in", "on", "for", "by", "about", "continue", "start", "begin",
                                                 "stop", "keep"} and i + 1 < len(doc) and doc[i + 1].is_alpha
    if word in ("export", "re-export", "import", "supply", "ship", "deliver", "purchase", "procure", "barter", "swap",
                "exchange", "source", "mine", "assemble", "process"):
        return before.lower_ in _MODALS or before.lower_ in ("we", "i", "you", "they")
    if word.endswith("ed"):
        if word == "sourced" and before.text[:1].isupper() and i + 1 < len(doc) and doc[i + 1].is_alpha:
            return True  # "Egypt sourced wheat from Russia": "from" follows (checked above)
        return before.lower_ in _AUXILIARIES | _SUBJECT_WORDS or before.text[:1].isupper() and before.i > 0 \
            and i + 1 < len(doc) and not doc[i + 1].is_punct and doc[i + 1].lower_ not in ("by",)
    # the -s forms: after a subject (a name, a pronoun) and before something that can be an object
    after = doc[i + 1] if i + 1 < len(doc) else None
    if word in _VERB_ONLY and before.lower_ in ("and", "but", "then") and after is not None and after.is_alpha:
        return True  # "China exports textiles to Japan and buys machinery": a second verb of the subject
    if before.text[:1].isupper() and (after is None or after.lower_ != "of"):
        j = k
        while j > 0 and (doc[j - 1].text[:1].isupper() or doc[j - 1].lower_ == "the"):
            j -= 1  # ("that the United States supplies")
        if j > 0 and doc[j - 1].lower_ in ("that", "which"):
            return True  # "the wheat that Russia supplies is vital": a relative clause's verb, whatever follows
    subject = before.lower_ in _SUBJECT_WORDS or before.text[:1].isupper() and before.lower_ not in ("the", "a")
    return subject and after is not None and after.lower_ not in ("to", "of", "from", "in", "by", "and", "or", "rose",
                                                                  "fell", "were", "are", "have", "had", "was", "is") \
        and not after.is_punct


# -s forms that are never nouns ("imports", "supplies" and "ships" may be)
_VERB_ONLY = {"buys", "sells", "delivers", "procures"}


def _after_with(doc: "Doc", k: int) -> bool:
    """Whether the name ending at ``k`` follows "with" or "without" (a few capitalised words between)."""
    while k >= 0 and doc[k].lower_ not in ("with", "without") and (doc[k].text[:1].isupper() or doc[k].lower_ in ("the", ".")):
        k -= 1  # ("With Peru importing more, ...": the capital of the sentence's first word)
    return k >= 0 and doc[k].lower_ in ("with", "without")


_MAKING = {"produce", "grow", "manufacture", "assemble", "make", "mine", "refine", "process", "harvest", "build",
           "develop", "design", "catch", "breed", "raise", "buy", "sell"}

_MADE = _MAKING | {form for verb in _MAKING for form in inflections(verb)} | {
    "made", "grown", "built", "sold", "bought", "caught", "bred"}


def _coordinated_verb(word: str) -> bool:
    """A verb of making or dealing in goods, in any regular form, before "and export" ("grow and
    export", "produced and exported"); a trade word there is a noun's modifier ("import and
    export licences")."""
    return word in _MADE


def _object_of_verb(doc: "Doc", i: int) -> bool:
    """"bans imports of ores", "resume supplies of gas": a plural trade noun after a lower-case
    verb and before "of"."""
    if i == 0 or i + 1 >= len(doc) or doc[i + 1].lower_ != "of":
        return False
    before = doc[i - 1]
    return before.is_alpha and before.is_lower and before.lower_ not in _NOT_VERBS and not before.lower_.endswith("ly")


# what may follow a trade noun that closes a phrase ("Soviet sugar imports rose", "... imports in
# October"), where a verb would take an object
_AFTER_PHRASE = {"in", "to", "from", "by", "for", "during", "last", "this", "so", "were", "was", "are", "is", "have",
                 "has", "had", "will", "would", "could", "may", "might", "rose", "fell", "increased", "decreased",
                 "declined", "dropped", "jumped", "grew", "climbed", "surged", "slumped", "totalled", "totaled",
                 "reached", "amounted", "came", "also", ",", ".", ";", ":", "-", "--"}
# who imports rather than what is imported ("the company imports in bulk")
_TRADERS = {"company", "firm", "country", "government", "state", "nation", "group", "ministry", "corporation",
            "corp", "agency", "board", "it", "he", "she", "they", "we", "who", "which", "that"}
_OWNERS = {"the", "its", "their", "our", "his", "her", "your", "total", "annual", "monthly", "overall"}


def _after_goods(doc: "Doc", i: int) -> bool:
    """"Soviet sugar imports rose", "its wheat exports in March": a plural trade noun closing a
    phrase of goods after an owner or a country, which a tagger trained on web text reads as a verb
    (or an auxiliary) of the goods."""
    if i < 2 or i + 1 >= len(doc) or doc[i + 1].lower_ not in _AFTER_PHRASE:
        return False
    goods, owner = doc[i - 1], doc[i - 2]
    verb_like = goods.lower_.endswith(("ed", "ly")) or goods.lower_.endswith("s") and not goods.lower_.endswith("ss")
    return goods.is_alpha and goods.is_lower and not verb_like and goods.lower_ not in _TRADERS \
        and goods.lower_ not in _NOT_QUALIFIED \
        and (owner.lower_ in _OWNERS or owner.text[:1].isupper() and owner.lower_ not in _TRADERS)


# A country named in several words ("New Zealand", "Sri Lanka") is parsed as one word the treebank
# knows well: the parser trained on web text often reads "Iran was New Zealand's market" with "New"
# as an adjective of the market.
NAME_STAND_IN = "Japan"
# and a name before the noun it qualifies ("U.S. ethanol", "New Zealand lamb") as the adjective
ATTRIBUTE_STAND_IN = "American"
_NOT_QUALIFIED = {"and", "or", "but", "nor", "to", "of", "in", "on", "for", "with", "by", "from", "at", "as", "into",
                  "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could",
                  "should", "may", "might", "must", "shall", "said", "says", "say", "does", "did", "do", "also",
                  # time and linking words after a place ("exports to China last year")
                  "last", "this", "next", "since", "until", "during", "after", "before", "when", "because", "if",
                  "each", "every", "per", "via", "through", "despite", "under", "over", "amid", "against", "ago",
                  "plans", "wants", "needs", "seeks", "agrees", "hopes", "remains", "expects", "intends", "accounts",
                  "ranks", "takes", "gets", "receives", "pays", "offers", "uses", "produces", "grows", "becomes",
                  "continues", "considers", "which", "that", "who", "where", "while", "than", "not", "still", "now",
                  # a determiner opens the next phrase ("send to Sudan an aid package", "gave Sudan its first loan")
                  "a", "an", "the", "its", "their", "his", "her", "our", "your", "some", "any", "no", "more",
                  # verbs that follow a name ending a subject ("the coal burned by Serbia comes from",
                  # "exports to Kenya rose")
                  "rose", "fell", "grew", "came", "went", "stood", "made", "took", "sold", "bought", "sent", "gave",
                  "got", "paid", "won", "held", "met", "began", "became", "comes", "goes", "makes", "stands",
                  "totals", "reaches", "exceeds", "amounts", "includes", "rises", "falls", "increases",
                  "decreases", "declines", "doubles", "means", "shows", "seems", "appears", "depends", "relies",
                  "gives", "sends", "sells", "buys", "holds", "meets", "wins", "leads", "keeps", "hits", "runs",
                  "lies", "tops", "reach", "rise", "fall", "grow", "come", "go", "make", "remain", "total",
                  # past forms not in -ed ("Ghana struck a deal")
                  "struck", "sought", "built", "rebuilt", "led", "kept", "left", "lost", "spent", "drew", "chose",
                  "saw", "told", "brought", "found", "broke", "wrote", "ran", "shut", "withdrew", "undertook",
                  "dealt", "meant", "forgave", "overtook", "swore", "underwent",
                  # the base forms after a plural subject ("exports to Kenya include tea")
                  "include", "comprise", "contain", "involve", "cover", "feature", "consist", "range", "exceed",
                  "amount", "account", "double", "increase", "decline", "stand", "rank", "depend", "rely"}


def _attributive(doc: "Doc", first: int, last: int, swaps: dict[int, str]) -> bool:
    """Whether a country name qualifies the word after it ("tariffs on U.S. ethanol"), judged from
    that word: a lower-case word that is no function word, no past form and no verb the genre puts
    after a country ("Kenya sold"); a word in -s only after a preposition ("on U.S. goods"; "Russia
    meets" has a verb)."""
    if last + 1 >= len(doc) or first > 0 and doc[first - 1].lower_ in _BARE_INFINITIVE_VERBS:
        return False  # "help Uganda modernise the plant"
    nxt = doc[last + 1]
    if nxt.lower_.endswith("ing") and _after_with(doc, last):
        return False  # "..., with Japan buying oil": the name is the subject of its own clause
    if nxt.lower_.endswith("s") and not (first > 0 and doc[first - 1].lower_ in _PREPOSITIONS or
                                         first > 1 and doc[first - 1].lower_ == "the" and
                                         doc[first - 2].lower_ in _PREPOSITIONS):
        return False
    return nxt.is_alpha and nxt.is_lower and nxt.lower_ not in _NOT_QUALIFIED and not nxt.lower_.endswith("ed") \
        and (last + 1) not in swaps


def _listed_names(doc: "Doc", spans: list[list[int]]) -> set[int]:
    """First tokens of country names that close a list of names ("Kenya, Egypt and Sudan set up a
    company"): a list of states is a subject or an object, not a word qualifying the next one."""
    ends = {inside[-1] for inside in spans}
    return {inside[0] for inside in spans if inside[0] >= 2 and doc[inside[0] - 1].lower_ in ("and", ",")
            and inside[0] - 2 in ends}


_FACING = {"face": "get", "faces": "gets", "faced": "got", "facing": "getting"}
# what goods face: barriers and their like
_MET = {"no", "the", "a", "an", "any", "high", "higher", "steep", "stiff", "new", "additional", "extra", "retaliatory",
        "punitive", "tariffs", "duties", "restrictions", "barriers", "quotas", "bans", "curbs", "competition",
        "obstacles", "hurdles", "delays", "fewer", "lower", "zero", "anti-dumping", "countervailing", "import", "export"}
_HINDRANCES = {"restriction", "barrier", "tariff", "duty", "quota", "obstacle", "limit", "limitation", "ban", "curb",
               "hurdle", "impediment", "levy", "sanction", "restrictions", "barriers", "tariffs", "duties", "quotas",
               "obstacles", "limits", "limitations", "bans", "curbs", "hurdles", "impediments", "levies", "sanctions"}
_BUILDING_BASES = {"build", "construct", "modernise", "modernize", "upgrade", "reconstruct", "rebuild", "expand",
                   "install", "produce", "manufacture", "assemble", "develop", "extend", "restore", "renovate",
                   "repair", "refurbish"}
_HELPING = {"help", "helps", "helped", "helping", "let", "lets"}
_OBJECT_PRONOUNS = {"them", "us", "him", "her", "it", "you", "me"}


def _after_help(doc: "Doc", i: int) -> bool:
    """Whether the word at ``i`` follows "help" and its object, a name or a pronoun ("help Sri
    Lanka", "helped them")."""
    k = i - 1
    while k > 0 and (doc[k].text[:1].isupper() and doc[k].is_alpha or doc[k].lower_ in ("the", "'s")) and \
            doc[k].lower_ not in _HELPING:
        k -= 1
    if k == i - 1 and doc[k].lower_ in _OBJECT_PRONOUNS:
        k -= 1
    return k < i - 1 and k >= 0 and doc[k].lower_ in _HELPING


_BARE_INFINITIVE_VERBS = {"help", "helps", "helped", "helping", "let", "lets", "letting", "make", "makes", "made",
                          "making", "see", "saw", "watch", "have", "has", "had"}
_PREPOSITIONS = {"of", "on", "for", "to", "with", "from", "by", "in", "into", "at", "about", "against", "over", "among",
                 "between", "toward", "towards", "under"}


_COMMON_NOUN_NAMES = {"chile", "turkey", "china", "jordan", "chad", "niger", "guinea"}


def _with_stand_ins(nlp, doc: "Doc", names: list[tuple[int, int]] = (), body: int = 0) -> "Doc":
    """The sentence from ``body`` on (past a speaker's label) with stand-in verbs where trade verbs
    are verbs, and one stand-in word for each country name (``names``: character spans) of several
    words or qualifying the noun after it, or the sentence itself."""
    first = next((t.i for t in doc if t.idx >= body), 0) if body else 0
    swaps = {t.i: STAND_INS[t.lower_] for t in doc if t.lower_ in STAND_INS and _verbal(doc, t.i)}
    # and a plain noun where the same word is a noun: a tagger trained on web text reads "bans
    # imports of ores" with "imports" as the verb
    swaps.update({t.i: NOUN_STAND_INS[t.lower_] for t in doc if t.lower_ in NOUN_STAND_INS and t.i not in swaps
                  and (_object_of_verb(doc, t.i) or _after_goods(doc, t.i))})
    swaps.update({t.i: ALWAYS_NOUN_STAND_INS[t.lower_] for t in doc if t.lower_ in ALWAYS_NOUN_STAND_INS})
    # "face" between goods and the barriers they meet, read as a noun ("equipment face no restrictions")
    swaps.update({t.i: _FACING[t.lower_] for t in doc[1:-1] if t.i not in swaps and t.lower_ in _FACING and
                  doc[t.i - 1].is_alpha and doc[t.i - 1].lower_ not in _NOT_VERBS and doc[t.i + 1].lower_ in _MET})
    # a bare verb of building after "help Pakistan", read as a noun ("help Pakistan upgrade the line"): a verb
    swaps.update({t.i: "build" for t in doc if t.i not in swaps and t.lower_ in _BUILDING_BASES and _after_help(doc, t.i)})
    phrasal = {t.i: t.i + 1 for t in doc[:-1] if (t.lower_, doc[t.i + 1].lower_) in PHRASAL_STAND_INS
               and not (t.lower_.startswith("account") and (t.i == 0 or doc[t.i - 1].lower_ in _ACCOUNTS_OWNERS))}
    swaps.update({i: PHRASAL_STAND_INS[doc[i].lower_, doc[i + 1].lower_] for i in phrasal})
    merged: dict[int, int] = {}  # first token of a name -> index of its last token
    spans = [[t.i for t in doc if start <= t.idx < end and t.lower_ not in ("'s", "’s", "'", "’")] for start, end in names]
    listed = _listed_names(doc, [inside for inside in spans if inside])
    for (_, end), inside in zip(names, spans):
        # ("Chile sells copper", "grateful to Chile for": a name that is a common noun too, first in
        # the sentence or after "to", read as a verb or a pronoun by a tagger trained on web text;
        # parsed as a plain name)
        if inside and (len(inside) > 1 or doc[inside[0]].lower_ in _COMMON_NOUN_NAMES and (
                inside[0] == first or inside[0] > first and doc[inside[0] - 1].lower_ == "to") or
                       inside[0] not in listed and _attributive(doc, inside[0], inside[-1], swaps)) \
                and doc[inside[-1]].idx + len(doc[inside[-1]]) <= end + 1:
            merged[inside[0]] = inside[-1]
    blank = {t.i for t in doc if t.is_space}  # runs of spaces or line breaks: no words for the parser
    # a bulleted item that opens on a verb ("- Eliminate tariffs on U.S. wheat"): no mark, the verb in
    # lower case (the tagger reads a capitalised "Eliminate" as a name); not a noun ("- Purchase of")
    lead = first
    while lead < len(doc) and (lead in blank or doc[lead].text in _BULLET_MARKS):
        blank.add(lead)
        lead += 1
    if lead + 1 < len(doc) and lead not in swaps and doc[lead].text[:1].isupper() and doc[lead].text[1:].islower() \
            and doc[lead].lower_ in VERB_BASES and lead > first and doc[lead + 1].lower_ not in ("of", "in", "to", "and", ",") and \
            (not doc[lead + 1].text[:1].isupper() or any(inside[:1] == [lead + 1] for inside in spans)):  # "Accept U.S. poultry"
        swaps[lead] = STAND_INS.get(doc[lead].lower_, doc[lead].lower_)
    merged.update(phrasal)
    if not swaps and not merged and not first and not blank:
        return doc
    from spacy.tokens import Doc
    words, spaces, starts, written = [], [], [], []
    text = doc.text  # built from the tokens on every call: once
    i = first
    while i < len(doc):
        if i in blank:
            i += 1
            continue
        last = merged.get(i, i)
        if i in phrasal:
            words.append(swaps[i])
        elif i in merged:
            words.append(ATTRIBUTE_STAND_IN if i not in listed and _attributive(doc, i, last, swaps) else NAME_STAND_IN)
        else:
            words.append(swaps.get(i, doc[i].text))
        spaces.append(bool(doc[last].whitespace_) or last + 1 in blank)
        starts.append(doc[i].idx)  # offsets in the original sentence
        written.append(text[doc[i].idx:doc[last].idx + len(doc[last])])
        i = last + 1
    new = Doc(nlp.vocab, words=words, spaces=spaces)
    new.user_data["starts"] = starts
    new.user_data["words"] = written
    new.user_data["text"] = text
    return new


_BULLET_MARKS = {"•", "·", "▪", "●", "◦", "‣", "∙", "*", "-", "–"}


def start_of(token: "Token") -> int:
    """A token's character offset in the sentence as written (also after a re-parse)."""
    starts = token.doc.user_data.get("starts")
    return starts[token.i] if starts else token.idx


def word_of(token: "Token") -> str:
    """A token's word as written (also after a re-parse)."""
    words = token.doc.user_data.get("words")
    return words[token.i] if words else token.text


def text_between(first: "Token", last: "Token") -> str:
    """The sentence as written, from the first token to the end of the last."""
    text = first.doc.user_data.get("text") or first.doc.text
    return text[start_of(first):start_of(last) + len(word_of(last))]


_CUES = re.compile(
    r"\b(?:export|import|re-export|suppl|deliver|ship|\bpip(?:e|es|ed|ing)\b|sell|sold|sale|buy|bought|purchas|procur|provid|provision|order|"
    r"\b(?:work|operat|run|ply|pli)\w*\s+(?:\w+\s+)?(?:in|on)\b|"  # goods at work: "our buses run on your roads"
    r"\b(?:turn|switch|shift)\w*\s+to\b|"  # buyers turning to other goods
    r"acquir|receiv|obtain|market|outlet|\bdoors?\b|demand|need|consum|appetite|trade|send|sent|offer|dump|transfer|customer|interest|"
    r"joint|project|venture|build|built|construct|plant|factory|smelter|refiner|pipeline|railway|bridge|\bdams?\b|reactor|"
    r"interconnector|production|produc|manufactur|assembl|"
    r"modernis|moderniz|upgrad|reconstruct|rebuild|restor|expan|install|commission|locali|explor|lay|laid|launch|set up|"
    r"establish|develop|extend|inaugurat|popular|\bknown\b|\bpresent\b|\bavailable\b|represented|appreciated|\bf(?:ind|inds|ound|inding)\b|\bgain|\bw(?:in|ins|on)\b|\bent(?:er|ers|ered|ering)\b|\breach|\bflood|dominat|penetrat|conquer|\baccept|\blift(?:s|ed|ing)?\b|\bgrat(?:eful|itude)\b|\bthank(?:s|ed|ing)?\b[^.]{0,40}\bfor\b|turnover|tariff|duty|duties|quota|levy|levies|barrier|\bban\b|bans\b|embargo|prohibition|access|donat|\bgrant(?:s|ed|ing)?\b|source of|rel(?:y|ies|ied|iance|iant)\b|depend|\bc(?:ount|ounts|ounted|ounting)\s+(?:up)?on\b|"
    r"c(?:ome|omes|ame|oming) from|\bhand(?:s|ed|ing)?\s+over\b|\bbetween\b|\blink(?:s|ed|ing)?\b|\bconnect(?:s|ed|ing)?\b|barter|\bswap|exchang|tender|\bbid\b|\bbids\b|\bpa(?:y|ys|id|ying)\b[^.]{0,40}\b(?:for|with|in)\b|\bsp(?:end|ends|ent|ending)\b[^.]{0,40}\bon\b|originat|\barriv|\bdock(?:s|ed|ing)?\b|\b(?:go|goes|went|flows?|flowed)\s+(?:(?:mainly|mostly|largely|chiefly)\s+)?(?:in)?to\b|destination|\bs(?:eek|eeks|eeking|ought)\b|\bwant|looking for|\bg(?:et|ets|ot|etting)\b[^.]{0,60}\bfrom\b|"
    r"\bsourc(?:e|es|ed|ing)\b[^.]{0,60}\bfrom\b|\b(?:t(?:ake|akes|ook|aken|aking)|book(?:s|ed|ing)?)\b[^.]{0,40}\b(?:tonnes|tons)\s+of\b|\bt(?:ake|akes|ook|aken|aking)\b[^.]{0,30}\b(?:third|half|quarter|bulk|most|majority)\s+of\b|"
    r"\b(?:categor(?:y|ies)|items|commodities|shelf|shelves|counters|supermarkets?|shops|stores)\b|"
    r"\b(?:approvals?|authori[sz]ations?|registrations?)\s+(?:\w+\s+){0,2}(?:for|of)\b|"
    r"\b(?:streamlin|simplif|eas|relax|expedit|speed|accelerat|harmoni)\w*\b[^.]{0,40}\b(?:requirements?|procedures?|"
    r"inspections?|certification|clearance|formalit(?:y|ies)|paperwork)\s+(?:\w+\s+){0,2}(?:for|of|on)\b|"
    r"\b(?:contracts?|deals?)\s+(?:\w+\s+){0,3}for\b|\b(?:assistance|aid|packages?)\b[^.]{0,80}\b(?:includ|compris|contain)|\b(?:highways?|motorways?|roads?|tunnels?|airports?|hospitals?|"
    r"metro|terminals?|interconnections?|consorti(?:um|a)|rail|tramway|financ\w*|fund(?:s|ed|ing)?)\b|\bhelp(?:s|ed|ing)?\b[^.]{0,40}\bwith\b|"
    r"\brequest(?:s|ed|ing)?\b|\bask(?:s|ed|ing)?\b[^.]{0,60}\bfor\b)",
    re.IGNORECASE)


# things built that also stand for goods, services or places of any story ("helicopters", "medical
# centres", "oil fields"): no cue by themselves
_MADE_OR_SHARED = {"aircraft", "helicopter", "helicopters", "engines", "vessels", "ships", "wagons", "carriages",
                   "vaccine", "vaccines", "center", "centers", "centre", "centres", "school", "schools", "university",
                   "universities", "housing", "houses", "storage", "facility", "facilities", "field", "fields", "unit",
                   "units", "line", "lines", "link", "complex", "hub", "hubs", "park", "parks", "farm", "farms",
                   "clinic", "clinics", "laboratory", "laboratories", "hospital", "hospitals", "infrastructure"}


@lru_cache(maxsize=1)
def _things_built() -> re.Pattern:
    """The things a project builds (``project_objects``): a sentence naming one may hold a project
    with no other cue ("progress on the China-Pakistan economic corridor")."""
    words = [w for w in lexicon().patterns["project_objects"] if w not in _MADE_OR_SHARED]
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + r")\b", re.IGNORECASE)


def needs_parse(text: str) -> bool:
    """Whether a sentence holds a cue for a reader that works on the tree (trade, projects)."""
    return bool(_CUES.search(text) or _things_built().search(text))


_CAPS = re.compile(r"[A-Z][A-Z0-9 ,.'&/-]+")


def parseable(text: str) -> bool:
    """Headlines in capitals and very long run-on stretches parse badly: they are left out."""
    return not _CAPS.fullmatch(text.strip()) and len(text) < 2500


def subtree_span(token: "Token") -> tuple[int, int]:
    """Token indices [start, end) of a token's subtree."""
    left = min(t.i for t in token.subtree)
    right = max(t.i for t in token.subtree)
    return left, right + 1


def conjuncts(token: "Token") -> list["Token"]:
    """A token and those coordinated with it ("coal, wood and glass"), in text order."""
    return sorted({token, *token.conjuncts}, key=lambda t: t.i)


def governing_verb(token: "Token") -> "Token | None":
    """The nearest verb above a token (itself if it is one)."""
    node = token
    for _ in range(12):
        if node.pos_ in ("VERB", "AUX"):
            return node
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def case_of(token: "Token") -> str:
    """The preposition marking a nominal ("to" in "to Serbia"), lower case, or ""."""
    for child in token.children:
        if child.dep_ in ("case", "mark") and child.i < token.i:
            return child.lower_
    return ""


# auxiliaries that put a clause in the future or the conditional ("will buy", "could build")
FUTURE_AUX = frozenset({"will", "would", "shall", "could", "can", "may", "might", "should", "'ll"})


def clause_chain(token: "Token", steps: int = 5) -> list["Token"]:
    """A token and the words above it in its clause: up through complements and arguments ("wants
    to buy", "ready to start building"), not out of a relative or adverbial clause."""
    chain = [token]
    node = token
    for _ in range(steps):
        if node.head.i == node.i or node.dep_ in ("advcl", "acl:relcl", "acl", "conj", "parataxis", "ccomp",
                                                  "appos", "list"):
            break
        node = node.head
        chain.append(node)
    return chain


def is_negated(token: "Token") -> bool:
    """Whether the token or one of the two words above it in its clause is negated ("did not
    build", "will never buy", "no exports of"); "not only ... but also" is no negation, nor "no"
    on a barrier ("exports face no restrictions")."""
    for t in clause_chain(token)[:3]:
        for child in t.children:
            if child.dep_ in ("advmod", "neg", "det") and child.lower_ in ("not", "n't", "never", "no") \
                    and not (child.lower_ == "no" and (t.i == token.i or t.lower_ in _HINDRANCES)) and \
                    not (child.i + 1 < len(t.doc) and t.doc[child.i + 1].lower_ in ("only", "just", "merely")):
                return True
    return False
