"""The SPARQL endpoint, with standard clients: curl-like urllib, SPARQLWrapper, rdflib's SPARQLStore."""
import json
import threading
import urllib.error
import urllib.parse
import urllib.request

import pytest

from tradekg.server import SparqlServer, Limits

Q = "PREFIX tkg: <https://w3id.org/tradekg/ontology#> SELECT ?f ?l WHERE { ?f a tkg:TradeFlow ; tkg:label ?l }"


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory, example_dir):
    from tradekg import KnowledgeGraph
    store = tmp_path_factory.mktemp("srv") / "store"
    kg = KnowledgeGraph(store)
    kg.ingest([example_dir])
    del kg
    server = SparqlServer(store, port=0, limits=Limits(timeout=5, max_rows=50))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.base + "/sparql"
    server.shutdown()
    server.server_close()


def get(url, accept="application/sparql-results+json"):
    req = urllib.request.Request(url, headers={"Accept": accept})
    with urllib.request.urlopen(req, timeout=10) as r:
        return r.headers.get("Content-Type"), r.read().decode()


def status(req) -> int:
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.status
    except urllib.error.HTTPError as exc:
        return exc.code


@pytest.mark.parametrize("accept, marker", [
    ("application/sparql-results+json", '"bindings"'),
    ("application/sparql-results+xml", "<sparql"),
    ("text/csv", "f,l"),
    ("text/tab-separated-values", "?f\t?l"),
])
def test_get_with_content_negotiation(endpoint, accept, marker):
    ctype, body = get(endpoint + "?" + urllib.parse.urlencode({"query": Q}), accept)
    assert ctype.startswith(accept) and marker in body and "cotton yarn" in body


def test_post_form_and_direct(endpoint):
    req = urllib.request.Request(endpoint, data=urllib.parse.urlencode({"query": Q}).encode(),
                                 headers={"Content-Type": "application/x-www-form-urlencoded"})
    with urllib.request.urlopen(req, timeout=10) as r:
        assert "cotton yarn" in r.read().decode()
    req = urllib.request.Request(endpoint, data=Q.encode(), headers={"Content-Type": "application/sparql-query"})
    with urllib.request.urlopen(req, timeout=10) as r:
        assert json.loads(r.read())["results"]["bindings"]


@pytest.mark.parametrize("accept", ["text/turtle", "application/ld+json"])
def test_construct_as_turtle_or_jsonld(endpoint, accept):
    q = "CONSTRUCT { ?s ?p ?o } WHERE { ?s a <https://w3id.org/tradekg/ontology#TradeFlow> ; ?p ?o } LIMIT 5"
    ctype, body = get(endpoint + "?" + urllib.parse.urlencode({"query": q}), accept)
    assert ctype.startswith(accept) and "TradeFlow" in body


def test_sparqlwrapper(endpoint):
    from SPARQLWrapper import JSON, SPARQLWrapper
    client = SPARQLWrapper(endpoint)
    client.setQuery(Q)
    client.setReturnFormat(JSON)
    assert client.query().convert()["results"]["bindings"]


def test_rdflib_sparqlstore(endpoint):
    from rdflib import Graph
    from rdflib.plugins.stores.sparqlstore import SPARQLStore
    g = Graph(store=SPARQLStore(endpoint, returnFormat="json"))
    assert len(list(g.query(Q))) >= 10


def test_updates_refused_by_default(endpoint):
    req = urllib.request.Request(endpoint, data=b"DROP ALL", headers={"Content-Type": "application/sparql-update"})
    assert status(req) == 403


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
    "SELEC broken",
])
def test_refused_or_broken_queries(endpoint, query):
    assert status(endpoint + "?" + urllib.parse.urlencode({"query": query})) == 400


def test_result_size_limit(endpoint):
    assert status(endpoint + "?" + urllib.parse.urlencode({"query": "SELECT * WHERE { ?s ?p ?o }"})) == 400


def test_query_page_lists_named_queries(endpoint):
    ctype, body = get(endpoint.rsplit("/", 1)[0] + "/", "text/html")
    assert "trade-flows" in body and "<form" in body


def test_binds_to_loopback_by_default(tmp_path):
    server = SparqlServer(None, port=0)
    assert server.server_address[0] == "127.0.0.1"
    server.server_close()


def test_time_limit(tmp_path, example_dir):
    from tradekg import KnowledgeGraph
    store = tmp_path / "store"
    KnowledgeGraph(store).ingest([example_dir])
    server = SparqlServer(store, port=0, limits=Limits(timeout=0.3, max_rows=10**9))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        slow = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
        assert status(server.base + "/sparql?" + urllib.parse.urlencode({"query": slow})) == 503
    finally:
        server.shutdown()
        server.server_close()


def test_a_named_query_is_answered_from_the_views_in_the_servers_threads(tmp_path, example_dir):
    from collections import Counter
    from tradekg import KnowledgeGraph
    from tradekg.pipeline import named_query
    store = tmp_path / "store"
    KnowledgeGraph(store).ingest([example_dir])
    live = KnowledgeGraph(store, read_only=True)
    from tradekg.results import to_rows
    want = Counter(tuple(sorted(r.items())) for r in to_rows(live.live_query(named_query("trade-flows"))))
    server = SparqlServer(store, port=0)
    server.kg.store.query = lambda *a, **k: pytest.fail("the endpoint ran the named query live")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        _, body = get(server.base + "/sparql?" + urllib.parse.urlencode({"query": named_query("trade-flows")}))
    finally:
        server.shutdown()
        server.server_close()
    results = json.loads(body)
    unbound = {name: "" for name in results["head"]["vars"]}
    got = Counter(tuple(sorted({**unbound, **{k: v["value"] for k, v in b.items()}}.items()))
                  for b in results["results"]["bindings"])
    assert got == want


SLOW_AGGREGATE = ("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?a { ?s ?p ?o } GRAPH ?b { ?x ?y ?z } "
                  "GRAPH ?c { ?u ?v ?w } }")


def _served(tmp_path, example_dir, timeout: float):
    from tradekg import KnowledgeGraph
    store = tmp_path / "store"
    with KnowledgeGraph(store) as kg:
        kg.ingest([example_dir])
    server = SparqlServer(store, port=0, limits=Limits(timeout=timeout, max_rows=10**6), workers=2)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server


@pytest.fixture()
def limited_server(tmp_path, example_dir):
    server = _served(tmp_path, example_dir, timeout=1.0)
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture()
def patient_server(tmp_path, example_dir):
    """A longer limit, so that a slow query is still running while the others are answered even
    on a loaded machine (quick queries then take longer than 1 s too)."""
    server = _served(tmp_path, example_dir, timeout=4.0)
    yield server
    server.shutdown()
    server.server_close()


def test_an_aggregate_is_stopped_at_its_limit(limited_server):
    """Oxigraph computes a COUNT wholly before its first row: only stopping the worker bounds it."""
    import time
    url = limited_server.base + "/sparql?" + urllib.parse.urlencode({"query": SLOW_AGGREGATE})
    start = time.monotonic()
    try:
        urllib.request.urlopen(url, timeout=30)
        pytest.fail("the slow aggregate was answered")
    except urllib.error.HTTPError as exc:
        assert exc.code == 503 and "was stopped" in exc.read().decode()
    assert time.monotonic() - start < 10  # the limit is 1 s; a worker restart is the rest
    assert limited_server.pool.killed == 1
    # the stopped worker is gone and a new one answers
    ctype, body = get(limited_server.base + "/sparql?" + urllib.parse.urlencode({"query": Q}))
    assert "cotton yarn" in body
    alive = [w for w in limited_server.pool._all if w.process.is_alive()]
    assert len(alive) == 2


def test_other_clients_are_answered_while_a_slow_query_runs(patient_server):
    import time
    slow_done = threading.Event()

    def slow():
        status(patient_server.base + "/sparql?" + urllib.parse.urlencode({"query": SLOW_AGGREGATE}))
        slow_done.set()

    thread = threading.Thread(target=slow)
    thread.start()
    time.sleep(0.2)
    answered_before_slow_ended = 0
    for _ in range(3):
        _, body = get(patient_server.base + "/sparql?" + urllib.parse.urlencode({"query": Q}))
        assert "cotton yarn" in body
        answered_before_slow_ended += not slow_done.is_set()
    thread.join(30)
    assert slow_done.is_set() and answered_before_slow_ended >= 1
