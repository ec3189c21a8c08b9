"""A thousand generated bad documents and a thousand generated SPARQL texts: no crash, no hang past
the limits, a clear error where one is due, and the store unchanged by what was refused."""
import json
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tradekg import KnowledgeGraph
from tradekg.articles import Article
from tradekg.errors import InputError
from tradekg.server import Limits, SparqlServer

GOOD = "Chad will export cotton to Peru. Peru exports copper to Chad."
WORDS = ["Belarus", "Tajikistan", "exports", "cotton", "to", "$", "200", "million", "met", "President", "and", ",",
         "9" * 60, "1e308", "NaN", "-0", "0x1F", "1,000,000,000,000,000,000", "½", "٣٤", "\u202e", "\u200b", "\x00",
         "\x1b[31m", "\ufeff", "“", "’", "\r", "\t", "cotton, " * 40, "and and and", "Mr.", "U.S.", "e.g."]

encodings = st.sampled_from(["utf-8", "utf-16-le", "utf-16-be", "latin-1", "cp1252", "utf-32", "utf-8-sig"])
words = st.lists(st.sampled_from(WORDS), min_size=1, max_size=80).map(" ".join)


@st.composite
def bad_document(draw) -> tuple[str, bytes]:
    kind = draw(st.sampled_from(["mangled", "huge-line", "nested-html", "control", "jsonl", "list", "bytes"]))
    text = draw(words)
    if kind == "mangled":  # text in one encoding, cut or mixed with another
        data = text.encode(draw(encodings), errors="replace")
        cut = draw(st.integers(0, len(data)))
        return ".txt", data[:cut] + draw(st.binary(max_size=40)) + "é".encode("latin-1")
    if kind == "huge-line":
        return ".txt", ((text + " ") * draw(st.integers(20, 120))).replace("\n", " ").encode()
    if kind == "nested-html":
        depth = draw(st.integers(1, 3000))
        tag = draw(st.sampled_from(["div", "p", "span", "table", "li", "b", "title", "script"]))
        return ".html", (f"<{tag}>" * depth + text + f"</{tag}>" * draw(st.integers(0, depth))).encode()
    if kind == "control":
        noise = draw(st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=31), max_size=200))
        return ".txt", (noise + text + noise).encode("utf-8", errors="surrogatepass")
    if kind == "jsonl":
        value = draw(st.one_of(st.none(), st.integers(), st.floats(allow_nan=True), st.booleans(),
                               st.lists(st.text(max_size=5), max_size=3), st.text(max_size=200),
                               st.dictionaries(st.text(max_size=3), st.text(max_size=3), max_size=2)))
        record = draw(st.sampled_from([{"text": value}, {"text": text, "date": value}, {"id": value, "text": text},
                                       {"txt": text}, value, [text]]))
        line = json.dumps(record, allow_nan=True)
        return ".jsonl", (line + "\n" + draw(st.sampled_from(["", "{", "[1,", line, "null"]))).encode()
    if kind == "list":  # adversarial lists and numbers
        goods = draw(st.lists(st.sampled_from(["cotton", "steel", "buses", "and", ",", "$9" * 9, "of", "the"]),
                              min_size=1, max_size=400))
        return ".md", ("Chad will export " + " , ".join(goods) + " to Peru.").encode()
    return draw(st.sampled_from([".txt", ".html", ".jsonl", ".md"])), draw(st.binary(max_size=3000))


@pytest.fixture(scope="module")
def kg():
    graph = KnowledgeGraph(None)
    graph.ingest_articles([Article("good", "good", GOOD)])
    return graph


def good_graph(kg) -> int:
    return len(kg.rows("SELECT * WHERE { GRAPH <https://w3id.org/tradekg/id/doc/good> { ?s ?p ?o } }"))


@settings(max_examples=1000, deadline=None, suppress_health_check=list(HealthCheck))
@given(bad_document())
def test_a_thousand_bad_documents(kg, tmp_path_factory, document):
    suffix, data = document
    path = Path(tmp_path_factory.mktemp("bad", numbered=True)) / f"input{suffix}"
    path.write_bytes(data)
    before = good_graph(kg)
    report = kg.ingest([path])
    for line in report.failures:  # a refusal is one line naming the file
        assert "\n" not in line and (str(path) in line or "input" in line), line
    assert report.documents + len(report.failures) >= 1 or not data.strip()
    assert good_graph(kg) == before


def test_bad_document_errors_name_the_file(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_text('{"text": 5}\n')
    from tradekg.articles import read_file
    with pytest.raises(InputError, match=r"x\.jsonl:1"):
        read_file(path)


# ------------------------------------------------------------------ SPARQL texts at the endpoint

PIECES = ["SELECT", "*", "?s", "?p", "?o", "WHERE", "{", "}", "(", ")", ".", ";", ",", "FILTER", "REGEX(?o, \"(a+)+$\")",
          "OPTIONAL", "UNION", "GRAPH", "?g", "tkg:TradeFlow", "a", "rdfs:label", "LIMIT 5", "ORDER BY ?s",
          "COUNT(*)", "AS", "?n", "GROUP BY", "SERVICE <http://127.0.0.1:9/x>", "LOAD <file:///etc/passwd>",
          "INSERT DATA { <a:b> <a:c> 1 }", "DROP ALL", "CLEAR DEFAULT", "PREFIX x: <http://x/>", "x:y", "\"\"\"",
          "'", "#", "\n", "\\u0000", "𝔘", "<http://a/b>", "BIND", "VALUES ?s { <a:b> }", "ASK", "CONSTRUCT",
          "DESCRIBE", "?s ?p ?o .", "FILTER NOT EXISTS { ?s ?p ?o }", "SUM(?o)", "STRLEN(?o)", "REPLACE(?o, \"a\", \"b\")"]


@st.composite
def sparql_text(draw) -> str:
    kind = draw(st.sampled_from(["soup", "shaped", "nested", "raw"]))
    if kind == "soup":
        return " ".join(draw(st.lists(st.sampled_from(PIECES), min_size=1, max_size=40)))
    if kind == "shaped":  # well formed, with random filters and modifiers, at most two free patterns
        body = " ".join(draw(st.lists(st.sampled_from(["?s ?p ?o .", "?s a tkg:TradeFlow .", "?s rdfs:label ?l .",
                                                        "OPTIONAL { ?s tkg:exporter ?e }",
                                                        "FILTER (STRLEN(STR(?o)) > 3)",
                                                        "FILTER REGEX(STR(?s), \"(a|b)*c\")"]),
                                       min_size=1, max_size=3)))
        tail = draw(st.sampled_from(["", "LIMIT 10", "ORDER BY ?s LIMIT 50", "OFFSET 3"]))
        head = draw(st.sampled_from(["SELECT *", "SELECT (COUNT(*) AS ?n)", "ASK", "CONSTRUCT { ?s ?p ?o }"]))
        return f"{head} WHERE {{ {body} }} {tail if head.startswith('SELECT *') or head.startswith('CONSTRUCT') else ''}"
    if kind == "nested":
        depth = draw(st.integers(1, 400))
        return "SELECT * WHERE " + "{ " * depth + "?s ?p ?o" + " }" * draw(st.integers(0, depth))
    return draw(st.text(max_size=300))


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory, example_dir):
    store = tmp_path_factory.mktemp("fuzzsrv") / "store"
    with KnowledgeGraph(store) as graph:
        graph.ingest([example_dir])
    server = SparqlServer(store, port=0, limits=Limits(timeout=1.0, max_rows=5000), workers=2)
    import threading
    threading.Thread(target=server.serve_forever, daemon=True).start()
    size = len(KnowledgeGraph(store, read_only=True).store)
    yield server, store, size
    server.shutdown()
    server.server_close()


@settings(max_examples=1000, deadline=None, suppress_health_check=list(HealthCheck))
@given(sparql_text(), st.sampled_from(["GET", "POST"]))
def test_a_thousand_sparql_texts(endpoint, query, method):
    server, _, _ = endpoint
    url = server.base + "/sparql"
    body = urllib.parse.urlencode({"query": query})
    request = (urllib.request.Request(url + "?" + body) if method == "GET" else
               urllib.request.Request(url, data=body.encode(),
                                      headers={"Content-Type": "application/x-www-form-urlencoded"}))
    try:
        with urllib.request.urlopen(request, timeout=20) as response:
            code, text = response.status, response.read()
    except urllib.error.HTTPError as exc:
        code, text = exc.code, exc.read()
    assert code in (200, 400, 403, 413, 503), (code, text[:300])
    if code != 200:
        assert text.strip() and text.count(b"\n") <= 1, text[:300]  # a clear one-line reason


def test_the_endpoint_store_is_unchanged_by_the_fuzz(endpoint):
    _, store, size = endpoint
    assert len(KnowledgeGraph(store, read_only=True).store) == size
