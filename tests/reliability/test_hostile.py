"""Hostile queries and hostile RDF: nothing reaches another host or the file system."""
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from tradekg import KnowledgeGraph
from tradekg.errors import QueryError, StoreError
from tradekg.store import Store


class Counter(BaseHTTPRequestHandler):
    hits = 0

    def do_GET(self):  # noqa: N802
        Counter.hits += 1
        body = b'{"@context": {"name": "http://schema.org/name"}}'
        self.send_response(200)
        self.send_header("Content-Type", "application/ld+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_POST = do_GET

    def log_message(self, *args):
        pass


@pytest.fixture
def trap():
    server = HTTPServer(("127.0.0.1", 0), Counter)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    Counter.hits = 0
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("template", [
    "SELECT * WHERE {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}",
    "select * where {{ service silent <{url}/sparql> {{ ?s ?p ?o }} }}",
    "LOAD <{url}/data.ttl>",
    "LOAD <file:///etc/passwd>",
    "CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE <{url}/x> {{ ?s ?p ?o }} }}",
])
def test_remote_features_refused_and_nothing_fetched(trap, template):
    kg = KnowledgeGraph(None)
    with pytest.raises(QueryError):
        kg.query(template.format(url=trap))
    assert Counter.hits == 0


def test_updates_refused_on_the_query_path():
    with pytest.raises(QueryError):
        KnowledgeGraph(None).query("DELETE WHERE { ?s ?p ?o }")


def test_jsonld_remote_context_is_never_fetched(trap):
    doc = '{"@context": "%s/context.jsonld", "@id": "http://example.org/a", "name": "x"}' % trap
    store = Store(None)
    try:
        store.load(doc, "jsonld")
    except StoreError:
        pass  # refusing the document is fine; fetching the context is not
    assert Counter.hits == 0
