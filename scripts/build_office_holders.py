#!/usr/bin/env python3
"""Build ``src/tradekg/data/office_holders.csv``: who held which national office when.

Offline, from openly licensed sources (origin, version and licence in ``data/sources/README.md``):

- Archigos 4.1 (``arch_annual.txt``): the effective ruler of every state, 1875-2015, with exact
  dates; names from its ``leader`` column and its DBpedia URI. Only spells that end in 1945 or later.
- Wikidata snapshots (CC0): heads of state and government in office during 2021 and during 2022,
  with their Wikidata items; foreign ministers in office in December 2022; and the heads of state
  and of government of every state through history (a Wikidata query's output, 2025), which also
  gives Archigos rulers their items.
- EveryPolitician's cabinet repositories (Wikidata statements, CC0): ministers, central bank
  governors and ambassadors of 17 countries, today's cabinets and some offices through history
  (``data/sources/everypolitician-cabinets.csv``, gathered by ``gather_everypolitician.py``).

A person found in Archigos and in Wikidata for the same country (same surname, given names that
agree) takes the Wikidata item for the Archigos spells too.

    python scripts/build_office_holders.py [--archigos ../shared/data/office-holders/archigos-4.1]

Running it twice on the same sources writes the same file byte for byte (a test checks the
shipped file against a fresh build when the Archigos folder is present).
"""
from __future__ import annotations

import argparse
import csv
import io
import re
import sys
import unicodedata
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "data" / "sources"
OUT = ROOT / "src" / "tradekg" / "data" / "office_holders.csv"
DEFAULT_ARCHIGOS = ROOT.parent / "shared" / "data" / "office-holders" / "archigos-4.1"
COLUMNS = ["name", "variants", "country", "role", "start", "end", "wikidata", "source"]

ROLE_WORDS = [  # position label (lower case) -> role, first match wins
    ("vice president", "vice president"), ("deputy prime minister", "deputy prime minister"),
    ("prime minister", "prime minister"), ("premier", "prime minister"), ("chancellor", "chancellor"),
    ("president", "president"), ("monarch", "monarch"), ("king", "king"), ("queen", "queen"),
    ("emir", "emir"), ("sultan", "sultan"), ("supreme leader", "supreme leader"), ("amir", "emir"),
    ("grand duke", "grand duke"), ("prince", "prince"), ("captain regent", "captain regent"),
    ("chairman", "chairman"), ("chief executive", "chief executive"), ("governor-general", "governor-general"),
    ("governor general", "governor-general"), ("head of state", "head of state"),
    ("head of government", "head of government"), ("foreign", "minister of foreign affairs"),
    ("external", "minister of foreign affairs"), ("minister", "minister"),
]


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def role_of(label: str) -> str:
    low = label.lower()
    return next((role for word, role in ROLE_WORDS if word in low), "head of state or government")


def variants_of(name: str, role: str) -> list[str]:
    """Other ways a text writes the name: without regnal number or parenthesis, with the title
    ("King Fahd", "Queen Elizabeth"), with the Arabic article spelt el-/al-."""
    out = []
    bare = re.sub(r"\s*\(.*?\)", "", name).strip()
    bare = re.sub(r",?\s+(?:Jr|Sr)\.?$", "", bare)
    regnal = re.match(r"^(.+?)\s+[IVX]+$", bare)
    if regnal:
        bare = regnal.group(1)
    if bare != name:
        out.append(bare)
    if role in ("king", "queen", "monarch", "emir", "sultan", "prince", "grand duke"):
        titles = {"monarch": ("King", "Queen")}.get(role, (role.title(),))
        for title in titles:
            out.append(f"{title} {bare.split()[0]}")
    for a, b in (("el-", "al-"), ("al-", "el-"), ("El-", "Al-"), ("Al-", "El-")):
        if a in bare:
            out.append(bare.replace(a, b))
    return list(dict.fromkeys(v for v in out if v and v != name))


def country_qids() -> dict[str, str]:
    path = ROOT / "src" / "tradekg" / "data" / "wikidata_countries.csv"
    with path.open(encoding="utf-8") as handle:
        return {row["wikidata"]: row["alpha3"] for row in csv.DictReader(handle)}


def read_archigos(folder: Path) -> list[dict[str, str]]:
    """One row per spell in office, from the annual file (Latin-1, tab-separated)."""
    crosswalk: dict[str, list[tuple[str, str]]] = {}
    with (SOURCES / "gleditsch-ward-iso3.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            crosswalk.setdefault(row["gw"], []).append((row["iso3"], row["until"]))
    spells: dict[str, dict[str, str]] = {}
    text = (folder / "arch_annual.txt").read_bytes().decode("latin-1")
    for row in csv.DictReader(io.StringIO(text), delimiter="\t"):
        spell = spells.setdefault(row["obsid"], {"leader": row["leader"], "ccode": row["ccode"],
                                                 "start": row["startdate"], "end": row["enddate"],
                                                 "uri": row["dbpedia.uri"]})
        spell["start"] = min(spell["start"], row["startdate"])
        spell["end"] = max(spell["end"], row["enddate"])
    rows = []
    for obsid, spell in sorted(spells.items()):
        if spell["end"] < "1945-01-01" or spell["ccode"] not in crosswalk:
            continue
        name = spell["leader"].strip()
        if re.fullmatch(r"[^,]+, [^,]+", name):
            name = " ".join(reversed(name.split(", ")))  # "Senanayake, Dudley"
        uri = spell["uri"] if spell["uri"] not in ("", "NA", ".") else ""
        full = urllib.parse.unquote(uri.rsplit("/", 1)[-1]).replace("_", " ") if uri else ""
        full = re.sub(r"\s*\(.*?\)", "", full).strip()
        monarch = re.match(r"^(\S+(?: [IVX]+)?) of (?:the )?[A-Z]", full)  # DBpedia names kings "Fahd of Saudi Arabia"
        if monarch:
            full = monarch.group(1)
        if full and fold(name.split()[-1]) in fold(full):
            name, other = full, name
        else:
            other = full
        # a state that changed its code (USSR -> Russia) splits the spell at the change
        start = spell["start"]
        for iso3, until in crosswalk[spell["ccode"]]:
            if until and until < start:
                continue
            end = min(spell["end"], until) if until else spell["end"]
            variants = [v for v in [other, *variants_of(name, "king" if monarch else "")] if v and v != name]
            rows.append({"name": name, "variants": "|".join(dict.fromkeys(variants)), "country": iso3,
                         "role": "head of state or government", "start": start, "end": end,
                         "wikidata": "", "source": f"archigos-4.1:{obsid}"})
            if not until or until >= spell["end"]:
                break
            start = until
    return rows


def read_heads(path: Path, tag: str, qids: dict[str, str]) -> list[dict[str, str]]:
    rows = []
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            country = qids.get(row.get("countryid") or row.get("country", ""), "")
            name = row.get("officeholderLabel") or row.get("officeholderItemLabel", "")
            label = row.get("positionLabel") or row.get("positionItemLabel", "")
            if not country or not name or re.fullmatch(r"Q\d+", name):
                continue
            role = role_of(label)
            rows.append({"name": name, "variants": "|".join(variants_of(name, role)), "country": country,
                         "role": role, "start": row["start_year"], "end": row["end_year"],
                         "wikidata": row["officeholder"], "source": tag})
    return rows


def read_foreign_ministers(path: Path, qids: dict[str, str]) -> list[dict[str, str]]:
    rows = []
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            country = qids.get(row["country"], "")
            if not country or not row["person"] or not row["name"]:
                continue
            rows.append({"name": row["name"], "variants": "|".join(variants_of(row["name"], "")),
                         "country": country, "role": "minister of foreign affairs", "start": row["start"],
                         "end": "", "wikidata": row["person"], "source": "wikidata-foreign-ministers-2022"})
    return rows


CABINET_ROLES = [  # an office's label or EveryPolitician folder name (lower case) -> role, first match wins
    ("deputy prime minister", "deputy prime minister"), ("prime minister", "prime minister"),
    ("economic-advisers", "economic adviser"), ("foreign", "minister of foreign affairs"),
    ("external", "minister of foreign affairs"), ("finance", "minister of finance"),
    ("treasury", "minister of finance"), ("trade representative", "trade representative"),
    ("trade", "minister of trade"), ("commerce", "minister of trade"), ("econom", "minister of economy"),
    ("agricultur", "minister of agriculture"), ("agrarian", "minister of agriculture"),
    ("energy", "minister of energy"), ("bank", "central bank governor"), ("fed-chair", "central bank governor"),
    ("ambassador", "ambassador"), ("un-representative", "ambassador"), ("minister", "minister"),
    ("secretary", "minister"),
]


def read_cabinets(path: Path) -> list[dict[str, str]]:
    """Ministers, central bankers and ambassadors from EveryPolitician's cabinet repositories
    (gathered by ``gather_everypolitician.py``; Wikidata statements, CC0). A cabinet snapshot gives
    a start and no end: the holding stays open, as Wikidata has it."""
    rows = []
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            office = row["office"].lower()
            role = next((r for word, r in CABINET_ROLES if word in office), "")
            if not role or not re.fullmatch(r"Q\d+", row["person"]) or role == "prime minister":
                continue  # heads of government come from the tables above
            rows.append({"name": row["name"], "variants": "|".join(variants_of(row["name"], "")),
                         "country": row["country"], "role": role, "start": row["start"], "end": row["end"],
                         "wikidata": row["person"], "source": f"everypolitician:{row['repository']}"})
    return rows


def read_history(path: Path, countries: set[str]) -> list[dict[str, str]]:
    """Heads of state and of government of every state through history, with their Wikidata items
    (a Wikidata query's output; labels partly in Portuguese, so they serve mostly to give Archigos
    spells and other rows their items). Holdings that ended before 1945 or carry no date are left out."""
    rows = []
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            start, end = row["start"][:10], row["end"][:10]
            if row["iso3"] not in countries or not re.fullmatch(r"Q\d+", row["person_qid"]) or not row["person"] \
                    or not (start or end) or end and end < "1945-01-01" or re.fullmatch(r"Q\d+", row["person"]):
                continue
            role = {"head_of_state": "head of state", "head_of_government": "head of government"}[row["role"]]
            name = row["person"]
            # a monarch's Portuguese label names the country: "Fahd da Arábia Saudita" is Fahd
            name = re.sub(rf"\s+(?:da|do|de|dos|das)\s+{re.escape(row['country'])}$", "", name) if row["country"] else name
            # "Iskandar I of Johor": the name is "Iskandar I", not a person called Johor
            name = re.sub(r"^(\S+(?:\s+[IVX]+)?)\s+(?:of|de|da|do|dos|das)\s+(?:the\s+)?[A-Z].*$", r"\1", name)
            rows.append({"name": name, "variants": "|".join(variants_of(name, "")),
                         "country": row["iso3"], "role": role, "start": start, "end": end,
                         "wikidata": row["person_qid"], "source": "wikidata-leaders-history"})
    # Wikidata often leaves a finished holding open: it ends when the next person takes the office
    by_office: dict[tuple[str, str], list[dict[str, str]]] = {}
    for row in rows:
        by_office.setdefault((row["country"], row["role"]), []).append(row)
    for holdings in by_office.values():
        holdings.sort(key=lambda r: r["start"])
        for row in holdings:
            if row["end"] or not row["start"]:
                continue
            later = [r["start"] for r in holdings if r["start"] > row["start"] and r["wikidata"] != row["wikidata"]]
            if later:
                row["end"] = min(later)
    return rows


def surname_key(name: str) -> str:
    sys.path.insert(0, str(ROOT / "src"))
    from tradekg.names import surname_key as key
    last = re.sub(r"^(?:al|el|ad|ar|as|ash|at|az)-", "", name.split()[-1], flags=re.I) if name.split() else ""
    return key(last)


def _dates(row: dict[str, str]) -> tuple[str, str]:
    return row["start"] or "0000", row["end"] or "9999"


def link_archigos(rows: list[dict[str, str]]) -> None:
    """Give Archigos spells the Wikidata item of the same person in the same country."""
    sys.path.insert(0, str(ROOT / "src"))
    from tradekg.names import given_names_agree
    known = [r for r in rows if r["wikidata"]]
    for row in rows:
        if row["wikidata"]:
            continue
        for other in known:
            if other["country"] != row["country"] or surname_key(other["name"]) != surname_key(row["name"]):
                continue
            given = row["name"].split()[:-1]
            (a, b), (c, d) = _dates(row), _dates(other)
            # a bare surname ("Merkel") is the same person only while the Wikidata holding overlaps it,
            # day by day: Archigos' "Qaddafi" from September 1969 is not the Wanis al-Qaddafi whose
            # holding ended that January
            if given and given_names_agree(given, other["name"].split()[:-1]) or not given and a <= d and c <= b:
                row["wikidata"] = other["wikidata"]
                break


def build(archigos: Path) -> list[dict[str, str]]:
    qids = country_qids()
    rows = read_archigos(archigos)
    rows += read_heads(SOURCES / "wikidata-heads-2021.csv", "wikidata-heads-2021", qids)
    rows += read_heads(SOURCES / "wikidata-heads-2022.csv", "wikidata-heads-2022", qids)
    rows += read_foreign_ministers(SOURCES / "wikidata-foreign-ministers-2022.csv", qids)
    rows += read_history(SOURCES / "wikidata-leaders-history.csv", set(qids.values()))
    rows += read_cabinets(SOURCES / "everypolitician-cabinets.csv")
    link_archigos(rows)
    # the same holding seen in both Wikidata snapshots is one row; the later snapshot (read last)
    # knows whether it has ended
    merged: dict[tuple, dict[str, str]] = {}
    for row in rows:
        key = (row["wikidata"] or row["source"], row["country"], row["role"], row["start"])
        if key in merged and row["wikidata"]:
            merged[key]["end"] = row["end"]
            merged[key]["source"] = "|".join(dict.fromkeys(merged[key]["source"].split("|") + [row["source"]]))
            continue
        merged[key] = dict(row)
    return sorted(merged.values(), key=lambda r: (r["country"], r["start"], r["name"], r["role"]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--archigos", type=Path, default=DEFAULT_ARCHIGOS, help="folder holding arch_annual.txt")
    ap.add_argument("-o", "--output", type=Path, default=OUT)
    args = ap.parse_args()
    if not (args.archigos / "arch_annual.txt").exists():
        sys.exit(f"{args.archigos}: no arch_annual.txt (Archigos 4.1); give --archigos")
    rows = build(args.archigos)
    with args.output.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{args.output}: {len(rows)} office holdings, {sum(1 for r in rows if r['wikidata'])} with a Wikidata item")


if __name__ == "__main__":
    main()
