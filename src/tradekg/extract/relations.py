"""Relations between the mentions of a sentence: meetings, trade figures, flows, projects.

Each reader sees one sentence already annotated (``SentenceView``) and the document context
(``DocContext``: the main pair of countries, who speaks and who listens) and returns facts.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from .lexicon import Lexicon
from .mentions import CommoditySpan, CountrySpan, MoneySpan, resolve_date, resolve_period
from .model import Agreement, Evidence, Meeting, Project, TradeFlow, TradeVolume
from .people import ASIDE_RE, PersonMention, PeopleResolver
from .text import Sentence


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


@dataclass
class DocContext:
    lex: Lexicon
    resolver: PeopleResolver
    main: list[str] = field(default_factory=list)  # the document's countries, most prominent first
    doc_date: str = ""
    dateline_place: str = ""
    dateline_country: str = ""

    def top_other(self, code: str) -> str:
        """The most prominent country that is not ``code``: the exporter of "sheep shipped to X"."""
        return next((c for c in self.main[:1] if c != code), "")

    def other(self, code: str) -> str:
        """The document's other main country, for a flow or figure that names only one side."""
        others = [c for c in self.main[:2] if c != code]
        return others[0] if others and code in self.main[:2] else ""


_SEPARATOR = re.compile(r",\s+and\s+|,\s+|\s+and\s+")


def _lists(text: str) -> list[list[tuple[str, int, int]]]:
    """Runs of short phrases joined by commas and a final "and" ("corn, sesame and cow hides"),
    each phrase with its offsets. One pass over the text, so a list of thousands stays linear."""
    runs: list[list[tuple[str, int, int]]] = []
    current: list[tuple[str, int, int]] = []
    has_and = False
    cursor = 0
    for m in list(_SEPARATOR.finditer(text)) + [None]:
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


def _overlaps(spans: list[tuple[int, int]], a: int, b: int) -> bool:
    """Whether [a, b) overlaps one of the sorted spans."""
    i = bisect.bisect_right(spans, (b, b))
    return any(lo < b and a < hi for lo, hi in spans[max(0, i - 3):i])


def _words(lex: Lexicon, name: str) -> re.Pattern:
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(w) for w in sorted(lex.patterns[name], key=len, reverse=True))
                      + r")(?![\w-])", re.IGNORECASE)


class RelationReader:
    """Reads meetings, trade volumes, trade flows, projects and agreements from sentences."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        p = lex.patterns
        self.meeting_re = _words(lex, "meeting_triggers")
        self.phone_re = _words(lex, "phone_triggers")
        self.export_re = _words(lex, "export_triggers")
        self.market_re = _words(lex, "market_triggers")
        self.continuation_re = _words(lex, "list_continuations")
        self.import_re = _words(lex, "import_triggers")
        self.report_re = _words(lex, "reporting_verbs")
        self.wanted_re = _words(lex, "wanted_words")
        self.planned_re = _words(lex, "planned_words")
        self.offered_re = _words(lex, "offered_words")
        self.refused_re = _words(lex, "refused_words")
        self.negation_re = _words(lex, "negation_words")
        self.volume_head_re = _words(lex, "volume_heads")
        self.volume_block_re = _words(lex, "volume_blockers")
        self.agreement_re = _words(lex, "agreement_words")
        self.project_res = [re.compile(x, re.IGNORECASE) for x in p["project_patterns"]]
        self.bare = set(p["bare_goods"])
        self.stop = {"the", "a", "an", "of", "for", "to", "in", "on", "and", "with", "this", "that", "its", "their",
                     "our", "your", "his", "her", "new", "other", "such", "many", "various", "all", "several",
                     "different", "some", "these", "those", "areas", "spheres", "fields", "sectors", "directions"}

    # ------------------------------------------------------------ helpers

    @staticmethod
    def _evidence(view: SentenceView, rule: str, start: int | None = None, end: int | None = None) -> Evidence:
        s = view.sentence
        return Evidence(s.index, start if start is not None else s.start, end if end is not None else s.end, s.text, rule)

    def _modality(self, text: str) -> str:
        if self.refused_re.search(text):
            return "refused"
        if self.offered_re.search(text):
            return "offered"
        if self.wanted_re.search(text):
            return "wanted"
        if self.planned_re.search(text):
            return "planned"
        return "realised"

    # ------------------------------------------------------------ meetings

    def meetings(self, view: SentenceView, ctx: DocContext) -> list[Meeting]:
        text = view.sentence.text
        trigger = self.meeting_re.search(text)
        if not trigger:
            return []
        base = view.sentence.start
        keys: list[str] = []
        asides = [(a.start(), a.end()) for a in ASIDE_RE.finditer(text) if not a.start() <= trigger.start() < a.end()]
        for mention in view.people:
            if any(lo <= mention.start - base < hi for lo, hi in asides):
                continue  # "the idea, first proposed by Minister X, ...": X is not at the meeting
            rel_end = mention.end - base
            tail = text[rel_end:]
            # ", Chief Cabinet Secretary Masaharu Gotoda told reporters." reports the meeting
            if re.match(r"\s*(?:" + self.report_re.pattern + r")\b[^,;]*[.”\"]?\s*$", tail, re.IGNORECASE) and \
                    re.search(r",\s*[^,]*$", text[:mention.start - base + 1]) and mention.start - base > trigger.start():
                continue
            person = ctx.resolver.person(mention.key)
            if mention.kind == "named" and not person.official and len(person.name.split()) < 2:
                continue
            if mention.key not in keys:
                keys.append(mention.key)
        if len(keys) < 2:
            return []
        place, place_country = self._place(text, ctx, view.sentence.index)
        date = resolve_date(text, ctx.doc_date)
        if not date and view.sentence.index <= 4 and ctx.doc_date and re.fullmatch(r"\d{4}-\d{2}-\d{2}", ctx.doc_date):
            date = ctx.doc_date
        mode = "telephone" if self.phone_re.search(text) else "in person"
        modality = "planned" if re.search(r"\b(?:will|would|plans?|to visit|is due|are due|expected)\b", text) else "realised"
        return [Meeting(tuple(keys), place, place_country, date, mode, modality, self._evidence(view, "meeting.trigger"))]

    def _place(self, text: str, ctx: DocContext, index: int = 99) -> tuple[str, str]:
        for m in re.finditer(r"\b(?:in|at)\s+(?:the\s+)?([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)", text):
            for candidate in (m.group(1), m.group(1).split()[0]):
                if candidate in ("Kremlin", "White House"):
                    return ("Moscow", "RUS") if candidate == "Kremlin" else ("Washington", "USA")
                if candidate in self.lex.cities and candidate not in self.lex.country_surfaces:
                    return candidate, self.lex.cities[candidate]
        if ctx.dateline_place and (re.search(r"\bhere\b", text) or index <= 4):
            return ctx.dateline_place, ctx.dateline_country  # the lead's meeting happened where the story is filed
        return "", ""

    # ------------------------------------------------------------ trade volumes

    def volumes(self, view: SentenceView, ctx: DocContext) -> list[TradeVolume]:
        text = view.sentence.text
        out = []
        heads = list(self.volume_head_re.finditer(text))
        if not heads or not view.money:
            return []
        for money in view.money:
            m_start = money.start - view.sentence.start
            head = None
            for h in heads:
                if h.end() <= m_start and m_start - h.end() < 90:
                    head = h
                elif h.start() >= m_start + len(money.amount.text) and h.start() - m_start < 40 and \
                        re.search(r"\b(?:worth of|in|of)\s+(?:\w+\s+){0,2}$", text[m_start + len(money.amount.text):h.start()]):
                    head = h
            if head is None:
                continue
            lo, hi = sorted((head.start(), m_start))
            between = text[lo:hi + len(money.amount.text)]
            # "rose 32 pct to 290 mln dlrs": a growth rate on the way to the figure is not a blocker
            between = re.sub(r"\b(?:by\s+|some\s+|about\s+|over\s+)?[\d.,]+\s*(?:pct|percent|per cent|%)\s+(?=to\b)", " ",
                             between)
            if self.volume_block_re.search(between.replace(head.group(), " ")) or \
                    re.search(r"\b(?:surplus|deficit|imbalance)\b", text[max(0, lo - 30):lo]):
                continue
            if re.search(r"\b(?:foreign|external|overall foreign|world|global)\s+$", text[max(0, lo - 20):lo], re.I) or \
                    re.search(r"\b(?:with the (?:rest of the )?world|worldwide|globally|with all (?:its )?partners)\b",
                              text[lo:hi + len(money.amount.text) + 40], re.I):
                continue  # one country's trade with the whole world is not a bilateral figure
            pair = self._pair(view, ctx)
            if not pair:
                continue
            # the period closest after the figure ("900 mln dlrs last year from 1.1 billion in 1985")
            after = text[m_start + len(money.amount.text):]
            following = [mo.start - view.sentence.start for mo in view.money if mo.start - view.sentence.start > m_start]
            near = after[:min([f - m_start - len(money.amount.text) for f in following] + [50])]
            planned = bool(self.planned_re.search(text[lo:hi]))
            # a target ("could reach $100 billion") has no period unless one is written next to it
            period = resolve_period(near, ctx.doc_date) or ("" if planned else resolve_period(text, ctx.doc_date))
            out.append(TradeVolume(pair, money.amount, period, "turnover", "planned" if planned else "realised",
                                   self._evidence(view, "volume.head-money", view.sentence.start + lo, money.end)))
        return out

    def _pair(self, view: SentenceView, ctx: DocContext) -> tuple[str, str] | None:
        codes = []
        for c in view.countries:
            if c.code not in codes:
                codes.append(c.code)
        if len(codes) >= 2:
            return tuple(sorted(codes[:2]))  # type: ignore[return-value]
        if len(codes) == 1 and ctx.other(codes[0]):
            return tuple(sorted((codes[0], ctx.other(codes[0]))))  # type: ignore[return-value]
        if not codes and len(ctx.main) >= 2:
            return tuple(sorted(ctx.main[:2]))  # type: ignore[return-value]
        return None

    # ------------------------------------------------------------ trade flows

    def flows(self, view: SentenceView, ctx: DocContext, carry: list[TradeFlow]) -> list[TradeFlow]:
        text, base = view.sentence.text, view.sentence.start
        triggers = [(m, "export") for m in self.export_re.finditer(text)] + \
                   [(m, "import") for m in self.import_re.finditer(text)] + \
                   [(m, "market") for m in self.market_re.finditer(text)
                    if m.group().lower().endswith("to")
                    or re.match(r"\s+(?:the\s+)?(?:[\w.-]+\s+){0,4}markets?\b", text[m.end():], re.I)
                    and not re.match(r"\s+(?:[\w.-]+\s+){0,4}?to\b", text[m.end():], re.I)]
        if not triggers:
            return self._continued(view, carry)
        triggers.sort(key=lambda t: t[0].start())
        items = self._items(view, triggers)
        out: list[TradeFlow] = []
        for index, (trig, kind) in enumerate(triggers):
            clause_lo, clause_hi = self._clause(text, trig.start())
            next_start = min([t.start() for t, _ in triggers[index + 1:] if t.start() > trig.end()] + [clause_hi])
            mine = [i for i in items if (trig.end() <= i[1] < next_start) or
                    (clause_lo <= i[1] and i[2] <= trig.start() and not text[i[2]:trig.start()].strip(" -"))]
            if not mine and next_start == clause_hi:
                mine = self._elided(view, trig, carry)
            if not mine:
                continue
            negated = bool(self.negation_re.search(re.sub(r"\bnot only\b", "", text[max(clause_lo, trig.start() - 25):trig.start()])))
            modality = self._modality(text[clause_lo:trig.end()])
            # a figure for the flow: one commodity, one amount in the clause ("pigmeat exports to Canada
            # were worth 106 mln crowns"); a figure for a whole list is left to the list
            amounts = [mo.amount for mo in view.money if clause_lo <= mo.start - base < clause_hi]
            amount = amounts[0] if len(mine) == 1 and len(amounts) == 1 else None
            list_origin = ""
            for label, start, end, hs in mine:
                exporter, importer = self._direction(view, ctx, kind, trig, start, end, clause_lo, clause_hi,
                                                     list_origin)
                # "U.S. Cars, computers and helicopters": the first item's origin holds for the list
                list_origin = list_origin or self._origin(view, start, clause_lo)
                if re.search(r"\bin (?:exchange|return) for\s+$", text[max(0, start - 25):start]):
                    exporter, importer = importer, exporter  # "importing goods in exchange for oil"
                if not exporter or not importer or exporter == importer:
                    continue
                for exp in self._coordinated(view, exporter, clause_lo, clause_hi):
                    for imp in self._coordinated(view, importer, clause_lo, clause_hi):
                        if exp != imp:
                            out.append(TradeFlow(exp, imp, label, hs, modality, self._evidence(
                                view, f"flow.{kind}.{trig.group().lower()}", base + start, base + end),
                                amount=amount, negated=negated))
        return out

    def _coordinated(self, view: SentenceView, code: str, lo: int, hi: int) -> list[str]:
        """A country and those joined to it by "and" or commas: "Iraq and China", "to the UAE and Bahrain"."""
        text, base = view.sentence.text, view.sentence.start
        spans = [c for c in view.countries if lo <= c.start - base < hi and c.start not in view.title_countries]
        groups: list[list] = []
        for c in spans:
            if groups and re.fullmatch(r"\s*(?:,|,?\s+and|,?\s+or)\s+(?:the\s+)?", text[groups[-1][-1].end - base:c.start - base]):
                groups[-1].append(c)
            else:
                groups.append([c])
        for group in groups:
            codes = list(dict.fromkeys(c.code for c in group))
            if code in codes and len(codes) > 1 and all(c.kind != "adjective" for c in group):
                return codes
        return [code]

    def _elided(self, view: SentenceView, trig, carry: list[TradeFlow]) -> list[tuple[str, int, int, str]]:
        """"The numbers shipped to Bahrain fell": the goods of the previous sentence's same verb."""
        word = trig.group().lower()
        base = view.sentence.start
        if not any(re.search(r"\b(?:to|from)\s+(?:the\s+)?$", view.sentence.text[:c.start - base])
                   for c in view.countries if c.start - base > trig.end()):
            return []  # only when the sentence names the new destination or source
        return [(f.commodity, trig.start(), trig.end(), f.hs) for f in carry
                if f.evidence.rule.endswith("." + word)] if carry else []

    def _continued(self, view: SentenceView, carry: list[TradeFlow]) -> list[TradeFlow]:
        """"The list includes steel, zinc and polyethylene": goods listed right after a flow
        sentence go the same way."""
        text = view.sentence.text
        pairs = {(f.exporter, f.importer) for f in carry}
        cue = self.continuation_re.search(text)
        if len(pairs) != 1 or not cue or view.countries:
            return []
        subjects = "|".join(self.lex.patterns["list_subjects"])
        if not re.search(rf"\b(?:{subjects})\b[^.;]{{0,30}}$", text[:cue.start()], re.IGNORECASE):
            return []  # "the list includes ...", "the package includes ...", not "projects, including ..."
        exporter, importer = pairs.pop()
        modality = carry[-1].modality
        return [TradeFlow(exporter, importer, label, hs, modality,
                          self._evidence(view, "flow.continued-list", view.sentence.start + lo, view.sentence.start + hi))
                for label, lo, hi, hs in self._items(view, []) if lo > self.continuation_re.search(text).start()]

    def _clause(self, text: str, at: int) -> tuple[int, int]:
        lo, hi = 0, len(text)
        for m in re.finditer(r";|\bwhile\b|\bwhereas\b|\bbut\b|\bhowever\b|,\s+where\b", text):
            if m.end() <= at:
                lo = m.end()
            elif m.start() >= at:
                hi = min(hi, m.start())
        return lo, hi

    def _items(self, view: SentenceView, triggers) -> list[tuple[str, int, int, str]]:
        """Commodities of the sentence, with lists completed: "automobile, marine and aviation
        equipment" gives three items; an unknown item in a list with known ones is kept."""
        text, base = view.sentence.text, view.sentence.start
        items: list[tuple[str, int, int, str]] = []
        known = [(c.start - base, c.end - base, c) for c in view.commodities]
        for lo, hi, c in known:
            label = c.label
            # pre-modifiers that make the label more precise ("raw cotton", "chilled lamb")
            pre = re.search(r"((?:[a-z-]+\s){1,2})$", text[max(0, lo - 25):lo])
            if pre and c.label in ("equipment", "products", "metals") and pre.group(1).split()[-1] not in self.stop:
                word = pre.group(1).split()[-1]
                if word not in self.bare and not self.export_re.fullmatch(word) and not self.import_re.fullmatch(word):
                    label = f"{word} {label}"
                    lo -= len(word) + 1
            items.append((label, lo, hi, c.hs))
        # elliptical coordination before a known head: "automobile, marine and aviation equipment"
        for lo, _, c in known:
            # modifiers are words not ending in "s": "motorcycles, medical and laboratory equipment"
            # distributes "equipment" over "medical" only
            m = re.search(r"(?<![\w-])((?:[a-z]*[a-rt-z],\s+)*[a-z]*[a-rt-z],?\s+and\s+)(?:([a-z]+)\s+)?$",
                          text[max(0, lo - 80):lo])
            head = c.label.split()[-1]
            if m and (m.group(2) == "other" or text[max(0, lo - 6):lo].endswith("other ")):
                continue  # "zinc, polyethylene and other raw materials": a hypernym, not a head to share
            if not m or head not in ("equipment", "products", "machinery", "goods", "parts", "materials"):
                continue
            modifiers = re.findall(r"[a-z]+", m.group(1).replace(" and ", " "))
            if any(w.endswith("s") for w in modifiers):
                continue  # "cars and equipment" is a list of goods, not "car equipment"
            first = text.rfind(m.group(1), 0, lo)
            for word in modifiers:
                if word in self.stop or word in self.bare or word == "and":
                    continue
                label = f"{word} {head}"
                entry = self.lex.commodities.get(label)
                items.append((label, first, lo + len(c.label), entry.hs if entry else ""))
        # unknown items inside a list that also holds known commodities
        known_starts = sorted((lo, hi) for lo, hi, _ in known)
        for run in _lists(text):
            hits = [_overlaps(known_starts, a, b) for _, a, b in run]
            if sum(hits) < 2:
                continue
            for (part, a, b), hit in zip(run, hits):
                words = part.lower().split()
                if hit or not words or len(words) > 3:
                    continue
                if words[0] in self.stop or part.lower() in self.bare or words[-1] in self.bare or \
                        any(w in ("other", "everything") for w in words) or not part[0].islower():
                    continue
                if self.export_re.search(part) or self.import_re.search(part):
                    continue
                items.append((part.lower(), a, b, ""))
        items.sort(key=lambda x: (x[1], -x[2]))
        dedup, seen = [], set()
        longest_end, longest_label, longest_start = -1, "", -1
        for item in items:
            label, start, end, _ = item
            # an item inside a longer one that names it ("cotton" in "raw cotton") is the same goods
            if end <= longest_end and (start, end) != (longest_start, longest_end) and label in longest_label:
                continue
            if end > longest_end:
                longest_end, longest_label, longest_start = end, label, start
            if label in seen:
                continue
            seen.add(label)
            dedup.append(item)
        return dedup

    def _origin(self, view: SentenceView, start: int, clause_lo: int) -> str:
        """The country the goods come from, read off the goods themselves: "Danish pigmeat",
        "U.S. Cars", "your cotton", "our goods, including buses"."""
        text, base = view.sentence.text, view.sentence.start
        window = text[max(clause_lo, start - 40):start]
        adj = [c for c in view.countries if c.end - base <= start and c.start not in view.title_countries
               and re.fullmatch(r"\s*" if c.possessive else r"\s*(?:[a-z-]+\s+){0,2}", text[c.end - base:start])]
        if adj:
            return adj[-1].code
        if re.search(r"\byour\s+(?:[\w-]+\s+){0,2}$", window) or \
                re.search(r"\byour\s+goods\b[^.]*\b(?:including|like|such as)\b", window):
            return view.listener_country
        if re.search(r"\bour\s+(?:[\w-]+\s+){0,2}$", window) or \
                re.search(r"\bour\s+goods\b[^.]*\b(?:including|like|such as)\b", text[max(clause_lo, start - 60):start]):
            return view.speaker_country
        return ""

    def _direction(self, view: SentenceView, ctx: DocContext, kind: str, trig, start: int, end: int,
                   clause_lo: int, clause_hi: int, list_origin: str = "") -> tuple[str, str]:
        text, base = view.sentence.text, view.sentence.start
        origin = self._origin(view, start, clause_lo) or list_origin
        agent = ""       # who exports (export trigger) or imports (import trigger)
        other = ""       # the other party, from "to X" / "from X"
        if kind == "market":
            # "Italy taking a share of the U.S. Pasta market": Italy sells pasta in the U.S.;
            # "Japan will open its market to U.S. Semiconductors": the U.S. sells to Japan
            opening = trig.group().lower().endswith("to")
            subject = [c for c in view.countries if clause_lo <= c.start - base < trig.start()
                       and c.start not in view.title_countries
                       and not re.search(r"\b(?:from|with|into|in|for|of)\s+(?:the\s+)?$",
                                         text[max(0, c.start - base - 10):c.start - base])]
            if not origin or not subject:
                return "", ""
            return (origin, subject[-1].code) if opening else (subject[-1].code, origin)
        # "to X" after an export trigger, "from X" after an import trigger
        after = [c for c in view.countries if trig.end() <= c.start - base < clause_hi and c.start not in view.title_countries]
        if kind == "export" and after and re.fullmatch(r"\s+(?:the\s+)?", text[trig.end():after[0].start - base]):
            other = after[0].code  # "offers Tajikistan buses", "supply Ecuador with crude oil"
        prep = "to|into|in|for" if kind == "export" else "from|in"
        for c in ([] if other else after):
            lead = text[max(trig.end(), c.start - base - 12):c.start - base]
            if re.search(rf"\b(?:{prep})\s+(?:the\s+)?$", lead):
                other = c.code
                break
        target = re.match(r"\s+(?:[\w,-]+\s+){0,4}?(?:to|into)\s+(?:the\s+)?(?:poor\s+|other\s+|developing\s+)?(\w+)",
                          text[trig.end():clause_hi]) if kind == "export" else \
            re.match(r"\s+(?:[\w,-]+\s+){0,4}?from\s+(?:the\s+)?(\w+)", text[trig.end():clause_hi])
        named_elsewhere = bool(target and not other and target.group(1)[0].isupper()
                               or target and target.group(1).lower() in ("countries", "nations", "states", "markets"))
        if not other and kind == "export":
            for c in view.countries:
                if c.possessive and re.match(r"\s*(?:[\w-]+\s+){0,2}(?:market|markets)\b", text[c.end - base:]):
                    other = c.code
        # the agent: the nearest country, person or pronoun before the trigger in the clause
        before = [c for c in view.countries if clause_lo <= c.start - base < trig.start()
                  and c.start not in view.title_countries and c.code not in (origin, other)
                  and not re.search(r"\b(?:to|from|with|into|in|for|of)\s+(?:the\s+)?$", text[max(0, c.start - base - 10):c.start - base])]
        trigger_noun = trig.group().lower()
        agentive = trigger_noun.endswith(("er", "ers")) and trigger_noun not in ("order",)
        pron = None
        for m in re.finditer(r"\b(we|We|I|us|our|Our|you|You|your|Your)\b", text[clause_lo:trig.start()]):
            pron = m
        person_before = [p for p in view.people if clause_lo <= p.start - base < trig.start()]
        if before and (not pron or before[-1].start - base > clause_lo + pron.start()):
            possessive_customer = agentive and before[-1].possessive
            if possessive_customer:
                other = other or before[-1].code
                before = before[:-1]
            if before:
                agent = before[-1].code
        if not agent and pron:
            word = pron.group(1).lower()
            agent = view.speaker_country if word in ("we", "i", "us", "our") else view.listener_country
        if not agent and person_before:
            agent = ctx.resolver.person(person_before[-1].key).country
        if kind == "export":
            exporter, importer = agent or origin, other
            if origin and agent and origin != agent and not other:
                exporter, importer = origin, agent
        else:
            importer, exporter = agent, other or origin
        if named_elsewhere:
            return "", ""  # "to the Middle East", "to poor countries", "to the EC": not a country
        where = re.search(r"(\S+),\s+where\s*$", text[max(0, clause_lo - 40):clause_lo])
        if where:
            # "... spread to Europe, where Japanese car exports have grown": the market is what
            # "where" points back to; a country there is the importer, anything else is no country
            place = [c for c in view.countries if c.end - base <= clause_lo and clause_lo - (c.end - base) < 12]
            if not place:
                return "", ""
            if kind == "export":
                other = other or place[-1].code
        if exporter and not importer:
            importer = ctx.other(exporter)
        if importer and not exporter:
            exporter = ctx.other(importer) or ctx.top_other(importer)
        if not exporter and not importer and view.speaker_country and kind == "import":
            importer, exporter = view.speaker_country, view.listener_country
        return exporter, importer

    # ------------------------------------------------------------ projects and agreements

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
                partners = self._partners(view, ctx)
                if len(partners) < 2:
                    continue
                label = re.sub(r"\s+", " ", m.group().strip())
                out.append(Project(label, tuple(partners), self._modality(text[:m.start()]),
                                   self._evidence(view, "project.pattern", view.sentence.start + m.start(),
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
                                   self._evidence(view, "project.compound-adjective", view.sentence.start + m.start(),
                                                  view.sentence.start + m.end())))
        return out

    def _partners(self, view: SentenceView, ctx: DocContext) -> list[str]:
        codes: list[str] = []
        for c in view.countries:
            if c.code not in codes:
                codes.append(c.code)
        for p in (view.speaker_country, view.listener_country):
            if p and p not in codes and re.search(r"\b(?:we|our|us|you|your)\b", view.sentence.text, re.IGNORECASE):
                codes.append(p)
        if len(codes) == 1 and ctx.other(codes[0]):
            codes.append(ctx.other(codes[0]))
        if not codes:
            codes = list(ctx.main[:2])
        return codes

    def agreements(self, view: SentenceView, ctx: DocContext) -> list[Agreement]:
        text = view.sentence.text
        m = self.agreement_re.search(text)
        if not m or not re.search(r"\b(?:sign|signed|signing|conclude|concluded|initialled|adopted|agreed)\b", text):
            return []
        label = re.search(r"(?:(?:barter|trade|cooperation|intergovernmental|bilateral|free|economic|"
                          r"investment|loan|supply|framework)\s+){0,3}" + re.escape(m.group())
                          + r"(?:\s+(?:on|of|in|for)\s+[\w -]{1,60})?", text)
        parties = tuple(self._partners(view, ctx))
        if len(parties) < 2:
            return []
        return [Agreement((label.group() if label else m.group()).strip(), parties, self._evidence(view, "agreement.sign"))]
