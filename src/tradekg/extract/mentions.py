"""Mentions in a sentence: countries, money, dates, commodities.

Each finder takes a sentence and returns spans with document offsets; none of them knows about
relations between mentions (the readers in ``meetings``, ``figures``, ``flows``, ``projects``) or about people (``people.py``).
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, timedelta

from .lexicon import SOVIET_BEFORE, Lexicon
from .model import Amount
from .text import Sentence


@dataclass(frozen=True)
class CountrySpan:
    start: int
    end: int
    code: str
    kind: str          # name, adjective, capital; firm (a firm's country), brand (a firm's name on goods)
    possessive: bool
    text: str


@dataclass(frozen=True)
class MoneySpan:
    start: int
    end: int
    amount: Amount


@dataclass(frozen=True)
class CommoditySpan:
    start: int
    end: int
    label: str
    concept: str
    hs: str


WORD_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
                "forty": 40, "fifty": 50, "hundred": 100}
SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9,
          "bln": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "trln": 1e12, "trn": 1e12, "tn": 1e12,
          "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,  # South Asian scales: "Rs 1,000 crore"
          "lakh crore": 1e12, "lakh crores": 1e12, "lakhs crore": 1e12, "thousand million": 1e9}
MONTHS = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                      "september", "october", "november", "december"], 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

_MONEY_RE = re.compile(
    r"(?P<pre>US\$|U\.S\.\s?\$|C\$|A\$|HK\$|NT\$|S\$|NZ\$|R\$|KSh|Rs\.?|Rp\.?|Tk\.?|RM(?=\s?\d)|[$€£¥₹₦₩₽₺₴₱₫₪]|"
    r"R(?=\d[\d.,]*\s?(?:bn|billion|mn|million|m|trillion|tn)\b)|"  # the rand's R, before a scaled number only
    r"N(?=\d[\d.,]*\s?(?:bn|billion|mn|million|m|trillion|tn)\b)|"  # the naira's N, likewise ("N1.2 trillion")
    r"[A-Z]{3}(?=\s?\d))?\s?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+,\d{1,2}(?=\s*(?:trillion|billion|million|trln|bln|mln|mn|bn)\b)|"
    r"\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a)"
    r"(?:\s*-?\s*(?P<scale>(?i:trillion|billion|million|thousand(?:\s+million)?)|trln|trn|bln|mln|mn|bn|tn|"
    r"lakhs?(?:\s+crores?)?|crores?)\b|(?P<tight>bn|mn|tn|trn|m|b|k)\b)?"
    # the rest of a figure in two scales: "1 billion 300 million dollars"
    r"(?:\s+(?P<rest>\d{1,3})\s+(?P<rest_scale>million|thousand)\b)?"
    r"(?:\s+(?P<post>(?i:U\.S\.\s+(?:dlrs?|dollars?))|(?i:(?:[A-Z]\.){1,3}\s*(?:dlrs?|dollars?))|US\s+dollars?|"
    r"(?:(?:[A-Z][a-z]+|[A-Z]{2,3})\s+){0,2}(?:dlrs?|dollars?|euros?|yen|yuan|"
    r"crowns?|kronor|kroner|krone|pounds?(?:\s+sterling)?|stg|sterling|francs?|marks?|guilders?|lire|lira|pesetas?|roubles?|"
    r"rubles?|rupees?|riyals?|dirhams?|shillings?|pesos?|dinars?|won|rand|reais|real|somoni|tenge|manat|rials?|dong|renminbi|"
    # the other national currencies by their ISO 4217 names (UNIT_NAMES below resolves them)
    r"hryvnias?|hryvnas?|zlotys?|zloty|forints?|lei|leu|leva|lev|baht|ringgits?|rupiahs?|takas?|nairas?|kwachas?|cedis?|"
    r"birrs?|laris?|drams?|soms|som|kips?|riels?|kyats?|denars?|leks?|lekë|tenges?|tugriks?|afghanis|quetzals?|"
    r"bolivianos?|guaranis?|lempiras?|gourdes?|kwanzas?|meticals?|nakfas?|ouguiyas?|pulas?|emalangeni|lilangeni|"
    r"maloti|loti|dalasis?|leones?|ariary|kinas?|vatus?|talas?|patacas?|rufiyaa|ngultrums?|sheqels?|shekels?|"
    r"florins?|koruna|korun|manats?|dobras?|colones|colons?|soles|sol|"
    # currencies the euro replaced, common in older wire stories
    r"markkaa|markkas?|schillings?|drachmas?|drachmae|escudos?|punts?)\b)"
    r"|\s*(?P<code>[A-Z]{3})\b)?",
)
_DATE_RE = re.compile(
    r"\b(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m1>January|February|March|April|May|June|July|August|September|"
    r"October|November|December)|(?P<m2>January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?\b)"
    r"(?:,?\s+(?P<y>(?:19|20)\d\d))?", re.IGNORECASE)
_RELATIVE_RE = re.compile(r"\b(today|yesterday|tomorrow|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                          r"|last (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b", re.IGNORECASE)


# combining forms that stand for a country only before a hyphen and another country word
_COMBINING = {"Sino", "Franco", "Indo", "Anglo", "Russo", "Italo", "Greco", "Nippo", "Luso", "Hispano", "Turco", "Austro"}
_NOT_A_PAIR_AFTER = re.compile(r"-(?:Pacific|Saxons?|European|China|Chinese|Aryan|Iranian|Gangetic|Malaysian|"
                               r"Americans?|Caribbean|Australian)\b")


def find_countries(sentence: Sentence, lex: Lexicon, doc_year: str = "", firms: list | None = None) -> list[CountrySpan]:
    """Countries named, described by adjective, possessive or capital. ``firms``, when given,
    collects the country words inside the name of an organisation ("Vietnam Airlines"), which name
    no country but say whose firm buys or sells (kind "firm").

    Example:
        >>> from tradekg.extract.lexicon import lexicon
        >>> from tradekg.extract.text import split_sentences
        >>> s = split_sentences("Belarusian goods reached Tajikistan's market.")[0]
        >>> [(c.code, c.kind, c.possessive) for c in find_countries(s, lexicon())]
        [('BLR', 'adjective', False), ('TJK', 'name', True)]
    """
    if sentence.text.isupper():
        return []  # wire headlines in capitals: the body says the same in mixed case
    spans = []
    if firms is not None:
        # a firm the lexicon knows: "Boeing will supply 50 jets" names no country but says whose firm
        # sells; before a model or goods ("Boeing 737 jets", "Embraer jets") it is the goods' brand
        for m in lex.firm_re.finditer(sentence.text):
            after = sentence.text[m.end(1):]
            brand = bool(re.match(r"\s+(?:\d|[A-Z]{2,}\b|[A-Z]+-?\d)", after) or lex.commodity_re.match(after.lstrip()))
            firms.append(CountrySpan(sentence.start + m.start(1), sentence.start + m.end(1),
                                     lex.firm_country[m.group(1)], "brand" if brand else "firm", False, m.group(1)))
    for m in lex.country_re.finditer(sentence.text):
        surface = m.group(1)
        code, kind = lex.country_lookup[surface]
        if surface in ("US", "U.S.") and kind == "adjective":
            kind = "name"
        end_word = sentence.text[m.end():m.end() + 40]
        if kind != "capital" and _inside_organisation_name(surface, sentence.text, m.start(1), end_word):
            if firms is not None:
                firms.append(CountrySpan(sentence.start + m.start(1), sentence.start + m.end(), code, "firm",
                                         bool(m.group(2)), surface))
            continue
        before = sentence.text[max(0, m.start(1) - 20):m.start(1)]  # a window: the whole prefix made this quadratic
        if kind == "capital" and (_GEO_BEFORE.search(before) or _GEO_AFTER.match(end_word)):
            continue  # "Lake Victoria", "Victoria Falls": a place named like a capital, not the state
        if kind == "adjective" and _LANGUAGE_BEFORE.search(before) and _LANGUAGE_AFTER.match(end_word):
            continue  # "classes are taught in Spanish and Portuguese": languages, no countries
        if kind == "capital" and _ACCORD_AFTER.match(end_word):
            continue  # the Minsk Agreements are no party of Belarus
        if surface.startswith("America") and _CONTINENT_BEFORE.search(before):
            continue
        if surface in _COMBINING and (not re.match(r"-[A-Z]", end_word) or _NOT_A_PAIR_AFTER.match(end_word)):
            continue  # "Indo-Soviet", "Anglo-French" name a pair; "Indo-Pacific", "General Franco" no country
        if re.search(r"\bNew\s+$", before):
            continue  # "New England", "New Mexico", "New Jersey": a place named after the country
        if kind == "capital" and _LISTENING_POST.search(before):
            continue  # "Radio Tehran, monitored in Nicosia": where a broadcast was heard, no party
        if surface in ("US", "U.S.", "U.S") and re.match(r"\$|\s+(?:dlrs?|dollars?)\b", end_word, re.IGNORECASE):
            continue  # "US$30 billion", "6.5 billion U.S. Dlrs": a currency, not the country
        if code == "GEO" and _american_georgia(sentence.text, m.start(1), m.end(), lex):
            continue  # "Atlanta, Georgia", "farmers in Georgia and Iowa": the American state
        if doc_year and doc_year < SOVIET_BEFORE and code == "RUS":
            code = "SUN"
        spans.append(CountrySpan(sentence.start + m.start(1), sentence.start + m.end(), code, kind,
                                 bool(m.group(2)), surface))
    return spans


def _american_georgia(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether "Georgia" is the American state: after one of its cities or "state of", listed with
    another state, or before a word of its own ("Georgia peaches", "Georgia Senator")."""
    states = lex.us_states_re
    before, after = text[max(0, start - 40):start], text[end:end + 40]
    return bool(re.search(r"\b(?i:Atlanta|Savannah|Augusta|Macon|Athens|Columbus),\s+$|\bstate\s+of\s+$", before)
                or re.search(rf"\b(?:{states})(?:,|\s+and|\s+or)\s+$", before)
                or re.match(rf"(?:,|\s+and|\s+or)\s+(?:{states})\b", after)
                or re.match(r"\s+(?:peach(?:es)?|pecans?|Senator|Governor|Gov\.|Democrats?|Republicans?|Tech)\b", after))


_GEO_BEFORE = re.compile(r"\b(?:Lake|Mount|Mt\.?|Cape|Fort|Gulf of|Bay of|Port of|River|Province of)\s+$")
_LISTENING_POST = re.compile(r"\b(?:monitored|heard|received)\s+in\s+$")
_GEO_AFTER = re.compile(r"^\s+(?:Falls|Lake|River|Island|Islands|Bay|County|State)\b")
# a capital naming an accord or a format of talks: "the Minsk Agreements", "the Paris Club"
_ACCORD_AFTER = re.compile(r"^\s+(?:Agreements?|Accords?|Protocols?|Declaration|Convention|Club|format|process)\b")
# an adjective alone after "in" or "into", a list's end: a language ("translated into Chinese.")
_LANGUAGE_BEFORE = re.compile(r"\b(?:in|into)\s+(?:[A-Z]\w+\s+(?:and|or)\s+)?$")
_LANGUAGE_AFTER = re.compile(r"^(?:\s*[.,;:)!?]|\s*$|\s+(?:and|or)\s+[A-Z]\w+\s*(?:[.,;:)!?]|$))")
# "Latin America", "North American": a continent, no country
_CONTINENT_BEFORE = re.compile(r"\b(?:Latin|North|South|Central|Pan)[\s-]+$")
_ORG_TAIL = re.compile(r"^\s+(?:[A-Z][\w&-]*\s+){0,4}(?:Institute|University|Bank|Corp|Corporation|Company|Airlines|Airways|"
                       r"Fund|Council|Association|Daily|Times|Post)\b")


_OFFICE_OF_ORG = re.compile(r"^\s+(?:Central\s+|National\s+|Reserve\s+|State\s+)*(?:Bank|Council)\s+"
                            r"(?:Governor|President|Chairman|Chairwoman|Chair|Head|Chief|Secretary)\b")


def _inside_organisation_name(surface: str, text: str, start: int, tail: str) -> bool:
    """"Bank of Brazil" still refers to Brazil; "National Cancer Institute" names no country."""
    # ("a report of the Swiss Institute for ...": "of" after a common word opens no name)
    # ("Chilean Central Bank Governor X": the country's office, held by a person of that country)
    return bool(_ORG_TAIL.match(tail)) and not _OFFICE_OF_ORG.match(tail) and \
        not re.search(r"\b[A-Z][\w&-]*\s+of\s+(?:the\s+)?$", text[max(0, start - 40):start])


def parse_number(num: str) -> float | None:
    num = num.lower()
    if num in WORD_NUMBERS:
        return float(WORD_NUMBERS[num])
    if re.fullmatch(r"\d+,\d{1,2}", num):
        return float(num.replace(",", "."))  # a decimal comma: "2,5 billion dollars"
    try:
        return float(num.replace(",", ""))
    except ValueError:
        return None


DOTTED_DOLLARS = {"u.s.": "USD", "h.k.": "HKD", "n.z.": "NZD", "a.": "AUD", "c.": "CAD", "s.": "SGD", "nt.": "TWD"}
SHORT_DOLLARS = {"us": "USD", "hk": "HKD", "nz": "NZD", "nt": "TWD", "sing": "SGD"}
# a currency word and the words an ISO 4217 name uses for it ("crowns": Krona, Krone, Koruna)
UNIT_NAMES = {"dollar": ("dollar",), "dollars": ("dollar",), "dlr": ("dollar",), "dlrs": ("dollar",),
              "franc": ("franc",), "francs": ("franc",), "crown": ("krona", "krone", "koruna"),
              "crowns": ("krona", "krone", "koruna"), "pound": ("pound",), "pounds": ("pound",),
              "rupee": ("rupee",), "rupees": ("rupee",), "peso": ("peso",), "pesos": ("peso",),
              "dinar": ("dinar",), "dinars": ("dinar",), "rial": ("rial", "riyal"), "rials": ("rial", "riyal"),
              "riyal": ("riyal", "rial"), "riyals": ("riyal", "rial"), "shilling": ("shilling",), "shillings": ("shilling",),
              # forms that are not the ISO name plus "s"
              "hryvna": ("hryvnia",), "hryvnas": ("hryvnia",), "lei": ("leu",), "leva": ("lev",), "lekë": ("lek",),
              "emalangeni": ("lilangeni",), "maloti": ("loti",), "colones": ("colón", "colon"), "soles": ("sol",),
              "shekel": ("sheqel",), "shekels": ("sheqel",), "korun": ("koruna",), "soms": ("som",)}


# bare currency words several states use, listed with one default in currencies.csv: the story's
# country decides first (dollars, pounds and yen keep their default: "dollars" in a Canadian story
# are mostly U.S. ones)
SHARED_UNITS = {"dirham", "dirhams", "riyal", "riyals", "rial", "rials", "manat", "manats"}


def unit_names(unit: str) -> tuple[str, ...]:
    """The words an ISO 4217 name uses for a currency word: "hryvnias" -> ("hryvnia",)."""
    if unit in UNIT_NAMES:
        return UNIT_NAMES[unit]
    return (unit[:-1],) if unit.endswith("s") and len(unit) > 4 else (unit,)


def currency_by_unit(unit: str, lex: Lexicon) -> str:
    """The one national currency today whose ISO 4217 name ends in the unit ("zlotys": PLN), or ""
    when several share it (rupees, dinars: the story's countries decide)."""
    names = unit_names(unit)
    codes = {code for code in set(lex.currency_of.values())
             if any(lex.currency_names.get(code, "").split(" ")[-1] == n for n in names)}
    return codes.pop() if len(codes) == 1 else ""


def national_currency(unit: str, countries: list[str], lex: Lexicon) -> str:
    """The currency of the first of ``countries`` whose own currency is called ``unit`` today
    (GeoNames' currency of the country, ISO 4217's name of the currency): "Canadian dlrs" is CAD,
    CFA francs in a Senegal story XOF, crowns in a Czech one CZK."""
    names = unit_names(unit)
    for country in countries:
        currency = lex.currency_of.get(country, "")
        if currency and any(n in lex.currency_names.get(currency, "") for n in names):
            return currency
    return ""


def currency_code(pre: str | None, post: str | None, code: str | None, lex: Lexicon, context: list[str]) -> str:
    """The ISO 4217 code of an amount from its sign, its currency word or code, and the countries
    around it (crowns, francs, roubles belong to the country the text is about).

    Example:
        >>> from tradekg.extract.lexicon import lexicon
        >>> currency_code(None, "H.K. Dlrs", None, lexicon(), []), currency_code("$", "mark", None, lexicon(), [])
        ('HKD', 'USD')
        >>> currency_code(None, "roubles", None, lexicon(), ["SUN"])
        'SUR'
    """
    if code in lex.currency_names:
        return code  # "10 billion USD"; a word in capitals that is no ISO 4217 code is no currency
    if pre and pre.rstrip(".") == "Rs" and not post:
        post = "rupees"  # "Rs 1,000 crore": rupees of the story's country
    if pre and re.fullmatch(r"[A-Z]{3}", pre):
        # "UAH 5 billion", "SEK 150 billion"; "RMB 1.3 trillion", a common name in capitals
        return pre if pre in lex.currency_names else lex.currencies.get(pre.lower(), "")
    word = (post or "").lower()
    word = re.sub(r"\s+", " ", word)
    dotted = re.match(r"((?:[a-z]\.){1,3})\s*(?:dlrs?|dollars?)$", word)
    if dotted:
        return DOTTED_DOLLARS.get(dotted.group(1), "")
    if pre and word in ("mark", "marks"):
        word = ""  # "the $2.5 billion mark": a threshold, not Deutsche Marks
    if word and re.match(r"(?:[a-z]+ )?(?:roubles?|rubles?)$", word) and "SUN" in context[:3] and \
            not re.match(r"belarusian", word):
        return "SUR"  # Soviet roubles
    if word:
        qualifier, _, unit = word.rpartition(" ")
        if unit in ("dlrs", "dlr", "dollars", "dollar") and qualifier in SHORT_DOLLARS:
            return SHORT_DOLLARS[qualifier]  # "NZ dlrs", "HK dollars"
        if qualifier and word not in lex.currencies and qualifier in lex.country_by_lower:
            named = national_currency(unit, [lex.country_by_lower[qualifier]], lex)
            if named:
                return named  # "Canadian dlrs", "Singapore dollars", "Kenyan shillings"
        if re.match(r"(?:[a-z]+ )?(crowns?|kronor|kroner|krone)$", word):
            for country in context:
                if country in lex.crowns:
                    return lex.crowns[country]
            return national_currency("crowns", context, lex)  # "Danish crowns" were read above
        if re.match(r"(?:[a-z]+ )?francs?$", word) and word not in lex.currencies:
            if qualifier != "cfa":
                for country in context:
                    if country in lex.patterns["francs"]:
                        return lex.patterns["francs"][country]
            return national_currency("francs", context, lex)  # "CFA francs" in a Senegal story: XOF
        if word in ("lira", "lire", "liras"):
            # the lira of the story's country: Turkish today, Italian before the euro
            return next((lex.currencies[f"{name} lira"] for c in context
                         for code, name in (("TUR", "turkish"), ("ITA", "italian")) if c == code), "ITL")
        shared = national_currency(word, context, lex) if word in SHARED_UNITS else ""
        if shared:
            return shared  # dirhams in a Morocco story, riyals in a Qatar one
        if word in lex.currencies:
            return lex.currencies[word]
        last = word.split()[-1]
        first = word.split()[0]
        qualified = f"{first} {last}"
        if qualified in lex.currencies:
            return lex.currencies[qualified]
        if last in lex.currencies:
            return lex.currencies[last]
        if national_currency(last, context, lex):
            return national_currency(last, context, lex)  # dinars in a Jordan story
        return currency_by_unit(last, lex)  # "5.6 billion hryvnias": the one currency so named
    if pre:
        return lex.currencies.get(pre.lower().replace(" ", "").rstrip("."), "USD" if "$" in pre else "")
    return ""


# Larger than any trade figure (world GDP is about 1e14 dollars): a number this size is a typo or garbage.
LARGEST_AMOUNT = 1e16


def find_money(sentence: Sentence, lex: Lexicon, context: list[str],
               problems: list[str] | None = None) -> list[MoneySpan]:
    """Money amounts with scale and ISO 4217 currency; a bare scaled number inherits the currency
    of the previous amount in the sentence ("70 mln dlrs in 1985, 95 mln in 1986").

    Example:
        >>> from tradekg.extract.lexicon import lexicon
        >>> from tradekg.extract.text import split_sentences
        >>> s = split_sentences("Trade reached $1.2bn, up from 900 mln.")[0]
        >>> [(m.amount.value, m.amount.currency) for m in find_money(s, lexicon(), [])]
        [(1200000000.0, 'USD'), (900000000.0, 'USD')]
    """
    spans: list[MoneySpan] = []
    last_currency = ""
    for m in _MONEY_RE.finditer(sentence.text):
        if m.group("num") == "a" and not (m.group("scale") and (m.group("pre") or m.group("post"))):
            continue
        value = parse_number(m.group("num"))
        if value is None:
            continue
        scale_word = re.sub(r"\s+", " ", (m.group("scale") or m.group("tight") or "").lower())
        if m.group("tight") and not m.group("pre"):
            continue  # "5m" without a currency sign is rarely money in this genre
        if re.match(r"\s*(?:to|per|a|against)\s+(?:the\s+|one\s+)?(?:u\.s\.\s+)?(?:dollar|dlr|euro|pound)\b",
                    sentence.text[m.end():m.end() + 25], re.IGNORECASE):
            continue  # "1.9 Kenyan shillings to the dollar": an exchange rate
        if re.match(r"\s*=", sentence.text[m.end():m.end() + 3]) or re.search(r"=\s*$", sentence.text[max(0, m.start() - 3):m.start()]):
            continue  # "($1 = 100 shillings)": an exchange rate
        currency = currency_code(m.group("pre"), m.group("post"), m.group("code"), lex, context)
        if currency == "USD" and last_currency not in ("", "USD") and not m.group("pre") and \
                "dollar" in lex.currency_names.get(last_currency, "") and \
                re.fullmatch(r"(?i)dlrs?|dollars?", (m.group("post") or "").strip()):
            currency = last_currency  # "3.2 billion H.K. Dlrs from 4.1 billion dlrs": the same dollars
        if not currency:
            if not scale_word or not last_currency:
                continue
            tail = sentence.text[m.end():m.end() + 14].lower()
            if re.match(r"\s*(?:pct|percent|per cent|%|tonnes|tons|barrels|bpd|bales|people|years)", tail):
                continue
            currency = last_currency
        if re.match(r"^\s*(?:pct|percent|per cent|%)", sentence.text[m.end():m.end() + 10].lower()):
            continue
        value = value * SCALES.get(scale_word, 1.0)
        if m.group("rest") and SCALES[m.group("rest_scale")] < SCALES.get(scale_word, 1.0):
            value += int(m.group("rest")) * SCALES[m.group("rest_scale")]
        value = round(value, 2)  # 4.1 billion is 4100000000, not ...99.9999995
        if not math.isfinite(value) or value >= LARGEST_AMOUNT:
            if problems is not None:
                problems.append(f"amount too large to be a trade figure, left out: {m.group().strip()[:40]}")
            continue
        last_currency = currency
        text = m.group().strip()
        start = sentence.start + m.start() + (len(m.group()) - len(m.group().lstrip()))
        spans.append(MoneySpan(start, start + len(text), Amount(value, currency, text)))
    return spans


# heads after "X and Y" that make both words qualifiers: places and trades, not duties or prices
# (in "beef and pork tariffs" both are still the goods taxed)
_PLACE_HEADS = ("fields?", "deposits?", "industry", "industries", "sectors?", "compan(?:y|ies)", "refinery", "refineries",
                "terminals?", "pipelines?", "producers?", "plants?", "factory", "factories", "mills?")


def find_commodities(sentence: Sentence, lex: Lexicon) -> list[CommoditySpan]:
    """Named goods from the commodity lexicon, longest match first.

    Example:
        >>> from tradekg.extract.lexicon import lexicon
        >>> from tradekg.extract.text import split_sentences
        >>> s = split_sentences("We buy raw cotton and buses.")[0]
        >>> [(c.label, c.hs) for c in find_commodities(s, lexicon())]
        [('raw cotton', '5201'), ('buses', '8702')]
    """
    spans = []
    text = sentence.text
    for m in lex.commodity_re.finditer(text):
        if m.group(1)[0].isupper() and m.start(1) > 0 and not sentence.text.isupper() and \
                re.search(r"[A-Z][\w.]*\s+(?:of\s+)?$", text[:m.start(1)]) and \
                re.match(r"\s+[A-Z]", text[m.end(1):]) and not re.search(r"U\.S\.\s+$", text[:m.start(1)]):
            continue  # inside a proper name: "Organization of Petroleum Exporting Countries"
        if re.match(r"\s+(?:" + "|".join(lex.patterns["compound_heads"]) + r")\b", text[m.end(1):], re.IGNORECASE):
            continue  # "grain harvesters", "oil prices", "steel industry": the goods only qualify another noun
        if re.match(r"\s+(?:and|or)\s+(?:[a-z-]+\s+){1,2}(?:" + "|".join(_PLACE_HEADS) + r")\b", text[m.end(1):]):
            continue  # "oil and gas fields", "iron and steel industry": both words qualify the place or trade
        entry = lex.commodities[m.group(1).lower()]
        written = m.group(1)
        label = written if written[0].isupper() and any(ch.isupper() for ch in written[1:]) else written.lower()
        spans.append(CommoditySpan(sentence.start + m.start(1), sentence.start + m.end(1), label,
                                   entry.concept, entry.hs))  # a name keeps its capitals: "Sputnik V", "LNG"
    return spans


def resolve_date(text: str, doc_date: str, ahead: bool = False) -> str:
    """The first date in a piece of text as ISO 8601 (``--MM-DD`` when the year is unknown).
    ``ahead``: the text tells of something to come, so "on Friday" is the coming Friday.

    Example:
        >>> resolve_date("in Dushanbe on 12 October", "")
        '--10-12'
        >>> resolve_date("during a meeting here yesterday", "1987-04-27")
        '1987-04-26'
        >>> resolve_date("they met in Seoul yesterday", "--03-01")
        '--02-29'
    """
    m = _DATE_RE.search(text)
    if m:
        month = MONTHS[(m.group("m1") or m.group("m2")).lower().rstrip(".")]
        day = int(m.group("d1") or m.group("d2"))
        year = m.group("y") or (doc_date[:4] if re.match(r"\d{4}", doc_date) else "")
        if not 1 <= day <= 31:
            return ""
        return f"{year}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"
    r = _RELATIVE_RE.search(text)
    word = r.group(1).lower() if r else ""
    if word in ("today", "yesterday", "tomorrow") and re.fullmatch(r"--\d{2}-\d{2}", doc_date or ""):
        # a dateline with no year ("SEOUL, May 6 -"): count days in a leap year, keep no year
        base = date.fromisoformat("2000" + doc_date[1:])
        shift = {"today": 0, "yesterday": -1, "tomorrow": 1}[word]
        return "--" + (base + timedelta(days=shift)).isoformat()[5:]
    if r and re.fullmatch(r"\d{4}-\d{2}-\d{2}", doc_date or ""):
        base = date.fromisoformat(doc_date)
        if word == "today":
            return base.isoformat()
        if word == "yesterday":
            return (base - timedelta(days=1)).isoformat()
        if word == "tomorrow":
            return (base + timedelta(days=1)).isoformat()
        target = WEEKDAYS.index(word.split()[-1])
        if ahead and not word.startswith("last"):
            return (base + timedelta(days=(target - base.weekday()) % 7)).isoformat()  # "will meet on Friday"
        delta = (base.weekday() - target) % 7
        if word.startswith("last") and delta == 0:
            delta = 7
        return (base - timedelta(days=delta)).isoformat()
    return ""


def resolve_period(text: str, doc_date: str) -> str:
    """The year a trade figure covers: "in 2023", "last year" against the document's year.

    Example:
        >>> resolve_period("Two-way trade came to 410 mln dlrs last year", "1987-04-03")
        '1986'
    """
    m = re.search(r"\b(?i:in|for|during|of)\s+(?:the\s+(?:first|last)\s+\w+\s+(?:months?\s+)?of\s+)?((?:19|20)\d\d)\b", text)
    if m:
        return m.group(1)
    year = doc_date[:4] if re.match(r"\d{4}", doc_date or "") else ""
    if year and re.search(r"\blast year\b", text, re.IGNORECASE):
        return str(int(year) - 1)
    if year and re.search(r"\bthis year\b|\bby the end of the year\b|\bthe last nine months\b|\bso far\b", text, re.IGNORECASE):
        return year
    return ""
