"""Joint projects: things two countries build, make or run together, with the partner countries.

Projects are mostly a verb and its object ("build roads in Malawi", "finished upgrading the Tula
power station"), a building noun and its complement ("construction of a gas pipeline",
"joint production of tractors"), or a project noun and what it names ("the Varna project", "joint
ventures to produce tractors", "large-scale joint projects in energy, industry and high
technology": one project per field). What is built must be a thing (a facility, goods, a named
undertaking), not "trust" or "relations"; the lists are data in ``patterns.json``
(``project_nouns``, ``project_verbs``, ``project_actions``, ``project_objects``). The partners are
the countries the sentence names (not those of an official's title), "we" and "you" in a turn,
completed by the document's other main country. A headline-style compound ("the EastMed pipeline
is an Israeli-Cypriot-Greek effort") gives its partners from the adjectives.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from .context import DocContext, Modality, SentenceView, evidence, partners
from .goods import GoodsVocabulary, singular
from .lexicon import Lexicon
from .model import Project
from .syntax import FUTURE_AUX, base_form, clause_chain, is_negated, start_of, text_between, word_of

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token


# who helps another make goods makes them with it
_HELPING = {"help", "helps", "helped", "helping"}
# verbs of doing a thing together: what is made under them is made jointly
_COOPERATING = {"cooperate", "co-operate", "collaborate", "partner", "team"}


class _Found(NamedTuple):
    """A project found in the tree, before partners and modality are settled."""
    label: str
    start: int
    end: int
    rule: str
    negated: bool   # "did not build the bridge"
    future: bool    # a "will", "could", "may" above the word that states it ("work ... will start")


_LABEL_GLUE = {"of", "the", "a", "an", "and", "for", "in", "on", "to", "at", "new"}
_SHORT_VERB_FORMS = {"set", "setting", "lay", "laid", "laying", "open", "opened", "opening", "build", "built"}
# a programme is a joint project only when it is called joint ("a joint vaccine programme"); else
# it is one side's ("the AGOA program", "its nuclear programme")
_COMPANIES = {"company", "companies", "firm", "firms", "airline", "airlines"}
_JOINT_ONLY = {"programme", "programmes", "program", "programs"} | _COMPANIES  # ("a joint shipping company")
_FINANCIAL = {"credit", "loan", "financing", "funding", "debt", "budget", "aid"}  # a loan alone is no project
_DROP_LEFT = {"DET", "NUM", "PRON", "PUNCT", "CCONJ", "ADP", "PART", "AUX", "SCONJ"}


class ProjectReader:
    """Reads joint projects from parsed sentences (and compound-adjective sentences)."""

    def __init__(self, lex: Lexicon) -> None:
        p = lex.patterns
        self.lex = lex
        self.vocab = GoodsVocabulary(lex)
        self.nouns = set(p["project_nouns"])
        self.verbs = set(p["project_verbs"])
        self.actions = set(p["project_actions"])
        self.objects = {singular(w) for w in p["project_objects"]}
        self.cues = set(p["project_fields_cue"])
        self.praise = set(p["goods_praise"]) | set(p["project_praise"])  # words that name no project
        # verbs that make goods count as a project only when the sentence says it is done together
        self.making = set(p["project_making"])
        self.facility_verbs = set(p["project_facility_verbs"])  # "China financed the railway": a facility only
        self.not_things = {singular(w) for w in p["project_not_things"]}  # "build trust", "develop relations"
        self.fields_only = {singular(w) for w in p["project_fields_only"]}
        self.modality = Modality(lex)

    def one_each(self, projects: list[Project]) -> list[Project]:
        """A document names one project several times, first loosely ("build the pipeline"), then
        precisely ("construct the EastMed pipeline"): a label whose words (past the building verb
        and the project noun) all stand in another label of the same partners is that project."""
        keys = [self._key(p.label) for p in projects]

        def told_again(i: int) -> bool:
            # the same words with more partners ("build two roads in Uganda", then "reconstruct the
            # roads ... near the Zaire border") is the same project told again
            a = set(projects[i].partners)
            return bool(keys[i]) and any(
                j != i and projects[i].negated == projects[j].negated and a <= set(projects[j].partners) and
                (keys[i] < keys[j] or keys[i] == keys[j] and (a < set(projects[j].partners) or j < i))
                for j in range(len(projects)))
        return [p for i, p in enumerate(projects) if not told_again(i)]

    def _only_a_field(self, label: str) -> bool:
        """"infrastructure projects", "health", "outreach and educational programs": a field of
        work, not a thing built or made (``project_fields_only`` in patterns.json)."""
        key = self._key(label)
        return bool(key) and key <= self.fields_only

    def _key(self, label: str) -> frozenset[str]:
        words = {singular(w) for w in re.findall(r"[\w-]+", label.lower())}
        return frozenset(w for w in words if w not in _LABEL_GLUE and w not in self.nouns and w not in self.actions
                         and w not in self.praise and w not in self.cues
                         and not any(w.startswith(v[:-1]) for v in self.verbs if len(v) > 4)
                         and w not in _SHORT_VERB_FORMS)

    def __call__(self, view: SentenceView, ctx: DocContext) -> list[Project]:
        out = self.compound_projects(view)
        doc = view.syntax
        if doc is None:
            return out
        found: list[_Found] = []
        for token in doc:
            low = word_of(token).lower()
            if token.pos_ in ("NOUN", "PROPN") and (low in self.nouns or token.lemma_.lower() in self.nouns or
                                                    low in _JOINT_ONLY and any(c.lower_ == "joint" for c in token.children)):
                if not self._one_sides_programme(token):
                    found.extend(self._project_noun(token, ours=bool(view.listener_country)))
            elif self._verb_lemma(token) in self.verbs:
                found.extend(self._building_verb(token))
            elif token.pos_ == "VERB" and base_form(low) in self.facility_verbs:
                found.extend(self._facility_verb(token))
            elif token.pos_ == "NOUN" and (gerund := self._gerund_read_as_noun(token)):
                found.extend(gerund)
            elif token.pos_ == "NOUN" and low in self.actions:
                found.extend(self._action_noun(token))
            elif token.pos_ in ("NOUN", "PROPN") and singular(low) in self.objects:
                # (a name's head only when said joint: "the China-Pakistan Economic Corridor")
                found.extend(token.pos_ == "NOUN" and self._link_between(token, view) or self._joint_work(token))
        if not found:
            return out
        base = view.sentence.start
        # "backs the pipeline project to shield its sales from Bolivian raids": a country in an
        # adverbial clause that holds no project is no partner
        aside: set[int] = set()
        for clause in (t for t in doc if t.dep_ == "advcl"):
            offsets = {base + start_of(u) for u in clause.subtree}
            if not any(f[1] <= at < f[2] for at in offsets for f in found):
                aside |= offsets
        countries = partners(view, ctx, aside)
        if len(countries) < 2:
            return out
        seen: set[str] = set()
        # one thing read twice ("build a tractor assembly plant" and "tractor assembly"): the longer label
        found = [f for f in found if not any(f[0].lower() != g[0].lower() and f[0].lower() in g[0].lower()
                                             and f[1] < g[2] and g[1] < f[2] for g in found)]
        for label, start, end, rule, negated, future in found:
            key = label.lower()
            if key in seen or self._only_a_field(label):
                continue
            seen.add(key)
            modality = self.modality(view.sentence.text[:max(0, start - base)] or label)
            if modality == "realised" and future:
                modality = "planned"
            out.append(Project(label, tuple(countries), modality, evidence(view, rule, start, end), negated=negated))
        return out

    # ------------------------------------------------------------ frames

    def _project_noun(self, noun: "Token", ours: bool = False) -> list[_Found]:
        """"the Paks project", "joint ventures to produce tractors", "projects in energy and
        industry", "projects such as Baltic Wind and Delta Gas 3"."""
        out = []
        mods = [c for c in noun.lefts if c.dep_ in ("compound", "amod", "flat", "nmod:poss") and
                word_of(c).lower() not in self.praise and word_of(c).lower() not in self.cues and c.pos_ not in _DROP_LEFT]
        # a named project ("the Paks project", "the EastMed pipeline project"), not a field ("energy projects")
        named = [c for c in mods if c.dep_ != "nmod:poss" and not self._country_word(c)
                 and any(t.pos_ == "PROPN" and not self._country_word(t) or singular(t.lower_) in self.objects
                         or self.vocab.is_head(t.lower_) and singular(t.lower_) not in self.vocab.not_goods
                         for t in c.subtree)]
        joint = any(word_of(c).lower() in self.cues for c in noun.lefts) or \
            any(word_of(t).lower() in self.cues for t in noun.doc[max(0, noun.i - 4):noun.i])
        # "we have big projects in metallurgy", said to the other side (``ours``: a listener is known)
        joint = joint or ours and (any(c.lower_ == "our" for c in noun.lefts) or noun.dep_ == "obj" and any(
            c.dep_ == "nsubj" and c.lower_ == "we" for c in noun.head.children))
        if named:
            first = min(min(t.i for t in c.subtree) for c in named)
            doc = noun.doc
            while first > 0 and (doc[first - 1].pos_ == "PROPN" and not self._country_word(doc[first - 1]) or
                                 doc[first - 1].text in ("-", "–") and first > 1 and doc[first - 2].pos_ == "PROPN"):
                first -= 1  # "the Mumbai–Ahmedabad rail project": the whole name
            first = self._skip(noun.doc, first, noun.i)
            label = text_between(noun.doc[first], noun)
            if self._content(label):
                out.append(self._item(label, noun.doc[first], noun, "project.named", noun))
        # "the Lake Albert pipeline is a commercial project", "the Lake Albert pipeline, a joint
        # project, ...": the project is the thing the sentence names beside the project noun
        named_by = next((c for c in noun.children if c.dep_ == "nsubj"), None) \
            if any(c.dep_ == "cop" for c in noun.children) else noun.head if noun.dep_ == "appos" else None
        if named_by is not None and named_by.pos_ in ("NOUN", "PROPN") and not named and \
                (singular(named_by.lower_) in self.objects or named_by.pos_ == "PROPN" and not self._country_word(named_by)):
            span = self._phrase(named_by, fields=False, facility=True)
            if span and self._content(text_between(*span)):
                out.append(self._item(text_between(*span), span[0], span[1], "project.named", noun))
        # the complements, and those the parser hung on the verb after the noun ("have 90 joint
        # projects worth $3 billion, including a plant"; "implementing projects in shipbuilding")
        verb_side = [c for c in noun.head.children if c.i > noun.right_edge.i and c.dep_ in ("obl", "advcl", "nmod")] \
            if noun.dep_ in ("obj", "nsubj", "nsubj:pass") else []
        # "projects worth $2 billion, including a cement plant": the list the parser hung elsewhere
        verb_side += [t for t in noun.doc[noun.i + 1:noun.i + 12] if _case(t) == "including" and t.head.i != noun.i
                      and t not in verb_side and t.dep_ != "conj"]
        for child in list(noun.children) + verb_side:
            case = _case(child) or next((c.lower_ for c in child.children if c.dep_ == "mark" and c.i < child.i), "")
            if child.dep_ in ("nmod", "acl", "obl", "advcl") and child.i > noun.i:
                if child.pos_ == "VERB" and child.lemma_.lower() in self.verbs | {"produce", "make", "build"} \
                        and child.dep_ == "acl":
                    out.extend(self._building_verb(child, joint=True))
                elif case in ("in", "on", "for", "of", "such", "including", "like") and (joint or case in ("such", "including")):
                    for member in _conjuncts(child) + self._hung_on_place(child):
                        if case in ("in", "on") and (member.pos_ == "PROPN" or member.lower_ in _PLACE_NOUNS):
                            continue  # "a joint venture in Gyula", "in the Moscow Region": where, not what
                        span = self._phrase(member, fields=True)
                        if span:
                            out.append(self._item(text_between(*span), span[0], span[1], "project.field", noun))
        purpose = any(c.dep_ in ("acl", "advcl") for c in noun.children) or any(
            c.dep_ in ("acl", "advcl", "xcomp") and c.i > noun.i for c in noun.head.children)  # "a joint company to mine ore"
        if not out and noun.lower_ in _COMPANIES and any(c.lower_ == "joint" for c in noun.lefts) and not purpose:
            # "a joint shipping company", "a joint airline", "the joint company Ulaanbaatar Railway": the
            # company is the undertaking, by its name or its trade (what it does after "to" is read above)
            name = [c for c in noun.rights if c.dep_ in ("appos", "flat", "compound") and c.pos_ == "PROPN"]
            trade = [c for c in mods if c.lower_ != "joint" and not self._country_word(c) and "-" not in c.text]
            if name:
                span = (min(t.i for t in name[0].subtree), max(t.i for t in name[0].subtree))
                out.append(self._item(text_between(noun.doc[span[0]], noun.doc[span[1]]), noun.doc[span[0]],
                                      noun.doc[span[1]], "project.company", noun))
            elif trade or noun.lower_.startswith("airline"):
                first = self._skip(noun.doc, min([t.i for c in trade for t in c.subtree] + [noun.i]), noun.i)
                out.append(self._item(text_between(noun.doc[first], noun), noun.doc[first], noun, "project.company", noun))
        return out

    def _hung_on_place(self, member: "Token") -> list["Token"]:
        """Things built that the parser joined to a member's place instead of to the member ("a
        power plant in Uzbekistan and a gas chemical complex", with the complex a conjunct of
        Uzbekistan)."""
        return [c for n in member.children if n.dep_ == "nmod" and (self._country_word(n) or word_of(n) in self.lex.cities)
                for c in n.conjuncts if c.i > n.i and c.pos_ == "NOUN" and singular(c.lower_) in self.objects]

    def _together(self, token: "Token") -> bool:
        """Whether the sentence says the thing is done together ("jointly", "joint", "with us",
        "co-produce")."""
        doc = token.doc
        if token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ == "co":
            return True
        if self._paired_countries(doc, 0, len(doc)):
            return True  # "a Russian-Uzbek plant will assemble lifts"
        if token.dep_ == "xcomp" and word_of(token.head).lower() in _HELPING and \
                any(c.dep_ == "obj" and any(self._code(t) for t in c.subtree) for c in token.head.children):
            return True  # "Germany will help Namibia produce green hydrogen": the helper's work with the helped
        up = token
        while up.dep_ in ("compound", "amod", "nmod", "obl", "obj") and up.head.i != up.i:
            up = up.head  # the phrase's own verb, through its arguments only (not "..., while it grows")
            if up.pos_ == "VERB" and up.lemma_.lower() in _COOPERATING:
                return True  # "agreed to cooperate on green hydrogen production"
        return any(word_of(t).lower() in self.cues or t.lower_ in ("with",) and t.head.i == token.i for t in token.doc)

    def _made_abroad(self, token: "Token") -> bool:
        """Whether one country's maker makes the goods in another ("KAMAZ is assembling trucks in
        Malaysia", "localise the production of Russian buses in Kenya"): a joint undertaking of the
        two, like a plant built together."""
        top = token.head if token.dep_ in ("obj", "nmod", "obl") and token.head.i != token.i else token
        places, makers = set(), set()
        # "produces cars and sells them in Peru": a place after a second verb is that verb's
        stop = next((t.i for t in top.doc[top.i + 1:] if t.pos_ == "VERB"), len(top.doc))
        for t in top.subtree:
            code = self._code(t)
            if not code or t.i > stop:
                continue
            path = [t]  # the words from the country word up to the verb or noun that makes
            while path[-1].i != top.i and path[-1].head.i != path[-1].i:
                path.append(path[-1].head)
            cases = {_case(a) for a in path if a.i != top.i}
            if "in" in cases:
                places.add(code)
            elif cases <= {"", "of", "by"}:
                makers.add(code)
        return bool(places) and bool(makers - places)

    def _code(self, token: "Token") -> str:
        """The country a country word or a known firm's name stands for, or ""."""
        word = word_of(token)
        codes = self.lex.country_surfaces.get(word)
        return codes[0] if codes else self.lex.firm_country.get(word, "")

    def _building_verb(self, verb: "Token", joint: bool = False) -> list[_Found]:
        """"build roads in Malawi", "modernise the Kessa-3 plant", "launched joint production of"."""
        out = []
        # making goods is a project only when done together; making a facility always is
        lemma = self._verb_lemma(verb) or verb.lemma_.lower()
        making = lemma in self.making and not (joint or self._together(verb) or self._made_abroad(verb))
        objects = [c for c in verb.children if c.dep_ in ("obj", "nsubj:pass") or
                   c.dep_ in ("xcomp", "obl:unmarked") and c.pos_ in ("NOUN", "PROPN") and not _case(c)]
        if not objects and lemma == "open":
            # "a truck assembly plant has opened in Bishkek": what opens of itself, as "was opened"
            objects = [c for c in verb.children if c.dep_ == "nsubj" and singular(c.lower_) in self.objects]
        if not objects and verb.dep_ == "xcomp":  # "finished upgrading the port": the parser hangs it on "finished"
            objects = [c for c in verb.head.children if c.dep_ == "obj" and c.i > verb.i]
        if not objects and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ == "NOUN" and \
                verb.head.i < verb.i and any(_case(c) in ("by", "with") and any(self._country_word(t) for t in c.subtree)
                                             for c in verb.children if c.dep_ in ("obl", "obl:agent")):
            objects = [verb.head]  # "a cement factory built with Egyptian participation", "built by Chinese firms"
        if not objects and verb.dep_ == "amod" and verb.tag_ == "VBN" and verb.head.pos_ == "NOUN" and any(
                self._country_word(c) for c in verb.children if c.dep_ in ("compound", "amod", "npadvmod") and c.i < verb.i):
            objects = [verb.head]  # "the Chinese-built railway": built by the country hyphened to the verb
        if verb.dep_ == "acl:relcl" and verb.head.pos_ in ("NOUN", "PROPN") and \
                any(c.dep_ == "obj" and c.lower_ in ("which", "that") for c in verb.children):
            objects = [verb.head]  # "the high-speed railway, which Japanese firms will build"
        particle = any(c.dep_ == "compound:prt" and c.lower_ == "up" for c in verb.children)
        if lemma == "set" and not particle:
            return []
        for obj in objects:
            for member in _conjuncts(obj):
                if self.vocab.is_container(member.lower_) and member.lower_ not in self.actions and \
                        any(c.dep_ == "nummod" for c in member.children):
                    # "to produce 5,000 tonnes of copper wire": what the measure is of
                    member = next((c for c in member.children if c.dep_ == "nmod" and _case(c) == "of"), None) or \
                        next((c for c in [*member.children, *verb.children] if c.dep_ in ("obl", "nmod") and c.i > member.i
                              and singular(c.lower_) in self.objects), member)  # "a 20,000 barrels per day refinery"
                if member.lower_ in self.actions:
                    out.extend(self._action_noun(member))
                    continue
                if member.lower_ in self.nouns:
                    out.extend(self._project_noun(member))
                    continue
                span = self._phrase(member, fields=False, facility=making or lemma not in self.making)
                if not span and member.pos_ in ("NOUN", "PROPN"):
                    # "build a railway linking Kars with ...", parsed with "railway" a compound of the place
                    inner = [t for c in member.lefts if c.dep_ == "compound" for t in c.subtree
                             if singular(t.lower_) in self.objects]
                    span = self._phrase(inner[0], fields=False, facility=True) if inner else None
                if span:
                    words = f"{word_of(verb).lower()} up" if particle else word_of(verb).lower()  # "set up a plant"
                    first, last = (verb, span[1]) if verb.i < span[0].i else (span[0], verb)  # a participle after
                    out.append(self._item(f"{words} {text_between(*span)}", first, last, f"project.verb.{lemma}", verb))
        return out

    def _gerund_read_as_noun(self, gerund: "Token") -> list[_Found]:
        """"took part in upgrading railways", with "upgrading" tagged a noun: a building verb's
        gerund (not "building", a noun of its own) right before a facility's phrase."""
        low = word_of(gerund).lower()
        base = base_form(low)
        if not low.endswith("ing") or low == "building" or base not in self.verbs or base in self.making:
            return []
        for t in gerund.doc[gerund.i + 1:gerund.i + 5]:
            if t.pos_ in ("NOUN", "PROPN") and singular(t.lower_) in self.objects:
                span = self._phrase(t, fields=False, facility=True)
                if not span:
                    return []
                first = max(span[0], gerund.doc[gerund.i + 1], key=lambda u: u.i)
                return [self._item(f"{low} {text_between(first, span[1])}", gerund, span[1], f"project.verb.{base}", gerund)]
            if t.pos_ not in ("DET", "ADJ", "NOUN", "PROPN", "NUM"):
                return []
        return []

    def _facility_verb(self, verb: "Token") -> list[_Found]:
        """"China is financing the railway", "Chinese engineers completed the highway", "the first
        phase of the pipeline was finished": paying for or finishing a facility (no goods, no talks)."""
        out = []
        if any(c.dep_ == "xcomp" for c in verb.children):
            return out  # "finished upgrading the station": the building verb's own frame reads it
        for obj in (c for c in verb.children if c.dep_ in ("obj", "nsubj:pass")):
            for member in _conjuncts(obj):
                if member.lower_ in _PARTS:  # "the second phase of the railway"
                    member = next((c for c in member.children if c.dep_ == "nmod" and _case(c) == "of"), member)
                if singular(member.lower_) not in self.objects and not any(
                        c.dep_ == "compound" and singular(c.lower_) in self.objects for c in member.lefts):
                    continue
                span = self._phrase(member, fields=False, facility=True)
                if span:
                    first, last = (verb, span[1]) if verb.i < span[0].i else (span[0], verb)
                    out.append(self._item(f"{word_of(verb).lower()} {text_between(*span)}", first, last,
                                          f"project.verb.{base_form(word_of(verb).lower())}", verb))
        return out

    def _link_between(self, noun: "Token", view: SentenceView) -> list[_Found]:
        """"a road bridge between Chile and Peru", "a pipeline linking Greece with Cyprus": a
        work that joins two of the sentence's countries."""
        base, doc = view.sentence.start, noun.doc
        # read off the words, not the tree: the parser often hangs the second country elsewhere
        if noun.i + 2 < len(doc) and doc[noun.i + 1].lower_ in ("between", "linking", "connecting", "joining"):
            begin = noun.i + 2
        elif noun.dep_ == "nsubj" and noun.head.i > noun.i and noun.head.lemma_.lower() in ("link", "connect", "join"):
            begin = noun.head.i + 1  # "the interconnector will link the grids of Greece, Cyprus and Israel"
        else:
            return []
        after = []
        for t in doc[begin:begin + 12]:
            if t.is_punct and t.text != ",":  # (a list of countries goes on past its commas)
                break
            after.append(t)
        ends = {c.code for c in view.countries for t in after if c.start <= base + start_of(t) < c.end}
        if len(ends) < 2 or not any(t.lower_ in ("and", "with", "to") for t in after):
            return []
        span = self._phrase(noun, fields=False, facility=True)
        if not span:
            return []
        return [self._item(text_between(*span), span[0], span[1], "project.link", noun)]

    def _joint_work(self, noun: "Token") -> list[_Found]:
        """"a joint pipeline", "work on a new gas pipeline": a facility said to be shared (by a word
        on the facility itself), or worked on, whatever verb (or none) the parser finds above it."""
        doc = noun.doc
        joint = any(word_of(c).lower() in self.cues for c in noun.lefts if c.dep_ in ("amod", "compound"))
        span = self._phrase(noun, fields=False, facility=True)
        if not span:
            return []
        before = [t.lower_ for t in doc[max(0, span[0].i - 4):span[0].i] if t.pos_ not in ("DET", "ADJ")]
        worked = before[-2:] in (["work", "on"], ["works", "on"]) or \
            _case(noun) == "on" and noun.head.lower_ in ("work", "works") or \
            _case(noun) == "on" and any(c.dep_ == "nsubj" and c.lower_ in ("work", "works") for c in noun.head.children)
        # ("work on a Soviet-financed plant"; "work began on a pipeline")
        joint = joint or self._paired_countries(doc, noun.left_edge.i, noun.i)  # "a Russian-Uzbek plant"
        if not (joint or worked):
            return []
        return [self._item(text_between(*span), span[0], span[1], "project.joint" if joint else "project.work", noun)]

    def _verb_lemma(self, token: "Token") -> str:
        """The building verb a token is, or "": the parser, trained on web text, lemmatises
        "upgrading" as "upgrad" and tags British "modernise" after "help Uganda" as a noun; a noun
        spelt like a building verb and taking an object is that verb."""
        if token.pos_ == "NOUN" and not any(c.dep_ == "obj" for c in token.children):
            return ""
        if token.pos_ not in ("VERB", "NOUN"):
            return ""
        lemma, low = token.lemma_.lower(), token.lower_
        if word_of(token) != token.text:  # parsed with a stand-in verb ("to mine" as "to produce"): the written word's
            lemma = low = base_form(word_of(token).lower())
        for guess in (lemma, lemma + "e", low, low[:-3] if low.endswith("ing") else ""):
            if guess in self.verbs or guess in self.making:
                return guess
        return ""

    def _action_noun(self, noun: "Token") -> list[_Found]:
        """"construction of an oil pipeline", "joint production of the Orion vaccine", "modernisation
        of the Kessa-2 heating plant"."""
        out = []
        making = noun.lower_ in self.making and not (self._together(noun) or self._made_abroad(noun))
        for child in noun.children:
            if child.dep_ in ("nmod", "obl") and child.i > noun.i and _case(child) == "of":
                for member in _conjuncts(child):
                    span = self._phrase(member, fields=False, facility=making or noun.lower_ not in self.making)
                    if span:
                        joint = [c for c in noun.lefts if c.dep_ == "amod" and word_of(c).lower() in self.cues]
                        first = joint[0] if joint else noun  # "joint production of agricultural machinery"
                        out.append(self._item(f"{text_between(first, noun)} of {text_between(*span)}", first, span[1],
                                              f"project.action.{noun.lower_}", noun))
        if _case(noun) == "under" and noun.lower_ in ("construction", "reconstruction", "modernisation", "modernization"):
            # "new power units are under construction at Chinese plants", "a plant under construction"
            copular = any(c.dep_ == "cop" for c in noun.children)
            things = [c for c in noun.children if c.dep_ in ("nsubj", "nsubj:pass")] if copular else \
                [noun.head] if noun.dep_ in ("nmod", "acl") and noun.head.pos_ == "NOUN" else []
            for member in (m for thing in things for m in _conjuncts(thing)):
                span = self._phrase(member, fields=False, facility=True, units=True)
                if span:
                    out.append(self._item(text_between(*span), span[0], span[1], f"project.under.{noun.lower_}", noun))
        exploring = noun.lower_ == "exploration" and (self._together(noun) or self._made_abroad(noun))  # "joint oil exploration"
        if (noun.lower_ in ("production", "manufacture", "manufacturing", "assembly") or exploring) and not out \
                and not making:  # "oil production" is one country's; "joint helicopter assembly" a project
            mods = [c for c in noun.lefts if c.dep_ == "compound" and self.vocab.is_head(c.lower_)]
            if mods:
                first = self._skip(noun.doc, min(t.i for c in mods for t in c.subtree), noun.i)
                out.append(self._item(text_between(noun.doc[first], noun), noun.doc[first], noun, "project.production", noun))
        return out

    # ------------------------------------------------------------ phrases

    def _phrase(self, head: "Token", fields: bool, facility: bool = False,
                units: bool = False) -> tuple["Token", "Token"] | None:
        """The span of a thing that can be built or made: a facility (``facility``: only that),
        goods or a named facility; with ``fields``, also a field of activity ("energy", "high
        technology"); with ``units``, also "units" and other words that elsewhere measure goods (which
        a compound before them makes things built anyway: "power units")."""
        gerund = fields and head.pos_ == "VERB" and head.lower_.endswith("ing") and \
            not any(c.dep_ in ("obj", "ccomp", "xcomp") for c in head.children)  # "projects in shipbuilding", not "in providing aid"
        # ("a coal mine" with "mine" tagged a pronoun: no pronoun has a compound before it)
        # (or with the noun before it made a sibling: "build a coal | mine")
        split = head.i > 0 and head.doc[head.i - 1].pos_ == "NOUN" and head.doc[head.i - 1].head.i == head.head.i
        mine = head.lower_ == "mine" and (any(c.dep_ in ("compound", "amod") for c in head.children) or split)
        # (a noun by its tag or its article whatever its part of speech: "a tractor assembly plant" with
        # "plant" a VERB)
        nominal = head.tag_.startswith("NN") or head.dep_ in ("obj", "nsubj", "nsubj:pass", "obl", "nmod") and any(
            c.dep_ == "det" and c.i < head.i for c in head.children)
        if head.pos_ not in ("NOUN", "PROPN", "ADJ") and not nominal and not gerund and not mine \
                or head.lower_ in self.nouns \
                or self.vocab.is_container(head.lower_) and not (
                    (units or any(c.dep_ == "compound" for c in head.lefts)) and singular(head.lower_) in self.objects) \
                or self._country_word(head) or word_of(head) in self.lex.cities:
            return None  # "projects in India", "in Gyula": places, not what is built
        word = singular(head.lower_)
        if facility:
            # "the Kessa-3 plant" named; "the railway network", a facility's network or system
            concrete = word in self.objects or any(singular(t.lower_) in self.objects for t in head.lefts
                                                   if t.dep_ == "compound") and (head.pos_ == "PROPN" or word in _NETWORKS)
        else:
            concrete = word in self.objects or self.vocab.is_head(word) and word not in self.vocab.not_goods
        if not concrete and not fields:
            return None
        if word in self.not_things and not (word in self.objects and any(
                c.dep_ == "compound" and self.vocab.is_head(c.lower_) for c in head.lefts)):
            return None  # a field of cooperation, not "oil fields"
        lefts = [t for c in head.lefts if c.dep_ in ("compound", "amod", "flat", "nmod:poss", "nummod")
                 for t in c.subtree if t.i < head.i]
        per = next((c.i for c in head.children if c.dep_ == "case" and c.lower_ == "per"), -1)
        if per >= 0:
            lefts = [t for t in lefts if t.i > per + 1]  # "a 20,000 barrels per day refinery": the rate is no name
        if any(singular(t.lower_) in _FINANCIAL for t in lefts if t.i == head.i - 1):
            return None  # "extended a credit line": money lent, not a line built
        first = min([t.i for t in lefts] + [head.i - 1 if mine and split else head.i])
        first = self._skip(head.doc, first, head.i)
        last = head
        for child in head.rights:  # "Kessa-4", "Delta Gas 3"
            if child.dep_ in ("flat", "compound", "nummod", "appos") and child.i == last.i + 1 and child.pos_ != "PUNCT":
                last = child
        after = head.doc[last.i + 1] if last.i + 1 < len(head.doc) else None
        if after is not None and after.dep_ == "advmod" and self.vocab.hs_for(f"{last.lower_} {after.lower_}"):
            last = after  # "iron | ore", the last word read as an adverb (goods with a code; not "station together")
        return head.doc[first], last

    def _skip(self, doc, first: int, head: int) -> int:
        while first < head and (doc[first].pos_ in _DROP_LEFT or word_of(doc[first]).lower() in self.praise
                                or word_of(doc[first]).lower() in self.cues or self._country_word(doc[first])
                                # "a Soviet-financed plant": who paid, no part of the name
                                or first >= 2 and doc[first - 1].text == "-" and self._country_word(doc[first - 2])):
            first += 1
        return first

    def _paired_countries(self, doc, start: int, end: int) -> bool:
        """Whether two country words joined by a hyphen stand in doc[start:end] ("Russian-Uzbek")."""
        return any(doc[i].text == "-" and self._code(doc[i - 1]) and self._code(doc[i + 1])
                   and self._code(doc[i - 1]) != self._code(doc[i + 1]) for i in range(max(start, 1), min(end, len(doc) - 1)))

    def _country_word(self, token: "Token") -> bool:
        return word_of(token) in self.lex.country_surfaces

    @staticmethod
    def _one_sides_programme(noun: "Token") -> bool:
        """"under the Export Enhancement Program initiative": a project noun whose name is a
        programme's is the programme, one side's unless called joint (as a bare programme is)."""
        named = [t for c in noun.lefts if c.dep_ in ("compound", "flat") for t in c.subtree]
        return any(t.lower_ in _JOINT_ONLY for t in named) and \
            not any(t.lower_ == "joint" for t in noun.doc[max(0, noun.left_edge.i - 1):noun.i])

    @staticmethod
    def _content(label: str) -> bool:
        return bool(re.search(r"[A-Za-z]{3,}", label))

    @staticmethod
    def _item(label: str, first: "Token", last: "Token", rule: str, trigger: "Token") -> _Found:
        """A project found: label, character span, rule, and what the words above the one that
        states it say: negated ("did not build the bridge"), future ("work on ... will start")."""
        base = first.doc.user_data.get("offset", 0)
        future = any(c.dep_ in ("aux", "aux:pass") and c.lower_ in FUTURE_AUX for t in clause_chain(trigger)[:4]
                     for c in t.children)
        return _Found(re.sub(r"\s+", " ", label).strip(), base + start_of(first),
                      base + start_of(last) + len(word_of(last)), rule, is_negated(trigger), future)

    # ------------------------------------------------------------ compounds

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


_PARTS = {"phase", "stage", "section", "part", "leg"}


_PLACE_NOUNS = {"region", "oblast", "province", "district", "city", "town", "territory", "state", "area"}


# heads that are a facility when a facility word qualifies them ("railway network", "pipeline system")
_NETWORKS = {"network", "system"}


def _case(token: "Token") -> str:
    marks = [c for c in token.children if c.dep_ in ("case", "mark") and c.i < token.i]
    return marks[0].lower_ if marks else ""


def _conjuncts(token: "Token") -> list["Token"]:
    return sorted({token, *token.conjuncts}, key=lambda t: t.i)
