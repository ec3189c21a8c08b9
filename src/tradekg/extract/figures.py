"""Trade figures: total trade (turnover) between two countries stated as an amount of money.

A figure counts only when a trade word ("trade", "turnover", "two-way trade") governs it and
nothing between them makes it something else (a deficit, one side's exports, investment, a loan).
One country's trade with the whole world is not a bilateral figure.
"""
from __future__ import annotations

import re

from .context import DocContext, SentenceView, evidence, words
from .lexicon import Lexicon
from .mentions import resolve_period
from .model import TradeVolume
from .syntax import start_of, word_of


_GROUP_RE = re.compile(r"(?:other\s+|its\s+|their\s+|member\s+|neighbouring\s+|neighboring\s+|\w+\s+)?"
                       r"(?:countries|states|nations|partners|members|region|regions|blocs?|unions?|groupings?|continents?|"
                       r"neighbours|neighbors|"
                       r"Africa|Asia|Europe|Latin America|South America|North America|Middle East|Gulf|Caribbean|"
                       r"Pacific|Arab world|West|East)\b", re.IGNORECASE)
_RESTATE_RE = re.compile(r"\s*(?:,\s*)?(?:\(|or\b|i\.e\.)?\s*(?:about|approximately|roughly|some|around|nearly|"
                         r"almost|over|more than|equivalent to|equal to)?\s*", re.IGNORECASE)

# an amount that is a change of the figure: "rose by $200 million", "an increase of $50 million"
_CHANGE_RE = re.compile(r"\b(?:(?:rose|risen|rise|rising|grew|grown|grow|growing|increased?|increasing|fell|fallen|falling|"
                        r"dropped|declined?|decreased?|jumped|surged|expanded|shrank|contracted|slipped|climbed|went (?:up|down))"
                        r"\s+by|(?:an? |the )?(?:increase|rise|growth|decrease|decline|drop|fall|jump)\s+of)\s+"
                        r"(?:some |about |nearly |almost |over |more than |around )?$", re.IGNORECASE)

# "boost trade by $2 billion": an amount after "by" is a change of the figure, whatever the verb
_BY_RE = re.compile(r"\bby\s+(?:some |about |nearly |almost |over |more than |around |up to |an? (?:estimated |additional |extra )?)?$",
                    re.IGNORECASE)
# the trade a measure reaches: "tariffs on $50 billion of trade", "sanctions cover $5 billion of trade"
_STRUCK_RE = re.compile(r"\b(?:(?:tariffs?|duties|levies|sanctions|restrictions|curbs)\s+(?:on|against)|"
                        r"cover(?:s|ed|ing)?|hit(?:s|ting)?|affect(?:s|ed|ing)?|threaten(?:s|ed|ing)?|disrupt(?:s|ed|ing)?)\s+"
                        r"(?:some |about |nearly |almost |over |more than |around |an? (?:estimated |additional |extra )?|another )?$",
                        re.IGNORECASE)
# "trade between the world's two largest economies": the pair, no economy's figure
_PAIR_OF_ECONOMIES_RE = re.compile(r"\b(?:the\s+)?(?:[\w-]+(?:'s|’s)\s+)?(?:two|both)\s+"
                                   r"(?:[\w-]+\s+){0,2}economies\b", re.IGNORECASE)
# the accord trade runs under, no blocker: "trade under the free trade agreement totalled" (not
# "trade under the deal worth $2 billion", where the amount is the deal's)
_UNDER_ACCORD_RE = re.compile(r"\b(?:under|within)\s+(?:the|a|an|their|its|this|that)\s+(?:[\w-]+\s+){0,4}?"
                              r"(?:agreements?|accords?|protocols?|deals?|arrangements?)\b"
                              r"(?!\s+(?:worth|valued|of|for|totall?ing|amounting|signed)\b)", re.IGNORECASE)

# a share of trade: "40 percent of trade", "a third of trade", "the bulk of trade"
_TRANSIT_RE = re.compile(r"\b(?:via|through|transiting)\s+(?:the\s+)?$", re.I)
_SHARE_RE = re.compile(r"(?:\b(?:percent|per cent|pct|share|third|quarter|half|bulk|most|part)|%)\s+of\s+"
                       r"(?:the\s+|their\s+|our\s+|its\s+|bilateral\s+|mutual\s+)?$", re.IGNORECASE)

# "trade in <something>" names one kind of trade unless the something is all goods, a time or a
# measure ("trade in goods", "in 2021", "in the first half", "in value terms")
_TRADE_IN_GOODS_RE = re.compile(r"\s+in\s+[a-z]", re.IGNORECASE)
_TRADE_IN_ALL_RE = re.compile(r"\s+in\s+(?:goods|merchandise|commodities|value|volume|dollar|money|monetary|nominal|"
                              r"real|terms|"
                              r"both|all|recent|past|last|this|that|these|those|the|a|an|each|every|"
                              r"fiscal|financial|calendar|first|second|third|fourth|H\d|Q\d|"
                              r"january|february|march|april|may|june|july|august|september|october|november|"
                              r"december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b",
                              re.IGNORECASE)

# verbs that only report ("trade, the minister said, reached ..."), subjects that stand for the
# trade itself, and words after an amount that are no thing it is the price of
_REPORTING = {"say", "tell", "note", "add", "stress", "emphasise", "emphasize", "recall", "point", "announce",
              "state", "report", "explain", "believe", "estimate", "know", "see", "understand", "mention"}
_STANDS_FOR_TRADE = {"it", "which", "that", "this", "what", "trade", "turnover", "volume", "figure", "total"}
# the parser's slip in a period phrase: "in the fiscal year ended March was worth ..." with March as
# the subject of "was"
_TIME_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december", "year", "month", "quarter", "half", "period", "week"}
# the parser's favourite slip: "trade between Chile and Peru could reach ...", "trade with Peru
# fell ..." with Peru as the subject
_PAIR_MEMBER_RE = re.compile(r"(?:[\w-]+\s+){0,8}?(?:between|of|with)\s+(?:[^,;]{0,60}\band\s+)?(?:the\s+)?",
                             re.IGNORECASE)
_RESUMES_RE = re.compile(r"\b(?:it|trade|turnover|volume|figure)\b", re.IGNORECASE)
# "protocols aimed at raising bilateral trade to $2 billion": a growth still to come is a target
_RAISING_RE = re.compile(r"\b(?:rais(?:e|ing)|boost(?:ing)?|increas(?:e|ing)|doubl(?:e|ing)|expand(?:ing)?|"
                         r"bring(?:ing)?)\s+(?!in\b)(?:[\w-]+\s+){0,2}$", re.I)
# "increased by 17 percent to reach $7 billion": the past growth's result, no target
_GREW_TO_REACH = re.compile(r"\b(increased|rose|grew|jumped|climbed|surged|soared|expanded|gained|went up)"
                            r"((?:\s+(?:by\s+)?[^,;]{1,30}?)?)\s+to\s+reach\b", re.I)
# the trade word taken up again just before its figure: "..., and this year it reached", "It now stands at"
_RESUMED_RE = re.compile(r"\b(?:it|which|the figure|this figure|the volume|this volume|the total)\s+"
                         r"(?:\w+\s+){0,2}?(?:reached|stood|stands|amounted|amounts|totall?ed|totals|exceeded|exceeds|"
                         r"was|is|came|rose|grew|fell|increased|decreased|dropped|jumped|climbed)\b[^,;]{0,40}$",
                         re.IGNORECASE)
# the growth of the trade told at length before its result: "rose by 9 pct during the first six
# months of the calendar year, to $1.2 billion"
_GREW_OVER_RE = re.compile(r"^[^;$]*?\b(?:rose|grew|increased|jumped|climbed|surged|expanded|fell|dropped|declined|"
                           r"decreased)\b[^;$]*?,?\s+to\s+(?:about\s+|some\s+|nearly\s+|around\s+|over\s+)?$", re.I)
# a second predicate of the same trade right after its first figure: "... and is expected to reach"
_AND_THEN_RE = re.compile(r"^[^,;$]{0,40}\band\s+(?:is\s+|are\s+|will\s+|could\s+|should\s+|may\s+|might\s+|would\s+)?"
                          r"(?:\w+\s+){0,4}?(?:reach|rise|grow|total|exceed|climb|double|increase|amount)\w*\s+"
                          r"(?:to\s+)?(?:about\s+|some\s+|nearly\s+|around\s+|over\s+)?$", re.IGNORECASE)
# a sentence that opens on the trade of the sentence before: "It now stands at", "Last year it reached"
_OPENS_RESUMED_RE = re.compile(r"(?:(?:last|this|next) year,?\s+|in \d{4},?\s+|now,?\s+|today,?\s+|currently,?\s+|"
                               r"so far,?\s+)?(?:it|the figure|this figure)\s+(?:(?:for|in)\s+(?:\w+\s+){1,4}?)?"
                               r"(?:\w+\s+){0,2}?(?:reached|stood|stands|"
                               r"amounted|amounts|totall?ed|totals|exceeded|exceeds|was|is|came|rose|grew|fell|increased|"
                               r"dropped|jumped|climbed)\b", re.IGNORECASE)
# a figure set beside the trade figure for another time: "..., compared with $107 billion in 2018"
_COMPARED_RE = re.compile(r"\b(?:compared\s+(?:with|to)|up\s+from|down\s+from|against|versus)\s+"
                          r"(?:about\s+|some\s+|nearly\s+|around\s+|roughly\s+|just\s+)?$", re.IGNORECASE)
# an aside on what the trade is made of: "trade with Korea, mostly oil, was ..."
_ASIDE_RE = re.compile(r",\s*(?:mostly|mainly|largely|chiefly|primarily|principally|dominated by)\s+(?:[\w-]+\s+){0,2}$",
                       re.IGNORECASE)
_CLAUSE_BREAK_RE = re.compile(r"[,;:]|\b(?:and|but|while|that)\b")
# "trade with Iraq, worth $2 billion": only the trade's partner stands between it and ", worth"
_PARTNER_ONLY_RE = re.compile(r"\s+(?:(?:with|between)\s+)?(?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:and\s+)?[A-Z][\w.'’-]*){0,3}")
_AFTER_AMOUNT = {"year", "years", "month", "months", "worth", "mark", "level", "annually", "dollars", "euros", "today",
                 "now", "currently"}

# a text that sets a figure as a goal: "a protocol calling for trade of $1.5 billion"
_CALLS_FOR_RE = re.compile(r"\b(?:calls?|calling|called)\s+for\s+(?:\w+\s+){0,2}$|\b(?:envisag|foresee|projec)\w*\s+"
                           r"(?:\w+\s+){0,2}$", re.IGNORECASE)


def _in_a_name(text: str, head: re.Match) -> bool:
    """Whether a capitalised trade word is part of a name ("the U.S. Trade and Development Agency",
    "the Chamber of Commerce"), not in a title-case headline nor opening the sentence."""
    if not head.group()[:1].isupper() or not text[:head.start()].strip() or \
            re.search(r"(?:\s[-–—]+|:)\s*$", text[:head.start()]):
        return False  # the sentence's first word, after a dateline's dash or a label's colon
    if all(w[0].isupper() for w in re.findall(r"[A-Za-z][\w'-]{3,}", text)):
        return False  # a title-case headline: "U.S.-Philippine Trade Reaches $25 Billion"
    return bool(re.search(r"[A-Z][\w.-]*\s+(?:(?:and|of)\s+)?$", text[:head.start()]) or
                re.match(r"\s+(?:and\s+)?[A-Z]", text[head.end():]))


# exchanges of something other than goods: "cultural exchanges", "exchanges of views"
_OTHER_EXCHANGES_BEFORE = re.compile(r"\b(?:cultural|student|students|academic|scientific|youth|people-to-people|"
                                     r"humanitarian|prisoner|prisoners|information|intelligence|expert|sports?|tourist|"
                                     r"tourism|educational|parliamentary|military|staff|diplomatic|official|delegation|"
                                     r"personnel|visa|energy|currency|share|stock)\s+$", re.IGNORECASE)
_OTHER_EXCHANGES_AFTER = re.compile(r"\s+(?:of|in)\s+(?!goods|commodities|products|trade)", re.IGNORECASE)


# a country hyphened to a region or a bloc: "China-Africa trade", "EU-China trade"
_WITH_A_REGION_RE = re.compile(r"(?:\b(?:Africa|African|Europe|European|Asia|Asian|Latin America|Arab|Gulf|Pacific|"
                               r"Caribbean|ASEAN|EU|EC|Mercosur|CIS|EAEU|GCC|OPEC|Nordic|Baltic)-[A-Z][\w.]*|"
                               r"-(?:Africa|African|Europe|European|Asia|Asian|Latin America|Latin American|Arab|Gulf|"
                               r"Pacific|Caribbean|ASEAN|EU|EC|Mercosur|CIS|EAEU|GCC|OPEC|Nordic|Baltic))\s+$")


def _other_exchanges(text: str, head: re.Match) -> bool:
    """Whether a bare "exchanges" names exchanges of something other than goods."""
    return head.group().lower() == "exchanges" and bool(
        _OTHER_EXCHANGES_BEFORE.search(text, 0, head.start()) or _OTHER_EXCHANGES_AFTER.match(text, head.end()))


# a firm's name or noun ("Neste Oy", "Gazprom Corp", "the company")
_FIRM_NAME_RE = re.compile(r"\b(?:Oyj?|AB|AG|SA|S\.A\.|Inc|Corp|Co|Ltd|Plc|PLC|GmbH|NV|BV|SpA|company|firm|group|"
                           r"corporation|concern|maker|producer)\b\.?")

# the upper end of a range ("between two and three billion dlrs")
_RANGE_RE = re.compile(r"\bbetween\s+\$?[\d.,]+(?:\s+[a-z.]+){0,2}\s+and\s+$|\bbetween\s+[a-z]+\s+and\s+$", re.IGNORECASE)


class FigureReader:
    """Reads total-trade figures from sentences."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.volume_head_re = words(lex, "volume_heads")
        self.volume_block_re = words(lex, "volume_blockers")
        self.kind_words = set(lex.patterns["trade_kinds"])  # "farm trade", "border trade": one kind of trade
        self.planned_re = words(lex, "planned_words")
        # "the joint venture has a turnover of": a firm that has, posts or reports it
        self.firm_has_re = re.compile(r"\b(?:" + words(lex, "firm_nouns").pattern + r")\s+(?:has|had|have|reported|posted|"
                                      r"recorded|achieved|reached)\s+(?:an?\s+|its\s+)?(?:annual\s+|total\s+|yearly\s+)?$",
                                      re.IGNORECASE)
        # "turnover of the joint venture": a firm's within three words after "of"
        self.of_a_firm_re = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+|this\s+|a\s+)?(?:[\w-]+\s+){0,3}?(?:" +
                                       words(lex, "firm_nouns").pattern + r")", re.IGNORECASE)
        self.compound_re = re.compile(r"\s+(?:" + words(lex, "trade_compounds").pattern + ")")
        # "a $300 million loan", "$300 million in humanitarian aid"
        # "$1.3 billion in new trade and investment deals": after "in" or "of", up to four words
        self.money_object_re = re.compile(r"\s+(?:(?:in|of)\s+(?:[\w-]+\s+){0,4}?|(?:[\w-]+\s+)?)" +
                                          words(lex, "money_objects").pattern)
        self.intent_re = re.compile(r"\b(?:aims?|aiming|plans?|planning|intends?|target(?:s|ing)?|wants?|seeks?|seeking|"
                                    r"hopes?|expects?|agreed|pledged?|vowed?|goal|ready)\s+(?:\w+\s+){0,2}to\b", re.I)

    def _says_planned(self, text: str) -> bool:
        """Whether words of a plan are written ("could reach", "target"): "to reach" after a past
        growth ("increased by 17 percent to reach") tells the result, no plan."""
        return bool(self.planned_re.search(_GREW_TO_REACH.sub(r"\1\2 reaching", text)))

    def __call__(self, view: SentenceView, ctx: DocContext, previous: SentenceView | None = None) -> list[TradeVolume]:
        text = view.sentence.text
        out = []
        heads = self._heads(text)
        if not heads and view.money and previous is not None:
            return self._resumed(view, ctx, previous)
        if not heads or not view.money:
            return []
        for money in view.money:
            m_start = money.start - view.sentence.start
            m_end = m_start + len(money.amount.text)  # the amount spans its written text
            if _RANGE_RE.search(text, 0, m_start) or \
                    re.search(r"\bbetween\s+$", text[:m_start], re.IGNORECASE) and re.match(r"\s+and\b", text[m_end:]):
                continue  # "would remain between two and three billion dlrs": a range's ends, no figure
            head = None
            before = [mo for mo in view.money if mo.end <= money.start]
            for h in heads:
                if h.end() <= m_start and (m_start - h.end() < 90 or m_start - h.end() < 200 and (
                        _RESUMED_RE.search(text[h.end():m_start]) or _GREW_OVER_RE.search(text[h.end():m_start]) or
                        before and out and
                        _AND_THEN_RE.search(text[before[-1].end - view.sentence.start:m_start]))):
                    # "trade grew by 25 percent, ..., and in May it reached $6.8 billion"; "trade was $18
                    # billion in 2021 and is expected to reach 20 billion in 2022" (the same subject)
                    head = h
                elif h.start() >= m_end and h.start() - m_start < 40 and \
                        re.search(r"(?:\b(?:worth of|in|of)\s+(?:[\w'’]+\s+){0,2}|^[\s-]*)$",
                                  text[m_end:h.start()]) and \
                        not re.search(r"\bof\s+(?:which|this|that|it|these)\b", text[m_end:h.start()], re.I) and \
                        not re.search(r"\d", text[m_end:h.start()]):  # "..., or 25 pct of total trade": another figure's
                    # "$13 billion, of which trade with China ...": a part's trade word governs no total
                    head = h  # "$2 billion of Kenya's trade", "the 1.1 billion dlr trade with Chile"
            if head is None:
                out.extend(self._compared(view, ctx, money, out))
                continue
            lo, hi = sorted((head.start(), m_start))
            between = text[lo:hi + len(money.amount.text)]
            if head.start() > m_start:  # "400 mln dlrs worth of trade": the link is no blocker
                between = text[lo:m_end] + " " + head.group()
            # "rose 32 pct to 290 mln dlrs": a growth rate on the way to the figure is not a blocker
            between = re.sub(r"\b(?:by\s+|some\s+|about\s+|over\s+)?[\d.,]+\s*(?:pct|percent|per cent|%)\s+(?=to\b)", " ",
                             between)
            # "trade ..., mostly oil, was valued at $17 billion": the trade's own value
            between = re.sub(r"\b(?:was|is|were|are|been)\s+(?:\w+\s+)?valued\b", " ", between)
            if self.volume_block_re.search(_UNDER_ACCORD_RE.sub(" ", _PAIR_OF_ECONOMIES_RE.sub(
                    " ", between.replace(head.group(), " ")))) or \
                    re.search(r"\b(?:surplus|deficit|imbalance)\b", text[max(0, lo - 30):lo]):
                continue
            if re.search(r"\b(?:foreign|external|overall foreign|world|global)\s+$", text[max(0, lo - 20):lo], re.I) or \
                    re.search(r"\b(?:with the (?:rest of the )?world|worldwide|globally|with all (?:its )?partners)\b",
                              text[lo:hi + len(money.amount.text) + 40], re.I):
                continue  # one country's trade with the whole world is not a bilateral figure
            if head.start() < m_start and ";" in text[head.end():m_start] and \
                    not _RESUMES_RE.search(text[text.rindex(";", head.end(), m_start):m_start]):
                continue  # "discussed trade; Ukraine received $300 million": another clause's amount
                # (not "trade was $1.1 billion; in 2022 it rose to $1.3 billion": the same trade again)
            if _SHARE_RE.search(text[max(0, head.start() - 30):head.start()]):
                continue  # "40 percent of trade, worth $100 million": a part of the total
            if self._with_a_group(view, head.end(), head.group().lower().endswith("between")):
                continue  # "trade with the EU", "with the countries of the region": not two states
            if self._not_between_two(text, head) or self._one_kind(text, head) or self._owned_turnover(view, head):
                continue  # "intra-African trade", "trade in services", "Kenya's total trade", "coffee trade"
            if self._restated(view, money):
                continue  # "$210 million, or 5.6 billion hryvnias": the same figure again
            if _CHANGE_RE.search(text[max(0, m_start - 30):m_start]) or _BY_RE.search(text[max(0, m_start - 30):m_start]):
                continue  # "fell by $200 million to $1.8 billion": the change, not the figure
            if head.start() > m_start and re.search(r"(?:'s|’s)\s+(?:about\s+|some\s+|nearly\s+)?$", text[max(0, m_start - 20):m_start]) \
                    and re.match(r"\s+in\s+(?:total|overall|annual|foreign|global)\b", text[m_end:]):
                continue  # "Chile's $150 billion in total trade": one country's trade with all
            worth = re.search(r"([\w-]+),\s+(?:worth|valued\s+at)\s+(?:about\s+|some\s+|nearly\s+|around\s+|over\s+|more than\s+)?$",
                              text[max(0, m_start - 40):m_start])
            if worth and head.end() < m_start - len(worth.group()) + len(worth.group(1)) and \
                    not self.volume_head_re.fullmatch(worth.group(1)) and \
                    worth.group(1).lower() not in ("which", "volume", "turnover", "total", "year", "annually", "partners") \
                    and not _PARTNER_ONLY_RE.fullmatch(text[head.end():m_start - len(worth.group()) + len(worth.group(1))]):
                continue  # "trade is dominated by copper, worth $2 billion": the amount is the copper's
            if head.start() > m_start and _STRUCK_RE.search(text[max(0, m_start - 40):m_start]):
                continue  # "tariffs on $50 billion of trade": the part a measure reaches ("trade hit $2 billion" is the figure)
            if self._a_part(view, money, head.start()):
                continue  # "trade reached $500 million, of which copper made up $200 million"
            if self.money_object_re.match(text, m_end):
                continue  # "trade and a $300 million loan": the amount is the loan's
            if re.search(r"\bthan\s+the\s+$", text[max(0, m_start - 12):m_start]) and \
                    not re.match(r"\s+(?:of|in|for)\s+(?:\d{4}|the\s+previous|last)\b", text[m_end:]):
                continue  # "worth far more than the $2 billion Peru spent on arms": another quantity (not "of 2020")
            if head.end() <= m_start and self._another_clause(view, head.start(), head.end(), m_start, m_end):
                continue  # "trade was discussed, and the sides signed deals worth $2 billion"
            # "Bilateral trade stands at $2 billion, while Chinese trade with Ghana is $10 billion":
            # the countries of a later trade word with its own figure are not this figure's
            later = [h.start() for h in heads if h.start() > m_end and
                     any(mo.start - view.sentence.start > h.start() for mo in view.money)]
            pair = self._pair(view, ctx, head.start(), max(m_end, later[0] - 25) if later else len(text))
            # "..., compared with $3 billion between Chile and Bolivia": a pair named right after
            # the figure is that figure's
            after = text[m_end:]
            own = self._pair_after(view, m_end)
            if own:
                pair = own
            if not pair:
                continue
            with_other = re.match(r"\s+(?:(?:a|per)\s+year\s+|annually\s+)?with\s+(?:the\s+)?", after)
            if with_other and any(c.start - view.sentence.start == m_end + with_other.end() and c.code not in pair
                                  for c in view.countries):
                continue  # "..., compared with $12 billion with Iran": another partner's figure
            if len(ctx.main) >= 2 and set(pair) != set(ctx.main[:2]) and \
                    re.search(r"\b(?:compared\s+(?:with|to)|than|unlike)\b[^,;]*$", text[max(0, lo - 80):lo], re.I):
                continue  # "..., compared with China's $24 billion trade with Japan": a third country set beside
            # the period written between the trade word and the figure ("trade in 2021 amounted to
            # $1.2 billion"), else the closest after it ("900 mln dlrs last year from 1.1 billion in
            # 1985"); "more than in 2020" compares and is no period
            following = [mo.start - view.sentence.start for mo in view.money if mo.start - view.sentence.start > m_start
                         and not self._restated(view, mo)]  # "1.8 trillion baht ($52 billion) last year"
            near = after[:min([f - m_end for f in following] + [50])]
            near = re.sub(r"\bthan\b.*", "", near).split(";")[0]  # (not the next clause's: "$1.1 billion; in 2022 it")
            earlier = [mo for mo in view.money if head.end() <= mo.start - view.sentence.start < m_start]
            since = re.split(r"[,;]|\bwhile\b|\bwhereas\b", text[earlier[-1].end - view.sentence.start:m_start]) \
                if earlier else []
            inside = resolve_period(text[head.end():m_start], ctx.doc_date) if head.start() < m_start and not earlier else \
                resolve_period(since[-1], ctx.doc_date) if earlier and len(since) > 1 else ""
            # ("$3 billion in 2021, while in 2020 it was $2.5 billion": the period of the clause since the last figure)
            # a target: "could reach", or an intention just before the trade word in the same clause
            # ("aim to double trade to $1 billion"); "grew by 20 percent" is no target
            clause_before = re.split(r"[,;:]", text[max(0, lo - 40):lo])[-1]
            planned = bool(self._says_planned(text[lo:hi]) or self.intent_re.search(clause_before)
                           or re.match(r"\s+(?:protocols?|plans?)\b", text[head.end():])  # "a trade protocol worth"
                           or _RAISING_RE.search(clause_before)
                           or _CALLS_FOR_RE.search(clause_before)) and \
                not (earlier and _COMPARED_RE.search(text[earlier[-1].end - view.sentence.start:m_start])) and \
                not re.search(r"\bfrom\s+(?:about\s+|some\s+|around\s+)?$", text[max(0, m_start - 14):m_start])
            # ("... to $2 billion by 1990 from $1.1 billion last year": the starting point is no target)
            # ("could reach $200 billion, compared with $107 billion in 2018": the past figure is no target)
            # a target ("could reach $100 billion") has no period unless one is written next to it
            # a year elsewhere in the sentence is the figure's only when it is the sentence's one figure
            # ("In 2021, trade was $1.1 billion; ...": the clause's opening names the first figure's period)
            opening = text[:head.start()].split(";")[-1] if head.start() < m_start and not earlier and not any(
                mo.end - view.sentence.start <= head.start() for mo in view.money) else ""
            period = inside or resolve_period(near, ctx.doc_date) or resolve_period(opening, ctx.doc_date) or (
                "" if planned or len(view.money) > 1 else resolve_period(text, ctx.doc_date))
            out.append(TradeVolume(pair, money.amount, period, "turnover", "planned" if planned else "realised",
                                   evidence(view, "volume.head-money", view.sentence.start + lo,
                                            max(money.end, view.sentence.start + head.end()))))
        main = set(ctx.main[:2])
        if len(main) == 2 and any(set(v.countries) == main for v in out):
            # "Trade between our countries is $5 billion, while Hungary's trade with Germany exceeds
            # $60 billion": beside the document's own pair, a third country's figure only compares
            out = [v for v in out if set(v.countries) <= main]
        return out

    @staticmethod
    def _compared(view: SentenceView, ctx: DocContext, money, found: list[TradeVolume]) -> list[TradeVolume]:
        """A figure the sentence compares its trade figure with, too far from the trade word to be
        governed by it ("trade could reach $200 billion by 2024, the minister said, compared with
        $107 billion in 2018"): the same pair's figure for another period."""
        base = view.sentence.start
        if not found or found[-1].evidence.end > money.start:
            return []
        gap = view.sentence.text[found[-1].evidence.end - base:money.start - base]
        if ";" in gap or not _COMPARED_RE.search(gap):
            return []
        after = view.sentence.text[money.end - base:]
        period = resolve_period(re.split(r"[,;]", after)[0][:40], ctx.doc_date)
        return [TradeVolume(found[-1].countries, money.amount, period, "turnover", "realised",
                            evidence(view, "volume.compared", money.start, money.end))]

    def _heads(self, text: str) -> list[re.Match]:
        """The trade words of a sentence that can govern a figure: "the trade minister", "a trade
        fair", "a $7 billion trade surplus" name an office, an event or a balance."""
        return [h for h in self.volume_head_re.finditer(text) if not self.compound_re.match(text, h.end())
                and not _in_a_name(text, h) and not _other_exchanges(text, h)]

    def _resumed(self, view: SentenceView, ctx: DocContext, previous: SentenceView) -> list[TradeVolume]:
        """A figure of the trade the sentence before spoke of, taken up by "it" ("Trade between
        Kenya and Uganda grew fast. Last year it reached $2 billion."). The trade word must be what
        that sentence is about: its subject, or the object of two sides ("Kenya and Uganda want
        to raise their trade.")."""
        text = view.sentence.text
        m = _OPENS_RESUMED_RE.match(text)
        if not m or len(view.money) != 1 or view.countries:
            return []
        money = view.money[0]
        m_start = money.start - view.sentence.start
        if m_start - m.end() > 25 or self.volume_block_re.search(text[:m_start]) or \
                self.money_object_re.match(text, m_start + len(money.amount.text)):
            return []
        before = re.sub(r"^[^:.]{0,60}:\s+", "", previous.sentence.text)  # a transcript's label
        heads = [h for h in self._heads(before) if not self._not_between_two(before, h)]
        if not heads:
            return []
        head = heads[0]
        opening = before[:head.start()]
        if not (len(opening.split()) <= 4 and not re.search(r"\b(?:of|with|in|on|for)\s+\S*$", opening) or
                re.search(r"\b(?:and|we|they|sides|countries|nations|states)\b", opening, re.IGNORECASE)):
            return []
        if self.volume_block_re.search(before[head.end():]) or _SHARE_RE.search(opening):
            return []
        at = len(previous.sentence.text) - len(before) + head.start()
        if self._with_a_group(previous, at + len(head.group()), head.group().lower().endswith("between")):
            return []
        pair = self._pair(previous, ctx, at)
        if not pair:
            return []
        planned = bool(self._says_planned(text[:m_start]) or self.intent_re.search(text[:m_start]))
        after = text[m_start + len(money.amount.text):]
        period = resolve_period(text[:m_start] + " " + after[:40], ctx.doc_date) if not planned else ""
        return [TradeVolume(pair, money.amount, period, "turnover", "planned" if planned else "realised",
                            evidence(view, "volume.resumed", view.sentence.start, money.end))]

    def _with_a_group(self, view: SentenceView, at: int, after_between: bool = False) -> bool:
        """Whether the trade word's partner ("with ...", "between X and ...") is a grouping of
        states, a region or a continent rather than a country."""
        text = view.sentence.text
        link = r"\s*" if after_between else r"\s*(?:\w+\s+){0,2}?(?:with|between|within|among|amongst|inside|across)\s+"
        m = re.match(link + r"(?:\w+\s+and\s+)?(?:the\s+)?", text[at:at + 60])
        if not m:
            return False
        start = at + m.end()
        base = view.sentence.start
        if any(c.start - base == start for c in view.countries) or \
                _PAIR_OF_ECONOMIES_RE.match(text, start) or \
                re.match(r"(?:two|both|our|your|these|our two|the two)\s+(?:[\w-]+\s+){0,2}(?:countries|states|nations|sides|neighbours|neighbors|partners)\b",
                         text[start:], re.IGNORECASE):
            return False  # "between the two countries": the pair
        return bool(self.lex.organisation_re.match(text, start) or _GROUP_RE.match(text, start))

    @staticmethod
    def _another_clause(view: SentenceView, head_start: int, head_end: int, m_start: int, m_end: int) -> bool:
        """Whether the amount sits in a clause of its own after the trade word: a word between
        them has a subject of its own ("..., and the two sides signed documents worth $2 billion",
        "noting that Ghana paid $200 million"), or the amount is a thing's price ("the $1 billion
        railway"). Reporting clauses ("trade, the minister said, reached ...") and subjects that
        stand for the trade ("which", "it", "the volume of which") do not count. Needs the parse."""
        doc = view.syntax
        if doc is None:
            return False
        # the noun the trade word modifies is the trade's own ("the total trade value ... hit $10 billion")
        owners = {tok.head.i for tok in doc if start_of(tok) == head_start and tok.dep_ in ("compound", "amod")}
        for tok in doc:
            at = start_of(tok)
            if at >= m_end:  # the word after the amount
                return tok.pos_ == "NOUN" and not view.sentence.text[m_end:at].strip() and \
                    word_of(tok).lower() not in _AFTER_AMOUNT
            if at < head_end or at >= m_start or tok.lemma_.lower() in _REPORTING:
                continue
            # a subject after a clause boundary: a subject the parser found with no boundary in
            # between is mostly its slip ("trade with Peru fell")
            if not _CLAUSE_BREAK_RE.search(view.sentence.text[head_end:at]) or \
                    _RESUMES_RE.search(view.sentence.text[at:m_start]):
                continue  # "..., and we can bring it to $1.5 billion": the trade again
            if any(c.dep_ in ("nsubj", "nsubj:pass") and head_end <= start_of(c) < m_start and c.i not in owners and
                   word_of(c).lower() not in _STANDS_FOR_TRADE | _TIME_WORDS and
                   not _PAIR_MEMBER_RE.fullmatch(view.sentence.text[head_start:start_of(c)]) and
                   not _ASIDE_RE.search(view.sentence.text[head_end:start_of(c)]) for c in tok.children):
                return True
        return False

    def _owned_turnover(self, view: SentenceView, head: re.Match) -> bool:
        """"The company's annual turnover", "Gazprom's turnover": a firm's sales, not trade between
        states; a country's or the speakers' own turnover ("Russia's turnover with China", "our
        turnover") still is."""
        if head.group().lower() != "turnover":
            return False
        text, base = view.sentence.text, view.sentence.start
        if self.of_a_firm_re.match(text, head.end()) or self.firm_has_re.search(text[:head.start()]):
            return True  # "turnover of the joint venture", "the turnover of KamAZ's plant", "the plant has a turnover"
        owner = re.search(r"(?:,\s*whose|\bits)\s+(?:annual\s+|total\s+|yearly\s+|overall\s+)?$", text[:head.start()])
        if owner:
            # "Finland's Neste Oy, whose turnover last year was five billion dlrs", "Neste said its
            # turnover rose": a firm named last before the pronoun owns it; a country still may
            firm = [f for f in _FIRM_NAME_RE.finditer(text, 0, owner.start())]
            return bool(firm) and not any(firm[-1].end() <= c.start - base < owner.start() for c in view.countries)
        m = re.search(r"(\w+)(?:'s|’s|s'|s’)\s+(?:annual\s+|total\s+|yearly\s+|overall\s+)?$", text[:head.start()])
        if not m:
            return False
        return not any(c.end - base in (m.end(1), m.end(1) + 2) or c.start - base <= m.start(1) < c.end - base
                       for c in view.countries) and not {m.group(1).lower(), m.group(1).lower() + "s"} & \
            {"countries", "country", "states", "nations", "sides", "partners"}  # ("the two countries' turnover")

    def _one_kind(self, text: str, head: re.Match) -> bool:
        """A trade word after goods or a sector names one kind of trade, not the total: "coffee
        trade", "two-way farm trade", "the arms trade", "border trade"."""
        m = re.search(r"(?<![\w-])([A-Za-z][a-z-]*)\s+(?:two-way\s+)?$", text[max(0, head.start() - 30):head.start()])
        if not m:
            return False
        word = m.group(1).lower()
        if re.search(r"\b(?:goods|merchandise)\s+(?:and|&)\s+services\s+$", text[max(0, head.start() - 40):head.start()], re.I):
            return False  # "goods and services trade with Kenya": all of it
        if re.search(r"\b(?:to|will|would|can|could|should|must|may|might|shall)\s+$",
                     text[max(0, head.start() - 30):max(0, head.start() - 30) + m.start()], re.I):
            return False  # "aim to lift trade to $15 billion": a verb, not the goods ("lifts") of one kind of trade
        return word.startswith("non-") or word in self.kind_words or word in self.lex.commodities or \
            word.rstrip("s") in self.lex.commodities

    @staticmethod
    def _not_between_two(text: str, head: re.Match) -> bool:
        """Trade words that name no total between two states: trade inside a region ("intra-African
        trade"), a part of trade ("trade in services"), one country's trade with all ("Kenya's total
        trade turnover", unless a partner follows)."""
        before, after = text[max(0, head.start() - 40):head.start()], text[head.end():head.end() + 30]
        if re.search(r"\bintra-?\w*\s+$", before, re.I) or _WITH_A_REGION_RE.search(before) or \
                re.match(r"\s+in\s+services\b", after, re.I) or \
                _TRADE_IN_GOODS_RE.match(after) and not _TRADE_IN_ALL_RE.match(after):
            # "trade in agricultural products": one kind of goods; "trade in goods", "trade in
            # 2021", "trade in the first half" are still the total
            return True
        # (an owner ending in s: "the Philippines' total trade")
        own_total = re.search(r"(?:'s|’s|s'|s’)\s+(?:total|overall|entire|whole)(?:\s+(?:trade|turnover|volume))*\s+$",
                              before) \
            or re.search(r"(?:'s|’s|s'|s’)\s+$", before) and head.group().lower().startswith(("total", "overall"))
        return bool(own_total) and not re.match(r"\s*(?:\w+\s+){0,2}?(?:with|between)\b", after)

    @staticmethod
    def _a_part(view: SentenceView, money, head_at: int) -> bool:
        """An amount after another figure of the same trade word, introduced as a share of it
        ("of which", "including", "while", "with"; not "compared with")."""
        base = view.sentence.start
        earlier = [mo for mo in view.money if head_at <= mo.start - base and mo.end <= money.start]
        if not earlier:
            return False
        gap = view.sentence.text[earlier[-1].end - base:money.start - base]
        if re.search(r"\b(?:while|whereas)\s+(?:in\s+[^,;]{1,30}?|(?:a|one) year (?:earlier|before|ago)|last year)\s*,?\s*"
                     r"it\s+(?:was|stood|reached|amounted|totalled|totaled|came)\b", gap, re.I):
            return False  # "..., while in 2020 it was $2.5 billion": the same trade in another period
        return bool(re.search(r"\b(?:of which|of this|of that|of it|including|while|whereas)\b|(?<!compared )\bwith\b", gap, re.I))

    @staticmethod
    def _restated(view: SentenceView, money) -> bool:
        """An amount right after another in a different currency ("..., or", "(about ...)")."""
        earlier = [mo for mo in view.money if mo.end <= money.start]
        if not earlier:
            return False
        prev = earlier[-1]
        gap = view.sentence.text[prev.end - view.sentence.start:money.start - view.sentence.start]
        return prev.amount.currency != money.amount.currency and bool(_RESTATE_RE.fullmatch(gap))

    def _pair_after(self, view: SentenceView, at: int) -> tuple[str, str] | None:
        """The pair of "between A and B" written just after a figure (within a few words)."""
        m = re.match(r"\s*(?:\w+\s+){0,2}?between\s+", view.sentence.text[at:at + 40])
        if not m:
            return None
        base = view.sentence.start
        codes = list(dict.fromkeys(c.code for c in view.countries if at + m.end() <= c.start - base <= at + m.end() + 40))
        return tuple(sorted(codes[:2])) if len(codes) >= 2 else None  # type: ignore[return-value]

    @staticmethod
    def _listed(view: SentenceView, after: list) -> int:
        """How many of the countries after a trade word are one list ("Uganda, Rwanda and Tanzania")."""
        count = 1 if after else 0
        for a, b in zip(after, after[1:]):
            if b.possessive:
                break  # "trade with the U.S., Ukraine's largest partner": an apposition, no list
            if not re.fullmatch(r"\s*(?:,|,?\s*and|,?\s*or)\s*(?:the\s+)?", view.sentence.text[a.end - view.sentence.start:
                                                                                               b.start - view.sentence.start]):
                break
            count += 1
        return count

    def _pair(self, view: SentenceView, ctx: DocContext, head_at: int = -1, until: int = 10 ** 9) -> tuple[str, str] | None:
        """The two countries of a figure: those the trade word names ("trade between A and B",
        "A's trade with B"), else the sentence's first two before `until`, else the document's
        main pair. A country goods pass through ("trade with Taiwan via Hong Kong") is no party."""
        base = view.sentence.start
        countries = [c for c in view.countries if not _TRANSIT_RE.search(view.sentence.text[:c.start - base])]
        if head_at >= 0:
            text = view.sentence.text
            joined = [(a.code, b.code) for a, b in zip(countries, countries[1:]) if a.code != b.code and
                      b.end - base <= head_at and re.fullmatch(r"\s*[-–/]\s*", text[a.end - base:b.start - base]) and
                      re.fullmatch(r"(?:\s*[\w-]+){0,2}\s*", text[b.end - base:head_at])]
            if joined:
                return tuple(sorted(joined[-1]))  # type: ignore[return-value]  # "U.S.-Vietnam trade"
            near = [c for c in countries if head_at - 25 <= c.start - base <= head_at + 60
                    and c.start not in view.title_countries]
            between = re.search(r"\b(?:between|with)\s+", view.sentence.text[head_at:head_at + 30])
            if between:
                after = [c for c in near if c.start - base >= head_at + between.end()]
                before = [c for c in near if c.start - base < head_at]
                listed = self._listed(view, after)
                if listed >= 3 or (listed == 2 and "with" in between.group()):
                    return None  # "trade with Uganda and Tanzania", "between Kenya, Uganda and Rwanda": not two states
                pick = [c.code for c in after[:2]] if len(after) >= 2 and "between" in between.group() else \
                    [c.code for c in before[-1:] + after[:1]]
                pick = list(dict.fromkeys(pick))
                if len(pick) == 2:
                    return tuple(sorted(pick))  # type: ignore[return-value]
                if len(pick) == 1 and not before and "with" in between.group():
                    # "..., while trade with Tanzania reached $1 billion": the partner named and the
                    # document's own country, not the sentence's first two
                    own = next((c for c in ctx.main if c != pick[0]), "")
                    # ("our trade with Turkey" in a speaker's turn: the speaker's country's)
                    owner = re.search(r"\b(our|your)\s+(?:[\w-]+\s+){0,2}$", view.sentence.text[max(0, head_at - 30):head_at],
                                      re.IGNORECASE)
                    said = {"our": view.speaker_country, "your": view.listener_country}[owner.group(1).lower()] \
                        if owner else ""
                    own = said if said and said != pick[0] else own
                    return tuple(sorted((pick[0], own))) if own else None  # type: ignore[return-value]
        codes = []
        for c in countries:
            if c.code not in codes and c.start - view.sentence.start < until:
                codes.append(c.code)
        if len(codes) >= 2:
            return tuple(sorted(codes[:2]))  # type: ignore[return-value]
        if len(codes) == 1 and ctx.other(codes[0]):
            return tuple(sorted((codes[0], ctx.other(codes[0]))))  # type: ignore[return-value]
        if not codes and len(ctx.main) >= 2:
            return tuple(sorted(ctx.main[:2]))  # type: ignore[return-value]
        return None

    # ------------------------------------------------------------ trade flows

