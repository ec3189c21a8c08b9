"""Agreements: a signed or concluded agreement, treaty, memorandum or contract, with its parties."""
from __future__ import annotations

import re

from .context import DocContext, SentenceView, evidence, partners, words
from .lexicon import Lexicon
from .model import Agreement


class AgreementReader:
    """Reads agreements from sentences."""

    def __init__(self, lex: Lexicon) -> None:
        self.agreement_re = words(lex, "agreement_words")

    def __call__(self, view: SentenceView, ctx: DocContext) -> list[Agreement]:
        text = view.sentence.text
        m = self.agreement_re.search(text)
        if not m or not re.search(r"\b(?:sign|signed|signing|conclude|concluded|initialled|adopted|agreed)\b", text):
            return []
        label = re.search(r"(?:(?:barter|trade|cooperation|intergovernmental|bilateral|free|economic|"
                          r"investment|loan|supply|framework)\s+){0,3}" + re.escape(m.group())
                          + r"(?:\s+(?:on|of|in|for)\s+[\w -]{1,60})?", text)
        parties = tuple(partners(view, ctx))
        if len(parties) < 2:
            return []
        return [Agreement((label.group() if label else m.group()).strip(), parties, evidence(view, "agreement.sign"))]

