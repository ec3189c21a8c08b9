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
    """Turns every TradeKGError, and a file that cannot be written, into one clear line and exit 1."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except TradeKGError as exc:
            click.echo(f"tradekg: error: {exc}", err=True)
            sys.exit(1)
        except OSError as exc:
            if exc.filename is None:
                raise
            click.echo(f"tradekg: error: {exc.filename}: {exc.strerror or exc}", err=True)
            sys.exit(1)


def _check_output(path: Path) -> None:
    """Refuse an output file that cannot be written before any work is done."""
    import os
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise TradeKGError(f"{path}: is a folder, not a file")
    if not folder.is_dir():
        raise TradeKGError(f"{path}: cannot write (no folder {folder})")
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise TradeKGError(f"{path}: cannot write (permission denied)")


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

    Re-ingesting a document replaces its facts. Exits 1 if any input failed (after storing the
    rest) or nothing could be read; a document with no facts is a warning.
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
        click.echo(f"ingested {report.documents} document(s): "
                   + (kinds or ("no facts" if report.documents else "no document to read"))
                   + (f"; {len(report.failures)} failed" if report.failures else ""), err=True)
    sys.exit(0 if report.ok and report.documents else 1)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--output", "-o", type=click.Path(path_type=Path), required=True, help="N-Quads file to write.")
@click.option("--jobs", "-j", default=1, show_default=True, help="Worker processes (0: all cores).")
@click.option("--dask", "dask_scheduler", default=None, help="Run on Dask: 'local' or a scheduler address.")
def extract(paths, output, jobs, dask_scheduler):
    """Extract documents to an N-Quads file (one graph per document) for a server's bulk loader."""
    import os
    from .pipeline import extract_to_nquads
    _check_output(output)
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
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--graph", "graph", default=None, metavar="IRI",
              help="Put the triples of a file without named graphs (Turtle, N-Triples, RDF/XML) in this graph.")
def load(store, files, graph):
    """Load RDF files (N-Quads, TriG, JSON-LD with graphs) into the store, e.g. an export.

    The store keeps one named graph per document, and the named queries read them: a file with no
    named graphs (Turtle, N-Triples, RDF/XML) is refused unless --graph says where its triples go.
    """
    kg = _kg(store)
    for path in files:
        try:
            count = kg.load_file(path, graph=graph)
        except TradeKGError as exc:
            raise TradeKGError(f"{path}: {exc}") from None
        click.echo(f"loaded {path}: {count} quad(s)", err=True)
    links = kg.after_load()
    click.echo(f"identity links: {links}", err=True)


@main.command()
@store_option
@click.argument("sparql", required=False)
@click.option("--named", "-n", help="Run a query from the catalogue (see --list).")
@click.option("--list", "list_", is_flag=True, help="List the named queries.")
@click.option("--format", "-f", "fmt", default="table", show_default=True,
              type=click.Choice(["table", "csv", "tsv", "json", "xml"]), help="Result format (json: W3C SPARQL JSON).")
@click.option("--where", "-w", "where", multiple=True, metavar="COLUMN=VALUE",
              help="With --named: keep rows whose COLUMN is VALUE (or an IRI ending in /VALUE), e.g. exporter=BLR.")
@click.option("--columns", "-c", "columns", default=None, metavar="A,B,C", help="Show only these columns, in this order.")
@click.option("--allow-federation", is_flag=True, help="Allow SERVICE and LOAD to reach other hosts.")
def query(store, sparql, named, list_, fmt, where, columns, allow_federation):
    """Run a SPARQL 1.1 query (text or a .rq file) or a named query.

    The prefixes tkg:, rdf:, rdfs:, owl:, xsd:, skos:, dcterms:, prov:, schema:, sem:, org: and wd:
    may be used without declaring them.
    """
    from .catalogue import describe, named_query, named_query_names
    from .results import render
    if list_:
        for name in named_query_names():
            entry = describe(name)
            click.echo(f"{name}\n    {entry.description}\n    columns: {', '.join(entry.columns)}")
        return
    if named and sparql:
        raise click.UsageError("give either --named NAME or a SPARQL query, not both")
    if named:
        text = named_query(named)
    elif sparql:
        path = Path(sparql)
        if sparql.endswith(".rq") and not path.is_file():
            raise TradeKGError(f"{sparql}: no such file")
        text = path.read_text(encoding="utf-8") if sparql.endswith(".rq") else sparql
    else:
        raise click.UsageError("give a SPARQL query, a .rq file, or --named NAME")
    chosen = [c.strip().lstrip("?") for c in columns.split(",") if c.strip()] if columns else None
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
        click.echo(render(kg.named_results(named, conditions), fmt, chosen))
        return
    click.echo(render(kg.query(text, allow_federation=allow_federation), fmt, chosen))


@main.command()
@store_option
@click.option("--format", "-f", "fmt", default="turtle", show_default=True,
              type=click.Choice(["turtle", "trig", "nt", "nquads", "jsonld", "xml"]))
@click.option("--output", "-o", type=click.Path(path_type=Path), help="File to write (default: standard output).")
def export(store, fmt, output):
    """Export the whole graph as RDF (TriG and N-Quads keep one graph per document).

    Turtle, N-Triples and RDF/XML hold no named graphs: the documents' facts are merged, which suits
    other tools but not `tradekg load` (export TriG or N-Quads to move a store).
    """
    if output:
        _check_output(output)
    data = _kg(store, read_only=True).serialize(fmt)
    if output:
        output.write_bytes(data)
        if fmt in ("turtle", "nt", "xml"):
            click.echo(f"wrote {output}: {fmt} has no named graphs (the documents are merged); "
                       "use --format trig or nquads to load it into another store", err=True)
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
    _check_output(output)
    graph = _kg(store, read_only=True).to_networkx(view)
    write_graph(graph, output, fmt)
    click.echo(f"wrote {output}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges", err=True)


@main.command()
@store_option
@click.option("--output", "-o", type=click.Path(path_type=Path), required=True, help="File to write.")
@click.option("--format", "-f", "fmt", type=click.Choice(["html", "png", "svg"]), default=None,
              help="Default: from the file name, else html.")
@click.option("--view", default="trade", show_default=True,
              type=click.Choice(["all", "trade", "meetings", "country-commodity", "map"]),
              help="View drawn in a picture (map: countries, trade arcs and meetings on a world map).")
@click.option("--country", default="", help="Only this country and its partners (alpha-3 code); the page opens on it.")
@click.option("--query", "query_file", type=click.Path(exists=True, path_type=Path),
              help="Draw the result of a SPARQL CONSTRUCT or SELECT query (.rq file).")
def viz(store, output, fmt, view, country, query_file):
    """Draw the graph: an interactive offline HTML page, or a PNG/SVG picture for reports."""
    from . import viz as pictures
    suffix = output.suffix.lower()
    if fmt is None:
        if suffix not in ("", ".png", ".svg", ".html", ".htm"):
            raise click.UsageError(f"{output}: cannot draw a {suffix} file; name it .html, .png or .svg (or give --format)")
        fmt = {".png": "png", ".svg": "svg"}.get(suffix, "html")
    _check_output(output)
    kg = _kg(store, read_only=True)
    query_text = query_file.read_text(encoding="utf-8") if query_file else ""
    graph = pictures.query_graph(kg, query_text) if query_file else None
    if fmt == "html" and graph is None:
        counts = pictures.write_html(kg, output, country=country.upper())
        click.echo(f"wrote {output}: {counts['nodes']} nodes, {counts['facts']} facts", err=True)
    elif fmt == "html":
        pictures.write_query_html(graph, output)
        click.echo(f"wrote {output}: {graph.number_of_nodes()} nodes", err=True)
    else:
        title = pictures.query_title(query_text, query_file) if query_file else ""
        pictures.draw(kg, output, view=view, country=country.upper(), fmt=fmt, graph=graph, title=title)
        click.echo(f"wrote {output}", err=True)


@main.command()
@store_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind (0.0.0.0 exposes it to the network).")
@click.option("--port", "-p", default=7878, show_default=True)
@click.option("--allow-update", is_flag=True, help="Accept SPARQL updates (the endpoint is read-only otherwise).")
@click.option("--allow-federation", is_flag=True, help="Allow SERVICE and LOAD to reach other hosts.")
@click.option("--timeout", default=10.0, show_default=True,
              help="Seconds a query may run; a live query past it is stopped (its worker killed) and answered 503.")
@click.option("--workers", default=2, show_default=True,
              help="Processes that evaluate live queries of an embedded store (0: in threads, no hard limit).")
@click.option("--max-rows", default=100_000, show_default=True, help="Rows a query may return.")
def serve(store, host, port, allow_update, allow_federation, timeout, workers, max_rows):
    """Serve a SPARQL 1.1 Protocol endpoint at http://HOST:PORT/sparql, with a query page at /."""
    from .server import serve as run
    run(store if store is not None else "", host=host, port=port, allow_update=allow_update,
        allow_federation=allow_federation, timeout=timeout, max_rows=max_rows, workers=workers)


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
