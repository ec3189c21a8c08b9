"""Extraction: from an article's text to mentions and facts (knows no rdflib).

``read_facts(article)`` is a pure function of the article, so it can run in worker processes.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from ..articles import WIRE_DATELINE, Article
from .agreements import AgreementReader
from .context import DocContext, SentenceView
from .figures import FigureReader
from .flows import FlowReader, elided_supplies, gapped_flows, merge_flows, routed, settle_open
from .flows_surface import SurfaceFlowReader
from .lexicon import SOVIET_BEFORE, Lexicon, lexicon
from .meetings import MeetingReader
from .mentions import find_commodities, find_countries, find_money
from .model import CountryMention, Evidence, Extraction, Meeting, Statement
from .people import PeopleResolver, Turn
from .projects import ProjectReader
from .syntax import needs_parse, parse, parseable
from .text import join_listed_items, split_sentences

__all__ = ["read_facts", "Extraction"]

_PLACE_LINE_RE = re.compile(r"^\s*(?:19|20)\d\d-\d\d-\d\d(?:,\s*(?:The\s+)?([^\n]+))?\s*$", re.MULTILINE)
# where a transcript label ends: "Name:", "Name (retranslated):"
_LABEL_END_RE = re.compile(r"\s*(?:\([^)]{0,20}\))?\s*:\s*")
_NOISE_RE = re.compile(r"^[\s•·\d:.|-]*$")


def _dateline(text: str, lex: Lexicon) -> tuple[str, str, int]:
    """The dateline's place and its country, and where the dateline ends in the text."""
    for line_match in re.finditer(r"[^\n]+", text[:600]):
        line = line_match.group()
        m = WIRE_DATELINE.match(line)
        if m:
            place = m.group("place").strip().title()
            country = lex.cities.get(place, "")
            if m.group("region") and m.group("region") in lex.country_surfaces:
                country = lex.country_surfaces[m.group("region")][0]
            return place, country, line_match.start() + m.end()
        p = _PLACE_LINE_RE.match(line)
        if p and p.group(1):
            for part in reversed([x.strip() for x in p.group(1).split(",")]):
                if part in lex.cities:
                    return part, lex.cities[part], line_match.end()
                if part == "Kremlin":
                    return "Moscow", "RUS", line_match.end()
    return "", "", 0


def _turns(text: str, views: list[SentenceView]) -> list[Turn]:
    """Who speaks where: transcript turns ("Vladimir Putin: ...") and quotations with attribution."""
    turns: list[Turn] = []
    # transcript labels: a person mention directly followed by ":" (optionally "(retranslated)")
    labels = []
    for view in views:
        for mention in view.people:
            if mention.kind in ("named", "description") and \
                    _LABEL_END_RE.match(text[mention.end:mention.end + 20]):
                labels.append((mention.end, mention.key))
    for i, (start, key) in enumerate(labels):
        end = labels[i + 1][0] if i + 1 < len(labels) else len(text)
        turns.append(Turn(start, end, key, "label"))
    # quotations: “...” with the speaker named after ("...,” the President noted) or before
    mentions = [m for v in views for m in v.people]
    for q in re.finditer(r"[“\"]([^”\"]{3,}?)[”\"]", text):
        after = [m for m in mentions if q.end() <= m.start <= q.end() + 40 and
                 not re.search(r"[.!?]\s", text[q.end():m.start])]
        before = [m for m in mentions if q.start() - 60 <= m.end <= q.start() and
                  re.search(r"(?:said|says|noted|added|stressed|told \w+|stated)\s*[:,]?\s*(?:that\s*)?$", text[m.end:q.start()])]
        speaker = after[0].key if after else before[-1].key if before else ""
        if not speaker:
            prior = [m for m in mentions if m.end <= q.start() and q.start() - m.end < 400]
            speaker = prior[-1].key if prior else ""
        if speaker:
            turns.append(Turn(q.start(), q.end(), speaker))
    return turns


def _body_after_label(view: SentenceView, turns: list[Turn], text: str) -> int:
    """Where a sentence's words begin after the transcript label that opens a turn in it
    ("President of Ruritania Ivan Petrov: Mr Chairman, we ..."), as an offset in the sentence."""
    for turn in turns:
        if turn.kind == "label" and view.sentence.start <= turn.start < view.sentence.end:
            colon = _LABEL_END_RE.match(text[turn.start:])
            if colon and turn.start + colon.end() < view.sentence.end:
                return turn.start + colon.end() - view.sentence.start
    return 0


def _main_countries(views: list[SentenceView], resolver: PeopleResolver, meetings: list[Meeting],
                    dateline_country: str) -> list[str]:
    """The document's countries, most prominent first: meeting participants' countries, then
    officials' countries and frequency of mention."""
    score: Counter[str] = Counter()
    for view in views:
        for c in view.countries:
            score[c.code] += 3 if view.sentence.index == 0 else 1
    for person in resolver.people.values():
        if person.country and person.official:
            score[person.country] += 2
    for meeting in meetings:
        for key in meeting.participants:
            country = resolver.person(key).country
            if country:
                score[country] += 5
    if dateline_country:
        score[dateline_country] += 1
    return [code for code, _ in score.most_common()]


@lru_cache(maxsize=4)
def _common_word(lex: Lexicon):
    """Whether a capitalised word opening a listed item is a common word ("Wheat", "Frozen"), to be
    read in lower case, rather than a name ("Boeing")."""
    from .goods import hs_words, singular
    words = hs_words() | {w for phrase in lex.commodities for w in phrase.split()}
    return lambda word: word in words or singular(word) in words


@lru_cache(maxsize=4)
def _readers(lex: Lexicon) -> tuple:
    """The relation readers of a lexicon, built once: they hold only patterns and vocabularies made
    from it (the goods vocabulary singularises every word of the HS descriptions), and building them
    for each document took a third of the extraction time."""
    return (MeetingReader(lex), FigureReader(lex), SurfaceFlowReader(lex), FlowReader(lex), ProjectReader(lex),
            AgreementReader(lex))


_HEADS = {"president", "prime minister", "king", "queen", "emir", "sultan", "crown prince", "chancellor", "head of state",
          "head of government", "supreme leader", "leader", "military leader", "general secretary"}


def read_facts(article: Article, lex: Lexicon | None = None) -> Extraction:
    """Read every fact of an article.

    Example:
        >>> from tradekg.articles import Article
        >>> text = ("Chilean President Ana Soto met Peruvian Prime Minister Luis Vega in Lima. "
        ...         "Bilateral trade has reached $200 million.")
        >>> facts = read_facts(Article("t", "t", text))
        >>> [(v.countries, v.amount.value) for v in facts.volumes]
        [(('CHL', 'PER'), 200000000.0)]
    """
    lex = lex or lexicon()
    text = article.text
    place, place_country, dateline_end = _dateline(text, lex)
    full_date = article.date if re.match(r"\d{4}", article.date or "") else ""  # not a dateline's "--05-06"
    if place_country == "RUS" and full_date and full_date[:4] < SOVIET_BEFORE:
        place_country = "SUN"  # "MOSCOW, April 3 -" in 1987, as a country word of that year is read
    # a wire story relaying a foreign broadcast ("the agency, monitored here, said") is filed far from
    # the officials it names: the dateline says nothing of their country
    relayed = re.search(r"\bmonitored\s+(?:here|in\s+[A-Z])", text)
    resolver = PeopleResolver(lex, default_country="" if relayed else place_country, doc_date=full_date)
    resolver.learn_common_words(text)
    read_meetings, read_figures, read_flows, read_tree_flows, read_projects, read_agreements = _readers(lex)
    year = full_date[:4]
    sentences = join_listed_items([s for s in split_sentences(text) if not _NOISE_RE.match(s.text)], _common_word(lex),
                                  needs_parse)
    views: list[SentenceView] = []
    problems: list[str] = []
    doc_country_context: list[str] = []
    for sentence in sentences:
        firms: list = []
        countries = find_countries(sentence, lex, year, firms)
        doc_country_context.extend(c.code for c in countries)
        resolver.countries_seen = doc_country_context
        resolver.begin_sentence(sentence)
        people, title_countries = resolver.read(sentence, countries)
        money = find_money(sentence, lex, [c.code for c in countries] + doc_country_context, problems)
        views.append(SentenceView(sentence, countries, title_countries, people, money, find_commodities(sentence, lex),
                                  firms=firms))

    merged = resolver.merge_surname_first()
    if merged:
        for view in views:
            view.people = [replace(m, key=merged.get(m.key, m.key)) for m in view.people]
    if not year and any(c.code == "SUN" for v in views for c in v.countries) and "Russian Federation" not in text:
        # an undated wire story that speaks of the Soviet Union: its "Moscow" and "Russians" are Soviet
        for view in views:
            view.countries = [replace(c, code="SUN") if c.code == "RUS" else c for c in view.countries]
    ctx = DocContext(lex, resolver, doc_date=article.date, dateline_place=place, dateline_country=place_country,
                     dateline_end=dateline_end)
    result = Extraction(problems=problems, dateline=(place, place_country))
    for view in views:
        result.meetings.extend(read_meetings(view, ctx))
    result.meetings = _merge_meetings(result.meetings)
    ctx.main = _main_countries(views, resolver, result.meetings, place_country)
    for key, leader in resolver.companions:
        resolver.set_country(key, resolver.person(leader).country)  # on the side of whom they accompany
    for meeting in result.meetings:
        # "King Salman welcomed Prime Minister Sunak": a head of state or government with no country,
        # meeting only officials of one of the document's two countries, leads the other
        sides = {resolver.person(k).country for k in meeting.participants} - {""}
        for key in meeting.participants:
            if len(sides) == 1 and not resolver.person(key).country and resolver.person(key).role in _HEADS:
                resolver.set_country(key, ctx.other(next(iter(sides))))
    resolver.settle_countries(ctx.main)
    result.meetings = [m for m in result.meetings if m.evidence.rule not in ("meeting.attended", "meeting.told") or
                       len({resolver.person(k).country or k for k in m.participants}) > 1]

    turns = _turns(text, views)
    for turn in turns:
        speaker = resolver.person(turn.speaker)
        for view in views:
            if turn.start <= view.sentence.start < turn.end or view.sentence.start <= turn.start < view.sentence.end:
                view.speaker = turn.speaker
                view.speaker_country = speaker.country
                view.listener_country = ctx.other(speaker.country) if speaker.country else ""
        result.statements.append(Statement(turn.speaker, text[turn.start:turn.end].strip(" “”\":"),
                                           Evidence(-1, turn.start, turn.end, "", "statement.quote")))

    for key, offset, owner in resolver.possessive_titles:
        turn = next((t for t in turns if t.start <= offset < t.end and t.speaker != key
                     and (owner != "turn" or t.kind == "label")), None)
        if turn:
            speaker_country = resolver.person(turn.speaker).country
            resolver.set_country(key, ctx.other(speaker_country) if owner == "your" else speaker_country)

    talks = _talks_of_speakers(text, turns, resolver, views, place, place_country, article.date)
    if talks is not None:
        result.meetings = _merge_meetings(result.meetings + [talks])

    for key, peer in resolver.counterparts:
        resolver.set_country(key, ctx.other(resolver.person(peer).country))  # the other side's

    wanted = [v for v in views if parseable(v.sentence.text) and needs_parse(v.sentence.text)]
    # country names for the parser to read as one word ("New Zealand") or as an adjective ("U.S. pork")
    names = [[(c.start - v.sentence.start, c.end - v.sentence.start) for c in v.countries
              if c.kind == "name" or " " in c.text] for v in wanted]
    # past a speaker's label, and past the dateline ("CAIRO, May 5 - Egypt tendered ..."), which the
    # parser would make the subject
    bodies = [_body_after_label(v, turns, text) or
              (dateline_end - v.sentence.start if v.sentence.start < dateline_end < v.sentence.end else 0) for v in wanted]
    for view, tree in zip(wanted, parse([v.sentence.text for v in wanted], names, bodies)):
        view.syntax = tree
        tree.user_data["offset"] = view.sentence.start
    carry: list = []
    for previous, view in zip([None] + views, views):
        result.volumes.extend(read_figures(view, ctx, previous))
        # the tree reader is precise; the surface reader still finds flows the parser misreads
        tree_flows = read_tree_flows(view, ctx)
        # goods elided from this sentence are those of a flow just before it, and only when the
        # sentence names no goods of its own
        recent = [] if tree_flows else [f for f in carry if view.sentence.index - f.evidence.sentence_index <= 2]
        flows = merge_flows(tree_flows, read_flows(view, ctx, recent), view, read_tree_flows.vocab,
                            read_tree_flows.sends_elsewhere(view))
        flows += gapped_flows(view, flows)
        flows += elided_supplies(view, flows, lex)
        flows = routed(view, flows)
        read_tree_flows.remember_way(ctx, flows)
        result.flows.extend(flows)
        carry = flows or carry
        result.projects.extend(read_projects(view, ctx))
        result.agreements.extend(read_agreements(view, ctx))
        for c in view.countries:
            result.countries.append(CountryMention(c.code, Evidence(view.sentence.index, c.start, c.end,
                                                                    view.sentence.text, f"country.{c.kind}")))
    for person in resolver.people.values():
        if person.official and person.country:
            result.countries.append(CountryMention(person.country, Evidence(-1, 0, 0, "", "country.official")))
    result.people = dict(resolver.people)
    result.organisations = list(dict.fromkeys(lex.organisation_lookup[m.group(1)]
                                              for m in lex.organisation_re.finditer(text)))
    result.flows.extend(settle_open(ctx.open_flows, result.flows, ctx.main))
    result.flows = _most_specific(_unique(result.flows, lambda f: (f.exporter, f.importer, f.commodity, f.negated)))
    result.volumes = _told_once(_unique(result.volumes, lambda v: (v.countries, v.amount.value, v.amount.currency)))
    result.projects = read_projects.one_each(_unique(result.projects, lambda p: (p.label.lower(), p.partners, p.negated)))
    return result


def _told_once(volumes: list) -> list:
    """A figure said again in round terms ("$1.23 billion in 2022", later "trade of about $1.2
    billion") is one figure: a later one within 3 % of an earlier one for the same pair, currency and
    modality, of the same period or none, is left out."""
    kept: list = []
    for v in volumes:
        if not any((u.countries, u.amount.currency, u.modality) == (v.countries, v.amount.currency, v.modality)
                   and v.period in ("", u.period) and abs(v.amount.value - u.amount.value) <= 0.03 * u.amount.value
                   for u in kept):
            kept.append(v)
    return kept


def _most_specific(flows: list) -> list:
    """"Oil" and "crude oil" (or "meat" and "pigmeat") between the same two countries are one flow
    told twice: keep the more precise label."""
    def covered(f) -> bool:
        return any(g is not f and (g.exporter, g.importer, g.negated) == (f.exporter, f.importer, f.negated)
                   and g.commodity != f.commodity and g.commodity.endswith(f.commodity)
                   and (g.commodity.endswith(" " + f.commodity) and (not f.hs or g.hs.startswith(f.hs))
                        or f.hs and g.hs.startswith(f.hs) and len(g.hs) > len(f.hs)) for g in flows)
    return [f for f in flows if not covered(f)]


_TALKS_TITLE_RE = re.compile(r"\b(?:talks|meeting|news conference|press conference|press statements|"
                             r"joint statements?|visit)\b", re.IGNORECASE)


def _talks_of_speakers(text: str, turns: list[Turn], resolver: PeopleResolver, views: list[SentenceView],
                       place: str, place_country: str, date: str) -> Meeting | None:
    """A transcript whose title names talks ("News conference following Chilean-Peruvian talks")
    and whose turns are spoken by officials of two countries: the first of each side met."""
    title = text.lstrip().split("\n", 1)[0]
    if len(title) > 160 or not _TALKS_TITLE_RE.search(title):
        return None
    first: dict[str, str] = {}
    for turn in turns:
        person = resolver.person(turn.speaker)
        if turn.kind == "label" and person.official and person.country and person.country not in first:
            first[person.country] = turn.speaker
    if len(first) != 2:
        return None
    start = len(text) - len(text.lstrip())
    lead = next((v for v in views if v.sentence.end > start), None)
    if lead is None:
        return None
    mode = "video" if re.search(r"\b(?:video|videoconference|virtual)\b", title, re.IGNORECASE) else \
        "telephone" if re.search(r"\b(?:telephone|phone)\b", title, re.IGNORECASE) else "in person"
    return Meeting(tuple(first.values()), place, place_country, date if re.match(r"\d{4}", date or "") else "",
                   mode, "realised", Evidence(lead.sentence.index, start, start + len(title), lead.sentence.text,
                                              "meeting.transcript-title"))


def _merge_meetings(meetings: list[Meeting]) -> list[Meeting]:
    """Sentences about one meeting name the same participants: keep one meeting per set."""
    merged: list[Meeting] = []
    for meeting in meetings:
        same = next((m for m in merged if set(m.participants) <= set(meeting.participants)
                     or set(meeting.participants) <= set(m.participants)), None)
        if same is None:
            merged.append(meeting)
            continue
        index = merged.index(same)
        participants = tuple(dict.fromkeys(same.participants + meeting.participants))
        merged[index] = Meeting(participants, same.place or meeting.place, same.place_country or meeting.place_country,
                                same.date or meeting.date, same.mode, same.modality, same.evidence)
    return merged


def _unique(items, key):
    seen, out = set(), []
    for item in items:
        k = key(item)
        if k not in seen:
            seen.add(k)
            out.append(item)
    return out
