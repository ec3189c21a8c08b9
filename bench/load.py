"""The endpoint under load: concurrent clients against a real `tradekg serve`, while an ingest writes.

    python bench/load.py                          # a synthetic store of 300 articles
    python bench/load.py --store my-store         # an existing store (e.g. the dev corpus)

Loopback only, a fixed number of clients and requests, stops by itself. Each client mixes the
named queries (answered from the view rows), ad-hoc SELECTs and CONSTRUCTs (live, in the query
workers); one client also sends a query that cannot finish within the limit. Prints requests per
second, p50/p99 latency of the ordinary requests, errors (any answer but 200), and what became of
the slow query.
"""
from __future__ import annotations

import argparse
import json
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from synthetic import corpus  # noqa: E402

SLOW = ("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?a { ?s ?p ?o } GRAPH ?b { ?x ?y ?z } "
        "GRAPH ?c { ?u ?v ?w } }")
AD_HOC = [
    "SELECT ?exporter (COUNT(?f) AS ?n) WHERE { ?f a tkg:TradeFlow ; tkg:exporter ?exporter } GROUP BY ?exporter",
    "SELECT ?m ?p WHERE { ?m a tkg:Meeting ; tkg:participant ?p } LIMIT 200",
    "SELECT ?c ?l WHERE { ?c a tkg:Country ; rdfs:label ?l } ORDER BY ?l",
    "CONSTRUCT { ?f tkg:label ?l } WHERE { ?f a tkg:TradeFlow ; tkg:label ?l } LIMIT 100",
    "ASK { ?f a tkg:JointProject }",
]


def cli(*args) -> list[str]:
    return [sys.executable, "-c", "from tradekg.cli import main; main()", *map(str, args)]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def request(base: str, query: str, timeout: float) -> tuple[int, float]:
    url = base + "/sparql?" + urllib.parse.urlencode({"query": query})
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            response.read()
            code = response.status
    except urllib.error.HTTPError as exc:
        exc.read()
        code = exc.code
    except OSError:
        code = 0  # no answer at all
    return code, time.perf_counter() - start


def write_corpus(folder: Path, n: int, seed: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for doc_id, text in corpus(n, seed=seed):
        (folder / f"{doc_id}.txt").write_text(text)


def run_load(store: Path, *, clients: int = 8, requests: int = 25, limit: float = 2.0, writer_docs: int = 60,
             workdir: Path) -> dict:
    """Serve ``store``, load it from ``clients`` threads while an ingest writes ``writer_docs`` new
    articles into it; returns the figures."""
    from tradekg.catalogue import named_query
    named = [named_query(n) for n in ("countries", "trade-flows", "meetings", "trade-volumes", "projects")]
    port = free_port()
    server = subprocess.Popen(cli("serve", "--store", store, "--port", port, "--timeout", limit, "--workers", 2),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                urllib.request.urlopen(base + "/queries", timeout=1).read()
                break
            except OSError:
                time.sleep(0.1)
        new = workdir / "new-articles"
        write_corpus(new, writer_docs, seed=99)
        writer = subprocess.Popen(cli("ingest", "--quiet", "--store", store, new),
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        results: list[tuple[str, int, float]] = []
        lock = threading.Lock()

        def client(index: int) -> None:
            mine = []
            for i in range(requests):
                pool = named if i % 2 == 0 else [f"PREFIX tkg: <https://w3id.org/tradekg/ontology#>\n{q}"
                                                 if "tkg:" in q and "PREFIX" not in q else q for q in AD_HOC]
                query = pool[(index + i) % len(pool)]
                mine.append(("normal", *request(base, query, limit + 30)))
            if index == 0:
                mine.append(("slow", *request(base, SLOW, limit + 30)))
            with lock:
                results.extend(mine)

        start = time.perf_counter()
        threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.perf_counter() - start
        _, err = writer.communicate(timeout=600)
        writer_rc, writer_err = writer.returncode, err.decode()[-300:]
    finally:
        server.terminate()
        server.wait(timeout=30)
    normal = [r for r in results if r[0] == "normal"]
    slow = [r for r in results if r[0] == "slow"]
    latencies = sorted(r[2] for r in normal)
    return {
        "requests": len(results), "seconds": elapsed, "per_second": len(results) / elapsed,
        "p50_ms": 1000 * statistics.median(latencies),
        "p99_ms": 1000 * latencies[min(len(latencies) - 1, int(0.99 * len(latencies)))],
        "errors": sum(1 for r in normal if r[1] != 200),
        "codes": sorted({r[1] for r in normal}),
        "slow_status": slow[0][1] if slow else None, "slow_seconds": slow[0][2] if slow else None,
        "limit": limit, "writer_rc": writer_rc, "writer_err": writer_err,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--store", type=Path, help="an existing store (copied first: the writer adds documents)")
    ap.add_argument("--docs", type=int, default=300, help="synthetic articles when no --store is given")
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--requests", type=int, default=50, help="per client")
    ap.add_argument("--limit", type=float, default=2.0, help="the endpoint's --timeout")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        store = tmp / "store"
        if args.store:
            import shutil
            shutil.copytree(args.store, store)
        else:
            write_corpus(tmp / "articles", args.docs, seed=5)
            subprocess.run(cli("ingest", "--quiet", "--jobs", 2, "--store", store, tmp / "articles"), check=True)
        figures = run_load(store, clients=args.clients, requests=args.requests, limit=args.limit, workdir=tmp)
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
