"""Trade flows from the dependency tree: who sends which goods to whom.

A flow has a trigger, goods and two sides. Triggers are verbs ("export", "supply", "buy"), nouns
("exports of", "gas supplies", "purchases"), agent nouns ("a supplier of X to Y") and needs ("40
percent of Greece's demand for gas"); their lists are data (``patterns.json``: ``flow_verbs``,
``flow_nouns``, ``flow_agents``, ``flow_needs``). The goods are the noun phrases in the trigger's
argument slots (``goods.py`` decides what counts as goods), with their coordinated members and
"such as" / "including" lists. The sides come from the structure: the subject of "export" is the
exporter and its "to" phrase the importer; the subject of "buy" is the importer and its "from"
phrase the exporter; a possessor or country adjective on a trigger noun is its agent ("Pakistan's
exports", "Swedish exports"); a country word on the goods is their origin ("Soviet coal");
"we"/"our" is the speaker's country and "you"/"your" the listener's in a quote or transcript
turn. A side the sentence leaves out is the document's other main country.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import replace
from functools import lru_cache
from itertools import islice
from typing import TYPE_CHECKING

from .context import LIFTING_VERBS, THROUGH_RE, DocContext, SentenceView, evidence, words
from .goods import USE_NOUNS, Goods, GoodsVocabulary, list_goods, made_abroad, singular
from .lexicon import Lexicon
from .model import TradeFlow
from .syntax import FUTURE_AUX, NOUN_STAND_INS, base_form, clause_chain, is_negated, start_of, text_between, word_of

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

# lemmas of the trade verbs the parser saw as stand-ins (see ``syntax.STAND_INS``)
SPEAKER_WORDS = {"we", "our", "us", "ours", "i", "my"}
LISTENER_WORDS = {"you", "your", "yours"}
PLANNED_HEADS = {"plan", "intend", "agree", "expect", "aim", "propose", "decide", "prepare", "consider", "discuss",
                 "negotiate", "continue", "increase", "expand", "boost", "resume", "start", "begin", "launch", "double",
                 "raise", "diversify", "promote", "organise", "organize", "develop", "ensure", "allow", "contract",
                 "sign", "tender", "win", "study", "explore", "localise", "localize", "set", "target"}
WANTED_HEADS = {"want", "wish", "seek", "hope", "like", "need", "ask", "request", "interested", "interest", "keen",
                "eager", "urge", "press", "demand", "call", "welcome", "look", "try", "strive"}
OFFERED_HEADS = {"offer", "ready", "willing", "able", "prepared", "propose", "promise"}
# heads that make a flow planned only while they are still to come: "increased supplies", "exports
# have doubled" tell of flows that happened
PROGRESS_HEADS = {"continue", "increase", "expand", "boost", "resume", "start", "begin", "launch", "double", "raise",
                  "diversify", "grow", "rise"}
REFUSED_HEADS = {"ban", "halt", "suspend", "stop", "cease", "cancel", "refuse", "embargo", "restrict", "prohibit", "block",
                 "curb", "cut", "end", "threaten", "freeze", "reject", "boycott", "sanction", "limit", "phase"}
# a share leads to its goods but does not vouch for them: "most of the financing"
SHARES = {"half", "third", "thirds", "quarter", "most", "bulk", "majority", "portion"}
PERCENT_WORDS = {"percent", "pct", "%", "per cent", "share", "part"}
# goods put on a country's market: "promoting drugs in the Brazilian market"
PROMOTING_VERBS = {"promote", "sell", "market", "offer", "distribute", "place", "launch", "register", "introduce",
                   "advertise", "supply", "deliver", "export"}
# "the gas Hungary uses comes from Russia"
ORIGIN_VERBS = {"come", "originate"}
LINKING_VERBS = {"become", "remain", "rank", "stay"}  # "Kenya remains the main supplier of tea"
# "most of Nigeria's crude goes to India"; goods that enter, reach or flood a country's market
MARKET_ENTRY_VERBS = {"enter", "reach", "flood", "dominate", "penetrate", "conquer"}
DESTINATION_VERBS = {"go", "flow", "arrive", "dock", "return"} | MARKET_ENTRY_VERBS  # ("return to Russian shops")
# what carries goods to a port: "a tanker carrying Iraqi crude arrived in Turkey"
VESSELS = {"tanker", "ship", "vessel", "freighter", "barge", "carrier", "train", "truck", "convoy", "bulker"}
# goods said to be liked, known or found where they are sold: "Russian trucks are well known in Laos"
PRESENCE_WORDS = {"popular", "known", "present", "available", "represented", "welcome", "appreciated"}
# verbs of goods in use somewhere: "Belarusian tractors work in Tajik fields", "our buses run on your roads"
IN_USE_VERBS = {"work", "operate", "run", "ply", "serve"}
# where goods stand for sale: "available on Egyptian shelves", "Turkish tomatoes are back on Russian shelves"
SELLING_PLACES = {"shelf", "shelves", "counter", "counters", "shop", "shops", "store", "stores", "supermarket",
                  "supermarkets"}
# "Laotian coffee has found buyers in Russia", "Indian tea is gaining ground in the Russian market"
FINDING_VERBS = {"find", "gain", "win"}
FOUND_PLACES = {"buyer", "buyers", "customer", "customers", "consumer", "consumers", "ground", "foothold",
                "popularity", "niche", "share", "recognition"}  # ("finds a ready market": the market's frame)
# nouns a trade noun names kinds of: "the top export categories were aircraft, machinery"
_CATEGORY_NOUNS = {"category", "categories", "item", "items", "commodity", "commodities", "product", "products",
                   "line", "lines", "position", "positions"}
# goods said to be present in a market: "well known on", "popular in", "in demand on" the X market
KNOWN_ON_MARKET = {"know", "popular", "present", "available", "represent", "demand", "welcome", "appreciate",
                   "value", "recognise", "recognize", "establish", "seek"}  # "much sought after": "seek"
# who grows or makes goods: "U.S. wheat farmers"
_PRODUCERS = {"farmer", "producer", "grower", "exporter", "rancher", "manufacturer", "maker", "fisherman", "breeder"}
GRANTING = {"provide", "grant", "give", "offer", "open", "allow", "ensure", "extend"}  # access to goods
GAINING = {"gain", "get", "win", "receive", "obtain", "enjoy", "have", "secure"}  # access got by goods
SWAP_VERBS = {"barter", "swap", "exchange", "trade", "countertrade"}  # "barter palm oil for iron ore"
COUNTER_WORDS = {"exchange", "return"}  # "sells tea in exchange for fertiliser"
TENDER_WORDS = {"tender", "bid"}  # "Egypt tendered for 200,000 tonnes of U.S. wheat": the bidder buys
MAKING_VERBS = {"grow", "produce", "make", "manufacture", "breed", "catch", "build", "assemble"}  # goods made "for" a market
CONTRACT_NOUNS = {"contract", "deal"}  # "Egypt signed a contract for Russian wheat": who signs for goods buys
SIGNING_VERBS = {"sign", "strike", "seal", "conclude", "clinch", "finalise", "finalize", "ink", "close", "secure"}
OPENING_VERBS = {"open", "reopen"}  # "open its market to Ghanaian pineapples"
SEEKING_VERBS = {"seek", "want"}  # "Ghana seeks Malaysian tractors": another country's goods wanted
# triggers too general to take any goods-like noun: only lexicon goods ("provide support", "send a letter")
_BARRIER_PARTICIPLES = {"affect", "face", "hit", "hamper", "hinder", "restrict", "block", "limit", "target"}
WEAK_VERBS = {"provide", "send", "transfer", "receive", "obtain", "order", "acquire", "dump", "get",
              "lift"}  # "refiners will lift Chinese fuel oil" (loads it), "lift the ban" (a barrier's frame)
PLACES_ELSEWHERE = {"country", "nation", "state", "market", "region", "buyer", "customer", "world", "destination", "refiner",
                    "consumer", "trader", "distributor", "processor", "user",
                    # a facility supplied ("electricity to the nuclear power plant") is no country
                    "plant", "station", "factory", "refinery", "mill", "hospital", "city", "town", "village",
                    # a store that is no country ("sold sugar into intervention stocks")
                    "stock", "store", "intervention", "stockpile", "reserve", "warehouse"}
# trade barriers on goods: "tariffs on U.S. wheat"
BARRIERS = {"tariff", "duty", "barrier", "quota", "levy", "restriction", "ban", "embargo", "prohibition"}
# verbs of one side pressing the other to lower a barrier: the pressing side's goods are meant
PRESSING = {"want", "urge", "press", "ask", "demand", "push", "pressure", "call", "request", "seek", "persuade",
            "expect"}
BARRIER_PLURALS = {w + "s" for w in BARRIERS} | {"duties", "levies"}
LOWERING = {"cut", "eliminate", "reduce", "lower", "waive", "abolish", "ease", "address", "dismantle", "tackle",
            "resolve", "drop"} | LIFTING_VERBS
# verbs that set a barrier on goods, read in a clause on the barrier ("the tariffs it imposed on barley")
_IMPOSING = {"impose", "place", "put", "levy", "slap", "introduce", "apply", "set"}
# verbs of buyers turning to other goods: "Indian buyers turned to soybean oil from Brazil"
SWITCHING_VERBS = {"turn", "switch", "shift"}
# verbs against a lowering: "opposed the removal of tariffs"
_OPPOSING = {"oppose", "reject", "resist", "block", "delay", "postpone", "criticise", "criticize", "fear", "veto",
             "refuse", "deny", "halt", "suspend", "reverse"}
# procedures a trade deal makes easier for another's goods, and the verbs that do it
_PROCEDURES = {"requirement", "procedure", "inspection", "certification", "clearance", "formality", "paperwork"}
_SMOOTHING = {"streamline", "simplify", "ease", "relax", "expedite", "speed", "accelerate", "harmonise", "harmonize"}
# verbs whose subject gets access for its own goods, or widens it for another's
_SECURING = {"secure", "increase", "expand", "win", "gain", "obtain", "get"}
# verbs whose subject grants access (approvals, procedures) to another's goods, eases it, or secures it
_ACCESS_VERBS = {"provide", "grant", "give", "open", "offer", "improve", "allow", "ensure", "recognize", "recognise",
                 "accept"} | _SMOOTHING | _SECURING
# nouns of lowering a barrier: "the removal of tariffs on Kenyan tea"
LOWERING_NOUNS = {"removal", "elimination", "reduction", "lifting", "abolition", "abolishment", "cut", "cuts",
                  "lowering", "easing", "waiver", "scrapping", "dismantling"}
_TIME_WORDS = {"year", "month", "week", "day", "today", "yesterday", "tomorrow", "monday", "tuesday", "wednesday",
               "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
               "july", "august", "september", "october", "november", "december", "time", "season", "quarter"}
GRATITUDE = {"grateful", "thank", "thankful", "appreciate", "gratitude", "thanks"}
# words of depending on another's goods: "relies on Nigerian electricity"
DEPENDENCE = {"rely", "depend", "dependent", "dependence", "reliance", "reliant", "dependency",
              "count"}  # ("we count on Russian fertiliser": only with "on" and goods of a named country)
# "Shrimp and bananas make up most of U.S. imports from Ecuador": goods as a share of a trade noun
SHARE_VERBS = {"account", "make", "comprise", "constitute", "represent", "form"}
# verbs whose subject fills another's need: "Algeria meets a third of Spain's demand for gas"
_MEETING_A_NEED = {"meet", "cover", "provide", "supply", "account", "satisfy", "fulfil", "fulfill", "secure", "ensure"}
# verbs whose subject's goods are wanted where the verb says: "Ugandan coffee enjoys demand in Egypt"
_HAVING_A_NEED_MET = {"enjoy", "have", "see", "find"}
SHARE_WORDS = {"most", "percent", "pct", "%", "share", "half", "third", "quarter", "bulk", "majority", "part",
               "portion", "two-thirds", "three-quarters", "lion's"}
INCLUDE_VERBS = {"include", "comprise", "consist", "cover", "be", "range", "contain", "involve", "concern", "feature"}


class FlowReader:
    """Reads trade flows from parsed sentences."""

    def __init__(self, lex: Lexicon) -> None:
        p = lex.patterns
        self.lex = lex
        self.vocab = GoodsVocabulary(lex)
        self.verbs: dict[str, str] = p["flow_verbs"]
        self.nouns: dict[str, str] = p["flow_nouns"]
        self.agents: dict[str, str] = p["flow_agents"]
        self.needs = set(p["flow_needs"])
        self.talking = set(p["talking_verbs"])  # who talks of supplies supplies nothing
        self._told: tuple[str, str] | None = None  # the sides told before the sentence being read
        self.negation_re = words(lex, "negation_words")

    def base(self, word: str, otherwise: str = "") -> str:
        """A trade verb's base for any written form of it, as a stand-in verb or the lemmatizer
        hides it ("shipped": ship; "exported": export, not "exporte"); ``otherwise`` (or the word)
        for every other word."""
        base = base_form(word)
        known = base in self.verbs or base in self.nouns or base in SWAP_VERBS
        return base if base != word and known else otherwise or word

    # ------------------------------------------------------------ entry

    def __call__(self, view: SentenceView, ctx: DocContext) -> list[TradeFlow]:
        named = {c.code for c in view.countries}
        # sides told before hold until a sentence names another country
        ctx.told_sides = {kind: sides for kind, sides in ctx.told_sides.items() if not named - set(sides)}
        self._told = ctx.told_sides.get("export")
        doc = view.syntax
        if doc is None:
            return []
        reading = _Reading(self, view, ctx, doc)
        out: list[TradeFlow] = []
        for token in doc:
            out.extend(reading.frame(token))
        # "wheat, corn and vegetable oil" with "oil" parsed as a second object: goods inside longer
        # goods of the same two sides are the same goods
        return [f for f in out if not any(
            (g.exporter, g.importer) == (f.exporter, f.importer) and g.evidence.start <= f.evidence.start
            and f.evidence.end <= g.evidence.end and g.evidence.end - g.evidence.start > f.evidence.end - f.evidence.start
            for g in out)]

    def remember_way(self, ctx: DocContext, flows: list[TradeFlow]) -> None:
        """"Vietnam is the largest market for U.S. farm products": the one way a sentence's goods
        went, when no trade noun told the sides, for the categories the next sentence lists with no
        country ("Leading categories include ...")."""
        ways = {(f.exporter, f.importer) for f in flows if not f.negated and f.exporter and f.importer}
        if len(ways) == 1 and ctx.told_sides.get("export") == self._told:
            ctx.told_sides["export"] = ways.pop()

    def sends_elsewhere(self, view: SentenceView) -> bool:
        """Whether a trade word of the sentence sends goods somewhere that is no country, or brings
        them from there ("exports to new markets", "sales to the Gulf", "imports from third
        countries"): a side another reader fills in from the document would be wrong there."""
        doc = view.syntax
        if doc is None:
            return False
        base = view.sentence.start
        countries = {t.i for c in view.countries for t in doc if c.start <= base + start_of(t) < c.end}
        for t in doc:
            if t.dep_ in ("obl", "nmod") and _case(t) in ("to", "into", "from") and t.pos_ in ("NOUN", "PROPN") and \
                    not any(d.i in countries for d in t.subtree) and \
                    (t.text[:1].isupper() or t.lemma_.lower() in PLACES_ELSEWHERE):
                word = word_of(t.head).lower()
                if any(w in self.verbs or w in self.nouns for w in (word, self.base(word), t.head.lemma_.lower())):
                    return True
        return False


class _Reading:
    """One sentence's tree with its mentions mapped onto tokens."""

    def __init__(self, reader: FlowReader, view: SentenceView, ctx: DocContext, doc: "Doc") -> None:
        self.r, self.view, self.ctx, self.doc = reader, view, ctx, doc
        self.offset = view.sentence.start
        self.starts = [self.offset + start_of(t) for t in doc]  # document offsets, in token order
        self.country_at: dict[int, str] = {}
        self.adjective_at: set[int] = set()  # tokens of a country written as an adjective ("Kenyan")
        for c in view.countries + view.firms:  # "Vietnam Airlines will buy": the firm's country buys
            if c.start in view.title_countries or c.kind == "brand":
                continue  # "the Greek Prime Minister": the country belongs to the title; "Boeing jets": a brand
            tokens = self._tokens(c.start, c.end)
            if c.kind == "firm" and c.text in reader.lex.firm_country and tokens and \
                    tokens[-1].dep_ == "compound" and tokens[-1].head.i > tokens[-1].i:
                continue  # "Embraer jets": a known firm's name before the goods is their brand
            for t in tokens:
                self.country_at[t.i] = c.code
                if c.kind == "adjective":
                    self.adjective_at.add(t.i)
        self.person_at: dict[int, str] = {}
        for m in view.people:
            person = ctx.resolver.person(m.key)
            if person.country:
                for t in self._tokens(m.start, m.end):
                    self.person_at[t.i] = person.country
        self.speaker = view.speaker_country
        if not self.speaker:
            self.speaker = self._reporter()
        self.lexicon_goods: dict[int, tuple[str, str]] = {}  # head token -> (label, hs) from the lexicon
        for c in view.commodities:
            tokens = self._tokens(c.start, c.end)
            if tokens:
                self.lexicon_goods[tokens[-1].i] = (c.label, c.hs)

    def _reporter(self) -> str:
        """The country of who reports the sentence, when it ends ", the Vietnamese President said":
        then "we" and "our" are that country."""
        roots = [t for t in self.doc if t.dep_ == "ROOT"]
        # the reporting verb heads the sentence, or the parser hangs it on the quote ("..., the
        # Kenyan President told his Egyptian counterpart")
        root = next((t for t in roots + [c for r in roots for c in r.children if c.dep_ in ("parataxis", "conj") and c.i > r.i]
                     if t.lemma_.lower() in ("say", "add", "note", "stress", "tell", "emphasise", "emphasize",
                                             "state", "underline", "recall")), None)
        if root is None:
            return ""
        subject = [c for c in root.children if c.dep_ == "nsubj" and c.i > 2]
        if not subject:
            return ""
        lo, hi = subject[0].left_edge.i, subject[0].right_edge.i
        for c in self.view.countries:
            tokens = self._tokens(c.start, c.end)
            if tokens and lo <= tokens[0].i <= hi:
                return c.code
        return self.person_at.get(subject[0].i, "")

    def _tokens(self, start: int, end: int) -> list["Token"]:
        """The tokens that begin inside [start, end) of the document."""
        return list(self.doc[bisect_left(self.starts, start):bisect_left(self.starts, end)])

    # ------------------------------------------------------------ countries of tokens

    def country_of(self, token: "Token", depth: int = 0) -> str:
        """The country a nominal stands for: a country word, an official, "we"/"you", a noun
        modified by a country word ("Russian companies", "Iran's oil ministry"), or the antecedent
        of "which"."""
        if token.i in self.country_at:
            return self.country_at[token.i]
        if token.i in self.person_at:
            return self.person_at[token.i]
        low = token.lower_
        if low in ("its", "their") and depth == 0:
            # "Jordan depends on Romania for part of its wheat imports": the subject of the nearest
            # verb above the pronoun, when a country and the verb has no object; else ("China's
            # controls hurt its imports", "thanked Malaysia for its aid") the country named last
            # before the pronoun
            verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
            subject = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < token.i] \
                if verb is not None and not any(c.dep_ in ("obj", "iobj") for c in verb.children) else []
            bound = self.country_of(subject[0], depth + 1) if subject else ""
            if bound:
                return bound
            before = [i for i in self.country_at if i < token.i]
            return self.country_at[max(before)] if before else ""
        if low in SPEAKER_WORDS:
            return self.speaker
        if low in LISTENER_WORDS:
            return self.view.listener_country
        if low in ("which", "that", "who") and token.dep_.startswith("nsubj"):
            # "Egypt, which ...", also where the parser hung the clause on an earlier noun ("supply
            # tractors to Ghana, which will pay with cocoa")
            for noun in _relative_antecedents(token) if depth < 3 else []:
                found = self.country_of(noun, depth + 1)
                if found:
                    return found
            return ""
        if depth > 2:
            return ""
        # "our Laotian friends": the country word says more than the speaker's "our"
        children = sorted(token.children, key=lambda c: c.lower_ in SPEAKER_WORDS | LISTENER_WORDS)
        if token.lemma_.lower() in _OTHER_SIDE_NOUNS and not any(
                c.i in self.country_at for c in children if c.dep_ in ("amod", "compound", "nmod:poss")):
            # "our partners are interested in buying": the speaker's partners are the listener's side
            owner = next((c.lower_ for c in children if c.dep_ == "nmod:poss"), "")
            if owner in ("our", "my"):
                return self.view.listener_country
            if owner == "your":
                return self.speaker
        for child in children:
            if child.dep_ in ("amod", "compound", "nmod:poss", "flat", "nmod", "appos") and child.i < token.i + 4:
                if child.dep_ == "nmod" and _case(child) not in ("of", ""):
                    continue
                found = self.country_of(child, depth + 1)
                if found:
                    return found
        return ""

    def sides_of(self, tokens: list["Token"]) -> list[str]:
        """Every country of coordinated nominals ("to Angola and Botswana") and of one nominal's
        coordinated country words ("to Malaysian and Dutch grinders")."""
        out: list[str] = []
        for token in tokens:
            for t in _conjuncts(token):
                for found in [self.country_of(t)] + self._coordinated_modifiers(t):
                    if found and found not in out:
                        out.append(found)
        return out

    def _coordinated_modifiers(self, token: "Token") -> list[str]:
        """The countries of country words joined by "and" or commas before one noun: the parser
        hangs each on the noun or makes the later ones conjuncts of the first."""
        words = sorted({w for c in token.children if c.dep_ in ("amod", "compound") and c.i < token.i
                        for w in _conjuncts(c) if w.i in self.country_at and w.i < token.i}, key=lambda w: w.i)
        if len(words) < 2 or not all(self.doc[a.i + 1:b.i].text.strip() in (",", "and", "or", ", and", ", or")
                                     for a, b in zip(words, words[1:])):
            return []
        return [self.country_at[w.i] for w in words]

    def side_of(self, tokens: list["Token"]) -> str:
        for token in tokens:
            for t in _conjuncts(token):
                found = self.country_of(t)
                if found:
                    return found
        return ""

    # ------------------------------------------------------------ goods

    def goods_under(self, token: "Token | list[Token]", seen: set[int] | None = None,
                    trusted: bool = False) -> list[Goods]:
        """Goods named by a nominal argument (or several, read as one list): the list it heads
        (split by ``list_goods``), what a container leads to ("2 million doses of the vaccine",
        "supplies of fuel"), and the members of "such as" / "including" lists."""
        seen = seen if seen is not None else set()
        heads = token if isinstance(token, list) else [token]
        heads = [t for t in heads if t.i not in seen]
        if not heads:
            return []
        token = heads[0]
        members = sorted({m for t in heads for m in _conjuncts(t)}, key=lambda t: t.i)
        members += self._stray_members(members[-1], token)
        # "exports of technology and Kenyan exports of coffee": a trade noun with its own country is
        # another flow, read by its own frame
        members = [m for k, m in enumerate(members) if not k or not (self.r.vocab.is_container(m.lower_) and any(
            c.i in self.country_at and c.dep_ in ("amod", "compound", "nmod:poss") for c in m.children))]
        # "the export of wine to Peru and the joint production of buses": a joint undertaking is no member
        members = [m for k, m in enumerate(members) if not k or not any(c.lower_ == "joint" for c in m.children)]
        seen.update(t.i for t in members)
        start = min(t.left_edge.i for t in members)
        while start < token.i and (self.doc[start].dep_ in ("case", "fixed", "mark", "cc") or self.doc[start].is_punct
                                   or self.doc[start].dep_ == "advmod" and self.doc[start].pos_ == "ADV"):
            # "(, ) such as apples", "partly in crude oil", "as well as for mining equipment": the list
            # starts after its preposition or conjunction
            start += 1
        while start > 0 and self.doc[start - 1].pos_ == "NOUN" and self.doc[start - 1].dep_ == "advmod":
            start -= 1  # "sell copper | concentrate" with "copper" made an adverb of the verb: one phrase
        start = self._listed_origins_before(start)
        end = max(t.right_edge.i for t in members) + 1
        end = self._list_tail(self._phrase_end(end, members))
        if token.i in self.country_at or token.i in self.person_at:
            start = token.i + 1  # "supply Ecuador with crude": no goods in a country
        found = [self._with_lexicon(g) for g in self._list_goods(start, end, trusted)]
        if token.i in self.country_at:  # "to Ugandan | avocados" parsed as a name: the country is their origin
            found = [g if g.origin_token >= 0 else replace(g, origin_token=token.i) for g in found]
        for t in members:
            wide = self.r.vocab.is_container(t.lower_) or self.r.vocab.is_container(t.lemma_) or \
                self.r.vocab.is_generic(t.lower_)
            for child in t.children:
                # "supplies of fuel" under a container; "fruit such as apples and plums" under any goods
                # (not what a generic word's goods are "for": "spare parts for the buses")
                if child.dep_ in ("nmod", "obl", "acl") and child.i > t.i and (
                        (wide and _case(child) in ("of", "in") or _case(child) == "for" and (
                            self.r.vocab.is_container(t.lower_) or self.r.vocab.is_container(t.lemma_)))
                        or self._introduced_as_example(child)):
                    # "doses of X" vouches for X; a share ("most of the financing") does not
                    trust = self.r.vocab.is_container(t.lower_) and _case(child) == "of" and t.lower_ not in SHARES
                    found.extend(g for g in self.goods_under(child, seen, trust) if g not in found)
            if (wide or self.r.vocab.is_generic(t.lemma_)) and t.i + 1 < end and self.doc[t.i + 1].text == ":":
                # "U.S. farm products: wheat, poultry", a list the sentence joined from bullets: the
                # members after the colon, however the parser hung them
                origin = self._heading_origin(t, found)  # "the following U.S. products:"
                for g in [self._with_lexicon(g) for g in self._list_goods(t.i + 2, end, trusted)]:
                    if origin >= 0 and g.origin_token < 0:
                        g = replace(g, origin_token=origin)
                    if g not in found:
                        found.append(g)
            if any(g.head == t.i for g in found):
                found.extend(g for g in self._followed_by(t) if g not in found)
            if wide or any(g.head == t.i for g in found):  # "tropical fruit such as mangoes", hung elsewhere
                origin = self._heading_origin(t, found)
                for g in self._examples_after(t, seen):
                    if origin >= 0 and g.origin_token < 0:
                        g = replace(g, origin_token=origin)  # "Taiwanese goods, such as fans"
                    if g not in found:
                        found.append(g)
        # "100,000 bales of cotton to China and 50,000 bales to Japan": a bare measure names no goods
        return [g for g in found if " " in g.label or not (self.r.vocab.is_container(g.label) or
                                                            self.r.vocab.is_measure(g.label))]

    def _helper_before(self, noun: "Token") -> list["Token"]:
        """The owner of the help a trade noun is an example of: "Polish assistance, in particular the
        supply of tanks" (Poland supplies)."""
        words = list(self.doc[max(0, noun.i - 8):noun.i])
        for k in range(len(words) - 1, -1, -1):
            help_noun = words[k]
            between = " ".join(t.lower_ for t in words[k + 1:] if not t.is_punct)
            if help_noun.lemma_.lower() in _HELP and between in _EXAMPLE_LEADS:
                return [c for c in help_noun.children if c.dep_ in ("amod", "nmod:poss", "compound") and self.country_of(c)]
        return []

    def _followed_by(self, token: "Token") -> list[Goods]:
        """"tea, followed by coffee and cut flowers": the list goes on after "followed by"."""
        for child in token.children:
            if child.dep_ in ("advcl", "acl") and child.lower_ == "followed" and child.i > token.i and \
                    child.i + 1 < len(self.doc) and self.doc[child.i + 1].lower_ == "by":
                return [self._with_lexicon(g) for g in self._list_goods(child.i + 2, child.right_edge.i + 1)]
        return []

    def _heading_origin(self, heading: "Token", found: list[Goods]) -> int:
        """The token of the country a list's heading names, whether or not the heading itself
        names goods ("Taiwanese goods, such as fans", "certain Kenyan products, such as coffee"):
        the members come from there. -1 when it names none."""
        named = next((g for g in found if g.head == heading.i), None)
        if named is not None:
            return named.origin_token
        return next((c.i for c in heading.children if c.dep_ in ("amod", "compound", "nmod:poss") and c.i in self.country_at), -1)

    def _listed_after_colon(self, verb: "Token") -> list[Goods]:
        """The goods listed after a colon that ends the verb's clause ("will purchase from U.S.
        suppliers: aircraft, locomotives"): words with no verb of their own."""
        colon = next((t for t in self.doc[verb.i + 1:] if t.text == ":"), None)
        if colon is None or colon.i + 1 >= len(self.doc) or any(self._clause_verb(t) for t in self.doc[colon.i + 1:]):
            return []
        return [self._with_lexicon(g) for g in self._list_goods(colon.i + 1, len(self.doc))]

    def _listed_origins_before(self, start: int) -> int:
        """Where a list starts that the parser cut after its first origins: in "Kenyan and | Ugandan
        tea" the countries written as adjectives, joined by commas and "and" right before the goods, are
        all their origins."""
        def opening(i: int) -> int:  # the first token of the country word ending at i ("South African")
            while i - 1 in self.adjective_at and self.country_at[i - 1] == self.country_at[i]:
                i -= 1
            return i

        if start - 1 not in self.adjective_at:
            return start
        first = last = opening(start - 1)
        while first >= 2 and self.doc[first - 1].lower_ in (",", "and") and first - 2 in self.adjective_at:
            first = opening(first - 2)
        return first if first < last else start

    def _stray_members(self, last: "Token", first: "Token") -> list["Token"]:
        """"imports palm oil, rubber gloves and electronic components": the parser often hangs the
        later members of an object list on the verb. Nouns conjoined to the same head straight after
        the list, with only commas and "and" between, are members of it."""
        out: list["Token"] = []
        if first.head.i == first.i or first.dep_ not in ("obj", "nmod", "obl", "nsubj", "nsubj:pass"):
            return out
        for sib in sorted((c for c in first.head.children if c.dep_ == "conj" and c.i > last.i), key=lambda t: t.i):
            begin = sib.left_edge.i
            while begin < sib.i and self.doc[begin].dep_ in ("punct", "cc"):
                begin += 1  # the comma or "and" before a member hangs on it
            gap = self.doc[last.right_edge.i + 1:begin]
            if sib.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "nsubj:pass", "aux", "mark") for c in sib.children):
                # "includes shells and demining equipment", the gerund read as a verb with its noun as
                # object: the noun right after it is the member ("demining equipment" as one phrase)
                # (a noun that names goods: not "and expanding their presence", a clause's object)
                sib = next((c for c in sib.children if c.dep_ == "obj" and c.left_edge.i == sib.i + 1 and
                            (self.r.vocab.is_generic(c.lower_) or self.r.vocab.is_known(c.lower_))), sib)
            if not self.r.vocab.is_noun(sib) or not len(gap) or sib.i in self.country_at or \
                    sib.i in self.person_at or \
                    any(t.text not in (",", "&", "/") and t.lower_ not in ("and", "or", "plus") for t in gap) or \
                    any(c.dep_ in ("nsubj", "nsubj:pass", "cop") for c in sib.children):
                break
            out.append(sib)
            last = sib
        return out

    def _list_goods(self, start: int, end: int, trusted: bool = False) -> list[Goods]:
        """``list_goods`` over tokens [start, end), countries and people being no goods."""
        return list_goods(self.doc, start, end, self.r.vocab, self.offset, set(self.country_at) | set(self.person_at),
                          trusted)

    def _origins(self, goods: list[Goods]) -> set[str]:
        """The countries the goods are said to come from ("Ugandan coffee")."""
        return {self.country_of(self.doc[g.origin_token]) for g in goods if g.origin_token >= 0}

    def _other_origin(self, goods: list[Goods], side: str) -> str:
        """A country the goods come from other than ``side`` (the first by code, or "")."""
        return next(iter(sorted(self._origins(goods) - {side, ""})), "")

    def _known(self, goods: list[Goods]) -> list[Goods]:
        """The goods the lexicon names or the nomenclature gives a code: for frames whose words are
        too general to vouch for any noun ("comes from", "goes to", "paid for")."""
        return [g for g in goods if g.hs or any(g.start <= c.start < g.end for c in self.view.commodities)]

    def _phrase_end(self, end: int, members: list["Token"]) -> int:
        """Where a noun phrase the parser cut short really ends: "the Sputnik V vaccine" read with
        "V" as a number and "vaccine" as an argument of the verb. A nominal right after the phrase
        with no preposition of its own continues it."""
        doc = self.doc
        while end < len(doc):
            t = doc[end]
            # ("tea, coffee and farm | equipment", the generic head made an argument of the verb)
            generic_head = t.dep_ == "xcomp" and self.r.vocab.is_generic(t.lower_) and doc[end - 1].pos_ == "NOUN"
            # (a name's letter after it, whatever the parser made of it: "Sputnik | V")
            letter = re.fullmatch(r"[IVX]{1,3}|[A-Z]", t.text) and doc[end - 1].pos_ == "PROPN"
            if t.dep_ not in ("obl", "nmod", "dep", "compound", "flat", "obj", "advmod") and not generic_head and \
                    not letter or \
                    end in self.country_at or \
                    any(t in m.ancestors for m in members) or \
                    end in self.person_at or any(c.dep_ == "case" for c in t.children) or \
                    t.lemma_.lower() in _TIME_WORDS:
                break
            if not (t.pos_ in ("NOUN", "PROPN") or re.fullmatch(r"[IVX]{1,3}|[A-Z]", t.text) or
                    t.pos_ == "ADV" and self.r.vocab.is_known(f"{doc[end - 1].lower_} {t.lower_}")):  # "iron ore"
                break
            end += 1
        return end

    def _list_tail(self, end: int) -> int:
        """Where a list the parser broke really ends: in "tariffs on U.S. pork, ethanol and almonds"
        the later members hang on the verb. Nouns after the phrase, with only commas between them
        and "and" or "or" before the last, up to the clause's end, are members of it."""
        doc, k, last_end = self.doc, end, end
        while k < len(doc) and (doc[k].text == "," or doc[k].lower_ in ("and", "or")):
            closing = doc[k].lower_ in ("and", "or") or k + 1 < len(doc) and doc[k + 1].lower_ in ("and", "or")
            j = k + 1 + (doc[k].text == "," and k + 1 < len(doc) and doc[k + 1].lower_ in ("and", "or"))
            words = j
            while words < len(doc) and (doc[words].pos_ in ("NOUN", "ADJ", "PROPN") or self._goods_adverb(doc[words])) \
                    and words not in self.country_at and words not in self.person_at:
                words += 1
            if words == j or not (doc[words - 1].pos_ == "NOUN" and self.r.vocab.is_noun(doc[words - 1])
                                  or self._goods_adverb(doc[words - 1])):
                return last_end
            if words < len(doc) and doc[words].text not in (",", ".", ";") and doc[words].lower_ not in ("and", "or"):
                # the last member may end at a phrase of the clause ("... and shea butter | to zero")
                return words if closing and doc[words].pos_ == "ADP" else last_end
            k = words
            if closing:
                last_end = words
                if words >= len(doc) or doc[words].text in (".", ";"):
                    return last_end
        return last_end

    def _goods_adverb(self, token: "Token") -> bool:
        """Goods the lexicon names that the tagger took for an adverb ("steel and | fertiliser")."""
        return token.pos_ == "ADV" and self.r.vocab.is_known(token.lower_)

    def _only_country(self, token: "Token") -> bool:
        """A country, a person or "you" standing alone as an argument ("supply Hungary with gas")."""
        return bool(self.country_of(token)) and all(c.dep_ in ("det", "case", "punct", "nmod:poss", "amod", "compound")
                                                    for c in token.children) and not self.r.vocab.is_head(token.lower_)

    def _runs_on_into_goods(self, token: "Token") -> bool:
        """Whether goods the lexicon names run on from this word into the next ("Malaysian palm |
        oil exports", both words parsed as modifiers of the trade noun): the word is no country's
        noun but part of the goods."""
        base = self.view.sentence.start
        at = start_of(token)
        return any(c.start - base <= at and c.end - base > at + len(token.text) for c in self.view.commodities)

    def _with_lexicon(self, goods: Goods) -> Goods:
        """A lexicon match on the head gives the HS code when the nomenclature search found none."""
        lexical = self.lexicon_goods.get(goods.head)
        if lexical and not goods.hs:
            return replace(goods, hs=lexical[1])
        return goods

    def _examples_after(self, token: "Token", seen: set[int]) -> list[Goods]:
        """"wares such as rugs, copper and tiles" when the parser hung the list elsewhere."""
        i = token.i + 1
        text = " ".join(t.lower_ for t in self.doc[i:i + 3])
        for cue, size in (("such as", 2), ("including", 1), (", including", 2), (", such as", 3), ("like", 1)):
            if text.startswith(cue) and i + size < len(self.doc):
                first = self.doc[i + size]
                end = i + size
                while end < len(self.doc) and self.doc[end].text not in (".", ";") and \
                        self.doc[end].lower_ not in ("which", "while", "but") and not self._clause_verb(self.doc[end]):
                    end += 1  # "including pork, and to expand access for tuna": the examples end at a verb
                return self._list_goods(first.i, end)
        return []

    def _clause_verb(self, token: "Token") -> bool:
        """A verb that heads a clause of its own, no goods word the tagger took for one."""
        trade_verb = self.r.base(token.lower_, token.lemma_.lower()) in self.r.verbs
        if trade_verb and token.pos_ == "VERB" and token.i > 0 and self.doc[token.i - 1].lower_ in ("and", ","):
            return True  # "..., and bought tuna", whatever label the parser gave it
        if token.tag_ in ("VBN", "VBD") and token.i + 1 < len(self.doc) and self.doc[token.i + 1].pos_ == "NOUN" \
                and not trade_verb:
            return False  # "frozen fish and dried fruit": a participle before its noun, read as a verb
        return token.pos_ in ("VERB", "AUX") and token.dep_ not in ("amod", "compound", "case", "mark") and \
            not self.r.vocab.is_noun(token)  # ("including" read as a preposition)

    def _introduced_as_example(self, token: "Token") -> bool:
        before = self.doc[max(0, token.left_edge.i - 3):max(token.i, token.left_edge.i + 1)]
        if not re.search(r"\b(?:such as|including|like|namely|especially|particularly|notably|in particular)\b",
                         before.text.lower()):
            return False
        # "maize for purposes such as brewing beer": examples of a use are no goods
        cue = next(t for t in before if t.lower_ in ("such", "including", "like", "namely", "especially",
                                                       "particularly", "notably", "in"))
        heading = next((t for t in reversed(self.doc[:cue.i]) if not t.is_punct), None)
        return heading is None or heading.lemma_.lower() not in USE_NOUNS

    # ------------------------------------------------------------ frames

    def frame(self, token: "Token") -> list[TradeFlow]:
        low, lemma = token.lower_, token.lemma_.lower()
        if word_of(token) != token.text:
            low = word_of(token).lower()  # re-parsed with a stand-in verb: the frame is the written word's
            lemma = self.r.base(low)
        lemma = self.r.base(low, lemma)  # the trained lemmatizer reads "exported" as "exporte"
        if lemma == "import" and token.i + 1 < len(self.doc) and \
                self.doc[token.i + 1].lower_.startswith(("substitut", "replac")):
            return []  # "import substitution": making at home what was bought abroad
        if lemma in DEPENDENCE:
            return self.dependence_frame(token)
        if lemma in ORIGIN_VERBS and token.pos_ == "VERB":
            return self.origin_frame(token)
        if lemma in DESTINATION_VERBS and token.pos_ == "VERB":
            return self.destination_frame(token)
        if lemma in SWAP_VERBS and token.pos_ == "VERB":
            return self.exchange_frame(token)
        if lemma in ("pay", "spend") and token.pos_ == "VERB":
            return self.payment_frame(token)
        if lemma in TENDER_WORDS and token.pos_ in ("VERB", "NOUN"):
            return self.tender_frame(token)
        if lemma in SWITCHING_VERBS and token.pos_ == "VERB":
            return self.switching_frame(token)
        if token.pos_ == "VERB" and (lemma in SEEKING_VERBS or lemma == "look" and
                                     any(_case(c) == "for" for c in token.children)):
            return self.seeking_frame(token)
        if token.pos_ == "VERB" and lemma in ("ask", "request"):
            return self.request_frame(token)
        if lemma in GRATITUDE:
            return self.gratitude_frame(token)
        if lemma in MAKING_VERBS and token.pos_ == "VERB":
            return self.made_for_frame(token)
        if lemma in CONTRACT_NOUNS and token.pos_ == "NOUN":
            return self.contract_frame(token)
        if _selling_place(token) and token.pos_ == "NOUN" and _case(token) in ("on", "in") \
                and any(c.dep_ == "cop" for c in token.children):
            return self.presence_frame(token)  # "Turkish tomatoes are back on Russian shelves": the place is the predicate
        if lemma == "see" and token.pos_ == "VERB":
            return self.seeing_frame(token)
        if lemma in ("category", "item", "commodity") and token.dep_ == "nsubj" and not self.view.countries:
            return self.category_frame(token)
        if lemma == "accept" and token.pos_ == "VERB":
            return self.acceptance_frame(token)
        if token.pos_ == "NOUN" and _aid_noun(token):
            return self.aid_frame(token)
        if lemma == "help" and token.pos_ == "VERB":
            return self.helping_frame(token)
        if lemma in ("take", "book") and token.pos_ == "VERB" and any(
                c.dep_ == "obj" and (self.r.vocab.is_container(c.lower_) or lemma == "take" and c.lower_ in SHARES)
                and any(_case(g) == "of" for g in c.children) for c in token.children):
            # "the Soviets will take (Japan booked) 1 mln tonnes of U.S. corn": a purchase; "Egypt takes
            # a third of Kenya's tea"
            return self.verb_frame(token, "import")
        if (lemma in PRESENCE_WORDS or low in PRESENCE_WORDS) and token.pos_ in ("ADJ", "VERB") or \
                lemma in IN_USE_VERBS and token.pos_ == "VERB" or \
                lemma in FINDING_VERBS and token.pos_ == "VERB" \
                and any(c.dep_ == "obj" and c.lemma_.lower() in FOUND_PLACES for c in token.children):
            return self.presence_frame(token)
        # a trade noun parsed under a stand-in noun is a noun, whatever tag the tagger gave the stand-in
        noun_stand_in = token.text in NOUN_STAND_INS.values() and word_of(token) != token.text
        if (token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB")) and not noun_stand_in:
            kind = self.r.verbs.get(lemma) or self.r.verbs.get(low)
            if kind and token.dep_ == "amod" and token.tag_ == "VBN" and token.head.i > token.i:
                return []  # "bought imported machinery": a participle describing goods tells no flow of its own
            if kind:
                return self.verb_frame(token, kind)
            return []
        if lemma in _PROCEDURES and token.pos_ == "NOUN" and token.dep_ in ("obj", "nsubj:pass") and \
                self.r.base(token.head.lower_, token.head.lemma_.lower()) in _SMOOTHING:
            # "agreed to streamline sanitary requirements for U.S. poultry": a procedure made easier
            # lets another country's goods in, as an approval does (a need's "requirements" elsewhere)
            return self.access_frame(token, named_goods_only=True)
        if token.pos_ in ("NOUN", "PROPN") or noun_stand_in:
            if low in self.r.nouns or lemma in self.r.nouns:
                return self.noun_frame(token, self.r.nouns.get(low) or self.r.nouns[lemma])
            if low in self.r.agents or lemma in self.r.agents:
                return self.agent_frame(token, self.r.agents.get(low) or self.r.agents[lemma])
            if low in self.r.needs or lemma in self.r.needs:
                return self.need_frame(token)
        if lemma in ("interested", "interest"):
            return self.interest_frame(token)
        if lemma == "access" and token.pos_ == "NOUN":
            return self.access_frame(token)
        if lemma in ("approval", "authorisation", "authorization", "registration") and token.pos_ == "NOUN":
            # "will streamline approvals for U.S. beef": goods of a country let in, as with access
            return self.access_frame(token, named_goods_only=True)
        if (lemma in BARRIERS or low in BARRIER_PLURALS) and (token.pos_ == "NOUN" or token.i == 0 and token.pos_ == "PROPN"):
            # (the lemmatizer misses "quotas"; a capital opening the sentence reads as a name: "Tariffs on ...")
            return self.barrier_frame(token)
        return []

    def seeing_frame(self, verb: "Token") -> list[TradeFlow]:
        """"We would like to see more Kenyan tea on our market": goods seen on a country's market
        (shelves, shops) are bought by it."""
        objects = [c for c in verb.children if c.dep_ == "obj"]
        # "more of your avocados": the goods after "of"
        objects = [next((c for c in o.children if c.dep_ == "nmod" and _case(c) == "of"), o) if o.lower_ in ("more", "much")
                   else o for o in objects]
        places = [c for h in [verb] + objects for c in h.children if c.dep_ in ("obl", "nmod") and
                  _case(c) in ("on", "in") and (c.lemma_.lower() in ("market", "markets") or c.lemma_.lower() in SELLING_PLACES)]
        importer = self.side_of(places)
        if any(c.dep_ == "nmod:poss" and c.lower_ in ("its", "their") for p in places for c in p.children):
            # "Egypt wants to see more Kenyan tea on its market": the subject's market
            importer = self.side_of([c for c in verb.children if c.dep_ == "nsubj"] or _inherited_subject(verb))
        # goods the lexicon or HS knows: "see" vouches for no noun ("Chilean ministers")
        goods = self._known(self.goods_under(objects)) if importer else []
        if importer and not goods and any(o.lower_ in ("them", "it") for o in objects):
            # "Peruvian trucks are well known in Africa, and we would like to see them on our market":
            # the goods a clause before had as its subject
            subjects = [t for t in self.doc[:verb.i] if t.dep_ in ("nsubj", "nsubj:pass") and t.pos_ == "NOUN"]
            goods = self._known(self.goods_under([t for t in subjects if t.head.i == subjects[-1].head.i]))
        return self.flows(goods, "", importer, verb, "flow.verb.see") if goods else []

    def category_frame(self, noun: "Token") -> list[TradeFlow]:
        """"Leading categories include soybeans ($700 million), cotton ...": with no country in the
        sentence, the categories go the way the goods of the sentence before went."""
        head = noun.head
        copula = [c.i for c in head.children if c.dep_ == "cop" and c.i > noun.i]
        if "export" not in self.ctx.told_sides or not (
                head.lemma_.lower() in INCLUDE_VERBS and head.pos_ in ("VERB", "AUX") or copula and head.i > noun.i) or \
                any(c.dep_ == "compound" and self.r.base(c.lower_, c.lemma_.lower()) in self.r.nouns for c in noun.children):
            return []  # ("the top export categories were": the trade noun's frame reads them)
        begin = head.i + 1 if head.pos_ in ("VERB", "AUX") else copula[-1] + 1
        goods = [self._with_lexicon(g) for g in self._list_goods(begin, len(self.doc))]
        exporter, importer = self.ctx.told_sides["export"]
        return self.flows(goods, exporter, importer, noun, "flow.categories")

    def acceptance_frame(self, verb: "Token") -> list[TradeFlow]:
        """"The Philippines agreed to accept U.S. meat and poultry": goods the lexicon or the
        nomenclature knows, named with another country, go from it to the one who accepts them.
        Standards, certificates or a delay accepted are no goods, nor are goods of no named country."""
        goods = [g for g in self._known(self.goods_under([c for c in verb.children if c.dep_ == "obj"]))
                 if g.origin_token >= 0]
        subject = [c for c in verb.children if c.dep_ == "nsubj"] or _inherited_subject(verb)
        buyer = self.side_of(subject)
        # (no subject at all, a bulleted "- Accept U.S. poultry": the story's other side accepts)
        return self.flows(goods, "", buyer, verb, "flow.verb.accept") if buyer or not subject else []

    def origin_frame(self, verb: "Token") -> list[TradeFlow]:
        """"80 percent of the gas consumed by Hungary comes from Russia": goods the lexicon or the
        nomenclature knows, as the subject of "come from" a country, go from that country to the
        one that uses them (a participle's "by"/"in" phrase or an owner), else to the other side."""
        source = [c for c in verb.children if c.dep_ == "obl" and _case(c) == "from" and self.country_of(c)]
        subject = [c for c in verb.children if c.dep_ == "nsubj"]
        if not source or not subject:
            return []
        goods = self._known(self.goods_under(subject))
        user = [t for t in subject[0].subtree if t.i in self.country_at and (
            t.dep_ in ("nmod:poss", "amod") or (t.dep_ in ("obl", "obl:agent", "nmod") and _case(t) in ("by", "in")))]
        return self.flows(goods, self.side_of(source), self.side_of(user), verb, "flow.origin")

    def destination_frame(self, verb: "Token") -> list[TradeFlow]:
        """"Most of Nigeria's crude goes to India", "Chilean copper flows mainly to China": goods
        the lexicon or the nomenclature knows, owned by a country or named with its adjective, as
        the subject of "go to" a country, go from the owner to that country."""
        base = self.r.base(verb.lower_, verb.lemma_.lower())
        # "the first cargo of Russian LNG arrived in India": arriving goods are where they go
        cases = ("in", "to", "at") if base in ("arrive", "dock") else ("to", "into")
        target = [c for c in verb.children if c.dep_ == "obl" and _case(c) in cases and self.country_of(c)]
        duty_free = False
        if base in MARKET_ENTRY_VERBS:
            # "Kenyan flowers will enter the United States without duties", "Korean cars dominate the Chilean market"
            target = [c for c in verb.children if c.dep_ == "obj" and self.country_of(c)]
            if any(self.r.agents.get(c.lower_) == "market" and self.agent_frame(c, "market") for c in target):
                return []  # "Our wines will reach the Indian market": the market's own frame reads it
            # "..., while Kenyan tea will enter duty free": the market of the tariffs spoken of, the other side's
            duty_free = not target and bool(re.match(r"\s*(?:duty[\s-]free|free of (?:duty|duties|tariffs?)|without "
                                                     r"(?:duty|duties|tariffs?)|tariff[\s-]free)\b",
                                                     self.view.sentence.text[start_of(verb) + len(word_of(verb)):]))
        subject = [c for c in verb.children if c.dep_ == "nsubj"] or \
            ([verb.head] if verb.dep_ == "acl" and verb.head.lemma_.lower() in VESSELS else [])  # "a tanker ... docked in"
        if not (target or duty_free) or not subject:
            return []
        subject = [_antecedent(s) or s for s in subject]  # "covers Colombian coffee, which will enter the Korean market"
        if subject[0].lemma_.lower() in SHARES | PERCENT_WORDS:
            subject = [c for c in subject[0].children if c.dep_ == "nmod" and _case(c) == "of"]  # "40 percent of"
        if subject[0].lemma_.lower() in VESSELS:
            # the goods a vessel carries ("carrying Iraqi crude", "with Ukrainian grain")
            subject = [c for a in subject[0].children if a.dep_ == "acl" for c in a.children if c.dep_ in ("obj", "obl")] + \
                [c for c in subject[0].children if c.dep_ == "nmod" and _case(c) == "with"]
        goods = self._known(self.goods_under(subject))
        owner = [t for s in subject for t in s.subtree if t.dep_ in ("nmod:poss", "amod", "compound") and
                 (t.i in self.country_at or t.lower_ in SPEAKER_WORDS | LISTENER_WORDS)
                 or t.dep_ == "nmod" and _case(t) == "from" and t.i in self.country_at]  # "cherries from Chile"
        if not owner:
            return []
        if duty_free:
            return self.flows(goods, self.side_of(owner), self.ctx.other(self.side_of(owner)), verb, "flow.destination")
        return self.flows(goods, self.side_of(owner), self.side_of(target), verb, "flow.destination",
                          also=self.sides_of(target)[1:])

    def exchange_frame(self, verb: "Token") -> list[TradeFlow]:
        """"Malaysia agreed to barter palm oil for Indian iron ore", "Iran will swap crude with the
        Soviet Union for machinery": the subject's side gives the object's goods and gets the goods
        after "for" from its partner (named after "with", or the country of either goods)."""
        objects = [c for c in verb.children if c.dep_ == "obj"]
        wanted = [c for c in verb.children if c.dep_ in ("obl", "nmod") and _case(c) == "for"]
        wanted += [c for o in objects for c in o.children if c.dep_ == "nmod" and _case(c) == "for"]
        if not objects or not wanted:
            return []
        given = self.goods_under(objects)
        got = self.goods_under(wanted, trusted=bool(given))  # "barter copper for fishmeal": goods for goods
        side = self.side_of([c for c in verb.children if c.dep_ == "nsubj"] or _inherited_subject(verb))
        # the partner after "with", on the verb or on the goods ("exchange oil for cocoa with Ghana")
        partner = self.side_of([c for t in [verb, *objects, *wanted] for c in t.children
                                if c.dep_ in ("obl", "nmod") and _case(c) == "with"])
        partner = partner or self._other_origin(got + given, side)
        rule = f"flow.exchange.{word_of(verb).lower()}"
        return self.flows(given, side, partner, verb, rule) + self.flows(got, partner, side, verb, rule)

    def payment_frame(self, verb: "Token") -> list[TradeFlow]:
        """"India will pay for the Malaysian palm oil with railway equipment": the payer buys what it
        pays for (goods the lexicon or the nomenclature knows) and sells what it pays with."""
        spent = verb.lemma_.lower() == "spend"  # "spent $400 million on Kenyan tea": what is spent on is bought
        cases = ("on",) if spent else ("for",)
        bought = [c for c in verb.children if c.dep_ in ("obl", "nmod") and _case(c) in cases]
        bought += [c for o in verb.children if o.dep_ == "obj" for c in o.children
                   if c.dep_ == "nmod" and _case(c) in cases]  # "paid $20 million for Chilean copper"
        if spent:
            bought_goods = [g for g in self._known(self.goods_under(bought)) if g.origin_token >= 0]
            side = self.side_of([c for c in verb.children if c.dep_ == "nsubj"] or _inherited_subject(verb))
            return self.flows(bought_goods, "", side, verb, f"flow.payment.{word_of(verb).lower()}") if side else []
        paid_with = [c for t in [verb, *bought] for c in t.children if c.dep_ in ("obl", "nmod") and _case(c) == "with"]
        inside_with = {t.i for c in paid_with for t in c.subtree}  # "for arms with cotton": cotton pays
        bought_goods = self._known([g for g in self.goods_under(bought) if g.head not in inside_with])
        side = self.side_of([c for c in verb.children if c.dep_ == "nsubj"] or _inherited_subject(verb))
        if not bought_goods:
            # "..., and Iran will pay with urea" / "Iraq paid partly in crude oil": what it bought is
            # told before; the goods it pays in go to the one other country the sentence names
            paid_in = [c for c in verb.children if c.dep_ in ("obl", "nmod", "obj") and _case(c) in ("with", "in")]
            others = {c.code for c in self.view.countries} - {side}
            seller = next(iter(others)) if len(others) == 1 else self.ctx.other(side)
            return self.flows(self._known(self.goods_under(paid_in)), side, seller, verb,
                              f"flow.payment.{word_of(verb).lower()}") if side and seller else []
        seller = self._other_origin(bought_goods, side)
        rule = f"flow.payment.{word_of(verb).lower()}"
        return self.flows(bought_goods, seller, side, verb, rule) + \
            self.flows(self.goods_under(paid_with), side, seller, verb, rule)

    def tender_frame(self, word: "Token") -> list[TradeFlow]:
        """"Egypt has tendered for 200,000 tonnes of U.S. wheat", "the USDA accepted a bid from Yemen
        for U.S. wheat", "Algeria's tender for Canadian durum": the bidder wants the goods of the
        country they are named with (goods of no named country: no flow, the seller is open)."""
        host = word if word.pos_ == "VERB" else word.head
        near = [word] if host is word else [word, host]
        wanted = [c for t in near for c in t.children if c.dep_ in ("obl", "nmod") and _case(c) == "for"]
        goods = [g for g in self.goods_under(wanted) if g.origin_token >= 0]
        if word.pos_ == "VERB":
            bidder = [c for c in word.children if c.dep_ == "nsubj"] or _inherited_subject(word)
        else:
            bidder = [c for c in word.children if c.dep_ in ("nmod:poss", "amod", "compound") and self.country_of(c)]
            bidder += [c for t in near for c in t.children if c.dep_ in ("obl", "nmod") and _case(c) == "from"]
        return self.flows(goods, "", self.side_of(bidder), word, "flow.tender", modality="wanted") \
            if self.side_of(bidder) else []

    def switching_frame(self, verb: "Token") -> list[TradeFlow]:
        """"Indian buyers turned to soybean oil from Brazil", "Egypt switched to Russian wheat": the
        one who turns to goods of a named country buys them (goods of no country: no flow)."""
        slots = [c for c in verb.children if c.dep_ in ("obl", "nmod") and _case(c) == "to"]
        goods = self._known(self.goods_under(slots))
        for c in verb.children:  # "turned to wheat" with "to wheat" read as an infinitive
            if c.dep_ == "xcomp" and any(m.lower_ == "to" for m in c.children if m.dep_ == "mark") and \
                    self.r.vocab.is_known(c.lower_):
                goods += self._known(self._list_goods(c.left_edge.i + 1, c.i + 1))
        sellers = [c for s in slots for c in s.children if c.dep_ == "nmod" and _case(c) == "from" and self.country_of(c)] + \
            [c for c in verb.children if c.dep_ == "obl" and _case(c) == "from" and self.country_of(c)]
        buyer = self.side_of([c for c in verb.children if c.dep_ == "nsubj"] or _inherited_subject(verb))
        seller = self.side_of(sellers)
        if not seller:
            goods = [g for g in goods if g.origin_token >= 0]  # each the goods of its own country
        if not buyer or seller == buyer:
            return []
        return self.flows(goods, seller, buyer, verb, f"flow.switch.{self.r.base(verb.lower_, verb.lemma_.lower())}")

    def made_for_frame(self, verb: "Token") -> list[TradeFlow]:
        """"Kenyan farmers grow tea mainly for the Egyptian market", "Russia will build helicopters
        for India": goods made for another country (or its market) go there from the maker's."""
        objects = [c for c in verb.children if c.dep_ == "obj"]
        hosts = [verb, *objects, *(a for a in verb.children if a.dep_ == "advmod")]  # ("mainly for", hung on "mainly")
        markets = [c for h in hosts for c in h.children if c.dep_ in ("obl", "nmod") and _case(c) == "for"
                   and self.country_of(c) and (self._only_country(c) or self.r.agents.get(c.lower_) in ("market", "import"))]
        if not markets:
            return []
        maker = self.side_of([c for c in verb.children if c.dep_ == "nsubj"] or _inherited_subject(verb))
        inside = {t.i for m in markets for t in m.subtree}
        goods = [g for g in self._known(self.goods_under(objects)) if g.head not in inside]
        buyer = self.side_of(markets)
        return self.flows(goods, maker, buyer, verb, f"flow.made-for.{self.r.base(verb.lower_, verb.lemma_.lower())}") \
            if maker and buyer and maker != buyer else []

    def contract_frame(self, noun: "Token") -> list[TradeFlow]:
        """"Egypt signed a contract for Russian wheat", "Thailand's deal for U.S. LNG": goods of a
        named country that a contract is for go to the side that signs it (the subject of "sign",
        "strike", "seal", or the contract's owner), else to the story's other side. Goods of no
        named country tell no way ("Egypt signed a contract with Russia for wheat")."""
        goods = [g for g in self.goods_under([c for c in noun.children if c.dep_ == "nmod" and _case(c) == "for"])
                 if g.origin_token >= 0]
        if not goods:
            return []
        buyer = [c for c in noun.children if c.dep_ == "nmod:poss" and self.country_of(c)]
        verb = noun.head
        if not buyer and noun.dep_ == "obj" and self.r.base(verb.lower_, verb.lemma_.lower()) in SIGNING_VERBS:
            buyer = [c for c in verb.children if c.dep_ == "nsubj"] or _inherited_subject(verb)
        return self.flows(goods, "", self.side_of(buyer), noun, "flow.contract")

    def _counter_goods(self, verb: "Token") -> list["Token"]:
        """What a flow is given for: "sells tea to Egypt in exchange for fertiliser", whether the
        parser hangs "for fertiliser" on "exchange" or on the verb."""
        out = []
        for child in verb.children:
            if child.dep_ in ("obl", "nmod") and child.lemma_.lower() in COUNTER_WORDS and _case(child) == "in":
                out += [c for c in child.children if c.dep_ in ("nmod", "obl") and _case(c) == "for"]
            elif child.dep_ in ("obl", "nmod") and _case(child) in ("under", "in", "through") and any(
                    c.dep_ in ("compound", "amod") and c.lemma_.lower() in SWAP_VERBS for c in child.children):
                # "ship sugar under a barter deal for fertiliser"
                out += [c for c in child.children if c.dep_ in ("nmod", "obl") and _case(c) == "for"]
            elif child.dep_ in ("obl", "nmod") and _case(child) == "for" and child.left_edge.i >= 2 and \
                    self.doc[child.left_edge.i - 2].lower_ == "in" and \
                    self.doc[child.left_edge.i - 1].lemma_.lower() in COUNTER_WORDS:
                out.append(child)
            elif child.dep_ in ("obl", "nmod") and _case(child) == "against" and any(
                    c.dep_ in ("amod", "nmod:poss", "compound") and self.country_of(c) for c in child.children):
                out.append(child)  # "supply rice to the Soviet Union against Soviet crude oil": a barter
        return out

    def barrier_frame(self, noun: "Token") -> list[TradeFlow]:
        """"Kenya will remove tariffs on U.S. wheat", "Japan cut its duties on Chilean wine": the
        goods' country sells to the one that lowers the barrier. A barrier imposed or kept is no
        flow."""
        slot = noun
        if noun.dep_ == "nmod" and _case(noun) == "of" and noun.head.dep_ in ("obj", "nsubj:pass") and \
                (noun.head.lemma_.lower() in SHARES | {"percent", "%", "all", "share"}):
            slot = noun.head  # "eliminate 99 percent of tariff barriers": the share stands in the barrier's slot
        verb = slot.head if slot.dep_ in ("obj", "nsubj:pass") else None
        misread = False
        action = slot.head if slot.dep_ in ("nmod", "obl") and _case(slot) == "of" and \
            slot.head.lower_ in LOWERING_NOUNS else None  # "welcomed the removal of tariffs on Kenyan tea"
        if action is not None:
            above = action.head if action.dep_ in ("obj", "nsubj", "nsubj:pass") else None
            if above is not None and above.lemma_.lower() in _OPPOSING:
                return []  # "Uganda opposed the removal of tariffs on Kenyan tea"
            # the goods "on", "for" or "to" right after the barrier, wherever the parser hung them
            hosts = [noun, action] + ([above] if above is not None else [])
            slots = [c for h in hosts for c in h.children if c.dep_ in ("nmod", "obl") and
                     _case(c) in ("on", "for", "to", "against")
                     and (h is noun and c.i > noun.i or c.left_edge.i == noun.right_edge.i + 1)]
            goods = [g for c in slots if not self._only_country(c) for g in self.goods_under(c)]
            mine = [g for g in goods if g.origin_token >= 0]
            # who lowers: the action's owner ("Japan's removal of"), else the subject above it
            setter = self.side_of([c for c in action.children if c.dep_ in ("nmod:poss", "amod", "compound")]) or \
                self.side_of([c for c in noun.children if c.dep_ in ("nmod:poss", "amod", "compound")]) or \
                (self.side_of([c for c in above.children if c.dep_ == "nsubj"] or  # "was announced by Peru"
                              [c for c in above.children if c.dep_ in ("obl", "obl:agent") and _case(c) == "by"])
                 if above is not None else "")
            if not mine and setter and setter in self.ctx.main[:2] and len(self.ctx.main) >= 2:
                # "secured the removal of Indian tariffs on apples" in a story of two: the other's apples
                return self.flows(self._known(goods), self.ctx.other(setter), setter, noun, f"flow.barrier.{noun.lower_}")
            return self.flows(mine, "", setter, noun, f"flow.barrier.{noun.lower_}")
        # "will apply a zero tariff to Kenyan coffee": a barrier set at nothing is one lowered
        zero = verb is not None and (any(t.lower_ in ("zero", "0", "0%") for t in noun.subtree if t.i < noun.i) or any(
            t.lower_ in ("zero", "0", "0%") for c in noun.children if c.dep_ == "nmod" and _case(c) == "of"
            for t in c.subtree))  # "a tariff of 0 percent"
        # "will grant tariff-rate quotas for U.S. beef": a quota granted lets goods in
        zero = zero or verb is not None and verb.lemma_.lower() in GRANTING | {"expand", "increase", "raise"} and \
            noun.lemma_.lower() in ("quota", "quotas") and any(c.lower_ in ("tariff", "rate") for c in noun.children)
        if not zero and (verb is None or not _lowers(verb)):
            # "agreed to waive tariffs", "will lower tariffs": the parser often reads a rare verb
            # after "to" or a modal as the noun's adjective; the clause above it holds the subject
            misread = any(c.dep_ in ("amod", "compound") and c.i == noun.i - 1 and _lowers(c) and
                          c.i > 0 and self.doc[c.i - 1].lower_ in _TO_AND_MODALS for c in noun.children) or \
                (verb is not None and verb.lower_ in LOWERING and verb.i > 0 and self.doc[verb.i - 1].lower_ in _TO_AND_MODALS)
            if not misread:
                return []  # a barrier kept or raised says no goods move ("imposed tariffs on Chinese steel")
            verb = noun.head
        goods: list[Goods] = []
        for child in noun.children:
            if child.dep_ == "acl" and child.i > noun.i and child.lemma_.lower() in _BARRIER_PARTICIPLES:
                # "barriers affecting U.S. medical devices", "non-tariff barriers facing U.S. autos"
                goods.extend(self.goods_under([c for c in child.children if c.dep_ == "obj"]))
                continue
            if child.dep_ in ("acl:relcl", "acl") and child.i > noun.i and child.lemma_.lower() in _IMPOSING:
                # "remove the tariffs it imposed on Australian barley": the goods the barrier was set on
                goods.extend(g for c in child.children if c.dep_ in ("obl", "nmod") and _case(c) == "on"
                             and not self._only_country(c) for g in self.goods_under(c))
                continue
            written = self.r.base(word_of(child).lower(), child.lemma_.lower())  # "tariffs on imports": no goods
            if child.dep_ in ("nmod", "acl") and child.i > noun.i and _case(child) in ("on", "for", "to", "against") \
                    and not self._only_country(child) and written not in ("import", "export"):
                goods.extend(self.goods_under(child))
        if not goods and (slot.dep_ == "obj" or misread):  # "cut its duties on Chilean wine", "on" hung on the verb
            edge = slot.right_edge.i
            for c in verb.children:
                if c.dep_ in ("obl", "nmod") and c.left_edge.i == edge + 1 and \
                        _case(c) in ("on", "for", "to", "against") and \
                        not (self.r.base(word_of(c).lower(), c.lemma_.lower()) == "export" and not any(
                            d.dep_ in ("amod", "compound", "nmod:poss") and self.country_of(d) for d in c.children)):
                    # ("lifted its ban on sugar exports to Pakistan": a barrier on one's own exports;
                    # "barriers to U.S. exports" are another's)
                    if not self._only_country(c):
                        goods.extend(self.goods_under(c))
                        edge = c.right_edge.i  # "on 99 percent of tariff lines | for U.S. goods": the chain goes on
                        continue
                    # "tariffs on Kenyan | soy, wheat": the country word parsed apart from its goods
                    after = next((d for d in verb.children if d.left_edge.i == c.right_edge.i + 1 and
                                  d.dep_ in ("obl", "nmod", "obj") and d.pos_ == "NOUN" and not _case(d)), None)
                    if after is not None and self.doc[c.i].pos_ in ("ADJ", "PROPN") and c.i + 1 == after.left_edge.i:
                        goods.extend(replace(g, origin_token=c.i) if g.origin_token < 0 else g
                                     for g in self.goods_under(after))
        mine = [g for g in goods if g.origin_token >= 0]
        if goods and not mine:
            # "tariffs on natural resources and aircraft parts from Peru": the list's origin after it
            mine = self._from_after(goods, verb)
        presser = "" if mine else self._presser(verb)
        own = [c for c in noun.children if c.dep_ in ("amod", "nmod:poss", "compound") and self.country_of(c)]
        deal = self.doc[noun.i - 3] if misread and noun.i >= 3 and self.doc[noun.i - 2].lower_ == "to" else None
        if deal is not None and deal.lemma_.lower() in _DEAL_NOUNS | _AIMS:
            # "welcomed Vietnam's decision to lower tariffs on U.S. pork", "to lower" read as the
            # tariffs' adjective: whose decision (plan) it is lowers, not the subject above it
            own = own or _owners(deal)
        if not mine and not presser:
            setter = self.side_of(own) or self.side_of([c for c in verb.children if c.dep_ == "nsubj"])
            if not goods or not setter or setter not in self.ctx.main[:2] or len(self.ctx.main) < 2:
                return []  # "tariffs on steel": whose steel, and who buys it, the sentence does not say
            # "the United States will remove tariffs on natural rubber" in a story of two: the other's
            mine = [replace(g, origin_token=-1) for g in self._known(goods)]  # (goods the lexicon or HS vouches for)
            return self.flows(mine, self.ctx.other(setter), setter, noun, f"flow.barrier.{noun.lower_}",
                              modality="planned")
        setter = self.side_of(own) or self.side_of(
            # ("Peru is to remove tariffs": the subject the parser hangs outside the copula)
            [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:outer")] or  # "removed by Peru": the agent
            [c for c in verb.children if c.dep_ in ("obl", "obl:agent") and _case(c) == "by"] or _inherited_subject(verb))
        if presser:  # "the U.S. wants Japan to lift quotas on beef": the side that presses sells
            return [] if presser == setter else \
                self.flows(goods, presser, setter, noun, f"flow.barrier.{noun.lower_}", modality="wanted")
        # lowering a barrier is trade to come, not a ban ("cut" alone would read as one)
        future = misread or any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX or c.dep_ == "mark"
                                for t in clause_chain(verb)[:3] for c in t.children)
        return self.flows(mine, "", setter, noun, f"flow.barrier.{noun.lower_}",
                          modality="planned" if future else "realised")

    def _for_elsewhere(self, place: "Token") -> bool:
        """Whether a "for" phrase names a region or other states, no country ("for countries of
        Africa", "for Asia"): goods bought for them go to neither side."""
        return _case(place) == "for" and not self.country_of(place) and \
            (place.text[:1].isupper() or place.lemma_.lower() in ("country", "nation", "region"))

    def _from_after(self, goods: list[Goods], verb: "Token") -> list[Goods]:
        """The goods with the country of a "from" phrase after them as their origin ("aircraft parts
        from Peru"), hung on the goods or on the verb; none when there is no such phrase."""
        hosts = [self.doc[g.head] for g in goods] + [verb]
        origin = next((c.i for h in hosts for c in h.children if c.dep_ in ("nmod", "obl") and _case(c) == "from"
                       and c.i > min(g.head for g in goods) and self.country_of(c)), -1)
        return [replace(g, origin_token=origin) for g in goods] if origin >= 0 else []

    def _presser(self, verb: "Token") -> str:
        """The country that wants, urges or presses another to lower a barrier ("the U.S. urged Japan
        to lift quotas on beef"): the clause of the lowering verb is the complement of its verb."""
        head = verb
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        if head.dep_ not in ("xcomp", "ccomp") or head.head.lemma_.lower() not in PRESSING:
            return ""
        return self.side_of([c for c in head.head.children if c.dep_ == "nsubj"])

    def access_frame(self, noun: "Token", named_goods_only: bool = False) -> list[TradeFlow]:
        """"India will provide market access for U.S. almonds", "access to the Japanese market
        for Chilean salmon": the goods' country exports, the market's (or the one granting
        access) imports. ``named_goods_only``: only goods of a country written ("approvals for U.S.
        beef"; approvals for new projects let nothing in)."""
        goods: list[Goods] = []
        market: list["Token"] = []
        for child in noun.children:
            case = _case(child)
            if child.dep_ in ("nmod", "acl") and child.i > noun.i and not self._only_country(child) and \
                    (case == "for" or case == "of" and named_goods_only):  # "registration of U.S. pesticides"
                goods.extend(self.goods_under(child))
            elif child.dep_ == "nmod" and case == "to" and noun.dep_ == "obj" and child.lemma_.lower() != "market" \
                    and noun.head.lemma_.lower() in GRANTING and not self._only_country(child):
                goods.extend(self.goods_under(child))  # "Vietnam will grant access to U.S. machinery"
            elif child.dep_ == "nmod" and case == "to" and self.country_of(child):
                market.append(child)
            if child.dep_ == "nmod" and case == "to" and child.lemma_.lower() == "market":
                # "grant access to the (Korean) market for Chilean machinery", "for" hung on the market
                goods.extend(g for c in child.children if c.dep_ == "nmod" and _case(c) == "for"
                             and not self._only_country(c) for g in self.goods_under(c))
        if not goods and noun.dep_ == "obj":
            # "Peruvian grapes will gain access to the U.S. market": the goods are the subject of the
            # verb of getting (or of an auxiliary the parser made of it: "will enjoy | improved access"),
            # the market at times hung on the verb
            market = market or [c for c in noun.head.children if c.dep_ == "obl" and _case(c) == "to" and
                                c.lemma_.lower() == "market" and self.country_of(c)]
            getters = [noun.head, *(c for c in noun.head.children if c.dep_ == "aux"),
                       *self.doc[max(0, noun.left_edge.i - 2):noun.left_edge.i]] if market else []
            if any(v.lemma_.lower() in GAINING for v in getters):
                entrant = [c for v in getters for c in v.children if c.dep_ == "nsubj"] or _inherited_subject(noun.head)
                goods = [g for g in self.goods_under(entrant) if g.origin_token >= 0]
        producers_country = ""
        producers = []
        if not goods and noun.dep_ == "obj" and noun.head.lemma_.lower() in GRANTING:
            # "gives U.S. wheat farmers duty-free access to Taiwan": the producers' goods get the access
            producers = [c for c in noun.head.children if c.dep_ in ("iobj", "obj") and c.i < noun.i
                         and c.lemma_.lower() in _PRODUCERS]
        if not goods and not producers:  # "access for American pork producers to the Philippine market"
            producers = [c for c in (*noun.children, *noun.head.children) if c.dep_ in ("nmod", "obl") and
                         _case(c) == "for" and c.i > noun.i and c.lemma_.lower() in _PRODUCERS]
        if producers:
            goods = [g for p in producers for g in self._known(self.goods_under([c for c in p.children
                                                                                 if c.dep_ == "compound"]))]
            producers_country = self.side_of([c for p in producers for c in p.children
                                              if c.dep_ in ("amod", "nmod:poss", "compound")])
        if not goods and noun.head.i != noun.i:  # "secures access to the Korean market for Chilean cherries"
            goods.extend(g for c in noun.head.children if c.dep_ in ("obl", "nmod") and c.i > noun.i
                         and _case(c) == "for" and not self._only_country(c) for g in self.goods_under(c))
        if not goods:
            return []
        # "access for its wine in the Peruvian market": the market named "in", on the access or the goods;
        # "access for American pork to the Philippine market (to the Philippines)", "to" hung on the goods
        market = market or [c for h in (noun, *(self.doc[g.head] for g in goods)) for c in h.children
                            if c.dep_ == "nmod" and _case(c) == "in" and c.lemma_.lower() == "market" and self.country_of(c)] \
            or [c for h in (*(self.doc[g.head] for g in goods), noun.head) for c in h.children
                if c.dep_ in ("nmod", "obl") and _case(c) == "to" and self.country_of(c) and c.i > noun.i]
        grantor = []
        exporter = ""
        if noun.dep_ in ("obj", "nsubj:pass") and noun.head.lemma_.lower() in _ACCESS_VERBS:
            grantor = [c for c in noun.head.children if c.dep_ == "nsubj"] or _inherited_subject(noun.head)
            origins = self._origins(goods)
            if noun.head.lemma_.lower() in _SECURING and (not origins or self.side_of(grantor) in origins):
                # "the U.S. secured access for its beef": the one who secures sells; "Korea will
                # expand access for Uruguayan beef": another's goods, so Korea grants it; "Chile won
                # access to the Peruvian market for its wine": its goods go to the market named
                own = any(c.dep_ == "nmod:poss" and c.lower_ in ("its", "their", "our") for g in goods
                          for c in self.doc[g.head].children)
                if not market or own:
                    exporter = self.side_of(grantor) if own else ""
                    grantor = []
        importer = self.side_of(market) or self.side_of(grantor)
        if producers_country:
            return self.flows(goods, producers_country, importer, noun, "flow.access") \
                if importer and importer != producers_country else []
        mine = [g for g in goods if g.origin_token >= 0] or ([] if named_goods_only else goods)
        return self.flows(mine, exporter, importer, noun, "flow.access")

    def interest_frame(self, word: "Token") -> list[TradeFlow]:
        """"You are interested in our goods, including buses": the one interested buys (wanted);
        the goods' owner sells."""
        goods: list[Goods] = []
        for child in word.children:
            # "interested in working in the market for fuels" is no interest in goods: a verb there
            # has its own frame ("interested in buying cotton")
            if child.dep_ in ("obl", "nmod") and _case(child) == "in" and child.pos_ in ("NOUN", "PROPN"):
                goods.extend(self.goods_under(child))
        if not goods and word.dep_ == "obj" and word.lower_ == "interest":
            # "expressed interest | in Chilean wine", the phrase hung on the verb right after the noun
            # (not "protect national interests | in the face of ...")
            goods = [g for c in word.head.children if c.dep_ == "obl" and _case(c) == "in" and
                     c.left_edge.i == word.right_edge.i + 1 and c.pos_ in ("NOUN", "PROPN") for g in self.goods_under(c)]
        if not goods:
            return []
        subject = [c for c in word.children if c.dep_ in ("nsubj", "nmod:poss")] or _inherited_subject(word)
        importer = self.side_of(subject)
        owners = [c for c in self.doc if c.dep_ == "nmod:poss" and word.i < c.i <= goods[0].head]
        return self.flows(goods, self.side_of(owners), importer, word, "flow.interest", modality="wanted")

    def gratitude_frame(self, word: "Token") -> list[TradeFlow]:
        """"Laos is grateful for the Russian vaccines", "we thank Russia for the wheat": who thanks
        for goods received them from their country (or from whom the thanks go to). Goods under a
        trade noun ("grateful for the supplies of fuel") are the noun's frame's."""
        # "expressed gratitude to Kenya for the tea": the phrases after the noun, often hung on its verb
        hosts = [word] + ([word.head] if word.dep_ == "obj" and word.pos_ == "NOUN" else [])
        near = [c for h in hosts for c in h.children if h.i == word.i or c.i > word.i]
        slots = [c for c in near if c.dep_ in ("obl", "nmod") and _case(c) == "for"
                 and c.pos_ in ("NOUN", "PROPN") and c.lower_ not in self.r.nouns and c.lemma_.lower() not in self.r.nouns]
        # "for the new package of assistance, including air defence systems", the examples hung on the verb
        slots += [c for c in word.children if c.dep_ in ("obl", "nmod", "dep", "appos") and slots and c.i > slots[0].i
                  and re.match(r"(?:including|notably|especially|particularly|in particular)\b",
                               " ".join(t.lower_ for t in c.subtree if not t.is_punct))]
        slots += [o for c in word.children if c.dep_ == "advcl" and c.lower_ == "including" and slots and c.i > slots[0].i
                  for o in c.children if o.dep_ == "obj"]  # ("including" read as a verb)
        goods = self._known([g for c in slots for g in self.goods_under(c)])
        if not goods:
            return []
        thanked = self.side_of([c for c in word.children if c.dep_ in ("obj", "iobj")]) or \
            self.side_of([c for c in near if c.dep_ in ("nmod", "obl") and _case(c) == "to"])  # "gratitude to Kenya"
        grateful = self.side_of([c for c in word.children if c.dep_ in ("nsubj", "nmod:poss")] or _inherited_subject(word))
        return self.flows(goods, thanked, grateful, word, f"flow.gratitude.{word.lemma_.lower()}", modality="realised")

    def seeking_frame(self, verb: "Token") -> list[TradeFlow]:
        """"Ghana seeks Malaysian tractors", "is looking for Malaysian fertiliser": the seeker
        wants the goods of the country they are named with (only goods with a country: "seeks
        investment", "wants peace" name no seller)."""
        slots = [c for c in verb.children if c.dep_ == "obj" or
                 (c.dep_ in ("obl", "nmod") and _case(c) == "for" and verb.lemma_.lower() == "look") or
                 (c.dep_ == "obl" and self.r.vocab.is_container(c.lower_))]  # "seeking up to 40,000 tonnes of"
        mine = [g for g in self.goods_under(slots) if g.origin_token >= 0]
        if not mine:
            return []
        seeker = [c for c in verb.children if c.dep_ == "nsubj"] or _inherited_subject(verb)
        return self.flows(mine, "", self.side_of(seeker), verb, "flow.seek", modality="wanted")

    def request_frame(self, verb: "Token") -> list[TradeFlow]:
        """"Ghana asked Nigeria for fuel", "Ghana requested fuel from Nigeria": who asks wants the
        goods (the lexicon's or the nomenclature's) of the country asked."""
        asked = [c for c in verb.children if c.dep_ in ("obj", "iobj") and self._only_country(c)] if verb.lemma_.lower() == "ask" \
            else [c for c in verb.children if c.dep_ in ("obl", "nmod") and _case(c) == "from" and self._only_country(c)]
        slots = [c for c in verb.children if c.dep_ in ("obl", "nmod") and _case(c) == "for"] if verb.lemma_.lower() == "ask" \
            else [c for c in verb.children if c.dep_ == "obj"]
        if verb.lemma_.lower() != "ask":  # "requested cocoa from Ghana" with "from Ghana" hung on the goods
            asked += [c for o in slots for c in o.children if c.dep_ == "nmod" and _case(c) == "from" and self._only_country(c)]
        goods = self._known(self.goods_under(slots))
        asker = self.side_of([c for c in verb.children if c.dep_ == "nsubj"] or _inherited_subject(verb))
        seller = self.side_of(asked)
        if not seller:
            goods = [g for g in goods if g.origin_token >= 0]  # "asked for Nigerian fuel": the goods' country sells
        if not goods or not asker or asker == seller:
            return []
        return self.flows(goods, seller, asker, verb, "flow.request", modality="wanted")

    def dependence_frame(self, word: "Token") -> list[TradeFlow]:
        """"Ghana relies on Nigerian electricity", "Hungary's dependence on Russian gas": the one
        that depends buys the goods of the country they are named with."""
        counted = self.r.base(word.lower_, word.lemma_.lower()) == "count"
        if counted and any(c.dep_ in ("obl", "nmod") and _case(c) in ("on", "upon") and
                           (c.lower_ in self.r.nouns or c.lemma_.lower() in self.r.nouns) for c in word.children):
            return []  # "counts on more supplies of Kenyan tea": the trade noun's own frame reads it
        goods = [g for c in word.children if c.dep_ in ("obl", "nmod") and _case(c) in ("on", "upon")
                 for g in self.goods_under(c)]
        mine = [g for g in goods if g.origin_token >= 0] or (self._from_after(goods, word) if goods else [])
        subject = [c for c in word.children if c.dep_ in ("nsubj", "nmod:poss", "amod") and self.country_of(c)] \
            or _inherited_subject(word)
        seller = [c for c in word.children if c.dep_ in ("obl", "nmod") and _case(c) in ("on", "upon")
                  and self._only_country(c)]
        if not mine and seller:
            # "Ghana relies on Malaysia for palm oil": the country depended on sells what is named
            # after "for"
            wanted = [g for c in word.children if c.dep_ in ("obl", "nmod") and _case(c) == "for"
                      # "for about 60 percent of its wheat": the goods the share is of
                      for part in ([c] + [n for n in c.children if n.dep_ == "nmod" and _case(n) == "of"]
                                   if c.lemma_.lower() in SHARES | PERCENT_WORDS else [c])
                      for g in self.goods_under(part)]
            return self.flows(wanted, self.side_of(seller), self.side_of(subject), word, "flow.dependence",
                              modality="realised")
        if not mine:
            return []  # "relies on imports", "depends on gas": no seller named
        # the dependence is today's trade, whatever is said of it ("wants to reduce its dependence");
        # what one counts on is wanted
        return self.flows(mine, "", self.side_of(subject), word, "flow.dependence",
                          modality="wanted" if counted else "realised")

    def verb_frame(self, verb: "Token", kind: str) -> list[TradeFlow]:
        elsewhere = from_elsewhere = False
        goods: list[Goods] = []
        agent: list["Token"] = []
        to: list["Token"] = []
        source: list["Token"] = []
        recipient_obj = []
        passive = any(c.dep_ in ("nsubj:pass", "aux:pass") for c in verb.children)
        children = list(verb.children)
        if verb.dep_ == "conj" and verb.head.pos_ == "VERB" and not any(c.dep_ == "obj" for c in children):
            # "Kenyan firms produce and export saddles to Uganda": the object and places after the
            # second verb hang on the first
            children += [c for c in verb.head.children if c.i > verb.i and c.dep_ in ("obj", "obl", "iobj")]
        # the object; the parser sometimes labels it xcomp, acl or vocative
        objects = [c for c in children if c.dep_ == "obj" or c.dep_ in ("xcomp", "acl", "vocative", "obl:unmarked")
                   and c.pos_ in ("NOUN", "PROPN") and c.i > verb.i and not _case(c)
                   # "buying mostly copper", read as an adverb of a verb whose subject the parser found
                   or c.dep_ == "advmod" and c.pos_ == "NOUN" and c.i > verb.i and self.r.vocab.is_head(c.lower_)
                   and any(s.dep_ == "nsubj" for s in children)
                   or c.dep_ == "obl" and c.i > verb.i and self.r.vocab.is_container(c.lower_) and _case(c) in ("up", "to", "")
                   and not (_case(c) == "to" and c.lemma_.lower() in PLACES_ELSEWHERE)  # "to European markets": a place
                   # "will buy up to 10 Boeing aircraft": "up to" a number is a quantity, not a place (its
                   # "to" hung on the goods or on the number)
                   or c.dep_ == "obl" and c.i > verb.i and c.left_edge.lower_ == "to" and c.left_edge.i > 0
                   and self.doc[c.left_edge.i - 1].lower_ == "up" and any(n.dep_ == "nummod" for n in c.children)]
        if verb.dep_ == "acl:relcl":
            objects = [c for c in objects if c.lower_ not in ("which", "that")]  # the relative pronoun stands for the noun
        if not objects and verb.dep_ == "acl:relcl" and verb.head.pos_ == "NOUN" and verb.head.i < verb.i and \
                any(c.dep_ == "nsubj" and c.lower_ not in ("which", "that", "who") for c in children):
            objects = [verb.head]  # "the wheat (that) Russia sends us": the noun the clause tells of is its object
            told_of = verb.head
        else:
            told_of = None
        if not objects:
            # "is supplying howitzers to Ukraine": goods parsed as the indirect object of a verb whose
            # recipient follows "to"
            objects = [c for c in children if c.dep_ == "iobj" and c.i > verb.i and c.pos_ == "NOUN"
                       and not self.country_of(c) and any(_case(o) == "to" and self.country_of(o) for o in children)]
        objects = [c for c in objects if c.lemma_.lower() != "access"]  # "provide access for X": the access frame's
        # "lift its quotas on grapes": the barrier frame's
        objects = [c for c in objects if c.lemma_.lower() not in BARRIERS and c.lower_ not in BARRIER_PLURALS]
        # "granted Egypt 5,000 tonnes of tea", parsed with the quantity in apposition to the recipient
        measured = {c.i: [a for a in c.children if a.dep_ == "appos" and self.r.vocab.is_container(a.lower_)]
                    for c in objects if self.country_of(c) and not self.r.vocab.is_head(c.lower_)}
        for c in objects:
            if told_of is not None and c.i == told_of.i:  # (the phrase ends where the clause about it begins)
                start = min((t.i for t in c.subtree if t.i < verb.left_edge.i and t.dep_ not in ("case", "mark", "punct")),
                            default=c.i)
                goods.extend(self._with_lexicon(g) for g in self._list_goods(start, verb.left_edge.i))
            elif self._only_country(c) or measured.get(c.i):
                recipient_obj.append(c)  # "supplied Hungary with gas"
                goods.extend(self.goods_under(measured.get(c.i, [])))
            else:
                goods.extend(self.goods_under(c))
        counter = self._counter_goods(verb)
        examples: list["Token"] = []
        for child in children:
            dep, case = child.dep_, _case(child)
            if child in objects or child in counter:
                continue
            elif dep == "obl" and child.left_edge.lower_ == "of" and \
                    any(self.r.vocab.is_container(o.lower_) and o.right_edge.i + 1 == child.left_edge.i for o in objects):
                goods.extend(self.goods_under(child, trusted=True))  # "shipped 3 million doses | of the vaccine"
            elif child.lower_ == "worth" and child.i > verb.i or case == "per" and child.lemma_.lower() in _TIME_WORDS \
                    and any(self.r.vocab.is_container(o.lower_) for o in objects):
                # "480 mln dlrs worth of pianos", "90,000 barrels per day of diesel": the parser hangs
                # the measure's "of" on "worth" or on the time unit
                goods.extend(g for c in child.children if c.dep_ == "nmod" and _case(c) == "of"
                             for g in self.goods_under(c, trusted=True))
            elif dep == "nsubj:pass":
                goods.extend(self.goods_under(child))
            elif dep == "iobj":
                recipient_obj.append(child)
            elif dep in ("nsubj", "csubj"):
                agent.append(child)
            elif dep in ("obl", "obl:agent", "nmod", "advmod") and case:
                if case in ("to", "into", "for", "toward", "towards") and self.country_of(child):
                    to.append(child)
                elif case in ("to", "into") and not self.country_of(child):
                    # "shipped to the Gulf", "sell pasta to poor countries": somewhere that is no country
                    elsewhere = elsewhere or child.text[:1].isupper() or child.lemma_.lower() in PLACES_ELSEWHERE
                    continue
                elif case == "from" and not self.country_of(child) and kind == "import" and \
                        child.lemma_.lower() in PLACES_ELSEWHERE:
                    from_elsewhere = True  # "import maize from third countries": from no country named
                elif case == "from":
                    source.append(child)
                elif case == "by" and passive:
                    agent.append(child)
                elif case == "with":
                    goods.extend(self.goods_under(child))
                elif case in ("including", "such", "like"):
                    goods.extend(self.goods_under(child))  # "sell goods to Samoa, including canned tuna"
                    examples.append(child)
                elif case == "in" and passive and kind == "export" and self.country_of(child):
                    to.append(child)  # "U.S. beef can be sold in Vietnam": the market's country buys
                elif case in ("in", "on") and self.r.vocab.is_container(child.lower_):
                    continue
            elif dep in ("obl", "nmod", "obl:unmarked", "appos") and child.i > verb.i and \
                    self._introduced_as_example(child):
                goods.extend(self.goods_under(child))  # "sells goods to Egypt, notably tea"
                examples.append(child)
            elif dep in ("advcl", "acl") and child.lower_ == "including":
                # "sells many products to Egypt, including tea and coffee" with "including" read as a verb
                goods.extend(self.goods_under([c for c in child.children if c.dep_ == "obj"]))
        goods = goods or self._listed_after_colon(verb)  # "Kenya will buy from U.S. suppliers: aircraft, ..."
        if (verb.lemma_.lower() if word_of(verb) == verb.text else word_of(verb).lower().rstrip("s")) in WEAK_VERBS:
            # "provide support", "send a letter": only goods the lexicon names (anywhere in the
            # phrase), goods the nomenclature gives a code, or the known extra goods
            goods = [g for g in goods if any(g.start <= c.start < g.end for c in self.view.commodities)
                     or g.hs or self.r.vocab.is_known(self.doc[g.head].lower_)]
        if not goods:
            return []
        thanked, thanker = _deed(verb)  # who did the deed a clause names, and who benefits
        if not agent and not (passive and any(g.origin_token >= 0 for g in goods)):
            # (goods of a country, passive: "ensure that U.S. beef can be sold": their country sells)
            # "is grateful for the decision to provide jets": the grateful one is no giver
            agent = thanked if thanker else _inherited_subject(verb)
        for obj in objects + examples:  # "sold fuel to Brazil" with "to Brazil" hung on the object
            for child in obj.subtree:
                if child.dep_ in ("nmod", "obl") and self.country_of(child):
                    if _case(child) in ("to", "into", "for") and not to:
                        to.append(child)
                    elif _case(child) == "from" and not source:
                        source.append(child)
                elif child.dep_ in ("nmod", "obl") and _case(child) in ("to", "into") and \
                        (child.text[:1].isupper() or child.lemma_.lower() in PLACES_ELSEWHERE):
                    elsewhere = True  # "exports much of its beef | to the European Community"
        if kind == "import" and not source and verb.dep_ in ("xcomp", "advcl", "acl"):
            # "made an offer to U.S. firms to buy wheat": whom a bid to buy is made to sells
            bid = next((c for c in verb.head.children if c.dep_ in ("obj", "iobj") and c.lemma_.lower() in _BIDS
                        and c.i < verb.i), None) if verb.dep_ != "acl" else \
                verb.head if verb.head.lemma_.lower() in _BIDS else None
            if bid is not None:
                source = [c for h in (bid, bid.head) for c in h.children if c.dep_ in ("obl", "nmod") and
                          _case(c) == "to" and c.i < verb.i and self.country_of(c)][:1]
        agent_country = self.side_of(agent)
        if agent and not agent_country and any(self.r.lex.organisation_re.search(text_between(a.left_edge, a.right_edge))
                                               for a in agent):
            return []  # "the European Community will sell butter to the Soviet Union": no country sells
        if kind == "export":
            exporter = agent_country
            importer = self.side_of(to) or self.side_of(recipient_obj)
            if not exporter and source:
                exporter = self.side_of(source)
        else:
            importer = agent_country
            exporter = self.side_of(source)
            # "Norway will buy shells for Ukraine": who pays for goods bought for a country is no party
            beneficiary = self.side_of([t for t in to if _case(t) == "for"])
            if not importer and to or beneficiary and beneficiary != agent_country:
                importer = self.side_of(to)
        if not (importer if kind == "export" else exporter):
            # "Egypt thanked Kenya for supplying tea", "Egypt counts on Kenyan help in supplying tea":
            # who thanks or is helped received what the other gave
            helped = self.side_of(thanker)
            importer, exporter = (helped, exporter) if kind == "export" else (importer, helped)
        if elsewhere and not importer or from_elsewhere and not exporter:
            return []
        # "imports by Japan and South Korea": every buyer of the list
        also = self.sides_of(to)[1:] if kind == "export" else self.sides_of(agent)[1:] if agent else []
        out = self.flows(goods, exporter, importer, verb, f"flow.verb.{word_of(verb).lower()}", also=also)
        if counter and out:  # what is given in return goes the other way
            first = out[0]
            out += self.flows(self.goods_under(counter), first.importer, first.exporter, verb,
                              f"flow.exchange.{word_of(verb).lower()}")
        if kind != "export" and importer:
            # "imports rice from Vietnam and Thailand": each source exports
            for other in self.sides_of(source)[1:]:
                out += self.flows(goods, other, importer, verb, f"flow.verb.{word_of(verb).lower()}")
        buyer = importer or next((f.importer for f in out if f.importer in {c.code for c in self.view.countries}), "")
        if kind == "export" and agent_country and buyer:
            # "Kenya, Egypt and Sudan sell tea to Uganda": each subject sells (to the buyer the sentence
            # names for the first: "the gas consumed in Turkey is supplied by Russia and Iran")
            for other in self.sides_of(agent)[1:]:
                out += self.flows(goods, other, buyer, verb, f"flow.verb.{word_of(verb).lower()}")
        return self._paired(verb, out, to if kind == "export" else source)

    def _paired(self, verb: "Token", out: list[TradeFlow], places: list["Token"]) -> list[TradeFlow]:
        """"Egypt bought tea from Kenya and coffee from Uganda": the parser hangs the second goods on
        the first place as its conjunct and the second place on the verb; each goods go with the
        place after them."""
        for place in places:
            for second in (c for c in place.children if c.dep_ == "conj" and c.i not in self.country_at
                           and self.r.vocab.is_noun(c)):
                after = next((q for q in places if q.left_edge.i == second.right_edge.i + 1 and _case(q) == _case(place)), None)
                code = self.country_of(after) if after is not None else ""
                goods = self.goods_under(second)
                if not code or not goods or not out:
                    continue
                sending = _case(place) in ("to", "into", "for")
                out = [f for f in out if (f.importer if sending else f.exporter) != code]
                first = out[0] if out else None
                if first is None:
                    return []
                out += self.flows(goods, first.exporter if sending else code, code if sending else first.importer,
                                  verb, f"flow.verb.{word_of(verb).lower()}")
        return out

    def _depended_on(self, noun: "Token", kind: str) -> list["Token"]:
        """"Peru relies on Chile for half of its wheat imports": the country depended on for (a
        share of) one's imports sells them."""
        slot = noun.head if noun.dep_ in ("nmod", "obl") and _case(noun) == "of" and \
            noun.head.lemma_.lower() in SHARES | PERCENT_WORDS else noun
        verb = slot.head
        if kind != "import" or slot.dep_ not in ("obl", "nmod") or _case(slot) != "for" or \
                self.r.base(verb.lower_, verb.lemma_.lower()) not in DEPENDENCE:
            return []
        return [c for c in verb.children if c.dep_ in ("obl", "nmod") and _case(c) in ("on", "upon")
                and self.country_of(c)]

    @staticmethod
    def _measured(slot: "Token") -> list["Token"]:
        """A measure and the goods it holds, and the list they are in ("340,000 tonnes of hard wheat
        and 210,000 tonnes of soft wheat to China"): where the parser may hang the goods' place."""
        out, todo = [], [slot]
        while todo:
            t = todo.pop()
            out.append(t)
            todo += [c for c in t.children if c.dep_ == "conj" or c.dep_ == "nmod" and _case(c) == "of"]
        return out

    def noun_frame(self, noun: "Token", kind: str) -> list[TradeFlow]:
        elsewhere = False
        goods: list[Goods] = []
        to: list["Token"] = []
        source: list["Token"] = []
        agent: list["Token"] = []
        modifiers = [c for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i]
        # "Indonesia resumed palm oil exports": a verb right after its subject, read as a modifier;
        # the subject is the trade's
        misread = [c for c in modifiers if c.tag_ in ("VBD", "VBN") and c.i > 0 and c.i - 1 in self.country_at
                   and self.doc[c.i - 1].dep_ in ("nsubj", "nsubj:pass")]
        modifiers = [c for c in modifiers if c not in misread]
        agent += [self.doc[c.i - 1] for c in misread]
        for child in modifiers:
            # goods under the country word itself, not the words after it the phrase runs on into
            # ("Kenyan grain deliveries": Kenya delivers)
            if self.country_of(child) and not any(g.head <= child.right_edge.i for g in self.goods_under(child)) and \
                    not self._runs_on_into_goods(child):
                agent.append(child)
        # "Egypt's wheat imports": the possessor the parser hung on the goods owns the trade noun
        owners = [p for c in modifiers if c not in agent for p in c.children
                  if p.dep_ == "nmod:poss" and p.i < c.i and p.i in self.country_at]
        agent += owners
        fronted = self.goods_under([c for c in modifiers if c not in agent])  # "fuel oil purchase"
        goods.extend(g if g.origin_token not in {o.i for o in owners} else replace(g, origin_token=-1) for g in fronted)
        goods.extend(self._fronted_member(noun))
        for child in noun.children:
            dep, case = child.dep_, _case(child)
            if dep in ("compound", "amod") and child.i < noun.i:
                continue
            elif dep == "nmod:poss":
                agent.append(child)
            elif dep == "nsubj" and child.i == noun.i - 1 and self.country_of(child):
                agent.append(child)  # "U.S. goods | imports from Kenya", the noun parsed as a predicate
            elif dep in ("nmod", "acl", "obl") and child.i > noun.i:
                if case in ("of", "in") and child.i not in self.country_at:
                    # "exports of shea": the slot names goods, known to the vocabulary or not
                    goods.extend(self.goods_under(child, trusted=case == "of"))
                elif case in ("to", "into", "for", "toward", "towards"):
                    if self.country_of(child):
                        to.append(child)
                    elif case in ("to", "into") and child.pos_ in ("PROPN", "NOUN") and (
                            child.text[:1].isupper() or child.lemma_.lower() in PLACES_ELSEWHERE):
                        elsewhere = True  # "exports to the Middle East": a region, not a country
                elif case == "from":
                    source.append(child)
                elif case == "of" and self.country_of(child):
                    agent.append(child)  # "exports of Pakistan"
                elif case == "by" and self.country_of(child):
                    agent.append(child)  # "the provision of generators by Japan"
        # "exports from Chile to Peru" with "to Peru" hung on "Chile": both places are the noun's
        to += [c for p in source for c in p.children if c.dep_ == "nmod" and _case(c) in ("to", "into") and self.country_of(c)]
        source += [c for p in to for c in p.children if c.dep_ == "nmod" and _case(c) == "from" and self.country_of(c)]
        for place in to + source:  # "deliveries to Laos of our tractors": the goods hung on the country
            goods.extend(self.goods_under([c for c in place.children if c.dep_ == "nmod" and _case(c) == "of"]))
        bought_elsewhere = False
        for slot in [c for c in noun.children if c.dep_ == "nmod" and _case(c) == "of" and c.i > noun.i]:
            # "deliveries of uranium from Kazakhstan": the country hung on the goods, or on the goods
            # a measure holds ("a sale of 2,000 tonnes of semolina to Egypt")
            # (and on the last goods of a list: "sales of feedgrains, oilseeds, and wheat to Korea")
            holders = self._measured(slot) if self.r.vocab.is_measure(slot.lower_) or \
                self.r.vocab.is_container(slot.lower_) else _conjuncts(slot)
            places = [c for h in holders for c in h.children if c.dep_ == "nmod" and self.country_of(c)]
            source = source or [c for c in places if _case(c) == "from"]
            to = to or [c for c in places if _case(c) in ("to", "into", "for")]  # ("purchase of drones for Ukraine")
            # "exports of tea to the Middle East", the region hung on the goods: no country's
            elsewhere = elsewhere or any(c.dep_ == "nmod" and _case(c) in ("to", "into") and not self.country_of(c) and
                                         (c.text[:1].isupper() or c.lemma_.lower() in PLACES_ELSEWHERE)
                                         for c in slot.children)
            # "the purchase of Ukrainian grain for countries of Africa": bought for a region or other states
            # (hung on the goods or on the trade noun)
            bought_elsewhere = bought_elsewhere or any(c.dep_ == "nmod" and self._for_elsewhere(c)
                                                       for c in [*slot.children, *noun.children])
        if not source and not to:
            source = self._depended_on(noun, kind)
        if not source and not to and noun.head.i != noun.i:
            # "failures in deliveries of gas | from Russia": the place the parser hung on the verb, right
            # after the trade noun's phrase, is the noun's
            # (or on the share of it: "a third of German imports | from China")
            hung = [c for c in noun.head.children if (c.dep_ == "obl" or c.dep_ == "nmod" and noun.head.lower_ in SHARE_WORDS)
                    and c.left_edge.i == noun.right_edge.i + 1 and self.country_of(c)]
            source = [c for c in hung if _case(c) == "from"]
            # ("financed the purchase of drones | for Ukraine": bought for it)
            to = [c for c in hung if _case(c) in ("to", "into") or _case(c) == "for" and kind == "import"]
            bought_elsewhere = bought_elsewhere or any(  # "the purchase of grain | for Africa"
                c.dep_ == "obl" and c.left_edge.i == noun.right_edge.i + 1 and self._for_elsewhere(c)
                for c in noun.head.children)
        # "Peru's exports will include zinc", "Tea and jute were among the country's exports"; "the top
        # export categories were aircraft", the trade noun naming the categories
        subject = noun.head if noun.dep_ == "compound" and noun.head.lemma_.lower() in _CATEGORY_NOUNS else noun
        head = subject.head
        if subject.dep_ in ("nsubj", "nsubj:pass") and head.lemma_.lower() in INCLUDE_VERBS:
            goods.extend(self.goods_under([c for c in head.children if c.dep_ in ("obj", "obl", "xcomp", "attr",
                                                                                 "obl:unmarked") and c.i > noun.i]))
        elif subject.dep_ == "nsubj" and head.i > noun.i and any(c.dep_ == "cop" for c in head.children) and \
                (head.pos_ in ("NOUN", "PROPN") or self.r.vocab.is_known(head.lower_)):  # "fishmeal" read as an adjective
            # "Kenya's main exports to Egypt are tea and coffee": the predicate's list, from its head on
            begin = min(head.i, max((c.i for c in head.children if c.dep_ == "cop"), default=head.i - 1) + 1)
            goods.extend(self._with_lexicon(g) for g in self._list_goods(begin, head.right_edge.i + 1))  # "knit | apparel"
            goods.extend(g for g in self._followed_by(head) if g not in goods)
        if noun.dep_ in ("obj", "xcomp", "attr") and head.lemma_.lower() in LINKING_VERBS and head.i < noun.i:
            goods.extend(self.goods_under([c for c in head.children if c.dep_ == "nsubj"]))  # "Tea remains Kenya's top export"
        if noun.dep_ in ("obl", "nmod") and _case(noun) == "of" and head.lower_ == "one":
            # "Tea is (became) one of Kenya's main exports"
            goods.extend(self.goods_under([c for c in head.children if c.dep_ == "nsubj"] or
                                          [c for c in head.head.children if c.dep_ == "nsubj"]))
        if noun.dep_ in ("ROOT", "conj", "ccomp", "xcomp", "obl", "nmod") and any(c.dep_ == "cop" for c in noun.children):
            for child in noun.children:
                if child.dep_ == "nsubj":
                    goods.extend(self.goods_under(child))
        if noun.dep_ in ("obl", "nmod") and _case(noun) in ("among", "of") and noun.head.pos_ in ("NOUN", "PROPN") \
                and noun.head.dep_ in ("nsubj", "ROOT"):
            goods.extend(self.goods_under(noun.head))  # "cotton is one of Pakistan's main exports"
        if noun.dep_ in ("obl", "nmod") and _case(noun) == "among" and \
                noun.head.lemma_.lower() in ("remain", "be", "become", "rank"):
            # "coffee and bananas remain among Ecuador's leading exports"
            goods.extend(self.goods_under([c for c in noun.head.children if c.dep_ == "nsubj"]))
        share = noun.head
        if noun.dep_ in ("obl", "nmod") and _case(noun) == "of" and share.lower_ in SHARE_WORDS and \
                share.head.lemma_.lower() in SHARE_VERBS and share.head.i < share.i and (to or source or any(
                    c.dep_ in ("obl", "nmod") and c.left_edge.i == noun.right_edge.i + 1 and _case(c) in ("to", "into", "from")
                    and self.country_of(c) for c in [*share.head.children, *share.children]) or any(
                    c.dep_ in ("nsubj", "nsubj:pass") and self.country_of(c) for c in share.head.children)):
            # ("to Egypt" hung on the verb or on the share; "Australian coal makes up a third of Vietnam's
            # imports": the partner named with the goods)
            # "Shrimp and bananas make up most of U.S. imports from Ecuador" (a partner named: a share of
            # one country's whole exports tells no partner)
            subject = [c for c in share.head.children if c.dep_ in ("nsubj", "nsubj:pass")]
            goods.extend(self.goods_under(subject))
            if kind == "import" and not source:
                source = [c for c in subject if self.country_of(c)]  # the goods' country sells all of them
        if self.view.countries and kind in ("export", "import"):  # a trade noun of no country tells no sides
            told = (self.side_of(agent or source), self.side_of(to)) if kind == "export" else \
                (self.side_of(source), self.side_of(agent or to))
            if all(told):
                self.ctx.told_sides[kind] = told
        # "sales of soybeans to unknown destinations and of corn to Egypt": goods sent elsewhere by a
        # place of their own go to no country of the sentence
        goods = [g for g in goods if not self._sent_elsewhere(g, goods)]
        if not goods:
            return []
        if kind == "trade":
            return []  # "trade in X" has no direction of its own
        if noun.dep_ in ("obj", "nsubj", "nsubj:pass", "conj") and not (to and source):
            # "we increase coal supplies from Russia to China": the phrases hang on the verb
            verb = noun.head if noun.dep_ != "conj" else noun.head.head
            for child in verb.children:
                if child.dep_ in ("obl", "nmod") and child.i > noun.i and self.country_of(child):
                    if _case(child) in ("to", "into") and not to:
                        to.append(child)
                    elif _case(child) == "from" and not source:
                        source.append(child)
                elif child.dep_ in ("obl", "nmod") and child.left_edge.i == noun.right_edge.i + 1 and \
                        _case(child) in ("to", "into") and child.text[:1].isupper():
                    elsewhere = True  # "expects meat exports to the Middle East to rise"
        for place in source:  # "from Chile to Japan", the destination hung on the source
            to = to or [c for c in place.children if c.dep_ == "nmod" and _case(c) in ("to", "into") and self.country_of(c)]
        if not to and not elsewhere:
            # "informed him about the export of grain | to Africa": the place right after the noun's
            # phrase, wherever the parser hung it
            nxt = next((t for t in self.doc if t.dep_ in ("obl", "nmod") and t.left_edge.i == noun.right_edge.i + 1
                        and _case(t) in ("to", "into")), None)
            if nxt is not None and self.country_of(nxt):
                to.append(nxt)
            elif nxt is not None and (nxt.text[:1].isupper() or nxt.lemma_.lower() in PLACES_ELSEWHERE):
                elsewhere = True
        if kind == "export" and not to and noun.dep_ in ("obl", "nmod", "obj") and \
                noun.head.lemma_.lower() in GRATITUDE:
            # "we are grateful for the supplies of fuel": who thanks for supplies receives them, the
            # thanked gives them ("thanked Chile for the transfer of tanks")
            to = [c for c in noun.head.children if c.dep_ == "nsubj"] or _inherited_subject(noun.head)
            agent = agent or [c for c in noun.head.children if c.dep_ in ("obj", "iobj") and self.country_of(c)]
        if not agent and noun.dep_ == "obj" and noun.head.lemma_.lower() in self.r.talking:
            # "discussed the provision of generators by Japan", "by" hung on the verb
            agent = [c for c in noun.head.children if c.dep_ in ("obl", "nmod") and _case(c) == "by"
                     and c.left_edge.i == noun.right_edge.i + 1 and self.country_of(c)]
        before = noun.left_edge.i - 1
        if not agent and before in self.country_at and self.doc[before].pos_ in ("ADJ", "PROPN") and \
                self.doc[before].dep_ not in ("nsubj", "nsubj:pass") and noun.left_edge.pos_ in ("NOUN", "ADJ"):
            agent = [self.doc[before]]  # "welcomed Kenyan tea exports" with "Kenyan" parsed apart: Kenya's exports
        if kind == "import" and not agent and not to and not source and (
                noun.dep_ in ("nsubj", "nsubj:pass", "ROOT") or noun.dep_ in ("nmod", "obl") and _case(noun) == "of"
                and noun.head.lemma_.lower() not in BARRIERS) and not any(c.dep_ == "nmod:poss" for c in noun.children):
            # "Soviet sugar imports rose", "its estimate of Soviet grain imports": the country opening
            # the goods of imports that are the subject, or what something is of, with no place
            # written, buys them (but "tariffs on Chinese steel imports", "Japan's U.S. beef imports",
            # "Japanese car imports into the U.S.": the goods' maker)
            first = next((t.i for t in noun.subtree if t.dep_ not in ("case", "det")), noun.i)
            opening = [g.origin_token for g in fronted[:1] if g.origin_token == first]
            agent += [self.doc[i] for i in opening]
            goods = [replace(g, origin_token=-1) if g.origin_token in opening else g for g in goods]
        if not agent:
            # "the Pakistani side's supplies", "supplies from Russia" or the verb's subject ("we
            # increase supplies", "Russia provides supplies")
            # "increase coal and tea supplies": the trade noun the conjunct of the verb's object
            host = noun.head if noun.dep_ == "conj" and noun.head.dep_ in ("obj", "nsubj:pass") else noun
            verb = host.head if host.dep_ in ("obj", "nsubj:pass") else None
            if verb is not None and verb.lemma_.lower() not in self.r.verbs and verb.lemma_.lower() not in self.r.talking:
                subject = [c for c in verb.children if c.dep_ == "nsubj"] or _inherited_subject(verb)
                origins = self._origins(goods)
                if kind == "export" and origins and self.side_of(subject) and self.side_of(subject) not in origins:
                    to = to or subject  # "we count on more supplies of Ugandan coffee": the subject receives them
                elif kind == "export":
                    agent = subject
                else:
                    agent = subject  # "Egypt raised (wants, banned) tea purchases from Kenya": the subject buys
        if not agent and kind == "export":
            agent = self._helper_before(noun)  # "Polish assistance, in particular the supply of tanks"
        agent_country = self.side_of(agent)
        if kind == "export":
            exporter, importer = agent_country or self.side_of(source), self.side_of(to)
        elif bought_elsewhere:
            return []  # the buyer pays for goods bought for another place, it receives none
        else:
            # "Norway financed the purchase of drones for Ukraine": whom the goods are bought for
            # receives them, not the payer
            # (the parser at times hangs "for Ukraine" on the last goods of the list)
            for_whom = self.side_of([t for t in to if _case(t) == "for"] or
                                    [c for g in goods for c in self.doc[g.head].children if c.dep_ in ("obl", "nmod")
                                     and _case(c) == "for" and self.country_of(c)])
            importer, exporter = for_whom or agent_country or self.side_of(to), self.side_of(source)
            if for_whom and not exporter and agent_country != for_whom and not self._origins(goods):
                exporter = agent_country  # goods of no named maker: the payer's gift
        if elsewhere and not importer:
            return []
        if not exporter and not importer and not self.view.countries and kind in self.ctx.told_sides and \
                noun.dep_ == "compound" and noun.head.lemma_.lower() in _CATEGORY_NOUNS:
            # "The top export categories were aircraft, ...": the sides the last sentence gave
            exporter, importer = self.ctx.told_sides[kind]
        if not exporter and not importer and kind == "import" and not self.view.countries and (
                noun.dep_ in ("ROOT", "nsubj", "nsubj:pass")) \
                and not self._origins(goods) and all(t.is_punct for t in self.doc[:noun.left_edge.i]):
            # "- Purchase of wheat and cotton, valued at $2 billion": a fact sheet's list of deals with
            # neither side written; the document's direction of trade settles it (``settle_open``)
            amounts = [m.amount for m in self.view.money]
            amount = amounts[0] if len(goods) == 1 and len(amounts) == 1 else None
            self.ctx.open_flows.extend(TradeFlow("", "", g.label, g.hs, self.modality(noun)[0],
                                                 evidence(self.view, f"flow.open.{word_of(noun).lower()}", g.start, g.end),
                                                 amount=amount)
                                       for g in goods)
            return []
        # "imports by Japan and South Korea": every buyer of the list
        also = self.sides_of(to)[1:] if kind == "export" else self.sides_of(agent)[1:] if agent else []
        rule = f"flow.noun.{word_of(noun).lower()}"
        out = self.flows(goods, exporter, importer, noun, rule, also=also)
        if exporter and (kind == "import" or not agent_country):
            # "imports of tea from Kenya and Uganda": every seller of the list
            for seller in self.sides_of(source)[1:]:
                out += self.flows(goods, seller, importer, noun, rule, also=also)
        # "agreed on the supply of rice to Iran in exchange for LPG": what is given in return, hung on
        # the noun or on the verb whose argument it is, goes the other way
        counter = self._counter_goods(noun)
        if not counter and noun.dep_ in ("obj", "obl", "nsubj:pass"):
            counter = [c for c in self._counter_goods(noun.head) if c.i > noun.i]
        if counter and out:
            out += self.flows(self.goods_under(counter), out[0].importer, out[0].exporter, noun,
                              f"flow.exchange.{word_of(noun).lower()}")
        return out

    def _sent_elsewhere(self, item: Goods, goods: list[Goods]) -> bool:
        """Whether "to" a place that is no country follows the goods before the next goods item
        ("9,000 tonnes of grapes to unknown destinations and 5,000 tonnes of apples to Peru")."""
        first = item.head + 1
        last = min([g.head for g in goods if g.head > item.head] + [len(self.doc)])
        for t in self.doc[first:last]:
            if t.lower_ in ("to", "into") and t.dep_ == "case":
                place = t.head
                return not self.country_of(place) and place.i not in self.country_at and \
                    (place.text[:1].isupper() or place.lemma_.lower() in PLACES_ELSEWHERE)
        return False

    def _fronted_member(self, noun: "Token") -> list[Goods]:
        """"increase coal and electricity supplies": the parser often makes the first goods the
        verb's object and the trade noun their conjunct; a bare list of nouns straight before the
        trade noun's own phrase is its goods. (The same list read as a second object, "boost sugar,
        coffee and beef exports", cost a true flow on the unseen fold: left out.)"""
        end = noun.left_edge.i
        first = noun.head if noun.dep_ == "conj" and noun.head.i < noun.i else None
        if first is None or first.pos_ != "NOUN" or noun.lower_ == first.lower_:
            return []
        start = first.left_edge.i + (self.doc[first.left_edge.i].dep_ == "det")
        if start >= end or any(t.pos_ not in ("NOUN", "ADJ", "CCONJ", "PUNCT") or t.dep_ == "nmod:poss" or
                               (t.pos_ == "PUNCT" and t.text != ",") for t in self.doc[start:end]):
            return []
        return [self._with_lexicon(g) for g in self._list_goods(start, end)]

    def agent_frame(self, noun: "Token", kind: str) -> list[TradeFlow]:
        """"Norway is a steady supplier of gas to Poland"; "the Chilean market
        for fertilisers"; "Japanese buyers of sugar"."""
        goods: list[Goods] = []
        to: list["Token"] = []
        source: list["Token"] = []
        # "Thailand overtook Vietnam as the top rice supplier": a role taken "as" is the subject's
        role_as = noun.dep_ in ("obl", "nmod") and _case(noun) == "as" and noun.head.pos_ == "VERB"
        for child in noun.children:
            case = _case(child)
            if child.dep_ in ("nmod", "acl", "nmod:unmarked") and child.i > noun.i:
                if case in ("of", "for", "in") and not self._only_country(child):
                    goods.extend(self.goods_under(child))  # "buyer of Australian coal"
                elif case in ("to", "for", "in") and self.country_of(child):
                    to.append(child)
                elif case == "from":
                    source.append(child)
            elif child.dep_ == "compound" and child.i < noun.i and kind == "market":
                goods.extend(self.goods_under(child, trusted=True))  # "the feta market": feta is goods
            elif child.dep_ == "compound" and child.i < noun.i and not self.country_of(child) and \
                    (any(c.dep_ == "cop" for c in noun.children) or role_as):
                # "Egypt is Kenya's largest tea customer", a predicate (not "Peru's state fuel buyer")
                goods.extend(self._known(self.goods_under(child)))
        if not goods:
            # "the largest market in Asia for U.S. wheat", "buyer in the region of tea", with the
            # goods hung on the region
            goods.extend(g for child in noun.children if child.dep_ == "nmod" and child.i > noun.i and _case(child) == "in"
                         for c in child.children if c.dep_ == "nmod" and _case(c) in ("for", "of")
                         and not self._only_country(c) for g in self.goods_under(c))
        if kind == "market" and noun.dep_ in ("nmod", "obl") and _case(noun) == "to" and noun.head.lemma_.lower() == "access" \
                and not self.country_of(noun):
            return []  # "grant access to the market for Chilean machinery": the access frame's (a market of
            # a country named, "access to the Japanese computer market", is still that country's)
        if not goods and kind == "market" and noun.head.i != noun.i:
            # "firms active in the Laotian market for cement": the parser often hangs "for" on the verb
            goods.extend(g for c in noun.head.children if c.dep_ in ("obl", "nmod") and _case(c) == "for"
                         and c.left_edge.i == noun.right_edge.i + 1 and not self.country_of(c)
                         for g in self.goods_under(c))
        opened = noun.dep_ == "obj" and noun.head.lemma_.lower() in OPENING_VERBS
        is_open = noun.dep_ == "nsubj" and next((t for t in [noun.head, *noun.head.children] if t.lower_ == "open"
                                                 and t.pos_ == "ADJ"), None)  # "our market is (remains) open to"
        # "welcomed the opening of the Kenyan market to Ugandan pomelos", the goods often hung on the verb
        opening = noun.dep_ == "nmod" and _case(noun) == "of" and noun.head.lower_ in ("opening", "reopening")
        if kind == "market" and (opened or is_open or opening):
            # "Malaysia will open its market to (for) Ghanaian pineapples": the opener buys, the
            # goods' country sells
            verb = is_open or noun.head
            nearby = list(noun.children) + list(verb.children) + \
                [c for c in verb.head.children if opening and c.left_edge.i == noun.right_edge.i + 1] + \
                [c for a in verb.children if a.dep_ == "advmod" for c in a.children]  # "open it wider to"
            goods = goods + [g for c in nearby if c.dep_ in ("obl", "nmod")
                             and c.i > noun.i and _case(c) in ("to", "for") and not self._only_country(c)
                             for g in self.goods_under(c) if g not in goods]
            opener = [c for c in noun.head.children if c.dep_ == "nsubj"] or _inherited_subject(noun.head)
            own = [c for c in noun.children if c.dep_ in ("amod", "nmod:poss", "compound") and self.country_of(c)]
            mine = [g for g in goods if g.origin_token >= 0]
            return self.flows(mine, "", self.side_of(own) or self.side_of(opener), noun, "flow.market")
        if not goods and kind == "market" and noun.dep_ == "obl" and _case(noun) in ("in", "on", "onto") and \
                noun.head.lemma_.lower() in PROMOTING_VERBS:
            # "our companies are promoting cancer drugs in the Brazilian market": the verb's object
            goods.extend(self.goods_under([c for c in noun.head.children if c.dep_ == "obj"]))
        if not goods and kind == "market" and noun.dep_ in ("obj", "obl") and \
                noun.head.lemma_.lower() in ("enter", "reach", "penetrate", "flood", "conquer", "return", "find"):
            # "Kenyan avocados have entered the Chinese market": the goods are the verb's subject,
            # their country the seller; "Kenyan tea finds a market in Egypt": the place buys
            entrant = [c for c in noun.head.children if c.dep_ == "nsubj"] or _inherited_subject(noun.head)
            entrant = [_antecedent(c) or c for c in entrant]  # "Kenyan tea, which entered the Chinese market"
            seller = self.side_of([t for c in entrant for t in c.subtree])
            goods.extend(self.goods_under(entrant))
            own = [c for c in noun.children if c.dep_ in ("amod", "nmod:poss", "compound") and self.country_of(c)] or \
                [c for c in [*noun.children, *noun.head.children] if c.dep_ in ("obl", "nmod") and c.i > noun.i
                 and _case(c) == "in" and self.country_of(c)]
            return self.flows(goods, seller, self.side_of(own), noun, "flow.market") if seller and own else []
        if not goods and kind == "market" and noun.dep_ in ("obl", "nmod") and _case(noun) in ("on", "in") and \
                noun.head.lemma_.lower() in KNOWN_ON_MARKET:
            # "Egyptian citrus fruits are well known on the Russian market", "Belarusian tractors are in
            # demand on the Uzbek market": goods with a country, present in another's market, sold there
            holder = [c for c in noun.head.children if c.dep_ in ("nsubj", "nsubj:pass")]
            seller = self.side_of([t for c in holder for t in c.subtree])
            own = [c for c in noun.children if c.dep_ in ("amod", "nmod:poss", "compound") and self.country_of(c)]
            goods = self.goods_under(holder)
            return self.flows(goods, seller, self.side_of(own), noun, "flow.market") if seller and own else []
        if not goods:
            return []
        if any(c.dep_ == "nmod:poss" and c.lower_ in ("world", "globe") for c in noun.children) and \
                not any(g.origin_token >= 0 for g in goods):
            return []  # "one of the world's largest exporters of tea": a standing, no flow (but "buyer of Kenyan tea")
        own = [c for c in noun.children if c.dep_ in ("amod", "nmod:poss", "compound") and self.country_of(c)]
        subject = [c for c in noun.children if c.dep_ == "nsubj"]
        if not subject and noun.dep_ in ("nmod", "obl") and _case(noun) in ("of", "among") and \
                (noun.head.lower_ == "one" or any(c.dep_ == "cop" for c in noun.head.children)
                 or noun.head.lemma_.lower() in ("remain", "be", "become", "rank")):
            # "Kazakhstan is one of the main buyers of Belarusian machinery"; "Kenya became one of the
            # main suppliers", with "one" the object of the verb
            subject = [c for c in noun.head.children if c.dep_ == "nsubj"] or \
                [c for c in noun.head.head.children if c.dep_ == "nsubj" and noun.head.lower_ == "one"]
        if not subject and (noun.dep_ in ("xcomp", "obj", "attr") and noun.head.lemma_.lower() in LINKING_VERBS
                            or role_as):
            subject = [c for c in noun.head.children if c.dep_ == "nsubj"]  # "Kenya became the main supplier of tea"
        # "supplier of tea to Egypt", "buyer of tea from Kenya", "market for tea from Kenya" with the
        # country hung on the goods
        hung = [t for c in noun.children if c.dep_ in ("nmod", "acl", "nmod:unmarked") and c.i > noun.i
                for t in c.subtree if t.dep_ in ("nmod", "obl") and self.country_of(t)]
        to = to or [t for t in hung if _case(t) in ("to", "for")][:1]
        source = source or [t for t in hung if _case(t) == "from"][:1]
        if kind == "market":
            # goods in a country's market: the market's country imports; the goods' origin or the
            # one who sells there exports ("promoting drugs in the Brazilian market")
            importer = self.side_of(own)
            exporter = ""
            owner = [c for c in own if c.dep_ == "nmod:poss"]
            # "The United States remains the largest market for Ecuadorian shrimp": a linking verb's
            # subject is the market, as with the copula
            linked = noun.dep_ in ("xcomp", "obj", "attr") and noun.head.lemma_.lower() in LINKING_VERBS
            if linked:
                subject = [c for c in noun.head.children if c.dep_ == "nsubj"] or _inherited_subject(noun.head)
            if owner and (subject or any(c.dep_ == "cop" for c in noun.children)):
                # "The United States is Kenya's largest market for apparel": the subject buys, the
                # possessor sells; a region as the subject ("the Gulf is Kenya's market") names no buyer
                buyer = self.side_of(subject)
                return self.flows(goods, self.side_of(owner), buyer, noun, "flow.market") if buyer else []
            if not importer and (linked or any(c.dep_ == "cop" for c in noun.children)):
                importer = self.side_of(subject)  # "Egypt is the largest market for Kenyan tea"
                return self.flows(goods, self.side_of(source), importer, noun, "flow.market")
            verb = noun.head if noun.dep_ in ("obl", "nmod", "obj") else None
            while verb is not None and verb.pos_ not in ("VERB", "ADJ") and verb.head.i != verb.i:
                verb = verb.head
            if verb is not None:
                exporter = self.side_of([c for c in verb.children if c.dep_ == "nsubj"] or _inherited_subject(verb))
            return self.flows(goods, exporter, importer, noun, "flow.market")
        owner = [c for c in own if c.dep_ == "nmod:poss"]
        if subject and owner and self.side_of(subject) != self.side_of(owner):
            # "Egypt is Kenya's largest tea customer (supplier of wheat)": the possessor is the other side
            sides = (self.side_of(subject), self.side_of(owner))
            exporter, importer = sides if kind == "export" else sides[::-1]
            return self.flows(goods, exporter, importer, noun, f"flow.agent.{noun.lower_}")
        agent = self.side_of(subject or own)
        if kind == "export":
            return self.flows(goods, agent or self.side_of(source), self.side_of(to), noun, f"flow.agent.{noun.lower_}")
        return self.flows(goods, self.side_of(source), agent or self.side_of(to), noun, f"flow.agent.{noun.lower_}")

    def presence_frame(self, word: "Token") -> list[TradeFlow]:
        """"Mongolian meat and wool are in demand in Russia", "our oranges are popular in Russian
        shops", "Russian trucks are well known in Laos", "Indian tea is gaining ground in the Russian
        market", "Laotian coffee has found buyers in Russia": the subject's goods (of a country, or
        the speaker's) are bought where they are said to be wanted, liked, known or sold."""
        subjects = [c for c in word.children if c.dep_ in ("nsubj", "nsubj:pass")]
        owner = self.side_of(subjects)
        goods = [g for g in self.goods_under(subjects) if g.origin_token >= 0 or owner]
        if word.lemma_.lower() not in ("demand", "popular"):
            goods = self._known(goods)  # words of presence too general to vouch for any noun
        hosts = [word] + [c for c in word.children if c.dep_ == "obj"]  # "found buyers | in Russia"
        where = [c for h in hosts for c in h.children if c.dep_ in ("obl", "nmod") and self.country_of(c) and
                 (_case(c) in ("in", "among") or _case(c) == "on" and (c.lemma_.lower() in SELLING_PLACES or
                                                                       word.lemma_.lower() in IN_USE_VERBS))]
        if _selling_place(word):
            where = [word] if self.country_of(word) else []  # "back on Russian shelves": the place itself
        return self.flows(goods, owner, self.side_of(where), word, "flow.need") if goods and where else []

    def aid_frame(self, noun: "Token") -> list[TradeFlow]:
        """"announced security assistance for Ukraine, including Javelin missiles", "an aid package
        for Ukraine that includes tanks", "thanked Denmark for the defence package, which includes
        jets": the goods a package of aid is said to include go from its giver to its receiver."""
        goods: list[Goods] = []
        # the aid's own phrase: the noun and its receiver ("assistance for Ukraine")
        end = max([c.i for c in noun.children if c.i > noun.i and c.dep_ == "nmod" and _case(c) in ("for", "to")]
                  + [noun.i])
        for t in self.doc[noun.i + 1:]:
            # "..., including X": right after the aid's own phrase, wherever the parser hung X
            if t.lower_ == "including" and t.i - end in (1, 2) and t.head.i > t.i:
                goods.extend(self.goods_under(t.head))
            # "..., which (that) includes X": a relative clause on the aid or on the verb it hangs on
            elif t.lemma_.lower() in ("include", "comprise", "contain") and t.head in (noun, noun.head) and t.i > end \
                    and any(c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in t.children):
                goods.extend(self.goods_under([c for c in t.children if c.dep_ == "obj"]))
        if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in ("include", "comprise", "contain"):
            goods.extend(self.goods_under([c for c in noun.head.children if c.dep_ == "obj"]))  # "the aid includes X"
        if not goods:
            return []
        receiver = [c for c in noun.children if c.dep_ == "nmod" and _case(c) in ("for", "to") and self.country_of(c)]
        giver = [c for c in noun.children if c.dep_ in ("amod", "nmod:poss") and self.country_of(c)]
        verb = noun.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head  # "$200 million in assistance": the verb above the amount
        # "the aid package", "the package of assistance": the package's phrase
        phrase = noun.head if noun.dep_ == "compound" or noun.dep_ == "nmod" and _case(noun) == "of" else noun
        if phrase.dep_ == "obl" and _case(phrase) == "for" and verb.lemma_.lower() in GRATITUDE:
            # "Ukraine thanked Denmark for the package": the thanked gives, the thanker receives
            giver = giver or [c for c in verb.children if c.dep_ == "obj"]
            receiver = receiver or [c for c in verb.children if c.dep_ == "nsubj"] or _inherited_subject(verb)
        elif verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in ("receive", "get", "obtain", "accept"):
            # "Ukraine will receive an aid package that includes shells": the subject receives
            receiver = receiver or [c for c in verb.children if c.dep_ == "nsubj"] or _inherited_subject(verb)
            giver = giver or [c for c in verb.children if c.dep_ in ("obl", "nmod") and _case(c) == "from"]
        elif verb.pos_ in ("VERB", "AUX"):
            giver = giver or [c for c in verb.children if c.dep_ == "nsubj"] or _inherited_subject(verb)
            receiver = receiver or [c for c in verb.children if c.dep_ in ("obl", "nmod") and _case(c) in ("for", "to")
                                    and self.country_of(c)] \
                or [c for c in verb.children if c.dep_ in ("iobj", "obj") and c.i != noun.i and self._only_country(c)
                    and verb.lemma_.lower() not in GRATITUDE]  # ("sent Ghana a package that includes tractors")
        exporter, importer = self.side_of(giver), self.side_of(receiver)
        if bool(exporter) != bool(importer) and (exporter or importer) in self.ctx.main[:2] and len(self.ctx.main) >= 2:
            # "Norway announced a new aid package that includes shells", in a story of Norway and
            # Ukraine: the package is for (from) the story's other side
            exporter, importer = exporter or self.ctx.other(importer), importer or self.ctx.other(exporter)
        if not exporter or not importer or exporter == importer:
            return []
        return self.flows(goods, exporter, importer, noun, "flow.aid")

    def helping_frame(self, verb: "Token") -> list[TradeFlow]:
        """"Malaysia helped Ghana with vaccines", "we hope Russia will help us with fuel": who helps
        gives the goods to the one helped (goods the lexicon knows: "helped with training" is none)."""
        helped = [c for c in verb.children if c.dep_ == "obj"]
        goods = self._known(self.goods_under([c for c in verb.children if c.dep_ in ("obl", "nmod")
                                              and _case(c) == "with" and c.i > verb.i]))
        if not helped or not goods:
            return []
        exporter = self.side_of([c for c in verb.children if c.dep_ == "nsubj"] or _inherited_subject(verb))
        importer = self.side_of(helped)
        if not exporter or not importer or exporter == importer:
            return []
        return self.flows(goods, exporter, importer, verb, "flow.verb.help")

    def need_frame(self, noun: "Token") -> list[TradeFlow]:
        """"Algeria meets a third of Spain's demand for gas": the owner of the
        need imports, the subject of the verb that meets it exports."""
        goods: list[Goods] = []
        for child in noun.children:
            # ("obl": "Demand for Kenyan tea" as a subject, its goods read as the verb's)
            if child.dep_ in ("nmod", "acl", "obl") and child.i > noun.i and _case(child) in ("for", "of", "in") and \
                    not (_case(child) == "in" and self.country_of(child)) and \
                    not (_case(child) == "of" and child.lower_ in self.r.lex.patterns["firm_nouns"]):
                # ("in Russian shops": where, not what; "the needs of Peruvian copper and zinc
                # firms": whose need, not what)
                goods.extend(self.goods_under(child))
            elif child.dep_ == "compound" and child.i < noun.i:
                goods.extend(self.goods_under(child))
        if not goods and noun.dep_ == "obj" and noun.head.lemma_.lower() in _MEETING_A_NEED:
            # "to meet your needs | for fuel": the goods hung on the verb, right after the need
            goods.extend(self.goods_under([c for c in noun.head.children if c.dep_ == "obl" and _case(c) == "for"
                                           and c.left_edge.i == noun.right_edge.i + 1]))
        if not goods and _case(noun) == "in" and any(c.dep_ in ("cop", "nsubj") for c in noun.children):
            return self.presence_frame(noun)  # "Mongolian meat and wool are in demand in Russia"
        if not goods and noun.dep_ == "obj" and noun.head.lemma_.lower() in _HAVING_A_NEED_MET:
            return self.presence_frame(noun.head)  # "Ugandan coffee enjoys strong demand in Egypt"
        if not goods:
            return []
        owner = [c for c in noun.children if c.dep_ in ("nmod:poss", "amod") and self.country_of(c)]
        if not owner:
            # "demand in Egypt for Ugandan coffee", "demand for Australian wool in China": where the need is
            owner = [c for h in [noun] + [self.doc[g.head] for g in goods] for c in h.children
                     if c.dep_ == "nmod" and c.i > h.i and _case(c) == "in" and self.country_of(c)]
        importer = self.side_of(owner)
        node = noun
        verb = None
        for _ in range(4):
            node = node.head
            if node.pos_ == "VERB":
                verb = node
                break
            if node.head.i == node.i:
                break
        if verb is None or verb.lemma_.lower() not in _MEETING_A_NEED:
            # "Chinese demand for Brazilian soybeans": the need's owner buys what the goods' country sells
            mine = [g for g in goods if g.origin_token >= 0]
            return self.flows(mine, "", importer, noun, "flow.need", modality="wanted") if importer and mine else []
        if any(c.dep_ == "nsubj:pass" for c in verb.children):
            # "Spain's demand for gas was met by Algeria": the agent meets it, not a subject above
            # ("the official said that corn demand was met by purchases of U.S. corn")
            agent = [c for c in verb.children if c.dep_ == "obl:agent"]
            if any(word_of(a).lower() in self.r.nouns for a in agent):
                return []  # "met by Soviet purchases of U.S. corn": the trade noun tells the sides
            exporter = self.side_of(agent)
        else:
            exporter = self.side_of([c for c in verb.children if c.dep_ == "nsubj"] or _inherited_subject(verb))
        return self.flows(goods, exporter, importer, noun, "flow.need")

    # ------------------------------------------------------------ facts

    def flows(self, goods: list[Goods], exporter: str, importer: str, trigger: "Token", rule: str,
              modality: str = "", also: list[str] | None = None) -> list[TradeFlow]:
        """Flows for the goods between the two sides (``also``: further importers coordinated
        with the first); a side left open is the document's other main country. One goods item
        and one amount in the sentence: the amount is the flow's value."""
        out: list[TradeFlow] = []
        found, negated = self.modality(trigger)
        # "made no purchases of U.S. corn": a trade noun itself negated ("no tariffs on" lifts no trade)
        negated = negated or trigger.pos_ == "NOUN" and trigger.lemma_.lower() not in BARRIERS and \
            trigger.lower_ not in BARRIER_PLURALS and any(c.dep_ == "det" and c.lower_ == "no" for c in trigger.children)
        modality = modality or found
        where = self._where(trigger)
        if where is None:
            return []  # "the glut could reach Asia, where wine exports grew": no country
        amounts = [m.amount for m in self.view.money]
        amount = amounts[0] if len(goods) == 1 and len(amounts) == 1 else None
        for item in goods:
            exp, imp = exporter, importer
            if not exp and item.origin_token < 0 and \
                    made_abroad(item.label, self.view.sentence.text[:item.start - self.offset]):
                continue  # "did they buy foreign-made (the imported) equipment?": made where the sentence does not say
            if not exp and item.origin_token >= 0:
                exp = self.country_of(self.doc[item.origin_token])
            if not exp:
                before = self._country_before(item)  # "Kenyan tea sales", the adjective parsed apart
                exp = before if before != imp else ""  # (not the buyer's: "Soviet sugar imports")
            if not exp and not imp:
                # "LAN Airlines will purchase 40 Boeing aircraft", no side named: the maker's country
                # sells (with a buyer named, the story's other country does, as for any goods)
                exp = self._brand_country(item)
            if exp and not imp and where:
                imp = where
            if (exp and not imp or imp and not exp) and _WORLDWIDE.search(self.view.sentence.text):
                continue  # "exporting grain to overcome the global food crisis": to the world, not the partner
            if exp and not imp:
                imp = self.ctx.other(exp)
            if imp and not exp:
                # (a story of one country: "Indonesia committed to buy 50 Boeing jets", the maker's sells)
                exp = self.ctx.other(imp) or self.ctx.top_other(imp) or self._brand_country(item)
            # "sells neither pianos nor saddles", "will sell no wheat", "bought no U.S. corn": the goods
            # themselves denied
            denied = negated or bool(re.search(r"\b(?:neither|nor|no)\s+(?:[\w'’-]+(?:\.[\w'’-]+)*\.?\s+){0,2}$",
                                               self.view.sentence.text[max(0, item.start - self.offset - 40):
                                                                       item.start - self.offset], re.IGNORECASE))
            for importer_code in [imp, *(also or [])]:
                if not exp or not importer_code or exp == importer_code:
                    continue
                out.append(TradeFlow(exp, importer_code, item.label, item.hs, modality,
                                     evidence(self.view, rule, item.start, item.end), amount=amount, negated=denied))
        return out

    def _brand_country(self, item: Goods) -> str:
        """The home country of a known firm whose name brands the goods ("Boeing aircraft",
        "Embraer jets"), written in the goods' phrase or right before it."""
        text, base = self.view.sentence.text, self.view.sentence.start
        return next((f.code for f in self.view.firms if f.kind == "brand" and f.start < item.end and (
            f.end > item.start or re.fullmatch(r"(?:\s+[A-Z0-9][\w-]*){0,2}\s+", text[f.end - base:item.start - base])
        )), "")  # in the goods' phrase, or before them with a model between ("Boeing 787 aircraft")

    def _country_before(self, item: Goods) -> str:
        """The country word written right before the goods, whatever the parser made of it."""
        tokens = self._tokens(item.start, item.end)
        if not tokens or tokens[0].i == 0 or self.doc[tokens[0].i - 1].lower_ in ("'s", "’s"):
            return ""  # "Egypt's tea imports": the possessor owns the trade, the goods have no origin written
        return self.country_at.get(tokens[0].i - 1, "")

    def _where(self, trigger: "Token") -> str | None:
        """For a trigger inside "..., where ...": the country "where" points back to ("" when
        there is no such clause, None when it points to a place that is no country)."""
        node = trigger
        for _ in range(6):
            where = next((c for c in node.children if c.lower_ == "where" and c.dep_ in ("advmod", "mark")), None)
            if where is not None:
                if node.dep_ in ("acl:relcl", "advcl", "acl") and node.head.i != node.i:
                    return self.country_of(node.head) or None
                if where.i >= 2 and self.doc[where.i - 1].text == ",":
                    return self.country_of(self.doc[where.i - 2]) or None  # "reach Asia, where ..."
                return ""
            if node.head.i == node.i:
                break
            node = node.head
        return ""

    def modality(self, trigger: "Token") -> tuple[str, bool]:
        """From the trigger and the verbs above it: refused, offered, wanted, planned or
        realised; and whether it is negated."""
        chain = clause_chain(trigger)
        negated = is_negated(trigger)
        if trigger.dep_ == "conj" and trigger.pos_ == "VERB" and trigger.head.pos_ == "VERB" and \
                not any(c.dep_ in ("nsubj", "nsubj:pass", "aux") for c in trigger.children):
            # "Egypt will export cotton and import timber", "would like to export beef and to import
            # harvesters": the second verb shares the first one's subject and modal (not its
            # negation: "did not sell tea but bought coffee")
            return self.modality(trigger.head)[0], negated
        lemmas = [t.lemma_.lower() for t in chain[1:]] + [trigger.lemma_.lower()]
        # a ban that is lifted ("will lift its ban on imports of ethanol") or forgone ("refrain from
        # banning exports of minerals") refuses nothing
        above = list(islice(trigger.ancestors, 4))
        forgone = any(t.lemma_.lower() in ("refrain", "abstain", "avoid") for t in above)
        if forgone and any(t.lemma_.lower() in REFUSED_HEADS for t in above[:3]):
            return "planned", negated  # a ban forgone: the trade is to go on
        if not forgone and any(t.lemma_.lower() in REFUSED_HEADS and not (t.dep_ in ("obj", "nsubj:pass")
                                                                          and t.head.lemma_.lower() in LOWERING)
                               for t in chain[1:] + [trigger]):
            return "refused", negated
        if any(a.lower_ == "no" and b.lower_ == "longer" for a, b in zip(trigger.doc[max(0, trigger.i - 4):trigger.i],
                                                                         trigger.doc[max(1, trigger.i - 3):trigger.i])):
            return "refused", negated  # "will no longer import Turkish electricity": a flow stopped
        if any(c.dep_ == "advmod" and c.lower_ in ("gladly", "happily", "willingly", "eagerly") for t in chain[:2]
               for c in t.children):
            return "wanted", negated  # "we will gladly buy your cotton"
        if any(lemma in OFFERED_HEADS for lemma in lemmas[:-1]) or trigger.lemma_.lower() == "offer":
            return "offered", negated
        if any(lemma in WANTED_HEADS for lemma in lemmas[:-1]):
            return "wanted", negated
        top = chain[-1]
        if top.dep_ in ("advcl", "acl") and _case(top) == "in" and top.head.lemma_.lower() in WANTED_HEADS:
            return "wanted", negated  # "interested in buying tractors"
        for t in chain[:3]:
            if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in t.children) or \
                    any(c.dep_ == "mark" and c.lower_ == "to" for c in t.children):
                return "planned", negated
        if any(t.lemma_.lower() in PLANNED_HEADS and not _done(t) for t in chain[1:3]):
            return "planned", negated
        return "realised", negated


def _done(verb: "Token") -> bool:
    """A growth verb told in the past ("increased", "has doubled"): what it speaks of happened."""
    if verb.lemma_.lower() not in PROGRESS_HEADS:
        return False
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


# a wire story's closing attribution: ", grain trade sources said.", ", the Meat Board said."
_ATTRIBUTION_RE = re.compile(r",\s+(?:[^,]{0,60}?\s)?(?:said|says|reported|told\s+\S+(?:\s\S+)?)\.?[\"”]?\s*$")
_WORLDWIDE = re.compile(r"\b(?:global|world|international|worldwide)\s+(?:\w+\s+)?(?:markets?|crisis|supply|supplies|"
                        r"prices|demand|shortages?)\b|\bfood crisis\b|\bto (?:the )?(?:world|global) markets?\b", re.I)
_TO_AND_MODALS = {"to", "will", "would", "shall", "should", "must", "can", "could", "may", "might"}


def _selling_place(token: "Token") -> bool:
    """Whether a word names a place goods stand for sale ("shelves", "shops")."""
    return token.lemma_.lower() in SELLING_PLACES or token.lower_ in SELLING_PLACES


def _lowers(token: "Token") -> bool:
    """Whether a word lowers a barrier ("cut", "lifted"; "lower" read as an adjective too; "phase
    out", not "phase in")."""
    return token.lemma_.lower() in LOWERING or token.lower_ in LOWERING or token.lemma_.lower() == "phase" and \
        any(c.dep_ == "compound:prt" and c.lower_ == "out" for c in token.children)


def _case(token: "Token") -> str:
    """The preposition(s) marking a nominal, lower case: "to", "such as", "including"."""
    marks = [c for c in token.children if c.dep_ in ("case", "mark") and c.i < token.i]
    if not marks:
        # "for Kenyan tea" with "for" hung on the country word the parser took for a name
        marks = [c for m in token.children if m.dep_ in ("compound", "amod") and m.i < token.i
                 for c in m.children if c.dep_ == "case" and c.i < m.i]
    if not marks:
        if token.dep_ in ("acl", "nmod", "obl") and token.i > 0 and token.doc[token.i - 1].lower_ in ("including",):
            return "including"
        return ""
    first = marks[0]
    if first.lower_ == "such":
        return "such"
    return first.lower_


def _conjuncts(token: "Token") -> list["Token"]:
    return sorted({token, *token.conjuncts}, key=lambda t: t.i)


# nouns of a deal whose infinitive says what it is for: "signed a memorandum to purchase aircraft"
_DEAL_NOUNS = {"deal", "agreement", "contract", "memorandum", "accord", "pact", "plan", "tender", "commitment",
               "offer", "bid", "decision", "mou", "order", "licence", "license", "permit", "arrangement"}


_AID_NOUNS = {"assistance", "aid"}
_AID_KINDS = {"aid", "assistance", "defense", "defence", "military", "security", "humanitarian", "support", "weapons",
              "arms", "relief"}


def _aid_noun(token: "Token") -> bool:
    """Aid, assistance, or a package of them ("a defence package", "a package of military aid")."""
    lemma = token.lemma_.lower()
    return lemma in _AID_NOUNS or lemma == "package" and any(
        c.lemma_.lower() in _AID_KINDS and (c.dep_ in ("compound", "amod") or _case(c) == "of") for c in token.children) or \
        lemma == "package" and not any(c.dep_ == "compound" for c in token.children) and any(
            c.dep_ == "nmod:poss" and c.pos_ == "PROPN" for c in token.children)  # "Denmark's new package": a state's gift


def _antecedent(token: "Token") -> "Token | None":
    """What a relative "which" or "that" stands for: the noun its clause hangs on, or the noun just
    before its comma (the first of a list: "Colombian coffee, flowers and bananas, which ...")."""
    if token.lower_ not in ("which", "that"):
        return None
    candidates = _relative_antecedents(token)
    if token.head.dep_ == "acl:relcl":
        return candidates[0]
    if candidates and candidates[0].pos_ in ("NOUN", "PROPN"):
        return candidates[0].head if candidates[0].dep_ == "conj" else candidates[0]
    return None


def _relative_antecedents(token: "Token") -> list["Token"]:
    """The nouns a relative pronoun may stand for, best first: the one its clause hangs on, then the
    word just before its comma (where the parser hung the clause on another noun)."""
    found = [token.head.head] if token.head.dep_ == "acl:relcl" else []
    if token.i >= 2 and token.doc[token.i - 1].text == ",":
        found.append(token.doc[token.i - 2])
    return found


def _inherited_subject(verb: "Token") -> list["Token"]:
    """The subject a verb without one shares with the verbs above it ("Russia is ready to supply",
    "we plan to raise supplies", "firms are said to hold contracts to buy")."""
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "to"), None)
    deal = verb.doc[mark.i - 1] if mark is not None and mark.i > 0 else None
    if deal is not None and deal.dep_ == "nmod" and _case(deal) == "of" and deal.head.i < deal.i:
        deal = deal.head  # "the decision of Norway | to provide jets"
    if deal is not None and deal.lemma_.lower() in _DEAL_NOUNS | _AIMS:
        # "welcomed Vietnam Airlines' plan to purchase aircraft": whose plan it is buys, wherever the
        # parser hung the infinitive ("the decision of Norway to provide jets": the owner after "of")
        owner = _owners(deal)
        if owner:
            return owner
    node = verb
    for _ in range(6):
        if node.head.i == node.i:
            break
        if node.dep_ in ("acl", "acl:relcl") and node.head.i < node.i and node.head.pos_ in ("PROPN", "NOUN", "PRON") \
                and node.i == verb.i and not (node.head.lemma_.lower() in _DEAL_NOUNS and
                                              any(c.dep_ == "mark" and c.lower_ == "to" for c in node.children)):
            # ("signed a deal to buy aircraft": the infinitive names the deal's content, whose signer buys)
            if any(c.dep_ == "cop" for c in node.head.children):
                # "The U.S. is Vietnam's largest market, buying textiles": the copula's subject buys
                subject = [c for c in node.head.children if c.dep_ in ("nsubj", "nsubj:pass")]
                if subject:
                    return subject
            return [node.head]  # "Chile ships copper" read as a noun with a clause: the noun is the subject
        if node.dep_ == "xcomp" or node.dep_ in ("advcl", "ccomp") and node.head.lemma_.lower() in PRESSING and \
                any(c.dep_ == "mark" and c.lower_ == "to" for c in node.children):
            # ("asked China to resume exports", with the infinitive parsed as an adverbial clause)
            controller = [c for c in node.head.children if c.dep_ in ("obj", "iobj") and c.i < node.i]
            if controller and controller[0].lemma_.lower() in _BIDS:
                # "made an offer to U.S. firms to buy wheat": who makes the bid buys
                subject = [c for c in node.head.children if c.dep_ in ("nsubj", "nsubj:pass")]
                if subject:
                    return subject
            elif controller:
                return controller  # "lets Greece take a share": Greece takes it
        doer = _deed(node)[0]
        if doer:
            return doer
        if node.dep_ in ("xcomp", "advcl", "conj", "ccomp", "csubj", "acl", "obj", "nmod", "obl"):
            node = node.head
            subject = [c for c in node.children if c.dep_ in ("nsubj", "nsubj:pass")]
            if subject:
                return subject
        else:
            break
    return []


_OTHER_SIDE_NOUNS = {"partner", "friend", "colleague", "counterpart", "guest", "host"}
# verbs of greeting another's decision, plan or deal: their subject is no party to it
_WELCOMING = {"welcome", "hail", "applaud", "praise", "commend", "appreciate", "note", "support", "salute"}
_AIMS = {"intention", "intent", "readiness", "desire", "wish", "move", "effort", "efforts", "proposal", "request"}
_HELP = {"assistance", "help", "support", "participation", "aid"}
# words that lead an example of what came before: "assistance, in particular the supply of tanks"
_EXAMPLE_LEADS = {"in particular", "in particular the", "including", "including the", "notably", "notably the",
                  "especially", "especially the", "namely", "namely the"}
_THANKING = {"thank", "praise", "commend", "congratulate"}
_BIDS = {"offer", "counter-offer", "counter", "bid", "proposal", "tender"}  # ("counter" of a split "counter-offer")
_BLAMING = {"criticise", "criticize", "blame", "accuse", "condemn", "fault", "rebuke", "reproach", "chide", "punish",
            "penalise", "penalize", "fine", "sanction", "attack", "slam", "censure"}
_GRATITUDE = {"gratitude", "appreciation", "thanks", "grateful", "thankful"}
_RESOLVE = {"decision", "readiness", "willingness", "intention", "commitment", "promise", "plan", "initiative"}


def _owners(noun: "Token") -> list["Token"]:
    """Whose a decision, plan or deal is: "Kenya's decision", "the decision of Kenya"."""
    return [c for c in noun.children if c.dep_ == "nmod:poss" or c.dep_ == "nmod" and _case(c) == "of" and c.pos_ == "PROPN"
            or c.dep_ == "amod" and c.i > 0 and c.text[:1].isupper()]  # "the Peruvian decision"


def _deed(node: "Token") -> tuple[list["Token"], list["Token"]]:
    """Who does a deed that a clause names, and who benefits: the thanked and the thanker ("Egypt
    thanked India for supplying vaccines", "expressed gratitude to India for granting Egypt
    vaccines", "is grateful to India for sending"), the helper and the helped ("Egypt counts on
    Indian assistance in supplying vaccines", with "in supplying" hung on the verb)."""
    marks = {c.lower_ for c in node.children if c.dep_ == "mark"}
    head = node.head
    to = next((c for c in node.children if c.dep_ == "mark" and c.lower_ == "to"), None)
    resolved = False
    if to is not None and to.i > 0:
        # "thanked Norway for the decision to provide jets": an infinitive after a noun of resolve
        # in "for" is the deed itself, whether hung on that noun or on the verb above it
        resolve = node.doc[to.i - 1]
        if resolve.dep_ == "nmod" and _case(resolve) == "of" and resolve.head.i < resolve.i:
            resolve = resolve.head  # "the decision of Norway | to provide jets"
        if resolve.dep_ == "obj" and resolve.head.lemma_.lower() in _WELCOMING and \
                resolve.lemma_.lower() in _RESOLVE | _DEAL_NOUNS | _AIMS:
            # "the President welcomed (Norway's) decision to provide jets": who welcomes another's deed is
            # its other side, whose deed it is (when written) does it
            return _owners(resolve), [c for c in resolve.head.children if c.dep_ == "nsubj"]
        if resolve.lemma_.lower() in _RESOLVE and _case(resolve) == "for" and \
                resolve.i in {head.i} | {c.i for c in head.children} | {c.i for t in head.children for c in t.children}:
            marks, resolved = marks | {"for"}, True
            if head.i == resolve.i:  # the infinitive hung on the noun: the noun's place is the deed's
                head = resolve.head
            if _owners(resolve):  # "grateful for Kenya's decision to supply tea": whose decision, does it
                return _owners(resolve), [c for c in head.children if c.dep_ == "nsubj"]
    if node.dep_ not in ("advcl", "acl") and not resolved or not marks & {"for", "in", "with", "of"}:
        return [], []
    subject = [c for c in head.children if c.dep_ == "nsubj"]
    if marks & {"for", "of"} and head.lemma_.lower() in _BLAMING:
        # "Malaysian miners criticised the U.S. for selling tin", "accused Japan of selling chips":
        # the one blamed did the deed, to no benefit of the blamer
        return [c for c in head.children if c.dep_ == "obj"], []
    if "for" in marks and head.lemma_.lower() in _THANKING:
        return [c for c in head.children if c.dep_ == "obj"], subject
    if "for" in marks and (head.lower_ in _GRATITUDE or any(c.dep_ == "obj" and c.lower_ in _GRATITUDE
                                                           for c in head.children)):
        return [c for c in head.children if c.dep_ in ("obl", "nmod") and _case(c) == "to"], subject
    helper = [c for c in head.children if c.dep_ in ("obl", "obj") and c.lemma_.lower() in _HELP and c.i < node.i]
    if helper and marks & {"in", "with"}:
        return helper, subject
    return [], []


def goods_like(flow: TradeFlow, view: SentenceView, vocab: GoodsVocabulary) -> bool:
    """Whether a flow the surface reader found names goods: a goods head noun, and no pronoun,
    article or auxiliary inside the label (not "services", "agriculture", "he said", "will include")."""
    words = flow.commodity.lower().split()
    head = words[-1] if words else ""
    if not (vocab.is_head(head) or vocab.is_known(flow.commodity)) or singular(head) in vocab.not_goods or \
            (len(words) == 1 and not vocab.names_goods_alone(head)):
        return False
    base = view.sentence.start
    after = re.match(r"\s*([\w-]+)", view.sentence.text[flow.evidence.end - base:])
    if after and after.group(1).lower() in vocab.firms:
        return False  # "bought an Egyptian cement maker", "a cement plant": a firm or an asset, no goods
    doc = view.syntax
    if doc is not None:
        a, b = flow.evidence.start, flow.evidence.end
        inside = [t for t in doc if a <= base + start_of(t) < b]
        if any(t.pos_ in ("AUX", "PRON", "DET", "ADP") for t in inside):
            return False
    return True


# "... palm oil to India and 80,000 tonnes to Pakistan": a quantity and a place with the goods and
# verb left out, right before a country; or a trade noun with the goods left out ("coffee exports to
# the United States fell, while shipments to Japan rose")
_GAPPED_RE = re.compile(r"(?:,|\band|\bwhile|\bwhereas|\bbut)\s+(?:(?:some\s+|about\s+|another\s+|a further\s+|nearly\s+)?"
                        r"[\d][\d.,]*(?:\s+(?:mln|million|thousand|bln|billion))?\s*(?:tonnes|tons|t|bags|barrels|bales|"
                        r"head|units|bushels|ounces|cubic metres|cubic meters|kilolitres)?|"
                        r"(?:those|shipments|exports|sales|deliveries|supplies|imports|purchases))\s+(to|from)\s+(?:the\s+)?$",
                        re.IGNORECASE)


def gapped_flows(view: SentenceView, flows: list[TradeFlow]) -> list[TradeFlow]:
    """Flows of a gapped clause: "Malaysia shipped 120,000 tonnes of palm oil to India and 80,000
    tonnes to Pakistan" sends the same goods from the same seller to Pakistan ("from" a new seller
    to the same buyer). The country named with the same preposition before the gap and the one
    after it share the flows that either got (the parser often gives the first one's to the second)."""
    text, base = view.sentence.text, view.sentence.start
    out: list[TradeFlow] = []
    for c in view.countries:
        lo = max(0, c.start - base - 90)  # a window: the whole prefix for each country made this quadratic
        m = _GAPPED_RE.search(text[lo:c.start - base])
        if not m:
            continue
        sending = m.group(1).lower() == "to"
        first = next((d for d in reversed(view.countries) if d.end - base <= lo + m.start() and
                      re.search(rf"\b{m.group(1)}\s+(?:the\s+)?$", text[max(0, d.start - base - 12):d.start - base],
                                re.IGNORECASE)), None)
        if first is None or first.code == c.code:
            continue
        given = [f for f in flows if not f.negated and (f.importer if sending else f.exporter) == first.code]
        taken = [f for f in flows if not f.negated and (f.importer if sending else f.exporter) == c.code]
        source, target = (given, c) if given and not taken else (taken, first) if taken and not given else ([], c)
        for f in source:
            flow = replace(f, importer=target.code) if sending else replace(f, exporter=target.code)
            if flow.exporter != flow.importer:
                out.append(replace(flow, amount=None, evidence=evidence(view, "flow.gapped", target.start, target.end)))
    return out


# "..., of which Uganda is expected to supply 900,000": a seller of a quantity whose goods the
# clause leaves out; "Tanzania 600,000" after it, a seller with the verb left out too
_MODAL_BEFORE_QUANTITY = r"\s+(?:is |are |was |were )?(?:expected |likely |due |set |scheduled )?(?:to )?" \
    r"(?:will |would |could |should |may |might |can )?"
_QUANTITY_LINK_RE = re.compile(r"(?:[\s\d.,;]|\b(?:against|and|after|compared|with|versus|vs|from|mln|million|"
                               r"thousand|bln|billion|tonnes|tons|t|bags|barrels|bales|last|year|in|\d{4})\b)*", re.IGNORECASE)


_NUMBER_AFTER = re.compile(r"\s+(?:some |about |nearly )?\d[\d.,]*")
_QUANTITY_OF = re.compile(r"[\d.,]*\s*(?:mln|million|thousand|bln|billion)?\s*(?:tonnes|tons|bags|barrels)?\s+of\b")


@lru_cache(maxsize=4)
def _supplies_a_quantity(lex: Lexicon) -> re.Pattern:
    """A selling verb of ``export_triggers`` and a number straight after it."""
    return re.compile(_MODAL_BEFORE_QUANTITY + words(lex, "export_triggers").pattern +
                      r"\s+(?:some |about |nearly |around |up to |over |more than |another )?\d", re.IGNORECASE)


def elided_supplies(view: SentenceView, flows: list[TradeFlow], lex: Lexicon) -> list[TradeFlow]:
    """Sellers of a quantity whose goods the clause leaves out: "Egypt's wheat imports will total
    10 mln tonnes, of which Russia will supply 6 mln, Ukraine 2 mln and France 1 mln" sends the
    wheat of the sentence's flows to their one buyer from each of them."""
    text, base = view.sentence.text, view.sentence.start
    buyers = {f.importer for f in flows if not f.negated}
    if len(buyers) != 1:
        return []
    buyer = buyers.pop()
    goods = list(dict.fromkeys((f.commodity, f.hs, f.modality) for f in flows if f.importer == buyer and not f.negated))
    sellers: list = []
    for c in view.countries:
        number = _NUMBER_AFTER.match(text, c.end - base)
        if sellers and number and 0 < c.start - base - sellers[-1][1] < 80 and \
                _QUANTITY_LINK_RE.fullmatch(text, sellers[-1][1], c.start - base):
            sellers.append((c, number.end()))
            continue  # "..., Tanzania 600,000": the chain goes on
        m = _supplies_a_quantity(lex).match(text, c.end - base)
        if m and not _QUANTITY_OF.match(text, m.end() - 1):
            sellers.append((c, m.end()))
    return [TradeFlow(c.code, buyer, label, hs, modality, evidence(view, "flow.elided", c.start, c.end))
            for c, _ in sellers if c.code != buyer and not any(f.exporter == c.code for f in flows)
            for label, hs, modality in goods]


_TOWARD_RE = re.compile(r"\b(?:to|into|for)\s+(?:the\s+)?$", re.IGNORECASE)


def routed(view: SentenceView, flows: list[TradeFlow]) -> list[TradeFlow]:
    """Goods in transit go from their origin to their destination: a country the sentence names
    only as the way through ("grain to Romania through Moldova", "via Moldovan territory") is no
    party. A flow that made it one takes the destination written "to" instead, or is dropped."""
    text, base = view.sentence.text, view.sentence.start
    # each mention once: (country, written as the way through, written as where the goods go)
    read = [(c, bool(THROUGH_RE.search(text[max(0, c.start - base - 40):c.start - base])),
             bool(_TOWARD_RE.search(text[max(0, c.start - base - 12):c.start - base]))) for c in view.countries]
    through = {c.code for c, way, _ in read if way}
    if not through:
        return flows
    otherwise = {c.code for c, way, _ in read if not way and c.start not in view.title_countries}
    destinations = {c.code for c, _, goes in read if goes}
    toward = next((c.code for c, _, goes in read if goes and c.code not in through), "")
    out = []
    for f in flows:
        if f.importer in through and f.importer not in destinations:
            if toward and toward != f.exporter:
                out.append(replace(f, importer=toward))
        elif not (f.exporter in through and f.exporter not in otherwise):
            out.append(f)
    return out


def settle_open(open_flows: list[TradeFlow], flows: list[TradeFlow], main: list[str]) -> list[TradeFlow]:
    """Sides for goods bought with neither side written ("- Purchase of wheat"): the direction in
    which the document's other flows between its two main countries run, when at least two run that
    way and fewer the other way (one stray flow back must not unsettle a fact sheet's every deal);
    else the purchases stay unread."""
    if len(main) < 2:
        return []
    a, b = main[:2]
    # each goods item once, however many readers or frames found it
    ways = Counter((e, i) for e, i, _ in {(f.exporter, f.importer, f.commodity) for f in flows if not f.negated
                                          and f.modality != "refused" and {f.exporter, f.importer} == {a, b}})
    (seller, buyer), count = max(ways.items(), key=lambda kv: kv[1], default=((a, b), 0))
    if count < 2 or ways[(buyer, seller)] >= count:
        return []
    return [replace(f, exporter=seller, importer=buyer) for f in open_flows]


def merge_flows(tree: list[TradeFlow], surface: list[TradeFlow], view: SentenceView,
                vocab: GoodsVocabulary, elsewhere: bool = False) -> list[TradeFlow]:
    """A sentence's flows from both readers: every flow of the tree reader; a surface flow only
    for goods the tree did not read (no overlap with a tree flow's words) and that pass the goods
    test. Where both read the same goods (the same words or the same commodity), the tree's label
    and direction stand. ``elsewhere``: the tree sends the goods somewhere that is no country."""
    out = list(tree)
    named = {c.code for c in view.countries}
    worldwide = elsewhere or bool(_WORLDWIDE.search(view.sentence.text))
    said = _ATTRIBUTION_RE.search(view.sentence.text)
    # goods both readers read the same way: where the surface reader finds more named sides for them
    # ("Russian and Romanian wheat", "to Malaysian and Dutch grinders"), the tree missed a coordination
    agreed = {(f.evidence.start, f.evidence.end, f.evidence.rule) for f in surface
              if any(_same_reading(f, t) for t in tree)}
    for flow in surface:
        if worldwide and not (flow.exporter in named and flow.importer in named):
            continue  # goods for the world market, a side filled in from the document: no partner's flow
        if said and flow.evidence.start >= view.sentence.start + said.start():
            continue  # "..., grain trade sources said", "..., the Meat Board said": who tells, not goods
        a, b = flow.evidence.start, flow.evidence.end
        same = [f for f in tree if a < f.evidence.end and f.evidence.start < b or
                singular(f.commodity.lower()) == singular(flow.commodity.lower())]
        for f in same:
            # one side guessed from the document where the surface reader found a country the
            # sentence names ("Kenyan crude accounts for most of Egypt's oil imports"): the surface reading
            guessed = (f.exporter not in named and flow.exporter in named and f.importer == flow.importer) or \
                (f.importer not in named and flow.importer in named and f.exporter == flow.exporter)
            if guessed and f in out and not any(g.exporter == flow.exporter and g.importer == flow.importer
                                                and g.commodity == f.commodity for g in out):
                out[out.index(f)] = flow  # the surface reading, whose rule found the named side
        beside = [f for f in same if (f.exporter == flow.exporter) != (f.importer == flow.importer)
                  and flow.exporter != f.importer and flow.importer != f.exporter and f.negated == flow.negated]
        if beside and (flow.evidence.start, flow.evidence.end, flow.evidence.rule) in agreed and \
                flow.exporter in named and flow.importer in named and not any(_same_reading(flow, g) for g in out) and \
                _joined(view, *((flow.exporter, beside[0].exporter) if flow.importer == beside[0].importer
                                else (flow.importer, beside[0].importer))):
            out.append(replace(flow, commodity=beside[0].commodity, hs=beside[0].hs))
            continue
        if same:
            continue  # the same words, or the same goods read by both: the tree's reading stands
        if _TRADERS_AFTER_RE.match(view.sentence.text, b - view.sentence.start) and \
                any(f.evidence.rule.startswith("flow.verb.") and (f.exporter, f.importer) == (flow.exporter, flow.importer)
                    for f in tree):
            continue  # "Argentine grain exporters shipped sorghum to Japan": the traders' trade, the verb's goods
        if _other_clause(flow, tree, view):
            continue  # "Ghana, which buys crude from Nigeria, wants to pay in cocoa": the list ended
        if goods_like(flow, view, vocab):
            out.append(flow)
    return _own_places(out, view)


_OWN_PLACE = {"importer": r"to|into", "exporter": r"from"}


def _own_places(flows: list[TradeFlow], view: SentenceView) -> list[TradeFlow]:
    """"sales of 200,000 tonnes of wheat to Jordan, 300,000 tonnes of soybean meal to Iraq and
    100,000 tonnes of corn to Algeria": goods of one list each with a place of its own after them
    (before the next goods) go to (or come from) that place, where the readers gave the list one
    place. Only when two goods have different places of the same kind."""
    base, text = view.sentence.start, view.sentence.text
    starts = sorted({f.evidence.start for f in flows})

    def place(flow: TradeFlow, cases: str) -> str:
        stop = next((s for s in starts if s > flow.evidence.start), view.sentence.end)
        return next((c.code for c in view.countries if flow.evidence.end <= c.start < stop and
                     re.fullmatch(rf"[\s\w,-]{{0,25}}?\b(?:{cases})\s+(?:the\s+)?",
                                  text[flow.evidence.end - base:c.start - base], re.IGNORECASE)), "")

    for side, cases in _OWN_PLACE.items():
        own = [place(f, cases) for f in flows]
        if len(set(own) - {""}) < 2:
            continue
        other = "exporter" if side == "importer" else "importer"
        flows = [replace(f, **{side: p}) if p and p != getattr(f, other) else f for f, p in zip(flows, own)]
    out: list[TradeFlow] = []
    for f in flows:
        if not any(_same_reading(f, g) and f.negated == g.negated for g in out):
            out.append(f)
    return out


_TRADERS_AFTER_RE = re.compile(r"\s+(?:exporters|importers|traders|shippers|suppliers|buyers|sellers)\b")


# "A and B", "A, B and C", "A, B, and C" ("Egypt, and Sudan bought ..." joins two clauses)
_LISTED_NAME = r"\s*,\s*(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*"  # ", Chile", ", the United States"
_LAST_JOIN = r"\s*,?\s+(?:and|or)\s+(?:the\s+)?"
_JOINED_RE = re.compile(r"\s+(?:and|or)\s+(?:the\s+)?|(?:" + _LISTED_NAME + ")+" + _LAST_JOIN)


_LIST_GOES_ON = re.compile("(?:" + _LISTED_NAME + ")*" + _LAST_JOIN + "[A-Z]")


def _joined(view: SentenceView, a: str, b: str) -> bool:
    """Whether two countries are written as members of one list ("Russian and Romanian", "Chile,
    Peru and Bolivia"); a comma alone may end a phrase ("After talks in Japan, Kenya ...")."""
    base, text = view.sentence.start, view.sentence.text
    spans = [(c.start - base, c.end - base, c.code) for c in view.countries if c.code in (a, b)]
    return any(x[2] != y[2] and x[1] <= y[0] and (
        _JOINED_RE.fullmatch(text[x[1]:y[0]]) or  # "Iran, Malaysia | and Singapore": the list goes on to its "and"
        re.fullmatch(r"\s*,\s*(?:the\s+)?", text[x[1]:y[0]]) and _LIST_GOES_ON.match(text, y[1]))
        for x in spans for y in spans)


def _same_reading(a: TradeFlow, b: TradeFlow) -> bool:
    return a.exporter == b.exporter and a.importer == b.importer and \
        singular(a.commodity.lower()) == singular(b.commodity.lower())


_CLAUSE_DEPS = {"ROOT", "ccomp", "advcl", "acl:relcl", "parataxis", "csubj"}


def _clause_of(token: "Token") -> "Token":
    """The head of the clause a token stands in: the root, or the nearest clause below it."""
    node = token
    for _ in range(12):
        if node.dep_ in _CLAUSE_DEPS or node.head.i == node.i:
            return node
        if node.dep_ == "conj" and node.pos_ in ("VERB", "AUX") and any(c.dep_ == "nsubj" for c in node.children):
            return node  # "... supply electricity to Moldova and we expect ...": a clause with a subject of its own
        node = node.head
    return node


def _other_clause(flow: TradeFlow, tree: list[TradeFlow], view: SentenceView) -> bool:
    """Whether the surface reader ran a list past its clause: the tree read flows of the same
    trigger word and the goods stand in another clause of the tree than that word."""
    doc = view.syntax
    word = flow.evidence.rule.rsplit(".", 1)[-1]
    if doc is None or not any(f.evidence.rule.rsplit(".", 1)[-1] == word for f in tree):
        return False
    base = view.sentence.start
    goods = [t for t in doc if flow.evidence.start <= base + start_of(t) < flow.evidence.end]
    triggers = [t for t in doc if word_of(t).lower() == word]
    return bool(goods and triggers) and all(_clause_of(goods[-1]).i != _clause_of(t).i for t in triggers)
