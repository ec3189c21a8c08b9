"""tradekg benchmarks: each figure beside a baseline measured in the same run.

    python bench/bench.py                 # quick: 2,000 articles, graphs of 100k and 1M triples
    python bench/bench.py --full          # 10,000 articles, and 10M triples

Prints a table; nothing here is a timed unit test. The corpus is synthetic text the project
generates (bench/synthetic.py); the graphs are built from it by tradekg's own pipeline.
Query latency is the median of 5: "named" is the Python API (``kg.named``: the view rows while
current), "live" the same SPARQL text run by Oxigraph on the store (median of 3 above 100k), and rdflib's in-memory Dataset
runs that text as the baseline; all return every row.
"""
from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from synthetic import corpus  # noqa: E402

from tradekg.articles import Article  # noqa: E402
from tradekg.extract import read_facts  # noqa: E402
from tradekg.extract.text import split_sentences  # noqa: E402
from tradekg.pipeline import KnowledgeGraph, named_query, document_nquads  # noqa: E402
from tradekg.results import to_rows  # noqa: E402

QUERIES = ["countries", "officials", "meetings", "trade-volumes", "trade-flows", "projects"]


def line(name: str, value: str, baseline: str = "", ratio: str = "") -> None:
    print(f"{name:52} {value:>18} {baseline:>20} {ratio:>10}", flush=True)


def extraction_speed(n: int) -> None:
    arts = [Article(i, i, t) for i, t in corpus(n, seed=2)]
    words = sum(len(a.text.split()) for a in arts)
    read_facts(arts[0])
    t = time.perf_counter()
    for a in arts:
        for s in split_sentences(a.text):
            _ = s.tokens  # tokenising is the baseline
    tok = time.perf_counter() - t
    t = time.perf_counter()
    for a in arts:
        read_facts(a)
    ext = time.perf_counter() - t
    line("extraction, words/s (baseline: tokenising alone)", f"{words / ext:,.0f}", f"{words / tok:,.0f}",
         f"{tok / ext:.3f}x")


def write_corpus(folder: Path, n: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for doc_id, text in corpus(n, seed=3):
        (folder / f"{doc_id}.txt").write_text(text)


def ingest_speed(folder: Path, n: int, cores: int) -> dict[int, Path]:
    stores = {}
    rates = {}
    for jobs in sorted({1, cores}):
        store = folder.parent / f"store-{jobs}"
        t = time.perf_counter()
        kg = KnowledgeGraph(store)
        report = kg.ingest([folder], jobs=jobs)
        kg.store.optimize()
        elapsed = time.perf_counter() - t
        triples = len(kg.store)
        rates[jobs] = (n / elapsed, triples / elapsed, elapsed, triples)
        stores[jobs] = store
        del kg
        assert report.documents == n
    base = rates[1]
    for jobs, (docs, tps, elapsed, triples) in rates.items():
        line(f"ingest {n:,} docs, {jobs} core(s): docs/s (s total)", f"{docs:,.0f} ({elapsed:.0f} s)",
             f"{base[0]:,.0f} (1 core)", f"{docs / base[0]:.2f}x")
        line(f"ingest {n:,} docs, {jobs} core(s): triples/s", f"{tps:,.0f}", f"{triples:,} triples", "")
    return stores


def synthetic_nquads(path: Path, docs: int, copies: int) -> int:
    """N-Quads of ``docs`` synthetic articles, replicated ``copies`` times under new document ids."""
    arts = [Article(i, i, t) for i, t in corpus(docs, seed=4)]
    chunks = [document_nquads(a) for a in arts]
    count = 0
    with path.open("w") as out:
        for c in range(copies):
            for chunk in chunks:
                text = chunk if c == 0 else chunk.replace("/doc/synthetic-", f"/doc/c{c}-synthetic-")
                out.write(text)
                count += text.count("\n")
    return count


def median_seconds(run, times: int = 5) -> float:
    """Median wall time of ``run()`` over ``times`` calls."""
    samples = []
    for _ in range(times):
        t = time.perf_counter()
        run()
        samples.append(time.perf_counter() - t)
    return statistics.median(samples)


def query_latency(kg, name: str, runs: int = 5) -> float:
    """A named query as the Python API answers it (view rows while current), rows as dicts."""
    return median_seconds(lambda: kg.named(name), runs)


def live_latency(kg, name: str, runs: int = 5) -> float:
    """The same query text run by Oxigraph on the store itself, rows as dicts."""
    q = named_query(name)
    return median_seconds(lambda: to_rows(kg.live_query(q)), runs)


def rdflib_latency(nq: Path, name: str, runs: int = 3) -> float:
    from rdflib import Dataset
    ds = Dataset(default_union=True)
    ds.parse(nq, format="nquads")
    q = named_query(name)
    return median_seconds(lambda: list(ds.query(q)), runs)


def peak_memory_mb(store: Path) -> float:
    """Peak RSS of a fresh process that opens the store and runs every named query.

    Read from VmHWM, which starts again at exec; ru_maxrss would carry this (large) parent's peak
    into the child through fork.
    """
    code = (f"from tradekg.pipeline import KnowledgeGraph, named_query\nkg = KnowledgeGraph({str(store)!r}, read_only=True)\n"
            f"for n in {QUERIES!r}: list(kg.query(named_query(n)))\n"
            "print(next(l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return int(out.stdout.strip()) / 1024


def query_scaling(tmp: Path, sizes: list[int], rdflib_max: int) -> None:
    per_doc = 117  # distinct triples a synthetic document adds (reference data is shared)
    previous = None
    for size in sizes:
        docs = min(2000, max(50, -(-size // per_doc)))
        copies = max(1, -(-size // (docs * per_doc)))  # at least the size named
        nq = tmp / f"graph-{size}.nq"
        synthetic_nquads(nq, docs, copies)
        store = tmp / f"q-{size}"
        kg = KnowledgeGraph(store)
        t = time.perf_counter()
        kg.store._db.bulk_load(path=str(nq), format=__import__("pyoxigraph").RdfFormat.N_QUADS)
        kg.store.optimize()
        load = time.perf_counter() - t
        quads = len(kg.store)
        t = time.perf_counter()
        kg.rebuild_views()
        views = time.perf_counter() - t
        line(f"graph of {quads:,} triples: bulk load s (view rows s)", f"{load:.1f}", f"{views:.1f}", "")
        total = 0.0
        for name in QUERIES:
            ox_t = query_latency(kg, name)
            live_t = live_latency(kg, name, 5 if size <= rdflib_max else 3)
            total += ox_t
            if size <= rdflib_max:
                rd_t = rdflib_latency(nq, name)
                line(f"  {name} at {quads:,}: named ms (rdflib)", f"{ox_t * 1000:,.1f}", f"{rd_t * 1000:,.1f}",
                     f"{rd_t / ox_t:,.0f}x")
                line(f"  {name} at {quads:,}: live ms (rdflib)", f"{live_t * 1000:,.1f}", f"{rd_t * 1000:,.1f}",
                     f"{rd_t / live_t:,.0f}x")
            else:
                line(f"  {name} at {quads:,}: named ms (live ms)", f"{ox_t * 1000:,.1f}", f"{live_t * 1000:,.1f}",
                     f"{live_t / ox_t:,.1f}x")
        for label, name, column, value, values in (
                ("flows of one exporter", "trade-flows", "exporter", "BLR",
                 "VALUES ?exporter { <https://w3id.org/tradekg/id/country/BLR> }"),
                ("meetings of one document", "meetings", "doc", "synthetic-000007",
                 "VALUES ?doc { <https://w3id.org/tradekg/id/doc/synthetic-000007> }")):
            q = named_query(name).replace("WHERE {", "WHERE {\n  " + values, 1)
            where_t = median_seconds(lambda kg=kg, n=name, w={column: value}: kg.named(n, where=w))
            values_t = median_seconds(lambda q=q, kg=kg: to_rows(kg.live_query(q)))
            line(f"  {label} at {quads:,}: named where ms (live VALUES)", f"{where_t * 1000:,.1f}",
                 f"{values_t * 1000:,.1f}", f"{values_t / where_t:,.1f}x")
        del kg
        mem = peak_memory_mb(store)
        line(f"  peak memory at {quads:,}: MB (per 1M triples)", f"{mem:,.0f}", f"{mem / (quads / 1e6):,.0f} /M", "")
        if previous:
            grow = total / previous[1]
            line(f"  all queries time x{grow:.1f} for size x{quads / previous[0]:.0f}", "", "", "")
        previous = (quads, total)
        nq.unlink()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--full", action="store_true", help="10,000 articles and a 10M-triple graph")
    ap.add_argument("--docs", type=int, default=None)
    args = ap.parse_args()
    docs = args.docs or (10_000 if args.full else 2_000)
    sizes = [100_000, 1_000_000] + ([10_000_000] if args.full else [])
    cores = os.cpu_count() or 1
    print(f"tradekg bench on {cores} core(s), Python {sys.version.split()[0]}")
    line("measure", "value", "baseline", "ratio")
    extraction_speed(500)
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        write_corpus(tmp / "corpus", docs)
        ingest_speed(tmp / "corpus", docs, cores)
        query_scaling(tmp, sizes, rdflib_max=100_000)
    print(f"peak memory of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MB")


if __name__ == "__main__":
    main()
