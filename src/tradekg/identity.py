"""The same person across documents: conservative, recorded, never destructive links.

Each document names people as it spells them ("Aleksandr Lukashenko", "Lukashenka", "President
Reagan", "Ronald Reagan"), and each spelling is its own node. After an ingest, people who serve
the same country and whose names agree (same surname up to transliteration; given names equal,
one an initial of the other, or missing on one side) are linked with ``skos:exactMatch`` in the
identity graph, each link with a record saying which rule made it. Nothing is merged in place, so
a wrong link is undone by dropping its record.
"""
from __future__ import annotations

from collections import defaultdict

from .names import given_names_agree, surname_key

IDENTITY_GRAPH = "https://w3id.org/tradekg/graph/identity"

PEOPLE = """PREFIX tkg: <https://w3id.org/tradekg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?person ?name ?country WHERE {
  GRAPH ?doc { ?person tkg:holdsOffice ?office }
  GRAPH <https://w3id.org/tradekg/graph/reference> { ?person rdfs:label ?name . ?office tkg:officeOf ?country }
}"""


def identity_links(people: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Pairs of person IRIs to link, with the rule: from (iri, name, country) rows.

    Example:
        >>> identity_links([("p:1", "Ronald Reagan", "USA"), ("p:2", "Reagan", "USA"), ("p:3", "Reagan", "GBR")])
        [('p:1', 'p:2', 'same-surname-country-given-names-agree')]
        >>> identity_links([("p:1", "Serdar Berdimuhamedov", "TKM"), ("p:2", "Gurbanguly Berdymukhamedov", "TKM"),
        ...                 ("p:3", "Berdimuhamedov", "TKM")])
        []
    """
    groups: dict[tuple[str, str], list[tuple[str, list[str]]]] = defaultdict(list)
    for iri, name, country in people:
        words = name.split()
        if not words:
            continue
        groups[(surname_key(words[-1]), country)].append((iri, words[:-1]))
    links = []
    for members in groups.values():
        members = sorted(set((iri, tuple(g)) for iri, g in members))
        named = [g for _, g in members if g]
        # two different people under one surname (Serdar and Gurbanguly Berdimuhamedov): a bare
        # "Berdimuhamedov" could be either, so it is linked to neither
        ambiguous = any(not given_names_agree(list(x), list(y)) for i, x in enumerate(named) for y in named[i + 1:])
        for i, (a, ga) in enumerate(members):
            for b, gb in members[i + 1:]:
                if ambiguous and (not ga or not gb):
                    continue
                if a != b and given_names_agree(list(ga), list(gb)):
                    links.append((a, b, "same-surname-country-given-names-agree"))
    return links


def link_people(store) -> int:
    """Recompute the identity graph of a store; returns the number of links."""
    from .results import to_rows
    rows = to_rows(store.query(PEOPLE))
    links = identity_links([(r["person"], r["name"], r["country"].rsplit("/", 1)[-1]) for r in rows])
    lines = []
    for n, (a, b, rule) in enumerate(links):
        record = f"<{IDENTITY_GRAPH}/link/{n}>"
        lines.append(f"<{a}> <http://www.w3.org/2004/02/skos/core#exactMatch> <{b}> .")
        lines.append(f"<{b}> <http://www.w3.org/2004/02/skos/core#exactMatch> <{a}> .")
        lines.append(f"{record} <https://w3id.org/tradekg/ontology#rule> \"{rule}\" .")
        lines.append(f"{record} <http://www.w3.org/ns/prov#used> <{a}> .")
        lines.append(f"{record} <http://www.w3.org/ns/prov#used> <{b}> .")
    body = "\n".join(lines)
    store.update(f"DROP SILENT GRAPH <{IDENTITY_GRAPH}> ;\nINSERT DATA {{ GRAPH <{IDENTITY_GRAPH}> {{\n{body}\n}} }}"
                 if lines else f"DROP SILENT GRAPH <{IDENTITY_GRAPH}>", changes_documents=False)
    return len(links)
