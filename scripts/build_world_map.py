"""Build src/tradekg/data/map/countries.json: country outlines for the map views, offline.

    python scripts/build_world_map.py

Reads Natural Earth's 1:50m admin-0 countries as packaged in TopoJSON by the npm package
`world-atlas` 2.0.2 (vendored in data/sources/world-atlas-2.0.2; shapes public domain, packaging
ISC), decodes the arcs, keys each country by ISO 3166-1 alpha-3 (through its numeric code, with
pycountry), simplifies every ring (Douglas-Peucker, 0.12 degrees) and writes lon/lat rings rounded
to 0.01 degrees with a label point (the area centroid of its largest ring).
"""
from __future__ import annotations

import json
from pathlib import Path

import pycountry

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "data" / "sources" / "world-atlas-2.0.2" / "countries-50m.json"
TARGET = ROOT / "src" / "tradekg" / "data" / "map" / "countries.json"
TOLERANCE = 0.12
# shapes the numeric code does not key (Natural Earth gives no ISO number to these)
BY_NAME = {"Kosovo": "XKX", "N. Cyprus": "", "Somaliland": "", "Siachen Glacier": "", "Indian Ocean Ter.": "",
           "Ashmore and Cartier Is.": "", "Aland": "ALA"}


def decode_arcs(topo: dict) -> list[list[tuple[float, float]]]:
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(arcs: list, indexes: list[int]) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for i in indexes:
        part = arcs[i] if i >= 0 else arcs[~i][::-1]
        points.extend(part[1:] if points else part)
    return points


def simplify(points: list, tolerance: float) -> list:
    """Douglas-Peucker, iterative."""
    if len(points) < 5:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        a, b = stack.pop()
        (x1, y1), (x2, y2) = points[a], points[b]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5 or 1e-12
        best, index = 0.0, -1
        for i in range(a + 1, b):
            x, y = points[i]
            d = abs(dy * x - dx * y + x2 * y1 - y2 * x1) / norm if (dx or dy) else ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
            if d > best:
                best, index = d, i
        if best > tolerance and index > 0:
            keep[index] = True
            stack += [(a, index), (index, b)]
    return [p for p, k in zip(points, keep) if k]


def area(points: list) -> float:
    return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1])) / 2


def centroid(points: list) -> tuple[float, float]:
    """The area centroid of a ring (its label point)."""
    a = area(points) or 1e-12
    cx = sum((x1 + x2) * (x1 * y2 - x2 * y1) for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1]))
    cy = sum((y1 + y2) * (x1 * y2 - x2 * y1) for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1]))
    return cx / (6 * a), cy / (6 * a)


def main() -> None:
    topo = json.loads(SOURCE.read_text())
    arcs = decode_arcs(topo)
    out: dict[str, dict] = {}
    for geometry in topo["objects"]["countries"]["geometries"]:
        name = geometry["properties"]["name"]
        number = geometry.get("id")
        country = pycountry.countries.get(numeric=number) if number else None
        code = country.alpha_3 if country else BY_NAME.get(name, "")
        if not code:
            continue
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        rings = []
        for polygon in polygons:
            whole = ring(arcs, polygon[0])  # holes are left out at this scale
            outer = simplify(whole, TOLERANCE)
            if len(outer) < 4 and not rings:
                outer = simplify(whole, TOLERANCE / 20)  # a small island state keeps its outline
            if outer and max(x for x, _ in outer) - min(x for x, _ in outer) > 180:
                outer = [(x + 360 if x < 0 else x, y) for x, y in outer]  # a ring across the antimeridian
            if len(outer) >= 4:
                rings.append([[round(x, 2), round(y, 2)] for x, y in outer])
        if not rings:
            continue
        largest = max(rings, key=lambda r: abs(area(r)))
        label = [round(v, 2) for v in centroid(largest)]
        entry = out.setdefault(code, {"name": name, "rings": [], "label": label})
        entry["rings"].extend(rings)
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_text(json.dumps({"source": "Natural Earth 1:50m admin 0 (public domain) via world-atlas 2.0.2 (ISC)",
                                  "countries": out}, separators=(",", ":")))
    print(f"wrote {TARGET}: {len(out)} countries, {TARGET.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
