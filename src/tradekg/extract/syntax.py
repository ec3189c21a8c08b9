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

from .lexicon import data_path

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc, Token


@lru_cache(maxsize=1)
def pipeline() -> "Language":
    """The shipped pipeline, loaded once per process (about half a second)."""
    import spacy
    with __import__("warnings").catch_warnings():
        __import__("warnings").simplefilter("ignore")
        return spacy.load(str(data_path("syntax")))


# Third-person trade verbs that are also plural nouns. The treebank has few sentences like "Russia
# supplies Hungary with gas", and the tagger reads "supplies" as a noun there (even "sells", "buys");
# the same sentence in the past tense parses well. Such a sentence is parsed again with the past
# form in its place, keeping the written words and offsets for everything read off the tree.
VERB_FORMS = {"exports": "exported", "re-exports": "re-exported", "ships": "shipped", "supplies": "supplied",
              "provides": "provided", "offers": "offered", "delivers": "delivered", "imports": "imported",
              "purchases": "purchased", "procures": "procured", "orders": "ordered", "sells": "sold",
              "buys": "bought", "sends": "sent"}
_SUBJECT_ENDS = {"he", "she", "it", "which", "who", "that", "they", "we", "also", "already", "now", "still", "currently",
                 "mainly", "largely", "mostly", "only", "traditionally", "reliably", "regularly", "annually"}


def parse(texts: Iterable[str]) -> list["Doc"]:
    """Parse sentences (each text a sentence), in one batch.

    Example:
        >>> doc = parse(["Russia supplies gas to Serbia."])[0]
        >>> [(t.text, t.dep_) for t in doc if t.dep_ in ("nsubj", "obj")]
        [('Russia', 'nsubj'), ('gas', 'obj')]
    """
    nlp = pipeline()
    texts = list(texts)
    docs = list(nlp.pipe([_one_sentence(nlp.make_doc(text)) for text in texts], batch_size=64))
    again = [(k, doc) for k, doc in enumerate(docs) if _verbs_read_as_nouns(doc)]
    if again:
        from spacy.tokens import Doc
        rebuilt = []
        for _, doc in again:
            words = [VERB_FORMS[t.lower_] if k in _verbs_read_as_nouns(doc) else t.text for k, t in enumerate(doc)]
            new = Doc(nlp.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc])
            new.user_data["starts"] = [t.idx for t in doc]  # offsets in the original sentence
            new.user_data["words"] = [t.text for t in doc]
            new.user_data["text"] = doc.text
            rebuilt.append(_one_sentence(new))
        for (k, _), doc in zip(again, nlp.pipe(rebuilt, batch_size=64)):
            docs[k] = doc
    return docs


def _one_sentence(doc: "Doc") -> "Doc":
    for token in doc[1:]:
        token.is_sent_start = False  # each text is one sentence: the parser must not split it
    return doc


def _verbs_read_as_nouns(doc: "Doc") -> set[int]:
    """Indices of "supplies", "exports"... tagged as nouns where they stand as the verb: after a
    name or pronoun that can be a subject, before what can be an object."""
    out = set()
    for t in doc:
        if t.lower_ not in VERB_FORMS or t.i == 0 or t.i + 1 >= len(doc):
            continue
        if t.pos_ == "VERB" and t.dep_ in ("ROOT", "conj", "ccomp", "advcl", "acl:relcl", "xcomp", "parataxis"):
            continue  # read as the verb already
        before, after = doc[t.i - 1], doc[t.i + 1]
        subject = before.pos_ == "PROPN" or before.lower_ in _SUBJECT_ENDS
        # what follows must be able to start an object: not "exports rose", "exports to Japan"
        objectlike = after.pos_ not in ("ADP", "PUNCT", "CCONJ", "PART", "AUX", "SCONJ", "ADV") and \
            after.tag_ not in ("VBD", "VBN", "VBZ", "MD") and after.lower_ not in ("to", "of", "from", "in", "by")
        if subject and objectlike:
            out.add(t.i)
    return out


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
    text = first.doc.user_data.get("text", first.doc.text)
    return text[start_of(first):start_of(last) + len(word_of(last))]


_CUES = re.compile(
    r"\b(?:export|import|re-export|suppl|deliver|ship|sell|sold|sale|buy|bought|purchas|procur|provid|order|"
    r"acquir|receiv|obtain|market|demand|need|consum|trade|send|sent|offer|dump|transfer|customer|"
    r"joint|project|venture|build|built|construct|plant|factory|production|produc|manufactur|assembl|"
    r"modernis|moderniz|launch|set up|establish|develop|turnover)", re.IGNORECASE)


def needs_parse(text: str) -> bool:
    """Whether a sentence holds a cue for a reader that works on the tree (trade, projects)."""
    return bool(_CUES.search(text))


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
