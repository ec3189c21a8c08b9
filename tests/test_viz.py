"""Pictures: the HTML page in headless Chromium with the network blocked, PNG/SVG, GEXF/GraphML."""
from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET

import networkx as nx
import pytest

from tradekg import viz

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")


@pytest.fixture(scope="module")
def page(sample_kg, tmp_path_factory):
    path = tmp_path_factory.mktemp("viz") / "trade.html"
    viz.write_html(sample_kg, path)
    return path


def test_page_is_self_contained(page):
    text = page.read_text()
    assert "<script src" not in text and "<link" not in text
    assert "http://" not in text.replace("http://www.w3.org", "").replace("http://www.wikidata.org", "")
    assert "Content-Security-Policy" in text


def chrome(block_network: bool):
    if not (CHROMIUM and CHROMEDRIVER):
        pytest.skip("headless Chromium is not installed (.ci/run installs chromium and chromium-driver)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--no-first-run", "--disable-quic", "--window-size=1400,900"):
        options.add_argument(flag)
    if block_network:  # no network at all, loopback included
        for flag in ("--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost",
                     "--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=<-loopback>"):
            options.add_argument(flag)
    # else: the endpoint's own page, served on loopback, which asks only its own origin
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)


@pytest.fixture(scope="module")
def browser():
    driver = chrome(block_network=True)
    yield driver
    driver.quit()


def open_page(browser, page):
    browser.get(page.as_uri())
    browser.execute_script("return window.tradekg.visibleNodes()")
    return browser


def test_page_renders_without_errors_or_requests(browser, page):
    open_page(browser, page)
    errors = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == []
    requests = browser.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name)")
    assert requests == []


def test_expected_nodes_are_present(browser, page):
    open_page(browser, page)
    labels = browser.execute_script("return window.tradekg.visibleNodes()")
    assert {"Belarus", "Uzbekistan", "Viktor Sharko", "cotton yarn"} <= set(labels)


def test_clicking_a_node_shows_its_provenance(browser, page):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    open_page(browser, page)
    x, y = browser.execute_script("return window.tradekg.screenPosition('Viktor Sharko')")
    canvas = browser.find_element(By.ID, "graph")
    size = canvas.size
    ActionChains(browser).move_to_element_with_offset(canvas, x - size["width"] / 2, y - size["height"] / 2).click().perform()
    assert browser.find_element(By.ID, "selected-label").text == "Viktor Sharko"
    quotes = [q.text for q in browser.find_elements(By.CSS_SELECTOR, "#details .provenance")]
    assert any("held talks with Uzbekistan Prime Minister" in q for q in quotes)


def test_kind_filter_hides_meetings(browser, page):
    from selenium.webdriver.common.by import By
    open_page(browser, page)
    browser.find_element(By.CSS_SELECTOR, "input[data-kind=meeting]").click()
    browser.find_element(By.CSS_SELECTOR, "input[data-kind=office]").click()
    labels = browser.execute_script("return window.tradekg.visibleNodes()")
    assert "Viktor Sharko" not in labels and "Belarus" in labels


def test_country_filter_and_search(browser, page):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select
    open_page(browser, page)
    Select(browser.find_element(By.ID, "country-filter")).select_by_value("JPN")
    labels = set(browser.execute_script("return window.tradekg.visibleNodes()"))
    assert "Japan" in labels and "Belarus" not in labels
    browser.find_element(By.ID, "search").send_keys("Kenji")
    assert browser.find_element(By.ID, "selected-label").text == "Kenji Sato"


def test_neighbours_only_fills_the_view(browser, page):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select
    open_page(browser, page)
    Select(browser.find_element(By.ID, "country-filter")).select_by_value("JPN")
    browser.find_element(By.ID, "ego").click()
    labels = browser.execute_script("return window.tradekg.visibleNodes()")
    assert 2 <= len(labels) < 10
    width, height = browser.execute_script("return window.tradekg.canvasSize()")
    points = [browser.execute_script("return window.tradekg.screenPosition(arguments[0])", label) for label in labels]
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    assert all(0 <= x <= width and 0 <= y <= height for x, y in points)
    assert max(max(xs) - min(xs), max(ys) - min(ys)) > 0.5 * min(width, height)  # not a knot in a corner


def test_labels_never_overlap_and_countries_are_named(browser, page):
    open_page(browser, page)
    placed = browser.execute_script("return window.tradekg.labels()")
    boxes = [p["box"] for p in placed]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]), (a, b)
    assert {"Belarus", "Uzbekistan", "Japan"} <= {p["label"] for p in placed}


def test_page_opens_on_a_country(browser, sample_kg, tmp_path):
    path = tmp_path / "blr.html"
    viz.write_html(sample_kg, path, country="BLR")
    open_page(browser, path)
    labels = set(browser.execute_script("return window.tradekg.visibleNodes()"))
    assert "Belarus" in labels and "Japan" not in labels


def test_screenshot_is_not_blank(browser, page, tmp_path):
    open_page(browser, page)
    shot = tmp_path / "shot.png"
    browser.save_screenshot(str(shot))
    from PIL import Image
    img = Image.open(shot).convert("RGB")
    colours = img.getcolors(maxcolors=1_000_000)
    assert colours is not None and len(colours) > 50


@pytest.mark.parametrize("view", ["trade", "all", "meetings", "country-commodity"])
def test_svg_has_labels_and_legend(sample_kg, tmp_path, view):
    out = tmp_path / f"{view}.svg"
    viz.draw(sample_kg, out, view=view)
    texts = {t.text for t in ET.parse(out).iter("{http://www.w3.org/2000/svg}text")}
    expected = {"trade": "Belarus", "all": "Belarus", "meetings": "Viktor Sharko", "country-commodity": "cotton yarn"}[view]
    assert expected in texts
    assert "kind" in texts  # the legend


def test_png_is_a_real_picture(sample_kg, tmp_path):
    out = tmp_path / "ego.png"
    viz.draw(sample_kg, out, view="trade", country="BLR")
    from PIL import Image
    img = Image.open(out)
    assert img.size[0] > 500 and len(img.convert("RGB").getcolors(maxcolors=1_000_000)) > 20


def test_trade_picture_says_what_flows(sample_kg, tmp_path):
    out = tmp_path / "blr.svg"
    viz.draw(sample_kg, out, view="trade", country="BLR")
    texts = " | ".join(t.text or "" for t in ET.parse(out).iter("{http://www.w3.org/2000/svg}text"))
    assert "Belarus" in texts and "Uzbekistan" in texts  # the neighbours are named
    assert "cotton yarn" in texts or "fertilisers" in texts  # and the goods on the edges


def test_query_picture_takes_its_title_from_the_query(tmp_path):
    q = "# Who sells steel to whom\nSELECT ?a ?b WHERE { ?a ?p ?b }"
    assert viz.query_title(q) == "Who sells steel to whom"
    assert viz.query_title("SELECT * {}", tmp_path / "steel-sellers.rq") == "steel-sellers"


def test_ego_view_keeps_neighbours_only(sample_kg):
    g = viz.view_graph(viz.collect(sample_kg), "trade", country="BLR")
    assert {d["label"] for _, d in g.nodes(data=True)} == {"Belarus", "Uzbekistan"}


def test_query_is_drawn(sample_kg, tmp_path):
    q = """PREFIX tkg: <https://w3id.org/tradekg/ontology#>
           CONSTRUCT { ?e tkg:exporter ?x } WHERE { ?e a tkg:TradeFlow ; tkg:exporter ?x }"""
    g = viz.query_graph(sample_kg, q)
    assert g.number_of_edges() >= 10
    out = tmp_path / "q.svg"
    viz.draw(sample_kg, out, graph=g)
    assert out.stat().st_size > 1000
    viz.write_query_html(g, tmp_path / "q.html")
    assert "tradekg-data" in (tmp_path / "q.html").read_text()


@pytest.mark.parametrize("view", ["trade", "meetings", "country-commodity"])
def test_gexf_and_graphml_read_back_by_two_readers(sample_kg, tmp_path, view):
    from tradekg.export import write_graph
    g = sample_kg.to_networkx("trade" if view == "trade" else view)
    write_graph(g, tmp_path / "g.gexf", "gexf")
    write_graph(g, tmp_path / "g.graphml", "graphml")
    assert nx.read_gexf(tmp_path / "g.gexf").number_of_nodes() == g.number_of_nodes()
    assert nx.read_graphml(tmp_path / "g.graphml").number_of_nodes() == g.number_of_nodes()
    # a second, independent reader: plain XML parsing of the GraphML and GEXF node lists
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    assert len(ET.parse(tmp_path / "g.graphml").findall(".//g:node", ns)) == g.number_of_nodes()
    gexf_nodes = [e for e in ET.parse(tmp_path / "g.gexf").iter() if e.tag.endswith("}node")]
    assert len(gexf_nodes) == g.number_of_nodes()


# ------------------------------------------------------------------ the world map


def open_map(browser, page):
    open_page(browser, page)
    browser.execute_script("window.tradekg.setView('map')")
    return browser


def test_map_draws_countries_and_arcs(browser, page):
    open_map(browser, page)
    assert browser.execute_script("return window.tradekg.mapShapes()") > 200  # every country outline
    arcs = browser.execute_script("return window.tradekg.mapArcs()")
    pairs = {(a["from"], a["to"]) for a in arcs}
    assert ("UZB", "BLR") in pairs and ("BLR", "UZB") in pairs and ("KOR", "JPN") in pairs
    uzb_blr = next(a for a in arcs if (a["from"], a["to"]) == ("UZB", "BLR"))
    assert "cotton yarn" in uzb_blr["labels"] and uzb_blr["flows"] == len(uzb_blr["labels"])
    assert browser.execute_script("return window.tradekg.mapMeetings()")  # Minsk, Seoul
    errors = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == [] and browser.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name)") == []


def test_clicking_an_arc_shows_its_sentences(browser, page):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    open_map(browser, page)
    arc = next(a for a in browser.execute_script("return window.tradekg.mapArcs()") if (a["from"], a["to"]) == ("KOR", "JPN"))
    canvas = browser.find_element(By.ID, "graph")
    size = canvas.size
    x, y = arc["at"]
    ActionChains(browser).move_to_element_with_offset(canvas, x - size["width"] / 2, y - size["height"] / 2).click().perform()
    assert browser.find_element(By.ID, "selected-label").text.startswith("KOR → JPN")
    quotes = " ".join(q.text for q in browser.find_elements(By.CSS_SELECTOR, "#details .provenance"))
    assert "steel" in quotes


def test_map_filters_hide_arcs(browser, page):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select
    open_map(browser, page)
    everything = len(browser.execute_script("return window.tradekg.mapArcs()"))
    Select(browser.find_element(By.ID, "country-filter")).select_by_value("JPN")
    arcs = browser.execute_script("return window.tradekg.mapArcs()")
    assert 0 < len(arcs) < everything and all("JPN" in (a["from"], a["to"]) for a in arcs)
    browser.find_element(By.CSS_SELECTOR, "input[data-kind=flow]").click()
    assert browser.execute_script("return window.tradekg.mapArcs()") == []


def test_static_map_png_and_svg(sample_kg, tmp_path):
    svg = tmp_path / "map.svg"
    viz.draw(sample_kg, svg, view="map")
    texts = " | ".join(t.text or "" for t in ET.parse(svg).iter("{http://www.w3.org/2000/svg}text"))
    for name in ("Belarus", "Uzbekistan", "Japan", "South Korea"):
        assert name in texts, name
    assert "cotton yarn" in texts or "fertilisers" in texts
    png = tmp_path / "map.png"
    viz.draw(sample_kg, png, view="map")
    from PIL import Image
    img = Image.open(png).convert("RGB")
    assert img.size[0] > 1000 and len(img.getcolors(maxcolors=1_000_000)) > 50


def test_former_states_are_drawn_where_their_successors_are():
    from tradekg.geo import country_point, drawn_as
    assert country_point("SUN") == country_point("RUS")
    assert set(drawn_as("CSK")) == {"CZE", "SVK"} and country_point("XKX") is not None


def test_endpoint_page_shows_a_table(tmp_path, example_dir):
    import threading
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait
    from tradekg import KnowledgeGraph
    from tradekg.server import SparqlServer
    with KnowledgeGraph(tmp_path / "s") as kg:
        kg.ingest([example_dir])
    server = SparqlServer(tmp_path / "s", port=0, workers=1)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    browser = chrome(block_network=False)
    try:
        browser.get(server.base + "/")
        browser.find_element(By.LINK_TEXT, "trade-flows").click()
        browser.find_element(By.TAG_NAME, "button").click()
        table = WebDriverWait(browser, 20).until(lambda b: b.find_element(By.ID, "rows"))
        assert "cotton yarn" in table.text and "exporter" in table.text
    finally:
        browser.quit()
        server.shutdown()
        server.server_close()
