"""Query evaluation in worker processes, stopped at the time limit.

Why: Oxigraph evaluates an aggregate or a sort wholly before it yields its first solution, and a
thread cannot be stopped from outside; a process can. The endpoint hands each live query to an idle
worker and waits until the limit; on overrun it kills the worker (SIGKILL), starts another, and
answers 503. The query stops using a core at its limit, whether or not its client is still there,
and the other workers go on answering. Each worker opens the store read-only (as a query does
while an ingest writes) and opens it again when it is older than two seconds or was changed.
"""
from __future__ import annotations

import multiprocessing
import queue
import threading
import time

REOPEN_AFTER = 2.0  # seconds: documents ingested meanwhile become visible


def _worker_main(conn, store: str, allow_federation: bool) -> None:
    from .pipeline import KnowledgeGraph
    from .server import Limits, answer
    kg, generation, opened = None, -1, 0.0
    while True:
        try:
            query, fmt, accept, max_rows, timeout, wanted = conn.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        try:
            if kg is None or wanted != generation or time.monotonic() - opened > REOPEN_AFTER:
                if kg is not None:
                    kg.close()
                kg = KnowledgeGraph(store, read_only=True)
                generation, opened = wanted, time.monotonic()
            reply = answer(kg, query, fmt, accept, Limits(timeout, max_rows), allow_federation)
        except Exception as exc:  # noqa: BLE001 - any failure is the client's 500, not the worker's end
            reply = (500, f"the query failed: {str(exc).splitlines()[0][:300] if str(exc) else type(exc).__name__}\n"
                     .encode(), "text/plain; charset=utf-8")
        try:
            conn.send(reply)
        except (OSError, ValueError):
            return


class _Worker:
    def __init__(self, context, store: str, allow_federation: bool) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_worker_main, args=(child, store, allow_federation), daemon=True,
                                       name="tradekg-query-worker")
        self.process.start()
        child.close()

    def stop(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.conn.close()


class WorkerPool:
    """A fixed number of query workers over one store folder."""

    def __init__(self, store: str, size: int, *, allow_federation: bool = False) -> None:
        self.store = store
        self.allow_federation = allow_federation
        self._context = multiprocessing.get_context("spawn")  # no fork of a process holding a database
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._generation = 0
        self.killed = 0  # workers stopped at the time limit, for the log and the tests
        for _ in range(max(1, size)):
            self._idle.put(self._start())

    def _start(self) -> _Worker:
        worker = _Worker(self._context, self.store, self.allow_federation)
        with self._lock:
            self._all.add(worker)
        return worker

    def _replace(self, worker: _Worker) -> None:
        worker.stop()
        with self._lock:
            self._all.discard(worker)
        self._idle.put(self._start())

    def changed(self) -> None:
        """The store was written by this process: every worker reopens it before its next query."""
        self._generation += 1

    def run(self, query: str, fmt: str, accept: str, limits) -> tuple[int, bytes, str]:
        """Evaluate one query in a worker within ``limits.timeout`` seconds (waiting for an idle
        worker included); returns status, body and content type."""
        deadline = time.monotonic() + limits.timeout
        try:
            worker = self._idle.get(timeout=limits.timeout)
        except queue.Empty:
            return 503, f"every query worker was busy for {limits.timeout:g} s; try again\n".encode(), "text/plain"
        try:
            worker.conn.send((query, fmt, accept, limits.max_rows, limits.timeout, self._generation))
            if worker.conn.poll(max(0.0, deadline - time.monotonic())):
                reply = worker.conn.recv()
                self._idle.put(worker)
                return reply
        except (EOFError, OSError):
            self._replace(worker)
            return 500, b"the query worker stopped (out of memory?)\n", "text/plain"
        self.killed += 1
        self._replace(worker)
        return 503, (f"the query ran longer than {limits.timeout:g} s and was stopped "
                     "(--timeout sets the limit)\n").encode(), "text/plain; charset=utf-8"

    def close(self) -> None:
        with self._lock:
            workers, self._all = list(self._all), set()
        for worker in workers:
            worker.stop()
