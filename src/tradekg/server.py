"""``tradekg serve``: a SPARQL 1.1 Protocol endpoint over a store, with a small query page.

Read-only and bound to 127.0.0.1 unless told otherwise. SERVICE and LOAD are refused (nothing the
endpoint runs may fetch a URL or read a file), every query has a time limit and a result-size
limit. Built on the standard library's threading HTTP server. Queries that read the stored view
rows are answered in the server's threads; every other query of an embedded store is evaluated in
a worker process (``workers.py``) that is killed at the time limit, aggregates and sorts included.
"""
from __future__ import annotations

import html
import json
import logging
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyoxigraph as ox

from .errors import QueryError, TradeKGError
from .catalogue import named_query, named_query_names
from .pipeline import KnowledgeGraph

log = logging.getLogger(__name__)

RESULT_TYPES = {
    "application/sparql-results+json": "json", "application/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {"text/turtle": ox.RdfFormat.TURTLE, "application/n-triples": ox.RdfFormat.N_TRIPLES,
               "application/ld+json": ox.RdfFormat.JSON_LD, "application/rdf+xml": ox.RdfFormat.RDF_XML}


class Limits:
    """What one query may cost."""

    def __init__(self, timeout: float = 10.0, max_rows: int = 100_000) -> None:
        self.timeout = timeout
        self.max_rows = max_rows


class QueryTimeout(TradeKGError):
    pass


def _negotiate(accept: str, options: dict, default: str) -> str:
    best, best_q = default, -1.0
    for part in (accept or "").split(","):
        media, _, params = part.strip().partition(";")
        q = 1.0
        for p in params.split(";"):
            if p.strip().startswith("q="):
                try:
                    q = float(p.strip()[2:])
                except ValueError:
                    q = 0.0
        media = media.strip().lower()
        if media in options and q > best_q:
            best, best_q = media, q
    return best


def _term_json(term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype and term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        out["datatype"] = term.datatype.value
    return out


def collect_rows(results, limits: Limits) -> tuple[list[str], list[dict]]:
    """Solutions of a SELECT, stopping at the time or row limit (results are computed lazily)."""
    start = time.monotonic()
    names = [v.value for v in results.variables]
    rows = []
    for solution in results:
        if time.monotonic() - start > limits.timeout:
            raise QueryTimeout(f"the query ran longer than {limits.timeout:g} s")
        if len(rows) >= limits.max_rows:
            raise QueryError(f"the query returned more than {limits.max_rows} rows; add a LIMIT")
        rows.append({n: solution[n] for n in names if solution[n] is not None})
    return names, rows


def render_rows(names: list[str], rows: list[dict], fmt: str) -> bytes:
    if fmt == "json":
        return json.dumps({"head": {"vars": names},
                           "results": {"bindings": [{k: _term_json(v) for k, v in r.items()} for r in rows]}}).encode()
    if fmt in ("csv", "tsv"):
        sep = "," if fmt == "csv" else "\t"

        def cell(term) -> str:
            if term is None:
                return ""
            if fmt == "tsv":
                return str(term)  # N-Triples form, as the TSV results format asks
            value = term.value
            return '"' + value.replace('"', '""') + '"' if any(c in value for c in ',"\r\n') else value
        header = sep.join(names if fmt == "csv" else [f"?{n}" for n in names])
        lines = [header] + [sep.join(cell(r.get(n)) for n in names) for r in rows]
        return ("\r\n".join(lines) + "\r\n").encode()
    # XML
    out = ['<?xml version="1.0"?>', '<sparql xmlns="http://www.w3.org/2005/sparql-results#">', "<head>"]
    out += [f'<variable name="{html.escape(n)}"/>' for n in names]
    out += ["</head>", "<results>"]
    for r in rows:
        out.append("<result>")
        for n, t in r.items():
            if isinstance(t, ox.NamedNode):
                inner = f"<uri>{html.escape(t.value)}</uri>"
            elif isinstance(t, ox.BlankNode):
                inner = f"<bnode>{html.escape(t.value)}</bnode>"
            else:
                attr = f' xml:lang="{t.language}"' if t.language else (
                    f' datatype="{t.datatype.value}"' if t.datatype else "")
                inner = f"<literal{attr}>{html.escape(t.value)}</literal>"
            out.append(f'<binding name="{html.escape(n)}">{inner}</binding>')
        out.append("</result>")
    out += ["</results>", "</sparql>"]
    return "\n".join(out).encode()


def page(base: str) -> bytes:
    items = "".join(
        f'<li><a href="#" data-q="{html.escape(named_query(n), quote=True)}">{html.escape(n)}</a></li>'
        for n in named_query_names())
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>tradekg SPARQL</title>
<style>body{{font:14px system-ui;margin:20px;display:grid;grid-template-columns:220px 1fr;gap:20px}}
textarea{{width:100%;height:260px;font:12px monospace}}pre{{background:#f5f5f5;padding:8px;overflow:auto}}
table{{border-collapse:collapse;font-size:12px}}td,th{{border:1px solid #ddd;padding:2px 6px;text-align:left}}</style></head>
<body><div><h3>Named queries</h3><ul id="named">{items}</ul></div>
<div><h3>SPARQL endpoint: {html.escape(base)}/sparql</h3>
<form method="get" action="/sparql"><textarea name="query" id="query">SELECT * WHERE {{ ?s ?p ?o }} LIMIT 10</textarea>
<p><select name="format"><option value="json">JSON</option><option value="csv">CSV</option>
<option value="tsv">TSV</option><option value="xml">XML</option></select> <button>Run</button></p></form></div>
<div id="result"></div>
<script>for (const a of document.querySelectorAll('#named a')) a.onclick = e => {{
  e.preventDefault(); document.getElementById('query').value = a.dataset.q; }};
// "Run" shows a SELECT as a table on this page (the format menu still downloads JSON, CSV, TSV, XML)
const esc = s => String(s).replace(/[&<>"]/g, c => ({{"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}}[c]));
document.querySelector('form').onsubmit = async e => {{
  if (document.querySelector('select[name=format]').value !== 'json') return;
  e.preventDefault();
  const out = document.getElementById('result');
  const r = await fetch('/sparql', {{method: 'POST', headers: {{'Content-Type': 'application/x-www-form-urlencoded',
    'Accept': 'application/sparql-results+json, text/turtle'}}, body: new URLSearchParams({{query: document.getElementById('query').value}})}});
  const text = await r.text();
  if (!r.ok || !(r.headers.get('Content-Type') || '').includes('json')) {{ out.innerHTML = `<pre>${{esc(text)}}</pre>`; return; }}
  const data = JSON.parse(text);
  if ('boolean' in data) {{ out.innerHTML = `<p>${{data.boolean}}</p>`; return; }}
  const vars = data.head.vars, rows = data.results.bindings;
  out.innerHTML = `<p>${{rows.length}} row(s)</p><table id="rows"><tr>${{vars.map(v => `<th>${{esc(v)}}</th>`).join('')}}</tr>` +
    rows.map(b => `<tr>${{vars.map(v => `<td>${{b[v] ? esc(b[v].value) : ''}}</td>`).join('')}}</tr>`).join('') + '</table>';
}};</script></body></html>""".encode()


class _Handler(BaseHTTPRequestHandler):
    server: "SparqlServer"
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):  # quiet by default; the CLI logs at INFO
        log.info("%s - %s", self.address_string(), fmt % args)

    def _send(self, code: int, body: bytes, content_type: str) -> None:
        self.send_response(code)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        self.wfile.write(body)

    def _error(self, code: int, message: str) -> None:
        self._send(code, (message + "\n").encode(), "text/plain; charset=utf-8")

    def do_GET(self) -> None:  # noqa: N802
        url = urllib.parse.urlsplit(self.path)
        params = urllib.parse.parse_qs(url.query)
        if url.path in ("/", "/index.html"):
            return self._send(200, page(self.server.base), "text/html; charset=utf-8")
        if url.path == "/queries":
            return self._send(200, json.dumps(named_query_names()).encode(), "application/json")
        if url.path != "/sparql":
            return self._error(404, "not found: the endpoint is /sparql")
        if "update" in params:
            return self._error(400, "updates must be sent with POST")
        if "query" not in params:
            return self._send(200, page(self.server.base), "text/html; charset=utf-8")
        self._answer(params["query"][0], params.get("format", [""])[0])

    def do_POST(self) -> None:  # noqa: N802
        url = urllib.parse.urlsplit(self.path)
        if url.path != "/sparql":
            return self._error(404, "not found: the endpoint is /sparql")
        length = int(self.headers.get("Content-Length") or 0)
        if length > 1_000_000:
            return self._error(413, "request too large")
        body = self.rfile.read(length).decode("utf-8", "replace")
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if ctype == "application/sparql-query":
            return self._answer(body, "")
        if ctype == "application/sparql-update":
            return self._update(body)
        params = urllib.parse.parse_qs(body)
        if "update" in params:
            return self._update(params["update"][0])
        if "query" in params:
            return self._answer(params["query"][0], params.get("format", [""])[0])
        return self._error(400, "no query: send query= or application/sparql-query")

    def _update(self, text: str) -> None:
        if not self.server.allow_update:
            return self._error(403, "this endpoint is read-only (start it with --allow-update to accept updates)")
        try:
            from .store import check_query
            check_query(text, allow_federation=self.server.allow_federation, allow_update=True)
            with self.server.lock:
                self.server.kg.store.update(text)
                self.server.kg.store.flush()
                if self.server.pool is not None:
                    self.server.pool.changed()  # the workers reopen the store before their next query
        except (QueryError, SyntaxError, OSError) as exc:
            return self._error(400, str(exc).splitlines()[0])
        self._send(204, b"", "text/plain")

    def _answer(self, query: str, fmt: str) -> None:
        accept = self.headers.get("Accept", "")
        kg = self.server.knowledge_graph()
        if self.server.pool is not None and not kg.answers_from_views(query):
            code, body, ctype = self.server.pool.run(query, fmt, accept, self.server.limits)
        else:
            code, body, ctype = answer(kg, query, fmt, accept, self.server.limits, self.server.allow_federation)
        self._send(code, body, ctype)


def answer(kg: KnowledgeGraph, query: str, fmt: str, accept: str, limits: Limits,
           allow_federation: bool) -> tuple[int, bytes, str]:
    """One query's HTTP answer: status, body and content type (run in a server thread or a worker)."""
    try:
        results = kg.query(query, allow_federation=allow_federation)
        if isinstance(results, (ox.QueryTriples, list)):
            media = _negotiate(accept, GRAPH_TYPES, "text/turtle")
            triples = []
            for triple in results:
                triples.append(triple)
                if len(triples) > limits.max_rows:
                    raise QueryError(f"the query returned more than {limits.max_rows} triples")
            return 200, ox.serialize(triples, format=GRAPH_TYPES[media]) or b"", media
        if isinstance(results, ox.QueryBoolean):
            media = _negotiate(accept, RESULT_TYPES, "application/sparql-results+json")
            if RESULT_TYPES[media] == "xml":
                body = ('<?xml version="1.0"?><sparql xmlns="http://www.w3.org/2005/sparql-results#"><head/>'
                        f"<boolean>{str(bool(results)).lower()}</boolean></sparql>").encode()
                return 200, body, "application/sparql-results+xml"
            return 200, json.dumps({"head": {}, "boolean": bool(results)}).encode(), "application/sparql-results+json"
        names, rows = collect_rows(results, limits)
    except QueryTimeout as exc:
        return 503, (str(exc) + "\n").encode(), "text/plain; charset=utf-8"
    except QueryError as exc:
        return 400, (str(exc) + "\n").encode(), "text/plain; charset=utf-8"
    if fmt in ("json", "csv", "tsv", "xml"):
        media = {"json": "application/sparql-results+json", "csv": "text/csv", "tsv": "text/tab-separated-values",
                 "xml": "application/sparql-results+xml"}[fmt]
    else:
        media = _negotiate(accept, RESULT_TYPES, "application/sparql-results+json")
    return 200, render_rows(names, rows, RESULT_TYPES[media]), media + "; charset=utf-8"


class SparqlServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, store, *, host: str = "127.0.0.1", port: int = 7878, allow_update: bool = False,
                 allow_federation: bool = False, limits: Limits | None = None, workers: int = 2) -> None:
        """``workers``: processes that evaluate queries of an embedded store on disk (0: in the
        server's threads, where a time limit cannot stop an aggregate)."""
        self.store_spec = store
        self.allow_update = allow_update
        self.allow_federation = allow_federation
        self.limits = limits or Limits()
        self.lock = threading.Lock()
        self._kg = KnowledgeGraph(store, read_only=not allow_update)
        self._opened = time.monotonic()
        self.pool = None
        if workers and self._kg.store.path is not None:
            from .workers import WorkerPool
            self.pool = WorkerPool(str(self._kg.store.path), workers, allow_federation=allow_federation)
        try:
            super().__init__((host, port), _Handler)
        except OSError:
            self.close_workers()
            raise
        self.base = f"http://{host}:{self.server_address[1]}"

    def close_workers(self) -> None:
        if self.pool is not None:
            self.pool.close()
            self.pool = None

    def server_close(self) -> None:
        super().server_close()
        self.close_workers()

    @property
    def kg(self) -> KnowledgeGraph:
        return self._kg

    def knowledge_graph(self) -> KnowledgeGraph:
        """A read-only embedded store sees the data of the moment it was opened: reopen it now and
        then so that documents ingested meanwhile answer."""
        if not self.allow_update and isinstance(self.store_spec, (str, Path)) and \
                not str(self.store_spec).startswith("http") and time.monotonic() - self._opened > 2.0:
            with self.lock:
                if time.monotonic() - self._opened > 2.0:
                    self._kg = KnowledgeGraph(self.store_spec, read_only=True)
                    self._opened = time.monotonic()
        return self._kg


def serve(store, *, host: str = "127.0.0.1", port: int = 7878, allow_update: bool = False,
          allow_federation: bool = False, timeout: float = 10.0, max_rows: int = 100_000, workers: int = 2) -> None:
    server = SparqlServer(store, host=host, port=port, allow_update=allow_update, allow_federation=allow_federation,
                          limits=Limits(timeout, max_rows), workers=workers)
    print(f"tradekg: SPARQL endpoint at {server.base}/sparql ({'read-write' if allow_update else 'read-only'})",
          flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
