"""Size and speed of the offline page: writing it, and drawing it in headless Chromium.

    python bench/page.py STORE [STORE ...]

For each store: the page's size, the seconds tradekg takes to write it, and the milliseconds the
browser takes from loading the file to a drawn graph view, and to draw the world map view (median
of 3). The baseline beside each render time is the same browser loading an empty page made by
tradekg (a store with no document), so that browser start-up is not counted as drawing.
"""
from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from tradekg import KnowledgeGraph
from tradekg import viz


def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or shutil.which("chromium-browser")
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1400,900"):
        options.add_argument(flag)
    return webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)


def render_ms(driver, page: Path) -> tuple[float, float]:
    loads, maps = [], []
    for _ in range(3):
        start = time.perf_counter()
        driver.get(page.as_uri())
        driver.execute_script("return window.tradekg.visibleNodes().length")
        loads.append(1000 * (time.perf_counter() - start))
        start = time.perf_counter()
        driver.execute_script("window.tradekg.setView('map'); return window.tradekg.mapArcs().length")
        maps.append(1000 * (time.perf_counter() - start))
    return statistics.median(loads), statistics.median(maps)


def main() -> None:
    driver = browser()
    with tempfile.TemporaryDirectory() as tmp:
        empty = Path(tmp) / "empty.html"
        viz.write_html(KnowledgeGraph(None), empty)
        base_load, base_map = render_ms(driver, empty)
        print(f"{'store':40} {'size':>9} {'write s':>8} {'load ms':>8} {'map ms':>8}   (empty page: load {base_load:.0f} ms,"
              f" map {base_map:.0f} ms)")
        for spec in sys.argv[1:]:
            page = Path(tmp) / "page.html"
            kg = KnowledgeGraph(spec, read_only=True)
            start = time.perf_counter()
            counts = viz.write_html(kg, page)
            written = time.perf_counter() - start
            load, drawn = render_ms(driver, page)
            print(f"{spec[-40:]:40} {page.stat().st_size / 1e6:>7.1f}MB {written:>8.1f} {load:>8.0f} {drawn:>8.0f}"
                  f"   {counts['nodes']:,} nodes, {counts['facts']:,} facts")
    driver.quit()


if __name__ == "__main__":
    main()
