"""Joint projects: things two countries build, make or run together, with the partner countries."""
from __future__ import annotations

import re

from .context import STOP_WORDS, DocContext, Modality, SentenceView, evidence, partners
from .lexicon import Lexicon
from .model import Project


class ProjectReader:
    """Reads joint projects from sentences."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.project_res = [re.compile(x, re.IGNORECASE) for x in lex.patterns["project_patterns"]]
        self.bare = set(lex.patterns["bare_goods"])
        self.stop = STOP_WORDS
        self.modality = Modality(lex)

    def __call__(self, view: SentenceView, ctx: DocContext) -> list:
        return self.projects(view, ctx) + self.compound_projects(view)

    def projects(self, view: SentenceView, ctx: DocContext) -> list[Project]:
        text = view.sentence.text
        out = []
        for pattern in self.project_res:
            for m in pattern.finditer(text):
                what = m.group("what").strip()
                words = [w for w in what.lower().split() if w not in self.stop]
                if re.search(r"\d", what) or re.match(r"(?:have|has|had|are|is|was|were|be|been|signed|launched|"
                                                      r"discussed|set|new|several|two|three)\b", what.lower()):
                    continue  # "have 150 joint projects": no product named
                if not words or what.lower().split()[0] in self.stop - {"the", "a", "an"} or words[0] in self.bare \
                        or all(w in self.bare for w in words):
                    continue
                found = partners(view, ctx)
                if len(found) < 2:
                    continue
                label = re.sub(r"\s+", " ", m.group().strip())
                out.append(Project(label, tuple(found), self.modality(text[:m.start()]),
                                   evidence(view, "project.pattern", view.sentence.start + m.start(),
                                                  view.sentence.start + m.end())))
        return out

    def compound_projects(self, view: SentenceView) -> list[Project]:
        """"The EastMed pipeline is an Israeli-Cypriot-Greek effort": partners from the compound."""
        out = []
        for m in re.finditer(r"(?:[Tt]he\s+)?(?P<label>[A-Z][\w-]*(?:\s+[\w-]+){0,3}?)\s+(?:is|was|will be|would be)\s+an?\s+"
                             r"(?P<adjs>[A-Z][a-z]+(?:-[A-Z][a-z]+)+)\s+(?:joint\s+)?(?:effort|project|venture|initiative|"
                             r"undertaking|programme|program|plant|enterprise)", view.sentence.text):
            codes = [self.lex.country_surfaces[a][0] for a in m.group("adjs").split("-") if a in self.lex.country_surfaces]
            if len(codes) >= 2:
                out.append(Project(m.group("label"), tuple(dict.fromkeys(codes)), "realised",
                                   evidence(view, "project.compound-adjective", view.sentence.start + m.start(),
                                                  view.sentence.start + m.end())))
        return out

