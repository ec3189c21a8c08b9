"""Trade flows read off the surface of a sentence: trigger words, lexicon goods and lists.

The fallback for sentences the syntactic reader (``flows``) cannot take: no parse, or a parse
that found no goods in the trigger's arguments.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .context import (
    STOP_WORDS,
    DocContext,
    Modality,
    SentenceView,
    evidence,
    lists,
    overlaps,
    words,
)
from .goods import TRADE_NOUNS, USE_NOUNS, made_abroad
from .lexicon import Lexicon
from .model import TradeFlow
from .syntax import inflections

# "..., and Iran will pay with urea": a comma and a new subject with its verb open another clause
_CLAUSE_RE = re.compile(r";|\bwhile\b|\bwhereas\b|\bbut\b|\bhowever\b|,\s+where\b|,\s+and\s+(?=(?:the\s+)?"
                        r"(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?|(?:our|their|its|your)(?:\s+[\w-]+){1,4})\s+(?:will|would|shall|is|are|was|were|has|have|had|can|"
                        r"could|may|must|also|in turn)\b)"
                        # "..., and will open its market", "..., and to expand access": the subject's next verb
                        r"|,\s+and\s+(?=(?:will|would|shall|should|can|could|must|to)\s+(?!the\b|a\b|an\b)[a-z]+\b)"
                        # "buying field hospitals, which are mounted on trucks": what the goods are made of
                        r"|,\s+(?:which|that)\s+(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:based|built|made|mounted|designed|used|"
                        r"located|owned|run)\b")
# an offer as a noun is a proposal ("Japan's main offers were to ..."), no goods offered (but "its
# offer of tea" is)
_PROPOSAL = re.compile(r"(?:\b(?:the|a|an|its|their|his|her|our|your|main|new|latest|final|first|best)|['’]s)\s+$", re.I)
# "offered to diversify the economy": an offer to act (an offer to sell is read at "sell")
_TO_ACT = re.compile(r"\s+to\s+(?!the\b|a\b|an\b)[a-z]+\b")
# "import substitution": making at home what was bought abroad, no goods coming in
_REPLACED = re.compile(r"[\s-]+(?:substitut|replac)", re.I)
# goods that name what a facility makes ("set up a tractor assembly plant"): a project's, no goods moving
_MAKES_IT = re.compile(r"(?:\s+(?:assembly|processing|production|manufacturing|packaging|bottling|canning))?\s+"
                       r"(?:plants?|factory|factories|facility|facilities|mills?|refinery|refineries|lines?|works)\b", re.I)
# "Chile covers its own copper needs": a need a country meets itself buys nothing
_OWN_NEEDS = re.compile(r"\b(?:its|their|our|his|her|my)\s+own\s+(?:[\w-]+\s+){0,2}$", re.I)
_NEW_PHRASE = re.compile(r"\b(?:and|or)\s+(?:the|a|an|its|their)\s+(?:[a-z-]+\s+)?[a-z-]+\s+of\b")
_MARKET_AFTER = re.compile(r"\s+(?:the\s+)?(?:[\w.-]+\s+){0,4}markets?\b", re.I)
_TO_AFTER = re.compile(r"\s+(?:[\w.-]+\s+){0,4}?to\b", re.I)
# "to poor (new, foreign, neighbouring) countries": somewhere that is no one country
_PLACE_ADJECTIVE = r"(?:(?:poor|other|developing|new|foreign|third|neighbouring|neighboring|many|several|western|eastern)\s+)"
# "bought the imported machinery": a participle after a determiner describes goods, it tells no flow
_ATTRIBUTIVE = re.compile(r"\b(?:the|a|an|its|their|our|his|her|of|for|on|cheap|cheaper|more|less)\s+$", re.I)
_BUYERS_AFTER = re.compile(r"\s+(?:[a-z-]+\s+)?(?:buyers|importers|purchasers|consumers|refiners|mills|customers)\b")
_SENT_ELSEWHERE = re.compile(r"\s+(?:to|into)\s+(?:the\s+)?" + _PLACE_ADJECTIVE + r"?(?:unknown\s+|unspecified\s+|"
                             r"undisclosed\s+|optional\s+)?(?:destinations?|markets|countries|nations|buyers|customers|"
                             r"regions)\b"
                             # "the purchase of Ukrainian grain for countries of Africa": bought for others
                             r"|\s+for\s+(?:the\s+)?" + _PLACE_ADJECTIVE + r"?(?:countries|nations|regions)\b", re.I)
_USE_EXAMPLE = re.compile(r"\b(?:" + "|".join(sorted(USE_NOUNS)) + r")\s*,?\s+(?:such as|including|like)\s+(?:[\w-]+\s+){0,2}$",
                          re.I)
# "source battery cells from a U.S. supplier for its electric vehicles": what goods are for, owned by
# a pronoun, is the buyer's own product, not goods of the flow
_OWN_USE = re.compile(r"\bfor\s+(?:its|their|his|her|our|your)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}$", re.I)
# "will provide significant preferential market access for U.S. goods": the giver buys, it sells nothing
_ACCESS_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:market\s+)?access\b", re.I)
_CHAIN = re.compile(r"[\s-]+chains?\b", re.I)  # "semiconductor supply chains": a way goods are made, no flow
_GENERAL_HEAD_AFTER = re.compile(r"\s+(products|goods|wares|items)\b")  # "metal | products"


# trade nouns a country word before them owns; verbs have subjects
_OWNED_NOUNS = TRADE_NOUNS | {"export", "import"}


# "the world's biggest oil exporter": a standing in the world, no flow to anyone
_WORLD_RANK = re.compile(r"\b(?:world|globe)(?:'s|’s)\s+(?:[\w-]+\s+){0,3}$", re.I)
# a share of a country's goods: "almost all of Mongolia's", "half of Egypt's", "40 percent of Kenya's"
_SHARE_OF = re.compile(r"\b(?:all|most|much|half|part|share|third|quarter|percent|per cent|pct|%)\s+of\s+(?:the\s+)?$",
                       re.I)
# words of greeting another's deed between a side and a trade verb: that side does not trade
_FUNDING = re.compile(r"\b(?:fund(?:s|ed|ing)?|financ(?:e|es|ed|ing)|pa(?:y|ys|id|ying)\s+for)\b(?:(?!\b(?:and|but|while)\b)[^,;])*$",
                      re.IGNORECASE)
_GREETING = re.compile(r"\b(?:thank|grateful|gratitude|welcom|hail|applaud|prais|commend)\w*", re.I)
_BOUND_FOR = re.compile(r"\b(?:destined|bound|headed)\s+for\s+(?:the\s+)?")
_LIST_JOINER = re.compile(r"(?:\s*[a-z-]+){0,2}?\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)(?:[\w.-]+\s+){0,2}")  # " sheets, and frozen "


def _no_offer_of_goods(trigger: re.Match, text: str) -> bool:
    """Whether an "offer" trigger offers no goods: a proposal, or an offer to act."""
    word = trigger.group().lower()
    proposal = word in ("offer", "offers") and _PROPOSAL.search(text[:trigger.start()]) and \
        not re.match(r"\s+of\b", text[trigger.end():])
    return bool(proposal or word.startswith("offer") and _TO_ACT.match(text, trigger.end()))


# a trade word that is also goods, listed among goods: "exports, mainly ships, footwear and textiles"
_LISTED_BEFORE = re.compile(r"(?:\b(?:mainly|mostly|largely|chiefly|including|notably|especially|such as|like)|,|\band)\s+$",
                            re.IGNORECASE)
_LISTED_AFTER = re.compile(r"\s*(?:,|\band\b|\bor\b|--|\)|\.\s*$)")


def _listed_goods(trigger: re.Match, text: str, goods: dict) -> bool:
    """Whether a trigger that names goods too ("ships") stands in a list of goods, a noun."""
    return trigger.group().lower() in goods and bool(_LISTED_BEFORE.search(text, 0, trigger.start())) and \
        bool(_LISTED_AFTER.match(text, trigger.end()))


_SHIPMENT_PERIOD = re.compile(r"\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
                              r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?:/\w+)?\s+shipments?$")

_BARRIER_AFTER = re.compile(r"\s+(?:quotas?|tariffs?|dut(?:y|ies)|bans?|restrictions?|curbs?|barriers?|lev(?:y|ies)|"
                            r"licen[cs]es?|controls?|surcharges?)\b", re.IGNORECASE)


class SurfaceFlowReader:
    """Reads flows from trigger words and the goods around them."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.export_re = words(lex, "export_triggers")
        self.import_re = words(lex, "import_triggers")
        self.market_re = words(lex, "market_triggers")
        self.continuation_re = words(lex, "list_continuations")
        self.negation_re = words(lex, "negation_words")
        self.modality = Modality(lex)
        self.bare = set(lex.patterns["bare_goods"])
        # "spare parts for the buses": what a generic goods word's goods are for is no goods moving
        generic = sorted({w for g in lex.patterns["generic_goods"] for w in (g, g + "s")}, key=len, reverse=True)
        self.fitted_to = re.compile(r"\b(?:" + "|".join(map(re.escape, generic)) +
                                    r")\s+for\s+(?:the\s+|its\s+|their\s+|our\s+|your\s+)?(?:[\w-]+\s+){0,2}$", re.I)
        self.stop = STOP_WORDS
        # the tree reader's verbs of talking, written out: "Kenya and Uganda discussed supplies of tea"
        talked = sorted({form for verb in lex.patterns["talking_verbs"] for form in {verb} | inflections(verb)})
        self.talking = re.compile(r"\b(?:" + "|".join(talked) + r")\b", re.I)

    def __call__(self, view: SentenceView, ctx: DocContext, carry: list[TradeFlow]) -> list[TradeFlow]:
        return self._bound_for(view) + self._read(view, ctx, carry)

    def _bound_for(self, view: SentenceView) -> list[TradeFlow]:
        """"Brazilian soymeal destined for Poland", "Chilean copper bound for China": goods of a
        country on their way to another (the parser makes a clause of its own of "bound for")."""
        text, base = view.sentence.text, view.sentence.start
        out = []
        for m in _BOUND_FOR.finditer(text):
            target = next((c for c in view.countries if c.start - base == m.end() and c.kind != "adjective"), None)
            goods = [c for c in view.commodities if c.end - base <= m.start() and not text[c.end - base:m.start()].strip()]
            if target is None or not goods:
                continue
            item = goods[-1]
            origin = self._origin(view, item.start - base, 0)
            if origin and origin != target.code:
                out.append(TradeFlow(origin, target.code, item.label, item.hs, self.modality(text[:m.end()]),
                                     evidence(view, "flow.bound-for", item.start, item.end)))
        return out

    def _read(self, view: SentenceView, ctx: DocContext, carry: list[TradeFlow]) -> list[TradeFlow]:
        text, base = view.sentence.text, view.sentence.start
        triggers = [(m, "export") for m in self.export_re.finditer(text) if not _CHAIN.match(text, m.end())
                    and not _SHIPMENT_PERIOD.search(text, 0, m.end())  # "two cargoes June shipment": a date
                    and not _ACCESS_AFTER.match(text, m.end())
                    and not _no_offer_of_goods(m, text) and not _listed_goods(m, text, self.lex.commodities)] + \
                   [(m, "import") for m in self.import_re.finditer(text) if not _REPLACED.match(text, m.end())
                    and not _BARRIER_AFTER.match(text, m.end())  # "beef and citrus import quotas": the barrier's frame
                    and not _OWN_NEEDS.search(text, 0, m.start())
                    and not (m.group().lower().endswith("ed") and _ATTRIBUTIVE.search(text[max(0, m.start() - 12):m.start()]))] + \
                   [(m, "market") for m in self.market_re.finditer(text)
                    if m.group().lower().endswith("to")
                    or _MARKET_AFTER.match(text, m.end()) and not _TO_AFTER.match(text, m.end())]
        if not triggers:
            return self._continued(view, carry)
        triggers.sort(key=lambda t: t[0].start())
        found = self._items(view, triggers)
        order = sorted(range(len(found)), key=lambda k: found[k][1])
        items = [found[k] for k in order]
        item_starts = [i[1] for i in items]
        # clause bounds and trigger starts looked up by bisection: linear in a sentence's length
        # even for a line of thousands of triggers (a generated document found the quadratic form)
        separators = [(m.start(), m.end()) for m in _CLAUSE_RE.finditer(text)]
        separator_starts = [a for a, _ in separators]
        separator_ends = [b for _, b in separators]
        trigger_starts = [t.start() for t, _ in triggers]
        out: list[TradeFlow] = []
        for trig, kind in triggers:
            before = bisect_right(separator_ends, trig.start())
            clause_lo = separator_ends[before - 1] if before else 0
            after = bisect_left(separator_starts, trig.start())
            clause_hi = separator_starts[after] if after < len(separators) else len(text)
            following = bisect_right(trigger_starts, trig.end())
            next_start = min(trigger_starts[following], clause_hi) if following < len(triggers) else clause_hi
            chosen = list(range(bisect_left(item_starts, trig.end()), bisect_left(item_starts, next_start)))
            # "sales of soybeans to unknown destinations and of corn to Egypt": an item with a place of
            # its own that is no country goes there
            chosen = [k for k in chosen if not _SENT_ELSEWHERE.match(text, items[k][2])]
            # "maize for purposes such as brewing beer": examples of a use are no goods
            chosen = [k for k in chosen if not _USE_EXAMPLE.search(text[max(0, items[k][1] - 60):items[k][1]])]
            chosen = [k for k in chosen if not _OWN_USE.search(text[max(0, items[k][1] - 40):items[k][1]])]
            # "the supply of electricity to Poland and the transit of grain": goods of another noun
            chosen = [k for k in chosen if not _NEW_PHRASE.search(text[trig.end():items[k][1]])]
            if next_start < clause_hi:
                # "its supplies with meat imports": goods right before the next trade word are that word's
                chosen = [k for k in chosen if text[items[k][2]:next_start].strip(" -")]
            chosen += [k for k in range(bisect_left(item_starts, clause_lo), bisect_left(item_starts, trig.start()))
                       if items[k][2] <= trig.start() and not text[items[k][2]:trig.start()].strip(" -")]
            mine = [found[order[k]] for k in sorted(chosen, key=lambda k: order[k])]  # in the order found
            if not mine and next_start == clause_hi:
                mine = self._elided(view, trig, carry)
            if not mine:
                continue
            negated = bool(self.negation_re.search(re.sub(r"\bnot only\b", "", text[max(clause_lo, trig.start() - 25):trig.start()])))
            modality = self.modality(text[clause_lo:trig.end()])
            # a figure for the flow: one commodity, one amount in the clause ("cheese exports to Norway
            # were worth 106 mln crowns"); a figure for a whole list is left to the list
            amounts = [mo.amount for mo in view.money if clause_lo <= mo.start - base < clause_hi]
            amount = amounts[0] if len(mine) == 1 and len(amounts) == 1 else None
            list_origin = ""
            exchanged_until = -1  # where the goods given in exchange end ("in exchange for pipes and machinery")
            named_here = {c.code for c in view.countries if clause_lo <= c.start - base < clause_hi}
            for label, start, end, hs in mine:
                # "did they buy foreign-made equipment?": made where the clause does not say
                foreign = made_abroad(label, text[:start])
                exporter, importer = self._direction(view, ctx, kind, trig, start, end, clause_lo, clause_hi,
                                                     list_origin)
                # "U.S. Cars, computers and helicopters": the first item's origin holds for the list
                list_origin = list_origin or self._origin(view, start, clause_lo)
                if re.search(r"\bin (?:exchange|return) for\s+(?:[\w.-]+\s+){0,2}$", text[max(0, start - 40):start]) or \
                        exchanged_until >= 0 and _LIST_JOINER.fullmatch(text[exchanged_until:start]):
                    exporter, importer = importer, exporter  # "importing goods in exchange for oil"
                    exchanged_until = end
                if not exporter or not importer or exporter == importer or foreign and exporter not in named_here \
                        or self.fitted_to.search(text, max(0, start - 60), start) or _MAKES_IT.match(text, end):
                    continue
                for exp in self._coordinated(view, exporter, clause_lo, clause_hi, start):
                    for imp in self._coordinated(view, importer, clause_lo, clause_hi):
                        if exp != imp:
                            out.append(TradeFlow(exp, imp, label, hs, modality, evidence(
                                view, f"flow.{kind}.{trig.group().lower()}", base + start, base + end),
                                amount=amount, negated=negated))
        return out

    def _coordinated(self, view: SentenceView, code: str, lo: int, hi: int, goods_start: int = -1) -> list[str]:
        """A country and those joined to it by "and" or commas: "Iraq and China", "to the UAE and Bahrain";
        adjectives only right before the goods they qualify ("Romanian and Ukrainian wheat")."""
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
            adjectives = all(c.kind == "adjective" for c in group)
            if code in codes and len(codes) > 1 and (all(c.kind != "adjective" for c in group) or adjectives and (
                    text[group[-1].end - base:goods_start] == " " or goods_start < 0 and
                    re.search(r"\b(?:to|from|by)\s+(?:the\s+)?$", text[:group[0].start - base]))):
                return codes  # ("to Malaysian and Dutch grinders": the traders of each country)
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
                          evidence(view, "flow.continued-list", view.sentence.start + lo, view.sentence.start + hi))
                for label, lo, hi, hs in self._items(view, []) if lo > self.continuation_re.search(text).start()]

    def _items(self, view: SentenceView, triggers) -> list[tuple[str, int, int, str]]:
        """Commodities of the sentence, with lists completed: "automobile, marine and aviation
        equipment" gives three items; an unknown item in a list with known ones is kept."""
        text, base = view.sentence.text, view.sentence.start
        items: list[tuple[str, int, int, str]] = []
        known = [(c.start - base, c.end - base, c) for c in view.commodities]
        for lo, hi, c in known:
            label = c.label
            # pre-modifiers that make the label more precise ("raw cotton", "chilled lamb")
            pre = re.search(r"(?<![\w-])((?:[a-z-]+\s){1,2})$", text[max(0, lo - 25):lo])
            if pre and c.label in ("equipment", "products", "metals") and pre.group(1).split()[-1] not in self.stop:
                word = pre.group(1).split()[-1]
                if word not in self.bare and not self.export_re.fullmatch(word) and not self.import_re.fullmatch(word):
                    label = f"{word} {label}"
                    lo -= len(word) + 1
            head = _GENERAL_HEAD_AFTER.match(text, hi)
            if head and not c.label.endswith(("products", "goods")):
                label, hi = f"{label} {head.group(1)}", head.end()  # "metal products": not the metal itself
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
                if word in self.stop or word in self.bare or word == "and" or word in self.lex.commodities:
                    continue  # "tea, cement and steel products": tea and cement are goods themselves
                label = f"{word} {head}"
                entry = self.lex.commodities.get(label)
                items.append((label, first, lo + len(c.label), entry.hs if entry else ""))
        # unknown items inside a list that also holds known commodities
        known_starts = sorted((lo, hi) for lo, hi, _ in known)
        for run in lists(text):
            hits = [overlaps(known_starts, a, b) for _, a, b in run]
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
                if any(re.fullmatch(r"[\d.,]+%?", w) or w in ("pct", "percent") for w in words):
                    continue  # "..., mainly tea and coffee, rose 12 pct": a figure, the clause's verb
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
        # not across a trade verb: in "Hungarian companies export buses" Hungary is the seller, read as
        # the verb's agent, and no adjective of the buses
        adj = [c for c in view.countries if c.end - base <= start and c.start not in view.title_countries
               and re.fullmatch(r"\s*" if c.possessive else r"\s*(?:[a-z-]+\s+){0,2}", text[c.end - base:start])
               and not self.export_re.search(text[c.end - base:start]) and not self.import_re.search(text[c.end - base:start])
               and not self.talking.search(text[c.end - base:start])  # "Korea noted copper supplies": Korea talks
               # "supplies all of Mongolia's fuel": its needs (not "most of Egypt's oil imports")
               and not (c.possessive and _SHARE_OF.search(text, 0, c.start - base)
                        and self.export_re.search(text[clause_lo:c.start - base]))]
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
        if not origin and _WORLD_RANK.search(text, 0, trig.start()):
            return "", ""  # "the world's biggest tea exporter": a standing, no flow (but "buyer of Kenyan tea")
        agent = ""       # who exports (export trigger) or imports (import trigger)
        other = ""       # the other party, from "to X" / "from X"
        if kind == "import" and origin and end <= trig.start() and not text[end:trig.start()].strip() and any(
                c.possessive and c.code == origin and c.end - base <= start for c in view.countries):
            # "Ghana's oil imports": the possessor imports, the goods are not its own
            importer = origin
            sellers = [c for c in view.countries if clause_lo <= c.start - base < clause_hi
                       and c.code != importer and c.start not in view.title_countries]
            # "China's soybean imports from Brazil ... as buyers shunned U.S. cargoes": the one "from"
            # names, else the clause's last
            exporter = next((c.code for c in sellers if c.start - base >= trig.end() and
                             re.search(r"\bfrom\s+(?:the\s+)?$", text[trig.end():c.start - base])),
                            sellers[-1].code if sellers else "")
            return exporter or ctx.other(importer) or ctx.top_other(importer), importer
        if kind == "market":
            # "Spain taking a share of the Japanese olive oil market": Spain sells olive oil in Japan;
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
        target = re.match(r"\s+(?:[\w,-]+\s+){0,6}?(?:to|into)\s+(?:the\s+)?" + _PLACE_ADJECTIVE + r"?(\w+)",
                          text[trig.end():clause_hi]) if kind == "export" else \
            re.match(r"\s+(?:[\w,.-]+\s+){0,12}?from\s+(?:the\s+)?(?:(?:third|other|foreign|several|many|various)\s+)?(\w+)",
                     text[trig.end():clause_hi])  # ("import maize into Spain from third countries")
        named_elsewhere = bool(target and not other and target.group(1)[0].isupper()
                               or target and target.group(1).lower() in ("countries", "nations", "states", "markets", "buyers",
                                                                                   "customers", "refiners", "consumers",
                                                                                   "traders", "distributors", "processors",
                                                                                   "users", "destinations", "regions"))
        source = next((c for c in after if re.search(r"\bfrom\s+(?:the\s+)?$", text[trig.end():c.start - base])
                       and len(text[trig.end():c.start - base].split()) <= 3), None)
        if kind == "export" and source is not None and end <= trig.start() and trig.group().lower().endswith("ed"):
            # "depend on copper concentrate shipped from Chile": the participle's "from" names the
            # seller; the clause's country before the goods buys
            buyer = other or next((c.code for c in reversed(view.countries) if clause_lo <= c.start - base < start
                                   and c.code != source.code and c.start not in view.title_countries), "")
            return source.code, buyer or ctx.other(source.code)
        if not other and kind == "export":
            # "supplies almost all of Mongolia's petroleum products": the share of its needs is bought
            other = next((c.code for c in after if c.possessive and _SHARE_OF.search(text, 0, c.start - base)), "")
        if not other and kind == "export":
            for c in view.countries:
                if c.possessive and re.match(r"\s*(?:[\w-]+\s+){0,2}(?:market|markets)\b", text[c.end - base:]):
                    other = c.code
        # the agent: the nearest country, person or pronoun before the trigger in the clause
        # "provided Hungary with fuel supplies": a country the goods are given "with" receives them
        receiver = next((c for c in view.countries if clause_lo <= c.start - base < trig.start() and
                         re.match(r"\s+with\b", text[c.end - base:]) and
                         re.search(r"\b(?:provid|suppl|furnish|equip)\w*\s+(?:the\s+)?$", text[:c.start - base])), None)
        if receiver is not None and kind == "export":
            other = other or receiver.code
        before = [c for c in view.countries if clause_lo <= c.start - base < trig.start()
                  and c.start not in view.title_countries and c.code not in (origin, other)
                  # "the U.S. is Vietnam's largest market, buying ...": a possessor past a comma owns a noun, buys nothing
                  and not (c.possessive and "," in text[c.end - base:trig.start()])
                  # (nor one depended on: "depends on Ukraine for its wheat imports")
                  and (not re.search(r"\b(?:to|from|with|into|in|for|of|on|upon)\s+(?:the\s+)?$", text[max(0, c.start - base - 10):c.start - base])
                       or c.possessive and len(text[c.end - base:trig.start()].split()) <= 4)]  # "growth of Taiwan's apparel exports"
        trigger_noun = trig.group().lower()
        agentive = trigger_noun.endswith(("er", "ers")) and trigger_noun not in ("order",)
        pron = None
        for m in re.finditer(r"\b(we|We|I|us|our|Our|you|You|your|Your)\b", text[clause_lo:trig.start()]):
            pron = m
        person_before = [p for p in view.people if clause_lo <= p.start - base < trig.start()]
        # "greater beef imports by Japan": the country after "by" is the one that imports or exports
        by = next((c for c in after if re.search(r"\bby\s+(?:the\s+)?$", text[max(trig.end(), c.start - base - 8):c.start - base])
                   and len(text[trig.end():c.start - base].split()) <= 2), None)
        if by is not None:
            agent, before, pron, person_before = by.code, [], None, []
        # "from Korean suppliers", "U.S. exporters": the country naming the traders is theirs
        named = next((c for c in view.countries if agentive and kind == "export" and not c.possessive
                      and c.start not in view.title_countries and clause_lo <= c.start - base
                      and c.end - base <= trig.start() and re.fullmatch(r"\s*(?:[a-z-]+\s+)?", text[c.end - base:trig.start()])), None)
        if named is not None and by is None:
            agent, before, pron, person_before = named.code, [], None, []
        # "eliminate tariffs on 98 percent of U.S. exports, including machinery": the country that owns
        # the trade noun trades, whoever acts in the clause
        owner = next((c for c in view.countries if trigger_noun in _OWNED_NOUNS and kind in ("export", "import") and
                      c.start not in view.title_countries and clause_lo <= c.start - base and c.end - base <= trig.start()
                      and re.fullmatch(r"(?:'s|’s|')?\s+(?:[a-z-]+\s+)?" if c.possessive or c.kind == "adjective" else r"\s+",
                                       text[c.end - base:trig.start()])), None)  # ("Uganda discussed supplies": no owner)
        if owner is not None and kind == "import" and not owner.possessive:
            # "duties on Peruvian imports": goods from Peru; only a possessive owns imports
            before = [c for c in before if c is not owner]
            origin = origin or owner.code
        elif owner is not None and by is None and named is None and agent == "":
            agent, before, pron, person_before = owner.code, [], None, []
        if before and kind == "export" and _GREETING.search(text, before[-1].end - base, trig.start()):
            # "Egypt thanked Kenya for (welcomed) the decision to supply tea": who thanks or welcomes
            # another's deed receives
            other, before = other or before[-1].code, []
        if before and self.talking.search(text[before[-1].end - base:trig.start()]):
            before = []  # "Kenya and Uganda discussed supplies of tea": talk of supplies, no supplier
        if before and kind == "export" and _BUYERS_AFTER.match(text, before[-1].end - base):
            # "Japanese buyers agreed to postpone sugar deliveries": the buyers' country receives them
            other = other or before[-1].code
            before = before[:-1]
        if before and kind == "import" and _FUNDING.search(text, before[-1].end - base, trig.start()):
            # "Ukraine thanked Norway for the funding of gas purchases": the payer buys for the other
            # side from no seller the sentence names, told as the payer's goods to it, as the tree
            # reader tells "Denmark will finance the purchase of shells for Ukraine"
            return before[-1].code, other or ctx.other(before[-1].code)
        if before and (not pron or before[-1].start - base > clause_lo + pron.start()):
            possessive_customer = agentive and before[-1].possessive
            if possessive_customer:
                other = other or before[-1].code
                before = before[:-1]
            if before:
                agent = before[-1].code
        if pron and len(text[clause_lo + pron.end():trig.start()].split()) > (
                3 if pron.group(1).lower() in ("our", "your") else 8):
            pron = None  # "we have chances to develop our cooperation in energy, supplies of fuel": no supplier
        if pron and re.search(r"\b(?:cooperation|co-operation|areas?|spheres?|fields?|sectors?)\s+(?:in|of|such as|like)\b",
                              text[clause_lo + pron.end():trig.start()], re.IGNORECASE):
            pron, person_before = None, []  # "we can cooperate in areas like energy, supplies of fuel": a topic
        bloc = list(self.lex.organisation_re.finditer(text, clause_lo, trig.start()))
        if bloc and re.fullmatch(r"\s+(?:will|would|must|should|can|could|may|might|shall|has|have|had|is|was|to|"
                                 r"agreed\s+to|plans\s+to|is\s+to)?\s*(?:also\s+|not\s+)?", text[bloc[-1].end():trig.start()]):
            return "", ""  # "the EC will import two mln tonnes of maize": a bloc, no country, buys
        if not agent and not before and not pron and not person_before and not named_elsewhere and \
                self.lex.organisation_re.search(text[clause_lo:trig.start()]) and \
                not (kind == "export" and origin) and not (kind == "import" and other):
            return "", ""  # "the European Community will sell butter to ...": no country trades
        agent_at = -1
        if not agent and pron:
            word = pron.group(1).lower()
            agent = view.speaker_country if word in ("we", "i", "us", "our") else view.listener_country
            agent_at = clause_lo + pron.end()
        if not agent and person_before and not self.talking.search(text[person_before[-1].end - base:trig.start()]):
            # (not who talks: "Putin explained the reasons for the unstable food supplies")
            agent = ctx.resolver.person(person_before[-1].key).country
            agent_at = person_before[-1].end - base
        if agent_at >= 0 and kind == "export" and _GREETING.search(text, agent_at, trig.start()):
            other, agent = other or agent, ""  # (the same for a person or a pronoun)
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
        # a side filled from the story is none listed with the other ("from Malaysia and Indonesia":
        # neither buys from the other)
        if exporter and not importer:
            importer = ctx.other(exporter)
            importer = "" if importer in self._coordinated(view, exporter, clause_lo, clause_hi) else importer
        if importer and not exporter:
            exporter = ctx.other(importer) or ctx.top_other(importer)
            exporter = "" if exporter in self._coordinated(view, importer, clause_lo, clause_hi) else exporter
        if not exporter and not importer and view.speaker_country and kind == "import":
            importer, exporter = view.speaker_country, view.listener_country
        return exporter, importer

    # ------------------------------------------------------------ projects and agreements

