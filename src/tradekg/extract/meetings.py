"""Meetings: talks, visits, calls and signings with at least two named participants.

A sentence with a meeting word ("met", "held talks", "received", "telephone conversation") and two
or more people is a meeting of those people, minus people only mentioned in an aside ("the idea,
first proposed by Minister X") or reporting it ("..., Chief Cabinet Secretary Y told reporters").
"""
from __future__ import annotations

import re

from .context import DocContext, SentenceView, evidence, words
from .lexicon import Lexicon
from .mentions import resolve_date
from .model import Meeting
from .people import ASIDE_RE


# a sentence's first person who only reports what follows ("X noted that ...", "X said Y met Z")
_REPORTER = re.compile(r"\s*(?:of\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s+)?(?:said|says|told\s+\w+|noted|notes|added|stressed|recalled|explained|remarked|"
                       r"observed|pointed\s+out|claimed)\b(?:\s+that)?\s+(?!he\b|she\b|they\b|we\b|I\b)")


# "Madbouly's spokesman Nader Saad said ...": whose aide reports is named only as the aide's principal
_AIDE_OF = re.compile(r"\s*(?:'s|’s)\s+(?:chief\s+|deputy\s+|press\s+|foreign\s+policy\s+)?"
                      r"(?:spokesman|spokeswoman|spokesperson|aide|adviser|advisor|press secretary)\s", re.IGNORECASE)

# "President X spoke today with Prime Minister Y": words between the verb and "with"
_SPOKE_WITH = re.compile(r"\b(?:spoke|speaks|talked)\s+(?:[\w-]+\s+){1,3}?with\b")
# a leader who called another: "X telephoned President Y", "X had called him to discuss"
_CALLED = re.compile(r"\b(?:called|phoned|telephoned|rang)\s+(?=(?:him|her)\b|(?:his|her)\s+(?:\w+\s+)?counterparts?\b|"
                     r"(?:the\s+)?(?:[A-Z][\w-]+\s+){0,2}(?:President|Prime|Premier|Chancellor|King|Queen|Emir|Sheikh|"
                     r"Crown|Minister|Secretary|Vice)\b)")

_DURING_A_MEETING = re.compile(r"\b(?:during|at|in the course of)\s+(?:a|the|their|his|her|our)\s+"
                               r"(?:\w+\s+)?(?:meeting|talks|conversation)\b", re.IGNORECASE)


# a meeting denied, refused or called off: "had no plan to meet", "did not meet", "declined to meet"
_NO_MEETING_BEFORE = re.compile(r"\b(?:not(?!\s+only)|never|no\s+plans?\s+to|no\s+intention\s+of|declined\s+to|refused\s+to|"
                                r"cancell?ed|called\s+off|postponed|without)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_IN_WRITING = re.compile(r"\b(?:letter|message|cable|telegram|note|statement)\b", re.IGNORECASE)
_CLAUSE_TURN = re.compile(r"\b(?:but|however|instead|though|although|while)\b|[;,]", re.IGNORECASE)
# ... or the talks' own predicate: "talks with Prime Minister Y were postponed"
_CALLED_OFF_AFTER = re.compile(r"[^.;,]{0,100}?\b(?:was|were|has\s+been|have\s+been|had\s+been|will\s+be|would\s+be)\s+"
                               r"(?:\w+\s+)?(?:postponed|cancell?ed|called\s+off|put\s+off|scrapped|shelved)\b", re.IGNORECASE)
# who speaks after the meeting was at it: "After meeting X, Y said ...", "Y said after talks with X"
_AFTER_THE_MEETING = re.compile(r"\s*(?:After|Following|In|During|At)\s+(?:(?:his|her|their|a|the)\s+)?(?:\w+\s+)?"
                                r"(?:meeting|talks|holding\s+talks|a\s+meeting)\b", re.IGNORECASE)
_SAID_AFTER_MEETING = re.compile(r"\s*(?:said|told\s+\w+)\s+(?:on\s+\w+\s+|today\s+|yesterday\s+)?(?:after|following)\s+"
                                 r"(?:(?:his|her|a|the)\s+)?(?:\w+\s+)?(?:meeting|talks|holding\s+talks)\b", re.IGNORECASE)
# what is received is no visitor: "received a message from King Fahd"
_THING_RECEIVED = re.compile(r"\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:message|letter|telegram|cable|invitation|report|note|"
                             r"credentials|award|delivery|shipment|loan|aid|support)s?\b"
                             # ("signed the loan agreement with": a signing)
                             r"(?!\s+(?:agreements?|deals?|accords?|contracts?|memorand\w*|pacts?|treat(?:y|ies))\b)",
                             re.IGNORECASE)


# a person named as the owner of a thing that is no meeting of theirs ("Vega's proposal")
_OWNER_OF_A_THING = re.compile(r"['’]s\s+(?!(?:\w+\s+)?(?:visit|visits|talks|meeting|meetings|trip|arrival|stay|tour|"
                               r"summit|call|conversation|conversations|discussions|negotiations|reception|"
                               r"invitation|hosting)\b)[a-z]", re.IGNORECASE)


# "his"/"her" before the noun they own ("with her ministers"), not "met her in Lima"
_POSSESSIVE_PRONOUN = re.compile(r"his|her", re.IGNORECASE)
_BEFORE_ITS_NOUN = re.compile(r"\s+(?!(?:in|at|on|to|for|with|and|or|by|from|during|after|before|last|yesterday|today|"
                              r"this|next|again|as|that|about|here|there|when|while|since|until)\b)[a-z]")


# who joins talks told of elsewhere: with only one side named, a delegation, no meeting among themselves
_ATTENDED = re.compile(r"\b(?:t(?:ook|ake|akes|aking) part|attended|joined|participated|were\s+(?:also\s+)?present|"
                       r"accompanied)\b", re.IGNORECASE)


_EVENT_NOUNS = {"talks", "meeting", "meetings", "visit", "summit", "conversation", "negotiations", "consultations"}


_OWNS_THE_TALKS = re.compile(r"(?:'s|’s)\s+(?:[a-z-]+\s+){0,2}")
_TALKS_WITH = re.compile(r"\s+with\s+(?:[A-Z][\w.'’-]*\s+){0,4}")


class MeetingReader:
    """Reads meetings from sentences."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.meeting_re = words(lex, "meeting_triggers")
        self.phone_re = words(lex, "phone_triggers")
        self.video_re = words(lex, "video_triggers")
        self.report_re = words(lex, "reporting_verbs")

    def __call__(self, view: SentenceView, ctx: DocContext) -> list[Meeting]:
        text = view.sentence.text
        base = view.sentence.start
        # "called President X a reformer": a name given, no call
        calls = [c for c in _CALLED.finditer(text) if not any(
            0 <= m.start - base - c.end() < 30 and re.match(r"\s+(?:a|an|the|one|his|her|its|[\"“'‘])\W", text[m.end - base:])
            for m in view.people)]
        # "U.S. Secretary X told Japanese Minister Y that ...": an official told another face to face
        # (not in a letter or a message)
        tolds = [t for t in re.finditer(r"\btold\s+", text) if not _IN_WRITING.search(text) and any(
            m.start - base >= t.end() and re.fullmatch(r"(?:\s*[A-Z][\w.'’-]*){0,4}\s*", text[t.end():m.start - base])
            and ctx.resolver.person(m.key).official for m in view.people)]
        triggers = sorted([*self.meeting_re.finditer(text), *_SPOKE_WITH.finditer(text), *calls, *tolds],
                          key=lambda t: t.start())
        denied = [t for t in triggers if _NO_MEETING_BEFORE.search(text[max(0, t.start() - 40):t.start()])]
        trigger = next((t for t in triggers
                        if t not in denied and not _THING_RECEIVED.match(text, t.end())
                        and not (t.group().lower() in _EVENT_NOUNS and _CALLED_OFF_AFTER.match(text, t.end()))
                        # "X will not meet Y during the summit": the event later in the clause of a
                        # meeting denied is where they will not meet ("..., but they met at the summit" is)
                        and not any(d.start() < t.start() and not _CLAUSE_TURN.search(text[d.end():t.start()])
                                    for d in denied)), None)
        if not trigger:
            return []
        keys: list[str] = []
        reporters: list[str] = []
        asides = [(a.start(), a.end()) for a in ASIDE_RE.finditer(text) if not a.start() <= trigger.start() < a.end()]
        # the principal of an aide who reports, written before the aide: no participant by that mention
        principals = {m.key for m, aide in zip(view.people, view.people[1:])
                      if _AIDE_OF.match(text[m.end - base:aide.end - base]) and
                      _REPORTER.match(text[aide.end - base:])}
        for mention in view.people:
            if mention.key in principals and any(m.start > mention.start for m in view.people
                                                 if m.key not in principals) and mention.start - base < trigger.start():
                continue
            if any(lo <= mention.start - base < hi for lo, hi in asides):
                continue  # "the idea, first proposed by Minister X, ...": X is not at the meeting
            if _OWNER_OF_A_THING.match(text, mention.end - base) or \
                    mention.kind == "pronoun" and _POSSESSIVE_PRONOUN.fullmatch(text[mention.start - base:mention.end - base]) \
                    and _BEFORE_ITS_NOUN.match(text, mention.end - base):
                continue  # "discussed Vega's proposal with her ministers": Vega owns a proposal, meets no one
            rel_end = mention.end - base
            tail = text[rel_end:]
            # ", Deputy Spokesman Ivo Marek told journalists." reports the meeting
            comma = text.rfind(",", 0, mention.start - base)
            if re.match(r"\s*(?:" + self.report_re.pattern + r")\b[^,;]*[.”\"]?\s*$", tail, re.IGNORECASE) and \
                    comma >= 0 and mention.start - base > trigger.start() and not _AFTER_THE_MEETING.match(text) and \
                    not any(comma < m.start - base < mention.start - base for m in view.people):
                continue  # (not "In a call, A and B agreed ...": B closes a list of who spoke, not a report)
            # "Premier X told visiting Prime Minister Y that ...": who is told something face to face
            # is at the meeting with the one who tells it
            told = (re.match(r"\s*told\s+(?:the\s+)?visiting\b", tail) or
                    trigger in tolds and re.match(r"\s*told\s", tail)) and \
                any(0 < m.start - mention.end < 60 for m in view.people)
            if mention.start - base < trigger.start() and _REPORTER.match(tail) and not told and \
                    not _SAID_AFTER_MEETING.match(tail) and \
                    not any(m.start < mention.start and m.key not in principals for m in view.people):
                reporters.append(mention.key)
                continue  # "She noted that Yeutter met a Korean official": who reports it was not there
            person = ctx.resolver.person(mention.key)
            if mention.kind == "named" and not person.official and len(person.name.split()) < 2:
                continue
            if mention.key not in keys:
                keys.append(mention.key)
        # "Abe's visit is to prepare for Nakasone's talks with Reagan": talks owned by one person
        # and held with another are theirs alone
        for talks in triggers:
            owner = next((m.key for m in view.people if m.key in keys and
                          _OWNS_THE_TALKS.fullmatch(text[m.end - base:talks.start()])), None)
            partner = next((m for m in view.people if m.key in keys and m.key != owner and
                            _TALKS_WITH.fullmatch(text[talks.end():m.start - base])), None)
            more = partner is not None and any(  # ("talks with Reagan and Shultz": all of them)
                re.fullmatch(r"\s*(?:,|,?\s+and)\s+(?:[A-Z][\w.'’-]*\s+){0,4}", text[partner.end - base:m.start - base])
                for m in view.people if m.start > partner.start)
            if owner and partner and not more:
                keys = [owner, partner.key]
                break
        if len(keys) == 1 and reporters and re.match(r"\s*(?:him|her)\b", text[trigger.end():]):
            keys = reporters[:1] + keys  # "X said Y had called him": who reports was called
        elif len(keys) == 1 and reporters and _DURING_A_MEETING.search(text):
            # "Ongaro said Kenyan minister Mwangi voiced satisfaction during a meeting here": with no
            # one else named, who relays what was said at the meeting was the other side of it
            sides = {ctx.resolver.person(k).country for k in reporters + keys}
            if len(sides) == 2 and "" not in sides:
                keys = reporters[:1] + keys
        if len(keys) < 2:
            return []
        place, place_country = self._place(text, ctx, view.sentence.index)
        skip = max(0, ctx.dateline_end - base)  # "SEOUL, May 6 - ... met ... yesterday": the 5th
        modality = "planned" if re.search(r"\b(?:will|would|plans?|to visit|is due|are due|expected)\b", text) else "realised"
        date = resolve_date(text[skip:], ctx.doc_date, ahead=modality == "planned")
        # "paid a courtesy call on": a visit, no telephone
        by_phone = self.phone_re.search(re.sub(r"\bcourtesy\s+calls?\b|\bcall(?:ed|s)?\s+on\b", " ", text, flags=re.I))
        mode = "video" if self.video_re.search(text) else "telephone" if by_phone or trigger in calls else "in person"
        if not date and view.sentence.index <= 4 and ctx.doc_date and modality == "realised":
            date = ctx.doc_date  # the lead's meeting is the day's news; a planned one is not on that day
        # "Deputy Prime Minister A and Minister B took part in the talks": the document drops it when
        # they turn out to be one side's delegation (countries are settled after every meeting is read)
        # ("Minister X told Minister Y": only between the two sides, dropped like the above when not)
        rule = "meeting.attended" if _ATTENDED.search(text) else "meeting.told" if trigger in tolds else "meeting.trigger"
        return [Meeting(tuple(keys), place, place_country, date, mode, modality, evidence(view, rule))]

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

