"""The ``tradekg`` command line: thin commands, each calling one library function."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from .errors import TradeKGError

STORE_HELP = "Store folder, or a SPARQL server's URL (default: $TRADEKG_STORE or ./tradekg-store)."


def store_option(f):
    return click.option("--store", "store", default=None, help=STORE_HELP)(f)


def _kg(store: Path | None, *, read_only: bool = False):
    from .pipeline import KnowledgeGraph
    return KnowledgeGraph(store if store is not None else "", read_only=read_only)


class _Group(click.Group):
    """Turns every TradeKGError into one clear line and exit status 1."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except TradeKGError as exc:
            click.echo(f"tradekg: error: {exc}", err=True)
            sys.exit(1)


@click.group(cls=_Group)
@click.version_option(package_name="tradekg")
def main() -> None:
    """Turn news about trade between countries into a queryable knowledge graph."""


@main.command()
@store_option
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--jobs", "-j", default=1, show_default=True, help="Worker processes for extraction (0: all cores).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary.")
@click.option("--validate", is_flag=True, help="Check each document against the SHACL shapes before storing it "
              "(about 0.1 s a document).")
def ingest(store, paths, jobs, quiet, validate):
    """Extract facts from files and folders (.txt, .md, .jsonl, .html) into the store.

    Re-ingesting a document replaces its facts. Exits 1 if any input failed, after storing the rest.
    """
    import os
    kg = _kg(store)
    report = kg.ingest(list(paths), jobs=jobs or os.cpu_count() or 1, progress=not quiet, validate=validate)
    for line in report.failures:
        click.echo(f"tradekg: failed: {line}", err=True)
    for line in report.warnings if not quiet else []:
        click.echo(f"tradekg: warning: {line}", err=True)
    if not quiet:
        kinds = ", ".join(f"{n} {k}" for k, n in sorted(report.facts.items()) if n)
        click.echo(f"ingested {report.documents} document(s): {kinds or 'no facts'}"
                   + (f"; {len(report.failures)} failed" if report.failures else ""), err=True)
    sys.exit(0 if report.ok else 1)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--output", "-o", type=click.Path(path_type=Path), required=True, help="N-Quads file to write.")
@click.option("--jobs", "-j", default=1, show_default=True, help="Worker processes (0: all cores).")
@click.option("--dask", "dask_scheduler", default=None, help="Run on Dask: 'local' or a scheduler address.")
def extract(paths, output, jobs, dask_scheduler):
    """Extract documents to an N-Quads file (one graph per document) for a server's bulk loader."""
    import os
    from .pipeline import extract_to_nquads
    tmp = output.with_name(output.name + ".part")
    with tmp.open("w", encoding="utf-8") as out:
        report = extract_to_nquads(list(paths), out, jobs=jobs or os.cpu_count() or 1, dask_scheduler=dask_scheduler)
    tmp.replace(output)  # a complete file or none
    for line in report.failures:
        click.echo(f"tradekg: failed: {line}", err=True)
    click.echo(f"wrote {output}: {report.documents} document(s)", err=True)
    sys.exit(0 if report.ok else 1)


@main.command()
@store_option
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
def load(store, files):
    """Load RDF files (N-Quads, TriG, Turtle, N-Triples, JSON-LD) into the store, e.g. an export."""
    from .store import FORMATS
    kg = _kg(store)
    for path in files:
        fmt = {".nq": "nquads", ".trig": "trig", ".ttl": "turtle", ".nt": "nt", ".jsonld": "jsonld",
               ".json": "jsonld", ".rdf": "xml", ".xml": "xml"}.get(path.suffix.lower())
        if fmt is None or fmt not in FORMATS:
            raise click.UsageError(f"{path}: unknown RDF format (use .nq, .trig, .ttl, .nt, .jsonld, .rdf)")
        try:
            kg.store.load(path.read_bytes(), fmt)
        except TradeKGError as exc:
            raise TradeKGError(f"{path}: {exc}") from None
        click.echo(f"loaded {path}", err=True)
    kg.store.optimize()
    kg.rebuild_views()


@main.command()
@store_option
@click.argument("sparql", required=False)
@click.option("--named", "-n", help="Run a query from the catalogue (see --list).")
@click.option("--list", "list_", is_flag=True, help="List the named queries.")
@click.option("--format", "-f", "fmt", default="table", show_default=True,
              type=click.Choice(["table", "csv", "tsv", "json", "xml"]), help="Result format (json: W3C SPARQL JSON).")
@click.option("--where", "-w", "where", multiple=True, metavar="COLUMN=VALUE",
              help="With --named: keep rows whose COLUMN is VALUE (or an IRI ending in /VALUE), e.g. exporter=BLR.")
@click.option("--allow-federation", is_flag=True, help="Allow SERVICE and LOAD to reach other hosts.")
def query(store, sparql, named, list_, fmt, where, allow_federation):
    """Run a SPARQL 1.1 query (text or a .rq file) or a named query."""
    from .pipeline import named_query, named_query_names
    from .results import render
    if list_:
        click.echo("\n".join(named_query_names()))
        return
    if named:
        text = named_query(named)
    elif sparql:
        path = Path(sparql)
        text = path.read_text(encoding="utf-8") if sparql.endswith(".rq") and path.is_file() else sparql
    else:
        raise click.UsageError("give a SPARQL query, a .rq file, or --named NAME")
    if where and not named:
        raise click.UsageError("--where goes with --named")
    conditions = {}
    for item in where:
        column, sep, value = item.partition("=")
        if not sep or not column:
            raise click.UsageError(f"--where {item!r}: write COLUMN=VALUE")
        conditions[column.strip()] = value.strip()
    kg = _kg(store, read_only=True)
    if conditions:
        click.echo(render(kg.named_results(named, conditions), fmt))
        return
    click.echo(render(kg.query(text, allow_federation=allow_federation), fmt))


@main.command()
@store_option
@click.option("--format", "-f", "fmt", default="turtle", show_default=True,
              type=click.Choice(["turtle", "trig", "nt", "nquads", "jsonld", "xml"]))
@click.option("--output", "-o", type=click.Path(path_type=Path), help="File to write (default: standard output).")
def export(store, fmt, output):
    """Export the whole graph as RDF (TriG and N-Quads keep one graph per document)."""
    data = _kg(store, read_only=True).serialize(fmt)
    if output:
        output.write_bytes(data)
    else:
        click.echo(data.decode(), nl=False)


@main.command("networkx")
@store_option
@click.option("--view", default="full", show_default=True,
              type=click.Choice(["full", "trade", "trade-summary", "meetings", "country-commodity"]))
@click.option("--format", "-f", "fmt", default="graphml", show_default=True, type=click.Choice(["graphml", "gexf", "json"]))
@click.option("--output", "-o", type=click.Path(path_type=Path), required=True, help="File to write.")
def networkx_command(store, view, fmt, output):
    """Write a NetworkX graph (whole graph or a projection) as GraphML, GEXF or node-link JSON."""
    from .export import write_graph
    graph = _kg(store, read_only=True).to_networkx(view)
    write_graph(graph, output, fmt)
    click.echo(f"wrote {output}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges", err=True)


@main.command()
@store_option
@click.option("--output", "-o", type=click.Path(path_type=Path), required=True, help="File to write.")
@click.option("--format", "-f", "fmt", type=click.Choice(["html", "png", "svg"]), default=None,
              help="Default: from the file name, else html.")
@click.option("--view", default="trade", show_default=True,
              type=click.Choice(["all", "trade", "meetings", "country-commodity"]), help="View drawn in a picture.")
@click.option("--country", default="", help="Only this country's ego network (alpha-3 code), in a picture.")
@click.option("--query", "query_file", type=click.Path(exists=True, path_type=Path),
              help="Draw the result of a SPARQL CONSTRUCT or SELECT query (.rq file).")
def viz(store, output, fmt, view, country, query_file):
    """Draw the graph: an interactive offline HTML page, or a PNG/SVG picture for reports."""
    from . import viz as pictures
    kg = _kg(store, read_only=True)
    fmt = fmt or (output.suffix.lstrip(".").lower() if output.suffix.lower() in (".png", ".svg", ".html") else "html")
    graph = pictures.query_graph(kg, query_file.read_text(encoding="utf-8")) if query_file else None
    if fmt == "html" and graph is None:
        counts = pictures.write_html(kg, output)
        click.echo(f"wrote {output}: {counts['nodes']} nodes, {counts['facts']} facts", err=True)
    elif fmt == "html":
        pictures.write_query_html(graph, output)
        click.echo(f"wrote {output}: {graph.number_of_nodes()} nodes", err=True)
    else:
        pictures.draw(kg, output, view=view, country=country, fmt=fmt, graph=graph)
        click.echo(f"wrote {output}", err=True)


@main.command()
@store_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind (0.0.0.0 exposes it to the network).")
@click.option("--port", "-p", default=7878, show_default=True)
@click.option("--allow-update", is_flag=True, help="Accept SPARQL updates (the endpoint is read-only otherwise).")
@click.option("--allow-federation", is_flag=True, help="Allow SERVICE and LOAD to reach other hosts.")
@click.option("--timeout", default=10.0, show_default=True, help="Seconds a query may run.")
@click.option("--max-rows", default=100_000, show_default=True, help="Rows a query may return.")
def serve(store, host, port, allow_update, allow_federation, timeout, max_rows):
    """Serve a SPARQL 1.1 Protocol endpoint at http://HOST:PORT/sparql, with a query page at /."""
    from .server import serve as run
    run(store if store is not None else "", host=host, port=port, allow_update=allow_update,
        allow_federation=allow_federation, timeout=timeout, max_rows=max_rows)


@main.command()
@store_option
@click.option("--max-lines", default=50, show_default=True, help="Violations to print.")
def validate(store, max_lines):
    """Check the graph against the SHACL shapes; exit 1 with a report when it does not conform."""
    from .validate import validate_store
    report = validate_store(_kg(store, read_only=True))
    for violation in report.violations[:max_lines]:
        click.echo(str(violation))
    if report.conforms:
        click.echo(f"conforms: {report.documents} document(s) checked", err=True)
    else:
        click.echo(f"{len(report.violations)} violation(s) in {report.documents} document(s)", err=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
