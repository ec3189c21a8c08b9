"""Validation of the graph against the SHACL shapes in ``ontology/shapes.ttl`` (pySHACL).

Each document is checked with the reference graph and the ontology, so a violation names the
document it came from. pySHACL is an optional dependency (the ``test`` and ``validate`` extras).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import Graph, URIRef

from .errors import TradeKGError
from .resolve import REFERENCE_GRAPH
from .store import ontology_file


@dataclass
class Violation:
    document: str
    focus: str
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.document}: {self.focus} {self.path}: {self.message}"


@dataclass
class ValidationReport:
    documents: int = 0
    violations: list[Violation] = field(default_factory=list)

    @property
    def conforms(self) -> bool:
        return not self.violations


def shapes_graph() -> Graph:
    return Graph().parse(ontology_file("shapes.ttl"))


def validate_graph(data: Graph, *, ontology: Graph | None = None, shapes: Graph | None = None,
                   document: str = "") -> list[Violation]:
    """SHACL violations of one graph (with the ontology as class hierarchy)."""
    try:
        from pyshacl import validate
    except ImportError:
        raise TradeKGError("validation needs pySHACL: pip install 'tradekg[validate]'") from None
    ontology = ontology if ontology is not None else Graph().parse(ontology_file())
    merged = Graph()
    for triple in data:
        merged.add(triple)
    for triple in ontology:  # the modality and measure individuals, and the class hierarchy
        merged.add(triple)
    conforms, report, _ = validate(merged, shacl_graph=shapes if shapes is not None else shapes_graph(),
                                   inference="none", allow_warnings=True)
    if conforms:
        return []
    sh = "http://www.w3.org/ns/shacl#"
    out = []
    for result in report.subjects(URIRef(sh + "resultSeverity"), URIRef(sh + "Violation")):
        focus = report.value(result, URIRef(sh + "focusNode"))
        path = report.value(result, URIRef(sh + "resultPath"))
        message = report.value(result, URIRef(sh + "resultMessage"))
        out.append(Violation(document, str(focus), str(path or ""), str(message or "")))
    return sorted(out, key=str)


def validate_store(kg) -> ValidationReport:
    """Check every document graph of a store, each together with the reference data."""
    ontology = Graph().parse(ontology_file())
    shapes = shapes_graph()
    reference = _graph_of(kg, str(REFERENCE_GRAPH))
    report = ValidationReport()
    for doc in kg.store.documents():
        data = _graph_of(kg, doc)
        for triple in reference:
            data.add(triple)
        report.documents += 1
        report.violations.extend(validate_graph(data, ontology=ontology, shapes=shapes, document=doc))
    return report


def _graph_of(kg, name: str) -> Graph:
    return Graph().parse(data=kg.store.graph_ntriples(name), format="nt")
