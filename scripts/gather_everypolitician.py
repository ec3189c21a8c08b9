#!/usr/bin/env python3
"""Gather ministers, central bankers and ambassadors from EveryPolitician's cabinet repositories
into one CSV, ``data/sources/everypolitician-cabinets.csv``, read by ``build_office_holders.py``.

Each repository (github:every-politician-scrapers/<country>-cabinet or -ministers) holds the
output of Wikidata queries (CC0): ``sources/official/wikidata.csv``, the cabinet in office when
the repository was last scraped (a start date, no end), and ``sources/**/wpoffice/<office>/
wikidata.csv``, the holders of one office through history (start and end dates). Both carry the
person's Wikidata item.

    python scripts/gather_everypolitician.py /work/.mirror/every-politician-scrapers+*/repo

Reads the repositories' git objects (``git show HEAD:path``), so a bare mirror is enough; writes
rows sorted, so the same snapshots give the same file.
"""
from __future__ import annotations

import argparse
import csv
import io
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "data" / "sources" / "everypolitician-cabinets.csv"
COLUMNS = ["country", "office", "person", "name", "start", "end", "repository", "commit", "path"]

# repository name -> ISO 3166-1 alpha-3
COUNTRIES = {
    "belarus-ministers": "BLR", "brazil-ministers": "BRA", "canada-cabinet": "CAN", "china-ministers": "CHN",
    "france-cabinet": "FRA", "greece-cabinet": "GRC", "hungary-cabinet": "HUN", "india-ministers": "IND",
    "indonesia-ministers": "IDN", "japan-ministers": "JPN", "kazakhstan-cabinet": "KAZ", "mexico-ministers": "MEX",
    "pakistan-ministers": "PAK", "philippines-ministers": "PHL", "russia-cabinet": "RUS",
    "south-korea-ministers": "KOR", "turkey-ministers": "TUR", "ukraine-cabinet": "UKR",
    "united-kingdom-cabinet": "GBR", "us-cabinet": "USA",
}
# offices of one person through history worth keeping: ministers, central bankers, ambassadors
# (not governors, army chiefs or legislators)
KEEP = re.compile(r"minister|secretary|finance|foreign|treasury|trade|commerce|econom|agricultur|agrarian|energy|bank|"
                  r"fed-chair|ambassador|un-representative", re.IGNORECASE)


def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, text=True).stdout


def latin(text: str) -> bool:
    return bool(text) and all(ord(c) < 0x250 or not c.isalpha() for c in text)


def gather(repo: Path) -> list[dict[str, str]]:
    name = repo.parent.name.split("+", 1)[-1] if repo.name == "repo" else repo.name
    country = COUNTRIES.get(name)
    if not country:
        print(f"{repo}: no country known for {name}, left out", file=sys.stderr)
        return []
    commit = git(repo, "rev-parse", "HEAD").strip()
    rows = []
    for path in git(repo, "ls-tree", "-r", "--name-only", "HEAD").splitlines():
        if not path.endswith("/wikidata.csv"):
            continue
        office = path.split("/")[-2]
        if path == "sources/official/wikidata.csv":
            for row in csv.DictReader(io.StringIO(git(repo, "show", f"HEAD:{path}"))):
                label = row.get("wdLabel") or row.get("name", "")
                if row.get("wdid") and latin(label) and row.get("position"):
                    rows.append({"country": country, "office": row["position"], "person": row["wdid"], "name": label,
                                 "start": row.get("start", "")[:10], "end": "", "repository": name, "commit": commit,
                                 "path": path})
        elif "/wpoffice/" in f"/{path}" and KEEP.search(office) and "deputy" not in office:
            for row in csv.DictReader(io.StringIO(git(repo, "show", f"HEAD:{path}"))):
                if row.get("item") and latin(row.get("itemLabel", "")) and (row.get("startDate") or row.get("endDate")):
                    rows.append({"country": country, "office": office, "person": row["item"],
                                 "name": row["itemLabel"], "start": row["startDate"][:10], "end": row["endDate"][:10],
                                 "repository": name, "commit": commit, "path": path})
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("repos", nargs="+", type=Path, help="git directories of the fetched repositories")
    ap.add_argument("-o", "--output", type=Path, default=OUT)
    args = ap.parse_args()
    rows = [row for repo in args.repos for row in gather(repo)]
    rows.sort(key=lambda r: (r["country"], r["office"], r["start"], r["person"], r["name"]))
    with args.output.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{args.output}: {len(rows)} holdings from {len({r['repository'] for r in rows})} repositories")


if __name__ == "__main__":
    main()
